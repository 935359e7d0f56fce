"""A fake Meta Graph API: the WhatsApp Cloud API endpoints Aduan uses, and the Messenger/Instagram Send API.

Endpoints (``<version>`` is any Graph version, e.g. ``v21.0``):

- ``POST /<version>/<phone_number_id>/messages``: WhatsApp send; answers ``{"messaging_product",
  "contacts": [{"input", "wa_id"}], "messages": [{"id": "wamid..."}]}``.
- ``GET /<version>/<media_id>``: WhatsApp media lookup; answers ``{"url", "mime_type", "sha256",
  "file_size", "id", "messaging_product"}`` with a URL on this fake.
- ``GET /media-files/<media_id>``: the media bytes (bearer token required, as on Meta's CDN).
- ``POST /<version>/me/messages``: Messenger/Instagram Send API; answers ``{"recipient_id", "message_id"}``.

Usage::

    fake = GraphApiFake(access_token="t")
    server = ServerThread(fake.app).start()      # adapter api_base_url = server.url
    fake.fail_next(1, status=400, body=graph_error(131047, "Re-engagement message"))

``whatsapp_update(phone, text_content("..."))`` and ``sign(body, app_secret)`` build the webhooks
Meta would POST to Aduan, for end-to-end tests and the demo; ``Chat`` plays a citizen's side of
``aduan chat``.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flask import Flask, Response, jsonify, request

from fakes.chat import ChatChannel, ChatReply
from fakes.server import RecordingFake


def graph_error(code: int, message: str, *, subcode: int | None = None, details: str = "") -> dict[str, Any]:
    """A Graph API error body, as Meta sends it (HTTP 400 for most errors)."""
    error: dict[str, Any] = {
        "message": f"(#{code}) {message}",
        "type": "OAuthException",
        "code": code,
        "error_data": {"messaging_product": "whatsapp", "details": details or message},
        "fbtrace_id": "AbCdEfGhIjKlMnOpQrStUvW",
    }
    if subcode is not None:
        error["error_subcode"] = subcode
    return {"error": error}


class GraphApiFake(RecordingFake):
    """A Flask app imitating the Graph API endpoints above; ``sent`` lists every request received."""

    def __init__(self, *, access_token: str | None = None) -> None:
        super().__init__()
        self.access_token = access_token
        self.media: dict[str, tuple[bytes, str]] = {}
        self._ids = itertools.count(1)
        self.app = Flask("fake-graph-api")
        self._send_routes(self.app)
        self._media_routes(self.app)

    # -- test controls -----------------------------------------------------------------------------

    def default_failure(self, status: int) -> Any:
        return graph_error(1, "An unknown error occurred")

    def reset(self) -> None:
        """Forgets recorded requests, planned failures and stored media (between tests sharing a server)."""
        super().reset()
        with self._cond:
            self.media.clear()

    def add_media(self, media_id: str, content: bytes, mime_type: str = "image/jpeg") -> None:
        """Makes ``media_id`` downloadable."""
        with self._cond:
            self.media[media_id] = (content, mime_type)

    def messages(self) -> list[Any]:
        """The JSON bodies of every send (WhatsApp and Send API), in order."""
        with self._cond:
            return [r.json for r in self.sent if r.method == "POST"]

    def messages_to(self, recipient_id: str) -> list[Any]:
        """The sends addressed to one phone number, BSUID, PSID or IGSID."""
        return [m for m in self.messages() if recipient_id in (m.get("to"), m.get("recipient"), _psid(m))]

    # -- the Graph API -----------------------------------------------------------------------------

    def _record(self) -> Response | None:
        """Records the request; returns the planned failure or auth error to answer instead, if any."""
        failed = self.record()
        if failed is not None:
            return failed
        if self.access_token and request.headers.get("Authorization") != f"Bearer {self.access_token}":
            return _json(graph_error(190, "Invalid OAuth access token - Cannot parse access token"), 401)
        return None

    def _next_id(self) -> int:
        with self._cond:
            return next(self._ids)

    def _send_routes(self, app: Flask) -> None:
        @app.post("/<version>/me/messages")
        def send_api(version: str) -> Any:
            if (failed := self._record()) is not None:
                return failed
            return jsonify(
                {
                    "recipient_id": _psid(request.get_json(silent=True) or {}),
                    "message_id": f"m_fake{self._next_id():08d}",
                }
            )

        @app.post("/<version>/<phone_number_id>/messages")
        def whatsapp_send(version: str, phone_number_id: str) -> Any:
            if (failed := self._record()) is not None:
                return failed
            body = request.get_json(silent=True) or {}
            to = body.get("to") or body.get("recipient", "")
            contact = {"input": to, "wa_id" if "to" in body else "user_id": to}
            message: dict[str, Any] = {"id": f"wamid.FAKE{self._next_id():010d}"}
            if body.get("type") == "template":
                message["message_status"] = "accepted"
            return jsonify({"messaging_product": "whatsapp", "contacts": [contact], "messages": [message]})

    def _media_routes(self, app: Flask) -> None:
        @app.get("/<version>/<media_id>")
        def media_info(version: str, media_id: str) -> Any:
            if (failed := self._record()) is not None:
                return failed
            if media_id not in self.media:
                return _json(graph_error(100, "Unsupported get request.", subcode=33), 400)
            content, mime = self.media[media_id]
            return jsonify(
                {
                    "messaging_product": "whatsapp",
                    "url": f"{request.host_url}media-files/{media_id}",
                    "mime_type": mime,
                    "sha256": hashlib.sha256(content).hexdigest(),
                    "file_size": str(len(content)),
                    "id": media_id,
                }
            )

        @app.get("/media-files/<media_id>")
        def media_file(media_id: str) -> Any:
            if (failed := self._record()) is not None:
                return failed
            if media_id not in self.media:
                return Response(status=404)
            content, mime = self.media[media_id]
            return Response(content, mimetype=mime)


def _psid(body: Any) -> Any:
    recipient = body.get("recipient") if isinstance(body, dict) else None
    return recipient.get("id") if isinstance(recipient, dict) else None


def _json(body: Any, status: int, headers: dict[str, str] | None = None) -> Response:
    response = jsonify(body)
    response.status_code = status
    response.headers.update(headers or {})
    return response


# -- webhooks as Meta would POST them (for end-to-end tests and the demo) ------------------------------

_wamids = itertools.count(1)


def sign(body: bytes, app_secret: str) -> dict[str, str]:
    """The headers Meta sends with a webhook body: ``X-Hub-Signature-256`` and the content type."""
    digest = hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()
    return {"X-Hub-Signature-256": f"sha256={digest}", "Content-Type": "application/json"}


def whatsapp_update(
    phone: str, content: dict[str, Any], *, name: str = "Warga", at: int | None = None
) -> dict[str, Any]:
    """A messages webhook from ``phone``; ``content`` is the message's type and body (``text_content``...)."""
    message = {
        "from": phone,
        "id": f"wamid.FAKEIN{next(_wamids):010d}",
        "timestamp": str(at or int(time.time())),
        **content,
    }
    value = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": "6281100000000", "phone_number_id": "109876543210987"},
        "contacts": [{"profile": {"name": name}, "wa_id": phone}],
        "messages": [message],
    }
    return {
        "object": "whatsapp_business_account",
        "entry": [{"id": "102290129340398", "changes": [{"value": value, "field": "messages"}]}],
    }


