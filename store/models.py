"""Aduan's tables, as typed SQLAlchemy 2.0 models. Business rules live in ``router/``, not here."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, TypedDict

from sqlalchemy import (
    JSON,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(UTC)


class TicketState(StrEnum):
    """A ticket's states: the one list every package reads (the Indonesian names are what citizens see)."""

    MENUNGGU = "menunggu"  # received, waiting for verification
    DIVERIFIKASI = "diverifikasi"  # verified by the kelurahan
    DISPOSISI = "disposisi"  # assigned to the responsible unit
    KOORDINASI = "koordinasi"  # handed between agencies
    PROSES = "proses"  # being worked on
    SELESAI = "selesai"  # fixed
    DITOLAK = "ditolak"  # not a valid report (reason required)
    DUPLIKAT = "duplikat"  # same problem as another ticket (which one is required)
    DIBATALKAN = "dibatalkan"  # cancelled by the citizen


OPEN_STATES = (TicketState.MENUNGGU, TicketState.DIVERIFIKASI, TicketState.DISPOSISI, TicketState.KOORDINASI,
               TicketState.PROSES)  # fmt: skip
CLOSED_STATES = tuple(s for s in TicketState if s not in OPEN_STATES)


class TicketKind(StrEnum):
    """What a ticket asks of staff: a problem to fix, or a question to answer."""

    REPORT = "report"
    QUESTION = "question"  # an information request ("kapan bansos KJP cair?"), answered by staff's reply


class StaffRole(StrEnum):
    """What a staff account may do in the console, widest first."""

    ADMIN = "admin"
    SUPERVISOR = "supervisor"
    OFFICER = "officer"
    VIEWER = "viewer"


class Button(TypedDict):
    label: str
    value: str  # a command the dialogue reads without the NLU: "/ya", "/kategori sampah"


class OutboxPayload(TypedDict, total=False):
    """What an Outbox row carries (``Outbox.payload``); ``bots.base.Reply.from_payload`` reads these keys."""

    text: str
    buttons: list[Button]
    request_location: bool
    template: dict[str, Any]  # {"name", "params"}: the approved template to send outside a messaging window


def new_public_token() -> str:
    """An unguessable token for a ticket's public page (192 random bits, URL-safe)."""
    return secrets.token_urlsafe(24)


class UtcDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on both SQLite (which stores naive text) and PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UtcDateTime, dict[str, Any]: JSON, list[Any]: JSON}


class Citizen(Base):
    __tablename__ = "citizens"

    id: Mapped[int] = mapped_column(primary_key=True)
    phone: Mapped[str | None] = mapped_column(String(32), index=True)
    language: Mapped[str] = mapped_column(String(2), default="id")
    flagged: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # The citizen said "berhenti"/"stop" to a survey: no survey is ever sent to them again.
    surveys_stopped_at: Mapped[datetime | None]

    identities: Mapped[list[Identity]] = relationship(back_populates="citizen")

    def __repr__(self) -> str:
        return f"Citizen(id={self.id!r})"


