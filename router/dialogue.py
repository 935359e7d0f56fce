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
from sqlalchemy.orm.attributes import flag_modified

from aduan.settings import Config
from nlu.client import Location, NluResult, category_of, to_location
from router import tickets
from router.replies import (
    CATEGORY_COMMAND,
    FIX_COMMAND,
    NO_COMMAND,
    PLACE_COMMAND,
    YES_COMMAND,
    Payload,
    Texts,
    category_name,
    detect_language,
    payload,
)
from store import repo
from store.models import Conversation, Identity, Message, Outbox, utcnow

REPORT_STATES = (
    "await_description", "await_category", "await_location", "await_place_choice",
    "await_confirm", "await_correction", "await_duplicate",
)  # fmt: skip
LINK_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
LINK_MINUTES = 30
_ASK_LINK = re.compile(r"^(/link|kode akun|link account)$", re.IGNORECASE)
_USE_LINK = re.compile(r"^(?:/start\s+link-|/link\s+|hubungkan\s+|link\s+)([A-Za-z0-9]{6})$", re.IGNORECASE)
# "belum beres" after a ticket is selesai: the citizen asks to reopen it.
_REOPEN = re.compile(
    r"\b(belum\s+(beres|tuntas|diperbaiki|dikerjakan)|masih\s+(rusak|mati|belum|sama|bermasalah)|buka\s+(lagi|kembali)"
    r"|not\s+(fixed|resolved|done)|still\s+(broken|not)|reopen)\b",
    re.IGNORECASE,
)
# Short answers the NLU may not read as affirm/deny on their own (a safety net, matched on the whole message).
YES_WORDS = frozenset("ya iya iyaa y yes yup yap ok oke okay betul benar bener sudah udah setuju sip kirim".split())
NO_WORDS = frozenset("tidak tdk bukan nggak ngga gak ga enggak no nope salah".split())
# A message that is only one of these asks how to use Aduan, as /help does on Telegram; "bantuan" alone is
# too short for the NLU to tell a request for help from a request for aid.
HELP_WORDS = frozenset({"help", "bantuan", "menu", "panduan", "cara lapor", "cara melapor", "bantuan dong"})
MAX_BUTTONS = 3
SUMMARY_CHARS = 300
DEFAULT_CATEGORIES = ("sampah", "banjir", "jalan")


class Places(Protocol):
    def locate(self, lat: float, lng: float) -> Any: ...
    def unit(self, kode: str) -> Any: ...


@dataclass
class Context:
    """What the dialogue needs besides the database: configuration, the gazetteer, the clock."""

    cfg: Config
    places: Places | None = None
    now: datetime = field(default_factory=utcnow)


@dataclass
class Turn:
    """One step's working state: the conversation, its slots, the replies and notifications collected so far."""

    ctx: Context
    session: Session
    identity: Identity
    conversation: Conversation
    message: Message
    parse: NluResult | None
    texts: Texts
    replies: list[Payload] = field(default_factory=list)
    notifications: list[Outbox] = field(default_factory=list)

    @property
    def slots(self) -> dict[str, Any]:
        return self.conversation.slots

    @property
    def state(self) -> str:
        return self.conversation.state

    def say(self, name: str, *, buttons: list[tuple[str, str]] | None = None, location: bool = False, **fields: Any) -> None:
        self.replies.append(payload(self.texts(name, **fields), buttons=buttons or (), request_location=location))

    def category_name(self, code: str) -> str:
        return category_name(self.ctx.cfg.categories, code, self.texts.language)


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
    turn = Turn(ctx, session, identity, conversation, message, parse, Texts(ctx.cfg.messages, conversation.language))
    turn.conversation.slots = dict(conversation.slots or {})
    _record_nlu(message, parse)
    _handle(turn)
    conversation.slots = dict(conversation.slots or {})
    flag_modified(conversation, "slots")  # mutated in place, maybe after an autoflush wrote the old value
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
        )
        for i, reply in enumerate(turn.replies)
    ]
    return rows + turn.notifications


