"""WhatsApp Cloud API adapter: real-shaped webhooks, statuses, handshake, signature, sends to the fake."""

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
)
from bots.base import Button, InboundMessage, Reply
from bots.whatsapp import (
    PER_USER_INTERVAL,
    RATE_PER_SECOND,
    DeliveryStatus,
    WhatsAppAdapter,
    WindowClosed,
    challenge,
    parse_statuses,
)
from fakes.server import ServerThread
from fakes.whatsapp import GraphApiFake, graph_error, location_content, sign, text_content, whatsapp_update
from tests.fuzzing import JSON, mutated

FIXTURES = Path(__file__).parent.parent / "fixtures" / "whatsapp"
SECRET, TOKEN, PHONE_ID = "app-secret", "wa-token", "109876543210987"
CITIZEN = "6281234567890"
AT = datetime(2025, 2, 12, 0, 43, 44, tzinfo=UTC)  # 1739321024


def load(case: str) -> Any:
    return json.loads((FIXTURES / f"{case}.json").read_text())


def adapter(url: str = "http://127.0.0.1:9") -> WhatsAppAdapter:
    return WhatsAppAdapter.from_config(
        {
            "enabled": True,
            "phone_number_id": PHONE_ID,
            "access_token": TOKEN,
            "app_secret": SECRET,
            "verify_token": "verify-me",
            "api_base_url": url,
            "templates": {"status_update": "aduan_status_v2"},
        }
    )


PARSER = adapter()


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[GraphApiFake, str]]:
    fake = GraphApiFake(access_token=TOKEN)
    with ServerThread(fake.app) as thread:
        yield fake, thread.url


@pytest.fixture
def fake(server: tuple[GraphApiFake, str]) -> GraphApiFake:
    server[0].reset()
    return server[0]


@pytest.fixture
def wa(server: tuple[GraphApiFake, str], fake: GraphApiFake) -> Iterator[WhatsAppAdapter]:
    client = adapter(server[1])
    yield client
    client.close()


def wa_message(**fields: Any) -> InboundMessage:
    base: dict[str, Any] = {
        "platform": "whatsapp",
        "sender_id": CITIZEN,
        "received_at": AT,
        "sender_name": "Siti Rahmawati",
        "phone": CITIZEN,
    }
    return InboundMessage(**{**base, **fields})


# --- parse -----------------------------------------------------------------------------------------


def test_text() -> None:
    assert adapter().parse(load("text")) == [
        wa_message(
            message_id="wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABIYFDNBMDFGRjc2QkE3RkQ5RTlGMTQyAA==",
            text="Sampah menumpuk di Jl. Kemang Raya dekat halte, sudah 3 hari",
        )
    ]


def test_location() -> None:
    assert adapter().parse(load("location")) == [
        wa_message(
            message_id="wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABIYFDNBMDJBQjQ1QzI3RTg4RjFBMTQzAA==",
            text="",
            latitude=-6.261493,
            longitude=106.8106,
        )
    ]


def test_image() -> None:
    assert adapter().parse(load("image")) == [
        wa_message(
            message_id="wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABIYFDNBMDNDRDg5RTFGMjM0NTY3ODkwAA==",
            text="Jalan berlubang di depan SDN 05",
            media=("1003383421387256",),
        )
    ]


def test_button_reply_gives_the_button_id() -> None:
    assert adapter().parse(load("button_reply")) == [
        wa_message(
            message_id="wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABIYFDNBMDRFRjAxMjM0NTY3ODlBQkNEAA==",
            text="affirm",
        )
    ]


def test_list_reply_gives_the_row_id() -> None:
    assert adapter().parse(load("list_reply")) == [
        wa_message(
            message_id="wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABIYFDNBMDVGMTIzNDU2Nzg5QUJDREVGAA==",
            text="category:saluran_air",
        )
    ]


def test_template_quick_reply_gives_its_payload() -> None:
    payload = load("text")
    message = payload["entry"][0]["changes"][0]["value"]["messages"][0]
    del message["text"]
    message.update(type="button", button={"text": "Belum beres", "payload": "reopen"})
    assert [m.text for m in adapter().parse(payload)] == ["reopen"]


def test_bsuid_only_sender_has_no_phone() -> None:
    assert adapter().parse(load("bsuid_only")) == [
        InboundMessage(
            platform="whatsapp",
            sender_id="ID.1502576394655843",
            message_id="wamid.HBgTSUQuMTUwMjU3NjM5NDY1NTg0MxUCABIYFDNBMDZBQkNERUYwMTIzNDU2Nzg5AA==",
            text="Lampu jalan mati di Jl. Tebet Raya",
            received_at=datetime(2025, 2, 12, 0, 45, tzinfo=UTC),
            sender_name="Budi",
            phone=None,
        )
    ]


@pytest.mark.parametrize("case", ["status_delivered", "status_failed", "unknown_event"])
def test_ignored_events_give_no_messages(case: str) -> None:
    assert adapter().parse(load(case)) == []