class Identity(Base):
    """One account of a citizen on one channel."""

    __tablename__ = "identities"
    __table_args__ = (UniqueConstraint("channel", "platform_user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    citizen_id: Mapped[int] = mapped_column(ForeignKey("citizens.id"), index=True)
    channel: Mapped[str] = mapped_column(String(20))
    platform_user_id: Mapped[str] = mapped_column(String(100))
    display_name: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(32))
    unreachable: Mapped[bool] = mapped_column(default=False)
    last_inbound_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    citizen: Mapped[Citizen] = relationship(back_populates="identities")
    conversation: Mapped[Conversation | None] = relationship(back_populates="identity")

    def __repr__(self) -> str:
        return f"Identity({self.channel}:{self.platform_user_id})"


class Conversation(Base):
    """Where the dialogue with one identity stands: its state and the slots filled so far."""

    __tablename__ = "conversations"

    id: Mapped[int] = mapped_column(primary_key=True)
    identity_id: Mapped[int] = mapped_column(ForeignKey("identities.id"), unique=True)
    state: Mapped[str] = mapped_column(String(30), default="idle")
    slots: Mapped[dict[str, Any]] = mapped_column(default=dict)
    language: Mapped[str] = mapped_column(String(2), default="id")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    reminded_at: Mapped[datetime | None]

    identity: Mapped[Identity] = relationship(back_populates="conversation")

    def __repr__(self) -> str:
        return f"Conversation(id={self.id!r}, state={self.state!r})"


class Message(Base):
    """A message in or out, with what the NLU read in it."""

    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("channel", "platform_message_id"),
        Index("ix_messages_unprocessed", "direction", "processed_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    direction: Mapped[str] = mapped_column(String(3))  # "in" | "out"
    channel: Mapped[str] = mapped_column(String(20))
    platform_message_id: Mapped[str | None] = mapped_column(String(255))  # Instagram mids run past 100
    identity_id: Mapped[int] = mapped_column(ForeignKey("identities.id"), index=True)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"), index=True)
    text: Mapped[str] = mapped_column(Text, default="")
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    media: Mapped[list[Any]] = mapped_column(default=list)
    intent: Mapped[str | None] = mapped_column(String(50))
    category: Mapped[str | None] = mapped_column(String(30))
    confidence: Mapped[float | None] = mapped_column(Float)
    # The NLU's best report categories, best first: [{"category", "confidence"}, ...3] (None: not read).
    ranking: Mapped[list[Any] | None] = mapped_column(JSON(none_as_null=True))
    entities: Mapped[list[Any]] = mapped_column(default=list)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    processed_at: Mapped[datetime | None]
    attempts: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    identity: Mapped[Identity] = relationship()

    def __repr__(self) -> str:
        return f"Message(id={self.id!r}, {self.direction} {self.channel})"


class Agency(Base):
    __tablename__ = "agencies"

    code: Mapped[str] = mapped_column(String(30), primary_key=True)
    nama: Mapped[str] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(20), default="provinsi")

    def __repr__(self) -> str:
        return f"Agency({self.code!r})"


class Area(Base):
    """An administrative unit from the gazetteer (provinsi, kota/kabupaten, kecamatan, kelurahan)."""

    __tablename__ = "areas"

    kode: Mapped[str] = mapped_column(String(20), primary_key=True)
    nama: Mapped[str] = mapped_column(String(100))
    level: Mapped[str] = mapped_column(String(20))
    parent_kode: Mapped[str | None] = mapped_column(String(20), index=True)
    lat: Mapped[float | None] = mapped_column(Float)
    lng: Mapped[float | None] = mapped_column(Float)

    def __repr__(self) -> str:
        return f"Area({self.kode!r}, {self.nama!r})"


class Ticket(Base):
    __tablename__ = "tickets"
    __table_args__ = (
        Index("ix_tickets_dup", "category", "kelurahan", "state"),
        Index("ix_tickets_agency_created", "agency_code", "created_at"),  # an agency's queue and dashboard
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(30), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default="report", server_default="report")  # TicketKind
    category: Mapped[str] = mapped_column(String(30))
    description: Mapped[str] = mapped_column(Text, default="")
    kelurahan: Mapped[str | None] = mapped_column(String(20))
    kecamatan: Mapped[str | None] = mapped_column(String(20))
    kota: Mapped[str | None] = mapped_column(String(20))
    place_text: Mapped[str | None] = mapped_column(String(500))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    media: Mapped[list[Any]] = mapped_column(default=list)
    agency_code: Mapped[str | None] = mapped_column(ForeignKey("agencies.code"), index=True)
    state: Mapped[str] = mapped_column(String(20), index=True)
    citizen_id: Mapped[int] = mapped_column(ForeignKey("citizens.id"), index=True)
    identity_id: Mapped[int] = mapped_column(ForeignKey("identities.id"))
    channel: Mapped[str] = mapped_column(String(20))
    language: Mapped[str] = mapped_column(String(2), default="id")
    supporters: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    due_at: Mapped[datetime | None] = mapped_column(index=True)
    first_response_at: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None]
    overdue: Mapped[bool] = mapped_column(default=False)
    # Bumped by every staff action: two staff acting on what they saw, the second is told (optimistic check).
    version: Mapped[int] = mapped_column(default=0, server_default="0")
    # The public page's link; None once revoked (a new token can be issued).
    public_token: Mapped[str | None] = mapped_column(String(64), unique=True, default=new_public_token)

    identity: Mapped[Identity] = relationship()
    agency: Mapped[Agency | None] = relationship()
    events: Mapped[list[TicketEvent]] = relationship(back_populates="ticket", order_by="TicketEvent.id")
    followers: Mapped[list[TicketFollower]] = relationship(
        back_populates="ticket", order_by="TicketFollower.id"
    )

    def __repr__(self) -> str:
        return f"Ticket({self.number!r}, {self.state!r})"


