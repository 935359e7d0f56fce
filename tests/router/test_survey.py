"""The SKM survey in the chat, with hand-made NLU readings: asked when a ticket becomes selesai, answered
by buttons, typed numbers and words, never blocking a new report; late and repeated answers not counted.
The real Rasa and the platforms' rendering are exercised in tests/test_survey_conversations.py.
"""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from jobs.runtime import Runtime
from nlu.client import NluResult
from nlu.places import Gazetteer
from router import dialogue, intake, tickets
from router.turn import Context
from store import repo
from store.models import (
    Citizen,
    Outbox,
    SurveyAnswer,
    SurveyResponse,
    Ticket,
    TicketEvent,
    utcnow,
)
from tests.router.test_dialogue import PEJATEN_TIMUR, YES, nlu
from tests.router.test_lifecycle import move, report, ticket

_ids = itertools.count(100_000)
FIXED_BUTTONS = ["Sudah beres", "Belum beres"]
WAKTU = ["Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat", "Lewati"]


def chat(
    rt: Runtime,
    places: Gazetteer,
    text: str,
    parse: NluResult | None = None,
    *,
    user: str = "1",
    now: datetime | None = None,
) -> list[dict[str, Any]]:
    """One message through what ``jobs.tasks.process`` does: a typed number becomes its button's value."""
    with rt.Session.begin() as session:
        identity = repo.get_or_create_identity(session, "telegram", user)
        message = repo.save_inbound(session, identity, platform_message_id=str(next(_ids)), text=text)
        assert message is not None
        session.flush()
        choice = intake.typed_choice(session, message)
        claimed = repo.claim_message(session, message.id)
        assert claimed is not None
        if choice:
            claimed.text = choice
        reading = None if choice or not intake.needs_nlu(text) else parse
        rows = dialogue.step(session, Context(rt.cfg, places, now=now or utcnow()), claimed, reading)
        return [row.payload for row in rows]


def texts(replies: list[dict[str, Any]]) -> list[str]:
    return [r["text"] for r in replies]


def labels(reply: dict[str, Any]) -> list[str]:
    return [b["label"] for b in reply.get("buttons", [])]


def survey_rows(rt: Runtime) -> list[Outbox]:
    with rt.Session() as session:
        return list(session.scalars(select(Outbox).where(Outbox.kind == "survey").order_by(Outbox.id)))


def responses(rt: Runtime) -> list[SurveyResponse]:
    with rt.Session() as session:
        found = list(session.scalars(select(SurveyResponse).order_by(SurveyResponse.id)))
        for r in found:
            _ = r.answers
        return found


def resolved(rt: Runtime, places: Gazetteer, *, follower: bool = False) -> None:
    """ADU-000001 by citizen "1" (and followed by "2" in English), then resolved by staff."""
    report(rt, places, user="1")
    if follower:
        chat(rt, places, "the garbage is piling up", nlu("lapor_sampah", location=PEJATEN_TIMUR), user="2")
        chat(rt, places, "yes", YES, user="2")
        chat(rt, places, "/ya", user="2")
    move(rt, "ADU-000001", "disposisi", "proses", "selesai", note="sudah diangkut")


def test_selesai_asks_the_citizen_and_the_follower_each_in_their_language(
    rt: Runtime, places: Gazetteer
) -> None:
    resolved(rt, places, follower=True)
    rows = survey_rows(rt)
    assert [(r.recipient_id, r.payload["text"], labels(r.payload)) for r in rows] == [
        (
            "1",
            "Laporan ADU-000001 (Sampah, kebersihan & pencemaran) sudah ditandai selesai. "
            "Apakah masalahnya benar-benar sudah beres?",
            FIXED_BUTTONS,
        ),
        (
            "2",
            "Report ADU-000001 (Garbage, cleanliness & pollution) has been marked resolved. "
            "Is the problem really fixed?",
            ["Yes, fixed", "Not fixed"],
        ),
    ]
    assert [r.payload["buttons"][0]["value"] for r in rows] == [
        f"/survei {s.id} sudah" for s in responses(rt)
    ]
    assert {(s.agency_code, s.kind, s.status, s.step) for s in responses(rt)} == {
        ("dlh", "resolved", "open", "fixed")
    }


