"""The first path end to end.

Telegram webhook -> queue -> real Rasa -> router -> Outbox -> python-telegram-bot -> fake Bot API.
"""

from __future__ import annotations

import logging
import time
from typing import Any

import pytest
from sqlalchemy import select

from fakes.telegram import FakeTelegram, text_update
from jobs import logcontext, tasks
from jobs.runtime import NoQueue, Runtime
from nlu.client import NluClient
from store.models import Identity, Message, Outbox, Ticket
from tests.conftest import TELEGRAM_SECRET

pytestmark = pytest.mark.rasa
HEADERS = {"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET}


def post(live: dict[str, Any], update: dict[str, Any]) -> None:
    response = live["client"].post("/webhooks/telegram", json=update, headers=HEADERS)
    assert response.status_code == 200


def replies(live: dict[str, Any], user: int, count: int, timeout: float = 60) -> list[str]:
    fake: FakeTelegram = live["telegram"]
    return [m["text"] for m in fake.wait_for(user, count, timeout=timeout)]


def outbox_when(rt: Runtime, status: str, timeout: float = 30) -> Outbox:
    """The only Outbox row, once it reaches ``status`` (delivery records the outcome after the send)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with rt.Session() as session:
            row = session.scalars(select(Outbox)).one_or_none()
            if row is not None and row.status == status:
                return row
        time.sleep(0.1)
    pytest.fail(f"no Outbox row reached {status!r}")


def tickets(rt: Runtime) -> list[Ticket]:
    with rt.Session() as session:
        return list(session.scalars(select(Ticket)))


def test_a_full_report_gets_a_ticket_number_on_the_same_chat(live: dict[str, Any]) -> None:
    post(
        live,
        text_update(501, "lampu jalan mati total di jl. pejaten raya kel. pejaten timur jaksel, gelap bgt"),
    )
    [summary] = replies(live, 501, 1)
    assert summary.startswith("Mohon periksa laporan Anda:") and tickets(live["rt"]) == []
    post(live, text_update(501, "ya"))
    _, reply = replies(live, 501, 2)
    [ticket] = tickets(live["rt"])
    assert (ticket.category, ticket.kelurahan, ticket.agency_code) == (
        "listrik",
        "31.74.04.1005",
        "binamarga",
    )
    assert reply.startswith(f"Terima kasih, laporan Anda sudah kami terima dengan nomor {ticket.number}.")


def test_what_is_missing_is_asked_then_the_ticket_opens(live: dict[str, Any]) -> None:
    post(live, text_update(502, "sampah udah 3 hari ga diangkut, bau banget"))
    [ask] = replies(live, 502, 1)
    assert "Di mana lokasinya?" in ask
    assert live["telegram"].messages_to(502)[0]["reply_markup"]["keyboard"][0][0]["request_location"] is True
    post(live, text_update(502, "di kelurahan pejaten timur"))
    _, summary = replies(live, 502, 2)
    assert summary.startswith("Mohon periksa laporan Anda:")
    post(live, text_update(502, "ya"))
    *_, done = replies(live, 502, 3)
    [ticket] = tickets(live["rt"])
    assert (ticket.category, ticket.kelurahan) == ("sampah", "31.74.04.1005")
    assert ticket.number in done


def test_rasa_down_gives_a_holding_reply_and_the_message_waits(
    live: dict[str, Any], rasa: tuple[str, str]
) -> None:
    rt: Runtime = live["rt"]
    real = rt.nlu
    rt.nlu = NluClient("http://127.0.0.1:9", "x", timeout=1, places=rt.places)  # nothing listens on port 9
    post(live, text_update(503, "got mampet airnya meluap di kel. pejaten timur"))
    [holding] = replies(live, 503, 1)
    assert holding.startswith("Pesan Anda sudah kami simpan.")
    with rt.Session() as session:
        assert session.scalars(select(Message.processed_at).where(Message.direction == "in")).one() is None
    rt.nlu = real  # Rasa is back: the sweeper finds the message and processes it
    _, answer = replies(live, 503, 2)
    # The real reading of the message: a summary to confirm (or, if the NLU is unsure, the category question).
    assert answer.startswith(("Mohon periksa laporan Anda", "Maaf, laporannya tentang apa?"))
    with rt.Session() as session:
        assert (
            session.scalars(select(Message.processed_at).where(Message.direction == "in")).one() is not None
        )


def test_a_crash_between_saving_and_replying_loses_nothing(live: dict[str, Any]) -> None:
    rt: Runtime = live["rt"]
    live["queue"].stop()
    rt.queue = NoQueue()  # as if the process died right after answering the webhook
    post(live, text_update(504, "trotoar rusak parah di kel. pejaten timur"))
    assert live["telegram"].messages_to(504) == []
    restarted = live["restart_queue"]()  # the next start sweeps
    try:
        tasks.sweep(rt)
        [reply] = replies(live, 504, 1)
        assert reply.startswith("Mohon periksa laporan Anda:")
    finally:
        restarted.stop()


def test_delivery_retries_server_errors_then_sends(live: dict[str, Any]) -> None:
    live["telegram"].fail_next(2, 502, "Bad Gateway")
    post(live, text_update(505, "halo"))
    [reply] = replies(live, 505, 1)
    assert reply.startswith("Halo!")
    row = outbox_when(live["rt"], "sent")
    assert (row.attempts, row.last_error) == (3, None)


def test_a_blocked_citizen_is_marked_unreachable_and_not_retried(live: dict[str, Any]) -> None:
    live["telegram"].blocked.add(506)
    post(live, text_update(506, "halo"))
    row = outbox_when(live["rt"], "dead")
    assert row.attempts == 1 and "blocked" in (row.last_error or "")
    with live["rt"].Session() as session:
        assert session.scalars(select(Identity)).one().unreachable is True


def test_healthz_reports_database_and_model(live: dict[str, Any]) -> None:
    response = live["client"].get("/healthz")
    assert response.status_code == 200
    assert response.json["status"] == "ok" and response.json["database"] == "ok"
    assert response.json["model"].startswith("nlu-")


def test_healthz_is_503_when_rasa_is_down(live: dict[str, Any]) -> None:
    live["rt"].nlu = NluClient("http://127.0.0.1:9", "x", timeout=1)
    response = live["client"].get("/healthz")
    assert response.status_code == 503
    assert response.json["status"] == "degraded" and response.json["nlu"].startswith("error: nlu:")


def sample(body: str, name: str) -> float:
    """The value of one sample (``name`` with its labels, as printed) in Prometheus text."""
    values = [float(line.rsplit(" ", 1)[1]) for line in body.splitlines() if line.startswith(name + " ")]
    return values[0] if values else 0.0


def test_metrics_count_messages_tickets_and_outbox(live: dict[str, Any]) -> None:
    before = live["client"].get("/metrics").get_data(as_text=True)
    post(live, text_update(507, "halo"))
    post(live, text_update(508, "sampah numpuk di kel. pejaten timur"))
    replies(live, 507, 1)
    replies(live, 508, 1)
    outbox_when_count(live["rt"], "sent", 2)
    response = live["client"].get("/metrics")
    assert response.headers["Content-Type"].startswith("text/plain; version=0.0.4")
    body = response.get_data(as_text=True)
    assert 'aduan_messages_total{direction="in"} 2.0' in body
    assert 'aduan_outbox{status="sent"} 2.0' in body
    assert "aduan_tickets_overdue 0.0" in body and "aduan_queue_depth " in body
    for name, grew in [
        ('aduan_messages_in_total{channel="telegram"}', 2),
        ('aduan_messages_out_total{channel="telegram"}', 2),
        (
            "aduan_nlu_latency_seconds_count",
            1,
        ),  # "halo" is read by the NLU too, unless a rule answers it first
    ]:
        assert sample(body, name) - sample(before, name) >= grew, name
    assert (
        sample(body, 'aduan_messages_in_total{channel="telegram"}')
        - sample(before, 'aduan_messages_in_total{channel="telegram"}')
        == 2
    )  # a webhook counts what it stored, once


def outbox_when_count(rt: Runtime, status: str, count: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with rt.Session() as session:
            if len(session.scalars(select(Outbox).where(Outbox.status == status)).all()) == count:
                return
        time.sleep(0.1)
    pytest.fail(f"{count} Outbox rows did not reach {status!r}")


def test_logs_carry_the_message_id_from_webhook_to_reply(
    live: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    logcontext.install()
    caplog.set_level(logging.INFO, logger="aduan")
    post(live, text_update(509, "halo"))
    replies(live, 509, 1)
    outbox_when(live["rt"], "sent")
    with live["rt"].Session() as session:
        message_id = str(session.scalars(select(Message.id).where(Message.direction == "in")).one())
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        tagged = [r for r in caplog.records if getattr(r, "message_id", None) == message_id]
        said = " | ".join(r.getMessage() for r in tagged)
        if "sent" in said:
            break
        time.sleep(0.1)
    assert f"telegram: message {message_id} stored and queued" in said
    assert f"jobs: message {message_id} processed: 1 reply queued" in said
    assert "telegram: outbox" in said and "sent (attempt 1)" in said
