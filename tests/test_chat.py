"""``aduan chat``: the terminal chat through the real pipeline and each platform's fake.

Alone (in-process here, with the session's Rasa; tests/test_cli.py runs the Telegram chat alone as a
real command), and joining a real ``aduan serve --fake-platforms`` process: its tickets are the
server's, and it starts no Rasa of its own.
"""

from __future__ import annotations

import io
import os
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

from aduan import settings
from aduan.chat import run_chat
from store import db
from store.models import Identity, Ticket
from tests.conftest import ROOT
from tests.test_serve import free_port

pytestmark = pytest.mark.rasa
SCRIPT = "halo\nsampah udah 3 hari ga diangkut\n/pin -6.2745 106.8428\n1\nstatus ADU-000001\n"
USERS = {"telegram": "100001", "whatsapp": "6281234567890", "twitter": "2244994945"}
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(300)


def chat(rasa: tuple[str, str], tmp_path: Path, channel: str, script: str) -> str:
    cfg = settings.load(
        env={},
        overrides={
            "database": {"url": f"sqlite:///{tmp_path}/chat.sqlite3"},
            "storage": {"media_dir": str(tmp_path / "media")},
        },
    )
    out = io.StringIO()
    code = run_chat(
        cfg,
        channel=channel,
        user=USERS[channel],
        nlu_url=rasa[0],
        nlu_token=rasa[1],
        stdin=io.StringIO(script),
        stdout=out,
    )
    assert code == 0
    return out.getvalue()


@pytest.mark.parametrize("channel", ["telegram", "whatsapp", "twitter"])
def test_a_report_is_confirmed_by_typing_the_button_number(
    rasa: tuple[str, str], tmp_path: Path, channel: str
) -> None:
    out = chat(rasa, tmp_path, channel, SCRIPT)
    assert out.startswith("> halo\nHalo! Ini Aduan")  # piped lines are echoed: the output reads as a dialogue
    assert "Di mana lokasinya?" in out
    assert ("[📍] share a location with: /pin LAT LNG" in out) is (channel != "twitter")
    assert "Mohon periksa laporan Anda:" in out and "[1] Ya\n[2] Tidak\n" in out
    assert "nomor ADU-000001" in out  # "1" sent the button's value, which submitted the report
    assert "ADU-000001 (Sampah, kebersihan & pencemaran)" in out.split("nomor ADU-000001", 1)[1]
    assert "! webhook answered" not in out


@pytest.mark.parametrize("channel", ["telegram", "whatsapp"])
def test_a_photo_is_downloaded_from_the_fake_and_stored(
    rasa: tuple[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, channel: str
) -> None:
    photo = tmp_path / "lubang.jpg"
    photo.write_bytes(JPEG)
    out = chat(rasa, tmp_path, channel, f"/photo {photo} jalan berlubang\n/photo {tmp_path}/missing.jpg\n")
    assert "! webhook answered" not in out
    assert "! /photo PATH [caption]:" in out  # a missing file is said, not sent
    assert [p.suffix for p in (tmp_path / "media" / channel).iterdir()] == [".jpg"]


# --- joining a running server ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def server(rasa: tuple[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """A real ``aduan serve --fake-platforms`` on the session's Rasa, with three channels on their fakes."""
    home = tmp_path_factory.mktemp("served")
    url = f"sqlite:///{home / 'aduan.sqlite3'}"
    db.upgrade(url)
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("ADUAN_")}
    env.update(
        ADUAN_HOME=str(home),
        ADUAN_DATABASE__URL=url,
        ADUAN_WEB__PORT=str(port),
        ADUAN_NLU__URL=rasa[0],
        ADUAN_NLU__TOKEN=rasa[1],
        ADUAN_CHANNELS__TELEGRAM__ENABLED="true",
        ADUAN_CHANNELS__WHATSAPP__ENABLED="true",
        ADUAN_CHANNELS__TWITTER__ENABLED="true",
    )
    log = (home / "serve.log").open("w+")
    proc = subprocess.Popen(
        [sys.executable, "-m", "aduan", "serve", "--fake-platforms"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=log,
    )
    deadline = time.monotonic() + 120
    while True:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).json()["status"] == "ok":
                break
        except httpx.TransportError:
            pass
        assert proc.poll() is None, (home / "serve.log").read_text()
        assert time.monotonic() < deadline, "aduan serve did not become healthy within 120 s"
        time.sleep(0.3)
    yield {"env": env, "url": url, "home": home, "proc": proc}
    proc.terminate()
    proc.wait(timeout=60)
    log.close()


