"""One ticket: its conversation, what the NLU read, its timeline, and the staff actions on it.

Each action posts the ticket's ``version`` as the staff member saw it. The action first claims the
ticket at that version (``store.console.claim_ticket``): of two staff acting on the same view, one
wins and the other is told, and a replayed form changes nothing. State changes go through
``router.tickets.transition`` (which checks the move, records the event and queues the citizen's
notifications); everything else a staff member does is an event too, and the citizen hears of it.
Outbox rows are handed to the queue after the commit.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flask import abort, redirect, render_template, request, send_file, url_for
from werkzeug.wrappers import Response as BaseResponse

from aduan import settings
from aduan.errors import ConsoleError, TransitionError
from jobs import media
from router import tickets
from router.tickets import Actor
from store import console as store
from store.models import Message, Outbox, Staff, Ticket
from web.console import actions
from web.console.common import agency_names, areas, bp, can_act, cfg, mask, scope_of, staff, t
from web.db import get_session, runtime

MAX_PHOTO_BYTES = 8 * 1024 * 1024
ACTIONS = (
    "verify", "dispatch", "coordinate", "start", "resolve", "reject", "duplicate", "correct", "reply", "note",
    "part_done",
)  # fmt: skip


def _ticket_or_404(number: str) -> Ticket:
    if len(number) > 30:
        abort(404)
    found = store.scoped_ticket(get_session(), scope_of(staff()), number)
    if found is None:
        abort(404)
    return found


def is_partner(member: Staff, ticket: Ticket) -> bool:
    """True when the staff member sees the ticket only because it was handed to their agency for
    coordination: they write notes and replies and report their part done (``actions.PARTNER_ACTIONS``);
    the ticket's own agency keeps its state, category and place."""
    return member.role != "admin" and bool(member.agency_code) and member.agency_code != ticket.agency_code


def place_resolution(ticket: Ticket) -> str:
    """The text key saying how the ticket's place was resolved."""
    if ticket.latitude is not None and ticket.longitude is not None:
        return "place_by_pin"
    if ticket.kelurahan:
        return "place_by_text_kelurahan"
    if ticket.kecamatan or ticket.kota:
        return "place_by_text_partial"
    return "place_unresolved"


def transcript_items(ticket: Ticket, rows: list[Message | Outbox]) -> list[dict[str, Any]]:
    """The conversation as the page shows it: who spoke, when, what, photos and map pins, delivery status."""
    items: list[dict[str, Any]] = []
    for row in rows:
        if isinstance(row, Message):
            photos = [i for i, m in enumerate(row.media) if isinstance(m, dict) and m.get("path")]
            items.append(
                {
                    "who": "citizen",
                    "at": row.received_at,
                    "text": row.text,
                    "photos": photos,
                    "message_id": row.id,
                    "media_count": len(row.media),
                    "pin": (row.latitude, row.longitude) if row.latitude is not None else None,
                }
            )
            continue
        body = row.payload or {}
        staff_reply = row.idempotency_key.startswith("staff-reply:")
        items.append(
            {
                "who": "staff" if staff_reply else "bot",
                "at": row.created_at,
                "text": str(body.get("text", "")),
                "buttons": [str(b.get("label", "")) for b in body.get("buttons", []) if isinstance(b, dict)],
                "status": row.status,
                "error": row.last_error,
            }
        )
    return items


def _page(ticket: Ticket, *, error: str | None = None, status: int = 200) -> tuple[str, int]:
    session, member = get_session(), staff()
    rows = store.transcript(session, ticket)
    readings = [m for m in rows if isinstance(m, Message) and (m.intent or m.category)]
    parts = store.coordination_parts(session, ticket.id)
    return render_template(
        "console/ticket.html",
        ticket=ticket,
        transcript=transcript_items(ticket, rows),
        readings=readings,
        events=store.events_of(session, ticket.id),
        coordinating=parts,
        partner=is_partner(member, ticket),
        my_part=next((p for p in parts if p.agency_code == member.agency_code), None),
        followers=ticket.followers,
        contact=_contact(ticket, member),
        place_how=place_resolution(ticket),
        allowed=sorted(tickets.TRANSITIONS[ticket.state]),
        error=error,
        done=_done_message(),
        kelurahan=[a for a in areas().values() if a.level == "kelurahan"],
    ), status


