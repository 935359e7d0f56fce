"""``aduan chat --channel whatsapp|twitter``: the terminal chat through the real pipeline and each
platform's fake (in-process here, with the session's Rasa; tests/test_cli.py runs the Telegram chat as
a real command).
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from aduan import settings
from aduan.chat import run_chat

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
    assert out.startswith("Halo! Ini Aduan")
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
