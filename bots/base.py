"""What every platform adapter shares: the inbound message, the reply, and the adapter protocol.

An adapter verifies a webhook on its raw body, parses a decoded payload into
``InboundMessage``s, and sends a ``Reply``. It never touches the database: the web
layer stores what ``parse`` returns, and the queue hands ``send`` what the Outbox holds.
"""

from __future__ import annotations

import asyncio
import math
import threading
import typing
from collections.abc import Coroutine, Mapping
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar, Literal, Protocol, TypeVar, runtime_checkable

from aduan.errors import ConfigError, MalformedPayload

T = TypeVar("T")


@dataclass(frozen=True)
class InboundMessage:
    """One message a citizen sent, as the platform described it.

    Attributes:
        platform: the adapter's name (its key in ``bots.ADAPTERS``).
        sender_id: the platform's id for the citizen (a chat id, a phone number, a user id).
        message_id: the platform's id for this message, unique per platform; redeliveries repeat it.
        text: what the citizen wrote, or the value of the button they pressed; ``""`` for a bare pin or photo.
        received_at: when the platform says the message was sent.
        sender_name: display name, when the platform gives one.
        latitude: shared map point, when there is one.
        longitude: shared map point, when there is one.
        media: platform references to attached photos (file ids or media ids).
        phone: the citizen's phone number, when the platform shares it.
        raw: the payload fragment this message came from, kept for audit.
    """

    platform: str
    sender_id: str
    message_id: str
    text: str
    received_at: datetime
    sender_name: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    media: tuple[str, ...] = ()
    phone: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class Button:
    """A choice offered to the citizen; ``value`` comes back as the text of their answer."""

    label: str
    value: str


@dataclass(frozen=True)
class Reply:
    """One message to send to a citizen.

    Attributes:
        platform: adapter name.
        recipient_id: the platform's id for the citizen (as in ``InboundMessage.sender_id``).
        text: the message text, already rendered in the citizen's language.
        buttons: quick choices, shown as inline buttons where the platform has them.
        request_location: ask the platform to show its "share location" control.
        template: for platforms that need one outside a service window: the template's name and parameters.
    """

    platform: str
    recipient_id: str
    text: str
    buttons: tuple[Button, ...] = ()
    request_location: bool = False
    template: tuple[str, tuple[str, ...]] | None = None

    def to_payload(self) -> dict[str, Any]:
        """Returns the JSON-serialisable form stored in an Outbox row."""
        payload: dict[str, Any] = {"text": self.text}
        if self.buttons:
            payload["buttons"] = [{"label": b.label, "value": b.value} for b in self.buttons]
        if self.request_location:
            payload["request_location"] = True
        if self.template:
            payload["template"] = {"name": self.template[0], "params": list(self.template[1])}
        return payload

    @classmethod
    def from_payload(cls, platform: str, recipient_id: str, payload: Mapping[str, Any]) -> Reply:
        """Rebuilds a reply from an Outbox row's payload."""
        template = payload.get("template")
        return cls(
            platform=platform,
            recipient_id=recipient_id,
            text=str(payload.get("text", "")),
            buttons=tuple(Button(b["label"], b["value"]) for b in payload.get("buttons", ())),
            request_location=bool(payload.get("request_location", False)),
            template=(template["name"], tuple(template["params"])) if template else None,
        )


# --- reading platform JSON defensively: every wrong shape is MalformedPayload (400), never a 500 ---


# --- channel settings: each adapter module declares the keys of its ``channels.<platform>`` block ---


@dataclass(frozen=True)
class ChannelSettings:
    """The keys every ``channels.<platform>`` block may hold; an adapter's settings class adds its own.

    Attributes:
        enabled: whether Aduan runs this channel.
        api_base_url: replaces the platform's public API host (a local fake in tests and demos).
        per_chat_interval: seconds between two messages to the same chat (``RateLimited``).
    """

    enabled: bool = False
    api_base_url: str = ""
    per_chat_interval: float = 0.0


S = TypeVar("S", bound=ChannelSettings)
POSITIVE = {"positive": True}
"""Field metadata for a number that must be greater than 0."""
_EXPECTED = {str: "a string", bool: "true or false", float: "a number", int: "an integer"}


def _typed(where: str, value: Any, kind: Any, *, positive: bool = False) -> Any:
    """``value`` checked against a settings field's type; ConfigError naming ``where`` otherwise."""
    if typing.get_origin(kind) is Literal:
        choices = typing.get_args(kind)
        if value not in choices:
            raise ConfigError(f"config: {where}: expected one of {', '.join(choices)}, got {value!r}")
        return value
    if typing.get_origin(kind) in (Mapping, dict):
        if not isinstance(value, Mapping):
            raise ConfigError(f"config: {where}: expected a mapping, got {value!r}")
        item = typing.get_args(kind)[1]
        return {str(k): _typed(f"{where}.{k}", v, item) for k, v in value.items()}
    number = isinstance(value, int | float) and not isinstance(value, bool)
    if kind is str and number:
        return str(value)  # an id written as a number, or read from the environment as one
    if kind is float and number:
        value = float(value)
    if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
        raise ConfigError(f"config: {where}: expected {_EXPECTED[kind]}, got {value!r}")
    if positive and value <= 0:
        raise ConfigError(f"config: {where}: must be greater than 0, got {value!r}")
    return value


