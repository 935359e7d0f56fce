"""The ticket lifecycle around the state machine: who may change what, SLA clocks and the overdue job,
duplicates and followers, reopening, reminders and expiry of half-finished reports, the rate limit,
and response times. Hand-made NLU readings; the real Rasa is exercised in tests/test_conversations.py.
"""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from sqlalchemy import select

from aduan.errors import TransitionError
from jobs import periodic
from jobs.runtime import Runtime
from nlu.client import Location
from nlu.places import Gazetteer
from router import tickets
from store import repo
from store.models import Citizen, Conversation, Outbox, Staff, StaffNotification, Ticket, TicketEvent, utcnow
from tests.router.test_dialogue import PEJATEN_TIMUR, YES, nlu, say, texts

PT = ("31.74.04.1005", "31.74.04", "31.74")
ADMIN = tickets.Actor("staff", "admin", role="admin")
SUPERVISOR = tickets.Actor("staff", "spv", role="supervisor", agency="binamarga")
DLH_OFFICER = tickets.Actor("staff", "dlh1", role="officer", agency="dlh")
BINAMARGA_OFFICER = tickets.Actor("staff", "bm1", role="officer", agency="binamarga")
LURAH = tickets.Actor("staff", "lurah", role="officer", agency="kelurahan", area="31.74.04.1005")
OTHER_LURAH = tickets.Actor("staff", "lurah2", role="officer", agency="kelurahan", area="31.71.01.1001")
VIEWER = tickets.Actor("staff", "v", role="viewer", agency="dlh")


def report(
    rt: Runtime,
    places: Gazetteer,
    *,
    user: str = "42",
    category: str = "sampah",
    location: Location = PEJATEN_TIMUR,
    lat: float | None = None,
    lng: float | None = None,
) -> list[str]:
    """Files a complete report and confirms it; returns the replies to the confirmation."""
    if lat is not None:
        say(rt, places, f"{category} parah", nlu(f"lapor_{category}"), user=user)
        say(rt, places, "", None, user=user, lat=lat, lng=lng)
    else:
        say(rt, places, f"{category} parah", nlu(f"lapor_{category}", location=location), user=user)
    return texts(say(rt, places, "ya", YES, user=user))


def ticket(rt: Runtime, number: str = "ADU-000001") -> Ticket:
    with rt.Session() as session:
        found = repo.ticket_by_number(session, number)
        assert found is not None
        _ = found.events, found.followers
        return found


def move(
    rt: Runtime, number: str, *states: str, actor: tickets.Actor = ADMIN, note: str | None = None
) -> None:
    with rt.Session.begin() as session:
        found = repo.ticket_by_number(session, number)
        for state in states:
            tickets.transition(session, rt.cfg, found, state, actor=actor, note=note)  # type: ignore[arg-type]


# --- who may change what ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("actor", "path", "allowed"),
    [
        (ADMIN, ["disposisi", "proses"], True),
        (SUPERVISOR, ["disposisi"], True),
        (DLH_OFFICER, ["disposisi", "proses", "selesai"], True),  # the ticket's agency
        (LURAH, ["diverifikasi"], True),  # the ticket's area: the kelurahan verifies
        (BINAMARGA_OFFICER, ["disposisi"], False),
        (OTHER_LURAH, ["diverifikasi"], False),
        (VIEWER, ["diverifikasi"], False),
        (tickets.Actor("staff", "nobody", role="intern"), ["diverifikasi"], False),
    ],
)
def test_who_may_move_a_ticket(
    rt: Runtime, places: Gazetteer, actor: tickets.Actor, path: list[str], allowed: bool
) -> None:
    report(rt, places)
    if allowed:
        move(rt, "ADU-000001", *path, actor=actor)
        assert ticket(rt).state == path[-1]
    else:
        with pytest.raises(TransitionError, match="may not change this ticket|unknown actor"):
            move(rt, "ADU-000001", *path, actor=actor)