class TicketFollower(Base):
    """A citizen who reported the same problem and chose to follow an existing ticket instead of a new one."""

    __tablename__ = "ticket_followers"
    __table_args__ = (UniqueConstraint("ticket_id", "identity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), index=True)
    identity_id: Mapped[int] = mapped_column(ForeignKey("identities.id"), index=True)
    language: Mapped[str] = mapped_column(String(2), default="id")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    ticket: Mapped[Ticket] = relationship(back_populates="followers")
    identity: Mapped[Identity] = relationship()

    def __repr__(self) -> str:
        return f"TicketFollower({self.ticket_id!r}, {self.identity_id!r})"


class TicketEvent(Base):
    """One change to a ticket: who, when, from which state to which, and why."""

    __tablename__ = "ticket_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(100))  # "citizen:<id>" | "staff:<username>" | "system"
    kind: Mapped[str] = mapped_column(String(30), default="state", index=True)
    from_state: Mapped[str | None] = mapped_column(String(20))
    to_state: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)
    # The agency holding the ticket once the event happened (None on events recorded before it was kept).
    agency_code: Mapped[str | None] = mapped_column(String(30))

    ticket: Mapped[Ticket] = relationship(back_populates="events")

    def __repr__(self) -> str:
        return f"TicketEvent({self.ticket_id!r}, {self.from_state}->{self.to_state})"


class Outbox(Base):
    """A message waiting to be, or already, sent to a citizen."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_due", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(20))
    recipient_id: Mapped[str] = mapped_column(String(100))
    identity_id: Mapped[int | None] = mapped_column(ForeignKey("identities.id"), index=True)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30), default="reply")
    payload: Mapped[dict[str, Any]] = mapped_column()
    status: Mapped[str] = mapped_column(String(10), default="pending")  # pending|sending|sent|failed|dead
    attempts: Mapped[int] = mapped_column(default=0)  # counted when a send begins
    interrupted: Mapped[int] = mapped_column(default=0, server_default="0")  # sends whose outcome a crash hid
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    idempotency_key: Mapped[str] = mapped_column(String(100), unique=True)
    last_error: Mapped[str | None] = mapped_column(Text)
    platform_message_id: Mapped[str | None] = mapped_column(String(255), index=True)
    delivery_status: Mapped[str | None] = mapped_column(String(20))  # delivered/read as the platform reports
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]

    def __repr__(self) -> str:
        return f"Outbox(id={self.id!r}, {self.channel}, {self.status})"


class Staff(Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    password_hash: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(20))  # admin | supervisor | officer | viewer
    agency_code: Mapped[str | None] = mapped_column(ForeignKey("agencies.code"))
    area_kode: Mapped[str | None] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(default=True)
    # May label messages for the NLU although the role alone does not allow it (``retrain.labeller_roles``).
    labeller: Mapped[bool] = mapped_column(default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    password_changed_at: Mapped[datetime | None]

    def __repr__(self) -> str:
        return f"Staff({self.username!r}, {self.role!r})"


class StaffSession(Base):
    """A signed-in console session: the browser holds a random token, the database only its SHA-256."""

    __tablename__ = "staff_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    address: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]

    staff: Mapped[Staff] = relationship()

    def __repr__(self) -> str:
        return f"StaffSession(id={self.id!r}, staff={self.staff_id!r})"


class SigninAttempt(Base):
    """A failed console sign-in, counted per username and per address to rate-limit guessing."""

    __tablename__ = "signin_attempts"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), index=True)
    address: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class TicketAgency(Base):
    """Another agency a ticket was handed to for coordination: its staff see and work the ticket too."""

    __tablename__ = "ticket_agencies"
    __table_args__ = (UniqueConstraint("ticket_id", "agency_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), index=True)
    agency_code: Mapped[str] = mapped_column(ForeignKey("agencies.code"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # When the coordinating agency reported its part done, and who did (None while it works on it).
    done_at: Mapped[datetime | None]
    done_by: Mapped[str | None] = mapped_column(String(100))


class StaffEvent(Base):
    """A change to a staff account: created, disabled, enabled, role or scope changed, password set.

    ``actor`` is who did it (``staff:<username>``, or ``cli`` for ``aduan staff add``); ``note`` holds
    what changed (old → new), never a password.
    """

    __tablename__ = "staff_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(30))
    note: Mapped[str | None] = mapped_column(Text)

    staff: Mapped[Staff] = relationship()

    def __repr__(self) -> str:
        return f"StaffEvent({self.staff_id!r}, {self.kind!r})"


class StaffNotification(Base):
    """Something a staff member should see in the console (e.g. an overdue ticket of their agency)."""

    __tablename__ = "staff_notifications"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"))
    kind: Mapped[str] = mapped_column(String(30))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    read_at: Mapped[datetime | None]

    def __repr__(self) -> str:
        return f"StaffNotification({self.staff_id!r}, {self.kind!r})"


class State(Base):
    """Small named values a process must remember across restarts (e.g. the last X DM polled)."""

    __tablename__ = "state"

    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class LinkCode(Base):
    """A short code a citizen takes from one channel to another to link both identities."""

    __tablename__ = "link_codes"

    code: Mapped[str] = mapped_column(String(12), primary_key=True)
    citizen_id: Mapped[int] = mapped_column(ForeignKey("citizens.id"))
    expires_at: Mapped[datetime]


class Counter(Base):
    """Named counters incremented atomically (ticket numbers)."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(30), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class ApiKey(Base):
    """A key another system uses to open tickets through Open311 (only its SHA-256 is stored)."""

    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), index=True)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None]

    def __repr__(self) -> str:
        return f"ApiKey({self.name!r})"


