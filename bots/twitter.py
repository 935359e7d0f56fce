"""X (Twitter) direct-message adapter: Account Activity and X Activity webhooks, polling, and sending.

Inbound DMs arrive in one of three shapes:

- Account Activity API: ``{"for_user_id", "direct_message_events": [{"type": "message_create", ...}],
  "users": {id: {"name", "screen_name"}}}``; every other key (favorites, follows, typing) is ignored.
- X Activity API ``dm.received`` (docs.x.com/x-api/activity/event-payloads, "Legacy DM events"):
  ``{"data": {"event_type": "dm.received", "filter": {"user_id"}, "payload": {"direct_message_events":
  [...], "users": {id: {"data": {"name", "username"}}}}}}``. Some deliveries carry a v2 DM event
  (``{"id", "event_type": "MessageCreate", "sender_id", "text", "created_at"}``) as the payload
  instead; both are read.
- Polling ``GET /2/dm_events`` (v2 DM events), for deployments without a public webhook URL.

Sending uses tweepy's v2 ``Client.create_direct_message``. X DMs have no buttons in v2, so choices
are rendered as numbered lines and come back as typed text.

Capabilities (``bots.base``): the CRC handshake, polling (mode ``poll``) and rate limits.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from aduan.errors import (
    ConfigError,
    DeliveryError,
    MalformedPayload,
    MissingSignature,
    RecipientUnreachable,
    SignatureError,
)
from bots.base import (
    POSITIVE,
    ChannelSettings,
    InboundMessage,
    Reply,
    arr,
    channel_settings,
    number,
    obj,
    required,
)

if TYPE_CHECKING:
    import tweepy

log = logging.getLogger("aduan.bots.twitter")

SIGNATURE_HEADER = "x-twitter-webhooks-signature"
TWEEPY_HOSTS = ("https://api.twitter.com", "https://api.x.com")
TIMEOUT = (5.0, 15.0)
POLL_FIELDS = ["id", "event_type", "text", "sender_id", "created_at", "attachments", "dm_conversation_id"]
POLL_EXPANSIONS = ["sender_id", "attachments.media_keys"]
POLL_MAX_PAGES = 5
POLL_SECONDS = 60.0
# X lets an app send about 15 DMs a second on one account (and 1,000 a day per user).
RATE_PER_SECOND = 15.0
# What X says when a user does not accept DMs from us (v2 "detail" texts and v1.1 code 349).
REFUSED_PHRASES = ("not allowed to send", "cannot send messages", "not permitted to send")


@dataclass(frozen=True)
class TwitterSettings(ChannelSettings):
    """``channels.twitter``: the app's OAuth 1.0a keys, the bot account, and webhook or poll mode."""

    mode: Literal["webhook", "poll"] = "webhook"
    consumer_key: str = ""
    consumer_secret: str = ""
    access_token: str = ""
    access_token_secret: str = ""
    bot_user_id: str = ""
    poll_seconds: float = field(default=POLL_SECONDS, metadata=POSITIVE)


def _hmac_b64(secret: str, data: bytes) -> str:
    return "sha256=" + base64.b64encode(hmac.new(secret.encode(), data, hashlib.sha256).digest()).decode()


def crc_response(crc_token: str, consumer_secret: str) -> tuple[str, int]:
    """Answers X's Challenge-Response Check (GET with ``crc_token``).

    Args:
        crc_token: the ``crc_token`` query parameter.
        consumer_secret: the app's consumer (API key) secret.

    Returns:
        ``('{"response_token": "sha256=<base64 HMAC-SHA256>"}', 200)``.
    """
    return json.dumps({"response_token": _hmac_b64(consumer_secret, crc_token.encode())}), 200


