"""Tickets: opening, routing to an agency, the state machine, and the citizen's notifications.

Every change is a TicketEvent, and every change the citizen should hear of becomes one
Outbox row on the channel the ticket came from — in the same transaction as the change.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from aduan.errors import RoutingError, TransitionError
from aduan.settings import Config
from router import skm, sla
from router.replies import Texts, category_name, payload
from store import repo
from store.models import CLOSED_STATES as _CLOSED
from store.models import OPEN_STATES as _OPEN
from store.models import Identity, Outbox, Staff, StaffRole, Ticket, TicketKind, TicketState, utcnow

OPEN_STATES = frozenset(_OPEN)
CLOSED_STATES = frozenset(_CLOSED)

S = TicketState
# state -> states it may move to. `selesai -> proses` is the reopen ("belum beres").
TRANSITIONS: dict[str, frozenset[str]] = {
    S.MENUNGGU: frozenset({S.DIVERIFIKASI, S.DISPOSISI, S.DITOLAK, S.DUPLIKAT, S.DIBATALKAN}),
    S.DIVERIFIKASI: frozenset({S.DISPOSISI, S.DITOLAK, S.DUPLIKAT, S.DIBATALKAN}),
    S.DISPOSISI: frozenset({S.KOORDINASI, S.PROSES, S.SELESAI, S.DITOLAK, S.DUPLIKAT}),
    S.KOORDINASI: frozenset({S.DISPOSISI, S.PROSES, S.SELESAI, S.DITOLAK, S.DUPLIKAT}),
    S.PROSES: frozenset({S.KOORDINASI, S.SELESAI, S.DITOLAK, S.DUPLIKAT}),
    S.SELESAI: frozenset({S.PROSES}),
    S.DITOLAK: frozenset(),
    S.DUPLIKAT: frozenset(),
    S.DIBATALKAN: frozenset(),
}
NOTIFY_STATES = frozenset(TRANSITIONS) - {S.MENUNGGU}
# What a citizen may do to their own ticket: cancel it before an agency has it, and reopen it once fixed.
CITIZEN_MOVES = frozenset({(S.MENUNGGU, S.DIBATALKAN), (S.DIVERIFIKASI, S.DIBATALKAN), (S.SELESAI, S.PROSES)})
STAFF_ROLES = tuple(StaffRole)
EARTH_RADIUS_M = 6_371_000.0


@dataclass(frozen=True)
class Actor:
    """Who changes a ticket: a citizen, a staff member (role, agency, area), or the system.

    ``str(actor)`` is what events record: ``citizen:<id>``, ``staff:<username>`` or ``system``.
    """

    kind: str  # citizen | staff | system
    name: str
    role: str | None = None
    agency: str | None = None
    area: str | None = None

    @classmethod
    def citizen(cls, citizen_id: int) -> Actor:
        return cls("citizen", str(citizen_id))

    @classmethod
    def of_staff(cls, staff: Staff) -> Actor:
        return cls("staff", staff.username, role=staff.role, agency=staff.agency_code, area=staff.area_kode)

    def __str__(self) -> str:
        return "system" if self.kind == "system" else f"{self.kind}:{self.name}"


SYSTEM = Actor("system", "system")


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
    kind: str = TicketKind.REPORT


def route(cfg: Config, category: str, *units: str | None) -> str:
    """Picks the agency for a category in an area: the most specific override, else the category's agency.

    Args:
        cfg: the configuration.
        category: a category code.
        *units: the ticket's area codes (kelurahan, kecamatan, kota); an override's area matches a unit
            or its prefix.

    Returns:
        The agency code.

    Raises:
        RoutingError: the category is not configured.
    """
    best: tuple[int, str] | None = None
    for rule in cfg.routing.overrides:
        if rule.category not in (category, "*"):
            continue
        for unit in filter(None, units):
            matches = unit == rule.area or unit.startswith(rule.area + ".")
            if matches and (best is None or len(rule.area) > best[0]):
                best = (len(rule.area), rule.agency)
    if best:
        return best[1]
    try:
        return cfg.categories[category].agency
    except KeyError:
        raise RoutingError(f"router: no agency configured for category {category!r}") from None


def open_ticket(
    session: Session,
    cfg: Config,
    identity: Identity,
    draft: Draft,
    *,
    language: str,
    now: datetime | None = None,
) -> Ticket:
    """Creates a ticket from a draft, routed and with its SLA due time, and records the event.

    Args:
        session: the open session (the caller commits).
        cfg: the configuration.
        identity: the reporting citizen's identity (the ticket's channel).
        draft: what the conversation gathered.
        language: the citizen's language, for notifications.
        now: the time of opening.

    Returns:
        The new ticket (flushed, with its number).
    """
    now = now or utcnow()
    state = cfg.routing.initial_state
    ticket = Ticket(
        number=repo.next_ticket_number(session, cfg.ticket.prefix, cfg.ticket.digits),
        kind=draft.kind,
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
    )
    session.add(ticket)
    ticket.due_at = sla.due_time(cfg, ticket, entered=now)
    session.flush()
    actor = str(Actor.citizen(identity.citizen_id))
    repo.add_event(session, ticket, actor=actor, kind="created", to_state=state, at=now)
    return ticket


def check_transition(ticket: Ticket, to_state: str, *, note: str | None, duplicate_of: str | None) -> None:
    """Raises TransitionError unless ``ticket`` may move to ``to_state`` with these fields."""
    if to_state not in TRANSITIONS:
        raise TransitionError(f"unknown state {to_state!r}")
    if to_state not in TRANSITIONS[ticket.state]:
        raise TransitionError(f"{ticket.number}: {ticket.state} -> {to_state} is not allowed")
    if to_state == S.DITOLAK and not (note and note.strip()):
        raise TransitionError(f"{ticket.number}: rejecting needs a reason")
    if to_state == S.DUPLIKAT and not duplicate_of:
        raise TransitionError(f"{ticket.number}: a duplicate needs the ticket it duplicates")


def reopenable(cfg: Config, ticket: Ticket, now: datetime) -> bool:
    """True when the ticket is ``selesai`` and was resolved within ``ticket.reopen_days``."""
    window = timedelta(days=cfg.ticket.reopen_days)
    return ticket.state == S.SELESAI and ticket.resolved_at is not None and now - ticket.resolved_at <= window


def check_permission(cfg: Config, ticket: Ticket, to_state: str, actor: Actor, *, now: datetime) -> None:
    """Raises TransitionError unless ``actor`` may make this change.

    A citizen may cancel their own ticket in ``menunggu``/``diverifikasi`` and reopen it within
    the reopen window; a viewer may change nothing; an officer may move the tickets of their
    agency and every ticket in their area (the kelurahan verifies what is reported in it); a
    supervisor or an admin any ticket. Only the citizen cancels (staff reject, with a reason).
    """
    if actor.kind == "system":
        return
    if actor.kind == "citizen":
        if str(ticket.citizen_id) != actor.name or (ticket.state, to_state) not in CITIZEN_MOVES:
            raise TransitionError(
                f"{ticket.number}: {actor} may not move it from {ticket.state} to {to_state}"
            )
        if to_state == S.PROSES and not reopenable(cfg, ticket, now):
            days = cfg.ticket.reopen_days
            raise TransitionError(f"{ticket.number}: the reopen window of {days:g} days has passed")
        return
    if actor.kind != "staff" or actor.role not in STAFF_ROLES:
        raise TransitionError(f"{ticket.number}: unknown actor {actor}")
    if to_state == S.DIBATALKAN:
        raise TransitionError(f"{ticket.number}: only the citizen cancels a ticket (reject it with a reason)")
    if actor.role in (StaffRole.ADMIN, StaffRole.SUPERVISOR):
        return
    own_agency = bool(actor.agency) and actor.agency == ticket.agency_code
    if actor.role == "officer" and (own_agency or in_area(ticket, actor.area)):
        return
    raise TransitionError(f"{ticket.number}: {actor} ({actor.role}) may not change this ticket")


def in_area(ticket: Ticket, area: str | None) -> bool:
    """True when the ticket lies in the area (a kota, kecamatan or kelurahan code)."""
    if not area:
        return False
    units = [u for u in (ticket.kelurahan, ticket.kecamatan, ticket.kota) if u]
    return any(unit == area or unit.startswith(area + ".") for unit in units)


def transition(
    session: Session,
    cfg: Config,
    ticket: Ticket,
    to_state: str,
    *,
    actor: Actor,
    note: str | None = None,
    duplicate_of: str | None = None,
    now: datetime | None = None,
) -> list[Outbox]:
    """Moves a ticket to another state, records the event, updates its clocks, and queues the notifications.

    Args:
        session: the open session (the caller commits).
        cfg: the configuration.
        ticket: the ticket.
        to_state: the new state.
        actor: who makes the change (checked against what they may do).
        note: what was done, or the reason (required for ``ditolak``).
        duplicate_of: the number of the ticket this one duplicates (required for ``duplikat``).
        now: the time of the change.

    Returns:
        The notifications queued (to the ticket's citizen and followers; none to a citizen who made
        the change).

    Raises:
        TransitionError: the change is not allowed, not allowed to this actor, or lacks a required field.
    """
    now = now or utcnow()
    check_transition(ticket, to_state, note=note, duplicate_of=duplicate_of)
    check_permission(cfg, ticket, to_state, actor, now=now)
    if duplicate_of:
        note = f"{note or ''} ({duplicate_of})".strip()
    event = repo.add_event(
        session,
        ticket,
        actor=str(actor),
        kind="state",
        from_state=ticket.state,
        to_state=to_state,
        note=note,
        at=now,
    )
    if actor.kind == "staff" and ticket.first_response_at is None:
        ticket.first_response_at = now
    ticket.state = to_state
    ticket.resolved_at = now if to_state in CLOSED_STATES else None
    if to_state in OPEN_STATES:
        ticket.due_at = sla.due_time(cfg, ticket, entered=now)
        ticket.overdue = ticket.overdue and ticket.due_at <= now
    if to_state not in NOTIFY_STATES:
        return []
    if actor.kind == "citizen":  # the citizen hears it in the conversation; their own words stay with staff
        return notify(session, cfg, ticket, event_id=event.id, note=None, skip_citizen=int(actor.name))
    return notify(session, cfg, ticket, event_id=event.id, note=note)


def recipients(ticket: Ticket) -> list[tuple[Identity, str]]:
    """Who hears of a ticket: its identity and every follower, each with their language, once each."""
    seen: set[int] = set()
    out = []
    everyone = [(ticket.identity, ticket.language), *((f.identity, f.language) for f in ticket.followers)]
    for identity, language in everyone:
        if identity.id not in seen:
            seen.add(identity.id)
            out.append((identity, language))
    return out


def notify(
    session: Session,
    cfg: Config,
    ticket: Ticket,
    *,
    event_id: int,
    note: str | None,
    skip_citizen: int | None = None,
) -> list[Outbox]:
    """Queues the state-change message to the ticket's citizen and followers, each in their language
    and channel.

    Args:
        session: the open session.
        cfg: the configuration.
        ticket: the ticket, in its new state.
        event_id: the event; with the identity it keys the Outbox row, so nobody hears of one event twice.
        note: the note shown under the state, or None.
        skip_citizen: a citizen who is not notified (the one who made the change).

    Returns:
        The Outbox rows.
    """
    rows = []
    targets = [
        (i, lang) for i, lang in recipients(ticket) if i.citizen_id != skip_citizen and reachable(cfg, i)
    ]
    for identity, language in targets:
        texts = Texts(cfg.messages, language)
        text = texts(
            "notify_state",
            number=ticket.number,
            category=category_name(cfg.categories, ticket.category, texts.language),
            state=texts.state(ticket.state),
            note=f"\n{note}" if note else "",
        )
        rows.append(repo.add_outbox(
            session, channel=identity.channel, recipient_id=identity.platform_user_id, payload=payload(text),
            key=f"event:{event_id}:{identity.id}", identity_id=identity.id, ticket_id=ticket.id,
            kind="notification",
        ))  # fmt: skip
    if ticket.state == S.SELESAI:
        rows += skm.ask_fixed(session, cfg, ticket, targets, event_id=event_id)
    return rows


def reachable(cfg: Config, identity: Identity) -> bool:
    """Whether Aduan has a chat channel to the identity: not for tickets another system opened (Open311)."""
    return identity.channel in cfg.channels


def find_duplicate(
    session: Session, cfg: Config, draft: Draft, *, citizen_id: int, now: datetime
) -> Ticket | None:
    """An open ticket that likely reports the same problem, or None.

    Same category, opened within ``duplicates.days``, and in the same kelurahan or within
    ``duplicates.radius_m`` of the draft's map pin. The citizen's own ticket comes first, then the oldest.
    """
    spec = cfg.duplicates
    pin = (
        (draft.latitude, draft.longitude)
        if draft.latitude is not None and draft.longitude is not None
        else None
    )
    found = repo.open_tickets_like(
        session, category=draft.category, states=OPEN_STATES, since=now - timedelta(days=spec.days),
        kelurahan=draft.kelurahan, near_pin=pin is not None,
    )  # fmt: skip
    matches = [t for t in found if _same_place(t, draft.kelurahan, pin, spec.radius_m)]
    own = [t for t in matches if t.citizen_id == citizen_id]
    ranked = own or matches
    return ranked[0] if ranked else None


def _same_place(
    ticket: Ticket, kelurahan: str | None, pin: tuple[float, float] | None, radius_m: float
) -> bool:
    if kelurahan and ticket.kelurahan == kelurahan:
        return True
    if pin is None or ticket.latitude is None or ticket.longitude is None:
        return False
    return distance_m(pin, (ticket.latitude, ticket.longitude)) <= radius_m


def distance_m(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in metres between two (lat, lng) points."""
    lat1, lng1, lat2, lng2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lng2 - lng1) / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(h))


def follow(
    session: Session, ticket: Ticket, identity: Identity, *, language: str, now: datetime | None = None
) -> bool:
    """Makes a citizen follow a ticket instead of opening a duplicate: they hear its updates and it gains
    a supporter.

    Returns:
        False when the identity already followed it.
    """
    if not repo.add_follower(session, ticket, identity, language=language):
        return False
    ticket.supporters += 1
    repo.add_event(
        session, ticket, actor=str(Actor.citizen(identity.citizen_id)), kind="followed", at=now or utcnow()
    )
    return True
