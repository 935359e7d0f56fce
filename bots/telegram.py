"""Telegram: webhook updates in, Bot API messages out, through python-telegram-bot.

Capabilities (``bots.base``): media download and rate limits. Telegram needs no handshake (the
secret token is given to ``setWebhook``) and reports no delivery statuses.
"""

from __future__ import annotations

import hmac
import logging
import math
from collections.abc import Coroutine, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from aduan.errors import (
    DeliveryError,
    MalformedPayload,
    MissingSignature,
    RecipientUnreachable,
    SignatureError,
)
from bots.base import ChannelSettings, InboundMessage, LoopThread, Reply, channel_settings

if TYPE_CHECKING:  # python-telegram-bot loads when a Telegram adapter first works, not with the configuration
    from telegram import Bot, InlineKeyboardMarkup, Message, ReplyKeyboardMarkup, Update

log = logging.getLogger("aduan.bots.telegram")
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
PUBLIC_API = "https://api.telegram.org"
SEND_TIMEOUT = 10.0
# Bot API limits: about 30 messages a second in all, and about one a second to the same chat.
RATE_PER_SECOND, PER_CHAT_INTERVAL = 30.0, 1.0
T = TypeVar("T")


@dataclass(frozen=True)
class TelegramSettings(ChannelSettings):
    """``channels.telegram``: the bot token and the webhook's secret token (empty is allowed for a demo)."""

    token: str = ""
    secret_token: str = ""
    per_chat_interval: float = PER_CHAT_INTERVAL


def _is_private(message: Message) -> bool:
    return message.chat.type == "private"


def _is_live_location(message: Message) -> bool:
    return message.location is not None and message.location.live_period is not None


def _received_at(message: Message) -> datetime:
    return (message.edit_date or message.date or datetime.now(UTC)).astimezone(UTC)


class TelegramAdapter:
    """Verifies, parses and sends for one Telegram bot.

    Args:
        token: the bot token from @BotFather.
        secret_token: the ``secret_token`` given to ``setWebhook``; Telegram echoes it in a header.
        api_base_url: the Bot API host; a local fake in tests and the demo.
        per_chat_interval: seconds between two messages to the same chat.
    """

    name: ClassVar[str] = "telegram"
    settings_type: ClassVar[type[ChannelSettings]] = TelegramSettings
    rate_per_second: float = RATE_PER_SECOND

    def __init__(
        self,
        *,
        token: str,
        secret_token: str,
        api_base_url: str = "",
        per_chat_interval: float = PER_CHAT_INTERVAL,
    ) -> None:
        self.token = token
        self.per_chat_interval = per_chat_interval
        self.secret_token = secret_token
        self.api_base_url = (api_base_url or PUBLIC_API).rstrip("/")
        self._loop = LoopThread("telegram-send")
        self._bot: Bot | None = None

    @classmethod
    def from_config(cls, cfg: Mapping[str, Any]) -> TelegramAdapter:
        """Builds the adapter from ``channels.telegram``.

        Keys: ``token``, ``secret_token``, optional ``api_base_url`` and ``per_chat_interval``.
        """
        settings = channel_settings(TelegramSettings, cls.name, cfg)
        return cls(
            token=settings.token,
            secret_token=settings.secret_token,
            api_base_url=settings.api_base_url,
            per_chat_interval=settings.per_chat_interval,
        )

    def verify(self, headers: Mapping[str, str], body: bytes) -> None:
        given = headers.get(SECRET_HEADER)
        if not given:
            raise MissingSignature(f"telegram: missing {SECRET_HEADER} header")
        # An unset secret must not accept an empty-looking header: compare against a value no request holds.
        expected = self.secret_token or "\0unset"
        if not hmac.compare_digest(given.encode(), expected.encode()):
            raise SignatureError("telegram: wrong secret token")

    def parse(self, payload: Any) -> list[InboundMessage]:
        if not isinstance(payload, dict) or not isinstance(payload.get("update_id"), int):
            raise MalformedPayload("telegram: an update needs an integer update_id")
        from telegram import Update

        try:
            update = Update.de_json(payload, bot=None)
            # de_json checks no types: a wrong one surfaces here, or in _checked below.
            messages = self._messages(update)
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, OSError) as exc:
            raise MalformedPayload(f"telegram: not an Update: {exc.__class__.__name__}") from exc
        if not messages:
            log.info("telegram: ignored update %s (%s)", update.update_id, _kind(payload))
        return [_checked(message) for message in messages]

    def _messages(self, update: Update) -> list[InboundMessage]:
        if update.callback_query is not None:
            return self._parse_callback(update)
        if update.message is not None and _is_private(update.message):
            return [self._inbound(update.message, suffix="")]
        edited = update.edited_message
        if edited is not None and _is_private(edited) and _is_live_location(edited):
            # Live locations arrive as edits of one message; each position is a new reading.
            return [self._inbound(edited, suffix=f":live:{int(_received_at(edited).timestamp())}")]
        return []

    def _parse_callback(self, update: Update) -> list[InboundMessage]:
        query = update.callback_query
        assert query is not None
        message = query.message
        if not query.data or message is None or message.chat.type != "private":
            return []
        return [
            InboundMessage(
                platform=self.name,
                sender_id=str(message.chat.id),
                message_id=f"cb:{query.id}",
                text=query.data,
                received_at=datetime.now(UTC),
                sender_name=query.from_user.full_name if query.from_user else None,
                raw=update.to_dict(),
            )
        ]

    def _inbound(self, message: Message, *, suffix: str) -> InboundMessage:
        location = message.location
        contact = message.contact
        return InboundMessage(
            platform=self.name,
            sender_id=str(message.chat.id),
            message_id=f"{message.chat.id}:{message.message_id}{suffix}",
            text=message.text or message.caption or "",
            received_at=_received_at(message),
            sender_name=message.from_user.full_name if message.from_user else None,
            latitude=location.latitude if location else None,
            longitude=location.longitude if location else None,
            # Telegram sends every size of a photo; the last one is the largest.
            media=(message.photo[-1].file_id,) if message.photo else (),
            phone=contact.phone_number if contact and contact.user_id == message.chat.id else None,
            raw=message.to_dict(),
        )

    def send(self, reply: Reply) -> str | None:
        sent = self._call(self._send(reply))
        return f"{sent.chat.id}:{sent.message_id}"

    def download_media(self, file_id: str) -> bytes:
        """Downloads an inbound photo by its ``file_id``: ``getFile``, then the file from the file host.

        Raises:
            DeliveryError: Telegram refused (an unknown or expired file id) or did not answer
                (``retryable`` as for ``send``).
        """
        return self._call(self._download(file_id))

    def _call(self, coro: Coroutine[Any, Any, T]) -> T:
        """Runs a Bot API call on the adapter's loop and maps python-telegram-bot's errors to ours."""
        from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

        try:
            return self._loop.run(coro, timeout=SEND_TIMEOUT * 2)
        except Forbidden as exc:
            raise RecipientUnreachable(f"telegram: {exc.message}") from exc
        except RetryAfter as exc:
            retry = exc.retry_after
            seconds = retry.total_seconds() if hasattr(retry, "total_seconds") else float(retry)
            raise DeliveryError("telegram: rate limited", retryable=True, retry_after=seconds) from exc
        except BadRequest as exc:
            raise DeliveryError(f"telegram: {exc.message}", retryable=False) from exc
        except (NetworkError, TimeoutError) as exc:
            raise DeliveryError(f"telegram: {exc}", retryable=True) from exc
        except TelegramError as exc:
            raise DeliveryError(f"telegram: {exc.message}", retryable=False) from exc

    async def _download(self, file_id: str) -> bytes:
        bot = await self._get_bot()
        file = await bot.get_file(file_id)
        if not file.file_path:
            # Telegram gives no path for files over the Bot API's 20 MB download limit.
            raise DeliveryError(f"telegram: file {file_id} has no file_path (too big?)", retryable=False)
        return bytes(await file.download_as_bytearray())

    async def _send(self, reply: Reply) -> Message:
        bot = await self._get_bot()
        return await bot.send_message(
            chat_id=int(reply.recipient_id), text=reply.text, reply_markup=_markup(reply)
        )

    async def _get_bot(self) -> Bot:
        if self._bot is None:
            from telegram import Bot
            from telegram.request import HTTPXRequest

            request = HTTPXRequest(connection_pool_size=8, read_timeout=SEND_TIMEOUT, connect_timeout=5.0)
            bot = Bot(
                self.token,
                base_url=f"{self.api_base_url}/bot",
                base_file_url=f"{self.api_base_url}/file/bot",
                request=request,
            )
            await bot.initialize()
            self._bot = bot
        return self._bot

    def close(self) -> None:
        if self._bot is not None:
            self._loop.run(self._bot.shutdown(), timeout=5)
        self._loop.stop()


