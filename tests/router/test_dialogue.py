"""The conversation with hand-made NLU readings (the real Rasa is exercised in tests/test_e2e.py)."""

from __future__ import annotations

import dataclasses
import itertools
from datetime import datetime

from sqlalchemy import select

from jobs.runtime import Runtime
from nlu.client import Location, NluResult
from nlu.places import Gazetteer
from router import dialogue
from router.turn import Context
from store import repo
from store.models import Conversation, Message, Ticket, utcnow

_ids = itertools.count(1)
PEJATEN_TIMUR = Location(
    text="kel. pejaten timur", kelurahan="31.74.04.1005", kecamatan="31.74.04", kota="31.74"
)


def nlu(
    intent: str,
    confidence: float = 0.95,
    location: Location | None = None,
    ranking: tuple[tuple[str, float], ...] = (),
) -> NluResult:
    category = intent.removeprefix("lapor_") if intent.startswith("lapor_") else None
    return NluResult(
        text="",
        intent=intent,
        category=category,
        confidence=confidence,
        location=location or Location(),
        ranking=ranking or ((intent, confidence),),
    )


def say(
    rt: Runtime,
    places: Gazetteer,
    text: str,
    parse: NluResult | None,
    *,
    user: str = "42",
    lat: float | None = None,
    lng: float | None = None,
    media: list[str] | None = None,
    now: datetime | None = None,
) -> list[dict]:  # type: ignore[type-arg]
    with rt.Session.begin() as session:
        identity = repo.get_or_create_identity(session, "telegram", user)
        message = repo.save_inbound(
            session,
            identity,
            platform_message_id=str(next(_ids)),
            text=text,
            latitude=lat,
            longitude=lng,
            media=media or [],
        )
        session.flush()
        claimed = repo.claim_message(session, message.id)  # type: ignore[union-attr]
        ctx = Context(rt.cfg, places, now=now or utcnow())
        rows = dialogue.step(session, ctx, claimed, parse)  # type: ignore[arg-type]
        return [row.payload for row in rows]


def texts(replies: list[dict]) -> list[str]:  # type: ignore[type-arg]
    return [r["text"] for r in replies]


YES = nlu("affirm")


def test_a_complete_report_is_confirmed_then_opens_a_ticket(rt: Runtime, places: Gazetteer) -> None:
    [summary] = say(
        rt, places, "sampah numpuk di kel. pejaten timur", nlu("lapor_sampah", location=PEJATEN_TIMUR)
    )
    assert summary == {
        "text": "Mohon periksa laporan Anda:\nKategori: Sampah, kebersihan & pencemaran\n"
        "Lokasi: Pejaten Timur, Pasar Minggu, Kota Administrasi Jakarta Selatan\n"
        "Keterangan: sampah numpuk di kel. pejaten timur\n"
        'Sudah benar? Kirim "ya" untuk mengirim laporan, atau "tidak" untuk memperbaiki.',
        "buttons": [{"label": "Ya", "value": "/ya"}, {"label": "Tidak", "value": "/tidak"}],
    }
    with rt.Session() as session:
        assert session.scalars(select(Ticket)).all() == []
    assert texts(say(rt, places, "ya", YES)) == [
        "Terima kasih, laporan Anda sudah kami terima dengan nomor ADU-000001.\n"
        "Kategori: Sampah, kebersihan & pencemaran\n"
        "Lokasi: Pejaten Timur, Pasar Minggu, Kota Administrasi Jakarta Selatan\n"
        "Diteruskan ke: Dinas Lingkungan Hidup.\n"
        "Kami kabari di sini setiap ada perkembangan."
    ]
    with rt.Session() as session:
        ticket = session.scalars(select(Ticket)).one()
        assert (ticket.category, ticket.kelurahan, ticket.description) == (
            "sampah",
            "31.74.04.1005",
            "sampah numpuk di kel. pejaten timur",
        )
        assert session.scalars(select(Conversation)).one().state == "idle"


def test_the_yes_button_confirms_too(rt: Runtime, places: Gazetteer) -> None:
    say(rt, places, "sampah numpuk di kel. pejaten timur", nlu("lapor_sampah", location=PEJATEN_TIMUR))
    [done] = say(rt, places, "/ya", None)
    assert "ADU-000001" in done["text"]


