"""Repository functions of the staff console: scoped ticket queries, sign-in sessions and attempts.

Every ticket query takes a ``Scope``: what a staff member may see. A ticket outside it is
simply not found, so the console answers 404 and nobody can probe ticket numbers.
Like ``store/repo.py``, functions take a session and never commit.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    delete,
    false,
    func,
    literal_column,
    null,
    or_,
    select,
    true,
    tuple_,
    update,
)
from sqlalchemy.orm import Session

from store.models import (
    Identity,
    Message,
    Outbox,
    SigninAttempt,
    Staff,
    StaffEvent,
    StaffNotification,
    StaffSession,
    Ticket,
    TicketAgency,
    TicketEvent,
    utcnow,
)

NUMBER_RE = re.compile(r"^\s*([A-Za-z]{1,10})?-?0*(\d{1,12})\s*$")
SORTS: dict[str, Any] = {
    "newest": (Ticket.created_at.desc(), Ticket.id.desc()),
    "oldest": (Ticket.created_at.asc(), Ticket.id.asc()),
    "due": (Ticket.due_at.asc(), Ticket.id.asc()),
    "updated": (Ticket.updated_at.desc(), Ticket.id.desc()),
    "supporters": (Ticket.supporters.desc(), Ticket.id.desc()),
}


@dataclass(frozen=True)
class Scope:
    """The tickets a staff member may see: everything, or those of one agency and/or one area.

    ``agency`` includes tickets handed to that agency for coordination. ``area`` is a Kemendagri
    code (kota, kecamatan or kelurahan); with both set, a ticket must match both.
    """

    everything: bool = False
    agency: str | None = None
    area: str | None = None
    coordinating: tuple[int, ...] = ()  # ids of tickets handed to ``agency`` for coordination

    def where(self) -> ColumnElement[bool]:
        """The SQL condition on ``Ticket`` for this scope."""
        if self.everything:
            return true()
        conditions: list[ColumnElement[bool]] = []
        if self.agency:
            own = Ticket.agency_code == self.agency
            conditions.append(or_(own, Ticket.id.in_(self.coordinating)) if self.coordinating else own)
        if self.area:
            conditions.append(in_area(self.area))
        return and_(*conditions) if conditions else false()


def in_area(area: str) -> ColumnElement[bool]:
    """Tickets whose kota, kecamatan or kelurahan is ``area`` or lies inside it."""
    return or_(
        Ticket.kota == area,
        Ticket.kecamatan == area,
        Ticket.kelurahan == area,
        Ticket.kota.startswith(area + ".", autoescape=True),
    )


@dataclass(frozen=True)
class QueueFilter:
    """What the queue shows: every field optional; ``q`` is a ticket number or words of the description."""

    states: tuple[str, ...] = ()
    category: str | None = None
    agency: str | None = None
    area: str | None = None
    channel: str | None = None
    overdue: bool = False
    date_from: date | None = None
    date_to: date | None = None
    q: str = ""
    sort: str = "newest"
    ticket_prefix: str = "ADU"
    number_digits: int = 6

    def conditions(self, *, with_states: bool = True) -> list[ColumnElement[bool]]:
        out: list[ColumnElement[bool]] = []
        if with_states and self.states:
            out.append(Ticket.state.in_(self.states))
        for column, value in (
            (Ticket.category, self.category),
            (Ticket.agency_code, self.agency),
            (Ticket.channel, self.channel),
        ):
            if value:
                out.append(column == value)
        if self.area:
            out.append(in_area(self.area))
        if self.overdue:
            out.append(Ticket.overdue == true())
        if self.date_from:
            out.append(Ticket.created_at >= _midnight(self.date_from))
        if self.date_to:
            out.append(Ticket.created_at < _midnight(self.date_to + timedelta(days=1)))
        if self.q:
            out.append(self._search())
        return out

    def _search(self) -> ColumnElement[bool]:
        number = NUMBER_RE.match(self.q)
        if number:
            prefix = (number.group(1) or self.ticket_prefix).upper()
            return Ticket.number == f"{prefix}-{int(number.group(2)):0{self.number_digits}d}"
        words = [w for w in self.q.split() if w][:8]
        return and_(*(Ticket.description.icontains(w, autoescape=True) for w in words))


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=UTC)


def _queue_select(scope: Scope, flt: QueueFilter) -> Select[Any]:
    return select(Ticket).where(scope.where(), *flt.conditions())


def queue_page(
    session: Session, scope: Scope, flt: QueueFilter, *, page: int, size: int
) -> tuple[Sequence[Ticket], dict[str, int], int]:
    """One page of the queue, the counts per state, and the total number of matching tickets.

    The total is the sum of the state counts the filter selects, so the tickets are counted once.

    Args:
        session: the open session.
        scope: what the staff member may see.
        flt: the filters, search and sort.
        page: 1-based page number.
        size: tickets per page.

    Returns:
        (tickets of the page, tickets per state ignoring the state filter, total matching).
    """
    counts = state_counts(session, scope, flt)
    total = sum(n for state, n in counts.items() if not flt.states or state in flt.states)
    stmt = _queue_select(scope, flt).order_by(*SORTS.get(flt.sort, SORTS["newest"]))
    tickets: Sequence[Ticket] = session.scalars(stmt.offset((page - 1) * size).limit(size)).all()
    return tickets, counts, total


def state_counts(session: Session, scope: Scope, flt: QueueFilter) -> dict[str, int]:
    """Tickets per state under the scope and every filter except the state filter."""
    stmt = (
        select(Ticket.state, func.count())
        .where(scope.where(), *flt.conditions(with_states=False))
        .group_by(Ticket.state)
    )
    return {state: int(count) for state, count in session.execute(stmt)}


EXPORT_COLUMNS = (
    Ticket.number, Ticket.created_at, Ticket.state, Ticket.category, Ticket.agency_code, Ticket.kota,
    Ticket.kecamatan, Ticket.kelurahan, Ticket.place_text, Ticket.channel, Identity.platform_user_id,
    Identity.phone, Ticket.supporters, Ticket.due_at, Ticket.overdue, Ticket.description,
)  # fmt: skip


def queue_rows(session: Session, scope: Scope, flt: QueueFilter, *, limit: int) -> Sequence[Any]:
    """The filtered list as plain rows of ``EXPORT_COLUMNS`` (for CSV export), at most ``limit`` of them."""
    stmt = (
        select(*EXPORT_COLUMNS)
        .join(Identity, Identity.id == Ticket.identity_id)
        .where(scope.where(), *flt.conditions())
        .order_by(*SORTS.get(flt.sort, SORTS["newest"]))
        .limit(limit)
    )
    return session.connection().execute(stmt).all()


def scoped_ticket(session: Session, scope: Scope, number: str) -> Ticket | None:
    """The ticket with that number if the scope covers it, else None (the console answers 404)."""
    stmt = select(Ticket).where(Ticket.number == number.strip().upper()[:30], scope.where())
    return session.scalars(stmt).first()


def claim_ticket(session: Session, ticket_id: int, *, version: int, state: str) -> bool:
    """Bumps the ticket's version if still at ``version`` and ``state``; False when someone got there first.

    The UPDATE takes the row's write lock (PostgreSQL) or the database's (SQLite, BEGIN IMMEDIATE),
    so of two staff acting on the same view exactly one claim succeeds.
    """
    result = session.execute(
        update(Ticket)
        .where(Ticket.id == ticket_id, Ticket.version == version, Ticket.state == state)
        .values(version=Ticket.version + 1)
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount == 1)  # type: ignore[attr-defined]


def coordinated_tickets(session: Session, agency_code: str) -> tuple[int, ...]:
    """Ids of the tickets handed to an agency for coordination (few: coordination is the exception)."""
    stmt = (
        select(TicketAgency.ticket_id)
        .where(TicketAgency.agency_code == agency_code)
        .order_by(TicketAgency.id)
    )
    return tuple(session.scalars(stmt))


def coordinating_agencies(session: Session, ticket_id: int) -> list[str]:
    """Agencies a ticket was handed to for coordination, in the order they joined."""
    stmt = (
        select(TicketAgency.agency_code).where(TicketAgency.ticket_id == ticket_id).order_by(TicketAgency.id)
    )
    return list(session.scalars(stmt))


def coordination_parts(session: Session, ticket_id: int) -> Sequence[TicketAgency]:
    """The agencies a ticket was handed to for coordination, with whether each reported its part done."""
    return session.scalars(
        select(TicketAgency).where(TicketAgency.ticket_id == ticket_id).order_by(TicketAgency.id)
    ).all()


def coordination_part(session: Session, ticket_id: int, agency_code: str) -> TicketAgency | None:
    """The agency's part in a ticket's coordination, or None when the ticket was not handed to it."""
    stmt = select(TicketAgency).where(
        TicketAgency.ticket_id == ticket_id, TicketAgency.agency_code == agency_code
    )
    return session.scalars(stmt).first()


def add_coordinating_agency(session: Session, ticket_id: int, agency_code: str) -> bool:
    """Hands a ticket to another agency as well; False when it already had it."""
    if agency_code in coordinating_agencies(session, ticket_id):
        return False
    session.add(TicketAgency(ticket_id=ticket_id, agency_code=agency_code))
    session.flush()
    return True


def transcript(
    session: Session, ticket: Ticket, *, lead: timedelta = timedelta(hours=6)
) -> list[Message | Outbox]:
    """The conversation behind a ticket, oldest first: the citizen's messages and the bot's answers.

    The messages linked to the ticket, plus the identity's unlinked messages of the ``lead`` before
    it opened (the questions that led to it); the Outbox rows about the ticket or answering those.
    """
    since = ticket.created_at - lead
    inbound = session.scalars(
        select(Message)
        .where(
            Message.identity_id == ticket.identity_id,
            or_(
                Message.ticket_id == ticket.id,
                and_(
                    Message.ticket_id.is_(None),
                    Message.received_at >= since,
                    Message.received_at <= ticket.created_at,
                ),
            ),
        )
        .order_by(Message.received_at, Message.id)
        .limit(500)
    ).all()
    outbound = session.scalars(
        select(Outbox)
        .where(
            or_(
                Outbox.ticket_id == ticket.id,
                and_(
                    Outbox.identity_id == ticket.identity_id,
                    Outbox.ticket_id.is_(None),
                    Outbox.created_at >= since,
                    Outbox.created_at <= ticket.created_at + timedelta(minutes=1),
                ),
            ),
        )
        .order_by(Outbox.created_at, Outbox.id)
        .limit(500)
    ).all()
    merged: list[Message | Outbox] = [*inbound, *outbound]
    merged.sort(key=lambda row: row.received_at if isinstance(row, Message) else row.created_at)
    return merged


def events_of(session: Session, ticket_id: int) -> Sequence[TicketEvent]:
    """The ticket's events, oldest first."""
    return session.scalars(
        select(TicketEvent).where(TicketEvent.ticket_id == ticket_id).order_by(TicketEvent.id)
    ).all()


