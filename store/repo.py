"""Repository functions. Each takes the session first and never commits: the caller owns the transaction."""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import case, false, func, or_, select, true, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, joinedload
from sqlalchemy.orm.attributes import set_committed_value

from store.models import (
    Agency,
    ApiKey,
    Area,
    Citizen,
    Conversation,
    Counter,
    Identity,
    LinkCode,
    Message,
    Outbox,
    Staff,
    StaffNotification,
    StaffRole,
    State,
    Ticket,
    TicketEvent,
    TicketFollower,
    TicketState,
    utcnow,
)


def normalize_phone(phone: str | None) -> str | None:
    """Digits only, in international form: ``+62 812-3456`` and ``08123456`` both become ``628123456``."""
    digits = "".join(ch for ch in phone or "" if ch.isdigit())
    if not digits:
        return None
    return "62" + digits[1:] if digits.startswith("0") else digits


def get_or_create_identity(
    session: Session,
    channel: str,
    platform_user_id: str,
    *,
    display_name: str | None = None,
    phone: str | None = None,
) -> Identity:
    """Returns the identity of a platform user, creating it and its Citizen on first contact.

    Two webhooks for a new user may race; the loser of the unique constraint reads the winner's row.

    Args:
        session: the open session.
        channel: platform name.
        platform_user_id: the platform's id for the user.
        display_name: the name the platform shows, refreshed when given.
        phone: a phone number the platform shared, refreshed when given.

    Returns:
        The identity, with ``citizen`` loaded.
    """
    phone = normalize_phone(phone)
    stmt = select(Identity).where(Identity.channel == channel, Identity.platform_user_id == platform_user_id)
    identity = session.scalars(stmt).first()
    if identity is None:
        citizen = citizen_by_phone(session, phone) or Citizen(phone=phone)
        try:
            with session.begin_nested():
                identity = Identity(
                    channel=channel, platform_user_id=platform_user_id, citizen=citizen, phone=phone
                )
                session.add(identity)
        except IntegrityError:
            identity = session.scalars(stmt).one()
    if display_name and identity.display_name != display_name:
        identity.display_name = display_name
    if phone and identity.phone != phone:
        identity.phone = phone
        other = citizen_by_phone(session, phone)
        if other is not None and other.id != identity.citizen_id:
            merge_citizens(session, keep=other, gone_id=identity.citizen_id)
        else:
            identity.citizen.phone = phone
    return identity


def citizen_by_phone(session: Session, phone: str | None) -> Citizen | None:
    """The citizen who shared this (normalised) phone number on any channel, or None."""
    if not phone:
        return None
    return session.scalars(select(Citizen).where(Citizen.phone == phone).order_by(Citizen.id)).first()


def merge_citizens(session: Session, *, keep: Citizen, gone_id: int) -> None:
    """Moves every identity and ticket of citizen ``gone_id`` to ``keep`` (one person on two channels)."""
    if keep.id == gone_id:
        return
    session.flush()
    session.execute(update(Identity).where(Identity.citizen_id == gone_id).values(citizen_id=keep.id))
    session.execute(update(Ticket).where(Ticket.citizen_id == gone_id).values(citizen_id=keep.id))
    session.expire_all()


def save_inbound(session: Session, identity: Identity, **fields: Any) -> Message | None:
    """Stores an inbound message unless its (channel, platform_message_id) is already stored.

    Args:
        session: the open session.
        identity: who sent it.
        **fields: Message columns: platform_message_id, text, latitude, longitude, media, received_at.

    Returns:
        The new message, or None when it is a redelivery.
    """
    try:
        with session.begin_nested():
            message = Message(direction="in", channel=identity.channel, identity=identity, **fields)
            session.add(message)
    except IntegrityError:
        return None
    identity.last_inbound_at = fields.get("received_at") or utcnow()
    return message


