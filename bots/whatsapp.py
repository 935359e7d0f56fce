"""WhatsApp Cloud API adapter: webhook parsing, delivery statuses, sending and media download.

Meta delivers ``{"object": "whatsapp_business_account", "entry": [{"changes": [{"field": "messages",
"value": {...}}]}]}``; a ``value`` carries ``messages`` (what citizens wrote) or ``statuses`` (what
happened to what we sent). Sends are ``POST {api_base_url}/{api_version}/{phone_number_id}/messages``.

Capabilities (``bots.base``): the ``hub.challenge`` handshake, delivery statuses, media download,
template fallback outside the 24-hour window, and its rate limits.

Throughput: Cloud API numbers take about 80 messages a second (``RATE_PER_SECOND``, which the delivery
job keeps to). Meta also limits a business to one message to the same user about every 6 seconds
(``PER_USER_INTERVAL``, error 131056), but only for bursts: that error is retried with backoff, so
``per_chat_interval`` stays 0 unless configured, and a three-part reply is not spread over 12 seconds.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, ClassVar

from aduan.errors import DeliveryError, MalformedPayload, WindowClosed
from bots import meta
from bots.base import (
    Button,
    ChannelSettings,
    DeliveryStatus,
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

__all__ = ["DeliveryStatus", "WhatsAppAdapter", "WindowClosed", "challenge"]

log = logging.getLogger("aduan.bots.whatsapp")

RATE_PER_SECOND = 80
PER_USER_INTERVAL = 6.0
TEMPLATE_LANGUAGE = "id"
MAX_BUTTONS, MAX_ROWS = 3, 10
BUTTON_TITLE_MAX, ROW_TITLE_MAX, BODY_MAX, LIST_LABEL = 20, 24, 1024, "Pilih"

# 131047: more than 24 hours since the citizen last wrote; only a template may be sent.
WINDOW_CODES: frozenset[meta.ErrorKey] = frozenset({(131047, None)})
# 131026: undeliverable (blocked us, not on WhatsApp, outdated app); 131050: opted out of our messages.
UNREACHABLE_CODES: frozenset[meta.ErrorKey] = frozenset({(131026, None), (131050, None)})

challenge = meta.challenge


@dataclass(frozen=True)
class WhatsAppSettings(meta.MetaSettings):
    """``channels.whatsapp``: the business number, its token, and the approved template per notice kind."""

    phone_number_id: str = ""
    access_token: str = ""
    templates: Mapping[str, str] = field(default_factory=dict)


def _is_whatsapp(payload: Any) -> bool:
    return isinstance(payload, Mapping) and payload.get("object") == "whatsapp_business_account"


def _message_values(payload: Any) -> list[Mapping[str, Any]]:
    """The ``value`` of every ``messages`` change; other fields (template status, account updates) skipped."""
    if not _is_whatsapp(payload):
        raise MalformedPayload("whatsapp: not a whatsapp_business_account payload")
    values = []
    for entry in arr(payload.get("entry"), "entry"):
        for change in arr(obj(entry, "entry[]").get("changes"), "changes"):
            change = obj(change, "changes[]")
            if change.get("field") == "messages":
                values.append(obj(change.get("value"), "changes[].value"))
    return values


def _is_bsuid(recipient_id: str) -> bool:
    # Phone numbers are digits only; BSUIDs look like "ID.1234567890abcdef".
    return not recipient_id.isdigit()


def _is_location(message: Mapping[str, Any]) -> bool:
    return message.get("type") == "location"


def _is_image(message: Mapping[str, Any]) -> bool:
    return message.get("type") == "image"


def _is_interactive(message: Mapping[str, Any]) -> bool:
    return message.get("type") == "interactive"


def _is_template_button(message: Mapping[str, Any]) -> bool:
    return message.get("type") == "button"


def _optional_id(value: Any, where: str) -> str | None:
    return None if value is None else text(value, where)


def _contact_for(contacts: list[Any], phone: str | None, bsuid: str | None) -> Mapping[str, Any]:
    """The ``contacts[]`` entry of the sender; Meta sends one per sender, matched by wa_id or user_id."""
    found = [obj(c, "contacts[]") for c in contacts]
    for contact in found:
        if (phone and contact.get("wa_id") == phone) or (bsuid and contact.get("user_id") == bsuid):
            return contact
    return found[0] if len(found) == 1 else {}


def _sender(message: Mapping[str, Any], contacts: list[Any]) -> tuple[str, str | None, str | None]:
    """Returns ``(sender_id, phone, name)``; a username-only user comes with a BSUID and no phone."""
    phone = _optional_id(message.get("from"), "messages[].from")
    bsuid = _optional_id(message.get("from_user_id"), "messages[].from_user_id")
    contact = _contact_for(contacts, phone, bsuid)
    phone = phone or _optional_id(contact.get("wa_id"), "contacts[].wa_id")
    bsuid = bsuid or _optional_id(contact.get("user_id"), "contacts[].user_id")
    sender_id = phone or bsuid
    if not sender_id:
        raise MalformedPayload("whatsapp: message without from or from_user_id")
    profile = contact.get("profile")
    name = profile.get("name") if isinstance(profile, Mapping) else None
    return sender_id, phone, name if isinstance(name, str) and name else None


def _interactive_value(message: Mapping[str, Any]) -> str:
    interactive = obj(message.get("interactive"), "interactive")
    kind = interactive.get("type")
    if kind not in ("button_reply", "list_reply"):
        raise MalformedPayload(f"whatsapp: unsupported interactive reply {kind!r}")
    return text(obj(interactive.get(kind), f"interactive.{kind}").get("id"), f"{kind}.id")


def _content(message: Mapping[str, Any]) -> dict[str, Any] | None:
    """The message's text, point and media as InboundMessage fields; None for kinds Aduan ignores."""
    kind = message.get("type")
    if kind == "text":
        return {"text": text(obj(message.get("text"), "text").get("body"), "text.body", default="")}
    if _is_location(message):
        loc = obj(message.get("location"), "location")
        words = [w for w in (loc.get("name"), loc.get("address")) if isinstance(w, str) and w]
        return {
            "text": ", ".join(words),
            "latitude": number(loc.get("latitude"), "location.latitude", low=-90, high=90),
            "longitude": number(loc.get("longitude"), "location.longitude", low=-180, high=180),
        }
    if _is_image(message):
        image = obj(message.get("image"), "image")
        caption = text(image.get("caption"), "image.caption", default="")
        return {"text": caption, "media": (text(image.get("id"), "image.id"),)}
    if _is_interactive(message):
        return {"text": _interactive_value(message)}
    if _is_template_button(message):
        # A template's quick-reply button sends back its payload, which is where Aduan puts the value.
        return {"text": text(obj(message.get("button"), "button").get("payload"), "button.payload")}
    return None  # reactions, stickers, audio, system notices, "unsupported": nothing to route