def test_no_lets_the_citizen_correct_the_place(rt: Runtime, places: Gazetteer) -> None:
    say(rt, places, "sampah numpuk di kel. pejaten timur", nlu("lapor_sampah", location=PEJATEN_TIMUR))
    [which] = say(rt, places, "tidak", nlu("deny"))
    assert which == {
        "text": "Bagian mana yang perlu diperbaiki?",
        "buttons": [
            {"label": "Kategori", "value": "/ubah kategori"},
            {"label": "Lokasi", "value": "/ubah lokasi"},
        ],
    }
    [ask] = say(rt, places, "/ubah lokasi", None)
    assert ask["text"].startswith("Di mana lokasi yang benar?") and ask["request_location"] is True
    pejaten_barat = Location(
        text="pejaten barat", kelurahan="31.74.04.1006", kecamatan="31.74.04", kota="31.74"
    )
    [summary] = say(rt, places, "pejaten barat", nlu("inform_location", location=pejaten_barat))
    assert "Lokasi: Pejaten Barat, Pasar Minggu" in summary["text"]
    assert "Keterangan: sampah numpuk di kel. pejaten timur\n" in summary["text"]  # a place is not a detail
    say(rt, places, "/ya", None)
    with rt.Session() as session:
        assert session.scalars(select(Ticket.kelurahan)).one() == "31.74.04.1006"


def test_no_lets_the_citizen_correct_the_category_from_the_other_candidates(
    rt: Runtime, places: Gazetteer
) -> None:
    ranking = (("lapor_saluran_air", 0.8), ("lapor_banjir", 0.1), ("lapor_sampah", 0.05))
    say(rt, places, "got mampet di kel. pejaten timur", nlu("lapor_saluran_air", 0.8, PEJATEN_TIMUR, ranking))
    say(rt, places, "/tidak", None)
    [ask] = say(rt, places, "/ubah kategori", None)
    assert ask["text"] == "Pilih kategori yang benar:"
    assert [b["value"] for b in ask["buttons"]] == ["/kategori banjir", "/kategori sampah", "/kategori +0",
                                                    "/kategori lainnya"]  # fmt: skip
    [summary] = say(rt, places, "/kategori banjir", None)
    assert "Kategori: Banjir & genangan" in summary["text"]


def test_a_correction_given_with_the_no_is_taken_at_once(rt: Runtime, places: Gazetteer) -> None:
    say(rt, places, "sampah numpuk di kel. pejaten timur", nlu("lapor_sampah", location=PEJATEN_TIMUR))
    pejaten_barat = Location(
        text="pejaten barat", kelurahan="31.74.04.1006", kecamatan="31.74.04", kota="31.74"
    )
    [summary] = say(rt, places, "bukan, di pejaten barat", nlu("deny", location=pejaten_barat))
    assert summary["text"].startswith("Mohon periksa") and "Pejaten Barat" in summary["text"]


def test_missing_place_is_asked_then_taken_from_a_map_pin(rt: Runtime, places: Gazetteer) -> None:
    [ask] = say(rt, places, "lampu jalan mati udah seminggu", nlu("lapor_listrik"))
    assert ask["request_location"] is True
    assert ask["text"].startswith(
        "Baik, laporan soal Jaringan listrik & lampu jalan kami catat. Di mana lokasinya?"
    )
    [summary] = say(rt, places, "", None, lat=-6.2745, lng=106.8428)
    assert summary["text"].startswith("Mohon periksa laporan Anda:\nKategori: Jaringan listrik & lampu jalan")
    [done] = say(
        rt, places, "iya", nlu("lapor_listrik", 0.3)
    )  # the NLU misreads "iya": the word list still says yes
    assert "ADU-000001" in done["text"]
    with rt.Session() as session:
        ticket = session.scalars(select(Ticket)).one()
        assert (ticket.category, ticket.latitude, ticket.kelurahan) == (
            "listrik",
            -6.2745,
            places.locate(-6.2745, 106.8428).kelurahan,
        )
        assert ticket.description == "lampu jalan mati udah seminggu"


def test_several_short_messages_make_one_report(rt: Runtime, places: Gazetteer) -> None:
    [ask] = say(rt, places, "sampah", nlu("lapor_sampah"))
    assert "Di mana lokasinya?" in ask["text"]
    [again] = say(rt, places, "udah 3 hari ga diangkut", nlu("lapor_sampah", 0.6))
    assert again["text"].startswith("Di mana lokasinya?")  # asked again, not "we couldn't find that place"
    [summary] = say(rt, places, "kel. pejaten timur", nlu("inform_location", location=PEJATEN_TIMUR))
    assert "Keterangan: sampah\nudah 3 hari ga diangkut\n" in summary["text"]


def test_an_unfound_place_is_said_so(rt: Runtime, places: Gazetteer) -> None:
    say(rt, places, "jalan berlubang", nlu("lapor_jalan"))
    [reply] = say(
        rt, places, "di gang buntu sebelah", nlu("inform_location", location=Location(text="gang buntu"))
    )
    assert reply["text"].startswith("Maaf, kami belum menemukan lokasi itu.")


