"""The conversation: what the citizen told us so far, and what to ask next.

``step`` takes one inbound message (and what the NLU read in it, or None for a button
press), updates the conversation's slots, and either asks for what is missing or opens the
ticket. Replies become Outbox rows in the caller's transaction, keyed on the message id, so a
reprocessed message never replies twice.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy.orm import Session

from nlu.client import Location, NluResult, category_of, to_location
from router import tickets
from router.replies import CATEGORY_COMMAND, PLACE_COMMAND, Payload, Texts, category_name, detect_language, payload
from store import repo
from store.models import Conversation, Identity, Message, Outbox, utcnow

REPORT_STATES = ("await_category", "await_location", "await_place_choice")
LINK_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
LINK_MINUTES = 30
_ASK_LINK = re.compile(r"^(/link|kode akun|link account)$", re.IGNORECASE)
_USE_LINK = re.compile(r"^(?:/start\s+link-|/link\s+|hubungkan\s+|link\s+)([A-Za-z0-9]{6})$", re.IGNORECASE)
MAX_BUTTONS = 3


class Places(Protocol):
    def locate(self, lat: float, lng: float) -> Any: ...
    def unit(self, kode: str) -> Any: ...


@dataclass
class Context:
    """What the dialogue needs besides the database: configuration, the gazetteer, the clock."""

    cfg: Mapping[str, Any]
    places: Places | None = None
    now: datetime = field(default_factory=utcnow)


@dataclass
class Turn:
    """One step's working state: the conversation, its slots, and the replies collected so far."""

    ctx: Context
    session: Session
    identity: Identity
    conversation: Conversation
    message: Message
    parse: NluResult | None
    texts: Texts
    replies: list[Payload] = field(default_factory=list)

    @property
    def slots(self) -> dict[str, Any]:
        return self.conversation.slots

    def say(self, name: str, *, buttons: list[tuple[str, str]] | None = None, location: bool = False, **fields: Any) -> None:
        self.replies.append(payload(self.texts(name, **fields), buttons=buttons or (), request_location=location))


def step(session: Session, ctx: Context, message: Message, parse: NluResult | None) -> list[Outbox]:
    """Advances the citizen's conversation by one inbound message.

    Args:
        session: the open session; the caller commits.
        ctx: configuration, gazetteer and clock.
        message: the inbound message (already claimed by the caller).
        parse: the NLU's reading, or None when the text is a button command or empty.

    Returns:
        The Outbox rows queued as replies.
    """
    identity = message.identity
    conversation = repo.conversation_for(session, identity)
    _expire(ctx, conversation)
    if any(ch.isalpha() for ch in message.text):
        conversation.language = detect_language(message.text, conversation.language)
    turn = Turn(ctx, session, identity, conversation, message, parse, Texts(ctx.cfg["messages"], conversation.language))
    turn.conversation.slots = dict(conversation.slots or {})
    _record_nlu(message, parse)
    _handle(turn)
    conversation.updated_at = ctx.now
    return [
        repo.add_outbox(
            session,
            channel=identity.channel,
            recipient_id=identity.platform_user_id,
            payload=reply,
            key=f"reply:{message.id}:{i}",
            identity_id=identity.id,
            kind="reply",
        )
        for i, reply in enumerate(turn.replies)
    ]


def _expire(ctx: Context, conversation: Conversation) -> None:
    limit = timedelta(minutes=float(ctx.cfg["conversation"]["expire_minutes"]))
    if conversation.state != "idle" and conversation.updated_at and ctx.now - conversation.updated_at > limit:
        _reset(conversation)


def _reset(conversation: Conversation) -> None:
    conversation.state = "idle"
    conversation.slots = {}


def _record_nlu(message: Message, parse: NluResult | None) -> None:
    if parse is not None:
        message.intent = parse.intent
        message.category = parse.category
        message.confidence = parse.confidence
        message.entities = [dict(e) for e in parse.entities]


def _handle(turn: Turn) -> None:
    text = turn.message.text.strip()
    if _ASK_LINK.match(text):
        return _on_ask_link(turn)
    if match := _USE_LINK.match(text):
        return _on_use_link(turn, match.group(1))
    if text == "/start" or text.startswith("/start "):
        return turn.say("greet")
    if text.startswith(CATEGORY_COMMAND):
        return _on_category_choice(turn, text[len(CATEGORY_COMMAND) :].strip())
    if text.startswith(PLACE_COMMAND):
        return _on_place_choice(turn, text[len(PLACE_COMMAND) :].strip())
    if turn.message.media:
        turn.slots.setdefault("media", []).extend(turn.message.media)
    if turn.message.latitude is not None and turn.message.longitude is not None:
        return _on_pin(turn)
    intent = turn.parse.intent if turn.parse else "out_of_scope"
    handler = INTENT_HANDLERS.get(intent)
    if handler is not None:
        return handler(turn)
    return _on_report(turn)


# --- conversational intents -------------------------------------------------------------------


