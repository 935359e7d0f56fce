"""The conversation: what the citizen told us so far, and what to ask next.

``step`` takes one inbound message (and what the NLU read in it, or None for a button press),
turns it into an event, and runs the handler the ``FLOW`` table gives for the conversation's
state and that event. Handlers fill the report's slots and either ask for what is missing or
open the ticket. Replies become Outbox rows in the caller's transaction, keyed on the message
id, so a reprocessed message never replies twice.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from aduan.settings import Config
from nlu.client import Location, NluResult, category_of, to_location
from router import links, own_tickets, reading, survey, tickets
from router.questions import (
    MAX_BUTTONS,
    advance,
    ask_category,
    ask_category_page,
    ask_correction,
    ask_description,
    place_code,
    place_label,
)
from router.replies import (
    CATEGORY_COMMAND,
    FIX_COMMAND,
    NO_COMMAND,
    PLACE_COMMAND,
    YES_COMMAND,
    Texts,
    detect_language,
    payload,
)
from router.skm import SURVEY_COMMAND
from router.slots import PENDING_STATES, PLACE_STATES, REPORT_STATES, Slots, State
from router.turn import Context, Turn
from store import repo
from store.models import Conversation, Message, Outbox, TicketKind

_ASK_LINK = re.compile(r"^(/link|kode akun|link account)$", re.IGNORECASE)
_USE_LINK = re.compile(r"^(?:/start\s+link-|/link\s+|hubungkan\s+|link\s+)([A-Za-z0-9]{6})$", re.IGNORECASE)
Handler = Callable[[Turn], None]
EMERGENCY_TEXTS = {
    "general": "emergency",
    "fire": "emergency_fire",
    "police": "emergency_police",
    "medical": "emergency_medical",
    "rescue": "emergency_rescue",
}


class Event(StrEnum):
    """What a message means for the report in progress."""

    YES = "yes"  # "ya", the Ya button
    NO = "no"  # "tidak", the Tidak button
    REPORT = "report"  # words about the problem, its place, or both
    NEW_COMPLAINT = "new_complaint"  # another problem, sent while a question about the first is pending
    PIN = "pin"  # a shared map point
    PHOTO = "photo"  # a photo without words
    CATEGORY = "category"  # a category button ("/kategori sampah")
    PLACE = "place"  # a place button ("/tempat 31.74.04.1006")
    FIX = "fix"  # "Kategori" or "Lokasi" after the citizen said the summary is wrong


def step(session: Session, ctx: Context, message: Message, parse: NluResult | None) -> list[Outbox]:
    """Advances the citizen's conversation by one inbound message.

    Args:
        session: the open session; the caller commits.
        ctx: configuration, gazetteer and clock.
        message: the inbound message (already claimed by the caller).
        parse: the NLU's reading, or None when the text is a button command or empty.

    Returns:
        The Outbox rows queued: the replies, then the notifications the turn caused (a reopened
        ticket's followers, say).
    """
    identity = message.identity
    conversation = repo.conversation_for(session, identity)
    _expire(ctx, conversation)
    if any(ch.isalpha() for ch in message.text):
        conversation.language = detect_language(message.text, conversation.language)
    texts = Texts(ctx.cfg.messages, conversation.language)
    turn = Turn(
        ctx, session, identity, conversation, message, parse, texts, slots=Slots.load(conversation.slots)
    )
    _record_nlu(message, parse)
    after_status, turn.slots.after_status = turn.slots.after_status, False
    if after_status and turn.state == State.IDLE and _is_acknowledgement(turn):
        turn.say("acknowledged")  # "siap, saya tunggu update-nya" after a status answer
    else:
        _handle(turn)
    conversation.slots = turn.slots.dump()  # a new object: SQLAlchemy sees the change
    conversation.updated_at = ctx.now
    conversation.reminded_at = None
    rows = [
        repo.add_outbox(
            session,
            channel=identity.channel,
            recipient_id=identity.platform_user_id,
            payload=reply,
            key=f"reply:{message.id}:{i}",
            identity_id=identity.id,
            kind="reply",
        )  # fmt: skip
        for i, reply in enumerate(turn.replies)
    ]
    return rows + turn.notifications


def is_command(text: str) -> bool:
    """True for button values and commands the dialogue reads itself, without the NLU."""
    return (
        text.partition(" ")[0] in COMMANDS
        or text.partition(" ")[0] == SURVEY_COMMAND
        or text == "/start"
        or text.startswith("/start ")
        or bool(_ASK_LINK.match(text))
        or bool(_USE_LINK.match(text))
    )


def _expire(ctx: Context, conversation: Conversation) -> None:
    limit = timedelta(minutes=ctx.cfg.conversation.expire_minutes)
    if (
        conversation.state != State.IDLE
        and conversation.updated_at
        and ctx.now - conversation.updated_at > limit
    ):
        conversation.state, conversation.slots = State.IDLE.value, {}


def _record_nlu(message: Message, parse: NluResult | None) -> None:
    if parse is not None:
        message.intent = parse.intent
        message.category = parse.category
        message.confidence = parse.confidence
        message.ranking = [{"category": c, "confidence": round(x, 4)} for c, x in parse.categories()[:3]]
        message.entities = [dict(e) for e in parse.entities]


def _handle(turn: Turn) -> None:
    """Answers what does not depend on the report in progress, else dispatches the message's event."""
    text = turn.text
    if _ASK_LINK.match(text):
        return own_tickets.on_ask_link(turn)
    if match := _USE_LINK.match(text):
        return own_tickets.on_use_link(turn, match.group(1))
    if text == "/start" or text.startswith("/start "):
        return turn.say("greet")
    command, _, turn.arg = text.partition(" ")
    if command == SURVEY_COMMAND:
        return survey.on_command(turn)
    if command in COMMANDS:
        return _dispatch(turn, COMMANDS[command])
    if reading.is_help(text):
        return _on_small_talk("help")(turn)
    turn.slots.media += turn.message.media
    if turn.message.latitude is not None and turn.message.longitude is not None:
        return _dispatch(turn, Event.PIN)
    if not any(ch.isalnum() for ch in text):
        return _dispatch(turn, Event.PHOTO) if turn.message.media else turn.say("unreadable")
    if turn.parse is not None and (turn.parse.emergency or turn.parse.intent == "emergency"):
        _on_emergency(turn)  # first, at once; a city problem told in the same message is still taken after it
        if turn.parse.category is None:
            return None
    if turn.state == State.IDLE and survey.on_text(turn):
        return None  # an answer to the citizen's open survey (anything else goes on as usual)
    if (code := _typed_category(turn)) is not None:
        turn.arg = code  # "satpol pp", "dinas tenaga kerja": the category named, as if its button was pressed
        return _dispatch(turn, Event.CATEGORY)
    if reading.REOPEN.search(text) and own_tickets.on_reopen(turn):
        return None
    yes = _answer(turn)
    if yes is not None:
        return _dispatch(turn, Event.YES if yes else _no_or_correction(turn))
    if turn.state in (State.IDLE, State.AWAIT_DESCRIPTION) and _is_question(turn):
        return _on_question(turn)
    handler = INTENT_HANDLERS.get(turn.parse.intent if turn.parse else "out_of_scope")
    if handler is not None:
        return handler(turn)
    return _dispatch(turn, Event.NEW_COMPLAINT if _is_new_complaint(turn) else Event.REPORT)


def _typed_category(turn: Turn) -> str | None:
    """The category a citizen names while choosing or correcting one, by its name or its agency's."""
    choosing = turn.state in (State.AWAIT_CATEGORY, State.AWAIT_CORRECTION)
    names_a_place = turn.parse is not None and turn.parse.location.text
    correcting = turn.state in REPORT_STATES and reading.is_correction(turn.text) and not names_a_place
    if not (choosing or correcting):
        return None
    cfg = turn.ctx.cfg
    vocabulary = {
        code: (
            reading.category_words([code, spec.nama, spec.name_en]),
            reading.category_words([spec.agency, agency.nama]),
        )
        for code, spec in cfg.categories.items()
        if (agency := cfg.agencies.get(spec.agency)) is not None
    }
    return reading.named_category(turn.text, vocabulary)


def _is_acknowledgement(turn: Turn) -> bool:
    """A short reply that takes note ("siap, saya tunggu", "ok thanks") and tells of no problem or place."""
    parse = turn.parse
    if parse is None or parse.location.text or not reading.ACKNOWLEDGEMENT.search(turn.text):
        return False
    unsure = parse.category is None or parse.confidence < turn.ctx.cfg.nlu.confidence_threshold
    return unsure or len(reading.problem_words(turn.text, None)) <= 5


def _is_question(turn: Turn) -> bool:
    """An information request about a service ("kapan bansos KJP cair?"), not a problem at a place."""
    parse = turn.parse
    if parse is None or parse.location.text:
        return False
    return parse.intent == "question" or reading.QUESTION.search(turn.text) is not None


def _answer(turn: Turn) -> bool | None:
    """True for yes, False for no, None when the message is neither."""
    intent, said = turn.parse.intent if turn.parse else None, reading.answer(turn.text)
    if intent == "affirm" or said is True:
        return True
    if intent == "deny" or said is False:
        return False
    if turn.state in PLACE_STATES and reading.DONT_KNOW.search(turn.text):
        return False  # "gak tau" to "which kelurahan?": no answer, and no place either
    return None


def _dispatch(turn: Turn, event: Event) -> None:
    handler = FLOW.get((turn.state, event)) or FLOW[(None, event)]
    handler(turn)


def _no_or_correction(turn: Turn) -> Event:
    """ "bukan, di kel. pejaten barat" to the summary is the correction itself, not only a no."""
    parse = turn.parse
    fixing = turn.state in (State.AWAIT_CONFIRM, State.AWAIT_CORRECTION)
    return Event.REPORT if fixing and parse and (parse.location.text or parse.category) else Event.NO


def _is_new_complaint(turn: Turn) -> bool:
    """Whether a message sent while a question is pending is another problem, not the answer.

    "pohon tumbang di monas" while the bot asks where the flood is: a complaint of its own. Only a message of
    another category counts, with words about the problem beyond the place, and without the marks of a
    correction ("bukan", "actually ... not the ...").
    """
    parse, current = turn.parse, turn.slots.category
    if turn.state not in PENDING_STATES or parse is None or not current or reading.is_correction(turn.text):
        return False
    problem = len(reading.problem_words(turn.text, parse.location.text))
    new = parse.category if problem >= 1 else None
    if new is None and problem >= 2:
        new = category_of(parse.intent)  # the model's best guess, below the threshold: still not a place
    return new is not None and new != current


# --- conversational intents -------------------------------------------------------------------


def _on_small_talk(name: str) -> Handler:
    def handle(turn: Turn) -> None:
        if turn.state in REPORT_STATES and name in ("greet", "out_of_scope"):
            return _dispatch(turn, Event.REPORT)
        if turn.message.media and turn.state == State.IDLE:
            return ask_description(turn)
        turn.say(name)
        if turn.state in REPORT_STATES and name == "help":
            advance(turn)

    return handle


def _on_emergency(turn: Turn) -> None:
    """112 and the number for this kind of danger (110 police, 113 fire, 118/119 ambulance, 115 SAR)."""
    kind = turn.parse.emergency if turn.parse is not None else None
    turn.say(EMERGENCY_TEXTS.get(kind or "general", "emergency"))


def _on_cancel(turn: Turn) -> None:
    numbers = own_tickets.numbers(turn)
    if numbers:
        return own_tickets.cancel_ticket(turn, numbers[0])
    if turn.state == State.IDLE:
        return turn.say("nothing_to_cancel")
    turn.say("cancelled")
    _finish(turn)


# --- the report: the (state, event) table's handlers ------------------------------------------


def _help(turn: Turn) -> None:
    turn.say("help")


def _on_report(turn: Turn) -> None:
    """A message that describes a problem, a place, or both (or that the NLU could not read)."""
    if turn.state == State.IDLE and _over_limit(turn):
        return None
    parse = turn.parse
    correction = turn.state == State.AWAIT_CORRECTION or (
        turn.state in REPORT_STATES and reading.is_correction(turn.text)
    )
    details = _is_details(turn) and not correction
    _take_category(turn, replace=correction)
    if parse is not None and parse.location.text:
        _take_location(turn, parse.location)
    elif turn.state in PLACE_STATES and reading.is_place_detail(turn.text, problem=len(_problem_words(turn))):
        turn.slots.unresolved = _keep_detail(turn, reading.place_detail(turn.text))
        details = False
    if details:
        _add_description(turn)
    advance(turn)


def _on_question(turn: Turn) -> None:
    """A question becomes a ticket of kind question, routed by its category and answered by staff."""
    if turn.state == State.IDLE and _over_limit(turn):
        return None
    turn.slots.kind = TicketKind.QUESTION
    _take_category(turn, replace=False)
    if turn.slots.category is None and turn.parse is not None and turn.parse.categories():
        turn.slots.category = turn.parse.categories()[0][0]  # a question's topic: the best guess will do
    _add_description(turn)
    advance(turn)


def _on_new_complaint(turn: Turn) -> None:
    """Another problem while a question about the first is pending: both are kept, never merged.

    The first report is filed when it was complete (its summary was waiting for a yes), else set aside and
    asked about again once the new one is done.
    """
    first, new_media = turn.slots, list(turn.message.media)
    first.media = [m for m in first.media if m not in new_media]
    parked = first.parked
    first.parked = []
    assert first.category is not None
    if turn.state == State.AWAIT_CONFIRM:
        _open_ticket(turn)
        turn.say("new_report_separate")
    else:
        parked = [*parked, first]
        turn.say("new_report_set_aside", category=turn.category_name(first.category))
    turn.reset()
    turn.slots.parked, turn.slots.media = parked, new_media
    _on_report(turn)


def _finish(turn: Turn) -> None:
    """Ends the report in progress; a report set aside earlier comes back, asking for what it still lacks."""
    parked = turn.slots.parked
    turn.reset()
    if parked:
        turn.slots = parked[0]
        turn.slots.parked = parked[1:]
        assert turn.slots.category is not None
        turn.say("resume_report", category=turn.category_name(turn.slots.category))
        advance(turn)


def _is_details(turn: Turn) -> bool:
    """Whether the message tells about the problem (kept as description), not only a place or an answer."""
    parse = turn.parse
    if parse is None:
        return False
    if turn.state in (State.IDLE, State.AWAIT_DESCRIPTION) or parse.category:
        return True
    return (
        parse.intent not in INTENT_HANDLERS and parse.intent != "inform_location" and not parse.location.text
    )


def _problem_words(turn: Turn) -> list[str]:
    return reading.problem_words(turn.text, turn.parse.location.text if turn.parse else None)


def _add_description(turn: Turn) -> None:
    text = turn.text
    if text and not text.startswith("/"):
        turn.slots.description.append(text)


def _take_category(turn: Turn, *, replace: bool) -> None:
    parse, slots = turn.parse, turn.slots
    if parse is None or (slots.category and not replace):
        return
    cfg = turn.ctx.cfg.nlu
    scores = parse.categories()
    ranked = [code for code, _ in scores]
    if parse.category is None:
        if ranked and parse.intent not in INTENT_HANDLERS and parse.intent != "inform_location":
            slots.candidates = ranked[:MAX_BUTTONS]
        return
    close = len(scores) > 1 and scores[0][1] - scores[1][1] < cfg.ambiguity_margin
    if parse.confidence >= cfg.confidence_threshold and not close:
        slots.category, slots.candidates = parse.category, ranked[: MAX_BUTTONS + 1]
    elif not slots.category:
        slots.candidates = ranked[:MAX_BUTTONS]


def _take_location(turn: Turn, location: Location) -> None:
    slots = turn.slots
    if location.outside:
        slots.outside = location.text
    elif location.candidates:
        slots.choices = [c.to_dict() for c in location.candidates[: MAX_BUTTONS + 2]]
        slots.place_text = location.text
        _keep_detail(turn, _place_words(turn, location))
    elif location.resolved:
        slots.place, slots.choices = {**location.to_dict(), "text": _place_words(turn, location)}, []
    elif location.text:
        slots.unresolved = location.text
        _keep_detail(turn, _place_words(turn, location))


def _keep_detail(turn: Turn, words: str | None) -> str | None:
    """Adds the citizen's words for the place to those kept for the ticket (once)."""
    kept = turn.slots.place_detail
    if words and (not kept or words.lower() not in kept.lower()):
        turn.slots.place_detail = f"{kept}, {words}" if kept else words
    return words


def _place_words(turn: Turn, location: Location) -> str | None:
    """The citizen's words for the place: all of an answer to "where?", else the words around the name."""
    text = " ".join(turn.message.text.split())
    if not text:
        return location.text
    if turn.state in PLACE_STATES and len(_problem_words(turn)) < 2:
        return reading.place_detail(text)
    return reading.place_words(text, location.text)


def _on_pin(turn: Turn) -> None:
    lat, lng = turn.message.latitude, turn.message.longitude
    assert lat is not None and lng is not None
    if turn.state == State.IDLE and _over_limit(turn):
        return None
    location = to_location(turn.ctx.places.locate(lat, lng)) if turn.ctx.places is not None else Location()
    if location.outside:  # a pin in the sea or outside Jakarta
        turn.slots.outside = location.text or f"{lat},{lng}"
    else:
        turn.slots.lat, turn.slots.lng = lat, lng
        _take_location(turn, location)
    if turn.text and turn.parse is not None:
        _take_category(turn, replace=False)
        _add_description(turn)
    advance(turn)


def _photo_added(turn: Turn) -> None:
    turn.say("photo_added")
    advance(turn)


def _on_photo(turn: Turn) -> None:
    """A photo without words and no report in progress: for a ticket opened moments ago, else a new report."""
    recent = _recent_ticket(turn)
    if recent is not None:
        recent.media = [*recent.media, *turn.slots.media]
        turn.slots.media = []
        repo.add_event(turn.session, recent, actor=str(tickets.Actor.citizen(turn.identity.citizen_id)),
                       kind="media_added", at=turn.ctx.now)  # fmt: skip
        turn.message.ticket_id = recent.id
        return turn.say("photo_added_to_ticket", number=recent.number)
    if _over_limit(turn):
        return None
    turn.state = State.AWAIT_DESCRIPTION
    turn.say("photo_ask_description")


def _recent_ticket(turn: Turn) -> Any:
    minutes = turn.ctx.cfg.conversation.photo_attach_minutes
    for ticket in repo.tickets_of_citizen(turn.session, turn.identity.citizen_id, limit=1):
        recent = turn.ctx.now - ticket.created_at <= timedelta(minutes=minutes)
        if ticket.identity_id == turn.identity.id and ticket.state in tickets.OPEN_STATES and recent:
            return ticket
    return None


def _on_category_choice(turn: Turn) -> None:
    if turn.arg.startswith("+") and turn.arg[1:].isdigit():
        return ask_category_page(turn, int(turn.arg[1:]))
    if turn.arg in turn.ctx.cfg.categories:
        turn.slots.category, turn.slots.candidates = turn.arg, []
    advance(turn)


def _on_place_choice(turn: Turn) -> None:
    slots = turn.slots
    exact = [c for c in slots.choices if place_code(c) == turn.arg]
    loose = [c for c in slots.choices if turn.arg in (c.get("kelurahan"), c.get("kecamatan"))]
    if slots.kelurahan_asked and slots.place and not exact:
        slots.choices = []  # "Tidak tahu": the kecamatan it is
    elif chosen := (exact or loose):
        slots.place = {**chosen[0], "text": slots.place_detail or chosen[0].get("text")}
        slots.choices = []
    advance(turn)


def _on_fix(turn: Turn) -> None:
    """A press on "Kategori" or "Lokasi" after the citizen said the summary is wrong."""
    if turn.arg == "kategori":
        rejected, turn.slots.category = turn.slots.category, None
        turn.slots.candidates = [c for c in turn.slots.candidates if c != rejected]
        turn.slots.rejected = rejected
        return ask_category(turn, fix=True)
    turn.slots.forget_place()
    turn.state = State.AWAIT_LOCATION
    turn.say("ask_location_fix", location=True)


def _decline_duplicate(turn: Turn) -> None:
    turn.slots.duplicate_declined = True
    _open(turn)


def _over_limit(turn: Turn) -> bool:
    """Refuses (and flags for staff) a citizen who filed ``max_reports_per_hour`` reports in the last hour."""
    limit = turn.ctx.cfg.conversation.max_reports_per_hour
    count = repo.reports_since(turn.session, turn.identity.citizen_id, turn.ctx.now - timedelta(hours=1))
    if count < limit:
        return False
    reason = f"rate limit: {count} reports within an hour, {turn.ctx.now:%Y-%m-%d %H:%M} UTC"
    repo.flag_citizen(turn.session, turn.identity.citizen_id, reason)
    turn.reset()
    turn.say("rate_limited", count=count)
    return True


def _draft(turn: Turn) -> tickets.Draft:
    slots = turn.slots
    assert slots.category is not None
    place = slots.place or {}
    place_text, detail = place.get("text"), slots.place_detail
    if detail and detail.lower() not in (place_text or "").lower():
        place_text = f"{detail}, {place_text}" if place_text else detail
    return tickets.Draft(
        category=slots.category,
        description="\n".join(slots.description),
        place_text=place_text,
        kelurahan=place.get("kelurahan"),
        kecamatan=place.get("kecamatan"),
        kota=place.get("kota"),
        latitude=slots.lat,
        longitude=slots.lng,
        media=tuple(slots.media),
        kind=slots.kind,
    )


def _submit(turn: Turn) -> None:
    """The citizen confirmed the summary: offer a likely duplicate to follow, else open the ticket."""
    if _over_limit(turn):
        return None
    if turn.slots.duplicate_declined or turn.slots.kind == TicketKind.QUESTION:
        return _open(turn)
    citizen_id = turn.identity.citizen_id
    match = tickets.find_duplicate(
        turn.session, turn.ctx.cfg, _draft(turn), citizen_id=citizen_id, now=turn.ctx.now
    )
    if match is None:
        return _open(turn)
    state = turn.texts.state(match.state)
    own = match.citizen_id == turn.identity.citizen_id
    if own or any(f.identity_id == turn.identity.id for f in match.followers):
        turn.say("duplicate_own", number=match.number, state=state)
        return _finish(turn)
    turn.slots.duplicate = match.number
    turn.state = State.AWAIT_DUPLICATE
    turn.say("duplicate_offer", buttons=_yes_no(turn), number=match.number, state=state)


def _yes_no(turn: Turn) -> list[tuple[str, str]]:
    return [(turn.texts("button_yes"), YES_COMMAND), (turn.texts("button_no"), NO_COMMAND)]


def _follow(turn: Turn) -> None:
    ticket = repo.ticket_by_number(turn.session, turn.slots.duplicate or "")
    if ticket is None or ticket.state not in tickets.OPEN_STATES:
        return _open(turn)  # it closed in the meantime: the citizen's report stands on its own
    tickets.follow(turn.session, ticket, turn.identity, language=turn.texts.language, now=turn.ctx.now)
    turn.message.ticket_id = ticket.id
    turn.say("duplicate_followed", number=ticket.number)
    _finish(turn)


def _open(turn: Turn) -> None:
    _open_ticket(turn)
    _finish(turn)


def _open_ticket(turn: Turn) -> None:
    ticket = tickets.open_ticket(turn.session, turn.ctx.cfg, turn.identity, _draft(turn),
                                 language=turn.texts.language, now=turn.ctx.now)  # fmt: skip
    turn.message.ticket_id = ticket.id
    agency = turn.ctx.cfg.agencies[ticket.agency_code].nama if ticket.agency_code else ""
    url = links.citizen_link(turn.ctx.cfg, ticket)
    link = turn.texts("public_link", url=url) if url else ""
    if turn.slots.place is None:
        return turn.say("question_opened", number=ticket.number, agency=agency, link=link)
    turn.say(
        "ticket_opened",
        number=ticket.number,
        category=turn.category_name(ticket.category),
        place=place_label(turn, turn.slots.place),
        agency=agency,
        link=link,
    )


# --- the tables -------------------------------------------------------------------------------

# (state, event) -> handler; (None, event) is the event's handler in every other state.
FLOW: dict[tuple[State | None, Event], Handler] = {
    (State.AWAIT_CONFIRM, Event.YES): _submit,
    (State.AWAIT_DUPLICATE, Event.YES): _follow,
    (State.IDLE, Event.YES): _help,
    (None, Event.YES): advance,
    (State.AWAIT_CONFIRM, Event.NO): ask_correction,
    (State.AWAIT_DUPLICATE, Event.NO): _decline_duplicate,
    (State.IDLE, Event.NO): _help,
    (None, Event.NO): advance,
    (None, Event.REPORT): _on_report,
    (None, Event.NEW_COMPLAINT): _on_new_complaint,
    (None, Event.PIN): _on_pin,
    (State.IDLE, Event.PHOTO): _on_photo,
    (None, Event.PHOTO): _photo_added,
    (State.IDLE, Event.CATEGORY): _help,  # an old button pressed after the report was finished
    (None, Event.CATEGORY): _on_category_choice,
    (State.IDLE, Event.PLACE): _help,
    (None, Event.PLACE): _on_place_choice,
    (State.IDLE, Event.FIX): _help,
    (None, Event.FIX): _on_fix,
}
INTENT_HANDLERS: dict[str, Handler] = {
    "greet": _on_small_talk("greet"),
    "help": _on_small_talk("help"),
    "thanks": _on_small_talk("thanks"),
    "out_of_scope": _on_small_talk("out_of_scope"),
    "emergency": _on_emergency,
    "cancel": _on_cancel,
    "status_query": own_tickets.on_status,
}
COMMANDS: dict[str, Event] = {
    CATEGORY_COMMAND: Event.CATEGORY,
    PLACE_COMMAND: Event.PLACE,
    YES_COMMAND: Event.YES,
    NO_COMMAND: Event.NO,
    FIX_COMMAND: Event.FIX,
}


# --- reminders and expiry (called by the periodic job) ----------------------------------------


def remind_or_expire(session: Session, cfg: Config, conversation_id: int, *, now: datetime) -> list[Outbox]:
    """Sends a half-finished report's one reminder, or drops it (telling the citizen) once it expired.

    Args:
        session: the open session (the caller commits).
        cfg: the configuration (``conversation.remind_minutes``, ``expire_minutes``).
        conversation_id: the conversation.
        now: the time of the check.

    Returns:
        The Outbox row queued, if any.
    """
    conversation = repo.lock_conversation(session, conversation_id)
    if conversation is None or conversation.state == State.IDLE:
        return []
    spec = cfg.conversation
    quiet = now - conversation.updated_at
    stamp = int(conversation.updated_at.timestamp())
    if quiet >= timedelta(minutes=spec.expire_minutes):
        conversation.state, conversation.slots = State.IDLE.value, {}
        return [_tell(session, cfg, conversation, "expired", key=f"expire:{conversation.id}:{stamp}")]
    if quiet >= timedelta(minutes=spec.remind_minutes) and conversation.reminded_at is None:
        repo.mark_reminded(session, conversation, now)
        return [_tell(session, cfg, conversation, "reminder", key=f"remind:{conversation.id}:{stamp}")]
    return []


def _tell(session: Session, cfg: Config, conversation: Conversation, name: str, *, key: str) -> Outbox:
    identity = conversation.identity
    text = Texts(cfg.messages, conversation.language)(name)
    return repo.add_outbox(
        session, channel=identity.channel, recipient_id=identity.platform_user_id, payload=payload(text),
        key=key, identity_id=identity.id, kind="reminder",
    )  # fmt: skip
