"""Scripted conversations through the real webhook path and the real Rasa server.

Each script is one citizen message per line, as ``aduan chat`` reads them: ``/pin LAT LNG`` shares a
map pin, ``/photo ID`` sends a photo, ``/sticker`` and ``/voice`` send what the bot cannot read, and
``[N]`` presses button N of the bot's last message with buttons. The bot's replies come back as the
citizen sees them (buttons as ``[N] label``). The NLU's readings vary with the model, so the tests
assert behaviour — a ticket opened, a question asked, buttons offered — not confidences.
"""

from __future__ import annotations

import itertools
import json
import re
import time
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from aduan import settings
from fakes import telegram as fake
from fakes import twitter as fx
from fakes.server import ServerThread
from fakes.telegram import FakeTelegram
from fakes.twitter import XApiFake
from jobs import periodic, runtime
from jobs.inprocess import InProcessQueue
from nlu.places import Gazetteer
from router import tickets
from store import repo
from store.models import Citizen, Outbox, Ticket, utcnow
from tests.conftest import TELEGRAM_SECRET

pytestmark = pytest.mark.rasa
HEADERS = {"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET}
ADMIN = tickets.Actor("staff", "admin", role="admin")
PEJATEN_TIMUR = "31.74.04.1005"
_users = itertools.count(9000)


class Chat:
    """One citizen talking to the live pipeline on the fake Telegram."""

    def __init__(self, live: dict[str, Any], user: int | None = None) -> None:
        self.live = live
        self.user = user or next(_users)
        self.seen = 0
        self.buttons: list[tuple[str, str]] = []

    def say(self, script: str) -> str:
        """Sends each line of ``script``; returns the bot's replies to them all, as the citizen sees them."""
        return "\n".join(self.send(line) for line in script.strip().splitlines())

    def send(self, line: str) -> str:
        self.post(self.update(line.strip()))
        return self.read()

    def update(self, line: str) -> dict[str, Any]:
        if line.startswith("[") and line.endswith("]"):
            return fake.callback_update(self.user, self.buttons[int(line[1:-1]) - 1][1])
        if line.startswith("/pin "):
            lat, lng = map(float, line.split()[1:3])
            return fake.location_update(self.user, lat, lng)
        if line.startswith("/photo "):
            return fake.photo_update(self.user, line.split()[1])
        if line in ("/sticker", "/voice"):
            content = (
                {
                    "sticker": {
                        "file_id": "s1",
                        "file_unique_id": "s1",
                        "width": 512,
                        "height": 512,
                        "is_animated": False,
                        "is_video": False,
                        "type": "regular",
                    }
                }
                if line == "/sticker"
                else {"voice": {"file_id": "v1", "file_unique_id": "v1", "duration": 3}}
            )
            update = fake.text_update(self.user, "x")
            del update["message"]["text"]
            update["message"].update(content)
            return update
        return fake.text_update(self.user, line)

    def post(self, update: dict[str, Any]) -> None:
        response = self.live["client"].post("/webhooks/telegram", json=update, headers=HEADERS)
        assert response.status_code == 200

    def read(self, timeout: float = 60) -> str:
        """Waits until the pipeline is idle, then renders the replies not read yet."""
        deadline = time.monotonic() + timeout
        self.live["queue"].wait_idle(timeout)
        while time.monotonic() < deadline and len(self.live["telegram"].messages_to(self.user)) <= self.seen:
            time.sleep(0.05)  # an acknowledged message always gets an answer
        time.sleep(0.1)
        self.live["queue"].wait_idle(timeout)
        fresh = self.live["telegram"].messages_to(self.user)[self.seen :]
        self.seen += len(fresh)
        return "\n".join(self.render(m) for m in fresh)

    def render(self, message: dict[str, Any]) -> str:
        markup = message.get("reply_markup") or {}
        markup = json.loads(markup) if isinstance(markup, str) else markup
        buttons = [
            (b["text"], b.get("callback_data", "")) for row in markup.get("inline_keyboard", []) for b in row
        ]
        if buttons:
            self.buttons = buttons
        lines = [message["text"], *(f"[{i}] {label}" for i, (label, _) in enumerate(buttons, 1))]
        if any(b.get("request_location") for row in markup.get("keyboard", []) for b in row):
            lines.append("[📍]")
        return "\n".join(lines)


X_BOT, X_SECRET = "1111111111111111111", "x-consumer-secret"


class XChat(Chat):
    """One citizen on X direct messages: no buttons, so choices come as "[N] label" lines, typed back."""

    def update(self, line: str) -> dict[str, Any]:
        if line.startswith("[") and line.endswith("]"):
            line = line[1:-1]  # what a citizen on X types to pick choice N
        return fx.dm_update(str(self.user), line, bot_user_id=X_BOT)

    def post(self, update: dict[str, Any]) -> None:
        body = json.dumps(update).encode()
        response = self.live["client"].post("/webhooks/twitter", data=body, headers=fx.sign(body, X_SECRET))
        assert response.status_code == 200

    def read(self, timeout: float = 60) -> str:
        deadline = time.monotonic() + timeout
        self.live["queue"].wait_idle(timeout)
        while time.monotonic() < deadline and len(self.live["x"].messages_to(str(self.user))) <= self.seen:
            time.sleep(0.05)
        time.sleep(0.1)
        self.live["queue"].wait_idle(timeout)
        fresh = self.live["x"].messages_to(str(self.user))[self.seen :]
        self.seen += len(fresh)
        return "\n".join(m["text"].replace("\n\n[1] ", "\n[1] ") for m in fresh)


@pytest.fixture
def both_live(
    config: settings.Config, places: Gazetteer, rasa: tuple[str, str], fake_telegram: FakeTelegram
) -> Iterator[dict[str, Any]]:
    """The whole pipeline on Telegram (buttons) and X direct messages (numbered choices), real Rasa, fakes."""
    from web import create_app

    x = XApiFake(bot_user_id=X_BOT)
    with ServerThread(x.app) as server:
        config = config.merged({"channels": {
            "telegram": {"api_base_url": fake_telegram.url},  # type: ignore[attr-defined]
            "twitter": {"enabled": True, "mode": "webhook", "consumer_key": "ck", "consumer_secret": X_SECRET,
                        "access_token": "at", "access_token_secret": "ats", "bot_user_id": X_BOT,
                        "api_base_url": server.url},
        }})  # fmt: skip
        built = runtime.build(config, nlu_url=rasa[0], nlu_token=rasa[1], places=places)
        queue = InProcessQueue(built, workers=2, sweep_seconds=0.5).start()
        app = create_app(rt=built)
        yield {
            "app": app,
            "client": app.test_client(),
            "rt": built,
            "queue": queue,
            "telegram": fake_telegram,
            "x": x,
        }
        queue.stop()
        built.close()


def all_tickets(live: dict[str, Any]) -> list[Ticket]:
    with live["rt"].Session() as session:
        return list(session.scalars(select(Ticket).order_by(Ticket.id)))


def move(live: dict[str, Any], number: str, *states: str, note: str | None = None) -> None:
    with live["rt"].Session.begin() as session:
        ticket = repo.ticket_by_number(session, number)
        rows = []  # every step's notices: left to the sweeper, they could arrive amid a later reply
        for state in states:
            rows += tickets.transition(session, live["rt"].cfg, ticket, state, actor=ADMIN, note=note)  # type: ignore[arg-type]
        queued = [(row.id, row.identity_id) for row in rows]
    for outbox_id, identity_id in queued:
        live["queue"].enqueue("deliver", outbox_id, key=identity_id)


# --- reporting -------------------------------------------------------------------------------------------


def test_a_report_in_one_message_is_confirmed_then_numbered(live: dict[str, Any]) -> None:
    chat = Chat(live)
    summary = chat.say("lampu jalan mati di gg. mawar kel. pejaten timur")
    assert summary.startswith(
        "Mohon periksa laporan Anda:\nKategori: Jaringan listrik & lampu jalan\nLokasi: Pejaten Timur"
    )
    assert summary.endswith("[1] Ya\n[2] Tidak")
    assert all_tickets(live) == []
    done = chat.say("ya")
    [ticket] = all_tickets(live)
    assert (ticket.category, ticket.kelurahan, ticket.agency_code, ticket.state) == (
        "listrik",
        PEJATEN_TIMUR,
        "binamarga",
        "menunggu",
    )
    assert done.startswith(f"Terima kasih, laporan Anda sudah kami terima dengan nomor {ticket.number}.")


def test_the_yes_button_opens_the_ticket(live: dict[str, Any]) -> None:
    chat = Chat(live)
    chat.say("lampu jalan mati di gg. mawar kel. pejaten timur")
    assert "nomor ADU-" in chat.say("[1]")


def test_no_lets_the_citizen_correct_the_place(live: dict[str, Any]) -> None:
    chat = Chat(live)
    chat.say("lampu jalan mati di gg. mawar kel. pejaten timur")
    assert chat.say("tidak") == "Bagian mana yang perlu diperbaiki?\n[1] Kategori\n[2] Lokasi"
    assert chat.say("[2]").startswith("Di mana lokasi yang benar?")
    assert "Lokasi: Pejaten Barat" in chat.say("di kelurahan pejaten barat")
    chat.say("ya")
    [ticket] = all_tickets(live)
    assert (ticket.category, ticket.kelurahan) == ("listrik", "31.74.04.1006")


def test_no_lets_the_citizen_correct_the_category(live: dict[str, Any]) -> None:
    chat = Chat(live)
    chat.say("got mampet di kel. pejaten timur")
    chat.say("bukan")
    ask = chat.say("[1]")
    assert ask.startswith("Pilih kategori yang benar:") and "[4] Lainnya" not in ask.splitlines()[0]
    assert "Lainnya" in ask
    label, value = chat.buttons[0]  # the next candidate the model saw, never the rejected one
    assert value != "/kategori saluran_air" and f"Kategori: {label}\n" in chat.say("[1]")
    chat.say("ya")
    assert [t.category for t in all_tickets(live)] == [value.split()[1]]


def test_a_missing_place_is_asked_and_a_landmark_answers_it(live: dict[str, Any]) -> None:
    chat = Chat(live)
    ask = chat.say("sampah udah 3 hari ga diangkut, bau banget")
    assert "Di mana lokasinya?" in ask and ask.endswith("[📍]")
    summary = chat.say("dekat stasiun pasar minggu")
    assert (
        summary.startswith("Mohon periksa")
        and "Keterangan: sampah udah 3 hari ga diangkut, bau banget\n" in summary
    )
    chat.say("ya")
    [ticket] = all_tickets(live)
    assert (ticket.category, ticket.kelurahan) == ("sampah", PEJATEN_TIMUR)


def test_a_map_pin_answers_where(live: dict[str, Any]) -> None:
    chat = Chat(live)
    chat.say("jalan berlubang")
    assert chat.say("/pin -6.2745 106.8428").startswith(
        "Mohon periksa laporan Anda:\nKategori: Jalan & trotoar"
    )
    chat.say("[1]")
    [ticket] = all_tickets(live)
    assert (ticket.latitude, ticket.longitude, ticket.kelurahan is not None) == (-6.2745, 106.8428, True)


def test_an_ambiguous_place_offers_buttons(live: dict[str, Any]) -> None:
    chat = Chat(live)
    ask = chat.say("pohon tumbang di kebon jeruk")
    assert ask.startswith('Ada beberapa tempat bernama "kebon jeruk". Yang mana maksud Anda?\n[1] ')
    assert chat.say("[1]").startswith("Mohon periksa laporan Anda:\nKategori: Pohon & taman")


def test_a_place_outside_jakarta_is_declined_politely(live: dict[str, Any]) -> None:
    chat = Chat(live)
    assert chat.say("banjir di bekasi").startswith("Maaf, lokasi itu sepertinya di luar DKI Jakarta")
    assert chat.say("/pin -5.5 106.5").startswith(
        "Maaf, lokasi itu sepertinya di luar DKI Jakarta"
    )  # the sea
    assert chat.say("di kelurahan pejaten timur").startswith("Mohon periksa laporan Anda:\nKategori: Banjir")


def test_an_unclear_message_is_asked_about_with_category_buttons(live: dict[str, Any]) -> None:
    chat = Chat(live)
    chat.say("sudah 2 minggu begini terus, tolong diperiksa")
    ask = chat.say("di kelurahan pejaten timur")
    if ask.startswith("Mohon periksa"):  # the model read a category after all; nothing to choose
        return
    assert ask.startswith(("Maaf, laporannya tentang apa?", "Silakan ceritakan")), ask
    if "[1]" in ask:
        assert chat.buttons[-1] == ("Lainnya", "/kategori lainnya")
        assert chat.say("[1]").startswith("Mohon periksa")


def test_a_photo_is_attached_and_short_messages_make_one_report(live: dict[str, Any]) -> None:
    chat = Chat(live)
    assert chat.say("/photo foto-1").startswith("Terima kasih, fotonya kami terima. Ceritakan masalahnya")
    assert "Di mana lokasinya?" in chat.say("jalan berlubang")
    assert chat.say("/photo foto-2").startswith("Fotonya kami terima dan kami lampirkan pada laporan.")
    summary = chat.say("di kelurahan pejaten timur")
    assert "\nFoto: 2\n" in summary and "Kategori: Jalan & trotoar" in summary
    chat.say("ya")
    [ticket] = all_tickets(live)
    assert len(ticket.media) == 2 and ticket.description.startswith("jalan berlubang")


def test_status_answers_with_state_agency_and_note_and_only_to_the_owner(live: dict[str, Any]) -> None:
    owner = Chat(live)
    owner.say("lampu jalan mati di gg. mawar kel. pejaten timur\nya")
    [ticket] = all_tickets(live)
    move(live, ticket.number, "disposisi", note="sudah dijadwalkan")
    assert "kini berstatus: diteruskan ke dinas terkait.\nsudah dijadwalkan" in owner.read()
    expected = (
        f"{ticket.number} (Jaringan listrik & lampu jalan): diteruskan ke dinas terkait - Dinas Bina Marga"
        " (sudah dijadwalkan)"
    )
    assert owner.say(f"status {ticket.number}") == expected
    assert owner.say("laporan saya gimana?") == expected
    other = Chat(live)
    assert (
        other.say(f"status {ticket.number}")
        == f"Laporan {ticket.number} tidak ditemukan di antara laporan Anda."
    )


def test_batal_cancels_at_any_point(live: dict[str, Any]) -> None:
    chat = Chat(live)
    chat.say("jalan berlubang")
    assert chat.say("batal") == "Baik, laporan dibatalkan."
    chat.say("lampu jalan mati di gg. mawar kel. pejaten timur")
    assert chat.say("batal") == "Baik, laporan dibatalkan."
    assert all_tickets(live) == []


def test_belum_beres_reopens_a_resolved_ticket(live: dict[str, Any]) -> None:
    chat = Chat(live)
    chat.say("lampu jalan mati di gg. mawar kel. pejaten timur\nya")
    [ticket] = all_tickets(live)
    move(live, ticket.number, "disposisi", "proses", "selesai", note="lampu sudah diganti")
    chat.read()
    assert chat.say("belum beres").startswith(f"Laporan {ticket.number} kami buka kembali")
    [reopened] = all_tickets(live)
    assert reopened.state == "proses"


def test_an_emergency_gets_112_and_no_ticket(live: dict[str, Any]) -> None:
    chat = Chat(live)
    reply = chat.say("tolong ada kebakaran di kel. pejaten timur, apinya udah gede")
    assert "112" in reply and "113" in reply
    assert all_tickets(live) == []


def test_small_talk_says_what_aduan_does(live: dict[str, Any]) -> None:
    chat = Chat(live)
    assert chat.say("halo").startswith("Halo! Ini Aduan")
    assert chat.say("bantuan").startswith("Cara melapor:")
    assert chat.say("/help").startswith("Cara melapor:")
    assert chat.say("terima kasih").startswith("Sama-sama!")
    assert chat.say("siapa presiden pertama indonesia?").startswith(
        "Maaf, kami hanya melayani pengaduan masalah kota"
    )


def test_english_is_answered_in_english_for_the_whole_conversation(live: dict[str, Any]) -> None:
    chat = Chat(live)
    assert chat.say("the street light in front of my house is broken").startswith(
        "Got it, your report about Street lights"
    )
    summary = chat.say("kel. pejaten timur")  # a place name alone keeps the language
    assert summary.startswith("Please check your report:") and summary.endswith("[1] Yes\n[2] No")
    assert chat.say("yes").startswith("Thank you, your report has been received as ADU-")


def test_a_half_finished_report_is_reminded_once_then_expires(live: dict[str, Any]) -> None:
    chat = Chat(live)
    chat.say("jalan berlubang")
    rt = live["rt"]
    assert periodic.remind_conversations(rt, now=utcnow() + timedelta(minutes=31)) == 1
    assert chat.read().startswith("Laporan Anda belum selesai.")
    assert periodic.remind_conversations(rt, now=utcnow() + timedelta(minutes=32)) == 0
    assert periodic.remind_conversations(rt, now=utcnow() + timedelta(minutes=121)) == 1
    assert chat.read().startswith("Laporan yang belum selesai tadi kami hapus")
    assert chat.say("batal") == "Tidak ada laporan yang sedang dibuat."


def test_too_many_reports_are_refused_and_flagged(live: dict[str, Any]) -> None:
    live["rt"].cfg = live["rt"].cfg.merged({"conversation": {"max_reports_per_hour": 1}})
    chat = Chat(live)
    chat.say("lampu jalan mati di gg. mawar kel. pejaten timur\nya")
    assert chat.say("jalan berlubang besar di kel. pejaten barat").startswith(
        "Maaf, Anda sudah mengirim 1 laporan"
    )
    with live["rt"].Session() as session:
        assert (
            session.scalars(select(Citizen.flagged).where(Citizen.flagged.is_not(None)))
            .one()
            .startswith("rate limit")
        )
    assert len(all_tickets(live)) == 1


def test_a_duplicate_is_offered_and_its_follower_hears_the_updates(live: dict[str, Any]) -> None:
    first, second = Chat(live), Chat(live)
    first.say("lampu jalan mati di gg. mawar kel. pejaten timur\nya")
    [ticket] = all_tickets(live)
    second.say("lampu jalan mati di kel. pejaten timur")
    offer = second.say("ya")
    assert (
        offer == f"Sepertinya sudah dilaporkan: {ticket.number} (menunggu verifikasi). Ikuti laporan itu?"
        "\n[1] Ya\n[2] Tidak"
    )
    assert second.say("[1]").startswith(f"Baik, Anda kini mengikuti laporan {ticket.number}.")
    move(live, ticket.number, "disposisi")
    assert "kini berstatus: diteruskan ke dinas terkait" in first.read()
    assert "kini berstatus: diteruskan ke dinas terkait" in second.read()
    [followed] = all_tickets(live)
    assert followed.supporters == 2
    third = Chat(live)
    third.say("lampu jalan mati di kel. pejaten timur\nya")
    assert "nomor ADU-" in third.say("tidak")
    assert len(all_tickets(live)) == 2


def test_bad_input_gets_helpful_answers(live: dict[str, Any]) -> None:
    chat = Chat(live)
    assert chat.say("/sticker").startswith("Maaf, kami belum bisa membaca stiker atau pesan suara.")
    assert chat.say("/voice").startswith("Maaf, kami belum bisa membaca stiker atau pesan suara.")
    assert chat.say("asdfgh qwerty zxcv").startswith("Maaf, kami hanya melayani pengaduan masalah kota")
    long = "lampu jalan mati di gg. mawar kel. pejaten timur. " + "sudah lama sekali gelap gulita. " * 300
    summary = chat.say(long)
    assert summary.startswith("Mohon periksa") and len(summary) < 1000
    chat.say("ya")
    [ticket] = all_tickets(live)
    assert ticket.description == long.strip()
    assert chat.say("status ADU-999999") == "Laporan ADU-999999 tidak ditemukan di antara laporan Anda."
    with live["rt"].Session() as session:
        assert session.scalars(select(Outbox).where(Outbox.status == "dead")).all() == []


# --- a pending question never swallows the next complaint (issue 15), on buttons and on typed numbers ------


@pytest.fixture(params=["buttons", "numbers"])
def pipeline(request: pytest.FixtureRequest, both_live: dict[str, Any]) -> tuple[type[Chat], dict[str, Any]]:
    """The live pipeline and how a citizen answers: buttons on Telegram, numbered choices typed back on X."""
    return (XChat if request.param == "numbers" else Chat), both_live


def kinds(live: dict[str, Any]) -> list[tuple[str, str | None]]:
    """Each ticket's category and most specific unit, in the order they were filed."""
    return [(t.category, t.kelurahan or t.kecamatan) for t in all_tickets(live)]


def confirm(chat: Chat, reply: str) -> str:
    """Answers until the report in progress is filed (place choice 1, then yes); returns the last reply."""
    for _ in range(4):
        last = reply.split("\n[1] ")[0].splitlines()[-1] if reply else ""
        if "nomor ADU-" in reply or "Sepertinya sudah dilaporkan" in reply or not reply:
            return reply
        if "[1]" not in reply and "Di mana lokasinya" in last:
            return reply
        reply = chat.say("[1]")
    return reply


def test_a_complaint_while_the_summary_waits_becomes_its_own_ticket(
    pipeline: tuple[type[Chat], dict[str, Any]],
) -> None:
    cls, live = pipeline
    chat = cls(live)
    assert chat.say("banjir di kampung pulo").startswith("Mohon periksa laporan Anda:\nKategori: Banjir")
    reply = chat.say("pohon tumbang di monas")
    assert (
        "nomor ADU-" in reply
        and "masalah lain" in reply
        and "Kategori: Pohon & taman\nLokasi: Gambir" in reply
    )
    chat.say("[1]")
    assert kinds(live) == [("banjir", "31.75.03.1001"), ("pohon", "31.71.01.1001")]


def test_a_complaint_while_the_place_is_asked_is_set_aside_then_resumed(
    pipeline: tuple[type[Chat], dict[str, Any]],
) -> None:
    cls, live = pipeline
    chat = cls(live)
    assert chat.say("banjir di bekasi").startswith("Maaf, lokasi itu sepertinya di luar DKI Jakarta")
    reply = chat.say("kartu keluarga saya sudah 3 bulan belum jadi, sudah urus di kecamatan duren sawit")
    assert reply.startswith("Ini sepertinya masalah lain, jadi kami catat sebagai laporan terpisah.")
    reply = confirm(chat, reply)
    assert "Sekarang kita lanjutkan laporan Banjir & genangan Anda sebelumnya." in reply
    assert "Di mana lokasinya?" in reply
    chat.say("di kelurahan cipinang melayu")
    chat.say("[1]")
    assert kinds(live) == [
        ("kependudukan", kinds(live)[0][1]),
        ("banjir", "31.75.08.1005"),
    ]  # Cipinang Melayu
    assert kinds(live)[0][1].startswith("31.75.07")  # Duren Sawit, never moved to the flood


def test_a_complaint_while_a_place_choice_waits_keeps_both_places(
    pipeline: tuple[type[Chat], dict[str, Any]],
) -> None:
    cls, live = pipeline
    chat = cls(live)
    assert chat.say("lampu jalan mati di jl. pramuka").startswith('Ada beberapa tempat bernama "jl. pramuka"')
    first_choice = chat.buttons[0] if cls is Chat else None
    reply = chat.say("banjir setinggi lutut di bukit duri")
    assert (
        reply.startswith("Ini sepertinya masalah lain")
        and "Kategori: Banjir & genangan\nLokasi: Bukit Duri" in reply
    )
    reply = chat.say("[1]")
    assert "Sekarang kita lanjutkan laporan Jaringan listrik & lampu jalan" in reply
    assert 'Ada beberapa tempat bernama "jl. pramuka"' in reply
    assert first_choice is None or chat.buttons[0] == first_choice
    chat.say("[1]")
    chat.say("[1]")
    [flood, light] = all_tickets(live)
    assert (flood.category, flood.kelurahan, light.category) == ("banjir", "31.74.01.1005", "listrik")
    assert light.kelurahan != "31.74.01.1005" and "pramuka" in (light.place_text or "").lower()


def test_a_complaint_while_the_duplicate_question_waits_is_its_own(
    pipeline: tuple[type[Chat], dict[str, Any]],
) -> None:
    cls, live = pipeline
    first, second = cls(live), cls(live)
    first.say("jalan berlubang besar di jl. kemang raya\n[1]")
    second.say("jalan berlubang besar di jl. kemang raya")
    assert second.say("[1]").startswith("Sepertinya sudah dilaporkan: ADU-")
    reply = second.say("sampah menumpuk tidak diangkut di cikini")
    assert reply.startswith("Ini sepertinya masalah lain") and "Lokasi: Cikini" in reply
    reply = second.say("[1]")
    assert "Sekarang kita lanjutkan laporan Jalan & trotoar" in reply
    assert kinds(live) == [("jalan", "31.74.03.1002"), ("sampah", "31.71.06.1003")]


# --- asking better (issue 15) ------------------------------------------------------------------------------


def test_an_english_report_across_turns_is_corrected_and_filed_in_english(live: dict[str, Any]) -> None:
    chat = Chat(live)
    assert chat.say("the traffic light at the big junction is broken").startswith("Got it, your report about")
    assert chat.say("near kel. pejaten timur").startswith("Please check your report:")
    fixed = chat.say("actually it's the street lamp, not the traffic light")
    assert fixed.startswith(
        "Please check your report:\nCategory: Street lights & cables\nLocation: Pejaten Timur"
    )
    assert chat.say("yes").startswith("Thank you, your report has been received as ADU-")
    [ticket] = all_tickets(live)
    assert (ticket.category, ticket.kelurahan, ticket.language) == ("listrik", PEJATEN_TIMUR, "en")


def test_a_map_pin_alone_asks_only_what_happened(live: dict[str, Any]) -> None:
    chat = Chat(live)
    assert chat.say("/pin -6.2745 106.8428").startswith("Lokasinya sudah kami terima. Apa masalahnya?")
    assert chat.say("jalan berlubang").startswith("Mohon periksa laporan Anda:\nKategori: Jalan & trotoar")


def test_siap_saya_tunggu_after_a_status_answer_is_no_new_report(live: dict[str, Any]) -> None:
    chat = Chat(live)
    chat.say("lampu jalan mati di gg. mawar kel. pejaten timur\nya")
    [ticket] = all_tickets(live)
    assert chat.say(f"status {ticket.number}").startswith(f"{ticket.number} (Jaringan listrik & lampu jalan)")
    assert chat.say("siap, saya tunggu update-nya") == "Baik. Kami kabari di sini setiap ada perkembangan."
    assert chat.say("batal") == "Tidak ada laporan yang sedang dibuat."


def test_an_information_request_is_a_question_ticket(live: dict[str, Any]) -> None:
    chat = Chat(live)
    check = chat.say("kapan bansos KJP cair?")
    if check.startswith("Maaf, laporannya tentang apa?"):  # the model had no guess at the topic
        check = chat.say("dinas pendidikan")
    assert (
        check.startswith("Mohon periksa pertanyaan Anda:\nKategori: ")
        and "Pertanyaan: kapan bansos KJP cair?" in check
    )
    assert chat.say("[1]").startswith("Terima kasih, pertanyaan Anda sudah kami terima dengan nomor ADU-")
    [ticket] = all_tickets(live)
    assert (ticket.kind, ticket.kelurahan, ticket.kecamatan) == ("question", None, None)


def test_the_category_correction_offers_every_category_and_reads_an_agency_name(
    pipeline: tuple[type[Chat], dict[str, Any]],
) -> None:
    cls, live = pipeline
    chat = cls(live)
    chat.say("pedagang kaki lima menutup trotoar di kel. pejaten timur")
    chat.say("tidak")
    ask = chat.say("[1]")
    assert "Kategori lain…" in ask
    [number] = re.findall(r"^\[(\d+)\] Kategori lain…$", ask, re.MULTILINE)  # both styles show "[N] label"
    more = chat.say(f"[{number}]")
    assert more.startswith("Semua kategori (1/")
    assert chat.say("satpol pp").startswith(
        "Mohon periksa laporan Anda:\nKategori: Ketenteraman & ketertiban"
    )
