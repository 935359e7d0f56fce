from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from aduan.errors import (
    DeliveryError,
    MalformedPayload,
    MissingSignature,
    RecipientUnreachable,
    SignatureError,
)
from bots.base import Button, InboundMessage, Reply
from bots.telegram import TelegramAdapter
from fakes.server import ServerThread
from fakes.telegram import FakeTelegram

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "telegram"
CHAT = "523411987"


def load(case: str) -> dict[str, Any]:
    return json.loads((FIXTURES / f"{case}.json").read_text())


def at(ts: int) -> datetime:
    return datetime.fromtimestamp(ts, UTC)


@pytest.fixture
def adapter() -> TelegramAdapter:
    return TelegramAdapter(token="1:test", secret_token="s3cret")


@pytest.fixture
def sender() -> Iterator[tuple[TelegramAdapter, FakeTelegram]]:
    fake = FakeTelegram()
    with ServerThread(fake.app) as server:
        adapter = TelegramAdapter(token="1:test", secret_token="s3cret", api_base_url=server.url)
        yield adapter, fake
        adapter.close()


def test_text(adapter: TelegramAdapter) -> None:
    assert adapter.parse(load("text")) == [
        InboundMessage(
            platform="telegram", sender_id=CHAT, message_id=f"{CHAT}:311",
            text="min sampah udh 3 hari gak diangkut di gg. mawar kel. pejaten timur jaksel",
            received_at=at(1764201600), sender_name="Rina S",
        )
    ]  # fmt: skip


def test_location(adapter: TelegramAdapter) -> None:
    assert adapter.parse(load("location")) == [
        InboundMessage(
            platform="telegram",
            sender_id=CHAT,
            message_id=f"{CHAT}:312",
            text="",
            received_at=at(1764201660),
            sender_name="Rina S",
            latitude=-6.274236,
            longitude=106.842735,
        )
    ]


def test_photo_keeps_the_largest_size_and_the_caption(adapter: TelegramAdapter) -> None:
    assert adapter.parse(load("photo")) == [
        InboundMessage(
            platform="telegram",
            sender_id=CHAT,
            message_id=f"{CHAT}:313",
            text="ini fotonya pak",
            received_at=at(1764201720),
            sender_name="Rina S",
            media=("AgACAgUAAxkBAAIBQ2dLarge",),
        )
    ]


def test_callback_query_becomes_the_button_value(adapter: TelegramAdapter) -> None:
    [message] = adapter.parse(load("callback"))
    assert (message.sender_id, message.message_id, message.text) == (
        CHAT,
        "cb:2247990911223344556",
        "/kategori sampah",
    )


def test_start_with_deep_link_keeps_the_parameter(adapter: TelegramAdapter) -> None:
    [message] = adapter.parse(load("start_deeplink"))
    assert message.text == "/start link-4F7K2Q"


def test_live_location_edit_is_a_new_reading(adapter: TelegramAdapter) -> None:
    assert adapter.parse(load("live_location")) == [
        InboundMessage(
            platform="telegram",
            sender_id=CHAT,
            message_id=f"{CHAT}:330:live:1764201960",
            text="",
            received_at=at(1764201960),
            sender_name="Rina",
            latitude=-6.2751,
            longitude=106.8431,
        )
    ]


def test_contact_shares_the_citizens_own_phone(adapter: TelegramAdapter) -> None:
    [message] = adapter.parse(load("contact"))
    assert message.phone == "+6281234567890"


@pytest.mark.parametrize("case", ["edited_ignored", "group_ignored", "channel_post_ignored"])
def test_ignored_updates_give_nothing(adapter: TelegramAdapter, case: str) -> None:
    assert adapter.parse(load(case)) == []


@pytest.mark.parametrize(
    "payload", [[], {"message": {}}, {"update_id": "x"}, {"update_id": 1, "message": {"chat": 5}}]
)
def test_malformed_updates_raise(adapter: TelegramAdapter, payload: Any) -> None:
    with pytest.raises(MalformedPayload):
        adapter.parse(payload)


def test_missing_secret_is_401_and_wrong_secret_403(adapter: TelegramAdapter) -> None:
    with pytest.raises(MissingSignature) as missing:
        adapter.verify({}, b"{}")
    with pytest.raises(SignatureError) as wrong:
        adapter.verify({"X-Telegram-Bot-Api-Secret-Token": "guess"}, b"{}")
    assert (type(missing.value), type(wrong.value)) == (MissingSignature, SignatureError)
    adapter.verify({"X-Telegram-Bot-Api-Secret-Token": "s3cret"}, b"{}")


def test_unset_secret_accepts_nothing() -> None:
    adapter = TelegramAdapter(token="1:test", secret_token="")
    with pytest.raises(SignatureError):
        adapter.verify({"X-Telegram-Bot-Api-Secret-Token": "anything"}, b"{}")


def test_send_text_with_inline_buttons(sender: tuple[TelegramAdapter, FakeTelegram]) -> None:
    adapter, fake = sender
    reply = Reply(
        "telegram",
        CHAT,
        "Pilih:",
        buttons=(Button("Sampah", "/kategori sampah"), Button("Lainnya", "/kategori lainnya")),
    )
    platform_id = adapter.send(reply)
    [sent] = fake.messages_to(CHAT)
    assert platform_id == f"{CHAT}:{sent['message_id']}"
    assert sent["text"] == "Pilih:"
    assert sent["reply_markup"] == {
        "inline_keyboard": [
            [{"text": "Sampah", "callback_data": "/kategori sampah"}],
            [{"text": "Lainnya", "callback_data": "/kategori lainnya"}],
        ]
    }


def test_send_location_request_uses_a_reply_keyboard(sender: tuple[TelegramAdapter, FakeTelegram]) -> None:
    adapter, fake = sender
    adapter.send(Reply("telegram", CHAT, "Di mana?", request_location=True))
    keyboard = fake.messages_to(CHAT)[0]["reply_markup"]["keyboard"]
    assert keyboard[0][0]["request_location"] is True


def test_blocked_citizen_is_unreachable(sender: tuple[TelegramAdapter, FakeTelegram]) -> None:
    adapter, fake = sender
    fake.blocked.add(int(CHAT))
    with pytest.raises(RecipientUnreachable):
        adapter.send(Reply("telegram", CHAT, "halo"))


@pytest.mark.parametrize(
    ("status", "description", "retry_after", "retryable", "wait"),
    [
        (502, "Bad Gateway", None, True, None),
        (429, "Too Many Requests: retry after 7", 7, True, 7.0),
        (400, "Bad Request: chat not found", None, False, None),
    ],
)
def test_send_errors_say_whether_to_retry(
    sender: tuple[TelegramAdapter, FakeTelegram],
    status: int,
    description: str,
    retry_after: int | None,
    retryable: bool,
    wait: float | None,
) -> None:
    adapter, fake = sender
    fake.fail_next(1, status, description, retry_after)
    with pytest.raises(DeliveryError) as excinfo:
        adapter.send(Reply("telegram", CHAT, "halo"))
    assert (excinfo.value.retryable, excinfo.value.retry_after) == (retryable, wait)
    adapter.send(Reply("telegram", CHAT, "lagi"))
    assert [m["text"] for m in fake.messages_to(CHAT)] == ["lagi"]