def _host_adapter(host: str, base_url: str | None) -> Any:
    """Gives tweepy's requests a timeout and, for a fake or demo, sends them to another base URL.

    tweepy hard-codes ``https://api.twitter.com`` and sets no timeout, and its client must not be
    subclassed, so both are done where the session hands the request to the network. The OAuth 1.0a
    signature was computed for the public URL; a fake does not check it. (Defined here, not at the
    top: tweepy and requests load when an X adapter is built, not with the configuration.)
    """
    import requests
    from requests.adapters import HTTPAdapter

    class HostAdapter(HTTPAdapter):
        def __init__(self) -> None:
            super().__init__()
            self._host = host
            self._base = base_url.rstrip("/") if base_url else None

        def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:  # type: ignore[override]
            if self._base and request.url and request.url.startswith(self._host):
                request.url = self._base + request.url[len(self._host) :]
                kwargs["proxies"] = requests.utils.get_environ_proxies(request.url)
            if kwargs.get("timeout") is None:
                kwargs["timeout"] = TIMEOUT
            return super().send(request, **kwargs)

    return HostAdapter()


def _str(value: Any, where: str) -> str:
    if isinstance(value, str) and value:
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)  # some v1.1 ids are numbers
    raise MalformedPayload(f"twitter: {where}: expected an id or text")


def _millis(value: Any, where: str) -> datetime:
    if not _is_snowflake(value) and (isinstance(value, bool) or not isinstance(value, int)):
        raise MalformedPayload(f"twitter: {where}: expected milliseconds")
    try:
        return datetime.fromtimestamp(int(value) / 1000, tz=UTC)
    except (OverflowError, OSError, ValueError) as exc:
        raise MalformedPayload(f"twitter: {where}: out of range") from exc


def _iso(value: Any, where: str) -> datetime:
    try:
        moment = datetime.fromisoformat(_str(value, where).replace("Z", "+00:00"))
    except ValueError as exc:
        raise MalformedPayload(f"twitter: {where}: not an ISO 8601 time") from exc
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _is_snowflake(value: Any) -> bool:
    return isinstance(value, str) and value.isascii() and value.isdigit()


def _is_activity_envelope(payload: Mapping[str, Any]) -> bool:
    return isinstance(payload.get("data"), Mapping) and "event_type" in payload["data"]


def _is_account_activity(payload: Mapping[str, Any]) -> bool:
    return "for_user_id" in payload


def _is_legacy_batch(payload: Mapping[str, Any]) -> bool:
    return "direct_message_events" in payload


def _is_message_create(event: Mapping[str, Any]) -> bool:
    return event.get("type") == "message_create"


def _is_location(attachment: Mapping[str, Any]) -> bool:
    return attachment.get("type") == "location"


def _is_media(attachment: Mapping[str, Any]) -> bool:
    return attachment.get("type") == "media"


def _names(users: Any) -> dict[str, str]:
    """Display names by user id.

    Account Activity gives ``{id: {"name"}}``, X Activity ``{id: {"data": {"name"}}}``.
    """
    names = {}
    for user_id, user in obj(users or {}, "users").items():
        user = obj(user, "users{}")
        user = user["data"] if isinstance(user.get("data"), Mapping) else user
        if isinstance(user.get("name"), str):
            names[str(user_id)] = user["name"]
    return names


def _attachment(data: Mapping[str, Any], text: str) -> tuple[str, dict[str, Any]]:
    """Reads a shared point or photo; returns the text without the photo's t.co link, and the fields."""
    attachment = obj(data.get("attachment"), "message_data.attachment")
    if _is_location(attachment):
        location = obj(attachment.get("location"), "attachment.location")
        shared = obj(location.get("shared_coordinate"), "location.shared_coordinate")
        point = arr(
            obj(shared.get("coordinates"), "shared_coordinate.coordinates").get("coordinates"), "Point"
        )
        if len(point) != 2:
            raise MalformedPayload("twitter: shared_coordinate: expected [longitude, latitude]")
        # GeoJSON order: longitude first.
        return text, {
            "longitude": number(point[0], "coordinates", low=-180, high=180),
            "latitude": number(point[1], "coordinates", low=-90, high=90),
        }
    if _is_media(attachment):
        media = obj(attachment.get("media"), "attachment.media")
        link = media.get("url")
        # X appends the photo's t.co link to the DM text; the citizen never typed it.
        if isinstance(link, str) and link and text.endswith(link):
            text = text[: -len(link)].rstrip()
        return text, {"media": (_str(media.get("id_str") or media.get("id"), "media.id_str"),)}
    return text, {}