def test_an_ambiguous_place_offers_its_candidates_as_buttons(rt: Runtime, places: Gazetteer) -> None:
    place = places.resolve("kebon jeruk")  # the kelurahan, or the kecamatan of the same name
    assert place is not None and place.candidates
    location = Location(
        text="kebon jeruk",
        candidates=tuple(
            Location(text=c.text, kelurahan=c.kelurahan, kecamatan=c.kecamatan, kota=c.kota)
            for c in place.candidates
        ),
    )
    [ask] = say(rt, places, "pohon tumbang di kebon jeruk", nlu("lapor_pohon", location=location))
    assert ask["text"] == 'Ada beberapa tempat bernama "kebon jeruk". Yang mana maksud Anda?'
    assert len(ask["buttons"]) >= 2 and all(b["value"].startswith("/tempat ") for b in ask["buttons"])
    [summary] = say(rt, places, ask["buttons"][0]["value"], None)
    assert [b["label"] for b in ask["buttons"]] == [
        "Kelurahan Kebon Jeruk, Kec. Kebon Jeruk",
        "Kecamatan Kebon Jeruk, Kota Administrasi Jakarta Barat",
    ]
    assert (
        summary["text"].startswith("Mohon periksa")
        and "Lokasi: Kebon Jeruk, Kebon Jeruk, Kota" in summary["text"]
    )


def test_a_photo_is_welcome_at_any_point(rt: Runtime, places: Gazetteer) -> None:
    [ask] = say(rt, places, "", None, media=["photo-1"])
    assert ask["text"].startswith("Terima kasih, fotonya kami terima. Ceritakan masalahnya")
    [where] = say(rt, places, "sampah numpuk", nlu("lapor_sampah"))
    assert "Di mana lokasinya?" in where["text"]
    added, again = say(rt, places, "", None, media=["photo-2"])
    assert (
        added["text"] == "Fotonya kami terima dan kami lampirkan pada laporan."
        and "lokasinya" in again["text"]
    )
    [summary] = say(rt, places, "kel. pejaten timur", nlu("inform_location", location=PEJATEN_TIMUR))
    assert "\nFoto: 2\n" in summary["text"]
    say(rt, places, "ya", YES)
    [later] = say(rt, places, "", None, media=["photo-3"])
    assert later["text"].startswith("Fotonya kami tambahkan ke laporan ADU-000001.")
    with rt.Session() as session:
        assert session.scalars(select(Ticket.media)).one() == ["photo-1", "photo-2", "photo-3"]


def test_unsure_category_is_asked_with_buttons_then_chosen(rt: Runtime, places: Gazetteer) -> None:
    ranking = (("lapor_saluran_air", 0.41), ("lapor_banjir", 0.39), ("lapor_sampah", 0.1))
    [ask] = say(
        rt, places, "got mampet di kel. pejaten timur", nlu("lapor_saluran_air", 0.41, PEJATEN_TIMUR, ranking)
    )
    assert ask["buttons"] == [
        {"label": "Saluran air, kali & sungai", "value": "/kategori saluran_air"},
        {"label": "Banjir & genangan", "value": "/kategori banjir"},
        {"label": "Sampah, kebersihan & pencemaran", "value": "/kategori sampah"},
        {"label": "Lainnya", "value": "/kategori lainnya"},
    ]
    [summary] = say(rt, places, "/kategori saluran_air", None)
    assert "Kategori: Saluran air, kali & sungai" in summary["text"]
    [done] = say(rt, places, "/ya", None)
    assert "ADU-000001" in done["text"] and "Dinas Sumber Daya Air" in done["text"]


def test_the_nlu_ranking_is_kept_with_the_message_for_the_console(rt: Runtime, places: Gazetteer) -> None:
    ranking = (("lapor_saluran_air", 0.41), ("greet", 0.2), ("lapor_banjir", 0.19), ("lapor_sampah", 0.1),
               ("lapor_jalan", 0.05))  # fmt: skip
    say(
        rt, places, "got mampet di kel. pejaten timur", nlu("lapor_saluran_air", 0.41, PEJATEN_TIMUR, ranking)
    )
    say(rt, places, "/kategori saluran_air", None)
    with rt.Session() as session:
        kept = [m.ranking for m in session.scalars(select(Message).order_by(Message.id))]
    assert kept == [
        [
            {"category": "saluran_air", "confidence": 0.41},
            {"category": "banjir", "confidence": 0.19},
            {"category": "sampah", "confidence": 0.1},
        ],
        None,  # a button press is not read by the NLU
    ]


def test_emergency_opens_no_ticket(rt: Runtime, places: Gazetteer) -> None:
    [reply] = say(rt, places, "kebakaran!!", nlu("emergency"))
    assert "112" in reply["text"] and "113" in reply["text"]
    with rt.Session() as session:
        assert session.scalars(select(Ticket)).all() == []


def danger(intent: str, kind: str, location: Location | None = None) -> NluResult:
    return dataclasses.replace(nlu(intent, location=location), emergency=kind)