def test_statuses() -> None:
    assert parse_statuses(load("status_delivered")) == [
        DeliveryStatus(
            message_id="wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABEYEjdGMjZBRTk3QUY2NjNGNUZBOQA=",
            status="delivered",
            recipient_id=CITIZEN,
            error_code=None,
            timestamp=datetime(2025, 2, 12, 0, 44, 50, tzinfo=UTC),
        )
    ]
    [failed] = adapter().parse_statuses(load("status_failed"))
    assert (failed.status, failed.error_code, failed.window_closed) == ("failed", 131047, True)
    assert parse_statuses(load("text")) == []


def test_not_whatsapp_is_malformed() -> None:
    with pytest.raises(MalformedPayload):
        adapter().parse({"object": "page", "entry": []})


def test_fake_webhook_builders_round_trip() -> None:
    payload = whatsapp_update(CITIZEN, text_content("halo"), name="Siti Rahmawati", at=1739321024)
    body = json.dumps(payload).encode()
    PARSER.verify(sign(body, SECRET), body)
    message_id = payload["entry"][0]["changes"][0]["value"]["messages"][0]["id"]
    assert PARSER.parse(payload) == [wa_message(message_id=message_id, text="halo")]
    [pin] = PARSER.parse(whatsapp_update(CITIZEN, location_content(-6.2, 106.8)))
    assert (pin.latitude, pin.longitude) == (-6.2, 106.8)


# --- handshake and signature ------------------------------------------------------------------------


def test_challenge_round_trip() -> None:
    args = {"hub.mode": "subscribe", "hub.verify_token": "verify-me", "hub.challenge": "1158201444"}
    assert challenge(args, "verify-me") == ("1158201444", 200)
    assert adapter().challenge(args) == ("1158201444", 200)
    assert challenge({**args, "hub.verify_token": "wrong"}, "verify-me")[1] == 403
    assert challenge({"hub.mode": "subscribe", "hub.verify_token": "verify-me"}, "verify-me")[1] == 400


def test_signature() -> None:
    body = json.dumps(load("text")).encode()
    good = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    adapter().verify({"x-hub-signature-256": good}, body)
    with pytest.raises(MissingSignature):
        adapter().verify({}, body)
    with pytest.raises(SignatureError) as wrong:
        adapter().verify({"X-Hub-Signature-256": good}, body + b" ")
    assert not isinstance(wrong.value, MissingSignature)


def test_unset_app_secret_accepts_nothing() -> None:
    body = b"{}"
    empty_key = "sha256=" + hmac.new(b"", body, hashlib.sha256).hexdigest()
    unset = WhatsAppAdapter(phone_number_id=PHONE_ID, access_token=TOKEN, app_secret="")
    with pytest.raises(SignatureError):
        unset.verify({"X-Hub-Signature-256": empty_key}, body)
    unset.close()


def test_missing_config_names_the_key() -> None:
    with pytest.raises(ConfigError, match="channels.whatsapp.access_token"):
        WhatsAppAdapter.from_config({"phone_number_id": PHONE_ID, "app_secret": SECRET, "access_token": ""})


# --- send -------------------------------------------------------------------------------------------


def sent_body(fake: GraphApiFake) -> dict[str, Any]:
    [request] = [r for r in fake.sent if r.method == "POST"]
    assert request.path == f"/v21.0/{PHONE_ID}/messages"
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    return dict(request.json)


def test_send_text(wa: WhatsAppAdapter, fake: GraphApiFake) -> None:
    wamid = wa.send(Reply("whatsapp", CITIZEN, "Laporan diterima: ADU-000123"))
    assert wamid and wamid.startswith("wamid.")
    assert sent_body(fake) == {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": CITIZEN,
        "type": "text",
        "text": {"body": "Laporan diterima: ADU-000123", "preview_url": False},
    }


def test_wait_for_sees_sends(wa: WhatsAppAdapter, fake: GraphApiFake) -> None:
    wa.send(Reply("whatsapp", CITIZEN, "satu"))
    wa.send(Reply("whatsapp", "6289999999999", "lain"))
    assert [m["text"]["body"] for m in fake.wait_for(CITIZEN, 1, timeout=2)] == ["satu"]


def test_send_buttons(wa: WhatsAppAdapter, fake: GraphApiFake) -> None:
    wa.send(
        Reply("whatsapp", CITIZEN, "Benar sampah?", buttons=(Button("Ya", "affirm"), Button("Bukan", "deny")))
    )
    assert sent_body(fake)["interactive"] == {
        "type": "button",
        "body": {"text": "Benar sampah?"},
        "action": {
            "buttons": [
                {"type": "reply", "reply": {"id": "affirm", "title": "Ya"}},
                {"type": "reply", "reply": {"id": "deny", "title": "Bukan"}},
            ]
        },
    }


