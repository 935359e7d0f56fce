"""Rendering what the bot says: texts from ``config.messages`` per language, filled with ``str.format``.

Outbox payloads have one shape, shared with ``bots.base.Reply.to_payload``:
``{"text": str, "buttons": [{"label", "value"}], "request_location": bool, "template": {...}}``.
Button values are commands (``/kategori sampah``, ``/tempat 31.74.04.1006``, ``/ya``, ``/tidak``,
``/ubah lokasi``) that the
dialogue reads without asking the NLU.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from aduan.errors import RoutingError
from aduan.settings import Category
from store.models import OutboxPayload, TicketState

Payload = OutboxPayload

CATEGORY_COMMAND = "/kategori"
PLACE_COMMAND = "/tempat"
YES_COMMAND = "/ya"
NO_COMMAND = "/tidak"
FIX_COMMAND = "/ubah"
_ENGLISH = frozenset(
    [
        "the",
        "a",
        "an",
        "is",
        "are",
        "was",
        "were",
        "my",
        "our",
        "there",
        "please",
        "help",
        "thank",
        "thanks",
        "you",
        "your",
        "i",
        "im",
        "i'm",
        "it",
        "its",
        "has",
        "have",
        "been",
        "not",
        "no",
        "broken",
        "street",
        "road",
        "light",
        "lights",
        "garbage",
        "trash",
        "flood",
        "flooding",
        "near",
        "in",
        "front",
        "of",
        "on",
        "at",
        "since",
        "days",
        "week",
        "hello",
        "hi",
        "report",
        "reporting",
        "problem",
        "this",
        "that",
    ]
)
_INDONESIAN = frozenset(
    [
        "di",
        "yang",
        "dan",
        "ini",
        "itu",
        "ada",
        "tidak",
        "gak",
        "ga",
        "nggak",
        "sudah",
        "udah",
        "udh",
        "sampai",
        "tolong",
        "dong",
        "min",
        "pak",
        "bu",
        "kak",
        "saya",
        "gue",
        "gw",
        "aku",
        "kami",
        "kita",
        "jalan",
        "sampah",
        "banjir",
        "lampu",
        "mati",
        "rusak",
        "depan",
        "dekat",
        "sejak",
        "hari",
        "minggu",
        "belum",
        "blm",
    ]
)
STATE_KEYS = {state.value: f"state_{state.value}" for state in TicketState}


class Texts:
    """The configured texts in one language, with English or Indonesian as the fallback language.

    Args:
        messages: ``config.messages``: language -> name -> text.
        language: ``id`` or ``en``.
    """

    def __init__(self, messages: Mapping[str, Mapping[str, str]], language: str) -> None:
        self.language = language if language in messages else "id"
        self._texts = messages[self.language]

    def __call__(self, name: str, **fields: Any) -> str:
        """Renders one text.

        Raises:
            RoutingError: the text is not configured.
        """
        try:
            template = self._texts[name]
        except KeyError:
            raise RoutingError(f"router: no text {name!r} in messages.{self.language}") from None
        return template.format(**fields)

    def state(self, state: str) -> str:
        """The citizen-facing name of a ticket state.

        Raises:
            RoutingError: an unknown state.
        """
        if state not in STATE_KEYS:
            raise RoutingError(f"router: unknown ticket state {state!r}")
        return self(STATE_KEYS[state])


def payload(text: str, *, buttons: Sequence[tuple[str, str]] = (), request_location: bool = False) -> Payload:
    """Builds an Outbox payload (the one shape, ``store.models.OutboxPayload``)."""
    out: Payload = {"text": text}
    if buttons:
        out["buttons"] = [{"label": label, "value": value} for label, value in buttons]
    if request_location:
        out["request_location"] = True
    return out


def detect_language(text: str, current: str = "id") -> str:
    """Guesses ``en`` or ``id`` from common words; short or mixed texts keep the current language."""
    words = re.findall(r"[a-z']+", text.lower())
    en = sum(w in _ENGLISH for w in words)
    idn = sum(w in _INDONESIAN for w in words)
    if en >= 2 and en > idn * 2:
        return "en"
    if idn >= 1 and idn >= en:
        return "id"
    return current


def category_name(categories: Mapping[str, Category], code: str, language: str) -> str:
    """The category's display name in the citizen's language."""
    spec = categories.get(code)
    if spec is None:
        return code
    return spec.name_en if language == "en" and spec.name_en else spec.nama