# --- sign-in --------------------------------------------------------------------------------------


def staff_by_username(session: Session, username: str, *, active_only: bool = True) -> Staff | None:
    """The staff account with that username (case-insensitive; only an active one unless told), or None."""
    stmt = select(Staff).where(func.lower(Staff.username) == username.strip().lower()[:80])
    if active_only:
        stmt = stmt.where(Staff.active == true())
    return session.scalars(stmt).first()


def failed_signins(session: Session, *, username: str, address: str, since: datetime) -> tuple[int, int]:
    """Failed sign-ins since ``since``: (for this username, from this address)."""
    by_user = session.scalar(
        select(func.count())
        .select_from(SigninAttempt)
        .where(SigninAttempt.username == username.strip().lower()[:80], SigninAttempt.at >= since)
    )
    by_address = session.scalar(
        select(func.count())
        .select_from(SigninAttempt)
        .where(SigninAttempt.address == address[:64], SigninAttempt.at >= since)
    )
    return int(by_user or 0), int(by_address or 0)


def record_failed_signin(
    session: Session, *, username: str, address: str, at: datetime | None = None
) -> None:
    """Counts one failed sign-in for the username (whether or not it exists) and the address."""
    session.add(
        SigninAttempt(username=username.strip().lower()[:80], address=address[:64], at=at or utcnow())
    )