def _expire(ctx: Context, conversation: Conversation) -> None:
    limit = timedelta(minutes=float(ctx.cfg.conversation.expire_minutes))
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
    command, _, arg = text.partition(" ")
    if command in COMMANDS:
        return COMMANDS[command](turn, arg.strip())
    if " ".join(text.lower().strip("/!?. ").split()) in HELP_WORDS:
        return INTENT_HANDLERS["help"](turn)
    if turn.message.media:
        turn.slots["media"] = [*turn.slots.get("media", []), *turn.message.media]
    if turn.message.latitude is not None and turn.message.longitude is not None:
        return _on_pin(turn)
    if not any(ch.isalnum() for ch in text):
        return _on_photo(turn) if turn.message.media else turn.say("unreadable")
    if _REOPEN.search(text) and _on_reopen(turn):
        return None
    answer = _answer(turn, text)
    if answer is not None:
        return _on_yes(turn) if answer else _on_no(turn)
    intent = turn.parse.intent if turn.parse else "out_of_scope"
    handler = INTENT_HANDLERS.get(intent)
    if handler is not None:
        return handler(turn)
    return _on_report(turn)


def _answer(turn: Turn, text: str) -> bool | None:
    """True for yes, False for no, None when the message is neither."""
    intent = turn.parse.intent if turn.parse else None
    words = re.sub(r"[^\w\s]", " ", text.lower()).split()
    if intent == "affirm" or (words and all(w in YES_WORDS for w in words)):
        return True
    if intent == "deny" or (words and all(w in NO_WORDS for w in words)):
        return False
    return None


# --- conversational intents -------------------------------------------------------------------


def _on_small_talk(name: str) -> Callable[[Turn], None]:
    def handle(turn: Turn) -> None:
        if turn.state in REPORT_STATES and name in ("greet", "out_of_scope"):
            return _on_report(turn)
        if turn.message.media and turn.state == "idle":
            return _ask_description(turn)
        turn.say(name)
        if turn.state in REPORT_STATES and name == "help":
            _advance(turn)

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
    numbers = _numbers(turn)
    if numbers:
        return _cancel_ticket(turn, numbers[0])
    if turn.state == "idle":
        turn.say("nothing_to_cancel")
    else:
        _reset(turn.conversation)
        turn.say("cancelled")


def _cancel_ticket(turn: Turn, number: str) -> None:
    ticket = _own_tickets(turn).get(number)
    if ticket is None or ticket.citizen_id != turn.identity.citizen_id:
        return turn.say("status_unknown", number=number)
    if (ticket.state, "dibatalkan") not in tickets.CITIZEN_MOVES:
        return turn.say("ticket_cannot_cancel", number=number, state=turn.texts.state(ticket.state))
    actor = tickets.Actor.citizen(turn.identity.citizen_id)
    turn.notifications += tickets.transition(turn.session, turn.ctx.cfg, ticket, "dibatalkan", actor=actor,
                                             note=turn.message.text, now=turn.ctx.now)
    turn.say("ticket_cancelled", number=number)


_NUMBER = re.compile(r"\b([A-Za-z]{2,6})[-\s]?(\d{1,9})\b")


def _numbers(turn: Turn) -> list[str]:
    """The ticket numbers named in the message, normalised (``adu 45`` -> ``ADU-000045``)."""
    cfg = turn.ctx.cfg.ticket
    prefix = cfg.prefix.upper()
    found = _NUMBER.findall(turn.message.text)
    return [f"{prefix}-{int(n):0{cfg.digits}d}" for p, n in found if p.upper() == prefix]


def _own_tickets(turn: Turn) -> dict[str, Any]:
    """The citizen's tickets and those they follow, by number: all a citizen may ever see."""
    session, citizen_id = turn.session, turn.identity.citizen_id
    found = [*repo.tickets_of_citizen(session, citizen_id, limit=50),
             *repo.tickets_followed(session, citizen_id, limit=50)]
    return {t.number: t for t in sorted(found, key=lambda t: t.id, reverse=True)}


def _on_status(turn: Turn) -> None:
    asked = _numbers(turn)
    own = _own_tickets(turn)
    if asked:
        for number in asked[:MAX_BUTTONS]:
            ticket = own.get(number)  # a citizen only ever sees their own tickets (and those they follow)
            if ticket is None:
                turn.say("status_unknown", number=number)
            else:
                turn.replies.append(payload(_status_line(turn, ticket)))
        return
    if not own:
        turn.say("status_none")
        return
    lines = [_status_line(turn, t) for t in list(own.values())[:MAX_BUTTONS]]
    turn.replies.append(payload("\n".join(lines)))