def _inbound(message: Any, contacts: list[Any]) -> InboundMessage | None:
    message = obj(message, "messages[]")
    content = _content(message)
    if content is None:
        log.info("whatsapp: ignoring message of type %r", message.get("type"))
        return None
    sender_id, phone, name = _sender(message, contacts)
    return InboundMessage(
        platform="whatsapp",
        sender_id=sender_id,
        message_id=text(message.get("id"), "messages[].id"),
        received_at=epoch(message.get("timestamp"), "messages[].timestamp"),
        sender_name=name,
        phone=phone,
        raw=message,
        **content,
    )


def _status(item: Any) -> DeliveryStatus:
    item = obj(item, "statuses[]")
    recipient = item.get("recipient_id") or item.get("recipient_user_id")
    errors = arr(item.get("errors"), "statuses[].errors")
    code = obj(errors[0], "errors[]").get("code") if errors else None
    error_code = code if isinstance(code, int) and not isinstance(code, bool) else None
    return DeliveryStatus(
        message_id=text(item.get("id"), "statuses[].id"),
        status=text(item.get("status"), "statuses[].status"),
        recipient_id=text(recipient, "statuses[].recipient_id"),
        error_code=error_code,
        timestamp=epoch(item.get("timestamp"), "statuses[].timestamp"),
        # A message that failed because the 24-hour window had closed goes again as a template.
        window_closed=error_code in {code for code, _ in WINDOW_CODES},
    )