def test_each_kind_of_emergency_gets_112_and_its_own_number_in_the_citizens_language(
    rt: Runtime, places: Gazetteer
) -> None:
    numbers = {"fire": "113", "police": "110", "medical": "118", "rescue": "115", "general": "112"}
    for i, (kind, number) in enumerate(numbers.items()):
        [reply] = say(rt, places, "tolong darurat!!", danger("emergency", kind), user=f"id-{i}")
        assert "112" in reply["text"] and number in reply["text"] and "hubungi" in reply["text"]
    fire = "help there is a fire in my street, it is spreading"
    [english] = say(rt, places, fire, danger("emergency", "fire"), user="en")
    assert english["text"].startswith("Fire: call 113 (fire brigade) or 112 now")


def test_an_emergency_that_is_also_a_city_report_is_answered_first_then_the_report_is_taken(
    rt: Runtime, places: Gazetteer
) -> None:
    text = "pohon tumbang menimpa orang di kel. pejaten timur, ada yang luka"
    first, summary = say(rt, places, text, danger("lapor_pohon", "medical", PEJATEN_TIMUR))
    assert first["text"].startswith("Darurat medis: segera hubungi 118 atau 119 (ambulans) atau 112.")
    assert summary["text"].startswith(
        "Mohon periksa laporan Anda:\nKategori: Pohon & taman\nLokasi: Pejaten Timur"
    )
    say(rt, places, "ya", YES)
    assert [c for c, *_ in tickets_now(rt)] == ["pohon"]


def test_an_emergency_in_the_middle_of_a_report_is_answered_and_the_report_waits(
    rt: Runtime, places: Gazetteer
) -> None:
    say(rt, places, "jalan berlubang", nlu("lapor_jalan"))
    [reply] = say(rt, places, "ada orang pingsan di jalan!", danger("emergency", "medical"))
    assert "118" in reply["text"]
    [summary] = say(rt, places, "kel. pejaten timur", nlu("inform_location", location=PEJATEN_TIMUR))
    assert summary["text"].startswith("Mohon periksa laporan Anda:\nKategori: Jalan & trotoar")


def test_cancel_in_the_middle_of_a_report(rt: Runtime, places: Gazetteer) -> None:
    say(rt, places, "jalan berlubang", nlu("lapor_jalan"))
    assert texts(say(rt, places, "batal", nlu("cancel"))) == ["Baik, laporan dibatalkan."]
    assert texts(say(rt, places, "batal", nlu("cancel"))) == ["Tidak ada laporan yang sedang dibuat."]
    with rt.Session() as session:
        assert session.scalars(select(Conversation)).one().state == "idle"


def test_status_shows_only_the_citizens_own_tickets(rt: Runtime, places: Gazetteer) -> None:
    say(rt, places, "sampah numpuk", nlu("lapor_sampah", location=PEJATEN_TIMUR), user="1")
    say(rt, places, "ya", YES, user="1")
    [mine] = say(rt, places, "status ADU-000001", nlu("status_query"), user="1")
    [theirs] = say(rt, places, "status ADU-000001", nlu("status_query"), user="2")
    assert (
        mine["text"]
        == "ADU-000001 (Sampah, kebersihan & pencemaran): menunggu verifikasi - Dinas Lingkungan Hidup"
    )
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
    [nothing] = say(rt, places, "", None)  # a sticker or a voice note
    assert nothing["text"].startswith("Maaf, kami belum bisa membaca stiker atau pesan suara.")
    [other] = say(rt, places, "siapa presiden pertama?", nlu("out_of_scope"))
    assert other["text"].startswith("Maaf, kami hanya melayani pengaduan masalah kota")


def test_a_link_code_from_one_channel_links_another(rt: Runtime, places: Gazetteer) -> None:
    say(rt, places, "sampah numpuk", nlu("lapor_sampah", location=PEJATEN_TIMUR), user="1")
    say(rt, places, "ya", YES, user="1")
    [code_reply] = say(rt, places, "kode akun", None, user="1")
    code = code_reply["text"].split(": ", 1)[1][:6]
    assert code_reply["text"].startswith(f"Kode penghubung akun Anda: {code} (berlaku 30 menit).")
    [unknown] = say(rt, places, "hubungkan ZZZZZZ", None, user="2")
    assert unknown["text"].startswith("Kode itu tidak dikenal")
    [linked] = say(rt, places, f"hubungkan {code}", None, user="2")
    assert linked["text"].startswith("Akun ini sudah terhubung.")
    [status] = say(rt, places, "status ADU-000001", nlu("status_query"), user="2")
    assert status["text"].startswith("ADU-000001 (Sampah, kebersihan & pencemaran)")


# --- a pending question never swallows the next complaint (issue 15) ---------------------------------------


