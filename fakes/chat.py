"""The side of a terminal chat (``aduan chat``) or a demo that plays the platform.

Each platform's fake module (``fakes/<platform>.py``) that can play a citizen's side defines a
``Chat`` class: it starts the fake platform API, points the channel's configuration block at it,
builds the signed webhooks a citizen's messages would produce, and reads back what reached the
fake as the citizen would see it. ``channels()`` finds them by the adapter names in
``bots.ADAPTERS``, so neither ``aduan chat`` nor ``aduan serve --fake-platforms`` names a platform.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any

from bots import ADAPTERS
from fakes.server import ServerThread

ChatReply = tuple[str, list[tuple[str, str]], bool]
"""What the citizen sees of one reply: text, choices as (label, value), and whether it asks for a location."""


class ChatChannel:
    """A platform's side of a chat: its fake API, the webhooks a citizen sends, and the replies back."""

    server: ServerThread | None = None

    def start(self, block: Mapping[str, Any]) -> dict[str, Any]:
        """Starts the fake platform and returns the channel's configuration block pointed at it."""
        raise NotImplementedError

    def headers(self, body: bytes) -> dict[str, str]:
        """The headers that authenticate a webhook with this body (secret token or signature)."""
        raise NotImplementedError

    def text(self, user: str, text: str) -> dict[str, Any]:
        """A webhook carrying a text message from ``user``."""
        raise NotImplementedError

    def pin(self, user: str, lat: float, lng: float) -> dict[str, Any]:
        """A webhook carrying a shared map point."""
        raise NotImplementedError

    def photo(self, user: str, path: str, caption: str) -> dict[str, Any]:
        """A webhook carrying the photo at ``path`` (made downloadable on the fake where it can be)."""
        raise NotImplementedError

    def button(self, user: str, value: str, label: str) -> dict[str, Any]:
        """A webhook for pressing the choice ``label`` whose value is ``value``."""
        raise NotImplementedError

    def new_replies(self, user: str) -> list[ChatReply]:
        """The replies that reached ``user`` on the fake since the last call."""
        raise NotImplementedError

    def stop(self) -> None:
        """Stops the fake platform server."""
        if self.server is not None:
            self.server.stop()


def channels() -> dict[str, type[ChatChannel]]:
    """The chat sides available, by adapter name: each ``fakes.<name>`` module that defines ``Chat``."""
    found: dict[str, type[ChatChannel]] = {}
    for name in ADAPTERS:
        try:
            module = importlib.import_module(f"{__package__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__package__}.{name}":
                raise  # the fake exists but something it imports does not
            continue
        chat = getattr(module, "Chat", None)
        if isinstance(chat, type) and issubclass(chat, ChatChannel):
            found[name] = chat
    return found