def _legacy_content(data: Mapping[str, Any]) -> dict[str, Any]:
    raw_text = data.get("text", "")
    if not isinstance(raw_text, str):
        raise MalformedPayload("twitter: message_data.text: expected text")
    content: dict[str, Any] = {}
    if data.get("attachment") is not None:
        raw_text, content = _attachment(data, raw_text)
    reply = data.get("quick_reply_response")
    if isinstance(reply, Mapping) and reply.get("metadata") is not None:
        # A quick-reply option sends its label as text and the value as metadata; Aduan wants the value.
        raw_text = _str(reply["metadata"], "quick_reply_response.metadata")
    return {"text": raw_text, **content}


class TwitterAdapter:
    """Verifies, parses, polls and sends X direct messages for one bot account."""

    name: ClassVar[str] = "twitter"
    settings_type: ClassVar[type[ChannelSettings]] = TwitterSettings
    rate_per_second: float = RATE_PER_SECOND

    def __init__(
        self,
        *,
        consumer_key: str,
        consumer_secret: str,
        access_token: str,
        access_token_secret: str,
        bot_user_id: str = "",
        mode: str = "webhook",
        api_base_url: str | None = None,
        poll_seconds: float = POLL_SECONDS,
        per_chat_interval: float = 0.0,
    ) -> None:
        if mode not in ("webhook", "poll"):
            raise ConfigError(f"config: channels.twitter.mode: expected webhook or poll, not {mode!r}")
        if mode == "poll" and not bot_user_id:
            # /2/dm_events lists the bot's own DMs too: without its id the bot would answer itself.
            raise ConfigError("config: channels.twitter.bot_user_id: required when mode is poll")
        self.mode = mode
        self.poll_interval: float | None = poll_seconds if mode == "poll" else None
        self.per_chat_interval = per_chat_interval
        self.bot_user_id = bot_user_id
        self._consumer_secret = consumer_secret
        import tweepy

        self._client = tweepy.Client(
            consumer_key=consumer_key,
            consumer_secret=consumer_secret,
            access_token=access_token,
            access_token_secret=access_token_secret,
            return_type=dict,
        )
        for host in TWEEPY_HOSTS:
            self._client.session.mount(host, _host_adapter(host, api_base_url or None))

    @classmethod
    def from_config(cls, cfg: Mapping[str, Any]) -> TwitterAdapter:
        """Builds the adapter from ``channels.twitter``.

        Keys: ``consumer_key``, ``consumer_secret``, ``access_token``, ``access_token_secret``,
        ``bot_user_id`` (the bot account's numeric id, to drop its own DMs), optional ``mode``
        (``webhook`` default, or ``poll``), ``poll_seconds``, ``per_chat_interval`` and ``api_base_url``
        (replaces https://api.twitter.com).
        """
        settings = channel_settings(TwitterSettings, cls.name, cfg)
        return cls(
            consumer_key=required(settings, cls.name, "consumer_key"),
            consumer_secret=required(settings, cls.name, "consumer_secret"),
            access_token=required(settings, cls.name, "access_token"),
            access_token_secret=required(settings, cls.name, "access_token_secret"),
            bot_user_id=settings.bot_user_id,
            mode=settings.mode,
            api_base_url=settings.api_base_url or None,
            poll_seconds=settings.poll_seconds,
            per_chat_interval=settings.per_chat_interval,
        )

    def crc_response(self, crc_token: str) -> tuple[str, int]:
        """Answers the CRC with this adapter's consumer secret (see module ``crc_response``)."""
        return crc_response(crc_token, self._consumer_secret)

    def handshake(self, args: Mapping[str, str]) -> tuple[str, int]:
        """Answers the webhook GET: the CRC when ``crc_token`` is given, 400 otherwise."""
        token = args.get("crc_token")
        if not token:
            return json.dumps({"error": "crc_token is missing"}), 400
        return self.crc_response(token)

    def verify(self, headers: Mapping[str, str], body: bytes) -> None:
        """Checks ``x-twitter-webhooks-signature`` (``sha256=<base64 HMAC>`` of the raw body).

        Raises:
            MissingSignature: the header is absent.
            SignatureError: it does not match.
        """
        given = next((v for k, v in headers.items() if k.lower() == SIGNATURE_HEADER), None)
        if not given:
            raise MissingSignature(f"no {SIGNATURE_HEADER} header")
        if not self._consumer_secret:
            raise SignatureError("consumer_secret is not configured")  # an empty HMAC key proves nothing
        if not hmac.compare_digest(given.strip().encode(), _hmac_b64(self._consumer_secret, body).encode()):
            raise SignatureError(f"{SIGNATURE_HEADER} does not match the body")

    def parse(self, payload: Any) -> list[InboundMessage]:
        """Turns an Account Activity or X Activity payload into messages; other events give ``[]``.

        Raises:
            MalformedPayload: the payload is neither shape.
        """
        if not isinstance(payload, Mapping):
            raise MalformedPayload("twitter: payload is not an object")
        if _is_activity_envelope(payload):
            return self._parse_activity(payload["data"])
        if _is_account_activity(payload):
            return self._parse_batch(payload, own=_str(payload["for_user_id"], "for_user_id"))
        raise MalformedPayload("twitter: neither an Account Activity nor an X Activity payload")

    def _bot_ids(self, own: str | None) -> set[str]:
        # The subscription's own user (for_user_id / filter.user_id) sending a DM is our echo.
        return {i for i in (self.bot_user_id, own) if i}

    def _parse_activity(self, data: Mapping[str, Any]) -> list[InboundMessage]:
        if data.get("event_type") != "dm.received":
            return []  # post.*, follow.*, chat.* (encrypted XChat), dm.sent (our own)
        own = obj(data.get("filter") or {}, "filter").get("user_id")
        inner = obj(data.get("payload"), "data.payload")
        if _is_legacy_batch(inner):
            return self._parse_batch(inner, own=_str(own, "filter.user_id") if own else None)
        message = self._from_v2(inner, {}, self._bot_ids(_str(own, "filter.user_id") if own else None))
        return [message] if message else []

    def _parse_batch(self, batch: Mapping[str, Any], *, own: str | None) -> list[InboundMessage]:
        names = _names(batch.get("users"))
        messages = []
        for event in arr(batch.get("direct_message_events"), "direct_message_events"):
            message = self._from_legacy(obj(event, "direct_message_events[]"), names, self._bot_ids(own))
            if message:
                messages.append(message)
        return messages

    def _from_legacy(
        self, event: Mapping[str, Any], names: Mapping[str, str], bot_ids: set[str]
    ) -> InboundMessage | None:
        if not _is_message_create(event):
            return None
        create = obj(event.get("message_create"), "message_create")
        sender = _str(create.get("sender_id"), "message_create.sender_id")
        if sender in bot_ids:
            return None
        return InboundMessage(
            platform=self.name,
            sender_id=sender,
            message_id=_str(event.get("id"), "direct_message_events[].id"),
            received_at=_millis(event.get("created_timestamp"), "created_timestamp"),
            sender_name=names.get(sender),
            raw=event,
            **_legacy_content(obj(create.get("message_data"), "message_create.message_data")),
        )

    def _from_v2(
        self, event: Mapping[str, Any], names: Mapping[str, str], bot_ids: set[str]
    ) -> InboundMessage | None:
        if event.get("event_type", "MessageCreate") != "MessageCreate":
            return None  # ParticipantsJoin / ParticipantsLeave
        sender = _str(event.get("sender_id"), "sender_id")
        if sender in bot_ids:
            return None
        text = event.get("text", "")
        keys = obj(event.get("attachments") or {}, "attachments").get("media_keys")
        return InboundMessage(
            platform=self.name,
            sender_id=sender,
            message_id=_str(event.get("id"), "id"),
            text=text if isinstance(text, str) else "",
            received_at=_iso(event.get("created_at"), "created_at"),
            sender_name=names.get(sender),
            media=tuple(_str(k, "media_keys[]") for k in arr(keys, "media_keys")),
            raw=event,
        )

    def poll(self, since_id: str | None) -> tuple[list[InboundMessage], str | None]:
        """Fetches DMs newer than ``since_id`` (mode ``poll``).

        Args:
            since_id: the newest DM event id already seen, or None on the first poll (then the
                first page of recent DMs, up to 100, is returned).

        Returns:
            The new messages, oldest first, and the newest event id to pass next time.

        Raises:
            DeliveryError: X refused or did not answer (``retryable`` as for ``send``).
        """
        events, names = self._fetch_since(since_id)
        newest = max((int(e["id"]) for e in events), default=None)
        bot_ids = self._bot_ids(None)
        messages = []
        for event in reversed(events):
            try:
                message = self._from_v2(event, names, bot_ids)
            except MalformedPayload as exc:
                log.warning("twitter: skipping DM event %s: %s", event.get("id"), exc)
                continue
            if message:
                messages.append(message)
        return messages, str(newest) if newest is not None else since_id

    def _fetch_since(self, since_id: str | None) -> tuple[list[Mapping[str, Any]], dict[str, str]]:
        """Pages through ``GET /2/dm_events`` (newest first) until it reaches ``since_id``."""
        floor = int(since_id) if since_id and _is_snowflake(since_id) else None
        events: list[Mapping[str, Any]] = []
        names: dict[str, str] = {}
        token: str | None = None
        for _ in range(POLL_MAX_PAGES):
            page = self._call(
                self._client.get_direct_message_events,
                dm_event_fields=POLL_FIELDS,
                expansions=POLL_EXPANSIONS,
                user_fields=["name", "username"],
                event_types="MessageCreate",
                max_results=100,
                pagination_token=token,
                user_auth=True,
            )
            batch = [
                e for e in page.get("data") or [] if isinstance(e, Mapping) and _is_snowflake(e.get("id"))
            ]
            users = (page.get("includes") or {}).get("users") or []
            names.update({str(u.get("id")): u["name"] for u in users if isinstance(u.get("name"), str)})
            events += [e for e in batch if floor is None or int(e["id"]) > floor]
            token = (page.get("meta") or {}).get("next_token")
            if floor is None or not token or any(int(e["id"]) <= floor for e in batch):
                break
        return events, names

    def render(self, reply: Reply) -> str:
        """The DM text for a reply: its text, then each choice as a numbered line (X DMs have no buttons)."""
        if not reply.buttons:
            return reply.text
        return "\n".join(
            [reply.text, "", *(f"[{i}] {b.label}" for i, b in enumerate(reply.buttons, start=1))]
        )

    def send(self, reply: Reply) -> str | None:
        """Sends one DM and returns its ``dm_event_id``.

        Raises:
            RecipientUnreachable: the citizen does not accept DMs from the bot (403).
            DeliveryError: other failures; ``retryable`` for network errors, 429 and 5xx.
        """
        answer = self._call(
            self._client.create_direct_message, participant_id=reply.recipient_id, text=self.render(reply)
        )
        event_id = (answer.get("data") or {}).get("dm_event_id")
        return str(event_id) if event_id else None

    def _call(self, method: Any, **kwargs: Any) -> dict[str, Any]:
        import requests
        import tweepy

        try:
            result: dict[str, Any] = method(**kwargs)
        except tweepy.TooManyRequests as exc:
            raise DeliveryError(f"twitter: 429 {exc}", retryable=True, retry_after=_wait(exc)) from exc
        except tweepy.TwitterServerError as exc:
            raise DeliveryError(f"twitter: {exc}", retryable=True) from exc
        except tweepy.Forbidden as exc:
            if _refused(exc.api_messages, exc.api_codes):
                raise RecipientUnreachable(f"twitter: {exc}") from exc
            raise DeliveryError(f"twitter: {exc}", retryable=False) from exc
        except tweepy.HTTPException as exc:
            raise DeliveryError(f"twitter: {exc}", retryable=False) from exc
        except requests.RequestException as exc:
            raise DeliveryError(f"twitter: {exc!r}", retryable=True) from exc
        return result

    def close(self) -> None:
        """Closes the HTTP session."""
        self._client.session.close()


def _refused(messages: Iterable[Any], codes: Iterable[Any]) -> bool:
    return 349 in codes or any(p in str(m).lower() for m in messages for p in REFUSED_PHRASES)


def _wait(exc: tweepy.TooManyRequests) -> float | None:
    """Seconds to wait: ``Retry-After`` if given, else until ``x-rate-limit-reset``."""
    given: str | None = exc.response.headers.get("retry-after")
    if given and given.isascii() and given.isdigit():
        return float(given)
    reset: int | None = exc.reset_time
    if reset is not None:
        return max(0.0, reset - time.time())
    return None