def at(places: Gazetteer, text: str) -> Location:
    """The gazetteer's reading of a place, as the NLU client would give it."""
    from nlu.client import to_location

    return to_location(places.resolve(text))


def tickets_now(rt: Runtime) -> list[tuple[str, str | None, str | None, str]]:
    with rt.Session() as session:
        return [
            (t.category, t.kelurahan or t.kecamatan, t.place_text, t.description)
            for t in session.scalars(select(Ticket).order_by(Ticket.id))
        ]


def test_a_complaint_sent_while_the_summary_waits_files_the_first_and_starts_its_own(
    rt: Runtime, places: Gazetteer
) -> None:
    say(rt, places, "banjir di kampung pulo", nlu("lapor_banjir", location=at(places, "kampung pulo")))
    replies = texts(
        say(rt, places, "pohon tumbang di monas", nlu("lapor_pohon", location=at(places, "monas")))
    )
    assert replies[0].startswith(
        "Terima kasih, laporan Anda sudah kami terima dengan nomor ADU-000001.\nKategori: Banjir"
    )
    assert replies[1] == "Pesan terakhir Anda sepertinya masalah lain, jadi kami catat sebagai laporan baru."
    assert replies[2].startswith("Mohon periksa laporan Anda:\nKategori: Pohon & taman\nLokasi: Gambir")
    say(rt, places, "ya", YES)
    assert tickets_now(rt) == [
        ("banjir", "31.75.03.1001", "kampung pulo", "banjir di kampung pulo"),
        ("pohon", "31.71.01.1001", "monas", "pohon tumbang di monas"),
    ]


def test_a_complaint_sent_while_a_place_is_asked_is_set_aside_not_merged(
    rt: Runtime, places: Gazetteer
) -> None:
    outside = Location(text="bekasi", outside=True)
    say(rt, places, "banjir di bekasi", nlu("lapor_banjir", location=outside))
    duren_sawit = at(places, "duren sawit")  # the kelurahan, or the kecamatan of the same name
    [aside, choose] = say(
        rt,
        places,
        "kartu keluarga saya belum jadi, urus di duren sawit",
        nlu("lapor_kependudukan", location=duren_sawit),
    )
    assert aside["text"].startswith(
        "Ini sepertinya masalah lain, jadi kami catat sebagai laporan terpisah. "
        "Laporan Banjir & genangan tadi kami lanjutkan setelah ini."
    )
    assert choose["text"].startswith('Ada beberapa tempat bernama "duren sawit"')
    summary = texts(say(rt, places, choose["buttons"][0]["value"], None))[0]
    assert "Kategori: Administrasi kependudukan" in summary and "banjir" not in summary
    done, back, where = texts(say(rt, places, "ya", YES))
    assert "ADU-000001" in done and "Administrasi kependudukan" in done
    assert back == "Sekarang kita lanjutkan laporan Banjir & genangan Anda sebelumnya."
    assert "Di mana lokasinya?" in where
    say(rt, places, "kel. pejaten timur", nlu("inform_location", location=PEJATEN_TIMUR))
    say(rt, places, "ya", YES)
    assert [(c, u, d) for c, u, _, d in tickets_now(rt)] == [
        ("kependudukan", "31.75.07.1001", "kartu keluarga saya belum jadi, urus di duren sawit"),
        ("banjir", "31.74.04.1005", "banjir di bekasi"),
    ]


def test_a_complaint_sent_while_a_place_choice_waits_keeps_the_first_report_and_its_choices(
    rt: Runtime, places: Gazetteer
) -> None:
    [ask] = say(
        rt,
        places,
        "lampu jalan mati di jl. pramuka",
        nlu("lapor_listrik", location=at(places, "jl. pramuka")),
    )
    assert ask["text"].startswith('Ada beberapa tempat bernama "jl. pramuka"')
    aside, summary = texts(
        say(rt, places, "banjir di bukit duri", nlu("lapor_banjir", location=at(places, "bukit duri")))
    )
    assert aside.endswith("Laporan Jaringan listrik & lampu jalan tadi kami lanjutkan setelah ini.")
    assert summary.startswith("Mohon periksa laporan Anda:\nKategori: Banjir & genangan\nLokasi: Bukit Duri")
    done, back, choose = say(rt, places, "/ya", None)
    assert [b["value"] for b in choose["buttons"]] == [b["value"] for b in ask["buttons"]]
    say(rt, places, choose["buttons"][0]["value"], None)
    say(rt, places, "/ya", None)
    assert [(c, u) for c, u, _, _ in tickets_now(rt)] == [
        ("banjir", "31.74.01.1005"),
        ("listrik", "31.71.05.1003"),
    ]


