"""``aduan worker --beat`` as a real process on Redis: it runs what the web app queues, its beat sweeps,
and SIGTERM stops it cleanly. The NLU is down here, so the citizen's one answer is the holding reply."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from aduan import settings
from fakes.server import ServerThread
from fakes.telegram import FakeTelegram, photo_update, text_update
from jobs import celery_app, runtime
from store import db
from store.models import Message, Outbox
from tests.conftest import ROOT, TELEGRAM_SECRET
from tests.test_serve import free_port

BROKER = os.environ.get("ADUAN_TEST_WORKER_QUEUE", "redis://127.0.0.1:6379/6")  # a db number of its own
ORDER_BROKER = BROKER.rsplit("/", 1)[0] + "/7" if BROKER.startswith("redis") else BROKER


@pytest.mark.parametrize("pool", ["prefork", "threads"])
def test_a_worker_process_answers_what_the_web_queued(
    tmp_path: Path, fake_telegram: FakeTelegram, pool: str
) -> None:
    url = f"sqlite:///{tmp_path / 'aduan.sqlite3'}"
    db.upgrade(url)
    overrides = {
        "ADUAN_HOME": str(tmp_path),
        "ADUAN_DATABASE__URL": url,
        "ADUAN_QUEUE__BROKER": BROKER,
        "ADUAN_QUEUE__SWEEP_SECONDS": "0.5",
        "ADUAN_NLU__URL": "http://127.0.0.1:9",  # nothing listens: the message waits, with a holding reply
        "ADUAN_NLU__TOKEN": "x",
        "ADUAN_CHANNELS__TELEGRAM__TOKEN": "1:test",
        "ADUAN_CHANNELS__TELEGRAM__SECRET_TOKEN": TELEGRAM_SECRET,
        "ADUAN_CHANNELS__TELEGRAM__API_BASE_URL": fake_telegram.url,  # type: ignore[attr-defined]
        "ADUAN_CHANNELS__TELEGRAM__PER_CHAT_INTERVAL": "0",
    }
    env = {k: v for k, v in os.environ.items() if not k.startswith("ADUAN_")} | overrides
    cfg = settings.load(env=env)
    web_rt = runtime.build(cfg)
    celery = celery_app.configure(cfg)
    celery.control.purge()
    web_rt.queue = celery_app.CeleryQueue(celery)
    log = (tmp_path / "worker.log").open("w+")
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "aduan",
            "worker",
            "--beat",
            "--pool",
            pool,
            "--concurrency",
            "1" if pool == "prefork" else "4",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=log,
    )
    try:
        from web import create_app

        client = create_app(rt=web_rt).test_client()
        response = client.post(
            "/webhooks/telegram",
            json=text_update(801, "sampah numpuk di kel. pejaten timur"),
            headers={"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET},
        )
        assert response.status_code == 200
        [holding] = fake_telegram.wait_for(801, 1, timeout=60)
        assert holding["text"].startswith("Pesan Anda sudah kami simpan.")
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # the worker records the send just after the fake has it
            with web_rt.Session() as session:
                [row] = session.scalars(select(Outbox)).all()
                message = session.scalars(select(Message)).one()
            if row.status == "sent" and message.attempts >= 2:
                break
            time.sleep(0.2)
        assert (row.status, row.idempotency_key) == ("sent", f"hold:{message.id}")
        # the beat's sweeps retried the waiting message, and it was still answered only once
        assert message.attempts >= 2 and message.processed_at is None
        worker.send_signal(signal.SIGTERM)
        assert worker.wait(timeout=60) == 0
        assert fake_telegram.messages_to(801) == [holding]
        output = (tmp_path / "worker.log").read_text()
        assert "Traceback" not in output, output
        assert ("(thread)" in output) == (pool == "threads"), output  # Celery's banner names the pool
        assert (tmp_path / "var" / "celerybeat-schedule").exists() or any(
            (tmp_path / "var").glob("celerybeat*")
        )
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.wait()
        log.close()
        celery.control.purge()
        web_rt.close()


@pytest.mark.parametrize(
    ("command", "broker", "shown"),
    [
        ("worker", "redis://127.0.0.1:{port}/0", "redis://127.0.0.1:{port}/0"),
        ("serve", "amqp://guest:s3cret@127.0.0.1:{port}//", "amqp://guest:**@127.0.0.1:{port}//"),
    ],
)
def test_a_broker_that_cannot_be_reached_at_start_is_one_line(
    tmp_path: Path, command: str, broker: str, shown: str
) -> None:
    port = free_port()  # nothing listens there
    url = f"sqlite:///{tmp_path / 'aduan.sqlite3'}"
    db.upgrade(url)
    env = {k: v for k, v in os.environ.items() if not k.startswith("ADUAN_")} | {
        "ADUAN_HOME": str(tmp_path),
        "ADUAN_DATABASE__URL": url,
        "ADUAN_QUEUE__BROKER": broker.format(port=port),
        "ADUAN_NLU__URL": "http://127.0.0.1:9",
        "ADUAN_WEB__PORT": str(free_port()),
    }
    done = subprocess.run(
        [sys.executable, "-m", "aduan", command],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    [line] = done.stderr.splitlines()
    assert line.startswith(f"aduan: queue: the broker at {shown.format(port=port)} cannot be reached ("), line
    assert line.endswith("); start it or fix queue.broker")
    assert "s3cret" not in line


def test_a_webhook_answers_200_while_the_broker_is_away_and_the_message_waits(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'aduan.sqlite3'}"
    db.upgrade(url)
    env = {
        "ADUAN_HOME": str(tmp_path),
        "ADUAN_DATABASE__URL": url,
        "ADUAN_QUEUE__BROKER": f"redis://127.0.0.1:{free_port()}/0",  # nothing listens there
        "ADUAN_CHANNELS__TELEGRAM__TOKEN": "1:test",
        "ADUAN_CHANNELS__TELEGRAM__SECRET_TOKEN": TELEGRAM_SECRET,
    }
    web_rt = runtime.build(settings.load(env=env))
    web_rt.queue = celery_app.CeleryQueue(celery_app.configure(web_rt.cfg))
    try:
        from web import create_app

        started = time.monotonic()
        response = (
            create_app(rt=web_rt)
            .test_client()
            .post(
                "/webhooks/telegram",
                json=text_update(802, "banjir di kel. kampung melayu"),
                headers={"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET},
            )
        )
        assert (response.status_code, response.json["stored"]) == (200, 1)
        assert time.monotonic() - started < 10  # a few short publish retries, not Celery's endless ones
        with web_rt.Session() as session:
            message = session.scalars(select(Message)).one()
            assert (message.text, message.processed_at) == ("banjir di kel. kampung melayu", None)
    finally:
        web_rt.close()


class SlowFiles:
    """Wraps the fake Bot API: a photo download takes ``delay`` seconds (a slow platform file host)."""

    def __init__(self, app: Any, delay: float) -> None:
        self.app, self.delay = app, delay
        self.requests = 0  # downloads begun

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if environ.get("PATH_INFO", "").startswith("/file/"):
            self.requests += 1
            time.sleep(self.delay)
        return self.app(environ, start_response)  # type: ignore[no-any-return]


def test_two_worker_processes_read_one_citizen_s_messages_in_order(tmp_path: Path) -> None:
    """The first message (a photo) is slow to download; the second (a command) must still come after it."""
    fake = FakeTelegram()
    fake.add_file("slow-photo", b"\xff\xd8\xff" + b"\x00" * 2000)
    with ServerThread(SlowFiles(fake.app, delay=4.0)) as server:
        url = f"sqlite:///{tmp_path / 'aduan.sqlite3'}"
        db.upgrade(url)
        env = {k: v for k, v in os.environ.items() if not k.startswith("ADUAN_")} | {
            "ADUAN_HOME": str(tmp_path),
            "ADUAN_DATABASE__URL": url,
            "ADUAN_QUEUE__BROKER": ORDER_BROKER,
            "ADUAN_NLU__URL": "http://127.0.0.1:9",  # neither message needs the NLU
            "ADUAN_NLU__TOKEN": "x",
            "ADUAN_CHANNELS__TELEGRAM__TOKEN": "1:test",
            "ADUAN_CHANNELS__TELEGRAM__SECRET_TOKEN": TELEGRAM_SECRET,
            "ADUAN_CHANNELS__TELEGRAM__API_BASE_URL": server.url,
            "ADUAN_CHANNELS__TELEGRAM__PER_CHAT_INTERVAL": "0",
        }
        web_rt = runtime.build(settings.load(env=env))
        celery = celery_app.configure(web_rt.cfg)
        celery.control.purge()
        web_rt.queue = celery_app.CeleryQueue(celery)
        log = (tmp_path / "worker.log").open("w+")
        worker = subprocess.Popen(
            [sys.executable, "-m", "aduan", "worker", "--concurrency", "2"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=log,
        )
        try:
            from web import create_app

            client = create_app(rt=web_rt).test_client()
            headers = {"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET}
            for update in (photo_update(803, "slow-photo"), text_update(803, "/start")):
                assert client.post("/webhooks/telegram", json=update, headers=headers).status_code == 200
            fake.wait_for(803, 2, timeout=90)
            with web_rt.Session() as session:
                photo, start = session.scalars(select(Message).order_by(Message.id)).all()
                assert photo.media and start.text == "/start"
                assert photo.processed_at is not None and start.processed_at is not None
                assert photo.processed_at < start.processed_at  # the command waited for the slow photo
            texts = [m["text"] for m in fake.messages_to(803)]
            assert len(texts) == 2 and any(t.startswith("Terima kasih, fotonya kami terima") for t in texts)
            output = (tmp_path / "worker.log").read_text()
            assert "Traceback" not in output, output
        finally:
            worker.terminate()
            worker.wait(timeout=60)
            log.close()
            celery.control.purge()
            web_rt.close()