def test_a_citizen_may_only_cancel_early_and_only_their_own(rt: Runtime, places: Gazetteer) -> None:
    report(rt, places, user="1")
    with rt.Session() as session:
        owner = session.scalars(select(Ticket.citizen_id)).one()
    with pytest.raises(TransitionError, match="may not move it"):
        move(rt, "ADU-000001", "dibatalkan", actor=tickets.Actor.citizen(owner + 1))
    with pytest.raises(TransitionError, match="only the citizen cancels"):
        move(rt, "ADU-000001", "dibatalkan", actor=ADMIN)
    move(rt, "ADU-000001", "diverifikasi", actor=LURAH)
    move(rt, "ADU-000001", "dibatalkan", actor=tickets.Actor.citizen(owner))
    assert ticket(rt).state == "dibatalkan"
    report(rt, places, user="1", category="jalan")
    move(rt, "ADU-000002", "disposisi")
    with pytest.raises(TransitionError, match="disposisi -> dibatalkan is not allowed"):
        move(rt, "ADU-000002", "dibatalkan", actor=tickets.Actor.citizen(owner))


def test_cancel_a_ticket_by_its_number_in_the_chat(rt: Runtime, places: Gazetteer) -> None:
    report(rt, places, user="1")
    assert texts(say(rt, places, "batal ADU-000001", nlu("cancel"), user="2")) == [
        "Laporan ADU-000001 tidak ditemukan di antara laporan Anda."
    ]
    assert texts(say(rt, places, "batal ADU-000001", nlu("cancel"), user="1")) == [
        "Laporan ADU-000001 dibatalkan."
    ]
    assert texts(say(rt, places, "batal ADU-000001", nlu("cancel"), user="1")) == [
        "Laporan ADU-000001 sudah dibatalkan, jadi tidak bisa dibatalkan lagi."
    ]
    events = ticket(rt).events
    assert (events[-1].actor.startswith("citizen:"), events[-1].to_state) == (True, "dibatalkan")


# --- SLA -------------------------------------------------------------------------------------------


def test_due_time_follows_the_state_clock_then_the_category(rt: Runtime, places: Gazetteer) -> None:
    report(rt, places)
    opened = ticket(rt)
    assert opened.due_at == opened.created_at + timedelta(hours=24)  # sla.state_hours.menunggu
    move(rt, "ADU-000001", "disposisi")
    assert ticket(rt).due_at == opened.created_at + timedelta(hours=72)  # sampah: 72 hours from the report


def test_the_sla_job_marks_overdue_once_and_tells_supervisors(
    rt: Runtime, places: Gazetteer, caplog: pytest.LogCaptureFixture
) -> None:
    report(rt, places)
    with rt.Session.begin() as session:
        session.add_all(
            [
                Staff(username="spv.dlh", password_hash="x", role="supervisor", agency_code="dlh"),
                Staff(username="spv.bm", password_hash="x", role="supervisor", agency_code="binamarga"),
            ]
        )
    later = utcnow() + timedelta(hours=25)
    with caplog.at_level(logging.WARNING, logger="aduan.sla"):
        assert periodic.check_sla(rt, now=later) == 1
        assert periodic.check_sla(rt, now=later + timedelta(minutes=5)) == 0
    assert "ADU-000001 (menunggu, dlh) overdue" in caplog.text and "spv.dlh" in caplog.text
    marked = ticket(rt)
    assert marked.overdue is True
    assert [(e.kind, e.actor) for e in marked.events if e.kind == "sla_overdue"] == [
        ("sla_overdue", "system")
    ]
    with rt.Session() as session:
        [note] = session.scalars(select(StaffNotification)).all()
        assert (session.get(Staff, note.staff_id).username, note.ticket_id, note.kind) == (
            "spv.dlh",
            marked.id,
            "sla_overdue",
        )  # type: ignore[union-attr]
        assert (
            session.scalars(select(Outbox).where(Outbox.kind == "notification")).all() == []
        )  # citizens aren't told


def test_a_new_state_with_a_future_deadline_clears_overdue(rt: Runtime, places: Gazetteer) -> None:
    report(rt, places)
    periodic.check_sla(rt, now=utcnow() + timedelta(hours=25))
    move(rt, "ADU-000001", "disposisi")
    assert ticket(rt).overdue is False