def test_a_complaint_sent_while_the_duplicate_question_waits_is_its_own(
    rt: Runtime, places: Gazetteer
) -> None:
    say(
        rt,
        places,
        "jalan berlubang di jl. kemang raya",
        nlu("lapor_jalan", location=at(places, "jl. kemang raya")),
        user="1",
    )
    say(rt, places, "ya", YES, user="1")
    say(
        rt,
        places,
        "jalan berlubang di jl. kemang raya",
        nlu("lapor_jalan", location=at(places, "jl. kemang raya")),
        user="2",
    )
    [offer] = say(rt, places, "ya", YES, user="2")
    assert offer["text"].startswith("Sepertinya sudah dilaporkan: ADU-000001")
    aside, summary = texts(
        say(
            rt,
            places,
            "sampah numpuk di cikini",
            nlu("lapor_sampah", location=at(places, "cikini")),
            user="2",
        )
    )
    assert aside.startswith("Ini sepertinya masalah lain") and "Lokasi: Cikini" in summary
    _, back, offer_again = texts(say(rt, places, "ya", YES, user="2"))
    assert back.startswith("Sekarang kita lanjutkan laporan Jalan & trotoar")
    assert offer_again.startswith("Mohon periksa laporan Anda:\nKategori: Jalan & trotoar\nLokasi: Bangka")
    assert [(c, u) for c, u, _, _ in tickets_now(rt)] == [
        ("jalan", "31.74.03.1002"),
        ("sampah", "31.71.06.1003"),
    ]


def test_more_words_about_the_same_problem_are_not_a_new_complaint(rt: Runtime, places: Gazetteer) -> None:
    say(rt, places, "banjir", nlu("lapor_banjir"))
    [where] = say(rt, places, "airnya sudah sepinggang", nlu("lapor_banjir", 0.6))
    assert where["text"].startswith("Di mana lokasinya?")
    [summary] = say(rt, places, "kel. pejaten timur", nlu("inform_location", location=PEJATEN_TIMUR))
    assert "Keterangan: banjir\nairnya sudah sepinggang\n" in summary["text"]


def test_a_place_answer_keeps_its_detail_in_the_ticket(rt: Runtime, places: Gazetteer) -> None:
    say(rt, places, "jalan berlubang", nlu("lapor_jalan"))
    [unknown] = say(rt, places, "RT 05", nlu("inform_location"))
    assert unknown["text"].startswith("Maaf, kami belum menemukan lokasi itu.")
    [choose] = say(
        rt,
        places,
        "di gang belakang pasar minggu",
        nlu("inform_location", location=at(places, "pasar minggu")),
    )
    say(rt, places, choose["buttons"][0]["value"], None)
    say(rt, places, "ya", YES)
    [(category, unit, place_text, description)] = tickets_now(rt)
    assert (category, unit, description) == ("jalan", "31.74.04.1001", "jalan berlubang")
    assert place_text == "RT 05, gang belakang pasar minggu"


def test_a_landmark_detail_in_the_report_stays_in_the_place_text(rt: Runtime, places: Gazetteer) -> None:
    text = "lampu jalan mati depan masjid al ikhlas kel. pejaten timur RT 05/RW 02"
    say(rt, places, text, nlu("lapor_listrik", location=PEJATEN_TIMUR))
    say(rt, places, "ya", YES)
    [(_, _, place_text, _)] = tickets_now(rt)
    assert place_text == "depan masjid al ikhlas kel. pejaten timur RT 05/RW 02"


def test_a_correction_typed_as_text_changes_the_field_not_the_description(
    rt: Runtime, places: Gazetteer
) -> None:
    say(
        rt, places, "lampu merah mati di kel. pejaten timur", nlu("lapor_perhubungan", location=PEJATEN_TIMUR)
    )
    [summary] = say(rt, places, "bukan, maksudnya lampu jalan", nlu("lapor_listrik", 0.9))
    assert "Kategori: Jaringan listrik & lampu jalan" in summary["text"]
    assert "Keterangan: lampu merah mati di kel. pejaten timur\n" in summary["text"]
    say(rt, places, "ya", YES)
    assert tickets_now(rt)[0][0] == "listrik"


# --- asking better (issue 15) ------------------------------------------------------------------------------


def test_the_category_correction_reaches_every_category_a_page_at_a_time(
    rt: Runtime, places: Gazetteer
) -> None:
    ranking = (("lapor_saluran_air", 0.8), ("lapor_banjir", 0.1), ("lapor_sampah", 0.05))
    say(rt, places, "got mampet di kel. pejaten timur", nlu("lapor_saluran_air", 0.8, PEJATEN_TIMUR, ranking))
    say(rt, places, "/tidak", None)
    [ask] = say(rt, places, "/ubah kategori", None)
    assert [b["label"] for b in ask["buttons"]][-2:] == ["Kategori lain…", "Lainnya"]
    seen: list[str] = []
    value = ask["buttons"][-2]["value"]
    for _ in range(5):
        [page] = say(rt, places, value, None)
        assert page["text"].startswith("Semua kategori (") and len(page["buttons"]) <= 10
        seen += [b["value"].split()[1] for b in page["buttons"] if not b["value"].split()[1].startswith("+")]
        if page["buttons"][-1]["label"] != "Berikutnya ›":
            break
        value = page["buttons"][-1]["value"]
    expected = {c for c in rt.cfg.categories if c != "saluran_air"}
    assert set(seen) == expected  # every category but the rejected one, "lainnya" included
    [summary] = say(rt, places, "/kategori pendidikan", None)
    assert "Kategori: Pendidikan" in summary["text"]


