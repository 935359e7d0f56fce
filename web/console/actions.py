"""What each console action does to a ticket, inside the caller's transaction.

State changes go through ``router.tickets.transition`` only; the other actions (assigning an
agency, coordination, corrections, replies, merging followers) record an event with who and
when, and the citizen hears of each through the Outbox. A refused action raises
``TransitionError`` or ``ConsoleError`` and the caller rolls everything back.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from aduan.errors import ConsoleError
from aduan.settings import Config
from bots import ADAPTERS
from bots.base import messaging_window
from router import tickets
from router.replies import category_name, payload
from router.tickets import Actor
from store import console as store
from store import repo
from store.models import Outbox, Ticket, utcnow

MAX_NOTE = 2000
CLOSED_FOR_MERGE = frozenset({"duplikat", "ditolak", "dibatalkan"})


@dataclass(frozen=True)
class Act:
    """One action's inputs."""

    session: Session
    cfg: Config
    ticket: Ticket
    form: Mapping[str, str]
    actor: Actor
    agencies: Mapping[str, str]
    areas: Mapping[str, Any]
    scope: store.Scope
    photo: str | None = None  # a resolution photo saved in the media folder (its relative path)

    def text(self, name: str, *, required: bool = False, missing: str = "note_required") -> str | None:
        value = (self.form.get(name) or "").strip()
        if len(value) > MAX_NOTE:
            raise ConsoleError("note_too_long")
        if required and not value:
            raise ConsoleError(missing)
        return value or None

    def move(self, to_state: str, *, note: str | None, duplicate_of: str | None = None) -> list[Outbox]:
        return tickets.transition(
            self.session,
            self.cfg,
            self.ticket,
            to_state,
            actor=self.actor,
            note=note,
            duplicate_of=duplicate_of,
        )

    def event(self, kind: str, note: str, *, ticket: Ticket | None = None) -> int:
        return repo.add_event(
            self.session, ticket or self.ticket, actor=str(self.actor), kind=kind, note=note
        ).id


def _verify(a: Act) -> list[Outbox]:
    return a.move("diverifikasi", note=a.text("note"))


def _dispatch(a: Act) -> list[Outbox]:
    agency = (a.form.get("agency") or a.ticket.agency_code or "").strip()
    if agency not in a.agencies:
        raise ConsoleError("unknown_agency")
    previous = a.ticket.agency_code
    sent = a.move("disposisi", note=a.text("note"))
    if agency != previous:
        a.ticket.agency_code = agency
        repo.set_event_agency(a.session, a.ticket, agency)  # the disposisi shows the agency it went to
        a.event("assigned", f"{previous or '-'} → {agency}")
    return sent


def _coordinate(a: Act) -> list[Outbox]:
    other = (a.form.get("agency") or "").strip()
    if other not in a.agencies:
        raise ConsoleError("unknown_agency")
    if other == a.ticket.agency_code:
        raise ConsoleError("coordinate_same_agency")
    note = a.text("note")
    sent = a.move("koordinasi", note=f"{a.agencies[other]}" + (f": {note}" if note else ""))
    store.add_coordinating_agency(a.session, a.ticket.id, other)
    for supervisor in repo.supervisors_of(a.session, other):  # the agency asked hears of it in the console
        repo.notify_staff(a.session, supervisor, kind="coordination_asked", ticket_id=a.ticket.id)
    return sent


def _start(a: Act) -> list[Outbox]:
    return a.move("proses", note=a.text("note"))


def _resolve(a: Act) -> list[Outbox]:
    sent = a.move("selesai", note=a.text("note", required=True))
    if a.photo:
        a.ticket.media = [*a.ticket.media, {"path": a.photo, "by": str(a.actor), "kind": "resolution"}]
        a.event("photo_added", "")
    return sent


def _reject(a: Act) -> list[Outbox]:
    return a.move("ditolak", note=a.text("note", required=True, missing="reason_required"))


def _duplicate(a: Act) -> list[Outbox]:
    number = (a.form.get("of") or "").strip()[:30]
    original = store.scoped_ticket(a.session, a.scope, number) if number else None
    if original is None or original.id == a.ticket.id:
        raise ConsoleError("duplicate_unknown")
    if original.state in CLOSED_FOR_MERGE:
        raise ConsoleError("duplicate_closed")
    sent = a.move("duplikat", note=a.text("note"), duplicate_of=original.number)
    for identity, language in tickets.recipients(a.ticket):
        if repo.add_follower(a.session, original, identity, language=language):
            original.supporters += 1
    original.version += 1
    a.event("merged", a.ticket.number, ticket=original)
    return sent