def clear_failed_signins(session: Session, *, username: str, before: datetime) -> None:
    """Forgets a username's failures after a successful sign-in, and everyone's older than ``before``."""
    session.execute(
        delete(SigninAttempt).where(
            or_(SigninAttempt.username == username.strip().lower()[:80], SigninAttempt.at < before)
        )
    )


def open_session(
    session: Session, staff: Staff, *, token_hash: str, address: str, expires_at: datetime
) -> StaffSession:
    """Records a new signed-in session."""
    row = StaffSession(token_hash=token_hash, staff_id=staff.id, address=address[:64], expires_at=expires_at)
    session.add(row)
    session.flush()
    return row


def live_session(session: Session, token_hash: str, *, now: datetime) -> StaffSession | None:
    """The unexpired session of an active staff member with that token hash, or None."""
    stmt = (
        select(StaffSession)
        .join(Staff, Staff.id == StaffSession.staff_id)
        .where(StaffSession.token_hash == token_hash, StaffSession.expires_at > now, Staff.active == true())
    )
    return session.scalars(stmt).first()


def close_sessions(session: Session, *, staff_id: int, except_id: int | None = None) -> None:
    """Ends a staff member's sessions (all, or all but one: after a password change)."""
    stmt = delete(StaffSession).where(StaffSession.staff_id == staff_id)
    if except_id is not None:
        stmt = stmt.where(StaffSession.id != except_id)
    session.execute(stmt)