def test_response_times_per_agency(rt: Runtime, places: Gazetteer) -> None:
    report(rt, places, user="1")
    report(rt, places, user="2", category="listrik")
    with rt.Session.begin() as session:
        first = repo.ticket_by_number(session, "ADU-000001")
        start = first.created_at  # type: ignore[union-attr]
        for state, hours in (("disposisi", 2), ("proses", 3), ("selesai", 10)):
            tickets.transition(session, rt.cfg, first, state, actor=ADMIN, now=start + timedelta(hours=hours))  # type: ignore[arg-type]
    with rt.Session() as session:
        figures = {r.agency: r for r in repo.response_times(session, start - timedelta(days=1))}
    assert figures["dlh"] == repo.ResponseTimes("dlh", 1, 1, 1, 2.0, 10.0)
    assert figures["binamarga"] == repo.ResponseTimes("binamarga", 1, 0, 0, None, None)


# --- notifications, duplicates and followers ---------------------------------------------------------


def test_a_duplicate_is_offered_and_followed(rt: Runtime, places: Gazetteer) -> None:
    report(rt, places, user="1")
    move(rt, "ADU-000001", "disposisi", "proses")
    say(
        rt,
        places,
        "the garbage is piling up in pejaten timur",
        nlu("lapor_sampah", location=PEJATEN_TIMUR),
        user="2",
    )
    [offer] = say(rt, places, "yes", YES, user="2")
    assert offer == {
        "text": "This seems to be reported already: ADU-000001 (being worked on). Follow that report?",
        "buttons": [{"label": "Yes", "value": "/ya"}, {"label": "No", "value": "/tidak"}],
    }
    assert texts(say(rt, places, "/ya", None, user="2")) == [
        "OK, you now follow report ADU-000001. We will update you here as it progresses."
    ]
    followed = ticket(rt)
    assert followed.supporters == 2 and [f.language for f in followed.followers] == ["en"]
    move(rt, "ADU-000001", "selesai", note="sudah diangkut")
    with rt.Session() as session:
        rows = session.scalars(select(Outbox).where(Outbox.kind == "notification").order_by(Outbox.id)).all()
        last = [(r.recipient_id, r.payload["text"]) for r in rows][-2:]
    assert last == [
        (
            "1",
            "Laporan ADU-000001 (Sampah, kebersihan & pencemaran) kini berstatus: selesai.\nsudah diangkut",
        ),
        ("2", "Report ADU-000001 (Garbage, cleanliness & pollution) is now: resolved.\nsudah diangkut"),
    ]
    [status] = texts(say(rt, places, "status ADU-000001", nlu("status_query"), user="2"))
    assert status.startswith("ADU-000001 (Garbage, cleanliness & pollution): resolved")


def test_declining_the_duplicate_opens_a_new_ticket(rt: Runtime, places: Gazetteer) -> None:
    report(rt, places, user="1")
    [offer] = report(rt, places, user="2")
    assert offer.startswith(
        "Sepertinya sudah dilaporkan: ADU-000001 (menunggu verifikasi). Ikuti laporan itu?"
    )
    [opened] = texts(say(rt, places, "tidak", nlu("deny"), user="2"))
    assert "ADU-000002" in opened


def test_a_pin_within_the_radius_is_a_duplicate_but_not_farther(rt: Runtime, places: Gazetteer) -> None:
    report(rt, places, user="1", lat=-6.2745, lng=106.8428)
    near = report(rt, places, user="2", lat=-6.2750, lng=106.8430)  # about 60 m away
    assert near[0].startswith("Sepertinya sudah dilaporkan: ADU-000001")
    cfg = rt.cfg.merged({"duplicates": {"radius_m": 10.0}})
    with rt.Session() as session:
        draft = tickets.Draft("sampah", "", None, None, None, None, latitude=-6.2750, longitude=106.8430)
        assert tickets.find_duplicate(session, cfg, draft, citizen_id=999, now=utcnow()) is None
        assert tickets.find_duplicate(session, rt.cfg, draft, citizen_id=999, now=utcnow()) is not None
        other = tickets.Draft("jalan", "", None, None, None, None, latitude=-6.2750, longitude=106.8430)
        assert tickets.find_duplicate(session, rt.cfg, other, citizen_id=999, now=utcnow()) is None
        old = utcnow() + timedelta(days=15)  # beyond duplicates.days
        assert tickets.find_duplicate(session, rt.cfg, draft, citizen_id=999, now=old) is None


