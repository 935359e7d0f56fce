"""The SKM survey's questions (Survei Kepuasan Masyarakat, PermenPANRB 14/2017): what is asked, how it is
rendered, and the invitations — "is it really fixed?" when a ticket becomes ``selesai``, and a campaign's.

Answers come back as button values ``/survei <id> <answer>`` (a platform without buttons shows numbered
lines, and a typed number is read as that button, see ``router/intake.py``); ``router/survey.py`` reads them.
This module does not import ``router.tickets`` (which calls it), so the two never import each other.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from aduan.settings import Config, SurveyElement
from router.replies import Payload, Texts, category_name, payload
from store import repo, surveys
from store.models import Identity, Outbox, SurveyKind, SurveyResponse, Ticket, TicketKind, utcnow

SURVEY_COMMAND = "/survei"
SCORES = (1, 2, 3, 4)
FIXED, INVITE, COMMENT = "fixed", "invite", "comment"
# Answers a button carries: "/survei 12 sudah", "/survei 12 waktu 4", "/survei 12 lewati".
YES, NO, START, SKIP, STOP = "sudah", "belum", "mulai", "lewati", "berhenti"


def elements(cfg: Config) -> list[tuple[str, SurveyElement]]:
    """The configured elements, in the order they are asked."""
    return list(cfg.survey.elements.items())


def next_step(cfg: Config, response: SurveyResponse) -> str:
    """The first element not answered yet, else ``comment``."""
    answered = {a.element for a in response.answers}
    return next((code for code, _ in elements(cfg) if code not in answered), COMMENT)


def answer_labels(texts: Texts, element: SurveyElement) -> list[str]:
    """The element's four answers, worst first, in the citizen's language."""
    own = element.answers_en if texts.language == "en" else element.answers
    return list(own) if own else [texts(f"survey_answer_{score}") for score in SCORES]


def question(cfg: Config, texts: Texts, response: SurveyResponse, step: str) -> Payload:
    """The message asking ``step`` of the survey, with its buttons (numbered lines where there are none)."""
    ticket, rid = response.ticket, response.id
    if step == FIXED:
        return payload(
            texts("survey_ask_fixed", number=ticket.number, category=_category(cfg, texts, ticket)),
            buttons=[
                (texts("survey_button_fixed"), _value(rid, YES)),
                (texts("survey_button_not_fixed"), _value(rid, NO)),
            ],
        )
    if step == INVITE:
        text = texts(
            "survey_invite", period=response.period or "", number=ticket.number,
            category=_category(cfg, texts, ticket), count=len(cfg.survey.elements),
        )  # fmt: skip
        return payload(text, buttons=_invite_buttons(texts, rid))
    skip = (texts("survey_button_skip"), _value(rid, SKIP))
    if step == COMMENT:
        return payload(texts("survey_ask_comment"), buttons=[skip])
    codes = [code for code, _ in elements(cfg)]
    element = cfg.survey.elements[step]
    words = element.question_en if texts.language == "en" else element.question
    text = texts("survey_question", index=codes.index(step) + 1, count=len(codes), question=words)
    buttons = [
        (label, _value(rid, f"{step} {score}"))
        for score, label in zip(SCORES, answer_labels(texts, element), strict=True)
    ]
    return payload(text, buttons=[*buttons, skip])


def _invite_buttons(texts: Texts, rid: int) -> list[tuple[str, str]]:
    return [
        (texts("survey_button_yes"), _value(rid, START)),
        (texts("survey_button_skip"), _value(rid, SKIP)),
        (texts("survey_button_stop"), _value(rid, STOP)),
    ]


def _value(response_id: int, answer: str) -> str:
    return f"{SURVEY_COMMAND} {response_id} {answer}"


def _category(cfg: Config, texts: Texts, ticket: Ticket) -> str:
    return category_name(cfg.categories, ticket.category, texts.language)


def ask_fixed(
    session: Session,
    cfg: Config,
    ticket: Ticket,
    targets: Sequence[tuple[Identity, str]],
    *,
    event_id: int,
) -> list[Outbox]:
    """Asks each of ``targets`` (the citizen and followers, with their language) whether the resolved ticket
    is really fixed: one survey and one Outbox row each, keyed on the event, so a retry asks nobody twice.

    Args:
        session: the open session (the caller commits).
        cfg: the configuration (``survey.enabled``, ``survey.answer_hours``).
        ticket: the ticket, now ``selesai``.
        targets: who to ask, each with their language (those without a chat channel already left out).
        event_id: the resolution's event.

    Returns:
        The Outbox rows queued (none when the survey is disabled, for questions, or for citizens who stopped
        surveys).
    """
    if not cfg.survey.enabled or not cfg.survey.elements or ticket.kind == TicketKind.QUESTION:
        return []
    now = ticket.resolved_at or utcnow()
    rows = []
    for identity, language in targets:
        if identity.citizen.surveys_stopped_at is not None:
            continue
        response = surveys.by_key(session, f"resolved:{event_id}:{identity.id}") or _new(
            session, cfg, ticket, identity, language, key=f"resolved:{event_id}:{identity.id}",
            kind=SurveyKind.RESOLVED, step=FIXED, counted_at=now, now=now,
        )  # fmt: skip
        rows.append(send(session, cfg, response, FIXED))
    return rows


def invite(
    session: Session,
    cfg: Config,
    ticket: Ticket,
    identity: Identity,
    *,
    period: str,
    now: datetime,
    template: str | None = None,
    not_before: datetime | None = None,
) -> Outbox | None:
    """A campaign's invitation to the citizen who filed ``ticket``, on ``identity``; once per period.

    Args:
        session: the open session (the caller commits).
        cfg: the configuration.
        ticket: the citizen's latest ticket in the period (the survey rates its agency).
        identity: the identity to reach the citizen on.
        period: the period's label (``2026-Q3``): the survey's key and what it is counted in.
        now: the time of the run.
        template: the approved template to send it as (a channel whose messaging window is closed).
        not_before: when the Outbox row may go out (the campaign's pacing).

    Returns:
        The Outbox row, or None when the citizen was already invited for this period.
    """
    key = f"campaign:{period}:{ticket.citizen_id}"
    if surveys.by_key(session, key) is not None:
        return None
    language = (
        ticket.language
        if identity.id == ticket.identity_id
        else (identity.conversation.language if identity.conversation else "id")
    )
    response = _new(session, cfg, ticket, identity, language, key=key, kind=SurveyKind.CAMPAIGN, step=INVITE,
                    counted_at=ticket.created_at, now=now, period=period)  # fmt: skip
    row = send(session, cfg, response, INVITE)
    if template is not None:
        row.payload = {
            **row.payload,
            "template": {"name": template, "params": [_one_line(row.payload["text"])]},
        }
    if not_before is not None:
        row.next_attempt_at = not_before
    return row


def _one_line(text: str) -> str:
    """Template parameters may not hold newlines or tabs."""
    return " · ".join(line.strip() for line in text.splitlines() if line.strip())[:1000]


def _new(
    session: Session, cfg: Config, ticket: Ticket, identity: Identity, language: str, *, key: str, kind: str,
    step: str, counted_at: datetime, now: datetime, period: str | None = None,
) -> SurveyResponse:  # fmt: skip
    response = SurveyResponse(
        key=key, kind=kind, ticket=ticket, identity=identity, citizen_id=identity.citizen_id,
        agency_code=ticket.agency_code, language=language, period=period, counted_at=counted_at,
        step=step, created_at=now, expires_at=now + timedelta(hours=cfg.survey.answer_hours),
    )  # fmt: skip
    session.add(response)
    session.flush()
    return response


def send(session: Session, cfg: Config, response: SurveyResponse, step: str) -> Outbox:
    """Queues the question for ``step`` as an Outbox row of kind ``survey`` (once per survey and step)."""
    identity = response.identity
    return repo.add_outbox(
        session, channel=identity.channel, recipient_id=identity.platform_user_id,
        payload=question(cfg, Texts(cfg.messages, response.language), response, step),
        key=f"survey:{response.id}:{step}", identity_id=identity.id, ticket_id=response.ticket_id,
        kind="survey",
    )  # fmt: skip
