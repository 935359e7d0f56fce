"""X DMs: Account Activity and X Activity payloads, CRC, signature, and tweepy against the fake X API."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aduan.errors import (
    ConfigError,
    DeliveryError,
    MalformedPayload,
    MissingSignature,
    RecipientUnreachable,
    SignatureError,
)
from bots.base import Button, InboundMessage, Reply
from bots.twitter import TwitterAdapter, crc_response
from fakes.server import ServerThread
from fakes.twitter import DM_REFUSED, XApiFake, dm_update, problem, sign
from tests.fuzzing import JSON, mutated

FIXTURES = Path(__file__).parent.parent / "fixtures" / "twitter"
BOT, CITIZEN = "1111111111111111111", "2222222222222222222"
SECRET = "consumer-secret"


def load(case: str) -> Any:
    return json.loads((FIXTURES / f"{case}.json").read_text())


def adapter(url: str | None = None, **extra: Any) -> TwitterAdapter:
    return TwitterAdapter.from_config(
        {
            "enabled": True,
            "mode": "webhook",
            "consumer_key": "ck",
            "consumer_secret": SECRET,
            "access_token": "at",
            "access_token_secret": "ats",
            "bot_user_id": BOT,
            "api_base_url": url,
            **extra,
        }
    )


PARSER = adapter()


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[XApiFake, str]]:
    fake = XApiFake(bot_user_id=BOT)
    with ServerThread(fake.app) as thread:
        yield fake, thread.url


@pytest.fixture
def fake(server: tuple[XApiFake, str]) -> XApiFake:
    server[0].reset()
    return server[0]


@pytest.fixture
def x(server: tuple[XApiFake, str], fake: XApiFake) -> Iterator[TwitterAdapter]:
    client = adapter(server[1])
    yield client
    client.close()


def dm(**fields: Any) -> InboundMessage:
    return InboundMessage(
        **{"platform": "twitter", "sender_id": CITIZEN, "sender_name": "Andi Pratama", **fields}
    )


# --- parse -------------------------------------------------------------------------------------------


def test_dm_text() -> None:
    assert PARSER.parse(load("dm_text")) == [
        dm(
            message_id="1888000000000000001",
            text="Pohon tumbang menutup jalan di Jl. Panglima Polim",
            received_at=datetime(2025, 2, 12, 0, 43, 44, 123000, tzinfo=UTC),
        )
    ]


def test_dm_quick_reply_gives_the_metadata() -> None:
    assert PARSER.parse(load("dm_quick_reply")) == [
        dm(
            message_id="1888000000000000002",
            text="affirm",
            received_at=datetime(2025, 2, 12, 0, 44, 20, 500000, tzinfo=UTC),
        )
    ]


def test_dm_location_is_longitude_first() -> None:
    assert PARSER.parse(load("dm_location")) == [
        dm(
            message_id="1888000000000000003",
            text="",
            latitude=-6.24398,
            longitude=106.80175,
            received_at=datetime(2025, 2, 12, 0, 45, tzinfo=UTC),
        )
    ]


def test_dm_photo_drops_the_appended_link() -> None:
    payload = load("dm_text")
    data = payload["direct_message_events"][0]["message_create"]["message_data"]
    data["text"] = "Got mampet https://t.co/AbCdEf1234"
    data["attachment"] = {
        "type": "media",
        "media": {
            "id": 1888000000000000099,
            "id_str": "1888000000000000099",
            "url": "https://t.co/AbCdEf1234",
            "type": "photo",
        },
    }
    [message] = PARSER.parse(payload)
    assert (message.text, message.media) == ("Got mampet", ("1888000000000000099",))


def test_xaa_dm_received() -> None:
    assert PARSER.parse(load("xaa_dm_received")) == [
        dm(
            message_id="2080765901528535096",
            text="Lampu lalu lintas mati di perempatan Kuningan",
            received_at=datetime(2026, 7, 24, 21, 23, 44, 372000, tzinfo=UTC),
        )
    ]


def test_xaa_v2_event_payload() -> None:
    payload = {
        "data": {
            "event_type": "dm.received",
            "filter": {"user_id": BOT},
            "payload": {
                "id": "2080765901528535097",
                "event_type": "MessageCreate",
                "sender_id": CITIZEN,
                "dm_conversation_id": f"{CITIZEN}-{BOT}",
                "text": "halo",
                "created_at": "2026-07-20T01:51:31Z",
            },
        }
    }
    assert PARSER.parse(payload) == [
        InboundMessage(
            platform="twitter",
            sender_id=CITIZEN,
            message_id="2080765901528535097",
            text="halo",
            received_at=datetime(2026, 7, 20, 1, 51, 31, tzinfo=UTC),
        )
    ]


@pytest.mark.parametrize("case", ["dm_echo_ignored", "favorite_ignored"])
def test_ignored_events_give_no_messages(case: str) -> None:
    assert PARSER.parse(load(case)) == []


def test_echo_of_the_subscribed_user_is_ignored_even_without_bot_user_id() -> None:
    assert adapter(bot_user_id="").parse(load("dm_echo_ignored")) == []


def test_other_activity_events_give_no_messages() -> None:
    payload = load("xaa_dm_received")
    payload["data"]["event_type"] = "dm.sent"
    assert PARSER.parse(payload) == []


def test_unknown_shape_is_malformed() -> None:
    with pytest.raises(MalformedPayload):
        PARSER.parse({"update_id": 1, "message": {}})


def test_fake_webhook_builders_round_trip() -> None:
    payload = dm_update(CITIZEN, "halo", bot_user_id=BOT, name="Andi Pratama")
    body = json.dumps(payload).encode()
    PARSER.verify(sign(body, SECRET), body)
    [message] = PARSER.parse(payload)
    assert (message.sender_id, message.sender_name, message.text) == (CITIZEN, "Andi Pratama", "halo")


# --- CRC and signature --------------------------------------------------------------------------------


def test_crc_matches_a_known_value() -> None:
    # Computed outside Python:
    # printf crc-token-123 | openssl dgst -sha256 -hmac consumer-secret -binary | base64
    known = "sha256=pqNVCku98klY+uShlb3Xa/LIgd2B2xq7EveP37yRYOI="
    body, status = crc_response("crc-token-123", SECRET)
    assert (json.loads(body), status) == ({"response_token": known}, 200)
    assert PARSER.crc_response("crc-token-123") == (body, status)


def test_signature() -> None:
    body = json.dumps(load("dm_text")).encode()
    good = "sha256=" + base64.b64encode(hmac.new(SECRET.encode(), body, hashlib.sha256).digest()).decode()
    PARSER.verify({"X-Twitter-Webhooks-Signature": good}, body)
    with pytest.raises(MissingSignature):
        PARSER.verify({"Content-Type": "application/json"}, body)
    with pytest.raises(SignatureError) as wrong:
        PARSER.verify({"x-twitter-webhooks-signature": good}, body[:-1])
    assert not isinstance(wrong.value, MissingSignature)


# --- send through tweepy to the fake -------------------------------------------------------------------


def test_send_text_reaches_the_fake_through_url_rewriting(x: TwitterAdapter, fake: XApiFake) -> None:
    event_id = x.send(Reply("twitter", CITIZEN, "Laporan diterima: ADU-000123"))
    [request] = fake.sent
    assert request.path == f"/2/dm_conversations/with/{CITIZEN}/messages"
    assert request.json == {"text": "Laporan diterima: ADU-000123"}
    assert request.headers["Authorization"].startswith("OAuth ")  # tweepy's OAuth 1.0a user context
    assert event_id == fake.events[-1]["id"]


def test_buttons_become_numbered_lines(x: TwitterAdapter, fake: XApiFake) -> None:
    x.send(
        Reply("twitter", CITIZEN, "Benar sampah?", buttons=(Button("Ya", "affirm"), Button("Bukan", "deny")))
    )
    assert fake.messages() == [{"to": CITIZEN, "text": "Benar sampah?\n\n[1] Ya\n[2] Bukan"}]
    assert fake.wait_for(CITIZEN, 1, timeout=2) == fake.messages()


def send_error(x: TwitterAdapter) -> DeliveryError:
    with pytest.raises(DeliveryError) as caught:
        x.send(Reply("twitter", CITIZEN, "Halo"))
    return caught.value


def test_503_is_retryable(x: TwitterAdapter, fake: XApiFake) -> None:
    fake.fail_next(1, status=503)
    assert send_error(x).retryable
    assert x.send(Reply("twitter", CITIZEN, "Halo"))


def test_429_with_retry_after(x: TwitterAdapter, fake: XApiFake) -> None:
    fake.fail_next(1, status=429, body=problem(429, "Too Many Requests"), headers={"retry-after": "7"})
    error = send_error(x)
    assert error.retryable and error.retry_after == 7.0


def test_400_is_not_retryable(x: TwitterAdapter, fake: XApiFake) -> None:
    fake.fail_next(1, status=400, body=problem(400, "Invalid Request", title="Invalid Request"))
    error = send_error(x)
    assert not error.retryable and type(error) is DeliveryError


def test_dm_refused_is_recipient_unreachable(x: TwitterAdapter, fake: XApiFake) -> None:
    fake.fail_next(1, status=403, body=problem(403, DM_REFUSED))
    assert isinstance(send_error(x), RecipientUnreachable)


def test_other_403_is_not_unreachable(x: TwitterAdapter, fake: XApiFake) -> None:
    fake.fail_next(1, status=403, body=problem(403, "Your app is not permitted to use this endpoint."))
    error = send_error(x)
    assert type(error) is DeliveryError and not error.retryable


def test_connection_error_is_retryable() -> None:
    with ServerThread(XApiFake().app) as thread:
        url = thread.url
    assert send_error(adapter(url)).retryable


# --- polling -------------------------------------------------------------------------------------------


def test_poll_returns_new_dms_and_the_newest_id(x: TwitterAdapter, fake: XApiFake) -> None:
    at = datetime(2025, 2, 12, 1, 0, tzinfo=UTC)
    first = fake.add_dm(CITIZEN, "Banjir di Kampung Melayu", name="Andi Pratama", created_at=at)
    messages, newest = x.poll(None)
    assert messages == [dm(message_id=first, text="Banjir di Kampung Melayu", received_at=at)]
    assert newest == first

    x.send(Reply("twitter", CITIZEN, "Di mana tepatnya?"))  # our own DM shows up in the list too
    second = fake.add_dm(CITIZEN, "Jl. Jatinegara Barat", created_at=at)
    messages, newest = x.poll(first)
    assert [(m.message_id, m.text) for m in messages] == [(second, "Jl. Jatinegara Barat")]
    assert newest == second
    assert fake.sent[0].args["event_types"] == "MessageCreate"

    assert x.poll(newest) == ([], newest)


def test_poll_pages_back_to_since_id(x: TwitterAdapter, fake: XApiFake) -> None:
    since = fake.add_dm(CITIZEN, "lama")
    ids = [fake.add_dm(CITIZEN, f"pesan {i}") for i in range(150)]
    messages, newest = x.poll(since)
    assert [m.message_id for m in messages] == ids
    assert newest == ids[-1]
    assert [r.args.get("pagination_token") for r in fake.sent] == [None, "100"]


def test_poll_maps_errors(x: TwitterAdapter, fake: XApiFake) -> None:
    fake.fail_next(1, status=429, body=problem(429, "Too Many Requests"), headers={"x-rate-limit-reset": "0"})
    with pytest.raises(DeliveryError) as caught:
        x.poll(None)
    assert caught.value.retryable and caught.value.retry_after == 0.0


def test_poll_mode_needs_the_bot_user_id() -> None:
    with pytest.raises(ConfigError, match="bot_user_id"):
        adapter(mode="poll", bot_user_id="")
    with pytest.raises(ConfigError, match="mode"):
        adapter(mode="stream")


# --- fuzz ----------------------------------------------------------------------------------------------

CASES = sorted(p.stem for p in FIXTURES.glob("*.json"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        JSON,
        mutated([load(case) for case in CASES]),
        st.builds(lambda v: {"for_user_id": BOT, "direct_message_events": v}, JSON),
        st.builds(lambda v: {"data": {"event_type": "dm.received", "payload": v}}, JSON),
    )
)
def test_fuzz_parse_gives_a_list_or_malformed(payload: Any) -> None:
    try:
        result = PARSER.parse(payload)
    except MalformedPayload:
        return
    assert isinstance(result, list)
