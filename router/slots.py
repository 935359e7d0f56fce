"""What a conversation remembers between messages: its state and the report's slots.

The database keeps both as plain values (``Conversation.state`` a string, ``Conversation.slots`` JSON);
the dialogue works on the typed forms here and writes them back at the end of each step.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields
from enum import StrEnum
from typing import Any


class State(StrEnum):
    """Where the conversation stands: idle, or waiting for one answer about the report in progress."""

    IDLE = "idle"
    AWAIT_DESCRIPTION = "await_description"
    AWAIT_CATEGORY = "await_category"
    AWAIT_LOCATION = "await_location"
    AWAIT_PLACE_CHOICE = "await_place_choice"
    AWAIT_CONFIRM = "await_confirm"
    AWAIT_CORRECTION = "await_correction"
    AWAIT_DUPLICATE = "await_duplicate"


REPORT_STATES = frozenset(State) - {State.IDLE}
# A question about a report that has its problem already: a new complaint is not its answer.
PENDING_STATES = frozenset(
    {State.AWAIT_LOCATION, State.AWAIT_PLACE_CHOICE, State.AWAIT_CONFIRM, State.AWAIT_DUPLICATE}
)
# The bot asked "where?": the message is read as a place first.
PLACE_STATES = frozenset({State.AWAIT_LOCATION, State.AWAIT_PLACE_CHOICE})


@dataclass
class Slots:
    """The report (or question) in progress, and those set aside while the citizen told of another problem.

    Attributes:
        kind: ``report``, or ``question`` for an information request (no place asked, answered by staff).
        category: the category code, once known.
        candidates: category codes to offer as buttons, best first.
        rejected: the category the citizen said was wrong.
        description: the citizen's messages about the problem.
        place: the resolved place (``Location.to_dict()``: text, kelurahan, kecamatan, kota).
        choices: places to choose from when the name was ambiguous.
        place_text: the ambiguous name, as the citizen wrote it.
        place_detail: the citizen's words for where exactly ("gang belakang pasar", "RT 05").
        unresolved: a place name the gazetteer did not know (said so once, then dropped).
        outside: a place outside the city (said so once, then dropped).
        lat, lng: a shared map pin.
        media: stored photo references.
        duplicate: the number of the open ticket offered to follow.
        duplicate_declined: the citizen wants their own ticket anyway.
        kelurahan_asked: the kelurahan of a place known only to its kecamatan was asked (once is enough).
        after_status: the bot's last turn answered a status question (an "ok, I'll wait" is not a report).
        parked: earlier reports set aside, resumed in order when this one is done.
    """

    kind: str = "report"
    category: str | None = None
    candidates: list[str] = field(default_factory=list)
    rejected: str | None = None
    description: list[str] = field(default_factory=list)
    place: dict[str, Any] | None = None
    choices: list[dict[str, Any]] = field(default_factory=list)
    place_text: str | None = None
    place_detail: str | None = None
    unresolved: str | None = None
    outside: str | None = None
    lat: float | None = None
    lng: float | None = None
    media: list[str] = field(default_factory=list)
    duplicate: str | None = None
    duplicate_declined: bool = False
    kelurahan_asked: bool = False
    after_status: bool = False
    parked: list[Slots] = field(default_factory=list)

    @classmethod
    def load(cls, data: Mapping[str, Any] | None) -> Slots:
        """Reads the JSON the database keeps; unknown keys (from an older version) are ignored."""
        data = copy.deepcopy(dict(data or {}))  # never share lists with the row's loaded value
        known = {f.name for f in fields(cls)} - {"parked"}
        slots = cls(**{k: v for k, v in data.items() if k in known})
        slots.parked = [cls.load(p) for p in data.get("parked", [])]
        return slots

    def dump(self) -> dict[str, Any]:
        """The JSON to store: only what is set."""
        skip: tuple[object, ...] = (None, [], False, "report")
        out = {k: v for k, v in asdict(self).items() if k != "parked" and v not in skip}
        if self.parked:
            out["parked"] = [p.dump() for p in self.parked]
        return out

    @property
    def empty(self) -> bool:
        return not self.dump()

    def forget_place(self) -> None:
        """Drops every trace of the place, before the citizen gives it again."""
        self.place, self.choices, self.lat, self.lng, self.place_detail = None, [], None, None, None