def close_session(session: Session, session_id: int) -> None:
    """Ends one session (sign-out)."""
    session.execute(delete(StaffSession).where(StaffSession.id == session_id))


# --- dashboard ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AgencyFigures:
    """One agency's figures for tickets created in a period (hours; None when no ticket got that far)."""

    agency: str | None
    tickets: int
    responded: int
    resolved: int
    breached: int
    first_response_median: float | None
    first_response_p90: float | None
    resolution_median: float | None
    resolution_p90: float | None

    @property
    def sla_compliance(self) -> float | None:
        """Share of the tickets never overdue, 0..1."""
        return None if not self.tickets else (self.tickets - self.breached) / self.tickets


def percentile(values: list[float], share: float) -> float | None:
    """The ``share`` percentile (0..1) by linear interpolation, as PostgreSQL's percentile_cont."""
    if not values:
        return None
    ordered = sorted(values)
    rank = share * (len(ordered) - 1)
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return round(ordered[low] + (ordered[high] - ordered[low]) * (rank - low), 2)


@dataclass(frozen=True)
class Dashboard:
    """What the dashboard shows for a period: reports per day, category, channel, kota and kelurahan
    (most first; days oldest first), and the figures of each agency."""

    per_day: list[tuple[str, int]]
    per_category: list[tuple[str, int]]
    per_channel: list[tuple[str, int]]
    per_kota: list[tuple[str | None, int]]
    per_kelurahan: dict[str, int]
    agencies: list[AgencyFigures]