def _correct(a: Act) -> list[Outbox]:
    changes: dict[str, list[str | None]] = {}
    category = (a.form.get("category") or "").strip()
    if category and category != a.ticket.category:
        if category not in a.cfg.categories:
            raise ConsoleError("unknown_category")
        changes["category"] = [a.ticket.category, category]
        a.ticket.category = category
    kelurahan = (a.form.get("kelurahan") or "").strip()
    if kelurahan and kelurahan != a.ticket.kelurahan:
        if kelurahan not in a.areas or kelurahan.count(".") != 3:
            raise ConsoleError("unknown_place")
        changes["kelurahan"] = [a.ticket.kelurahan, kelurahan]
        parts = kelurahan.split(".")
        a.ticket.kelurahan, a.ticket.kecamatan, a.ticket.kota = (
            kelurahan,
            ".".join(parts[:3]),
            ".".join(parts[:2]),
        )
    if not changes:
        raise ConsoleError("nothing_changed")
    note = a.text("note")
    record = {**changes, **({"note": note} if note else {})}
    event_id = a.event("correction", json.dumps(record, ensure_ascii=False, sort_keys=True))
    return tickets.notify(a.session, a.cfg, a.ticket, event_id=event_id, note=_correction_text(a, changes))


def _correction_text(a: Act, changes: Mapping[str, list[str | None]]) -> str:
    english = a.ticket.language == "en"
    lines = []
    if "category" in changes:
        name = category_name(a.cfg.categories, a.ticket.category, a.ticket.language)
        lines.append(f"{'Category' if english else 'Kategori'}: {name}")
    if "kelurahan" in changes and a.ticket.kelurahan:
        place = getattr(a.areas.get(a.ticket.kelurahan), "nama", a.ticket.kelurahan)
        lines.append(f"{'Place' if english else 'Lokasi'}: {place}")
    return "\n".join(lines)


def _reply(a: Act) -> list[Outbox]:
    text = a.text("text", required=True, missing="reply_required")
    assert text is not None
    identity = a.ticket.identity
    now = utcnow()
    window = messaging_window(ADAPTERS[identity.channel]) if identity.channel in ADAPTERS else None
    if window is not None and (identity.last_inbound_at is None or now - identity.last_inbound_at >= window):
        raise ConsoleError("window_closed")
    if identity.unreachable:
        raise ConsoleError("citizen_unreachable")
    event_id = a.event("reply", text)
    if a.ticket.first_response_at is None:
        a.ticket.first_response_at = now
    row = repo.add_outbox(
        a.session,
        channel=identity.channel,
        recipient_id=identity.platform_user_id,
        payload=payload(f"{a.ticket.number}: {text}"),
        key=f"staff-reply:{event_id}",
        identity_id=identity.id,
        ticket_id=a.ticket.id,
        kind="reply",
    )
    return [row]


def _note(a: Act) -> list[Outbox]:
    a.event("note", a.text("note", required=True) or "")
    return []  # an internal note: staff read it on the timeline, the citizen does not hear of it


def _part_done(a: Act) -> list[Outbox]:
    part = store.coordination_part(a.session, a.ticket.id, a.actor.agency or "")
    if part is None:
        raise ConsoleError("not_a_partner")
    if part.done_at is not None:
        raise ConsoleError("part_already_done")
    note = a.text("note", required=True)
    part.done_at, part.done_by = utcnow(), str(a.actor)
    name = a.agencies.get(part.agency_code, part.agency_code)
    event_id = a.event("coordination_done", f"{name}: {note}")
    for supervisor in repo.supervisors_of(a.session, a.ticket.agency_code):  # the owning agency hears of it
        repo.notify_staff(a.session, supervisor, kind="coordination_done", ticket_id=a.ticket.id)
    return tickets.notify(a.session, a.cfg, a.ticket, event_id=event_id, note=f"{name}: {note}")


HANDLERS: dict[str, Callable[[Act], list[Outbox]]] = {
    "verify": _verify,
    "dispatch": _dispatch,
    "coordinate": _coordinate,
    "start": _start,
    "resolve": _resolve,
    "reject": _reject,
    "duplicate": _duplicate,
    "correct": _correct,
    "reply": _reply,
    "note": _note,
    "part_done": _part_done,
}
# What the staff of an agency a ticket was handed to for coordination may do on it: write notes and
# replies, and report their part done. The ticket's own agency keeps its state, category and place.
PARTNER_ACTIONS = frozenset({"note", "reply", "part_done"})


def run(
    session: Session,
    cfg: Config,
    ticket: Ticket,
    action: str,
    form: Mapping[str, str],
    *,
    actor: Actor,
    agencies: Mapping[str, str],
    areas: Mapping[str, Any],
    scope: store.Scope,
    photo: str | None = None,
) -> list[Outbox]:
    """Does one action on a ticket and returns the Outbox rows it queued (the caller commits and delivers).

    Raises:
        TransitionError: the state machine refuses the change (or this actor may not make it).
        ConsoleError: the form lacks something the action needs; its argument is the text key.
    """
    if action not in HANDLERS:
        raise ConsoleError("unknown_action")
    return HANDLERS[action](Act(session, cfg, ticket, form, actor, agencies, areas, scope, photo))