def channel_settings(kind: type[S], name: str, block: Mapping[str, Any]) -> S:
    """Builds an adapter's settings from its configuration block, checking every key once.

    Args:
        kind: the adapter's settings class (a frozen dataclass derived from ``ChannelSettings``).
        name: the channel's name, for the messages.
        block: the ``channels.<name>`` mapping.

    Returns:
        The settings; keys the block leaves out keep their defaults.

    Raises:
        ConfigError: one line naming the key: unknown, of the wrong type, or out of range.
    """
    hints = typing.get_type_hints(kind)
    known = {f.name: f for f in fields(kind)}
    values = {}
    for key, value in block.items():
        where = f"channels.{name}.{key}"
        if value is None:
            continue  # "key:" with nothing after it in YAML: the default
        if key not in known:
            raise ConfigError(f"config: {where}: unknown key (expected one of {', '.join(known)})")
        values[key] = _typed(where, value, hints[key], positive=bool(known[key].metadata.get("positive")))
    return kind(**values)


def required(settings: ChannelSettings, name: str, key: str) -> str:
    """A setting an enabled channel cannot do without, or ConfigError naming ``channels.<name>.<key>``."""
    value = getattr(settings, key)
    if not value:
        raise ConfigError(f"config: channels.{name}.{key}: required")
    return str(value)


def obj(value: Any, where: str) -> Mapping[str, Any]:
    """Returns ``value`` if it is a JSON object, else raises MalformedPayload naming ``where``."""
    if not isinstance(value, Mapping):
        raise MalformedPayload(f"{where}: expected an object")
    return value


def arr(value: Any, where: str) -> list[Any]:
    """Returns ``value`` if it is a JSON array (missing counts as empty), else raises MalformedPayload."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise MalformedPayload(f"{where}: expected an array")
    return value


def text(value: Any, where: str, *, default: str | None = None) -> str:
    """Returns ``value`` if it is a non-empty string (or ``default`` when missing), else raises."""
    if value is None and default is not None:
        return default
    if isinstance(value, str) and (value or default is not None):
        return value
    raise MalformedPayload(f"{where}: expected a string")


def number(value: Any, where: str, *, low: float, high: float) -> float:
    """Returns a finite JSON number within ``[low, high]``, else raises MalformedPayload."""
    # bool is an int in Python, but never a coordinate.
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise MalformedPayload(f"{where}: expected a number")
    if not low <= value <= high:
        raise MalformedPayload(f"{where}: {value} is out of range")
    return float(value)


def epoch(value: Any, where: str, *, millis: bool = False) -> datetime:
    """Converts a Unix timestamp (seconds or milliseconds, number or digit string) to aware UTC."""
    if isinstance(value, str) and value.isascii() and value.isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise MalformedPayload(f"{where}: expected a Unix timestamp")
    try:
        return datetime.fromtimestamp(value / 1000 if millis else value, tz=UTC)
    except (OverflowError, OSError, ValueError) as exc:
        raise MalformedPayload(f"{where}: timestamp out of range") from exc


class Adapter(Protocol):
    """What the web layer and the queue expect of a platform adapter."""

    name: ClassVar[str]
    settings_type: ClassVar[type[ChannelSettings]]
    """The keys of the adapter's ``channels.<platform>`` block (the configuration checks them at load)."""

    @classmethod
    def from_config(cls, cfg: Mapping[str, Any]) -> Adapter:
        """Builds the adapter from its ``channels.<platform>`` configuration block.

        Raises:
            ConfigError: a key is wrong, or a key the enabled channel needs is empty.
        """

    def verify(self, headers: Mapping[str, str], body: bytes) -> None:
        """Checks the webhook's signature on the raw body.

        Raises:
            MissingSignature: no signature header (401).
            SignatureError: a wrong signature (403).
        """

    def parse(self, payload: Any) -> list[InboundMessage]:
        """Turns a decoded webhook payload into messages; ``[]`` for events Aduan ignores.

        Raises:
            MalformedPayload: the payload is not of the platform's shape (400).
        """

    def send(self, reply: Reply) -> str | None:
        """Sends one reply and returns the platform's id for the sent message, when it gives one.

        Raises:
            DeliveryError: the platform refused or did not answer (``retryable`` says whether to try again).
            RecipientUnreachable: the citizen blocked the bot.
        """

    def close(self) -> None:
        """Releases network clients and threads."""