def _status_line(turn: Turn, ticket: Any) -> str:
    staff_notes = [e.note for e in ticket.events if e.kind == "state" and e.note and e.actor.startswith("staff:")]
    last = staff_notes[-1] if staff_notes else None
    agency = ticket.agency.nama if ticket.agency else "-"
    return turn.texts(
        "status_line",
        number=ticket.number,
        category=turn.category_name(ticket.category),
        state=turn.texts.state(ticket.state),
        agency=agency,
        note=f" ({last})" if last else "",
    )


def _on_reopen(turn: Turn) -> bool:
    """'belum beres': reopens the named (or the latest) selesai ticket of the citizen; False when there is none."""
    if turn.state != "idle" and not _numbers(turn):
        return False
    own = [t for t in _own_tickets(turn).values() if t.citizen_id == turn.identity.citizen_id and t.state == "selesai"]
    named = [t for t in own if t.number in _numbers(turn)]
    if not own or (_numbers(turn) and not named):
        return False
    ticket = (named or sorted(own, key=lambda t: t.resolved_at or t.created_at, reverse=True))[0]
    cfg = turn.ctx.cfg
    if not tickets.reopenable(cfg, ticket, turn.ctx.now):
        turn.say("reopen_too_late", number=ticket.number, days=f"{cfg.ticket.reopen_days:g}")
        return True
    actor = tickets.Actor.citizen(turn.identity.citizen_id)
    turn.notifications += tickets.transition(turn.session, cfg, ticket, "proses", actor=actor, note=turn.message.text,
                                             now=turn.ctx.now)
    turn.say("reopened", number=ticket.number, agency=cfg.agencies[ticket.agency_code].nama)
    return True


# --- answers and button commands -------------------------------------------------------------


def _on_yes(turn: Turn) -> None:
    if turn.state == "await_confirm":
        return _submit(turn)
    if turn.state == "await_duplicate":
        return _follow(turn)
    if turn.state in REPORT_STATES:
        return _advance(turn)
    turn.say("help")


def _on_no(turn: Turn) -> None:
    parse = turn.parse
    if turn.state in ("await_confirm", "await_correction") and parse and (parse.location.text or parse.category):
        return _on_report(turn)  # "bukan, di kel. pejaten barat": the correction itself
    if turn.state == "await_confirm":
        return _ask_correction(turn)
    if turn.state == "await_duplicate":
        turn.slots["duplicate_declined"] = True
        return _open(turn)
    if turn.state in REPORT_STATES:
        return _advance(turn)
    turn.say("help")


def _on_yes_command(turn: Turn, _arg: str) -> None:
    _on_yes(turn)


def _on_no_command(turn: Turn, _arg: str) -> None:
    _on_no(turn)


def _on_fix(turn: Turn, what: str) -> None:
    """A press on "Kategori" or "Lokasi" after the citizen said the summary is wrong."""
    if turn.state not in REPORT_STATES:
        return turn.say("help")
    if what == "kategori":
        rejected = turn.slots.pop("category", None)
        turn.slots["candidates"] = [c for c in turn.slots.get("candidates", []) if c != rejected]
        turn.slots["rejected"] = rejected
        return _ask_category(turn, fix=True)
    for key in ("place", "choices", "lat", "lng"):
        turn.slots.pop(key, None)
    turn.conversation.state = "await_location"
    turn.say("ask_location_fix", location=True)


def _on_category_choice(turn: Turn, code: str) -> None:
    if turn.state == "idle" and not turn.slots:
        return turn.say("help")  # an old button pressed after the report was finished
    if code in turn.ctx.cfg.categories:
        turn.slots["category"] = code
        turn.slots.pop("candidates", None)
    _advance(turn)


def _on_place_choice(turn: Turn, kode: str) -> None:
    for choice in turn.slots.get("choices", []):
        if kode in (choice.get("kelurahan"), choice.get("kecamatan"), choice.get("kota")):
            turn.slots["place"] = choice
            turn.slots.pop("choices", None)
    if turn.state == "idle" and not turn.slots:
        return turn.say("help")
    _advance(turn)


# --- the report -------------------------------------------------------------------------------