def _markup(reply: Reply) -> InlineKeyboardMarkup | ReplyKeyboardMarkup | None:
    from telegram import InlineKeyboardButton, InlineKeyboardMarkup, KeyboardButton, ReplyKeyboardMarkup

    if reply.buttons:
        rows = [[InlineKeyboardButton(b.label, callback_data=b.value[:64])] for b in reply.buttons]
        return InlineKeyboardMarkup(rows)
    if reply.request_location:
        button = KeyboardButton("📍 Kirim lokasi / Share location", request_location=True)
        return ReplyKeyboardMarkup([[button]], resize_keyboard=True, one_time_keyboard=True)
    return None


def _is_coordinate(value: Any, limit: float) -> bool:
    number = isinstance(value, int | float) and not isinstance(value, bool)
    return number and math.isfinite(value) and -limit <= value <= limit


def _checked(message: InboundMessage) -> InboundMessage:
    """Refuses what python-telegram-bot let through with the wrong types (it takes any JSON value)."""
    texts = (message.text, *message.media)
    optional = (message.sender_name, message.phone)
    if not all(isinstance(t, str) for t in texts) or not all(
        o is None or isinstance(o, str) for o in optional
    ):
        raise MalformedPayload("telegram: text, file ids, names and phone numbers must be strings")
    points = ((message.latitude, 90.0), (message.longitude, 180.0))
    if not all(value is None or _is_coordinate(value, limit) for value, limit in points):
        raise MalformedPayload("telegram: location: expected latitude and longitude in range")
    if not isinstance(message.received_at, datetime):
        raise MalformedPayload("telegram: date: expected a Unix time")
    if not message.sender_id.lstrip("-").isdigit():
        raise MalformedPayload("telegram: chat.id: expected an integer")
    return message


def _kind(payload: Mapping[str, Any]) -> str:
    return ",".join(k for k in payload if k != "update_id") or "empty"
