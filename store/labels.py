"""Labels for retraining the NLU and the registry of trained models. Functions take the session first and
never commit: the caller owns the transaction.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from store.models import (
    Label,
    LabelSource,
    Message,
    ModelState,
    ModelVersion,
    Ticket,
    TicketEvent,
    utcnow,
)

FALLBACK_INTENT = "nlu_fallback"
CATEGORY_PREFIX = "lapor_"


def is_holdback(key: str, share: float) -> bool:
    """Whether a label is held back from training: a stable hash of ``key`` below ``share`` (0..1)."""
    digest = hashlib.sha256(key.encode()).digest()
    return int.from_bytes(digest[:4], "big") / 2**32 < share


def add_label(
    session: Session,
    *,
    text: str,
    intent: str,
    by: str,
    source: LabelSource,
    holdback_share: float,
    message_id: int | None = None,
    place: tuple[int, int] | None = None,
    event_id: int | None = None,
    now: datetime | None = None,
) -> Label:
    """Records a label; an earlier active label of the same message is undone by it (the newest counts).

    The caller has validated the intent and the span (``0 <= start < end <= len(text)``).

    Returns:
        The new label, flushed.
    """
    now = now or utcnow()
    if message_id is not None:
        for old in active_labels_of(session, message_id):
            old.undone_at, old.undone_by = now, by
    key = f"m{message_id}" if message_id is not None else f"t{text.strip().lower()}"
    label = Label(
        message_id=message_id, text=text, intent=intent, source=str(source), labelled_by=by,
        place_start=place[0] if place else None, place_end=place[1] if place else None,
        holdback=is_holdback(key, holdback_share), event_id=event_id, created_at=now,
    )  # fmt: skip
    session.add(label)
    session.flush()
    return label


def active_labels_of(session: Session, message_id: int) -> Sequence[Label]:
    return session.scalars(
        select(Label).where(Label.message_id == message_id, Label.undone_at.is_(None))
    ).all()


def undo_label(session: Session, label_id: int, *, by: str, now: datetime | None = None) -> Label | None:
    """Undoes a label (kept, marked undone). Returns it, or None when there is no such active label."""
    label = session.get(Label, label_id)
    if label is None or label.undone_at is not None:
        return None
    label.undone_at, label.undone_by = now or utcnow(), by
    session.flush()
    return label


def active_labels(session: Session) -> Sequence[Label]:
    """Every label not undone, oldest first."""
    return session.scalars(select(Label).where(Label.undone_at.is_(None)).order_by(Label.id)).all()


def recent_labels(session: Session, limit: int = 50) -> Sequence[Label]:
    return session.scalars(select(Label).order_by(Label.id.desc()).limit(limit)).all()


def sync_corrections(session: Session, *, holdback_share: float) -> int:
    """Turns staff's category corrections (TicketEvents of kind ``correction``) into labels, once each.

    The label is on the message that opened the ticket, with the corrected category, by the staff member
    who corrected it, at the time of the correction.

    Returns:
        How many labels were added.
    """
    done = select(Label.event_id).where(Label.event_id.is_not(None))
    events = session.scalars(
        select(TicketEvent).where(TicketEvent.kind == "correction", TicketEvent.id.not_in(done))
    ).all()
    added = 0
    for event in events:
        category = _corrected_category(event.note)
        first = session.scalars(
            select(Message)
            .where(Message.ticket_id == event.ticket_id, Message.direction == "in", Message.text != "")
            .order_by(Message.id)
            .limit(1)
        ).first()
        if category is None or first is None:
            continue
        add_label(
            session, text=first.text, intent=CATEGORY_PREFIX + category, by=event.actor,
            source=LabelSource.CORRECTION, holdback_share=holdback_share, message_id=first.id,
            event_id=event.id, now=event.at,
        )  # fmt: skip
        added += 1
    return added


def _corrected_category(note: str | None) -> str | None:
    try:
        record = json.loads(note or "")
    except json.JSONDecodeError:
        return None
    change = record.get("category") if isinstance(record, dict) else None
    return str(change[1]) if isinstance(change, list) and len(change) == 2 and change[1] else None


# --- the labelling queue -------------------------------------------------------------------------------


@dataclass(frozen=True)
class QueueItem:
    """A logged message worth labelling, and why."""

    message: Message
    final_category: str | None
    corrected: bool
    score: float
    reasons: tuple[str, ...]


def labelling_queue(
    session: Session,
    *,
    low_confidence: float,
    channel: str | None = None,
    category: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    window: int = 2000,
    limit: int = 50,
) -> list[QueueItem]:
    """Unlabelled inbound messages, those a label teaches most first.

    A message scores for: the NLU fell back (3), a staff correction of its ticket's category (3), the NLU's
    category differing from the ticket's final one (2), and low confidence (up to 2, the lower the more).
    Only the newest ``window`` messages that match the filters are scored.

    Args:
        session: the caller's session.
        low_confidence: below this confidence a reading counts as unsure.
        channel: only this channel.
        category: only messages whose NLU category or ticket category is this.
        since: received at or after.
        until: received before.
        window: how many recent messages to consider.
        limit: how many items to return.
    """
    labelled = select(Label.message_id).where(Label.undone_at.is_(None), Label.message_id.is_not(None))
    query = (
        select(Message, Ticket.category)
        .outerjoin(Ticket, Ticket.id == Message.ticket_id)
        .where(Message.direction == "in", Message.text != "", Message.id.not_in(labelled))
    )
    if channel:
        query = query.where(Message.channel == channel)
    if category:
        query = query.where((Message.category == category) | (Ticket.category == category))
    if since:
        query = query.where(Message.received_at >= since)
    if until:
        query = query.where(Message.received_at < until)
    rows = session.execute(query.order_by(Message.id.desc()).limit(window)).all()
    corrected = _corrected_tickets(session, {m.ticket_id for m, _ in rows if m.ticket_id})
    items = [_score(m, final, m.ticket_id in corrected, low_confidence) for m, final in rows]
    items.sort(key=lambda item: (-item.score, -item.message.id))
    return items[:limit]


def _corrected_tickets(session: Session, ids: set[int]) -> set[int]:
    if not ids:
        return set()
    found = session.scalars(
        select(TicketEvent.ticket_id).where(TicketEvent.kind == "correction", TicketEvent.ticket_id.in_(ids))
    )
    return set(found)


def _score(message: Message, final: str | None, corrected: bool, low: float) -> QueueItem:
    score, reasons = 0.0, list[str]()
    if message.intent == FALLBACK_INTENT:
        score, reasons = score + 3, [*reasons, "fallback"]
    if corrected:
        score, reasons = score + 3, [*reasons, "corrected"]
    if final and message.category and final != message.category:
        score, reasons = score + 2, [*reasons, "disagrees"]
    if message.confidence is not None and message.confidence < low:
        score, reasons = score + 2 * (1 - message.confidence / low), [*reasons, "low_confidence"]
    return QueueItem(message, final, corrected, round(score, 3), tuple(reasons))


# --- the model registry --------------------------------------------------------------------------------


def register_model(
    session: Session,
    *,
    path: str,
    fingerprint: str,
    trained_by: str,
    labels: int,
    figures: dict[str, Any],
    state: ModelState = ModelState.CANDIDATE,
    note: str | None = None,
) -> ModelVersion:
    """Adds a trained model as the next version (``v1``, ``v2``...). Returns it, flushed."""
    count = len(session.scalars(select(ModelVersion.id)).all())
    row = ModelVersion(
        version=f"v{count + 1}", path=path, fingerprint=fingerprint, trained_by=trained_by, labels=labels,
        figures=figures, state=str(state), note=note,
    )  # fmt: skip
    session.add(row)
    session.flush()
    return row


def models(session: Session) -> Sequence[ModelVersion]:
    """Every registered model, newest first."""
    return session.scalars(select(ModelVersion).order_by(ModelVersion.id.desc())).all()


def model(session: Session, version: str) -> ModelVersion | None:
    return session.scalars(select(ModelVersion).where(ModelVersion.version == version)).first()


def serving_model(session: Session) -> ModelVersion | None:
    return session.scalars(
        select(ModelVersion).where(ModelVersion.state == ModelState.SERVING).order_by(ModelVersion.id.desc())
    ).first()


def mark_serving(
    session: Session, row: ModelVersion, *, by: str, forced: bool = False, now: datetime | None = None
) -> ModelVersion | None:
    """Makes ``row`` the serving model and retires the one before. Returns the one retired, if any."""
    previous = serving_model(session)
    if previous is not None and previous.id != row.id:
        previous.state = str(ModelState.RETIRED)
    row.state, row.promoted_by, row.promoted_at = str(ModelState.SERVING), by, now or utcnow()
    row.forced = row.forced or forced
    session.flush()
    return previous if previous is not None and previous.id != row.id else None


def rollback_target(session: Session) -> ModelVersion | None:
    """The model that served before the current one: the retired one promoted last."""
    return session.scalars(
        select(ModelVersion)
        .where(ModelVersion.state == ModelState.RETIRED, ModelVersion.promoted_at.is_not(None))
        .order_by(ModelVersion.promoted_at.desc(), ModelVersion.id.desc())
    ).first()
