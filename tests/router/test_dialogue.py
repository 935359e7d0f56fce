"""The conversation with hand-made NLU readings (the real Rasa is exercised in tests/test_e2e.py)."""

from __future__ import annotations

import itertools

from sqlalchemy import select

from jobs.runtime import Runtime
from nlu.client import Location, NluResult
from nlu.places import Gazetteer
from router import dialogue
from store import repo
from store.models import Conversation, Ticket

_ids = itertools.count(1)
PEJATEN_TIMUR = Location(text="kel. pejaten timur", kelurahan="31.74.04.1005", kecamatan="31.74.04", kota="31.74")


def nlu(intent: str, confidence: float = 0.95, location: Location | None = None,
        ranking: tuple[tuple[str, float], ...] = ()) -> NluResult:
    category = intent.removeprefix("lapor_") if intent.startswith("lapor_") else None
    return NluResult(text="", intent=intent, category=category, confidence=confidence,
                     location=location or Location(), ranking=ranking or ((intent, confidence),))


def say(rt: Runtime, places: Gazetteer, text: str, parse: NluResult | None, *, user: str = "42",
        lat: float | None = None, lng: float | None = None) -> list[dict]:  # type: ignore[type-arg]
    with rt.Session.begin() as session:
        identity = repo.get_or_create_identity(session, "telegram", user)
        message = repo.save_inbound(session, identity, platform_message_id=str(next(_ids)), text=text,
                                    latitude=lat, longitude=lng)
        session.flush()
        claimed = repo.claim_message(session, message.id)  # type: ignore[union-attr]
        rows = dialogue.step(session, dialogue.Context(rt.cfg, places), claimed, parse)  # type: ignore[arg-type]
        return [row.payload for row in rows]


def texts(replies: list[dict]) -> list[str]:  # type: ignore[type-arg]
    return [r["text"] for r in replies]


def test_a_complete_report_opens_a_ticket_at_once(rt: Runtime, places: Gazetteer) -> None:
    replies = say(rt, places, "sampah numpuk di kel. pejaten timur", nlu("lapor_sampah", location=PEJATEN_TIMUR))
    assert texts(replies) == [
        "Terima kasih, laporan Anda sudah kami terima dengan nomor ADU-000001.\nKategori: Sampah & kebersihan\n"
        "Lokasi: Pejaten Timur, Pasar Minggu, Kota Administrasi Jakarta Selatan\nDiteruskan ke: Dinas Lingkungan Hidup.\n"
        "Kami kabari di sini setiap ada perkembangan."
    ]
    with rt.Session() as session:
        ticket = session.scalars(select(Ticket)).one()
        assert (ticket.category, ticket.kelurahan, ticket.description) == ("sampah", "31.74.04.1005", "sampah numpuk di kel. pejaten timur")


def test_missing_place_is_asked_then_taken_from_a_map_pin(rt: Runtime, places: Gazetteer) -> None:
    [ask] = say(rt, places, "lampu jalan mati udah seminggu", nlu("lapor_listrik"))
    assert ask["request_location"] is True
    assert ask["text"].startswith("Baik, laporan soal Jaringan listrik & lampu jalan kami catat. Di mana lokasinya?")
    [done] = say(rt, places, "", None, lat=-6.2745, lng=106.8428)
    assert "ADU-000001" in done["text"]
    with rt.Session() as session:
        ticket = session.scalars(select(Ticket)).one()
        assert (ticket.category, ticket.latitude, ticket.kelurahan) == ("listrik", -6.2745, places.locate(-6.2745, 106.8428).kelurahan)
        assert ticket.description == "lampu jalan mati udah seminggu"