# --- capabilities: what only some platforms can do, declared by the adapter class that has it ---
#
# The web layer and the queue loop over the enabled adapters and ask ``isinstance(adapter, Poller)``;
# they never ask which platform they talk to.


@dataclass(frozen=True)
class DeliveryStatus:
    """What a platform reports about a message Aduan sent.

    Attributes:
        message_id: the platform's id for the sent message, as ``send`` returned it.
        status: ``sent``, ``delivered``, ``read`` or ``failed``.
        recipient_id: the citizen's id on the platform.
        error_code: the platform's error code when ``status`` is ``failed``.
        timestamp: when it happened, UTC.
        window_closed: the message failed because the messaging window had closed (resend as a template).
    """

    message_id: str
    status: str
    recipient_id: str
    error_code: int | None
    timestamp: datetime
    window_closed: bool = False


@runtime_checkable
class Handshake(Protocol):
    """The platform verifies the webhook URL with a GET (a challenge to echo, or a token to sign)."""

    def handshake(self, args: Mapping[str, str]) -> tuple[str, int]:
        """Answers the GET on ``/webhooks/<platform>``.

        Args:
            args: the query parameters.

        Returns:
            The response body (JSON when it starts with ``{``, else plain text) and the HTTP status.
        """
        ...


@runtime_checkable
class DeliveryStatuses(Protocol):
    """The platform's webhooks also report what happened to the messages Aduan sent."""

    def parse_statuses(self, payload: Any) -> list[DeliveryStatus]:
        """Reads the delivery reports out of a decoded webhook payload; ``[]`` when there are none.

        Raises:
            MalformedPayload: the payload is not of the platform's shape.
        """
        ...


@runtime_checkable
class MediaDownload(Protocol):
    """Inbound photos arrive as references the platform expires; the adapter can fetch the bytes."""

    def download_media(self, ref: str) -> bytes:
        """Downloads one photo by the reference ``parse`` put in ``InboundMessage.media``.

        Raises:
            DeliveryError: the platform refused or did not answer.
        """
        ...


@runtime_checkable
class Poller(Protocol):
    """The platform can be polled for new messages, for deployments without a public webhook URL."""

    poll_interval: float | None
    """Seconds between two polls; None when this deployment receives webhooks instead."""

    def poll(self, since: str | None) -> tuple[list[InboundMessage], str | None]:
        """Fetches the messages newer than ``since`` (None on the first poll).

        Returns:
            The new messages, oldest first, and the mark to pass next time.

        Raises:
            DeliveryError: the platform refused or did not answer.
        """
        ...


@runtime_checkable
class TemplateFallback(Protocol):
    """Outside a messaging window the platform only delivers pre-approved templates."""

    def template_name(self, kind: str) -> str:
        """The approved template for a notification kind (e.g. ``status_update``)."""
        ...


def messaging_window(adapter_class: type) -> timedelta | None:
    """How long after the citizen's last message the platform lets a bot send free text (None: no limit).

    An adapter with a window declares it as the class attribute ``messaging_window``; outside it only a
    template (``TemplateFallback``) reaches the citizen.
    """
    window = getattr(adapter_class, "messaging_window", None)
    return window if isinstance(window, timedelta) else None


@runtime_checkable
class RateLimited(Protocol):
    """How fast the platform lets one bot send (the delivery job spaces sends to match)."""

    rate_per_second: float
    """Messages per second for the whole bot, account or number."""
    per_chat_interval: float
    """Seconds between two messages to the same chat."""


DEFAULT_RATE_PER_SECOND = 30.0
"""The send rate assumed for an adapter that declares none (``RateLimited``)."""


def rate_limits(adapter: object) -> tuple[float, float]:
    """``(rate_per_second, per_chat_interval)`` as the adapter declares them, else (30/s, none per chat)."""
    if isinstance(adapter, RateLimited):
        return adapter.rate_per_second, adapter.per_chat_interval
    return DEFAULT_RATE_PER_SECOND, 0.0


def capabilities(adapter: object) -> list[str]:
    """The names of the optional interfaces ``adapter`` has, for logs and the health page."""
    kinds = (Handshake, DeliveryStatuses, MediaDownload, Poller, TemplateFallback, RateLimited)
    return [kind.__name__ for kind in kinds if isinstance(adapter, kind)]


class LoopThread:
    """Runs coroutines of an async SDK from synchronous code, on one long-lived event loop.

    Async SDK clients keep connection pools bound to the loop
    that opened them, so every call must go to the same loop.
    """

    def __init__(self, name: str) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name=name, daemon=True)
        self._started = False
        self._lock = threading.Lock()

    def run(self, coro: Coroutine[Any, Any, T], timeout: float | None = None) -> T:
        """Runs ``coro`` on the loop and waits for its result."""
        with self._lock:
            if not self._started:
                self._thread.start()
                self._started = True
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout)

    def stop(self) -> None:
        """Stops the loop; pending calls are abandoned."""
        if self._started:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=5)