def parse_statuses(payload: Any) -> list[DeliveryStatus]:
    """Reads the delivery statuses (sent, delivered, read, failed) out of a webhook payload.

    Args:
        payload: the decoded webhook body.

    Returns:
        One ``DeliveryStatus`` per ``statuses[]`` item, in order; ``[]`` when there are none.

    Raises:
        MalformedPayload: the payload is not of WhatsApp's shape.
    """
    return [
        _status(item) for value in _message_values(payload) for item in arr(value.get("statuses"), "statuses")
    ]


def _clip(label: str, limit: int) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def _buttons(body: str, buttons: tuple[Button, ...]) -> dict[str, Any]:
    return {
        "type": "button",
        "body": {"text": _clip(body, BODY_MAX)},
        "action": {
            "buttons": [
                {"type": "reply", "reply": {"id": b.value, "title": _clip(b.label, BUTTON_TITLE_MAX)}}
                for b in buttons
            ]
        },
    }


def _list(body: str, buttons: tuple[Button, ...]) -> dict[str, Any]:
    rows = [{"id": b.value, "title": _clip(b.label, ROW_TITLE_MAX)} for b in buttons]
    return {
        "type": "list",
        "body": {"text": _clip(body, BODY_MAX)},
        "action": {"button": LIST_LABEL, "sections": [{"title": LIST_LABEL, "rows": rows}]},
    }


def _numbered(reply: Reply) -> str:
    # More choices than a list holds: offer them as numbered lines rather than drop any.
    lines = [f"[{i}] {b.label}" for i, b in enumerate(reply.buttons, start=1)]
    return "\n".join([reply.text, "", *lines])


