"""``aduan serve`` as a real process on loopback: waitress answers signed webhooks, refuses oversized
bodies, and on SIGTERM finishes the webhook in flight before it exits cleanly."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from fakes.telegram import FakeTelegram, text_update
from store import db
from store.models import Message
from tests.conftest import ROOT, TELEGRAM_SECRET

MAX_BODY = 20_000


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def served(tmp_path: Path, fake_telegram: FakeTelegram) -> Iterator[dict[str, Any]]:
    """A running ``aduan serve`` on a fresh SQLite database, Telegram on the fake, no NLU answering."""
    url = f"sqlite:///{tmp_path / 'aduan.sqlite3'}"
    db.upgrade(url)
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("ADUAN_")}
    env.update(
        ADUAN_HOME=str(tmp_path),
        ADUAN_DATABASE__URL=url,
        ADUAN_WEB__PORT=str(port),
        ADUAN_WEB__THREADS="4",
        ADUAN_WEB__MAX_BODY_BYTES=str(MAX_BODY),
        ADUAN_NLU__URL="http://127.0.0.1:9",  # nothing listens: messages wait with a holding reply
        ADUAN_NLU__TOKEN="x",
        ADUAN_CHANNELS__TELEGRAM__TOKEN="1:test",
        ADUAN_CHANNELS__TELEGRAM__SECRET_TOKEN=TELEGRAM_SECRET,
        ADUAN_CHANNELS__TELEGRAM__API_BASE_URL=fake_telegram.url,  # type: ignore[attr-defined]
    )
    log = (tmp_path / "serve.log").open("w+")
    command = [sys.executable, "-m", "aduan", "serve"]
    proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=log)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            httpx.get(f"{base}/healthz", timeout=2)
            break
        except httpx.TransportError:
            assert proc.poll() is None, (tmp_path / "serve.log").read_text()
            assert time.monotonic() < deadline, "aduan serve did not answer within 60 s"
            time.sleep(0.2)
    yield {"proc": proc, "base": base, "port": port, "url": url, "log": tmp_path / "serve.log", "env": env}
    if proc.poll() is None:
        proc.kill()
        proc.wait()
    log.close()


def stored_texts(url: str) -> list[str]:
    engine = create_engine(url)
    with Session(engine) as session:
        texts = [t or "" for t in session.scalars(select(Message.text).where(Message.direction == "in"))]
    engine.dispose()
    return texts


def test_a_signed_webhook_is_answered_and_an_oversized_body_refused(served: dict[str, Any]) -> None:
    headers = {"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET}
    update = text_update(701, "sampah numpuk di kel. pejaten timur")
    ok = httpx.post(f"{served['base']}/webhooks/telegram", json=update, headers=headers, timeout=10)
    assert ok.status_code == 200
    assert ok.headers["server"] == "aduan"  # waitress (ident), not Werkzeug's development server
    assert stored_texts(served["url"]) == ["sampah numpuk di kel. pejaten timur"]
    bomb = {"update_id": 1, "message": {"text": "😀" * MAX_BODY}}
    refused = httpx.post(f"{served['base']}/webhooks/telegram", json=bomb, headers=headers, timeout=10)
    assert refused.status_code == 413
    unsigned = httpx.post(f"{served['base']}/webhooks/telegram", json=text_update(702, "halo"), timeout=10)
    assert unsigned.status_code in (401, 403)
    assert stored_texts(served["url"]) == ["sampah numpuk di kel. pejaten timur"]


def test_sigterm_answers_the_webhook_in_flight_then_exits_cleanly(served: dict[str, Any]) -> None:
    body = json.dumps(text_update(703, "lampu jalan mati di kel. pejaten timur")).encode()
    head = (
        f"POST /webhooks/telegram HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"X-Telegram-Bot-Api-Secret-Token: {TELEGRAM_SECRET}\r\nContent-Length: {len(body)}\r\n"
        "Connection: close\r\n\r\n"
    ).encode()
    with socket.create_connection(("127.0.0.1", served["port"]), timeout=20) as sock:
        sock.sendall(head + body[:10])  # the webhook is in flight: half its body has arrived
        time.sleep(0.5)
        served["proc"].send_signal(signal.SIGTERM)
        time.sleep(1.0)
        assert served["proc"].poll() is None, "the server exited with a request in flight"
        sock.sendall(body[10:])
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 200"), answer[:200]
    assert served["proc"].wait(timeout=30) == 0
    assert stored_texts(served["url"]) == ["lampu jalan mati di kel. pejaten timur"]
    output = served["log"].read_text()
    assert "Traceback" not in output, output
    with pytest.raises(httpx.TransportError):
        httpx.get(f"{served['base']}/healthz", timeout=2)


def test_the_chat_will_not_join_a_server_without_fake_platforms(served: dict[str, Any]) -> None:
    """Its replies go to the platforms the server is configured with: the chat could not show them."""
    result = subprocess.run(
        [sys.executable, "-m", "aduan", "chat"],
        input="halo\n",
        capture_output=True,
        text=True,
        env=served["env"],
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == (
        f"aduan: chat: the server at {served['base']} runs without --fake-platforms, so its replies go to "
        "the real platforms; run it with `make run` (fake platforms), or chat on your own with --alone\n"
    )
    assert stored_texts(served["url"]) == []