def dashboard(session: Session, scope: Scope, *, since: datetime, portable: bool = False) -> Dashboard:
    """The dashboard's figures for tickets created since ``since``, aggregated by the database.

    Counts are grouped in SQL; medians and p90 are ``percentile_cont`` on PostgreSQL and window
    functions elsewhere (``portable=True`` forces that path, so a test can compare both). First
    response is the first staff action; resolution is reaching ``selesai``. A ticket breached its
    SLA when the overdue job ever marked it (an ``sla_overdue`` event) or it is overdue now.
    """
    where = (scope.where(), Ticket.created_at >= since)
    dialect = session.get_bind().dialect.name
    day = (
        func.date(func.timezone(literal_column("'UTC'"), Ticket.created_at))  # grouped: no bound parameter
        if dialect == "postgresql"
        else func.date(Ticket.created_at)
    )

    native = dialect == "postgresql" and not portable
    days: Counter[str] = Counter()
    mixed: dict[str, Counter[Any]] = {"category": Counter(), "channel": Counter(), "kota": Counter()}
    kelurahan: Counter[str] = Counter()
    for set_id, d, category, channel, kota, kel, n in _counts(session, where, day, native=native):
        if set_id == 0:
            days[str(d)[:10]] += n
        elif set_id == 1:
            mixed["category"][category] += n
            mixed["channel"][channel] += n
            mixed["kota"][kota] += n
        elif kel:
            kelurahan[kel] += n
    return Dashboard(
        per_day=sorted(days.items()),
        per_category=_most(mixed["category"]),
        per_channel=_most(mixed["channel"]),
        per_kota=_most(mixed["kota"]),
        per_kelurahan=dict(kelurahan),
        agencies=_agency_figures(session, where, since=since, native=native),
    )


def _counts(
    session: Session, where: tuple[ColumnElement[bool], ...], day: Any, *, native: bool
) -> list[tuple[int, Any, Any, Any, Any, Any, int]]:
    """Tickets per day, per (category, channel, kota) and per kelurahan, as rows of
    (set, day, category, channel, kota, kelurahan, count): one scan with GROUPING SETS on PostgreSQL,
    one query per set elsewhere."""
    sets = ((day,), (Ticket.category, Ticket.channel, Ticket.kota), (Ticket.kelurahan,))
    columns = (day, Ticket.category, Ticket.channel, Ticket.kota, Ticket.kelurahan)
    if native:
        which = case((func.grouping(day) == 0, 0), (func.grouping(Ticket.kelurahan) == 0, 2), else_=1)
        stmt = select(which, *columns, func.count()).where(*where)
        stmt = stmt.group_by(func.grouping_sets(*(tuple_(*group) for group in sets)))
        return [(int(w), d, c, ch, k, kel, int(n)) for w, d, c, ch, k, kel, n in session.execute(stmt)]
    rows: list[tuple[int, Any, Any, Any, Any, Any, int]] = []
    for set_id, group in enumerate(sets):
        picked = [col if any(col is g for g in group) else null() for col in columns]
        stmt = select(*picked, func.count()).where(*where).group_by(*group)
        rows += [(set_id, d, c, ch, k, kel, int(n)) for d, c, ch, k, kel, n in session.execute(stmt)]
    return rows


def _most(counts: Counter[Any]) -> list[tuple[Any, int]]:
    """Most first; ties in code order (None last), so the page does not reshuffle between loads."""
    return sorted(
        ((k, int(n)) for k, n in counts.items()), key=lambda kn: (-kn[1], kn[0] is None, kn[0] or "")
    )


def _hours(dialect: str, later: Any, earlier: Any) -> Any:
    if dialect == "postgresql":
        return func.extract("epoch", later - earlier) / 3600.0
    return (func.julianday(later) - func.julianday(earlier)) * 24.0


SHARES = (0.5, 0.9)