class SurveyKind(StrEnum):
    """Why a citizen was surveyed: their ticket was resolved, or a periodic campaign invited them."""

    RESOLVED = "resolved"
    CAMPAIGN = "campaign"


class SurveyStatus(StrEnum):
    """Where one survey stands; ``open`` ones take answers until ``expires_at``."""

    OPEN = "open"
    DONE = "done"  # every question and the comment were answered or passed
    SKIPPED = "skipped"  # the citizen passed the rest (or opted out); answers given so far still count
    NOT_FIXED = "not_fixed"  # "Belum": the problem is not fixed, so the service is not rated


class SurveyResponse(Base):
    """One survey put to one identity (Survei Kepuasan Masyarakat): its progress, its comment, its answers.

    ``step`` is what the next answer is for: ``fixed`` (is it really fixed?), ``invite`` (a campaign's
    "will you answer?"), an element code, or ``comment``. ``key`` makes each survey unique: one per
    resolution event and identity, one per campaign period and citizen.
    """

    __tablename__ = "survey_responses"
    __table_args__ = (Index("ix_survey_responses_open", "identity_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(20))  # SurveyKind
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), index=True)
    identity_id: Mapped[int] = mapped_column(ForeignKey("identities.id"))
    citizen_id: Mapped[int] = mapped_column(ForeignKey("citizens.id"), index=True)
    agency_code: Mapped[str | None] = mapped_column(String(30), index=True)  # the agency being rated
    language: Mapped[str] = mapped_column(String(2), default="id")
    period: Mapped[str | None] = mapped_column(String(10))  # a campaign's period, e.g. "2026-Q3"
    counted_at: Mapped[datetime] = mapped_column(index=True)  # places it in an IKM period
    status: Mapped[str] = mapped_column(String(20), default=SurveyStatus.OPEN)
    step: Mapped[str] = mapped_column(String(40))
    comment: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    answered_at: Mapped[datetime | None]

    ticket: Mapped[Ticket] = relationship()
    identity: Mapped[Identity] = relationship()
    answers: Mapped[list[SurveyAnswer]] = relationship(back_populates="response", order_by="SurveyAnswer.id")

    def __repr__(self) -> str:
        return f"SurveyResponse(id={self.id!r}, {self.kind}, {self.status}, step={self.step!r})"


