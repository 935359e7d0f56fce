"""Repository functions of the SKM survey: open surveys, answers, opt-outs, the IKM's scores and comments,
and the citizens a campaign invites. Like ``store/repo.py``, functions take a session and never commit.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import ColumnElement, exists, select, true
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from store.models import Citizen, Identity, SurveyAnswer, SurveyResponse, SurveyStatus, Ticket


def by_key(session: Session, key: str) -> SurveyResponse | None:
    """The survey with this unique key (``resolved:<event>:<identity>``, ``campaign:<period>:<citizen>``)."""
    return session.scalars(select(SurveyResponse).where(SurveyResponse.key == key)).first()


def latest_open(session: Session, identity_id: int, *, now: datetime) -> SurveyResponse | None:
    """The identity's most recent survey still taking answers, or None."""
    stmt = (
        select(SurveyResponse)
        .where(SurveyResponse.identity_id == identity_id, SurveyResponse.status == SurveyStatus.OPEN)
        .where(SurveyResponse.expires_at > now)
        .order_by(SurveyResponse.id.desc())
        .limit(1)
    )
    return session.scalars(stmt).first()


def add_answer(
    session: Session, response: SurveyResponse, element: str, score: int, *, now: datetime
) -> bool:
    """Stores one element's score; False when that element was answered already (the first answer stands)."""
    if any(a.element == element for a in response.answers):
        return False
    try:
        with session.begin_nested():
            session.add(SurveyAnswer(response=response, element=element, score=score, created_at=now))
    except IntegrityError:  # a concurrent duplicate (the same button pressed twice at once)
        return False
    if response.answered_at is None:
        response.answered_at = now
    return True


def stop_surveys(session: Session, citizen_id: int, *, now: datetime) -> None:
    """Remembers that the citizen wants no more surveys, and closes those still open."""
    citizen = session.get(Citizen, citizen_id)
    if citizen is not None and citizen.surveys_stopped_at is None:
        citizen.surveys_stopped_at = now
    for response in session.scalars(
        select(SurveyResponse).where(
            SurveyResponse.citizen_id == citizen_id, SurveyResponse.status == SurveyStatus.OPEN
        )
    ):
        response.status = SurveyStatus.SKIPPED


def scores(
    session: Session, where: ColumnElement[bool], *, start: datetime, end: datetime
) -> Sequence[tuple[str | None, int, str, int]]:
    """(agency, response id, element, score) of every answer counted in ``[start, end)``, for tickets
    matching ``where`` (a staff member's scope)."""
    stmt = (
        select(SurveyResponse.agency_code, SurveyResponse.id, SurveyAnswer.element, SurveyAnswer.score)
        .join(SurveyAnswer, SurveyAnswer.response_id == SurveyResponse.id)
        .join(Ticket, Ticket.id == SurveyResponse.ticket_id)
        .where(where, SurveyResponse.counted_at >= start, SurveyResponse.counted_at < end)
        .order_by(SurveyResponse.id, SurveyAnswer.id)
    )
    return [(a, r, e, s) for a, r, e, s in session.execute(stmt)]


def comments(
    session: Session, where: ColumnElement[bool], *, start: datetime, end: datetime, limit: int = 500
) -> Sequence[tuple[datetime, str | None, str, str]]:
    """(when answered, agency, ticket number, comment) in ``[start, end)`` for tickets matching ``where``."""
    stmt = (
        select(SurveyResponse.answered_at, SurveyResponse.agency_code, Ticket.number, SurveyResponse.comment)
        .join(Ticket, Ticket.id == SurveyResponse.ticket_id)
        .where(where, SurveyResponse.counted_at >= start, SurveyResponse.counted_at < end)
        .where(SurveyResponse.comment.is_not(None))
        .order_by(SurveyResponse.id.desc())
        .limit(limit)
    )
    return [(at or start, agency, number, text or "") for at, agency, number, text in session.execute(stmt)]


def campaign_candidates(
    session: Session, *, start: datetime, end: datetime, period: str, limit: int
) -> Sequence[Ticket]:
    """Each citizen's latest ticket created in ``[start, end)``, for citizens not yet invited for ``period``,
    who did not stop surveys and did not complete a survey counted in the period. Oldest citizen first.
    """
    invited = exists().where(
        SurveyResponse.citizen_id == Ticket.citizen_id,
        (SurveyResponse.period == period)
        | (
            (SurveyResponse.counted_at >= start)
            & (SurveyResponse.counted_at < end)
            & (SurveyResponse.answered_at.is_not(None))
        ),
    )
    latest = (
        select(Ticket.citizen_id, Ticket.id)
        .join(Citizen, Citizen.id == Ticket.citizen_id)
        .join(Identity, Identity.id == Ticket.identity_id)
        .where(Ticket.created_at >= start, Ticket.created_at < end, Ticket.kind == "report")
        .where(Citizen.surveys_stopped_at.is_(None), Identity.unreachable.is_not(true()), ~invited)
        .order_by(Ticket.citizen_id, Ticket.id.desc())
    )
    chosen: dict[int, int] = {}
    for citizen_id, ticket_id in session.execute(latest):
        chosen.setdefault(citizen_id, ticket_id)
        if len(chosen) > limit:
            break
    ids = list(chosen.values())[:limit]
    if not ids:
        return []
    return session.scalars(select(Ticket).where(Ticket.id.in_(ids)).order_by(Ticket.citizen_id)).all()