def test_send_list_when_more_than_three_buttons(wa: WhatsAppAdapter, fake: GraphApiFake) -> None:
    buttons = tuple(Button(f"Kategori nomor {i} yang panjang sekali", f"c{i}") for i in range(5))
    wa.send(Reply("whatsapp", CITIZEN, "Pilih kategori", buttons=buttons))
    interactive = sent_body(fake)["interactive"]
    assert interactive["type"] == "list"
    rows = interactive["action"]["sections"][0]["rows"]
    assert [r["id"] for r in rows] == ["c0", "c1", "c2", "c3", "c4"]
    assert all(len(r["title"]) <= 24 for r in rows)


def test_send_location_request(wa: WhatsAppAdapter, fake: GraphApiFake) -> None:
    wa.send(Reply("whatsapp", CITIZEN, "Di mana lokasinya?", request_location=True))
    body = sent_body(fake)
    assert body["type"] == "interactive"
    assert body["interactive"] == {
        "type": "location_request_message",
        "body": {"text": "Di mana lokasinya?"},
        "action": {"name": "send_location"},
    }


def test_send_template_maps_kind_to_name(wa: WhatsAppAdapter, fake: GraphApiFake) -> None:
    wa.send(Reply("whatsapp", CITIZEN, "", template=("status_update", ("ADU-000123", "selesai"))))
    body = sent_body(fake)
    assert body["type"] == "template"
    assert body["template"] == {
        "name": "aduan_status_v2",
        "language": {"code": "id"},
        "components": [
            {
                "type": "body",
                "parameters": [
                    {"type": "text", "text": "ADU-000123"},
                    {"type": "text", "text": "selesai"},
                ],
            }
        ],
    }


def test_send_to_bsuid_uses_recipient(wa: WhatsAppAdapter, fake: GraphApiFake) -> None:
    wa.send(Reply("whatsapp", "ID.1502576394655843", "Halo"))
    body = sent_body(fake)
    assert body["recipient"] == "ID.1502576394655843" and "to" not in body


def test_download_media(wa: WhatsAppAdapter, fake: GraphApiFake) -> None:
    fake.add_media("1003383421387256", b"\xff\xd8\xffjpeg-bytes")
    assert wa.download_media("1003383421387256") == b"\xff\xd8\xffjpeg-bytes"
    assert [r.headers["Authorization"] for r in fake.sent] == [f"Bearer {TOKEN}"] * 2


# --- error mapping -----------------------------------------------------------------------------------


def send_error(wa: WhatsAppAdapter) -> DeliveryError:
    with pytest.raises(DeliveryError) as caught:
        wa.send(Reply("whatsapp", CITIZEN, "Halo"))
    return caught.value


def test_500_is_retryable(wa: WhatsAppAdapter, fake: GraphApiFake) -> None:
    fake.fail_next(1, status=500)
    error = send_error(wa)
    assert error.retryable and error.retry_after is None
    assert wa.send(Reply("whatsapp", CITIZEN, "Halo"))  # the next call goes through


def test_429_with_retry_after(wa: WhatsAppAdapter, fake: GraphApiFake) -> None:
    fake.fail_next(1, status=429, body=graph_error(80007, "Rate limit hit"), headers={"Retry-After": "12"})
    error = send_error(wa)
    assert error.retryable and error.retry_after == 12.0


def test_throughput_code_with_400_is_retryable(wa: WhatsAppAdapter, fake: GraphApiFake) -> None:
    fake.fail_next(
        1, status=400, body=graph_error(131056, "(Business Account, Consumer Account) pair rate limit hit")
    )
    assert send_error(wa).retryable


def test_400_is_not_retryable(wa: WhatsAppAdapter, fake: GraphApiFake) -> None:
    fake.fail_next(1, status=400, body=graph_error(100, "Invalid parameter"))
    error = send_error(wa)
    assert not error.retryable and type(error) is DeliveryError


def test_131047_raises_window_closed(wa: WhatsAppAdapter, fake: GraphApiFake) -> None:
    fake.fail_next(1, status=400, body=graph_error(131047, "Re-engagement message"))
    error = send_error(wa)
    assert isinstance(error, WindowClosed) and not error.retryable


def test_undeliverable_raises_recipient_unreachable(wa: WhatsAppAdapter, fake: GraphApiFake) -> None:
    fake.fail_next(1, status=400, body=graph_error(131026, "Message Undeliverable"))
    assert isinstance(send_error(wa), RecipientUnreachable)


def test_network_error_is_retryable() -> None:
    with ServerThread(GraphApiFake().app) as server:
        url = server.url
    error = send_error(adapter(url))  # the server is gone: connection refused
    assert error.retryable


def test_rate_constants() -> None:
    assert (RATE_PER_SECOND, PER_USER_INTERVAL) == (80, 6.0)


# --- fuzz --------------------------------------------------------------------------------------------

CASES = sorted(p.stem for p in FIXTURES.glob("*.json"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        JSON,
        mutated([load(case) for case in CASES]),
        st.builds(lambda v: {"object": "whatsapp_business_account", "entry": v}, JSON),
    )
)
def test_fuzz_parse_gives_a_list_or_malformed(payload: Any) -> None:
    for parse in (PARSER.parse, parse_statuses):
        try:
            result = parse(payload)
        except MalformedPayload:
            continue
        assert isinstance(result, list)