def test_a_typed_category_or_agency_name_chooses_the_category(rt: Runtime, places: Gazetteer) -> None:
    unsure = nlu("nlu_fallback", 0.3, PEJATEN_TIMUR, (("lapor_sampah", 0.3), ("lapor_jalan", 0.2)))
    cases = [("a", "satpol pp", "ketertiban"), ("b", "dinas perhubungan", "perhubungan"),
             ("c", "urusan dukcapil", "kependudukan"), ("d", "air bersih", "air_bersih")]  # fmt: skip
    for user, typed, category in cases:
        [ask] = say(rt, places, "sudah lama begini terus di kel. pejaten timur", unsure, user=user)
        assert ask["text"].startswith("Maaf, laporannya tentang apa?")
        [summary] = say(rt, places, typed, nlu("out_of_scope", 0.2), user=user)
        assert summary["text"].startswith(
            f"Mohon periksa laporan Anda:\nKategori: {rt.cfg.categories[category].nama}"
        )


def test_bukan_with_an_agency_name_corrects_the_category(rt: Runtime, places: Gazetteer) -> None:
    say(
        rt,
        places,
        "pedagang kaki lima di trotoar kel. pejaten timur",
        nlu("lapor_jalan", location=PEJATEN_TIMUR),
    )
    [summary] = say(rt, places, "bukan, ini urusan satpol pp", nlu("deny"))
    assert "Kategori: Ketenteraman & ketertiban" in summary["text"]
    assert "Keterangan: pedagang kaki lima di trotoar kel. pejaten timur\n" in summary["text"]


def test_a_place_known_only_to_its_kecamatan_asks_once_for_the_kelurahan(
    rt: Runtime, places: Gazetteer
) -> None:
    pasar_minggu = at(places, "pasar minggu")  # the kelurahan, or the kecamatan of the same name
    [choose] = say(rt, places, "banjir di pasar minggu", nlu("lapor_banjir", location=pasar_minggu))
    assert [b["label"] for b in choose["buttons"]] == [
        "Kelurahan Pasar Minggu, Kec. Pasar Minggu",
        "Kecamatan Pasar Minggu, Kota Administrasi Jakarta Selatan",
    ]
    [which] = say(rt, places, choose["buttons"][1]["value"], None)
    assert (
        which["text"] == "Di kelurahan mana di Kecamatan Pasar Minggu? "
        'Pilih salah satu, atau "Tidak tahu" bila tidak yakin.'
    )
    labels = [b["label"] for b in which["buttons"]]
    kelurahan = "Cilandak Timur, Jati Padang, Kebagusan, Pasar Minggu, Pejaten Barat, Pejaten Timur, Ragunan"
    assert labels == [*kelurahan.split(", "), "Tidak tahu"]
    [summary] = say(rt, places, which["buttons"][5]["value"], None)
    assert "Lokasi: Pejaten Timur, Pasar Minggu" in summary["text"]
    say(rt, places, "ya", YES)
    assert tickets_now(rt)[0][:2] == ("banjir", PEJATEN_TIMUR.kelurahan)


def test_not_knowing_the_kelurahan_files_the_report_at_the_kecamatan(rt: Runtime, places: Gazetteer) -> None:
    kecamatan = Location(text="kecamatan pasar minggu", kecamatan="31.74.04", kota="31.74")
    for user, answer, parse in [("1", "gak tau", nlu("out_of_scope", 0.3)), ("2", "/tempat 31.74.04", None)]:
        [which] = say(
            rt, places, "banjir di kecamatan pasar minggu", nlu("lapor_banjir", location=kecamatan), user=user
        )
        assert which["text"].startswith("Di kelurahan mana di Kecamatan Pasar Minggu?")
        [summary] = say(rt, places, answer, parse, user=user)
        assert summary["text"].startswith(
            "Mohon periksa laporan Anda:\nKategori: Banjir & genangan\nLokasi: Pasar Minggu, Kota"
        )
        say(rt, places, "ya", YES, user=user)
    assert [(c, u) for c, u, _, _ in tickets_now(rt)] == [("banjir", "31.74.04"), ("banjir", "31.74.04")]


