"""Messenger and Instagram Direct adapters: one base, two objects; Send API against the fake Graph API."""

from __future__ import annotations

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
    WindowClosed,
)
from bots.base import Button, InboundMessage, Reply
from bots.messenger import InstagramAdapter, MessengerAdapter, MetaMessagingAdapter
from fakes.server import ServerThread
from fakes.whatsapp import GraphApiFake, graph_error
from tests.fuzzing import JSON, mutated

FIXTURES = Path(__file__).parent.parent / "fixtures"
SECRET, TOKEN = "page-app-secret", "page-token"
PSID, IGSID = "6543210987654321", "1234567890123456"
CONFIG = {"enabled": True, "page_access_token": TOKEN, "app_secret": SECRET, "verify_token": "verify-me"}


def load(platform: str, case: str) -> Any:
    return json.loads((FIXTURES / platform / f"{case}.json").read_text())


MESSENGER = MessengerAdapter.from_config(CONFIG)
INSTAGRAM = InstagramAdapter.from_config(CONFIG)


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[GraphApiFake, str]]:
    fake = GraphApiFake(access_token=TOKEN)
    with ServerThread(fake.app) as thread:
        yield fake, thread.url


@pytest.fixture
def fake(server: tuple[GraphApiFake, str]) -> GraphApiFake:
    server[0].reset()
    return server[0]


@pytest.fixture(params=[MessengerAdapter, InstagramAdapter], ids=["messenger", "instagram"])
def client(
    request: pytest.FixtureRequest, server: tuple[GraphApiFake, str], fake: GraphApiFake
) -> Iterator[Any]:
    adapter = request.param.from_config({**CONFIG, "api_base_url": server[1], "api_version": "v20.0"})
    yield adapter
    adapter.close()


def fb(**fields: Any) -> InboundMessage:
    return InboundMessage(**{"platform": "messenger", "sender_id": PSID, **fields})


# --- parse -------------------------------------------------------------------------------------------


def test_text() -> None:
    assert MESSENGER.parse(load("messenger", "text")) == [
        fb(
            message_id="m_AG5Hz2Uq7tuwNEhXfYYKj8mJEM_QPpz5jdCK48PnKAjSdjfipqxqMvK8ma6AC8fplwlqLP_5cgXIbu7I3rBN0P",
            text="Ada genangan air setinggi lutut di Jl. Kemang Raya",
            received_at=datetime(2025, 2, 12, 0, 43, 44, 123000, tzinfo=UTC),
        )
    ]


def test_quick_reply_gives_its_payload() -> None:
    assert MESSENGER.parse(load("messenger", "quick_reply")) == [
        fb(
            message_id="m_BH6Ia3Vr8uvxOFiYgZZLk9nKFN_RQqa6keDL59QoLBkTekgjqryrNwL9nb7BD9gqmxmrMQ_6dhYJcv8J4sCO1Q",
            text="affirm",
            received_at=datetime(2025, 2, 12, 0, 44, 20, 500000, tzinfo=UTC),
        )
    ]


def test_postback_gives_its_payload() -> None:
    assert MESSENGER.parse(load("messenger", "postback")) == [
        fb(
            message_id="m_CI7Jb4Ws9vwyPGjZhAAMl0oLGO_SRrb7lfEM60RpMCmUflhkrszsOxM0oc8CE0hrnyntNR_7eiZKdw9K5tDP2R",
            text="start_report",
            received_at=datetime(2025, 2, 12, 0, 43, 20, tzinfo=UTC),
        )
    ]


def test_image() -> None:
    payload = load("messenger", "image")
    url = payload["entry"][0]["messaging"][0]["message"]["attachments"][0]["payload"]["url"]
    assert MESSENGER.parse(payload) == [
        fb(
            message_id="m_DJ8Kc5Xt0wxzQHkAiBBNm1pMHP_TSsc8mgFN71SqNDnVgmilstAtPyN1pd9DF1isozouOS_8fjALex0L6uEQ3S",
            text="",
            media=(url,),
            received_at=datetime(2025, 2, 12, 0, 45, 20, tzinfo=UTC),
        )
    ]


def test_location_attachment() -> None:
    payload = load("messenger", "image")
    payload["entry"][0]["messaging"][0]["message"]["attachments"] = [
        {"type": "location", "payload": {"coordinates": {"lat": -6.2146, "long": 106.8451}}},
    ]
    [message] = MESSENGER.parse(payload)
    assert (message.latitude, message.longitude, message.media) == (-6.2146, 106.8451, ())


def test_instagram_text() -> None:
    assert INSTAGRAM.parse(load("instagram", "text")) == [
        InboundMessage(
            platform="instagram",
            sender_id=IGSID,
            message_id="aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxNDAwMDAwMDAwMDAxOjM0MDI4MjM2Njg0MTcxMDMwMDk0OTEyODEzNjQ2"
            "Mjk2NTEzNjM2NjozMTk1NzY0Nzg2NDQ0MDg3NzE0NjEzMDA0NjQwMjU2NjQwMAZDZD",
            text="Pungli di kantor kelurahan Tebet Timur",
            received_at=datetime(2025, 2, 12, 0, 43, 44, 123000, tzinfo=UTC),
        )
    ]


@pytest.mark.parametrize(("adapter", "platform"), [(MESSENGER, "messenger"), (INSTAGRAM, "instagram")])
def test_echo_is_ignored(adapter: MetaMessagingAdapter, platform: str) -> None:
    assert adapter.parse(load(platform, "echo_ignored")) == []