def _on_report(turn: Turn) -> None:
    """A message that describes a problem, a place, or both (or that the NLU could not read)."""
    if turn.state == "idle" and _over_limit(turn):
        return None
    parse = turn.parse
    details = _is_details(turn)
    _take_category(turn, replace=turn.state in ("await_confirm", "await_correction"))
    if parse is not None and parse.location.text:
        _take_location(turn, parse.location)
    if details:
        _add_description(turn)
    _advance(turn)


def _is_details(turn: Turn) -> bool:
    """Whether the message tells about the problem (kept as the description), not only a place or an answer."""
    parse = turn.parse
    if parse is None:
        return False
    if turn.state in ("idle", "await_description") or parse.category:
        return True
    return parse.intent not in INTENT_HANDLERS and parse.intent != "inform_location" and not parse.location.text


def _add_description(turn: Turn) -> None:
    text = turn.message.text.strip()
    if text and not text.startswith("/"):
        turn.slots["description"] = [*turn.slots.get("description", []), text]


def _take_category(turn: Turn, *, replace: bool) -> None:
    parse = turn.parse
    if parse is None or (turn.slots.get("category") and not replace):
        return
    cfg = turn.ctx.cfg.nlu
    ranked = [code for code, _ in parse.categories()]
    if parse.category is None:
        if ranked and parse.intent not in INTENT_HANDLERS and parse.intent != "inform_location":
            turn.slots["candidates"] = ranked[:MAX_BUTTONS]
        return
    scores = parse.categories()
    close = len(scores) > 1 and scores[0][1] - scores[1][1] < cfg.ambiguity_margin
    if parse.confidence >= cfg.confidence_threshold and not close:
        turn.slots["category"] = parse.category
        turn.slots["candidates"] = ranked[:MAX_BUTTONS + 1]
    elif not turn.slots.get("category"):
        turn.slots["candidates"] = ranked[:MAX_BUTTONS]


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
    return location.to_dict()


def _on_pin(turn: Turn) -> None:
    lat, lng = turn.message.latitude, turn.message.longitude
    assert lat is not None and lng is not None
    if turn.state == "idle" and _over_limit(turn):
        return None
    location = to_location(turn.ctx.places.locate(lat, lng)) if turn.ctx.places is not None else Location()
    if location.outside:  # a pin in the sea or outside Jakarta
        turn.slots["outside"] = location.text or f"{lat},{lng}"
    else:
        turn.slots["lat"], turn.slots["lng"] = lat, lng
        _take_location(turn, location)
    if turn.message.text.strip() and turn.parse is not None:
        _take_category(turn, replace=False)
        _add_description(turn)
    _advance(turn)


def _on_photo(turn: Turn) -> None:
    """A photo without words: attached to the report in progress, or to a ticket opened moments ago."""
    if turn.state in REPORT_STATES:
        turn.say("photo_added")
        return _advance(turn)
    recent = _recent_ticket(turn)
    if recent is not None:
        recent.media = [*recent.media, *turn.slots.pop("media", [])]
        repo.add_event(turn.session, recent, actor=str(tickets.Actor.citizen(turn.identity.citizen_id)),
                       kind="media_added", at=turn.ctx.now)
        turn.message.ticket_id = recent.id
        return turn.say("photo_added_to_ticket", number=recent.number)
    if _over_limit(turn):
        return None
    turn.conversation.state = "await_description"
    turn.say("photo_ask_description")


def _recent_ticket(turn: Turn) -> Any:
    minutes = float(turn.ctx.cfg.conversation.photo_attach_minutes)
    for ticket in repo.tickets_of_citizen(turn.session, turn.identity.citizen_id, limit=1):
        if ticket.identity_id == turn.identity.id and ticket.state in tickets.OPEN_STATES \
                and turn.ctx.now - ticket.created_at <= timedelta(minutes=minutes):
            return ticket
    return None


def _advance(turn: Turn) -> None:
    """Asks for the first missing piece, or shows the summary to confirm when nothing is missing."""
    slots = turn.slots
    if slots.pop("outside", None) and not slots.get("place"):
        turn.conversation.state = "await_location"
        return turn.say("place_outside", location=True)
    if not slots.get("category"):
        if not slots.get("description"):
            return _ask_description(turn)
        return _ask_category(turn)
    if slots.get("choices"):
        return _ask_place_choice(turn)
    if not slots.get("place"):
        return _ask_location(turn)
    _ask_confirm(turn)


