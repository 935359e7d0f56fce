"""Tickets: opening, routing to an agency, the state machine, and the citizen's notifications.

Every change is a TicketEvent, and every change the citizen should hear of becomes one
Outbox row on the channel the ticket came from — in the same transaction as the change.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from errors import RoutingError, TransitionError
from router.replies import Texts, category_name, payload
from store import repo
from store.models import Identity, Ticket, utcnow

OPEN_STATES = frozenset({"menunggu", "diverifikasi", "disposisi", "koordinasi", "proses"})
CLOSED_STATES = frozenset({"selesai", "ditolak", "duplikat", "dibatalkan"})

# state -> states it may move to. `selesai -> proses` is the citizen's reopen ("belum beres").
TRANSITIONS: dict[str, frozenset[str]] = {
    "menunggu": frozenset({"diverifikasi", "disposisi", "ditolak", "duplikat", "dibatalkan"}),
    "diverifikasi": frozenset({"disposisi", "ditolak", "duplikat", "dibatalkan"}),
    "disposisi": frozenset({"koordinasi", "proses", "selesai", "ditolak", "duplikat", "dibatalkan"}),
    "koordinasi": frozenset({"disposisi", "proses", "selesai", "ditolak", "duplikat"}),
    "proses": frozenset({"koordinasi", "selesai", "ditolak", "duplikat"}),
    "selesai": frozenset({"proses"}),
    "ditolak": frozenset(),
    "duplikat": frozenset(),
    "dibatalkan": frozenset(),
}
NOTIFY_STATES = frozenset(TRANSITIONS) - {"menunggu"}


@dataclass(frozen=True)
class Draft:
    """What the conversation gathered for a new ticket."""

    category: str
    description: str
    place_text: str | None
    kelurahan: str | None
    kecamatan: str | None
    kota: str | None
    latitude: float | None = None
    longitude: float | None = None
    media: tuple[str, ...] = ()


def route(cfg: Mapping[str, Any], category: str, *units: str | None) -> str:
    """Picks the agency for a category in an area: the most specific override, else the category's agency.

    Args:
        cfg: the configuration.
        category: a category code.
        *units: the ticket's area codes (kelurahan, kecamatan, kota); an override's area matches a unit or its prefix.

    Returns:
        The agency code.

    Raises:
        RoutingError: the category is not configured.
    """
    best: tuple[int, str] | None = None
    for rule in cfg["routing"]["overrides"]:
        if rule["category"] not in (category, "*"):
            continue
        for unit in filter(None, units):
            if unit == rule["area"] or unit.startswith(rule["area"] + "."):
                if best is None or len(rule["area"]) > best[0]:
                    best = (len(rule["area"]), rule["agency"])
    if best:
        return best[1]
    try:
        return str(cfg["categories"][category]["agency"])
    except KeyError:
        raise RoutingError(f"router: no agency configured for category {category!r}") from None


def open_ticket(session: Session, cfg: Mapping[str, Any], identity: Identity, draft: Draft, *, language: str) -> Ticket:
    """Creates a ticket from a draft, routed and with its SLA due time, and records the event.

    Returns:
        The new ticket (flushed, with its number).
    """
    now = utcnow()
    state = cfg["routing"]["initial_state"]
    ticket = Ticket(
        number=repo.next_ticket_number(session, cfg["ticket"]["prefix"], cfg["ticket"]["digits"]),
        category=draft.category,
        description=draft.description,
        place_text=draft.place_text,
        kelurahan=draft.kelurahan,
        kecamatan=draft.kecamatan,
        kota=draft.kota,
        latitude=draft.latitude,
        longitude=draft.longitude,
        media=list(draft.media),
        agency_code=route(cfg, draft.category, draft.kelurahan, draft.kecamatan, draft.kota),
        state=state,
        citizen_id=identity.citizen_id,
        identity=identity,
        channel=identity.channel,
        language=language,
        created_at=now,
        due_at=now + timedelta(hours=float(cfg["categories"][draft.category]["sla_hours"])),
    )
    session.add(ticket)
    session.flush()
    repo.add_event(session, ticket, actor=f"citizen:{identity.citizen_id}", kind="created", to_state=state, at=now)
    return ticket


def check_transition(ticket: Ticket, to_state: str, *, note: str | None, duplicate_of: str | None) -> None:
    """Raises TransitionError unless ``ticket`` may move to ``to_state`` with these fields."""
    if to_state not in TRANSITIONS:
        raise TransitionError(f"unknown state {to_state!r}")
    if to_state not in TRANSITIONS[ticket.state]:
        raise TransitionError(f"{ticket.number}: {ticket.state} -> {to_state} is not allowed")
    if to_state == "ditolak" and not (note and note.strip()):
        raise TransitionError(f"{ticket.number}: rejecting needs a reason")
    if to_state == "duplikat" and not duplicate_of:
        raise TransitionError(f"{ticket.number}: a duplicate needs the ticket it duplicates")


def transition(
    session: Session,
    cfg: Mapping[str, Any],
    ticket: Ticket,
    to_state: str,
    *,
    actor: str,
    note: str | None = None,
    duplicate_of: str | None = None,
    now: datetime | None = None,
) -> None:
    """Moves a ticket to another state, records the event, and queues the citizen's notification.

    Args:
        session: the open session (the caller commits).
        cfg: the configuration.
        ticket: the ticket.
        to_state: the new state.
        actor: ``staff:<username>``, ``citizen:<id>`` or ``system``.
        note: what was done, or the reason (required for ``ditolak``).
        duplicate_of: the number of the ticket this one duplicates (required for ``duplikat``).
        now: the time of the change.

    Raises:
        TransitionError: the change is not allowed or lacks a required field.
    """
    check_transition(ticket, to_state, note=note, duplicate_of=duplicate_of)
    now = now or utcnow()
    if duplicate_of:
        note = f"{note or ''} ({duplicate_of})".strip()
    event = repo.add_event(
        session, ticket, actor=actor, kind="state", from_state=ticket.state, to_state=to_state, note=note, at=now
    )
    if actor.startswith("staff:") and ticket.first_response_at is None:
        ticket.first_response_at = now
    ticket.state = to_state
    ticket.resolved_at = now if to_state in CLOSED_STATES else None
    if to_state in NOTIFY_STATES:
        notify(session, cfg, ticket, event_id=event.id, note=note)


def notify(session: Session, cfg: Mapping[str, Any], ticket: Ticket, *, event_id: int, note: str | None) -> None:
    """Queues the state-change message to the ticket's citizen, in their language, on the ticket's channel."""
    identity = ticket.identity
    texts = Texts(cfg["messages"], ticket.language)
    text = texts(
        "notify_state",
        number=ticket.number,
        category=category_name(cfg["categories"], ticket.category, texts.language),
        state=texts.state(ticket.state),
        note=f"\n{note}" if note else "",
    )
    repo.add_outbox(
        session,
        channel=identity.channel,
        recipient_id=identity.platform_user_id,
        payload=payload(text),
        key=f"event:{event_id}:{identity.id}",
        identity_id=identity.id,
        ticket_id=ticket.id,
        kind="notification",
    )