def test_delivery_and_read_are_ignored() -> None:
    payload = load("messenger", "text")
    event = payload["entry"][0]["messaging"][0]
    del event["message"]
    event["delivery"] = {"mids": ["m_AG5Hz2Uq7tuwNEhXfYYKj8mJEM"], "watermark": 1739321024123}
    assert MESSENGER.parse(payload) == []
    event["read"] = {"watermark": 1739321024123}
    del event["delivery"]
    assert MESSENGER.parse(payload) == []


def test_each_adapter_takes_only_its_object() -> None:
    with pytest.raises(MalformedPayload):
        MESSENGER.parse(load("instagram", "text"))
    with pytest.raises(MalformedPayload):
        INSTAGRAM.parse(load("messenger", "text"))


# --- handshake and signature -------------------------------------------------------------------------


def test_challenge_round_trip() -> None:
    args = {"hub.mode": "subscribe", "hub.verify_token": "verify-me", "hub.challenge": "987654"}
    assert MESSENGER.challenge(args) == ("987654", 200)
    assert INSTAGRAM.challenge({**args, "hub.verify_token": "nope"})[1] == 403


def test_signature() -> None:
    body = json.dumps(load("messenger", "text")).encode()
    good = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    MESSENGER.verify({"X-Hub-Signature-256": good}, body)
    with pytest.raises(MissingSignature):
        INSTAGRAM.verify({"X-Hub-Signature": "sha1=deadbeef"}, body)
    with pytest.raises(SignatureError):
        INSTAGRAM.verify({"X-Hub-Signature-256": "sha256=" + "0" * 64}, body)


def test_missing_config_names_the_key() -> None:
    with pytest.raises(ConfigError, match="channels.instagram.page_access_token"):
        InstagramAdapter.from_config({"app_secret": SECRET})


# --- send --------------------------------------------------------------------------------------------


def test_send_with_quick_replies(client: MetaMessagingAdapter, fake: GraphApiFake) -> None:
    reply = Reply(
        client.name, PSID, "Benar sampah?", buttons=(Button("Ya", "affirm"), Button("Bukan", "deny"))
    )
    message_id = client.send(reply)
    [request] = fake.sent
    assert (request.path, request.headers["Authorization"]) == ("/v20.0/me/messages", f"Bearer {TOKEN}")
    assert request.json == {
        "recipient": {"id": PSID},
        "messaging_type": "RESPONSE",
        "message": {
            "text": "Benar sampah?",
            "quick_replies": [
                {"content_type": "text", "title": "Ya", "payload": "affirm"},
                {"content_type": "text", "title": "Bukan", "payload": "deny"},
            ],
        },
    }
    assert message_id and message_id.startswith("m_")


def test_location_request_and_template_send_plain_text(
    client: MetaMessagingAdapter, fake: GraphApiFake
) -> None:
    client.send(Reply(client.name, PSID, "Di mana lokasinya?", request_location=True))
    client.send(
        Reply(client.name, PSID, "Tiket ADU-000123 selesai", template=("status_update", ("ADU-000123",)))
    )
    assert [r["message"] for r in fake.messages()] == [
        {"text": "Di mana lokasinya?"},
        {"text": "Tiket ADU-000123 selesai"},
    ]


@pytest.mark.parametrize(
    ("status", "body", "headers", "kind", "retryable", "retry_after"),
    [
        (500, graph_error(2, "Service temporarily unavailable"), {}, DeliveryError, True, None),
        (
            429,
            graph_error(613, "Calls to this api have exceeded the rate limit."),
            {"Retry-After": "30"},
            DeliveryError,
            True,
            30.0,
        ),
        (400, graph_error(100, "Invalid parameter"), {}, DeliveryError, False, None),
        (
            400,
            graph_error(10, "This message is sent outside of allowed window.", subcode=2018278),
            {},
            WindowClosed,
            False,
            None,
        ),
        (
            400,
            graph_error(551, "This person isn't available right now."),
            {},
            RecipientUnreachable,
            False,
            None,
        ),
    ],
)
def test_error_mapping(
    client: MetaMessagingAdapter,
    fake: GraphApiFake,
    status: int,
    body: Any,
    headers: dict[str, str],
    kind: type[DeliveryError],
    retryable: bool,
    retry_after: float | None,
) -> None:
    fake.fail_next(1, status=status, body=body, headers=headers)
    with pytest.raises(DeliveryError) as caught:
        client.send(Reply(client.name, PSID, "Halo"))
    assert (type(caught.value), caught.value.retryable, caught.value.retry_after) == (
        kind,
        retryable,
        retry_after,
    )


# --- fuzz --------------------------------------------------------------------------------------------

CASES = sorted(
    (p.parent.name, p.stem) for d in ("messenger", "instagram") for p in (FIXTURES / d).glob("*.json")
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        JSON,
        mutated([load(*case) for case in CASES]),
        st.builds(lambda v: {"object": "page", "entry": [{"messaging": v}]}, JSON),
    )
)
def test_fuzz_parse_gives_a_list_or_malformed(payload: Any) -> None:
    for adapter in (MESSENGER, INSTAGRAM):
        try:
            result = adapter.parse(payload)
        except MalformedPayload:
            continue
        assert isinstance(result, list)