def test_the_same_citizen_reporting_again_is_told_it_is_theirs(rt: Runtime, places: Gazetteer) -> None:
    report(rt, places, user="1")
    assert report(rt, places, user="1") == [
        "Masalah ini sudah Anda laporkan: ADU-000001 (menunggu verifikasi). "
        "Kami kabari di sini setiap ada perkembangan."
    ]
    with rt.Session() as session:
        assert len(session.scalars(select(Ticket)).all()) == 1


# --- reopening ------------------------------------------------------------------------------------------


def test_belum_beres_reopens_within_the_window(rt: Runtime, places: Gazetteer) -> None:
    report(rt, places, user="1")
    say(rt, places, "the garbage is piling up", nlu("lapor_sampah", location=PEJATEN_TIMUR), user="2")
    say(rt, places, "yes", YES, user="2")
    say(rt, places, "/ya", None, user="2")  # follows ADU-000001
    move(rt, "ADU-000001", "disposisi", "proses", "selesai")
    # the reply, then the follower's notification (the reopener hears it in the reply, not twice)
    reply, notification = texts(say(rt, places, "sampahnya belum beres min", nlu("lapor_sampah"), user="1"))
    assert notification == "Report ADU-000001 (Garbage, cleanliness & pollution) is now: being worked on."
    assert reply == (
        "Laporan ADU-000001 kami buka kembali dan kami teruskan lagi ke Dinas Lingkungan Hidup. "
        "Kami kabari di sini setiap ada perkembangan."
    )
    reopened = ticket(rt)
    assert (reopened.state, reopened.resolved_at) == ("proses", None)
    event = reopened.events[-1]
    assert (event.actor.startswith("citizen:"), event.from_state, event.to_state) == (
        True,
        "selesai",
        "proses",
    )
    with rt.Session() as session:
        last = session.scalars(
            select(Outbox).where(Outbox.kind == "notification").order_by(Outbox.id.desc())
        ).first()
        assert (last.recipient_id, last.payload["text"]) == (
            "2",
            "Report ADU-000001 (Garbage, cleanliness & pollution) is now: being worked on.",
        )  # type: ignore[union-attr]


def test_belum_beres_after_the_window_is_refused(rt: Runtime, places: Gazetteer) -> None:
    report(rt, places, user="1")
    move(rt, "ADU-000001", "disposisi", "proses", "selesai")
    late = utcnow() + timedelta(days=8)
    [reply] = texts(say(rt, places, "belum beres ADU-000001", nlu("status_query"), user="1", now=late))
    assert reply.startswith(
        "Laporan ADU-000001 sudah selesai lebih dari 7 hari lalu, jadi tidak bisa dibuka kembali."
    )
    assert ticket(rt).state == "selesai"
    with pytest.raises(TransitionError, match="reopen window"), rt.Session.begin() as session:
        found = repo.ticket_by_number(session, "ADU-000001")
        tickets.transition(
            session, rt.cfg, found, "proses", actor=tickets.Actor.citizen(found.citizen_id), now=late
        )  # type: ignore[arg-type, union-attr]


# --- reminders, expiry and the rate limit ----------------------------------------------------------------


