"""Facebook Messenger and Instagram Direct adapters: one Meta Messenger Platform base, two objects.

Both deliver ``{"object": "page"|"instagram", "entry": [{"messaging": [{"sender": {"id"},
"recipient": {"id"}, "timestamp": <ms>, "message"|"postback"|"delivery"|"read": {...}}]}]}``, are signed
with ``X-Hub-Signature-256`` and verified with ``hub.challenge`` (see ``bots.meta``), and are answered
through the Send API, ``POST {api_base_url}/{api_version}/me/messages`` with the Page access token.

Capabilities (``bots.base``): the ``hub.challenge`` handshake and rate limits. Outside the 24-hour
window there is no template to fall back to, so such a reply is given up (and shown in the console).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from aduan.errors import MalformedPayload
from bots import meta
from bots.base import (
    ChannelSettings,
    InboundMessage,
    Reply,
    arr,
    channel_settings,
    epoch,
    number,
    obj,
    required,
    text,
)

log = logging.getLogger("aduan.bots.messenger")

MAX_QUICK_REPLIES, QUICK_REPLY_TITLE_MAX = 13, 20
# The Send API allows a Page about 40 messages a second (Meta's guidance for messaging throughput).
RATE_PER_SECOND = 40.0

# (10, 2018278): the message is outside the 24-hour standard messaging window.
WINDOW_CODES: frozenset[meta.ErrorKey] = frozenset({(10, 2018278)})
# 551: "This person isn't available right now"; (100, 2018001): no such user; (200, 2018108): can't message.
UNREACHABLE_CODES: frozenset[meta.ErrorKey] = frozenset({(551, None), (100, 2018001), (200, 2018108)})


@dataclass(frozen=True)
class PageSettings(meta.MetaSettings):
    """``channels.messenger`` and ``channels.instagram``: the Page access token beside Meta's keys."""

    page_access_token: str = ""


def _is_echo(message: Mapping[str, Any]) -> bool:
    return bool(message.get("is_echo"))


def _is_postback(event: Mapping[str, Any]) -> bool:
    return isinstance(event.get("postback"), Mapping)


def _is_message(event: Mapping[str, Any]) -> bool:
    return isinstance(event.get("message"), Mapping)


def _is_location(attachment: Mapping[str, Any]) -> bool:
    return attachment.get("type") == "location"


def _is_image(attachment: Mapping[str, Any]) -> bool:
    return attachment.get("type") == "image"


def _attachments(message: Mapping[str, Any]) -> dict[str, Any]:
    """Photos (by URL) and a shared location point from ``message.attachments``."""
    found: dict[str, Any] = {"media": ()}
    for item in arr(message.get("attachments"), "attachments"):
        item = obj(item, "attachments[]")
        payload = obj(item.get("payload") or {}, "attachments[].payload")
        if _is_image(item):
            found["media"] += (text(payload.get("url"), "attachments[].payload.url"),)
        elif _is_location(item):
            point = obj(payload.get("coordinates"), "attachments[].payload.coordinates")
            found["latitude"] = number(point.get("lat"), "coordinates.lat", low=-90, high=90)
            found["longitude"] = number(point.get("long"), "coordinates.long", low=-180, high=180)
    return found


def _message_content(message: Mapping[str, Any]) -> dict[str, Any]:
    reply = message.get("quick_reply")
    if isinstance(reply, Mapping):
        # A quick reply's payload is the button's value; its text is only the label the citizen saw.
        value = text(reply.get("payload"), "quick_reply.payload")
    else:
        value = text(message.get("text"), "message.text", default="")
    return {
        "message_id": text(message.get("mid"), "message.mid"),
        "text": value,
        **_attachments(message),
    }


def _postback_content(event: Mapping[str, Any], sender_id: str) -> dict[str, Any]:
    postback = obj(event.get("postback"), "postback")
    mid = postback.get("mid")
    # Older postbacks carry no mid: sender and timestamp identify a redelivery just as well.
    message_id = mid if isinstance(mid, str) and mid else f"postback:{sender_id}:{event.get('timestamp')}"
    return {"message_id": message_id, "text": text(postback.get("payload"), "postback.payload")}


