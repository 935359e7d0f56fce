"""The side of a terminal chat (``aduan chat``) or a demo that plays the platform.

Each platform's fake module (``fakes/<platform>.py``) that can play a citizen's side defines a
``Chat`` class: it starts the fake platform API, points the channel's configuration block at it,
builds the signed webhooks a citizen's messages would produce, and reads back what reached the
fake as the citizen would see it. ``channels()`` finds them by the adapter names in
``bots.ADAPTERS``, so neither ``aduan chat`` nor ``aduan serve --fake-platforms`` names a platform.

A started chat side also answers under ``/_chat/`` on its fake's address, so that ``aduan chat`` in
another process can play the citizen against the fakes of a running ``aduan serve --fake-platforms``
(``RemoteChat``): it builds and signs the webhooks there and reads the replies that reached the fake.
"""

from __future__ import annotations

import base64
import importlib
import json
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import httpx
from flask import Flask, Response, jsonify, request
from werkzeug.middleware.dispatcher import DispatcherMiddleware

from bots import ADAPTERS
from fakes.server import ServerThread

CONTROL = "/_chat"

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

    def replies(self, user: str) -> list[ChatReply]:
        """Every reply that reached ``user`` on the fake, oldest first."""
        raise NotImplementedError

    def new_replies(self, user: str) -> list[ChatReply]:
        """The replies that reached ``user`` on the fake since the last call."""
        seen: dict[str, int] = self.__dict__.setdefault("_seen", {})
        replies = self.replies(user)
        fresh = replies[seen.get(user, 0) :]
        seen[user] = len(replies)
        return fresh

    def serve(self, app: Any) -> ServerThread:
        """Serves the fake platform ``app`` with this chat side's ``/_chat/`` control routes beside it."""
        self.server = ServerThread(DispatcherMiddleware(app, {CONTROL: _control_app(self)})).start()
        return self.server

    def stop(self) -> None:
        """Stops the fake platform server."""
        if self.server is not None:
            self.server.stop()


def _control_app(chat: ChatChannel) -> Flask:
    """``/_chat/update`` builds a citizen's webhook, ``/sign`` its headers, ``/replies`` reads back."""
    app = Flask("fake-chat-control")

    @app.post("/update")
    def update() -> Response | tuple[Response, int]:
        ask = request.get_json(silent=True) or {}
        kind, user = ask.get("kind"), str(ask.get("user", ""))
        try:
            if kind == "text":
                return jsonify(chat.text(user, str(ask["text"])))
            if kind == "pin":
                return jsonify(chat.pin(user, float(ask["lat"]), float(ask["lng"])))
            if kind == "button":
                return jsonify(chat.button(user, str(ask["value"]), str(ask["label"])))
            if kind == "photo":
                return jsonify(_photo(chat, user, ask))
        except (KeyError, TypeError, ValueError) as exc:
            return jsonify(error=f"bad {kind} request: {exc!r}"), 400
        return jsonify(error=f"unknown kind {kind!r}"), 400

    @app.post("/sign")
    def sign() -> Response:
        return jsonify(chat.headers(request.get_data()))

    @app.get("/replies")
    def replies() -> Response:
        return jsonify(replies=chat.replies(str(request.args.get("user", ""))))

    return app


def _photo(chat: ChatChannel, user: str, ask: Mapping[str, Any]) -> dict[str, Any]:
    """The photo travels in the request; the chat side reads it from a file, as a local one would."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / Path(str(ask["name"])).name
        path.write_bytes(base64.b64decode(str(ask["content"])))
        return chat.photo(user, str(path), str(ask.get("caption", "")))


class RemoteChat(ChatChannel):
    """The chat side of a fake that runs in another process (``aduan serve --fake-platforms``).

    Args:
        url: the fake platform's base URL, as that server printed it.
    """

    def __init__(self, url: str) -> None:
        self._http = httpx.Client(base_url=url.rstrip("/") + CONTROL, timeout=10)

    def start(self, block: Mapping[str, Any]) -> dict[str, Any]:
        return dict(block)  # the server has started its fake already

    def headers(self, body: bytes) -> dict[str, str]:
        signed: dict[str, str] = self._call("POST", "/sign", content=body)
        return signed

    def text(self, user: str, text: str) -> dict[str, Any]:
        return self._update(kind="text", user=user, text=text)

    def pin(self, user: str, lat: float, lng: float) -> dict[str, Any]:
        return self._update(kind="pin", user=user, lat=lat, lng=lng)

    def photo(self, user: str, path: str, caption: str) -> dict[str, Any]:
        content = base64.b64encode(Path(path).read_bytes()).decode()
        return self._update(kind="photo", user=user, name=Path(path).name, content=content, caption=caption)

    def button(self, user: str, value: str, label: str) -> dict[str, Any]:
        return self._update(kind="button", user=user, value=value, label=label)

    def replies(self, user: str) -> list[ChatReply]:
        found = self._call("GET", "/replies", params={"user": user})["replies"]
        return [
            (text, [(label, value) for label, value in buttons], bool(asks)) for text, buttons, asks in found
        ]

    def skip_old(self, user: str) -> None:
        """Marks what already reached ``user`` as seen: a chat that joins shows only its own replies."""
        self.new_replies(user)

    def stop(self) -> None:
        self._http.close()

    def _update(self, **ask: Any) -> dict[str, Any]:
        update: dict[str, Any] = self._call("POST", "/update", json=ask)
        return update

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self._http.request(method, path, **kwargs)
        response.raise_for_status()
        return json.loads(response.content)


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