def test_sudah_leads_through_each_element_then_the_comment(rt: Runtime, places: Gazetteer) -> None:
    resolved(rt, places)
    start, first = chat(rt, places, "[1]".strip("[]"))  # the number of the "Sudah beres" button, typed
    assert start["text"].startswith(
        "Terima kasih! Mohon nilai layanan kami untuk laporan ADU-000001: 3 pertanyaan"
    )
    assert (first["text"], labels(first)) == ("(1/3) Bagaimana kecepatan penanganan laporan Anda?", WAKTU)
    [second] = chat(rt, places, first["buttons"][3]["value"])  # the button: "Sangat cepat"
    assert second["text"].startswith("(2/3) Bagaimana sikap dan kesopanan petugas")
    [third] = chat(rt, places, "sopan", nlu("out_of_scope"))  # the answer's label, typed
    assert third["text"] == "(3/3) Bagaimana hasil penanganan masalah yang Anda laporkan?"
    assert labels(third) == ["Tidak baik", "Kurang baik", "Baik", "Sangat baik", "Lewati"]
    [comment] = chat(rt, places, "2")  # a typed number
    assert (comment["text"], labels(comment)) == (
        "Ada saran atau komentar untuk petugas? Tulis di sini, atau tekan Lewati.",
        ["Lewati"],
    )
    assert texts(chat(rt, places, "petugasnya cepat, terima kasih", nlu("thanks"))) == [
        "Terima kasih atas penilaian Anda. Masukan Anda membantu kami memperbaiki layanan."
    ]
    [survey] = responses(rt)
    assert (survey.status, survey.comment) == ("done", "petugasnya cepat, terima kasih")
    assert [(a.element, a.score) for a in survey.answers] == [("waktu", 4), ("perilaku", 3), ("hasil", 2)]


def test_repeated_out_of_range_and_late_answers_are_not_counted(rt: Runtime, places: Gazetteer) -> None:
    resolved(rt, places)
    [survey] = responses(rt)
    chat(rt, places, f"/survei {survey.id} sudah")
    replies = chat(rt, places, f"/survei {survey.id} waktu 7")
    assert texts(replies)[0] == "Mohon pilih salah satu jawaban: angka 1 sampai 4."
    assert replies[1]["text"].startswith("(1/3)")
    chat(rt, places, f"/survei {survey.id} waktu 3")
    again = chat(rt, places, f"/survei {survey.id} waktu 1")  # the same question's old button, pressed again
    assert texts(again)[0] == "Jawaban itu sudah kami catat." and again[1]["text"].startswith("(2/3)")
    late = utcnow() + timedelta(hours=73)
    assert texts(chat(rt, places, f"/survei {survey.id} perilaku 4", now=late)) == [
        "Terima kasih. Survei untuk laporan ADU-000001 sudah ditutup, jadi jawaban ini tidak kami hitung."
    ]
    [survey] = responses(rt)
    assert [(a.element, a.score) for a in survey.answers] == [("waktu", 3)]
    other = chat(rt, places, f"/survei {survey.id} perilaku 4", user="9")  # not this citizen's survey
    assert texts(other) == [rt.cfg.messages["id"]["help"]]
    assert [(a.element, a.score) for a in responses(rt)[0].answers] == [("waktu", 3)]


def test_belum_reopens_the_reporters_ticket_and_a_followers_belum_goes_to_staff(
    rt: Runtime, places: Gazetteer
) -> None:
    resolved(rt, places, follower=True)
    assert texts(chat(rt, places, "not fixed yet", nlu("deny"), user="2")) == [
        "Thank you, we tell the officers that the problem in report ADU-000001 is not fixed yet."
    ]
    assert ticket(rt).state == "selesai"
    reply, notice = texts(chat(rt, places, "2", user="1"))  # "Belum beres", by its number
    assert reply.startswith(
        "Laporan ADU-000001 kami buka kembali dan kami teruskan lagi ke Dinas Lingkungan Hidup."
    )
    assert notice == "Report ADU-000001 (Garbage, cleanliness & pollution) is now: being worked on."
    found = ticket(rt)
    assert found.state == "proses"
    assert [(e.kind, e.to_state) for e in found.events[-2:]] == [("not_fixed", None), ("state", "proses")]
    assert {s.status for s in responses(rt)} == {"not_fixed"}


def test_a_clear_new_complaint_leaves_the_survey_and_is_a_report(rt: Runtime, places: Gazetteer) -> None:
    resolved(rt, places)
    [survey] = responses(rt)
    chat(rt, places, "sudah", nlu("affirm"))
    for element in ("waktu", "perilaku", "hasil"):
        chat(rt, places, f"/survei {survey.id} {element} 3")
    [summary] = chat(
        rt, places, "jalan berlubang besar di kel. pejaten timur", nlu("lapor_jalan", location=PEJATEN_TIMUR)
    )
    assert summary["text"].startswith("Mohon periksa laporan Anda:\nKategori: Jalan")
    [survey] = responses(rt)
    assert (survey.status, survey.comment, len(survey.answers)) == ("done", None, 3)
    assert "ADU-000002" in texts(chat(rt, places, "ya", YES))[0]