class MetaMessagingAdapter(meta.MetaWebhook):
    """What Messenger and Instagram Direct share; subclasses set ``name`` and ``webhook_object``."""

    name: ClassVar[str]
    webhook_object: ClassVar[str]
    settings_type: ClassVar[type[ChannelSettings]] = PageSettings
    rate_per_second: float = RATE_PER_SECOND

    def __init__(
        self,
        *,
        page_access_token: str,
        app_secret: str,
        verify_token: str = "",
        api_base_url: str | None = None,
        api_version: str | None = None,
        per_chat_interval: float = 0.0,
    ) -> None:
        self.verify_token = verify_token
        self.per_chat_interval = per_chat_interval
        self._app_secret = app_secret
        self._graph = meta.GraphClient(
            platform=self.name,
            access_token=page_access_token,
            api_base_url=api_base_url,
            api_version=api_version,
            window_codes=WINDOW_CODES,
            unreachable_codes=UNREACHABLE_CODES,
        )

    @classmethod
    def from_config(cls, cfg: Mapping[str, Any]) -> MetaMessagingAdapter:
        """Builds the adapter from ``channels.messenger`` or ``channels.instagram``.

        Keys: ``page_access_token``, ``app_secret``, ``verify_token``, and optional ``api_base_url``
        (default https://graph.facebook.com), ``api_version`` (default v21.0) and ``per_chat_interval``.
        """
        settings = channel_settings(PageSettings, cls.name, cfg)
        return cls(
            page_access_token=required(settings, cls.name, "page_access_token"),
            app_secret=required(settings, cls.name, "app_secret"),
            verify_token=settings.verify_token,
            api_base_url=settings.api_base_url or None,
            api_version=settings.api_version or None,
            per_chat_interval=settings.per_chat_interval,
        )

    def parse(self, payload: Any) -> list[InboundMessage]:
        """Turns a webhook payload into messages; echoes, deliveries, reads and the rest give ``[]``.

        Raises:
            MalformedPayload: the payload is not this platform's shape.
        """
        if not isinstance(payload, Mapping) or payload.get("object") != self.webhook_object:
            raise MalformedPayload(f"{self.name}: object is not {self.webhook_object!r}")
        messages = []
        for entry in arr(payload.get("entry"), "entry"):
            # Instagram comments and other feed changes come under "changes", not "messaging".
            for event in arr(obj(entry, "entry[]").get("messaging"), "messaging"):
                message = self._inbound(obj(event, "messaging[]"))
                if message is not None:
                    messages.append(message)
        return messages

    def _inbound(self, event: Mapping[str, Any]) -> InboundMessage | None:
        if _is_message(event) and not _is_echo(event["message"]):
            sender_id = self._sender(event)
            content = _message_content(event["message"])
        elif _is_postback(event):
            sender_id = self._sender(event)
            content = _postback_content(event, sender_id)
        else:
            return None  # echoes of our own sends, delivery and read receipts, reactions, referrals
        return InboundMessage(
            platform=self.name,
            sender_id=sender_id,
            received_at=epoch(event.get("timestamp"), "messaging[].timestamp", millis=True),
            raw=event,
            **content,
        )

    @staticmethod
    def _sender(event: Mapping[str, Any]) -> str:
        return text(obj(event.get("sender"), "sender").get("id"), "sender.id")

    def message_body(self, reply: Reply) -> dict[str, Any]:
        """The Send API JSON for a reply: text plus quick replies for buttons."""
        message: dict[str, Any] = {"text": reply.text}
        if reply.buttons:
            message["quick_replies"] = [
                {"content_type": "text", "title": b.label[:QUICK_REPLY_TITLE_MAX], "payload": b.value}
                for b in reply.buttons[:MAX_QUICK_REPLIES]
            ]
        # Meta retired the "share location" quick reply in 2019: request_location stays plain text,
        # and templates are WhatsApp's; here the reply's own text is sent.
        return {"recipient": {"id": reply.recipient_id}, "messaging_type": "RESPONSE", "message": message}

    def send(self, reply: Reply) -> str | None:
        """Sends one reply through the Send API and returns its ``message_id``.

        Raises:
            WindowClosed: outside the 24-hour standard messaging window.
            RecipientUnreachable: the person cannot be messaged (551, 2018001, 2018108).
            DeliveryError: other failures; ``retryable`` for network errors, 429, 5xx and rate limits.
        """
        response = self._graph.request("POST", "me/messages", json=self.message_body(reply))
        try:
            return str(response.json()["message_id"])
        except (ValueError, KeyError, TypeError):
            log.warning("%s: sent, but the answer carried no message_id: %s", self.name, response.text[:200])
            return None

    def close(self) -> None:
        """Closes the HTTP connection pool."""
        self._graph.close()


class MessengerAdapter(MetaMessagingAdapter):
    """Facebook Messenger, for a Facebook Page."""

    name: ClassVar[str] = "messenger"
    webhook_object: ClassVar[str] = "page"


class InstagramAdapter(MetaMessagingAdapter):
    """Instagram Direct, for the Instagram professional account linked to a Page."""

    name: ClassVar[str] = "instagram"
    webhook_object: ClassVar[str] = "instagram"
