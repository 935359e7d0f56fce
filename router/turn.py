"""One step of a conversation: what the dialogue's handlers share while they read one message."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy.orm import Session

from aduan.settings import Config
from nlu.client import NluResult
from router.replies import Payload, Texts, category_name, payload
from router.slots import Slots, State
from store.models import Conversation, Identity, Message, Outbox, utcnow


class Places(Protocol):
    def locate(self, lat: float, lng: float) -> Any: ...
    def unit(self, kode: str) -> Any: ...
    def kelurahan_in(self, kecamatan: str) -> list[Any]: ...


@dataclass
class Context:
    """What the dialogue needs besides the database: configuration, the gazetteer, the clock."""

    cfg: Config
    places: Places | None = None
    now: datetime = field(default_factory=utcnow)


@dataclass
class Turn:
    """One step's working state: the conversation, its slots, the replies and notifications collected so far.

    ``slots`` is the typed copy of ``conversation.slots``; ``step`` writes it back at the end.
    """

    ctx: Context
    session: Session
    identity: Identity
    conversation: Conversation
    message: Message
    parse: NluResult | None
    texts: Texts
    slots: Slots = field(default_factory=Slots)
    arg: str = ""  # a button command's argument: "/kategori sampah" -> "sampah"
    replies: list[Payload] = field(default_factory=list)
    notifications: list[Outbox] = field(default_factory=list)

    @property
    def state(self) -> State:
        return State(self.conversation.state)

    @state.setter
    def state(self, state: State) -> None:
        self.conversation.state = state.value

    @property
    def text(self) -> str:
        return self.message.text.strip()

    def reset(self) -> None:
        """Forgets the report in progress (and any set aside)."""
        self.state = State.IDLE
        self.slots = Slots()

    def say(self, name: str, *, buttons: list[tuple[str, str]] | None = None, location: bool = False,
            **fields: Any) -> None:  # fmt: skip
        text = self.texts(name, **fields)
        self.replies.append(payload(text, buttons=buttons or (), request_location=location))

    def category_name(self, code: str) -> str:
        return category_name(self.ctx.cfg.categories, code, self.texts.language)