def _ask_description(turn: Turn) -> None:
    turn.conversation.state = "await_description" if turn.slots else "idle"
    turn.say("ask_description")


def _ask_category(turn: Turn, *, fix: bool = False) -> None:
    turn.conversation.state = "await_category"
    rejected = turn.slots.get("rejected")
    codes = [c for c in turn.slots.get("candidates", []) if c not in ("lainnya", rejected)][:MAX_BUTTONS]
    if not codes:
        codes = [c for c in DEFAULT_CATEGORIES if c != rejected]
    buttons = [(turn.category_name(c), f"{CATEGORY_COMMAND} {c}") for c in codes]
    buttons.append((turn.texts("button_other"), f"{CATEGORY_COMMAND} lainnya"))
    turn.say("ask_category_fix" if fix else "ask_category", buttons=buttons)


def _ask_location(turn: Turn) -> None:
    unresolved = turn.slots.pop("unresolved", None)
    asked_before = turn.state == "await_location"
    turn.conversation.state = "await_location"
    if unresolved:
        return turn.say("place_unknown", location=True)
    if asked_before:
        return turn.say("ask_location_again", location=True)
    turn.say("ask_location", location=True, category=turn.category_name(turn.slots["category"]))


def _ask_place_choice(turn: Turn) -> None:
    turn.conversation.state = "await_place_choice"
    buttons = [(_place_label(turn, c), f"{PLACE_COMMAND} {c.get('kelurahan') or c.get('kecamatan') or c.get('kota')}")
               for c in turn.slots["choices"]]
    turn.say("ask_place_choice", buttons=buttons, place=turn.slots.get("place_text") or "")


def _ask_confirm(turn: Turn) -> None:
    turn.conversation.state = "await_confirm"
    slots = turn.slots
    description = "\n".join(slots.get("description", [])).strip()
    if len(description) > SUMMARY_CHARS:
        description = description[:SUMMARY_CHARS].rstrip() + "…"
    photos = len(slots.get("media", []))
    turn.say(
        "confirm",
        buttons=[(turn.texts("button_yes"), YES_COMMAND), (turn.texts("button_no"), NO_COMMAND)],
        category=turn.category_name(slots["category"]),
        place=_place_label(turn, slots["place"]),
        description=description or turn.texts("no_description"),
        photos=turn.texts("confirm_photos", count=photos) if photos else "",
    )


def _ask_correction(turn: Turn) -> None:
    turn.conversation.state = "await_correction"
    buttons = [(turn.texts("button_fix_category"), f"{FIX_COMMAND} kategori"),
               (turn.texts("button_fix_place"), f"{FIX_COMMAND} lokasi")]
    turn.say("ask_correction", buttons=buttons)


def _place_label(turn: Turn, place: Mapping[str, Any]) -> str:
    names = [_unit_name(turn, place.get(level)) for level in ("kelurahan", "kecamatan", "kota")]
    label = ", ".join(n for n in names if n)
    return label or str(place.get("text") or turn.texts("unknown_place"))


def _unit_name(turn: Turn, kode: str | None) -> str | None:
    if not kode or turn.ctx.places is None:
        return kode
    try:
        return str(turn.ctx.places.unit(kode).nama)
    except KeyError:
        return kode


def _over_limit(turn: Turn) -> bool:
    """Refuses (and flags for staff) a citizen who already filed ``max_reports_per_hour`` reports in the last hour."""
    limit = int(turn.ctx.cfg.conversation.max_reports_per_hour)
    count = repo.reports_since(turn.session, turn.identity.citizen_id, turn.ctx.now - timedelta(hours=1))
    if count < limit:
        return False
    reason = f"rate limit: {count} reports within an hour, {turn.ctx.now:%Y-%m-%d %H:%M} UTC"
    repo.flag_citizen(turn.session, turn.identity.citizen_id, reason)
    _reset(turn.conversation)
    turn.say("rate_limited", count=count)
    return True