class WhatsAppAdapter(meta.MetaWebhook):
    """Verifies, parses and sends WhatsApp Cloud API messages for one business phone number."""

    name: ClassVar[str] = "whatsapp"
    settings_type: ClassVar[type[ChannelSettings]] = WhatsAppSettings
    # Free text reaches a citizen only within 24 hours of their last message; after that, templates only.
    messaging_window: ClassVar[timedelta] = timedelta(hours=24)
    rate_per_second: float = RATE_PER_SECOND

    def __init__(
        self,
        *,
        phone_number_id: str,
        access_token: str,
        app_secret: str,
        verify_token: str = "",
        api_base_url: str | None = None,
        api_version: str | None = None,
        templates: Mapping[str, str] | None = None,
        per_chat_interval: float = 0.0,
    ) -> None:
        self.phone_number_id = phone_number_id
        self.per_chat_interval = per_chat_interval
        self.verify_token = verify_token
        self._app_secret = app_secret
        self._templates = dict(templates or {})
        self._graph = meta.GraphClient(
            platform=self.name,
            access_token=access_token,
            api_base_url=api_base_url,
            api_version=api_version,
            window_codes=WINDOW_CODES,
            unreachable_codes=UNREACHABLE_CODES,
        )

    @classmethod
    def from_config(cls, cfg: Mapping[str, Any]) -> WhatsAppAdapter:
        """Builds the adapter from ``channels.whatsapp``.

        Keys: ``phone_number_id``, ``access_token``, ``app_secret``, ``verify_token``, and optional
        ``api_base_url`` (default https://graph.facebook.com), ``api_version`` (default v21.0) and
        ``templates`` (notification kind -> approved template name) and ``per_chat_interval`` (seconds).
        ``enabled`` is the caller's.
        """
        settings = channel_settings(WhatsAppSettings, cls.name, cfg)
        return cls(
            phone_number_id=required(settings, cls.name, "phone_number_id"),
            access_token=required(settings, cls.name, "access_token"),
            app_secret=required(settings, cls.name, "app_secret"),
            verify_token=settings.verify_token,
            api_base_url=settings.api_base_url or None,
            api_version=settings.api_version or None,
            templates=settings.templates,
            per_chat_interval=settings.per_chat_interval,
        )

    def parse(self, payload: Any) -> list[InboundMessage]:
        """Turns a webhook payload into messages; statuses and other change fields give ``[]``.

        Raises:
            MalformedPayload: the payload is not of WhatsApp's shape.
        """
        messages = []
        for value in _message_values(payload):
            contacts = arr(value.get("contacts"), "contacts")
            for item in arr(value.get("messages"), "messages"):
                message = _inbound(item, contacts)
                if message is not None:
                    messages.append(message)
        return messages

    def parse_statuses(self, payload: Any) -> list[DeliveryStatus]:
        """Same as the module function ``parse_statuses``."""
        return parse_statuses(payload)

    def template_name(self, kind: str) -> str:
        """The approved template configured for a notification kind (the kind itself when unmapped)."""
        return self._templates.get(kind, kind)

    def message_body(self, reply: Reply) -> dict[str, Any]:
        """The Cloud API JSON for a reply: template, location request, buttons, list or text."""
        body: dict[str, Any] = {"messaging_product": "whatsapp", "recipient_type": "individual"}
        # Username-only users have no phone number: Meta takes their BSUID in "recipient" instead of "to".
        body["recipient" if _is_bsuid(reply.recipient_id) else "to"] = reply.recipient_id
        if reply.template:
            name, params = reply.template
            body["type"] = "template"
            body["template"] = {
                "name": self.template_name(name),
                "language": {"code": TEMPLATE_LANGUAGE},
                "components": [{"type": "body", "parameters": [{"type": "text", "text": p} for p in params]}]
                if params
                else [],
            }
        elif reply.request_location:
            body["type"] = "interactive"
            body["interactive"] = {
                "type": "location_request_message",
                "body": {"text": _clip(reply.text, BODY_MAX)},
                "action": {"name": "send_location"},
            }
        elif reply.buttons and len(reply.buttons) <= MAX_ROWS:
            body["type"] = "interactive"
            many = len(reply.buttons) > MAX_BUTTONS
            body["interactive"] = (_list if many else _buttons)(reply.text, reply.buttons)
        else:
            body["type"] = "text"
            body["text"] = {"body": _numbered(reply) if reply.buttons else reply.text, "preview_url": False}
        return body

    def send(self, reply: Reply) -> str | None:
        """Sends one reply and returns its ``wamid``.

        Raises:
            WindowClosed: error 131047, the 24-hour window is closed; resend as a template.
            RecipientUnreachable: the citizen cannot receive messages (131026, 131050).
            DeliveryError: other failures; ``retryable`` for network errors, 429, 5xx and rate limits.
        """
        response = self._graph.request(
            "POST", f"{self.phone_number_id}/messages", json=self.message_body(reply)
        )
        try:
            return str(response.json()["messages"][0]["id"])
        except (ValueError, KeyError, IndexError, TypeError):
            log.warning("whatsapp: sent, but the answer carried no message id: %s", response.text[:200])
            return None

    def download_media(self, media_id: str) -> bytes:
        """Downloads an inbound photo: looks up the media URL, then fetches it, both with the token.

        Raises:
            DeliveryError: the lookup or the download failed (``retryable`` as for ``send``).
        """
        info = self._graph.request("GET", media_id)
        try:
            url = str(info.json()["url"])
        except (ValueError, KeyError, TypeError) as exc:
            raise DeliveryError(f"whatsapp: media {media_id}: no url in answer", retryable=False) from exc
        return self._graph.request("GET", url).content

    def close(self) -> None:
        """Closes the HTTP connection pool."""
        self._graph.close()