def test_a_half_finished_report_gets_one_reminder_then_expires(rt: Runtime, places: Gazetteer) -> None:
    say(rt, places, "jalan berlubang", nlu("lapor_jalan"))
    start = utcnow()
    assert periodic.remind_conversations(rt, now=start + timedelta(minutes=10)) == 0
    assert periodic.remind_conversations(rt, now=start + timedelta(minutes=31)) == 1
    assert periodic.remind_conversations(rt, now=start + timedelta(minutes=45)) == 0  # once
    assert periodic.remind_conversations(rt, now=start + timedelta(minutes=121)) == 1
    with rt.Session() as session:
        rows = session.scalars(select(Outbox).where(Outbox.kind == "reminder").order_by(Outbox.id)).all()
        assert [r.payload["text"][:40] for r in rows] == [
            "Laporan Anda belum selesai. Balas pesan ",
            "Laporan yang belum selesai tadi kami hap",
        ]
        conversation = session.scalars(select(Conversation)).one()
        assert (conversation.state, conversation.slots) == ("idle", {})
    assert periodic.remind_conversations(rt, now=start + timedelta(minutes=300)) == 0


def test_an_answer_after_the_reminder_restarts_the_clock(rt: Runtime, places: Gazetteer) -> None:
    say(rt, places, "jalan berlubang", nlu("lapor_jalan"))
    start = utcnow()
    periodic.remind_conversations(rt, now=start + timedelta(minutes=31))
    say(rt, places, "parah banget", nlu("lapor_jalan"), now=start + timedelta(minutes=40))
    assert (
        periodic.remind_conversations(rt, now=start + timedelta(minutes=121)) == 1
    )  # a new reminder, no expiry
    with rt.Session() as session:
        assert session.scalars(select(Conversation.state)).one() == "await_location"


def test_too_many_reports_in_an_hour_are_refused_and_flagged(rt: Runtime, places: Gazetteer) -> None:
    categories = ["sampah", "jalan", "listrik", "banjir", "pohon"]
    for category in categories:
        assert "ADU-" in report(rt, places, category=category)[0]
    [refused] = texts(say(rt, places, "parkir liar parah", nlu("lapor_parkir_liar", location=PEJATEN_TIMUR)))
    assert refused.startswith("Maaf, Anda sudah mengirim 5 laporan dalam satu jam terakhir")
    with rt.Session() as session:
        assert session.scalars(select(Citizen.flagged)).one().startswith("rate limit: 5 reports")  # type: ignore[union-attr]
        assert len(session.scalars(select(Ticket)).all()) == 5
    later = utcnow() + timedelta(minutes=61)
    [summary] = say(
        rt, places, "parkir liar parah", nlu("lapor_parkir_liar", location=PEJATEN_TIMUR), now=later
    )
    assert summary["text"].startswith("Mohon periksa")


# --- bad input ---------------------------------------------------------------------------------------------


def test_a_very_long_message_is_kept_whole_and_summarised_short(rt: Runtime, places: Gazetteer) -> None:
    long = "sampah numpuk di kel. pejaten timur " + "bau sekali " * 800
    [summary] = say(rt, places, long, nlu("lapor_sampah", location=PEJATEN_TIMUR))
    assert len(summary["text"]) < 800 and "…" in summary["text"]
    say(rt, places, "ya", YES)
    assert ticket(rt).description == long.strip()


def test_a_pin_in_the_sea_is_declined_politely(rt: Runtime, places: Gazetteer) -> None:
    say(rt, places, "banjir rob", nlu("lapor_banjir"))
    [reply] = say(rt, places, "", None, lat=-5.0, lng=106.0)
    assert (
        reply["text"].startswith("Maaf, lokasi itu sepertinya di luar DKI Jakarta")
        and reply["request_location"]
    )
    with rt.Session() as session:
        assert session.scalars(select(Conversation.state)).one() == "await_location"


def test_events_record_who_did_what(rt: Runtime, places: Gazetteer) -> None:
    report(rt, places)
    move(rt, "ADU-000001", "diverifikasi", actor=LURAH, note="sudah dicek")
    with rt.Session() as session:
        rows = session.execute(select(TicketEvent.actor, TicketEvent.kind, TicketEvent.to_state)).all()
    assert [tuple(r) for r in rows][1:] == [("staff:lurah", "state", "diverifikasi")]
