"""The citizen's answers to the SKM survey, read within the conversation without ever blocking a report.

Buttons carry the survey's id (``/survei 12 waktu 4``), so an answer is matched to its survey whatever the
conversation is doing; a late answer (the survey expired or ended) or a second answer to the same question
is acknowledged and not counted. Typed words are read only while the conversation is idle and the citizen
has a survey open: "sudah"/"belum", a number or an answer's label, "lewati"/"skip", "berhenti"/"stop", and the
comment. A message that is clearly a new complaint is left to the dialogue, which takes it as a report.
"""

from __future__ import annotations

import re

from router import reading, tickets
from router.skm import (
    COMMENT,
    FIXED,
    INVITE,
    NO,
    SCORES,
    SKIP,
    START,
    STOP,
    YES,
    answer_labels,
    next_step,
    question,
)
from router.turn import Turn
from store import repo, surveys
from store.models import SurveyResponse, SurveyStatus, TicketState

MAX_COMMENT = 2000
_STOP = re.compile(r"^\W*(berhenti|stop|unsubscribe|jangan\s+kirim\s+survei(\s+lagi)?)\W*$", re.IGNORECASE)
_SKIP = re.compile(
    r"^\W*(lewati|lewat|skip|nanti(\s+saja|\s+aja)?|later|gak\s+mau|ga\s+mau|tidak\s+mau|no\s+thanks|tidak\s+ada"
    r"|gak\s+ada|ga\s+ada|nothing|none|-)\W*$",
    re.IGNORECASE,
)
_FIXED = re.compile(
    r"^\W*((sudah|udah|udh|sdh)(\s+(beres|selesai|bagus|diperbaiki))?|beres|fixed|yes,?\s+fixed)\W*$", re.I
)
_NOT_FIXED = re.compile(r"^\W*(belum|blm|not\s+(yet|fixed))\b", re.IGNORECASE)


def on_command(turn: Turn) -> None:
    """A survey button (or its number typed): ``<id> <answer>``."""
    rid, _, answer = turn.arg.partition(" ")
    response = turn.session.get(SurveyResponse, int(rid)) if rid.isdigit() and len(rid) < 12 else None
    if response is None or response.identity_id != turn.identity.id:
        return turn.say("help")  # an id that is not this citizen's: as if an unknown command
    if response.status != SurveyStatus.OPEN or response.expires_at <= turn.ctx.now:
        return turn.say("survey_closed", number=response.ticket.number)
    _answer(turn, response, answer.strip().lower())


def on_text(turn: Turn) -> bool:
    """Reads a typed message as the answer to the citizen's open survey; False when it is not one."""
    response = surveys.latest_open(turn.session, turn.identity.id, now=turn.ctx.now)
    if response is None:
        return False
    text = turn.text
    if _STOP.match(text):
        return _took(turn, response, STOP)
    if _SKIP.match(text) and response.step != FIXED:
        return _took(turn, response, SKIP)
    if response.step in (FIXED, INVITE):
        said = reading.answer(text)
        if _FIXED.match(text) or said is True:
            return _took(turn, response, YES if response.step == FIXED else START)
        if _NOT_FIXED.match(text) or reading.REOPEN.search(text) or said is False:
            return _took(turn, response, NO if response.step == FIXED else SKIP)
        return False
    if response.step == COMMENT:
        if _clearly_a_report(turn):
            response.status = SurveyStatus.DONE  # the comment is passed; the message is a report of its own
            return False
        response.comment = text[:MAX_COMMENT]
        return _took(turn, response, SKIP)
    return _score_text(turn, response)


def _score_text(turn: Turn, response: SurveyResponse) -> bool:
    element = turn.ctx.cfg.survey.elements.get(response.step)
    if element is None:
        return False
    text = " ".join(turn.text.lower().split())
    labels = [label.lower() for label in answer_labels(turn.texts, element)]
    if text in labels:
        return _took(turn, response, f"{response.step} {labels.index(text) + 1}")
    if text.isdigit() and len(text) <= 3:
        return _took(turn, response, f"{response.step} {text}")
    return False


def _clearly_a_report(turn: Turn) -> bool:
    """A message that names a problem the NLU is sure of and a place: a new complaint, not a comment."""
    parse = turn.parse
    if parse is None or parse.category is None:
        return False
    return parse.confidence >= turn.ctx.cfg.nlu.confidence_threshold and bool(parse.location.text)


def _took(turn: Turn, response: SurveyResponse, answer: str) -> bool:
    _answer(turn, response, answer)
    return True


def _answer(turn: Turn, response: SurveyResponse, answer: str) -> None:
    cfg, now = turn.ctx.cfg, turn.ctx.now
    if answer == STOP:
        surveys.stop_surveys(turn.session, turn.identity.citizen_id, now=now)
        return turn.say("survey_stopped")
    if answer == SKIP:
        done = response.step == COMMENT
        response.status = SurveyStatus.DONE if done else SurveyStatus.SKIPPED
        return turn.say("survey_done" if done and response.answers else "survey_skipped")
    if response.step == FIXED and answer == NO:
        return _not_fixed(turn, response)
    if response.step in (FIXED, INVITE) and answer in (YES, START):
        response.step = next_step(cfg, response)
        turn.say("survey_start", number=response.ticket.number, count=len(cfg.survey.elements))
        return _ask(turn, response)
    element, _, raw = answer.partition(" ")
    if element not in cfg.survey.elements or response.step in (FIXED, INVITE):
        return _ask(turn, response)  # an answer this survey did not ask (yet): its current question again
    if not (raw.isdigit() and int(raw) in SCORES):
        turn.say("survey_out_of_range")
        return _ask(turn, response)
    if not surveys.add_answer(turn.session, response, element, int(raw), now=now):
        turn.say("survey_already")
    turn.session.flush()
    response.step = next_step(cfg, response)
    _ask(turn, response)


def _ask(turn: Turn, response: SurveyResponse) -> None:
    turn.replies.append(question(turn.ctx.cfg, turn.texts, response, response.step))


def _not_fixed(turn: Turn, response: SurveyResponse) -> None:
    """ "Belum beres": the reporter's ticket reopens (the reopen rule); a follower's word goes to staff."""
    response.status = SurveyStatus.NOT_FIXED
    ticket, cfg, now = response.ticket, turn.ctx.cfg, turn.ctx.now
    actor = tickets.Actor.citizen(turn.identity.citizen_id)
    if ticket.citizen_id != turn.identity.citizen_id or ticket.state != TicketState.SELESAI:
        repo.add_event(
            turn.session, ticket, actor=str(actor), kind="not_fixed", note=turn.message.text, at=now
        )
        return turn.say("survey_not_fixed_noted", number=ticket.number)
    if not tickets.reopenable(cfg, ticket, now):
        return turn.say("reopen_too_late", number=ticket.number, days=f"{cfg.ticket.reopen_days:g}")
    turn.notifications += tickets.transition(
        turn.session, cfg, ticket, TicketState.PROSES, actor=actor, note=turn.message.text, now=now
    )
    agency = (
        cfg.agencies[ticket.agency_code].nama
        if ticket.agency_code and ticket.agency_code in cfg.agencies
        else ""
    )
    turn.say("reopened", number=ticket.number, agency=agency)