def _on_small_talk(name: str) -> Callable[[Turn], None]:
    def handle(turn: Turn) -> None:
        if turn.conversation.state in REPORT_STATES and name != "thanks":
            return _on_report(turn)
        if turn.message.media and turn.conversation.state == "idle":
            return _ask_description(turn)
        turn.say(name)

    return handle


def _on_ask_link(turn: Turn) -> None:
    code = "".join(secrets.choice(LINK_ALPHABET) for _ in range(6))
    expires = turn.ctx.now + timedelta(minutes=LINK_MINUTES)
    repo.create_link_code(turn.session, turn.identity.citizen_id, code=code, expires_at=expires)
    turn.say("link_code", code=code, minutes=LINK_MINUTES)


def _on_use_link(turn: Turn, code: str) -> None:
    linked = repo.use_link_code(turn.session, turn.identity, code, now=turn.ctx.now)
    turn.say("link_done" if linked else "link_unknown")


def _on_emergency(turn: Turn) -> None:
    turn.say("emergency")


def _on_cancel(turn: Turn) -> None:
    if turn.conversation.state == "idle":
        turn.say("nothing_to_cancel")
    else:
        _reset(turn.conversation)
        turn.say("cancelled")


_NUMBER = re.compile(r"\b([A-Za-z]{2,6})[-\s]?(\d{1,9})\b")


def _on_status(turn: Turn) -> None:
    cfg = turn.ctx.cfg
    prefix = cfg["ticket"]["prefix"].upper()
    asked = [
        f"{prefix}-{int(n):0{cfg['ticket']['digits']}d}"
        for p, n in _NUMBER.findall(turn.message.text)
        if p.upper() == prefix
    ]
    own = {t.number: t for t in repo.tickets_of_citizen(turn.session, turn.identity.citizen_id, limit=50)}
    if asked:
        for number in asked:
            ticket = own.get(number)  # a citizen only ever sees their own tickets
            if ticket is None:
                turn.say("status_unknown", number=number)
            else:
                turn.replies.append(payload(_status_line(turn, ticket)))
        return
    if not own:
        turn.say("status_none")
        return
    lines = [_status_line(turn, t) for t in list(own.values())[:3]]
    turn.replies.append(payload("\n".join(lines)))


def _status_line(turn: Turn, ticket: Any) -> str:
    last = next((e.note for e in reversed(ticket.events) if e.note), None)
    agency = ticket.agency.nama if ticket.agency else "-"
    return turn.texts(
        "status_line",
        number=ticket.number,
        category=category_name(turn.ctx.cfg["categories"], ticket.category, turn.texts.language),
        state=turn.texts.state(ticket.state),
        agency=agency,
        note=f" ({last})" if last else "",
    )


# --- the report -------------------------------------------------------------------------------


def _on_report(turn: Turn) -> None:
    """A message that describes a problem, a place, or both (or that the NLU could not read)."""
    parse = turn.parse
    state = turn.conversation.state
    if state != "await_location" or not turn.slots.get("category"):
        _take_category(turn)
    if parse is not None and parse.location.text:
        _take_location(turn, parse.location)
    if state == "idle" or (parse is not None and parse.category):
        _add_description(turn)
    _advance(turn)


def _add_description(turn: Turn) -> None:
    text = turn.message.text.strip()
    if text and not text.startswith("/"):
        turn.slots.setdefault("description", []).append(text)


def _take_category(turn: Turn) -> None:
    parse = turn.parse
    if parse is None:
        return
    cfg = turn.ctx.cfg["nlu"]
    ranked = parse.categories()
    if parse.category is None:
        if ranked and parse.intent not in INTENT_HANDLERS:
            turn.slots["candidates"] = [code for code, _ in ranked[:MAX_BUTTONS]]
        return
    close = len(ranked) > 1 and ranked[0][1] - ranked[1][1] < cfg["ambiguity_margin"]
    if parse.confidence >= cfg["confidence_threshold"] and not close:
        turn.slots["category"] = parse.category
    else:
        turn.slots["candidates"] = [code for code, _ in ranked[:MAX_BUTTONS]]


def _take_location(turn: Turn, location: Location) -> None:
    if location.outside:
        turn.slots["outside"] = location.text
    elif location.candidates:
        turn.slots["choices"] = [_place_dict(c) for c in location.candidates[:MAX_BUTTONS + 2]]
        turn.slots["place_text"] = location.text
    elif location.resolved:
        turn.slots["place"] = _place_dict(location)
        turn.slots.pop("choices", None)
    elif location.text:
        turn.slots["unresolved"] = location.text


def _place_dict(location: Location) -> dict[str, Any]:
    return {"text": location.text, "kelurahan": location.kelurahan, "kecamatan": location.kecamatan, "kota": location.kota}


def _on_pin(turn: Turn) -> None:
    lat, lng = turn.message.latitude, turn.message.longitude
    assert lat is not None and lng is not None
    turn.slots["lat"], turn.slots["lng"] = lat, lng
    if turn.ctx.places is not None:
        _take_location(turn, to_location(turn.ctx.places.locate(lat, lng)))
    if turn.message.text.strip() and turn.parse is not None:
        _take_category(turn)
        _add_description(turn)
    _advance(turn)