def claim_message(session: Session, message_id: int, *, now: datetime | None = None) -> Message | None:
    """Marks an inbound message processed, unless another worker already did.

    The claim lives in the caller's transaction: if processing fails and rolls back, the
    message is unclaimed again and the sweeper retries it.

    Returns:
        The message, or None when it was already processed.
    """
    result = session.execute(
        update(Message)
        .where(Message.id == message_id, Message.processed_at.is_(None))
        .values(processed_at=now or utcnow())
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        return None
    return session.get(Message, message_id, populate_existing=True)


def conversation_for(session: Session, identity: Identity) -> Conversation:
    """Returns the identity's conversation, locked for update on PostgreSQL, creating it on first use."""
    stmt = select(Conversation).where(Conversation.identity_id == identity.id).with_for_update()
    conversation = session.scalars(stmt).first()
    if conversation is None:
        conversation = Conversation(identity=identity, state="idle", slots={}, language="id")
        session.add(conversation)
        session.flush()
    return conversation


def next_ticket_number(session: Session, prefix: str, digits: int) -> str:
    """Allocates the next public ticket number, e.g. ``ADU-000123``.

    One UPDATE ... RETURNING on a counter row: PostgreSQL's row lock makes concurrent
    writers wait for each other, and SQLite serialises writers anyway.
    """
    value = session.execute(
        update(Counter)
        .where(Counter.name == "ticket")
        .values(value=Counter.value + 1)
        .returning(Counter.value)
    ).scalar_one()
    return f"{prefix}-{value:0{digits}d}"


def add_outbox(
    session: Session,
    *,
    channel: str,
    recipient_id: str,
    payload: Mapping[str, Any],
    key: str,
    identity_id: int | None = None,
    ticket_id: int | None = None,
    kind: str = "reply",
) -> Outbox:
    """Queues a message for delivery; a second call with the same ``key`` returns the first row.

    Args:
        session: the open session.
        channel: platform to send on.
        recipient_id: the platform's id for the citizen.
        payload: ``Reply.to_payload()``.
        key: idempotency key, e.g. ``reply:<message id>:0`` or ``event:<event id>:<identity id>``.
        identity_id: the identity it goes to.
        ticket_id: the ticket it is about.
        kind: reply | notification | holding | reminder.

    Returns:
        The Outbox row.
    """
    existing = session.scalars(select(Outbox).where(Outbox.idempotency_key == key)).first()
    if existing is not None:
        return existing
    row = Outbox(
        channel=channel,
        recipient_id=recipient_id,
        payload=dict(payload),
        idempotency_key=key,
        identity_id=identity_id,
        ticket_id=ticket_id,
        kind=kind,
    )
    session.add(row)
    session.flush()
    return row


RETRY_STATUSES = ("pending", "failed", "sending")


def due_outbox(session: Session, *, now: datetime, limit: int = 500) -> Sequence[tuple[int, int | None]]:
    """(id, identity id) of Outbox rows due for an attempt: pending, failed, or sending past its lease."""
    stmt = (
        select(Outbox.id, Outbox.identity_id)
        .where(Outbox.status.in_(RETRY_STATUSES), Outbox.next_attempt_at <= now)
        .order_by(Outbox.id)
        .limit(limit)
    )
    return [(row[0], row[1]) for row in session.execute(stmt)]


def claim_outbox(session: Session, outbox_id: int, *, now: datetime, lease_until: datetime) -> Outbox | None:
    """Takes an Outbox row for sending until ``lease_until``, unless it is not due or someone else holds it.

    A worker that dies mid-send leaves the row in ``sending``; when the lease ends the
    sweeper finds it due again, so nothing is lost (a reply may, rarely, go out twice). The claim
    counts the attempt before the send, and a claim of a row still in ``sending`` counts an
    interrupted attempt (``interrupted``: each may have reached the citizen, a possible duplicate).
    """
    result = session.execute(
        update(Outbox)
        .where(Outbox.id == outbox_id, Outbox.status.in_(RETRY_STATUSES), Outbox.next_attempt_at <= now)
        .values(
            status="sending",
            next_attempt_at=lease_until,
            attempts=Outbox.attempts + 1,
            interrupted=Outbox.interrupted + case((Outbox.status == "sending", 1), else_=0),
        )
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        return None
    return session.get(Outbox, outbox_id, populate_existing=True)


def unprocessed_messages(
    session: Session, *, before: datetime, limit: int = 500
) -> Sequence[tuple[int, int]]:
    """(id, identity id) of inbound messages received before ``before`` and not yet processed."""
    stmt = (
        select(Message.id, Message.identity_id)
        .where(Message.direction == "in", Message.processed_at.is_(None), Message.created_at < before)
        .order_by(Message.id)
        .limit(limit)
    )
    return [(row[0], row[1]) for row in session.execute(stmt)]


def earlier_unprocessed(session: Session, message: Message, *, window: timedelta) -> int | None:
    """The id of an earlier inbound message of the same sender still waiting (arrived within ``window``).

    A citizen's messages are read in the order they arrived: a message waits while an earlier one is
    unprocessed (several workers may hold them at once). Only messages at most ``window`` older count,
    so one that can never be processed holds the citizen's later ones back for that long at most.

    Args:
        session: the open session.
        message: the inbound message about to be processed.
        window: how far back an earlier message still counts.

    Returns:
        The earliest such message's id, or None when ``message`` may go.
    """
    stmt = (
        select(Message.id)
        .where(
            Message.identity_id == message.identity_id,
            Message.direction == "in",
            Message.processed_at.is_(None),
            Message.id < message.id,
            Message.created_at >= message.created_at - window,
        )
        .order_by(Message.id)
        .limit(1)
    )
    return session.scalar(stmt)


def processed_since(session: Session, identity_id: int, since: datetime) -> int:
    """How many of a sender's inbound messages were processed at or after ``since``."""
    stmt = select(func.count()).where(
        Message.identity_id == identity_id, Message.direction == "in", Message.processed_at >= since
    )
    return session.scalar(stmt) or 0


def next_unprocessed(session: Session, identity_id: int) -> int | None:
    """The id of a sender's earliest inbound message not yet processed, or None."""
    stmt = (
        select(Message.id)
        .where(Message.identity_id == identity_id, Message.direction == "in", Message.processed_at.is_(None))
        .order_by(Message.id)
        .limit(1)
    )
    return session.scalar(stmt)


def ticket_by_number(session: Session, number: str) -> Ticket | None:
    """Returns the ticket with that public number, or None."""
    return session.scalars(select(Ticket).where(Ticket.number == number.upper())).first()


def tickets_of_citizen(session: Session, citizen_id: int, *, limit: int = 5) -> Sequence[Ticket]:
    """The citizen's most recent tickets, newest first."""
    stmt = select(Ticket).where(Ticket.citizen_id == citizen_id).order_by(Ticket.id.desc()).limit(limit)
    return session.scalars(stmt).all()


def add_event(session: Session, ticket: Ticket, **fields: Any) -> TicketEvent:
    """Records a ticket event (actor, kind, from_state, to_state, note) and returns it flushed.

    The event keeps the agency holding the ticket (``agency_code``), unless the caller names another.
    """
    fields.setdefault("agency_code", ticket.agency_code)
    event = TicketEvent(ticket=ticket, **fields)
    session.add(event)
    session.flush()
    return event


def set_event_agency(session: Session, ticket: Ticket, agency_code: str) -> None:
    """Makes the ticket's latest event record ``agency_code`` (the agency a dispatch just handed it to)."""
    latest = session.scalars(
        select(TicketEvent).where(TicketEvent.ticket_id == ticket.id).order_by(TicketEvent.id.desc()).limit(1)
    ).first()
    if latest is not None:
        latest.agency_code = agency_code


def sync_agencies(session: Session, agencies: Iterable[tuple[str, str, str]]) -> None:
    """Makes the agencies table match the configuration (inserts and renames; never deletes).

    Args:
        session: the caller's session.
        agencies: (code, nama, level) of every configured agency.
    """
    for code, nama, level in agencies:
        row = session.get(Agency, code) or Agency(code=code)
        row.nama = nama
        row.level = level
        session.add(row)


def sync_areas(session: Session, areas: Iterable[Mapping[str, Any]]) -> int:
    """Loads the gazetteer's units into ``areas`` when the table is empty; returns rows added."""
    if session.scalars(select(Area.kode).limit(1)).first() is not None:
        return 0
    rows = [Area(**dict(area)) for area in areas]
    session.add_all(rows)
    return len(rows)


def get_state(session: Session, name: str) -> str | None:
    """A remembered value, or None."""
    row = session.get(State, name)
    return row.value if row else None


def set_state(session: Session, name: str, value: str) -> None:
    """Remembers a value under ``name``."""
    row = session.get(State, name) or State(name=name)
    row.value = value
    session.add(row)


def create_link_code(session: Session, citizen_id: int, *, code: str, expires_at: datetime) -> str:
    """Stores a code the citizen can send on another channel to link it; returns the code."""
    session.add(LinkCode(code=code, citizen_id=citizen_id, expires_at=expires_at))
    session.flush()
    return code


def use_link_code(session: Session, identity: Identity, code: str, *, now: datetime) -> bool:
    """Links ``identity``'s citizen to the one who made ``code``; False when unknown or expired."""
    link = session.get(LinkCode, code.upper())
    if link is None or link.expires_at < now:
        return False
    keep = session.get(Citizen, link.citizen_id)
    assert keep is not None
    merge_citizens(session, keep=keep, gone_id=identity.citizen_id)
    session.delete(link)
    return True


def reports_since(session: Session, citizen_id: int, since: datetime) -> int:
    """How many tickets the citizen opened at or after ``since``."""
    stmt = select(func.count(Ticket.id)).where(Ticket.citizen_id == citizen_id, Ticket.created_at >= since)
    return int(session.scalar(stmt) or 0)


def flag_citizen(session: Session, citizen_id: int, reason: str) -> None:
    """Marks a citizen for staff review with a short reason (kept when already flagged)."""
    citizen = session.get(Citizen, citizen_id)
    if citizen is not None and not citizen.flagged:
        citizen.flagged = reason[:200]


def open_tickets_like(
    session: Session,
    *,
    category: str,
    states: Iterable[str],
    since: datetime,
    kelurahan: str | None,
    near_pin: bool,
) -> Sequence[Ticket]:
    """Tickets that may report the same problem: same category, in ``states``, created since ``since``,
    in ``kelurahan`` or (when ``near_pin``) carrying a map pin the caller measures. Oldest first.
    """
    where_place = []
    if kelurahan:
        where_place.append(Ticket.kelurahan == kelurahan)
    if near_pin:
        where_place.append(Ticket.latitude.is_not(None))
    if not where_place:
        return []
    stmt = (
        select(Ticket)
        .where(Ticket.category == category, Ticket.state.in_(list(states)), Ticket.created_at >= since)
        .where(or_(*where_place))
        .order_by(Ticket.id)
        .limit(200)
    )
    return session.scalars(stmt).all()


def add_follower(session: Session, ticket: Ticket, identity: Identity, *, language: str) -> bool:
    """Makes ``identity`` follow ``ticket``; False when it already does."""
    existing = session.scalars(
        select(TicketFollower).where(
            TicketFollower.ticket_id == ticket.id, TicketFollower.identity_id == identity.id
        )
    ).first()
    if existing is not None:
        return False
    session.add(TicketFollower(ticket=ticket, identity=identity, language=language))
    session.flush()
    return True


def tickets_followed(session: Session, citizen_id: int, *, limit: int = 5) -> Sequence[Ticket]:
    """Tickets any identity of the citizen follows, newest first."""
    stmt = (
        select(Ticket)
        .join(TicketFollower, TicketFollower.ticket_id == Ticket.id)
        .join(Identity, Identity.id == TicketFollower.identity_id)
        .where(Identity.citizen_id == citizen_id)
        .order_by(Ticket.id.desc())
        .limit(limit)
    )
    return session.scalars(stmt).unique().all()


def stale_conversations(session: Session, *, before: datetime, limit: int = 200) -> Sequence[int]:
    """Ids of conversations in the middle of something and untouched since ``before``."""
    stmt = (
        select(Conversation.id)
        .where(Conversation.state != "idle", Conversation.updated_at <= before)
        .order_by(Conversation.id)
        .limit(limit)
    )
    return session.scalars(stmt).all()


def lock_conversation(session: Session, conversation_id: int) -> Conversation | None:
    """The conversation, locked for update on PostgreSQL (a worker may be stepping it)."""
    stmt = select(Conversation).where(Conversation.id == conversation_id).with_for_update()
    return session.scalars(stmt).first()


def mark_reminded(session: Session, conversation: Conversation, at: datetime) -> None:
    """Records a reminder without touching ``updated_at`` (expiry runs from the citizen's last message)."""
    session.execute(
        update(Conversation)
        .where(Conversation.id == conversation.id)
        .values(reminded_at=at, updated_at=conversation.updated_at)
    )
    set_committed_value(
        conversation, "reminded_at", at
    )  # already written; a dirty attribute would bump updated_at


def overdue_tickets(
    session: Session, *, now: datetime, states: Iterable[str], limit: int = 500
) -> Sequence[Ticket]:
    """Tickets in ``states`` whose due time has passed and that are not yet marked overdue."""
    stmt = (
        select(Ticket)
        .where(Ticket.state.in_(list(states)), Ticket.due_at.is_not(None), Ticket.due_at < now)
        .where(Ticket.overdue == false())
        .order_by(Ticket.due_at)
        .limit(limit)
    )
    return session.scalars(stmt).all()


def supervisors_of(session: Session, agency_code: str | None) -> Sequence[Staff]:
    """Active supervisors of an agency."""
    stmt = select(Staff).where(
        Staff.role == StaffRole.SUPERVISOR, Staff.active == true(), Staff.agency_code == agency_code
    )
    return session.scalars(stmt.order_by(Staff.username)).all()


def notify_staff(
    session: Session, staff: Staff, *, kind: str, ticket_id: int | None = None
) -> StaffNotification:
    """Leaves a note for a staff member in the console."""
    row = StaffNotification(staff_id=staff.id, ticket_id=ticket_id, kind=kind)
    session.add(row)
    return row


@dataclass(frozen=True)
class ResponseTimes:
    """Response figures of one agency for tickets created in a period."""

    agency: str | None
    tickets: int
    responded: int
    resolved: int
    median_first_response_hours: float | None
    median_resolution_hours: float | None


_Times = tuple[str, datetime, datetime | None, datetime | None]  # state, created, first response, resolved


def response_times(session: Session, since: datetime) -> list[ResponseTimes]:
    """Per agency, for tickets created since ``since``: counts, median hours to first action, to ``selesai``.

    Args:
        session: the open session.
        since: the start of the period (by ticket creation).

    Returns:
        One row per agency with tickets, ordered by agency code.
    """
    stmt = select(
        Ticket.agency_code, Ticket.state, Ticket.created_at, Ticket.first_response_at, Ticket.resolved_at
    ).where(Ticket.created_at >= since)
    groups: dict[str | None, list[_Times]] = {}
    for agency, state, created, first, resolved in session.execute(stmt):
        groups.setdefault(agency, []).append((state, created, first, resolved))
    return [
        _agency_times(agency, rows) for agency, rows in sorted(groups.items(), key=lambda kv: kv[0] or "")
    ]


def _agency_times(agency: str | None, rows: list[_Times]) -> ResponseTimes:
    first = [(f - c).total_seconds() / 3600 for _, c, f, _ in rows if f is not None]
    done = [
        (r - c).total_seconds() / 3600 for s, c, _, r in rows if s == TicketState.SELESAI and r is not None
    ]
    return ResponseTimes(
        agency=agency,
        tickets=len(rows),
        responded=len(first),
        resolved=len(done),
        median_first_response_hours=round(statistics.median(first), 2) if first else None,
        median_resolution_hours=round(statistics.median(done), 2) if done else None,
    )


# --- Open311 and the public page per report ------------------------------------------------------


def ticket_by_public_token(session: Session, token: str) -> Ticket | None:
    """The ticket whose public page has this token, or None (unknown or revoked)."""
    if not token:
        return None
    return session.scalars(select(Ticket).where(Ticket.public_token == token)).first()


def set_public_token(session: Session, ticket: Ticket, token: str | None) -> None:
    """Gives a ticket's public page a new token, or revokes it with None (the old link then answers 404)."""
    ticket.public_token = token
    session.flush()


def find_service_requests(
    session: Session,
    *,
    numbers: Sequence[str] = (),
    categories: Sequence[str] = (),
    states: Sequence[str] = (),
    start: datetime | None = None,
    end: datetime | None = None,
    offset: int = 0,
    limit: int = 1000,
) -> Sequence[Ticket]:
    """Tickets for Open311's ``GET requests``, newest first.

    Args:
        session: the open session.
        numbers: ticket numbers; when given, every other filter is ignored (as the spec says).
        categories: category codes to keep (all when empty).
        states: ticket states to keep (all when empty).
        start: keep tickets created at or after this time.
        end: keep tickets created at or before this time.
        offset: tickets to skip (paging).
        limit: the most to return.

    Returns:
        The tickets.
    """
    stmt = select(Ticket)
    if numbers:
        stmt = stmt.where(Ticket.number.in_([n.upper() for n in numbers]))
    else:
        if categories:
            stmt = stmt.where(Ticket.category.in_(list(categories)))
        if states:
            stmt = stmt.where(Ticket.state.in_(list(states)))
        if start is not None:
            stmt = stmt.where(Ticket.created_at >= start)
        if end is not None:
            stmt = stmt.where(Ticket.created_at <= end)
    return session.scalars(stmt.order_by(Ticket.id.desc()).offset(offset).limit(limit)).all()


def state_events(
    session: Session, *, start: datetime | None = None, end: datetime | None = None, limit: int = 1000
) -> Sequence[TicketEvent]:
    """Events that set a ticket's state (its opening and every state change), oldest first, tickets loaded.

    Args:
        session: the open session.
        start: keep events at or after this time.
        end: keep events at or before this time.
        limit: the most to return.

    Returns:
        The events.
    """
    stmt = (
        select(TicketEvent)
        .options(joinedload(TicketEvent.ticket))
        .where(TicketEvent.kind.in_(("created", "state")), TicketEvent.to_state.is_not(None))
    )
    if start is not None:
        stmt = stmt.where(TicketEvent.at >= start)
    if end is not None:
        stmt = stmt.where(TicketEvent.at <= end)
    return session.scalars(stmt.order_by(TicketEvent.at, TicketEvent.id).limit(limit)).all()


def add_api_key(session: Session, name: str, key_hash: str) -> ApiKey | None:
    """Stores a new Open311 API key under ``name`` (its SHA-256 hex, never the key).

    Returns:
        The key, or None when an unrevoked key already has that name.
    """
    taken = session.scalars(select(ApiKey.id).where(ApiKey.name == name, ApiKey.revoked_at.is_(None))).first()
    if taken is not None:
        return None
    row = ApiKey(name=name, key_hash=key_hash)
    session.add(row)
    session.flush()
    return row


def api_key_by_hash(session: Session, key_hash: str) -> ApiKey | None:
    """The unrevoked API key with this SHA-256 hex, or None."""
    stmt = select(ApiKey).where(ApiKey.key_hash == key_hash, ApiKey.revoked_at.is_(None))
    return session.scalars(stmt).first()


def revoke_api_key(session: Session, name: str, *, now: datetime) -> bool:
    """Revokes the key called ``name``; False when there is no such unrevoked key."""
    row = session.scalars(select(ApiKey).where(ApiKey.name == name, ApiKey.revoked_at.is_(None))).first()
    if row is None:
        return False
    row.revoked_at = now
    return True
