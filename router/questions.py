"""What the bot asks next about a report, and the summary it shows before filing it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from router.replies import CATEGORY_COMMAND, FIX_COMMAND, NO_COMMAND, PLACE_COMMAND, YES_COMMAND
from router.slots import State
from router.turn import Turn
from store.models import TicketKind

MAX_BUTTONS = 3
PAGE_SIZE = 8  # categories per page: with "Lainnya" and "more", ten, what a WhatsApp list holds
SUMMARY_CHARS = 300
DEFAULT_CATEGORIES = ("sampah", "banjir", "jalan")
OTHER = "lainnya"


def advance(turn: Turn) -> None:
    """Asks for the first missing piece, or shows the summary to confirm when nothing is missing."""
    slots = turn.slots
    if slots.outside and not slots.place:
        slots.outside = None
        turn.state = State.AWAIT_LOCATION
        return turn.say("place_outside", location=True)
    slots.outside = None
    if not slots.category:
        return ask_category(turn) if slots.description else ask_description(turn)
    if slots.kind == TicketKind.QUESTION:
        return ask_confirm_question(turn)  # a question needs no place
    if slots.choices and not (slots.kelurahan_asked and slots.place):
        return ask_place_choice(turn)
    slots.choices = []  # the kelurahan was asked once and not given: the report is filed at the kecamatan
    if not slots.place:
        return ask_location(turn)
    if slots.place.get("kecamatan") and not slots.place.get("kelurahan") and not slots.kelurahan_asked:
        return ask_kelurahan(turn)
    ask_confirm(turn)


def ask_description(turn: Turn) -> None:
    turn.state = State.IDLE if turn.slots.empty else State.AWAIT_DESCRIPTION
    known = turn.slots.place or turn.slots.choices or turn.slots.lat is not None
    turn.say("ask_problem" if known else "ask_description")  # a map pin alone: what, not also where


def ask_category(turn: Turn, *, fix: bool = False) -> None:
    """The likeliest categories as buttons, "Lainnya", and (when correcting) a way to every category."""
    turn.state = State.AWAIT_CATEGORY
    rejected = turn.slots.rejected
    codes = [c for c in turn.slots.candidates if c not in (OTHER, rejected)][:MAX_BUTTONS]
    if not codes:
        codes = [c for c in DEFAULT_CATEGORIES if c != rejected]
    buttons = [(turn.category_name(c), f"{CATEGORY_COMMAND} {c}") for c in codes]
    if fix:
        buttons.append((turn.texts("button_more_categories"), f"{CATEGORY_COMMAND} +0"))
    buttons.append((turn.texts("button_other"), f"{CATEGORY_COMMAND} {OTHER}"))
    turn.say("ask_category_fix" if fix else "ask_category", buttons=buttons)


def ask_category_page(turn: Turn, page: int) -> None:
    """Every category, a page at a time: what the correction offers when the likely ones were all wrong."""
    turn.state = State.AWAIT_CATEGORY
    codes = [c for c in turn.ctx.cfg.categories if c not in (OTHER, turn.slots.rejected)]
    pages = max(1, -(-len(codes) // PAGE_SIZE))
    page = min(max(page, 0), pages - 1)
    shown = codes[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
    buttons = [(turn.category_name(c), f"{CATEGORY_COMMAND} {c}") for c in shown]
    buttons.append((turn.texts("button_other"), f"{CATEGORY_COMMAND} {OTHER}"))
    if page + 1 < pages:
        buttons.append((turn.texts("button_next_page"), f"{CATEGORY_COMMAND} +{page + 1}"))
    turn.say("ask_category_page", buttons=buttons, page=page + 1, pages=pages)


def ask_location(turn: Turn) -> None:
    unresolved, turn.slots.unresolved = turn.slots.unresolved, None
    asked_before = turn.state == State.AWAIT_LOCATION
    turn.state = State.AWAIT_LOCATION
    if unresolved:
        return turn.say("place_unknown", location=True)
    if asked_before:
        return turn.say("ask_location_again", location=True)
    assert turn.slots.category is not None
    turn.say("ask_location", location=True, category=turn.category_name(turn.slots.category))


def ask_place_choice(turn: Turn) -> None:
    turn.state = State.AWAIT_PLACE_CHOICE
    buttons = [(choice_label(turn, c), f"{PLACE_COMMAND} {place_code(c)}") for c in turn.slots.choices]
    turn.say("ask_place_choice", buttons=buttons, place=turn.slots.place_text or "")


def ask_kelurahan(turn: Turn) -> None:
    """A place known only to its kecamatan: its kelurahan as buttons, and "Tidak tahu" to file it as it is."""
    place = turn.slots.place
    assert place is not None
    turn.slots.kelurahan_asked = True
    kecamatan = place["kecamatan"]
    units = turn.ctx.places.kelurahan_in(kecamatan) if turn.ctx.places is not None else []
    if not units:
        return ask_confirm(turn)
    turn.state = State.AWAIT_PLACE_CHOICE
    turn.slots.choices = [{**place, "kelurahan": u.kode} for u in units]
    buttons = [(str(u.nama), f"{PLACE_COMMAND} {u.kode}") for u in units]
    buttons.append((turn.texts("button_dont_know"), f"{PLACE_COMMAND} {kecamatan}"))
    turn.say("ask_kelurahan", buttons=buttons, kecamatan=unit_name(turn, kecamatan))


def ask_confirm(turn: Turn) -> None:
    turn.state = State.AWAIT_CONFIRM
    slots = turn.slots
    assert slots.category is not None and slots.place is not None
    description = "\n".join(slots.description).strip()
    if len(description) > SUMMARY_CHARS:
        description = description[:SUMMARY_CHARS].rstrip() + "…"
    photos = len(slots.media)
    turn.say(
        "confirm",
        buttons=yes_no(turn),
        category=turn.category_name(slots.category),
        place=place_label(turn, slots.place),
        description=description or turn.texts("no_description"),
        photos=turn.texts("confirm_photos", count=photos) if photos else "",
    )


def ask_confirm_question(turn: Turn) -> None:
    turn.state = State.AWAIT_CONFIRM
    category = turn.slots.category
    assert category is not None
    agency = turn.ctx.cfg.agencies.get(turn.ctx.cfg.categories[category].agency)
    turn.say(
        "confirm_question",
        buttons=yes_no(turn),
        category=turn.category_name(category),
        question="\n".join(turn.slots.description).strip()[:SUMMARY_CHARS],
        agency=agency.nama if agency else "-",
    )


def ask_correction(turn: Turn) -> None:
    turn.state = State.AWAIT_CORRECTION
    buttons = [(turn.texts("button_fix_category"), f"{FIX_COMMAND} kategori"),
               (turn.texts("button_fix_place"), f"{FIX_COMMAND} lokasi")]  # fmt: skip
    turn.say("ask_correction", buttons=buttons)


def yes_no(turn: Turn) -> list[tuple[str, str]]:
    return [(turn.texts("button_yes"), YES_COMMAND), (turn.texts("button_no"), NO_COMMAND)]


def place_code(place: Mapping[str, Any]) -> str:
    """The most specific unit's code of a place."""
    return str(place.get("kelurahan") or place.get("kecamatan") or place.get("kota"))


def choice_label(turn: Turn, place: Mapping[str, Any]) -> str:
    """What a place choice is: "Kelurahan Pasar Minggu, Kec. Pasar Minggu" or "Kecamatan Pasar Minggu"."""
    kelurahan, kecamatan, kota = (
        unit_name(turn, place.get(level)) for level in ("kelurahan", "kecamatan", "kota")
    )
    if kelurahan:
        return turn.texts("place_kelurahan", kelurahan=kelurahan, kecamatan=kecamatan or "-")
    if kecamatan:
        return turn.texts("place_kecamatan", kecamatan=kecamatan, kota=kota or "-")
    return place_label(turn, place)


def place_label(turn: Turn, place: Mapping[str, Any]) -> str:
    names = [unit_name(turn, place.get(level)) for level in ("kelurahan", "kecamatan", "kota")]
    label = ", ".join(n for n in names if n)
    return label or str(place.get("text") or turn.texts("unknown_place"))


def unit_name(turn: Turn, kode: str | None) -> str | None:
    if not kode or turn.ctx.places is None:
        return kode
    try:
        return str(turn.ctx.places.unit(kode).nama)
    except KeyError:
        return kode