def test_a_map_pin_alone_asks_what_the_problem_is_not_where(rt: Runtime, places: Gazetteer) -> None:
    [ask] = say(rt, places, "", None, lat=-6.2745, lng=106.8428)
    assert ask["text"] == "Lokasinya sudah kami terima. Apa masalahnya? Ceritakan singkat apa yang terjadi."
    [summary] = say(rt, places, "jalan berlubang", nlu("lapor_jalan"))
    assert summary["text"].startswith("Mohon periksa laporan Anda:\nKategori: Jalan & trotoar\nLokasi: ")


def test_an_acknowledgement_after_a_status_answer_is_not_a_new_report(rt: Runtime, places: Gazetteer) -> None:
    say(rt, places, "sampah numpuk di kel. pejaten timur", nlu("lapor_sampah", location=PEJATEN_TIMUR))
    say(rt, places, "ya", YES)
    [status] = say(rt, places, "status ADU-000001", nlu("status_query"))
    assert status["text"].startswith("ADU-000001 (Sampah")
    [ack] = say(rt, places, "siap, saya tunggu update-nya", nlu("lapor_sampah", 0.4))
    assert ack["text"] == "Baik. Kami kabari di sini setiap ada perkembangan."
    with rt.Session() as session:
        assert session.scalars(select(Conversation)).one().state == "idle"
    [report] = say(
        rt, places, "siap, ada lagi: lampu jalan mati", nlu("lapor_listrik")
    )  # no longer after a status
    assert "Di mana lokasinya?" in report["text"]


def test_an_english_report_told_over_several_turns_ends_with_its_ticket(
    rt: Runtime, places: Gazetteer
) -> None:
    [where] = say(rt, places, "the traffic light at the junction is broken", nlu("lapor_perhubungan"))
    assert where["text"].startswith("Got it, your report about Traffic is noted. Where is it?")
    [summary] = say(rt, places, "near kel. pejaten timur", nlu("inform_location", location=PEJATEN_TIMUR))
    assert summary["text"].startswith("Please check your report:\nCategory: Traffic")
    [fixed] = say(
        rt, places, "actually it's the street lamp, not the traffic light", nlu("lapor_perhubungan", 0.6)
    )
    assert fixed["text"].startswith(
        "Please check your report:\nCategory: Street lights & cables\nLocation: Pejaten Timur"
    )
    assert "Details: the traffic light at the junction is broken\n" in fixed["text"]
    [done] = say(rt, places, "yes", YES)
    assert done["text"].startswith("Thank you, your report has been received as ADU-000001.")
    assert tickets_now(rt)[0][:2] == ("listrik", PEJATEN_TIMUR.kelurahan)


def test_an_information_request_becomes_a_question_ticket_without_a_place(
    rt: Runtime, places: Gazetteer
) -> None:
    ranking = (("lapor_pendidikan", 0.55), ("lapor_sosial", 0.3))
    [check] = say(rt, places, "kapan bansos KJP cair?", nlu("lapor_pendidikan", 0.55, ranking=ranking))
    assert check["text"].startswith(
        "Mohon periksa pertanyaan Anda:\nKategori: Pendidikan\n"
        "Pertanyaan: kapan bansos KJP cair?\nAkan diteruskan ke: Dinas Pendidikan."
    )
    [done] = say(rt, places, "ya", YES)
    assert done["text"] == (
        "Terima kasih, pertanyaan Anda sudah kami terima dengan nomor ADU-000001 dan kami "
        "teruskan ke Dinas Pendidikan. Jawabannya kami kirim di sini."
    )
    with rt.Session() as session:
        ticket = session.scalars(select(Ticket)).one()
        assert (ticket.kind, ticket.category, ticket.agency_code, ticket.kelurahan, ticket.description) == (
            "question",
            "pendidikan",
            "disdik",
            None,
            "kapan bansos KJP cair?",
        )


def test_a_question_of_unknown_topic_asks_the_category_never_the_place(
    rt: Runtime, places: Gazetteer
) -> None:
    [ask] = say(
        rt, places, "syarat bikin KTP apa?", nlu("out_of_scope", 0.4, ranking=(("out_of_scope", 0.4),))
    )
    assert ask["text"].startswith("Maaf, laporannya tentang apa?")
    [check] = say(rt, places, "/kategori kependudukan", None)
    assert check["text"].startswith("Mohon periksa pertanyaan Anda:\nKategori: Administrasi kependudukan")
    say(rt, places, "/ya", None)
    with rt.Session() as session:
        assert session.scalars(select(Ticket.kind)).one() == "question"


def test_a_complaint_phrased_as_a_question_stays_a_report(rt: Runtime, places: Gazetteer) -> None:
    [where] = say(rt, places, "kenapa sampah belum diangkut?", nlu("lapor_sampah"))
    assert "Di mana lokasinya?" in where["text"]