def _agency_figures(
    session: Session, where: tuple[ColumnElement[bool], ...], *, since: datetime, native: bool
) -> list[AgencyFigures]:
    """Per agency: counts in one grouped query, percentiles by ``percentile_cont`` or window functions."""
    dialect = session.get_bind().dialect.name
    first = _hours(dialect, Ticket.first_response_at, Ticket.created_at)
    done = case((Ticket.state == "selesai", _hours(dialect, Ticket.resolved_at, Ticket.created_at)))
    marked = select(TicketEvent.ticket_id).where(TicketEvent.kind == "sla_overdue", TicketEvent.at >= since)
    breached = case((or_(Ticket.overdue == true(), Ticket.id.in_(marked)), 1), else_=0)
    columns: list[Any] = [
        Ticket.agency_code,
        func.count(),
        func.count(first),
        func.count(done),
        func.sum(breached),
    ]
    if native:
        columns += [func.percentile_cont(s).within_group(value) for value in (first, done) for s in SHARES]
    rows = session.execute(select(*columns).where(*where).group_by(Ticket.agency_code)).all()
    if native:
        spread = {row[0]: [None if v is None else round(float(v), 2) for v in row[5:]] for row in rows}
    else:
        spread = _window_percentiles(session, where, first, done)
    out = []
    for agency, tickets, responded, resolved, breaches, *_ in rows:
        p = spread.get(agency) or [None] * 4
        out.append(
            AgencyFigures(
                agency=agency,
                tickets=int(tickets),
                responded=int(responded),
                resolved=int(resolved),
                breached=int(breaches or 0),
                first_response_median=p[0],
                first_response_p90=p[1],
                resolution_median=p[2],
                resolution_p90=p[3],
            )  # fmt: skip
        )
    return sorted(out, key=lambda f: f.agency or "")


def _window_percentiles(
    session: Session, where: tuple[ColumnElement[bool], ...], *values: Any
) -> dict[str | None, list[float | None]]:
    """percentile_cont in portable SQL: each value's rank within its agency, and only the ranks the
    interpolation needs (at most two per share) leave the database."""
    out: dict[str | None, list[float | None]] = {}
    for index, value in enumerate(values):
        ranked = (
            select(
                Ticket.agency_code.label("agency"),
                value.label("v"),
                (func.row_number().over(partition_by=Ticket.agency_code, order_by=value) - 1).label("rn"),
                func.count().over(partition_by=Ticket.agency_code).label("n"),
            )
            .where(*where, value.is_not(None))
            .subquery()
        )
        near = or_(
            *(
                and_(ranked.c.rn > (ranked.c.n - 1) * s - 1.5, ranked.c.rn < (ranked.c.n - 1) * s + 1.5)
                for s in SHARES
            )
        )
        found: dict[str | None, dict[int, float]] = {}
        sizes: dict[str | None, int] = {}
        for agency, v, rn, n in session.execute(select(ranked).where(near)):
            found.setdefault(agency, {})[int(rn)] = float(v)
            sizes[agency] = int(n)
        for agency, by_rank in found.items():
            slots = out.setdefault(agency, [None] * (2 * len(values)))
            for j, share in enumerate(SHARES):
                slots[index * len(SHARES) + j] = _interpolate(by_rank, sizes[agency], share)
    return out


def _interpolate(by_rank: dict[int, float], n: int, share: float) -> float:
    rank = share * (n - 1)
    low = int(rank)
    high = min(low + 1, n - 1)
    return round(by_rank[low] + (by_rank[high] - by_rank[low]) * (rank - low), 2)


def overdue_list(session: Session, scope: Scope, *, now: datetime, limit: int = 50) -> Sequence[Ticket]:
    """Open tickets past their due time, most overdue first."""
    stmt = (
        select(Ticket)
        .where(scope.where(), Ticket.state.in_(OPEN_STATES), Ticket.due_at < now)
        .order_by(Ticket.due_at)
        .limit(limit)
    )
    return session.scalars(stmt).all()


OPEN_STATES = ("menunggu", "diverifikasi", "disposisi", "koordinasi", "proses")


# --- dead letters and staff notifications ------------------------------------------------------------


def dead_letters(
    session: Session, scope: Scope, *, limit: int = 200
) -> Sequence[tuple[Outbox, Ticket | None]]:
    """Undeliverable Outbox rows, newest first, with their ticket (ticketless ones: unscoped staff only)."""
    stmt = (
        select(Outbox, Ticket)
        .outerjoin(Ticket, Ticket.id == Outbox.ticket_id)
        .where(Outbox.status == "dead")
        .order_by(Outbox.id.desc())
        .limit(limit)
    )
    if not scope.everything:
        stmt = stmt.where(Outbox.ticket_id.is_not(None), scope.where())
    return [(row[0], row[1]) for row in session.execute(stmt)]