def test_a_report_while_the_question_waits_is_taken_and_the_survey_stays_open(
    rt: Runtime, places: Gazetteer
) -> None:
    resolved(rt, places)
    [summary] = chat(
        rt, places, "lampu jalan mati di kel. pejaten timur", nlu("lapor_listrik", location=PEJATEN_TIMUR)
    )
    assert summary["text"].startswith("Mohon periksa laporan Anda:\nKategori: Jaringan listrik")
    [survey] = responses(rt)
    assert (survey.status, survey.step) == ("open", "fixed")


def test_lewati_skips_and_berhenti_is_remembered(rt: Runtime, places: Gazetteer) -> None:
    resolved(rt, places)
    chat(rt, places, "sudah beres", nlu("affirm"))
    assert texts(chat(rt, places, "lewati", nlu("out_of_scope"))) == [
        "Baik, survei kami lewati. Terima kasih."
    ]
    report(rt, places, user="1", category="jalan")
    move(rt, "ADU-000002", "disposisi", "proses", "selesai")
    assert texts(chat(rt, places, "berhenti", nlu("out_of_scope"))) == [
        "Baik, kami tidak akan mengirim survei lagi. Laporan tetap bisa Anda kirim kapan saja."
    ]
    with rt.Session() as session:
        assert session.scalars(select(Citizen.surveys_stopped_at)).first() is not None
    before = len(survey_rows(rt))
    report(rt, places, user="1", category="banjir")
    move(rt, "ADU-000003", "disposisi", "proses", "selesai")
    assert len(survey_rows(rt)) == before  # never asked again
    assert [s.status for s in responses(rt)] == ["skipped", "skipped"]


def test_no_survey_when_disabled_nor_for_tickets_without_a_chat(rt: Runtime, places: Gazetteer) -> None:
    report(rt, places, user="1")
    quiet = rt.cfg.merged({"survey": {"enabled": False}})
    with rt.Session.begin() as session:
        found = repo.ticket_by_number(session, "ADU-000001")
        assert found is not None
        for state in ("disposisi", "proses", "selesai"):
            tickets.transition(session, quiet, found, state, actor=tickets.Actor("staff", "a", role="admin"))
    assert survey_rows(rt) == []
    with rt.Session.begin() as session:  # a ticket another system opened (Open311) has no chat to tell
        identity = repo.get_or_create_identity(session, "open311", "key:1")
        draft = tickets.Draft("jalan", "lubang", None, *PEJATEN_TIMUR_UNITS)
        opened = tickets.open_ticket(session, rt.cfg, identity, draft, language="id")
        sent = []
        for state in ("disposisi", "proses", "selesai"):
            sent += tickets.transition(
                session, rt.cfg, opened, state, actor=tickets.Actor("staff", "a", role="admin")
            )
        assert sent == []
        events = session.scalars(select(TicketEvent).where(TicketEvent.ticket_id == opened.id)).all()
        assert {e.agency_code for e in events} == {"binamarga"}
    with rt.Session() as session:
        assert session.scalars(select(Outbox).where(Outbox.channel == "open311")).all() == []
        assert session.scalars(select(SurveyAnswer)).all() == []
        assert len(session.scalars(select(Ticket)).all()) == 2


PEJATEN_TIMUR_UNITS = ("31.74.04.1005", "31.74.04", "31.74")


def test_mid_report_a_typed_number_answers_the_report_not_the_survey(rt: Runtime, places: Gazetteer) -> None:
    report(rt, places, user="1")
    [summary] = chat(
        rt, places, "jalan berlubang di kel. pejaten timur", nlu("lapor_jalan", location=PEJATEN_TIMUR)
    )
    assert labels(summary) == ["Ya", "Tidak"]
    move(
        rt, "ADU-000001", "disposisi", "proses", "selesai"
    )  # the survey's question arrives after the summary
    [opened] = chat(rt, places, "1")
    assert opened["text"].startswith("Terima kasih, laporan Anda sudah kami terima dengan nomor ADU-000002.")
    assert [(s.status, s.step) for s in responses(rt)] == [("open", "fixed")]
    start, _ = chat(rt, places, "sudah beres", nlu("affirm"))  # now idle: words answer the open survey
    assert start["text"].startswith("Terima kasih! Mohon nilai layanan kami untuk laporan ADU-000001")