def _contact(ticket: Ticket, member: Staff) -> dict[str, str]:
    identity = ticket.identity
    return {
        "channel": identity.channel,
        "platform_id": mask(identity.platform_user_id, member=member),
        "phone": mask(identity.phone or identity.citizen.phone, member=member),
        "name": identity.display_name or "",
    }


def _done_message() -> str | None:
    key = request.args.get("done", "")
    return t(f"done_{key}") if key in ACTIONS else None


@bp.get("/tickets/<number>")
def ticket_page(number: str) -> tuple[str, int]:
    """The ticket page."""
    return _page(_ticket_or_404(number))


@bp.post("/tickets/<number>/<action>")
def act(number: str, action: str) -> BaseResponse | tuple[str, int]:
    """Runs one staff action; a refused one shows why and changes nothing."""
    if action not in ACTIONS:
        abort(404)
    ticket = _ticket_or_404(number)
    member = staff()
    if not can_act(member):
        return _page(ticket, error=t("viewer_cannot_act"), status=403)
    if is_partner(member, ticket) and action not in actions.PARTNER_ACTIONS:
        return _page(ticket, error=t("partner_may_not"), status=403)
    session = get_session()
    seen = request.form.get("version", "")
    if not seen.isdigit() or not store.claim_ticket(
        session, ticket.id, version=int(seen), state=ticket.state
    ):
        session.rollback()
        return _page(_ticket_or_404(number), error=t("conflict"), status=409)
    try:
        photo = _saved_photo() if action == "resolve" else None
        outbox = actions.run(
            session, cfg(), ticket, action, request.form, actor=Actor.of_staff(member),
            agencies=agency_names(), areas=areas(), scope=scope_of(member), photo=photo,
        )  # fmt: skip
    except (TransitionError, ConsoleError) as exc:
        session.rollback()
        message = (
            t(exc.args[0]) if isinstance(exc, ConsoleError) else t("transition_refused", reason=str(exc))
        )
        return _page(_ticket_or_404(number), error=message, status=409)
    session.commit()
    for row in outbox:
        runtime().queue.enqueue("deliver", row.id, key=row.identity_id)
    return redirect(url_for("console.ticket_page", number=ticket.number, done=action) + "#actions")


def _media_dir() -> Path:
    return settings.resolve_path(cfg().storage.media_dir).resolve()


def _saved_photo() -> str | None:
    """The resolution photo of the form, saved in the media folder; None when none was sent.

    Raises:
        ConsoleError: it is not an image or too large.
    """
    upload = request.files.get("photo")
    if upload is None or not upload.filename:
        return None
    content = upload.read(MAX_PHOTO_BYTES + 1)
    if len(content) > MAX_PHOTO_BYTES:
        raise ConsoleError("photo_too_large")
    if media.extension(content) == "bin":
        raise ConsoleError("photo_not_image")
    return media.save(content, "console", _media_dir())


def _send_media(item: object) -> Any:
    base = _media_dir()
    path = (base / str(item.get("path", ""))).resolve() if isinstance(item, dict) else None
    if path is None or not path.is_relative_to(base) or not path.is_file():
        abort(404)
    return send_file(path, max_age=3600)


@bp.get("/tickets/<number>/photo/<int:message_id>/<int:index>")
def photo(number: str, message_id: int, index: int) -> Any:
    """A photo the citizen sent about a ticket in the scope (404 otherwise)."""
    ticket = _ticket_or_404(number)
    message = get_session().get(Message, message_id)
    if message is None or message.identity_id != ticket.identity_id or not 0 <= index < len(message.media):
        abort(404)
    return _send_media(message.media[index])


@bp.get("/tickets/<number>/media/<int:index>")
def ticket_media(number: str, index: int) -> Any:
    """A photo kept on the ticket (the citizen's, or staff's resolution photo), in the scope only."""
    ticket = _ticket_or_404(number)
    if not 0 <= index < len(ticket.media):
        abort(404)
    return _send_media(ticket.media[index])


@bp.errorhandler(413)
def too_large(error: Exception) -> tuple[str, int]:
    """A form too large for the server (a huge photo) gets a page saying so."""
    return render_template("console/error.html", message=t("photo_too_large")), 413