def retry_dead_letter(session: Session, outbox_id: int, *, now: datetime) -> bool:
    """Puts a dead Outbox row back in line for delivery; False when it is not dead (any more)."""
    result = session.execute(
        update(Outbox)
        .where(Outbox.id == outbox_id, Outbox.status == "dead")
        .values(status="pending", attempts=0, next_attempt_at=now, last_error=None)
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount == 1)  # type: ignore[attr-defined]


def unread_notifications(session: Session, staff_id: int) -> int:
    """How many console notifications the staff member has not seen."""
    stmt = (
        select(func.count())
        .select_from(StaffNotification)
        .where(StaffNotification.staff_id == staff_id, StaffNotification.read_at.is_(None))
    )
    return int(session.scalar(stmt) or 0)


def notifications(
    session: Session, staff_id: int, *, limit: int = 100
) -> Sequence[tuple[StaffNotification, Ticket | None]]:
    """The staff member's notifications, newest first, with their tickets."""
    stmt = (
        select(StaffNotification, Ticket)
        .outerjoin(Ticket, Ticket.id == StaffNotification.ticket_id)
        .where(StaffNotification.staff_id == staff_id)
        .order_by(StaffNotification.id.desc())
        .limit(limit)
    )
    return [(row[0], row[1]) for row in session.execute(stmt)]


def mark_notifications_read(session: Session, staff_id: int, *, now: datetime) -> None:
    """Marks all of the staff member's notifications read."""
    session.execute(
        update(StaffNotification)
        .where(StaffNotification.staff_id == staff_id, StaffNotification.read_at.is_(None))
        .values(read_at=now)
    )


# --- staff account events -------------------------------------------------------------------------

STAFF_FIELDS = ("role", "agency_code", "area_kode", "active")


def staff_fields(member: Staff) -> dict[str, Any]:
    """What ``staff_changes`` compares: role, scope and whether the account is active."""
    return {name: getattr(member, name) for name in STAFF_FIELDS}


def staff_changes(
    before: dict[str, Any] | None, after: dict[str, Any], *, password_set: bool
) -> list[tuple[str, str | None]]:
    """The events one save of an account makes: (kind, note), never a password.

    Args:
        before: ``staff_fields`` of the account before the save, or None when it is new.
        after: ``staff_fields`` after it.
        password_set: whether the save set a password.

    Returns:
        ``created`` (with role and scope) for a new account; else ``role_changed``, ``scope_changed``,
        ``disabled``/``enabled`` and ``password_reset`` as they apply, in that order.
    """
    if before is None:
        return [("created", f"{after['role']} · {_scope_text(after)}")]
    out: list[tuple[str, str | None]] = []
    if before["role"] != after["role"]:
        out.append(("role_changed", f"{before['role']} → {after['role']}"))
    if _scope_text(before) != _scope_text(after):
        out.append(("scope_changed", f"{_scope_text(before)} → {_scope_text(after)}"))
    if before["active"] != after["active"]:
        out.append(("enabled" if after["active"] else "disabled", None))
    if password_set:
        out.append(("password_reset", None))
    return out


def _scope_text(fields: dict[str, Any]) -> str:
    return f"{fields['agency_code'] or '-'}/{fields['area_kode'] or '-'}"


def add_staff_event(
    session: Session, staff_id: int, *, actor: str, kind: str, note: str | None = None
) -> None:
    """Records one change to a staff account (who did it is ``actor``)."""
    session.add(StaffEvent(staff_id=staff_id, actor=actor[:100], kind=kind, note=note, at=utcnow()))


def staff_events(session: Session, *, limit: int = 200) -> Sequence[tuple[StaffEvent, str]]:
    """The latest account events, newest first, with the account's username."""
    stmt = (
        select(StaffEvent, Staff.username)
        .join(Staff, Staff.id == StaffEvent.staff_id)
        .order_by(StaffEvent.id.desc())
        .limit(limit)
    )
    return [(row[0], row[1]) for row in session.execute(stmt)]
