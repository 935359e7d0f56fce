"""The SKM survey through the real webhook path and the real Rasa server, on Telegram (buttons) and on X
direct messages (numbered choices typed back), and the public link in the "ticket opened" message.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from aduan import settings
from store.models import SurveyResponse
from tests.test_conversations import Chat, XChat, all_tickets, both_live, move

pytestmark = pytest.mark.rasa
PUBLIC = "https://aduan.example.go.id"
__all__ = ["both_live"]  # the fixture, used by ``pipeline``


@pytest.fixture
def config(base_config: settings.Config, database_url: str) -> settings.Config:
    """The deployment has a public address, so the "ticket opened" message carries the public link."""
    return base_config.merged({"database": {"url": database_url}, "web": {"public_url": PUBLIC + "/"}})


@pytest.fixture(params=["buttons", "numbers"])
def pipeline(request: pytest.FixtureRequest, both_live: dict[str, Any]) -> tuple[type[Chat], dict[str, Any]]:
    return (XChat if request.param == "numbers" else Chat), both_live


def surveys(live: dict[str, Any]) -> list[SurveyResponse]:
    with live["rt"].Session() as session:
        found = list(session.scalars(select(SurveyResponse).order_by(SurveyResponse.id)))
        for response in found:
            _ = response.answers
        return found


def opened(chat: Chat) -> str:
    chat.say("lampu jalan mati di gg. mawar kel. pejaten timur")
    return chat.say("[1]")


def test_the_survey_after_selesai_one_question_at_a_time(pipeline: tuple[type[Chat], dict[str, Any]]) -> None:
    cls, live = pipeline
    chat = cls(live)
    done = opened(chat)
    [ticket] = all_tickets(live)
    link = f"{PUBLIC}/laporan/{ticket.public_token}"
    assert done.endswith(f"Kami kabari di sini setiap ada perkembangan.\nPantau laporan Anda di {link}")
    move(live, ticket.number, "disposisi", "proses", "selesai", note="lampu sudah diganti")
    told = chat.read()
    assert told.endswith(
        f"Laporan {ticket.number} (Jaringan listrik & lampu jalan) sudah ditandai selesai. "
        "Apakah masalahnya benar-benar sudah beres?\n[1] Sudah beres\n[2] Belum beres"
    )
    first = chat.say("[1]")
    assert first.startswith(
        f"Terima kasih! Mohon nilai layanan kami untuk laporan {ticket.number}: 3 pertanyaan"
    )
    assert first.endswith(
        "(1/3) Bagaimana kecepatan penanganan laporan Anda?\n"
        "[1] Tidak cepat\n[2] Kurang cepat\n[3] Cepat\n[4] Sangat cepat\n[5] Lewati"
    )
    assert chat.say("[4]").startswith("(2/3) Bagaimana sikap dan kesopanan petugas")
    assert chat.say("[3]").startswith("(3/3) Bagaimana hasil penanganan")
    assert (
        chat.say("[2]")
        == "Ada saran atau komentar untuk petugas? Tulis di sini, atau tekan Lewati.\n[1] Lewati"
    )
    assert chat.say("petugasnya ramah, terima kasih") == (
        "Terima kasih atas penilaian Anda. Masukan Anda membantu kami memperbaiki layanan."
    )
    [survey] = surveys(live)
    assert (survey.status, survey.agency_code, survey.comment) == (
        "done",
        "binamarga",
        "petugasnya ramah, terima kasih",
    )
    assert [(a.element, a.score) for a in survey.answers] == [("waktu", 4), ("perilaku", 3), ("hasil", 2)]


def test_belum_beres_reopens_and_a_new_complaint_is_never_blocked(
    pipeline: tuple[type[Chat], dict[str, Any]],
) -> None:
    cls, live = pipeline
    chat = cls(live)
    opened(chat)
    [ticket] = all_tickets(live)
    move(live, ticket.number, "disposisi", "proses", "selesai", note="lampu sudah diganti")
    chat.read()
    summary = chat.say("ada pohon tumbang menutup jalan di kel. pejaten barat")  # while the question waits
    assert summary.startswith("Mohon periksa laporan Anda:\nKategori: Pohon"), summary
    assert "nomor ADU-" in chat.say("[1]")
    assert chat.say("belum beres").startswith(f"Laporan {ticket.number} kami buka kembali")
    assert [t.state for t in all_tickets(live)] == ["proses", "menunggu"]
    assert [s.status for s in surveys(live)] == ["not_fixed"]
