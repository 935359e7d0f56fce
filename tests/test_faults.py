"""Faults survived, each with nothing lost and nothing doubled (issue 20): the database restarted, the
broker restarted mid-stream, a worker killed with SIGKILL mid-task, the NLU gone for 30 s, the platform
answering 500 then 429, and one webhook delivered ten times at once.

Every service a test stops is a private one (``tests/faults.py``): the machine's shared PostgreSQL,
Redis and RabbitMQ are never touched. ``.ci/celery`` runs this module.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient
from sqlalchemy import func, select

from aduan import settings
from fakes.server import ServerThread
from fakes.telegram import FakeTelegram, photo_update, text_update
from jobs import celery_app, runtime
from jobs.inprocess import InProcessQueue
from nlu.client import NluClient
from nlu.places import Gazetteer
from store import db
from store.models import Message, Outbox, Ticket
from tests.conftest import ROOT, TELEGRAM_SECRET
from tests.faults import PrivatePostgres, PrivateRabbit, PrivateRedis, TcpGate
from tests.test_worker import SlowFiles
from web import create_app

pytestmark = pytest.mark.faults
HEADERS = {"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET}
GREETING = "Halo!"  # messages.id.start begins so


def post(client: FlaskClient, update: dict[str, Any]) -> Any:
    return client.post("/webhooks/telegram", json=update, headers=HEADERS)


def counts(rt: runtime.Runtime) -> tuple[int, int, int]:
    """Inbound messages, tickets and Outbox rows."""
    with rt.Session() as session:
        return (
            session.scalar(select(func.count()).select_from(Message).where(Message.direction == "in")) or 0,
            session.scalar(select(func.count()).select_from(Ticket)) or 0,
            session.scalar(select(func.count()).select_from(Outbox)) or 0,
        )


@pytest.fixture
def private_pg() -> Iterator[PrivatePostgres]:
    pg = PrivatePostgres()
    pg.start()
    yield pg
    pg.remove()


def test_postgresql_restarted_webhooks_answer_503_at_once_then_everything_resumes(
    private_pg: PrivatePostgres, base_config: settings.Config, places: Gazetteer, fake_telegram: FakeTelegram
) -> None:
    db.upgrade(private_pg.url)
    cfg = base_config.merged(
        {"database": {"url": private_pg.url}, "channels": {"telegram": {"api_base_url": fake_telegram.url}}}  # type: ignore[attr-defined]
    )
    rt = runtime.build(cfg, places=places)  # commands only: no NLU needed
    queue = InProcessQueue(rt, workers=2, sweep_seconds=0.5).start()
    client = create_app(rt=rt).test_client()
    try:
        assert post(client, text_update(901, "/start")).status_code == 200
        assert len(fake_telegram.wait_for(901, 1)) == 1

        private_pg.stop()
        update = text_update(902, "/start")
        started = time.monotonic()
        response = post(client, update)
        assert (response.status_code, response.json["ok"]) == (503, False)
        assert response.headers["Retry-After"] == "5"
        assert time.monotonic() - started < 5  # refused at once, not after a connect timeout
        assert client.get("/healthz").status_code == 503
        time.sleep(1.5)  # the sweeper fails meanwhile, and keeps going

        private_pg.start()
        assert post(client, update).json == {
            "ok": True,
            "received": 1,
            "stored": 1,
        }  # the platform redelivers
        assert post(client, update).json["stored"] == 0  # and once more: still one message
        assert len(fake_telegram.wait_for(902, 1)) == 1
        assert queue.wait_idle(30)
        assert counts(rt) == (2, 0, 2)
        assert [len(fake_telegram.messages_to(user)) for user in (901, 902)] == [1, 1]
        assert client.get("/healthz").json["database"] == "ok"
    finally:
        queue.stop()
        rt.close()


# -- Celery: a private Redis, real `aduan worker` processes ----------------------------------------------


class Deployment:
    """A SQLite database, a private Redis and ``aduan worker`` processes; the web app runs in the test."""

    def __init__(self, home: Path, telegram_url: str, broker: Broker) -> None:
        self.home = home
        self.url = f"sqlite:///{home / 'aduan.sqlite3'}"
        db.upgrade(self.url)
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("ADUAN_")} | {
            "ADUAN_HOME": str(home),
            "ADUAN_DATABASE__URL": self.url,
            "ADUAN_QUEUE__BROKER": broker.url,
            "ADUAN_QUEUE__SWEEP_SECONDS": "1",
            "ADUAN_NLU__URL": "http://127.0.0.1:9",  # commands and photos only: no NLU needed
            "ADUAN_NLU__TOKEN": "x",
            "ADUAN_CHANNELS__TELEGRAM__TOKEN": "1:test",
            "ADUAN_CHANNELS__TELEGRAM__SECRET_TOKEN": TELEGRAM_SECRET,
            "ADUAN_CHANNELS__TELEGRAM__API_BASE_URL": telegram_url,
            "ADUAN_CHANNELS__TELEGRAM__PER_CHAT_INTERVAL": "0",
        }
        self.rt = runtime.build(settings.load(env=self.env))
        self.rt.queue = celery_app.CeleryQueue(celery_app.configure(self.rt.cfg))
        self.client = create_app(rt=self.rt).test_client()
        self.workers: list[subprocess.Popen[bytes]] = []
        self.log = (home / "worker.log").open("ab")

    def start_worker(self, *, beat: bool = True) -> subprocess.Popen[bytes]:
        command = [sys.executable, "-m", "aduan", "worker", "--concurrency", "1"] + (
            ["--beat"] if beat else []
        )
        worker = subprocess.Popen(
            command, cwd=ROOT, env=self.env, stdout=self.log, stderr=self.log, start_new_session=True
        )
        self.workers.append(worker)
        return worker

    def close(self) -> None:
        for worker in self.workers:
            if worker.poll() is None:
                os.killpg(worker.pid, signal.SIGTERM)
                try:
                    worker.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    os.killpg(worker.pid, signal.SIGKILL)
                    worker.wait()
        self.log.close()
        self.rt.close()

    def output(self) -> str:
        return (self.home / "worker.log").read_text(errors="replace")


Broker = PrivateRedis | PrivateRabbit


@pytest.fixture(params=["redis", "rabbitmq"])
def broker(request: pytest.FixtureRequest) -> Iterator[Broker]:
    """A private broker: Redis (a restart loses what was queued) or RabbitMQ (a restart keeps it)."""
    server: Broker = PrivateRedis() if request.param == "redis" else PrivateRabbit()
    server.start()
    yield server
    server.remove()


def test_a_worker_killed_mid_task_leaves_the_message_to_be_processed_once(
    tmp_path: Path, broker: Broker
) -> None:
    fake = FakeTelegram()
    fake.add_file("photo-kill", b"\xff\xd8\xff" + b"\x01" * 3000)
    slow = SlowFiles(fake.app, delay=6.0)
    with ServerThread(slow) as server:
        deployment = Deployment(tmp_path, server.url, broker)
        try:
            first = deployment.start_worker()
            assert post(deployment.client, photo_update(911, "photo-kill")).status_code == 200
            deadline = time.monotonic() + 60
            while not slow.requests and time.monotonic() < deadline:  # the task is inside the download
                time.sleep(0.05)
            assert slow.requests, deployment.output()
            os.killpg(first.pid, signal.SIGKILL)  # the worker and its pool child, mid-task
            first.wait()
            slow.delay = 0.0
            deployment.start_worker()  # its beat's sweep finds the unprocessed message
            [reply] = fake.wait_for(911, 1, timeout=90)
            assert reply["text"].startswith("Terima kasih, fotonya kami terima")
            time.sleep(3)  # a second run of the task, if there were one, would have answered by now
            assert fake.messages_to(911) == [reply]
            assert counts(deployment.rt) == (1, 0, 1)
            with deployment.rt.Session() as session:
                message = session.scalars(select(Message)).one()
                assert message.processed_at is not None and message.media[0]["path"]
        finally:
            deployment.close()


def test_the_broker_restarted_mid_stream_loses_nothing_and_doubles_nothing(
    tmp_path: Path, broker: Broker, fake_telegram: FakeTelegram
) -> None:
    deployment = Deployment(tmp_path, fake_telegram.url, broker)  # type: ignore[attr-defined]
    users = list(range(921, 933))
    try:
        deployment.start_worker()
        for i, user in enumerate(users):
            if i == 4:
                broker.stop()  # Redis loses what was queued (no persistence); RabbitMQ keeps it
            if i == 8:
                broker.start()
            response = post(deployment.client, text_update(user, "/start"))
            assert (response.status_code, response.json["stored"]) == (200, 1)  # stored, whatever the broker
            if i == 0:  # the worker is up and consuming before the broker goes
                assert len(fake_telegram.wait_for(user, 1, timeout=60)) == 1, deployment.output()
            time.sleep(0.3)
        for user in users:
            assert len(fake_telegram.wait_for(user, 1, timeout=90)) == 1, deployment.output()
        time.sleep(3)
        assert [len(fake_telegram.messages_to(user)) for user in users] == [1] * len(users)
        assert counts(deployment.rt) == (len(users), 0, len(users))
    finally:
        deployment.close()


# -- with the real Rasa -----------------------------------------------------------------------------------

HOLDING = "Pesan Anda sudah kami simpan."  # messages.id.nlu_unavailable begins so


@pytest.fixture
def gated(live: dict[str, Any], rasa: tuple[str, str]) -> Iterator[TcpGate]:
    """The live pipeline reaching Rasa through a gate the test closes: to the app, Rasa is down."""
    host, port = rasa[0].removeprefix("http://").split(":")
    gate = TcpGate(host, int(port)).open()
    rt: runtime.Runtime = live["rt"]
    shared = rt.nlu
    rt.nlu = NluClient(gate.url, rasa[1], timeout=rt.cfg.nlu.timeout, places=rt.places)
    yield gate
    gate.close()
    rt.nlu.close()
    rt.nlu = shared


def texts(fake: FakeTelegram, user: int) -> list[str]:
    return [m["text"] for m in fake.messages_to(user)]


@pytest.mark.rasa
def test_rasa_gone_for_30_seconds_messages_wait_with_one_holding_reply(
    live: dict[str, Any], gated: TcpGate
) -> None:
    fake: FakeTelegram = live["telegram"]
    gated.close()
    assert (
        post(live["client"], text_update(941, "sampah numpuk 3 hari di kel. pejaten timur")).status_code
        == 200
    )
    [holding] = [m["text"] for m in fake.wait_for(941, 1, timeout=30)]
    assert holding.startswith(HOLDING)
    assert post(live["client"], text_update(941, "baunya sampai ke rumah warga")).status_code == 200
    time.sleep(30)  # the sweeper retries both meanwhile; the second waits behind the first
    assert texts(fake, 941) == [holding]
    with live["rt"].Session() as session:
        assert session.scalars(select(Message.processed_at)).all() == [None, None]
    gated.open()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not _all_processed(live["rt"]):
        time.sleep(0.2)
    assert _all_processed(live["rt"])
    assert live["queue"].wait_idle(60)
    answers = texts(fake, 941)
    assert answers[0] == holding and len(answers) >= 2
    assert sum(text.startswith(HOLDING) for text in answers) == 1  # one holding reply, however many retries
    with live["rt"].Session() as session:
        first, second = session.scalars(select(Message).order_by(Message.id)).all()
        assert first.processed_at is not None and second.processed_at is not None
        assert first.processed_at <= second.processed_at  # read in the order they were sent
        assert len(session.scalars(select(Outbox)).all()) == len(answers)  # no reply doubled


def _all_processed(rt: runtime.Runtime) -> bool:
    with rt.Session() as session:
        return all(p is not None for p in session.scalars(select(Message.processed_at)))


@pytest.mark.rasa
def test_the_platform_answering_500_then_429_is_retried_with_backoff_and_succeeds(
    live: dict[str, Any],
) -> None:
    fake: FakeTelegram = live["telegram"]
    fake.fail_next(1, 500, "Internal Server Error")
    fake.fail_next(1, 429, "Too Many Requests: retry after 1", retry_after=1)
    assert post(live["client"], text_update(942, "halo")).status_code == 200
    [reply] = [m["text"] for m in fake.wait_for(942, 1, timeout=60)]
    assert reply.startswith("Halo!")
    assert live["queue"].wait_idle(30)
    with live["rt"].Session() as session:
        row = session.scalars(select(Outbox)).one()
        assert (row.status, row.attempts, row.last_error) == ("sent", 3, None)
        assert (
            row.sent_at is not None and (row.sent_at - row.created_at).total_seconds() >= 1
        )  # waited as asked
    assert texts(fake, 942) == [reply]


def _at_once(client: FlaskClient, update: dict[str, Any], n: int = 10) -> list[tuple[int, int]]:
    """Delivers ``update`` ``n`` times at the same moment; returns (status, stored) of each."""
    barrier, answers = threading.Barrier(n), []
    lock = threading.Lock()

    def deliver() -> None:
        barrier.wait()
        response = post(client.application.test_client(), update)
        with lock:
            answers.append((response.status_code, response.json["stored"]))

    threads = [threading.Thread(target=deliver) for _ in range(n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return answers


@pytest.mark.rasa
def test_the_same_webhook_ten_times_at_once_is_one_message_one_ticket_one_reply(live: dict[str, Any]) -> None:
    fake: FakeTelegram = live["telegram"]
    report = text_update(943, "lampu jalan mati total di jl. pejaten raya kel. pejaten timur, gelap banget")
    assert sorted(_at_once(live["client"], report)) == [(200, 0)] * 9 + [(200, 1)]
    [summary] = [m["text"] for m in fake.wait_for(943, 1, timeout=60)]
    assert summary.startswith("Mohon periksa laporan Anda:")
    assert sorted(_at_once(live["client"], text_update(943, "ya"))) == [(200, 0)] * 9 + [(200, 1)]
    answers = [m["text"] for m in fake.wait_for(943, 2, timeout=60)]
    assert live["queue"].wait_idle(30)
    time.sleep(1)
    assert texts(fake, 943) == answers and len(answers) == 2
    assert "ADU-" in answers[1]
    assert counts(live["rt"]) == (2, 1, 2)