def text_content(body: str) -> dict[str, Any]:
    """A text message's content, for ``whatsapp_update``."""
    return {"type": "text", "text": {"body": body}}


def location_content(latitude: float, longitude: float) -> dict[str, Any]:
    """A shared map pin's content, for ``whatsapp_update``."""
    return {"type": "location", "location": {"latitude": latitude, "longitude": longitude}}


def button_reply_content(button_id: str, title: str = "") -> dict[str, Any]:
    """A reply-button press's content, for ``whatsapp_update``."""
    return {
        "type": "interactive",
        "interactive": {
            "type": "button_reply",
            "button_reply": {"id": button_id, "title": title or button_id},
        },
    }


def image_content(media_id: str, caption: str = "") -> dict[str, Any]:
    """A photo's content (register the bytes with ``GraphApiFake.add_media``), for ``whatsapp_update``."""
    return {
        "type": "image",
        "image": {"id": media_id, "mime_type": "image/jpeg", "caption": caption, "sha256": "0" * 64},
    }


# -- the citizen's side of a terminal chat ------------------------------------------------------------

CHAT_TOKEN = "chat"


@dataclass
class Chat(ChatChannel):
    """The WhatsApp side: a fake Graph API and Cloud API webhooks signed with the app secret."""

    fake: GraphApiFake = field(default_factory=lambda: GraphApiFake(access_token=CHAT_TOKEN))
    secret: str = "chat-app-secret"
    _media: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def start(self, block: Mapping[str, Any]) -> dict[str, Any]:
        server = self.serve(self.fake.app)
        return {
            **block,
            "enabled": True,
            "api_base_url": server.url,
            "phone_number_id": "100000000000001",
            "access_token": CHAT_TOKEN,
            "app_secret": self.secret,
            "verify_token": "chat",
        }

    def headers(self, body: bytes) -> dict[str, str]:
        return sign(body, self.secret)

    def text(self, user: str, text: str) -> dict[str, Any]:
        return whatsapp_update(user, text_content(text))

    def pin(self, user: str, lat: float, lng: float) -> dict[str, Any]:
        return whatsapp_update(user, location_content(lat, lng))

    def photo(self, user: str, path: str, caption: str) -> dict[str, Any]:
        media_id = f"{next(self._media)}{int(time.time())}"
        self.fake.add_media(media_id, Path(path).read_bytes())
        return whatsapp_update(user, image_content(media_id, caption))

    def button(self, user: str, value: str, label: str) -> dict[str, Any]:
        return whatsapp_update(user, button_reply_content(value, label))

    def replies(self, user: str) -> list[ChatReply]:
        return [_seen_by_citizen(m) for m in self.fake.messages_to(user)]


def _seen_by_citizen(body: dict[str, Any]) -> ChatReply:
    """What the citizen sees of a Cloud API message: text, template text, or an interactive message."""
    if body.get("type") == "template":
        params = [p["text"] for c in body["template"].get("components", []) for p in c.get("parameters", [])]
        return " ".join(params) or body["template"]["name"], [], False
    if body.get("type") != "interactive":
        return body.get("text", {}).get("body", ""), [], False
    interactive = body["interactive"]
    action = interactive.get("action", {})
    buttons = [(b["reply"]["title"], b["reply"]["id"]) for b in action.get("buttons", [])]
    rows = [(r["title"], r["id"]) for s in action.get("sections", []) for r in s.get("rows", [])]
    asks_location = interactive.get("type") == "location_request_message"
    return interactive.get("body", {}).get("text", ""), buttons + rows, asks_location
