"""A fake Telegram Bot API: answers python-telegram-bot's calls in the real shapes and records them.

Point ``channels.telegram.api_base_url`` at it. It also builds the updates a real Telegram
would POST to our webhook (``text_update``, ``location_update``, ``callback_update``...), and
``Chat`` plays a citizen's side of ``aduan chat``.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flask import Flask, Response, jsonify, request

from fakes.chat import ChatChannel, ChatReply

BOT_USER = {"id": 7000000001, "is_bot": True, "first_name": "Aduan", "username": "aduan_bot"}


@dataclass
class Failure:
    status: int
    description: str
    retry_after: int | None = None


@dataclass
class FakeTelegram:
    """The fake's state: what was sent, to whom, and which calls should fail."""

    sent: list[dict[str, Any]] = field(default_factory=list)
    blocked: set[int] = field(default_factory=set)
    failures: list[Failure] = field(default_factory=list)
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # file_id -> (file_path, content)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _cond: threading.Condition = field(default_factory=threading.Condition)

    def __post_init__(self) -> None:
        self.app = self._build_app()

    # -- test controls ---------------------------------------------------------------------------

    def fail_next(
        self, n: int, status: int = 502, description: str = "Bad Gateway", retry_after: int | None = None
    ) -> None:
        """Makes the next ``n`` sendMessage calls fail with this status."""
        with self._cond:
            self.failures.extend(Failure(status, description, retry_after) for _ in range(n))

    def add_file(self, file_id: str, content: bytes, *, file_path: str | None = None) -> None:
        """Makes ``file_id`` downloadable through ``getFile`` and the file host."""
        with self._cond:
            self.files[file_id] = (file_path or f"photos/file_{len(self.files)}.jpg", content)

    def messages_to(self, chat_id: int | str) -> list[dict[str, Any]]:
        with self._cond:
            return [m for m in self.sent if str(m["chat_id"]) == str(chat_id)]

    def wait_for(self, chat_id: int | str, count: int, timeout: float = 30.0) -> list[dict[str, Any]]:
        """Waits until ``count`` messages reached ``chat_id``; returns them all (maybe fewer on timeout)."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while len(self.messages_to(chat_id)) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._cond.wait(left)
            return self.messages_to(chat_id)

    # -- the Bot API -----------------------------------------------------------------------------

    def _build_app(self) -> Flask:
        app = Flask("fake-telegram")

        @app.post("/bot<token>/<method>")
        def call(token: str, method: str) -> Response | tuple[Response, int]:
            params = _params()
            handler = getattr(self, f"_api_{method}", None)
            if handler is None:
                return jsonify(ok=False, error_code=404, description="Not Found: method not found"), 404
            return handler(params)  # type: ignore[no-any-return]

        @app.get("/file/bot<token>/<path:file_path>")
        def download(token: str, file_path: str) -> Response | tuple[Response, int]:
            with self._cond:
                found = next((content for path, content in self.files.values() if path == file_path), None)
            if found is None:
                return jsonify(ok=False, error_code=404, description="Not Found"), 404
            return Response(found, mimetype="application/octet-stream")

        return app

    def _api_getMe(self, params: dict[str, Any]) -> Response:  # noqa: N802 - Bot API method names
        return jsonify(ok=True, result=BOT_USER)

    def _api_setWebhook(self, params: dict[str, Any]) -> Response:  # noqa: N802
        return jsonify(ok=True, result=True, description="Webhook was set")

    def _api_getFile(self, params: dict[str, Any]) -> Response | tuple[Response, int]:  # noqa: N802
        file_id = str(params.get("file_id", ""))
        with self._cond:
            found = self.files.get(file_id)
        if found is None:
            return jsonify(ok=False, error_code=400, description="Bad Request: invalid file_id"), 400
        path, content = found
        result = {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}"[:32],
            "file_size": len(content),
            "file_path": path,
        }
        return jsonify(ok=True, result=result)

    def _api_answerCallbackQuery(self, params: dict[str, Any]) -> Response:  # noqa: N802
        return jsonify(ok=True, result=True)

    def _api_sendMessage(self, params: dict[str, Any]) -> Response | tuple[Response, int]:  # noqa: N802
        chat_id = int(params["chat_id"])
        with self._cond:
            if chat_id in self.blocked:
                return jsonify(
                    ok=False, error_code=403, description="Forbidden: bot was blocked by the user"
                ), 403
            if self.failures:
                failure = self.failures.pop(0)
                body: dict[str, Any] = {
                    "ok": False,
                    "error_code": failure.status,
                    "description": failure.description,
                }
                if failure.retry_after is not None:
                    body["parameters"] = {"retry_after": failure.retry_after}
                return jsonify(body), failure.status
            message_id = next(self._ids)
            record = {
                "chat_id": chat_id,
                "text": params.get("text", ""),
                "reply_markup": params.get("reply_markup"),
                "message_id": message_id,
                "at": time.time(),
            }
            self.sent.append(record)
            self._cond.notify_all()
        result = {
            "message_id": message_id,
            "date": int(time.time()),
            "from": BOT_USER,
            "chat": {"id": chat_id, "type": "private"},
            "text": record["text"],
        }
        return jsonify(ok=True, result=result)


def _params() -> dict[str, Any]:
    """python-telegram-bot posts form fields with JSON-encoded objects, or a JSON body."""
    if request.is_json:
        return dict(request.get_json(silent=True) or {})
    params: dict[str, Any] = {}
    for key, value in request.form.items():
        try:
            params[key] = json.loads(value) if value[:1] in "[{" else value
        except json.JSONDecodeError:
            params[key] = value
    return params


# -- updates as Telegram would send them to our webhook -------------------------------------------

_update_ids = itertools.count(100000)
_message_ids = itertools.count(1)


def _chat(user_id: int, name: str) -> tuple[dict[str, Any], dict[str, Any]]:
    user = {"id": user_id, "is_bot": False, "first_name": name, "language_code": "id"}
    chat = {"id": user_id, "first_name": name, "type": "private"}
    return user, chat


def _message(user_id: int, name: str, **content: Any) -> dict[str, Any]:
    user, chat = _chat(user_id, name)
    return {"message_id": next(_message_ids), "from": user, "chat": chat, "date": int(time.time()), **content}


def text_update(user_id: int, text: str, *, name: str = "Warga") -> dict[str, Any]:
    """A private text message."""
    return {"update_id": next(_update_ids), "message": _message(user_id, name, text=text)}


def location_update(user_id: int, lat: float, lng: float, *, name: str = "Warga") -> dict[str, Any]:
    """A shared map pin."""
    return {
        "update_id": next(_update_ids),
        "message": _message(user_id, name, location={"latitude": lat, "longitude": lng}),
    }


def photo_update(user_id: int, file_id: str, *, caption: str = "", name: str = "Warga") -> dict[str, Any]:
    """A photo in three sizes, as Telegram sends it."""
    sizes = [
        {
            "file_id": f"{file_id}-s",
            "file_unique_id": f"{file_id}s",
            "width": 90,
            "height": 67,
            "file_size": 1200,
        },
        {
            "file_id": f"{file_id}-m",
            "file_unique_id": f"{file_id}m",
            "width": 320,
            "height": 240,
            "file_size": 15000,
        },
        {
            "file_id": file_id,
            "file_unique_id": f"{file_id}l",
            "width": 1280,
            "height": 960,
            "file_size": 120000,
        },
    ]
    content: dict[str, Any] = {"photo": sizes}
    if caption:
        content["caption"] = caption
    return {"update_id": next(_update_ids), "message": _message(user_id, name, **content)}


def callback_update(user_id: int, data: str, *, name: str = "Warga") -> dict[str, Any]:
    """A press on an inline keyboard button."""
    user, chat = _chat(user_id, name)
    origin = {
        "message_id": next(_message_ids),
        "from": BOT_USER,
        "chat": chat,
        "date": int(time.time()),
        "text": "?",
    }
    query = {
        "id": str(next(_update_ids)),
        "from": user,
        "message": origin,
        "chat_instance": "1",
        "data": data,
    }
    return {"update_id": next(_update_ids), "callback_query": query}


# -- the citizen's side of a terminal chat ------------------------------------------------------------


@dataclass
class Chat(ChatChannel):
    """The Telegram side of a terminal chat: a fake Bot API and updates shaped like Telegram's."""

    fake: FakeTelegram = field(default_factory=FakeTelegram)
    secret: str = "chat-secret"

    def start(self, block: Mapping[str, Any]) -> dict[str, Any]:
        server = self.serve(self.fake.app)
        token = block.get("token") or "1:chat"  # the fake takes any token
        return {
            **block,
            "enabled": True,
            "api_base_url": server.url,
            "token": token,
            "secret_token": self.secret,
        }

    def headers(self, body: bytes) -> dict[str, str]:
        return {"X-Telegram-Bot-Api-Secret-Token": self.secret}

    def text(self, user: str, text: str) -> dict[str, Any]:
        return text_update(int(user), text)

    def pin(self, user: str, lat: float, lng: float) -> dict[str, Any]:
        return location_update(int(user), lat, lng)

    def photo(self, user: str, path: str, caption: str) -> dict[str, Any]:
        file_id = f"local:{Path(path).name}"
        self.fake.add_file(file_id, Path(path).read_bytes())
        return photo_update(int(user), file_id, caption=caption)

    def button(self, user: str, value: str, label: str) -> dict[str, Any]:
        return callback_update(int(user), value)

    def replies(self, user: str) -> list[ChatReply]:
        return [_seen_by_citizen(m) for m in self.fake.messages_to(user)]


def _seen_by_citizen(message: dict[str, Any]) -> ChatReply:
    markup = message.get("reply_markup") or {}
    if isinstance(markup, str):
        markup = json.loads(markup)
    buttons = [
        (b["text"], b.get("callback_data", b["text"]))
        for row in markup.get("inline_keyboard", [])
        for b in row
    ]
    asks_location = any(b.get("request_location") for row in markup.get("keyboard", []) for b in row)
    return message["text"], buttons, asks_location