def _on_category_choice(turn: Turn, code: str) -> None:
    if code in turn.ctx.cfg["categories"]:
        turn.slots["category"] = code
        turn.slots.pop("candidates", None)
    _advance(turn)


def _on_place_choice(turn: Turn, kode: str) -> None:
    for choice in turn.slots.get("choices", []):
        if kode in (choice.get("kelurahan"), choice.get("kecamatan"), choice.get("kota")):
            turn.slots["place"] = choice
            turn.slots.pop("choices", None)
    _advance(turn)


def _advance(turn: Turn) -> None:
    """Asks for the first missing piece, or opens the ticket when nothing is missing."""
    slots = turn.slots
    if not slots.get("category"):
        if not slots.get("description") and not slots.get("place"):
            return _ask_description(turn)
        return _ask_category(turn)
    if slots.pop("outside", None) and not slots.get("place"):
        turn.conversation.state = "await_location"
        return turn.say("place_outside", location=True)
    if slots.get("choices"):
        return _ask_place_choice(turn)
    if not slots.get("place"):
        return _ask_location(turn)
    _open(turn)


def _ask_description(turn: Turn) -> None:
    turn.conversation.state = "idle" if not turn.slots else "await_category"
    turn.say("ask_description")


def _ask_category(turn: Turn) -> None:
    turn.conversation.state = "await_category"
    categories = turn.ctx.cfg["categories"]
    codes = [c for c in turn.slots.get("candidates", []) if c != "lainnya"][:MAX_BUTTONS]
    if not codes:
        codes = ["sampah", "banjir", "jalan"]
    buttons = [(category_name(categories, c, turn.texts.language), f"{CATEGORY_COMMAND} {c}") for c in codes]
    buttons.append((turn.texts("button_other"), f"{CATEGORY_COMMAND} lainnya"))
    turn.say("ask_category", buttons=buttons)


def _ask_location(turn: Turn) -> None:
    unresolved = turn.slots.pop("unresolved", None)
    asked_before = turn.conversation.state == "await_location"
    turn.conversation.state = "await_location"
    if unresolved or asked_before:
        return turn.say("place_unknown", location=True)
    category = category_name(turn.ctx.cfg["categories"], turn.slots["category"], turn.texts.language)
    turn.say("ask_location", location=True, category=category)


def _ask_place_choice(turn: Turn) -> None:
    turn.conversation.state = "await_place_choice"
    buttons = [(_place_label(turn, c), f"{PLACE_COMMAND} {c.get('kelurahan') or c.get('kecamatan') or c.get('kota')}")
               for c in turn.slots["choices"]]
    turn.say("place_unknown", buttons=buttons, location=False)


def _place_label(turn: Turn, place: Mapping[str, Any]) -> str:
    names = [_unit_name(turn, place.get(level)) for level in ("kelurahan", "kecamatan", "kota")]
    label = ", ".join(n for n in names if n)
    return label or str(place.get("text") or "?")


def _unit_name(turn: Turn, kode: str | None) -> str | None:
    if not kode or turn.ctx.places is None:
        return kode
    try:
        return str(turn.ctx.places.unit(kode).nama)
    except KeyError:
        return kode


def _open(turn: Turn) -> None:
    slots = turn.slots
    place = slots["place"]
    draft = tickets.Draft(
        category=slots["category"],
        description="\n".join(slots.get("description", [])),
        place_text=place.get("text"),
        kelurahan=place.get("kelurahan"),
        kecamatan=place.get("kecamatan"),
        kota=place.get("kota"),
        latitude=slots.get("lat"),
        longitude=slots.get("lng"),
        media=tuple(slots.get("media", [])),
    )
    ticket = tickets.open_ticket(turn.session, turn.ctx.cfg, turn.identity, draft, language=turn.texts.language)
    turn.message.ticket_id = ticket.id
    agency = turn.ctx.cfg["agencies"][ticket.agency_code]["nama"]
    turn.say(
        "ticket_opened",
        number=ticket.number,
        category=category_name(turn.ctx.cfg["categories"], ticket.category, turn.texts.language),
        place=_place_label(turn, place),
        agency=agency,
    )
    _reset(turn.conversation)


INTENT_HANDLERS: dict[str, Callable[[Turn], None]] = {
    "greet": _on_small_talk("greet"),
    "help": _on_small_talk("help"),
    "thanks": _on_small_talk("thanks"),
    "out_of_scope": _on_small_talk("out_of_scope"),
    "emergency": _on_emergency,
    "cancel": _on_cancel,
    "status_query": _on_status,
}


def is_command(text: str) -> bool:
    """True for button values and commands the dialogue reads itself, without the NLU."""
    return (
        text.startswith((CATEGORY_COMMAND, PLACE_COMMAND, "/start"))
        or bool(_ASK_LINK.match(text))
        or bool(_USE_LINK.match(text))
    )


__all__ = ["Context", "step", "is_command", "category_of"]