def _draft(turn: Turn) -> tickets.Draft:
    slots = turn.slots
    place = slots["place"]
    return tickets.Draft(
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


def _submit(turn: Turn) -> None:
    """The citizen confirmed the summary: offer a likely duplicate to follow, else open the ticket."""
    if _over_limit(turn):
        return None
    if turn.slots.get("duplicate_declined"):
        return _open(turn)
    match = tickets.find_duplicate(turn.session, turn.ctx.cfg, _draft(turn), citizen_id=turn.identity.citizen_id,
                                   now=turn.ctx.now)
    if match is None:
        return _open(turn)
    state = turn.texts.state(match.state)
    if match.citizen_id == turn.identity.citizen_id or any(f.identity_id == turn.identity.id for f in match.followers):
        _reset(turn.conversation)
        return turn.say("duplicate_own", number=match.number, state=state)
    turn.slots["duplicate"] = match.number
    turn.conversation.state = "await_duplicate"
    buttons = [(turn.texts("button_yes"), YES_COMMAND), (turn.texts("button_no"), NO_COMMAND)]
    turn.say("duplicate_offer", buttons=buttons, number=match.number, state=state)


def _follow(turn: Turn) -> None:
    ticket = repo.ticket_by_number(turn.session, turn.slots.get("duplicate", ""))
    if ticket is None or ticket.state not in tickets.OPEN_STATES:
        return _open(turn)  # it closed in the meantime: the citizen's report stands on its own
    tickets.follow(turn.session, ticket, turn.identity, language=turn.texts.language, now=turn.ctx.now)
    turn.message.ticket_id = ticket.id
    _reset(turn.conversation)
    turn.say("duplicate_followed", number=ticket.number)


def _open(turn: Turn) -> None:
    draft = _draft(turn)
    ticket = tickets.open_ticket(turn.session, turn.ctx.cfg, turn.identity, draft, language=turn.texts.language,
                                 now=turn.ctx.now)
    turn.message.ticket_id = ticket.id
    turn.say(
        "ticket_opened",
        number=ticket.number,
        category=turn.category_name(ticket.category),
        place=_place_label(turn, turn.slots["place"]),
        agency=turn.ctx.cfg.agencies[ticket.agency_code].nama if ticket.agency_code else "",
    )
    _reset(turn.conversation)


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
    if conversation is None or conversation.state == "idle":
        return []
    spec = cfg.conversation
    quiet = now - conversation.updated_at
    stamp = int(conversation.updated_at.timestamp())
    if quiet >= timedelta(minutes=spec.expire_minutes):
        _reset(conversation)
        return [_tell(session, cfg, conversation, "expired", key=f"expire:{conversation.id}:{stamp}")]
    if quiet >= timedelta(minutes=spec.remind_minutes) and conversation.reminded_at is None:
        repo.mark_reminded(session, conversation, now)
        return [_tell(session, cfg, conversation, "reminder", key=f"remind:{conversation.id}:{stamp}")]
    return []


def _tell(session: Session, cfg: Config, conversation: Conversation, name: str, *, key: str) -> Outbox:
    identity = conversation.identity
    text = Texts(cfg.messages, conversation.language)(name)
    return repo.add_outbox(session, channel=identity.channel, recipient_id=identity.platform_user_id,
                           payload=payload(text), key=key, identity_id=identity.id, kind="reminder")


INTENT_HANDLERS: dict[str, Callable[[Turn], None]] = {
    "greet": _on_small_talk("greet"),
    "help": _on_small_talk("help"),
    "thanks": _on_small_talk("thanks"),
    "out_of_scope": _on_small_talk("out_of_scope"),
    "emergency": _on_emergency,
    "cancel": _on_cancel,
    "status_query": _on_status,
    "affirm": _on_yes,
    "deny": _on_no,
}
COMMANDS: dict[str, Callable[[Turn, str], None]] = {
    CATEGORY_COMMAND: _on_category_choice,
    PLACE_COMMAND: _on_place_choice,
    YES_COMMAND: _on_yes_command,
    NO_COMMAND: _on_no_command,
    FIX_COMMAND: _on_fix,
}


def is_command(text: str) -> bool:
    """True for button values and commands the dialogue reads itself, without the NLU."""
    return (
        text.partition(" ")[0] in COMMANDS
        or text == "/start"
        or text.startswith("/start ")
        or bool(_ASK_LINK.match(text))
        or bool(_USE_LINK.match(text))
    )


__all__ = ["Context", "step", "is_command", "category_of", "remind_or_expire"]