def test_unsure_category_is_asked_with_buttons_then_chosen(rt: Runtime, places: Gazetteer) -> None:
    ranking = (("lapor_saluran_air", 0.41), ("lapor_banjir", 0.39), ("lapor_sampah", 0.1))
    [ask] = say(rt, places, "got mampet di kel. pejaten timur", nlu("lapor_saluran_air", 0.41, PEJATEN_TIMUR, ranking))
    assert ask["buttons"] == [
        {"label": "Saluran air, kali & sungai", "value": "/kategori saluran_air"},
        {"label": "Banjir & genangan", "value": "/kategori banjir"},
        {"label": "Sampah & kebersihan", "value": "/kategori sampah"},
        {"label": "Lainnya", "value": "/kategori lainnya"},
    ]
    [done] = say(rt, places, "/kategori saluran_air", None)
    assert "ADU-000001" in done["text"] and "Dinas Sumber Daya Air" in done["text"]


def test_emergency_opens_no_ticket(rt: Runtime, places: Gazetteer) -> None:
    [reply] = say(rt, places, "kebakaran!!", nlu("emergency"))
    assert "112" in reply["text"] and "113" in reply["text"]
    with rt.Session() as session:
        assert session.scalars(select(Ticket)).all() == []


def test_cancel_in_the_middle_of_a_report(rt: Runtime, places: Gazetteer) -> None:
    say(rt, places, "jalan berlubang", nlu("lapor_jalan"))
    assert texts(say(rt, places, "batal", nlu("cancel"))) == ["Baik, laporan dibatalkan."]
    assert texts(say(rt, places, "batal", nlu("cancel"))) == ["Tidak ada laporan yang sedang dibuat."]
    with rt.Session() as session:
        assert session.scalars(select(Conversation)).one().state == "idle"


def test_status_shows_only_the_citizens_own_tickets(rt: Runtime, places: Gazetteer) -> None:
    say(rt, places, "sampah numpuk", nlu("lapor_sampah", location=PEJATEN_TIMUR), user="1")
    [mine] = say(rt, places, "status ADU-000001", nlu("status_query"), user="1")
    [theirs] = say(rt, places, "status ADU-000001", nlu("status_query"), user="2")
    assert mine["text"] == "ADU-000001 (Sampah & kebersihan): menunggu verifikasi - Dinas Lingkungan Hidup"
    assert theirs["text"] == "Laporan ADU-000001 tidak ditemukan di antara laporan Anda."


def test_english_is_answered_in_english(rt: Runtime, places: Gazetteer) -> None:
    [reply] = say(rt, places, "the street light in front of my house is broken", nlu("lapor_listrik"))
    assert reply["text"].startswith("Got it, your report about Street lights & cables is noted.")


def test_a_place_outside_jakarta_is_declined_politely(rt: Runtime, places: Gazetteer) -> None:
    outside = Location(text="bekasi", outside=True)
    [reply] = say(rt, places, "banjir di bekasi", nlu("lapor_banjir", location=outside))
    assert reply["text"].startswith("Maaf, lokasi itu sepertinya di luar DKI Jakarta")


def test_greeting_and_unreadable_messages_get_useful_answers(rt: Runtime, places: Gazetteer) -> None:
    [hello] = say(rt, places, "halo min", nlu("greet"))
    assert hello["text"].startswith("Halo! Ini Aduan")
    [nothing] = say(rt, places, "", None)
    assert nothing["text"].startswith("Maaf, kami hanya melayani pengaduan")


def test_a_link_code_from_one_channel_links_another(rt: Runtime, places: Gazetteer) -> None:
    say(rt, places, "sampah numpuk", nlu("lapor_sampah", location=PEJATEN_TIMUR), user="1")
    [code_reply] = say(rt, places, "kode akun", None, user="1")
    code = code_reply["text"].split(": ", 1)[1][:6]
    assert code_reply["text"].startswith(f"Kode penghubung akun Anda: {code} (berlaku 30 menit).")
    [unknown] = say(rt, places, "hubungkan ZZZZZZ", None, user="2")
    assert unknown["text"].startswith("Kode itu tidak dikenal")
    [linked] = say(rt, places, f"hubungkan {code}", None, user="2")
    assert linked["text"].startswith("Akun ini sudah terhubung.")
    [status] = say(rt, places, "status ADU-000001", nlu("status_query"), user="2")
    assert status["text"].startswith("ADU-000001 (Sampah & kebersihan)")