def aduan_chat(server: dict[str, Any], args: list[str], script: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "aduan", "chat", *args],
        input=script,
        capture_output=True,
        text=True,
        env=server["env"],
        cwd=ROOT,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return result


def tickets_of(url: str, user: str) -> list[tuple[str, str]]:
    """(number, category) of the tickets the server holds for the citizen ``user``."""
    engine = create_engine(url)
    with Session(engine) as session:
        rows = session.execute(
            select(Ticket.number, Ticket.category)
            .join(Identity, Ticket.identity_id == Identity.id)
            .where(Identity.platform_user_id == user)
        ).all()
    engine.dispose()
    return [(number, category) for number, category in rows]


PINS = {"telegram": "-6.2745 106.8428", "whatsapp": "-6.1754 106.8272", "twitter": "-6.2088 106.8456"}


@pytest.mark.parametrize("channel", ["telegram", "whatsapp", "twitter"])
def test_the_chat_joins_the_running_server_and_files_its_ticket_there(
    server: dict[str, Any], channel: str
) -> None:
    user = USERS[channel]
    pin = PINS[channel]  # far apart: each report is new, not a duplicate of another channel's
    script = f"sampah udah 3 hari ga diangkut\n/pin {pin}\n1\n"
    result = aduan_chat(server, ["--channel", channel, "--user", user], script)
    out = result.stdout
    assert result.stderr.splitlines() == [
        f"aduan: joined the server at http://127.0.0.1:{server['env']['ADUAN_WEB__PORT']}"
    ]
    assert out.startswith("> sampah udah 3 hari ga diangkut\n")
    assert f"> /pin {pin}\n" in out and "\n> 1\n" in out
    assert "Di mana lokasinya?" in out and "Mohon periksa laporan Anda:" in out
    assert "laporan Anda sudah kami terima dengan nomor ADU-" in out
    # the server filed it: the ticket is in the server's database, as staff see it in the console
    filed = tickets_of(server["url"], user)
    assert [category for _number, category in filed] == ["sampah"]
    assert f"nomor {filed[0][0]}" in out
    # no Rasa of the chat's own, and no log line in the conversation
    assert not (Path(server["home"]) / "var" / "log" / "rasa.log").exists()
    assert all(not line.startswith(("INFO", "WARNING", "ERROR", "DEBUG", "20")) for line in out.splitlines())


def test_new_starts_a_fresh_citizen_who_sees_none_of_the_old_tickets(server: dict[str, Any]) -> None:
    filed = aduan_chat(server, ["--user", "300001"], "lampu jalan mati di kel. pejaten timur\n1\n").stdout
    assert "laporan Anda sudah kami terima dengan nomor" in filed
    [(number, _category)] = tickets_of(server["url"], "300001")
    fresh = aduan_chat(server, ["--new"], f"status {number}\n")
    assert fresh.stderr.startswith("aduan: chatting as a new citizen (user 62")
    assert f"Laporan {number} tidak ditemukan di antara laporan Anda." in fresh.stdout
    same = aduan_chat(server, ["--user", "300001"], f"status {number}\n").stdout
    assert f"{number} (" in same and "tidak ditemukan" not in same


def test_a_photo_from_the_joined_chat_reaches_the_server(server: dict[str, Any], tmp_path: Path) -> None:
    photo = tmp_path / "got.jpg"
    photo.write_bytes(JPEG)
    result = aduan_chat(server, ["--user", "300002"], f"/photo {photo} got mampet airnya meluap\n")
    assert "! " not in result.stdout  # no refused webhook, no missing reply
    stored = list((Path(server["home"]) / "var" / "media" / "telegram").iterdir())
    assert [p.read_bytes() for p in stored] == [
        JPEG
    ]  # sent through the server's fake, downloaded by the server