class SurveyAnswer(Base):
    """One element's score (1-4, PermenPANRB 14/2017) in one survey; a second answer is not stored."""

    __tablename__ = "survey_answers"
    __table_args__ = (UniqueConstraint("response_id", "element"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(ForeignKey("survey_responses.id"), index=True)
    element: Mapped[str] = mapped_column(String(40))
    score: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    response: Mapped[SurveyResponse] = relationship(back_populates="answers")

    def __repr__(self) -> str:
        return f"SurveyAnswer({self.response_id!r}, {self.element!r}, {self.score!r})"


class LabelSource(StrEnum):
    """Where a label came from."""

    CONSOLE = "console"  # a labeller in the console's labelling queue
    CSV = "csv"  # ``aduan nlu label --csv``
    CORRECTION = "correction"  # staff changed a ticket's category (a TicketEvent of kind "correction")


class Label(Base):
    """What a message should have been read as: the intent, and the place's words as a span of the text.

    ``text`` is the message's text as labelled (a CSV row may carry a text that was never a message).
    A label is never deleted: undoing it sets ``undone_at``. ``holdback`` labels are kept out of training
    and measure the candidate instead.
    """

    __tablename__ = "labels"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    intent: Mapped[str] = mapped_column(String(50))
    place_start: Mapped[int | None]
    place_end: Mapped[int | None]
    source: Mapped[str] = mapped_column(String(20))  # LabelSource
    labelled_by: Mapped[str] = mapped_column(String(100))  # "staff:<username>" or the importer's name
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    holdback: Mapped[bool] = mapped_column(default=False)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("ticket_events.id"), unique=True)
    undone_at: Mapped[datetime | None]
    undone_by: Mapped[str | None] = mapped_column(String(100))

    @property
    def place(self) -> str | None:
        if self.place_start is None or self.place_end is None:
            return None
        return self.text[self.place_start : self.place_end]

    def __repr__(self) -> str:
        return f"Label(id={self.id!r}, {self.intent!r}, {self.source})"


class ModelState(StrEnum):
    CANDIDATE = "candidate"  # trained and measured, not serving
    SERVING = "serving"  # the one model that answers citizens
    RETIRED = "retired"  # served once; ``aduan nlu rollback`` may bring it back
    REFUSED = "refused"  # measured worse than the serving one by more than the margin


class ModelVersion(Base):
    """One trained NLU model: its archive, what it was trained on, how it measured, who promoted it."""

    __tablename__ = "model_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[str] = mapped_column(String(40), unique=True)
    path: Mapped[str] = mapped_column(String(500))
    fingerprint: Mapped[str] = mapped_column(String(64))
    labels: Mapped[int] = mapped_column(default=0)  # staff labels it was trained on
    figures: Mapped[dict[str, Any]] = mapped_column(default=dict)
    state: Mapped[str] = mapped_column(String(20), index=True)  # ModelState
    trained_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    promoted_by: Mapped[str | None] = mapped_column(String(100))
    promoted_at: Mapped[datetime | None]
    forced: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str | None] = mapped_column(Text)

    def __repr__(self) -> str:
        return f"ModelVersion({self.version!r}, {self.state!r})"
