"""Survey campaigns: the last period's reporters invited once each, paced at a share of each channel's rate,
a template where the messaging window closed, nobody twice, opt-outs remembered; the invitation answered."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from aduan import settings
from jobs import campaign, runtime, tasks
from jobs.runtime import RecordingQueue, Runtime
from nlu.places import Gazetteer
from router import ikm, tickets
from store import db, repo
from store.models import Citizen, Identity, Outbox, SurveyResponse, Ticket
from tests.router.test_dialogue import nlu
from tests.router.test_survey import chat

Q3 = ikm.period("2026-Q3")
assert Q3 is not None
IN_Q3 = datetime(2026, 8, 10, 9, 0, tzinfo=UTC)
IN_Q4 = datetime(2026, 10, 3, 9, 0, tzinfo=UTC)  # the campaign for Q3 runs in the first days of Q4


@pytest.fixture
def crt(config: settings.Config, places: Gazetteer) -> Iterator[Runtime]:
    """A runtime with Telegram, WhatsApp (a template for invitations) and Messenger (no templates)."""
    meta = {"enabled": True, "app_secret": "s", "verify_token": "v", "api_base_url": "http://127.0.0.1:9"}
    cfg = config.merged({
        "channels": {
            "whatsapp": {**meta, "phone_number_id": "1", "access_token": "t",
                         "templates": {"survey_invitation": "skm_undangan"}},
            "messenger": {**meta, "page_access_token": "p"},
        },
        "survey": {"campaign": {"enabled": True, "rate_share": 0.5, "batch": 50}},
    })  # fmt: skip
    built = runtime.build(cfg, places=places)
    built.queue = RecordingQueue()
    yield built
    built.close()


def reported(
    rt: Runtime,
    channel: str,
    user: str,
    *,
    at: datetime,
    category: str = "sampah",
    last_inbound: datetime | None = None,
) -> Ticket:
    with rt.Session.begin() as session:
        identity = repo.get_or_create_identity(session, channel, user)
        identity.last_inbound_at = last_inbound or at
        draft = tickets.Draft(category, "laporan", None, "31.74.04.1005", "31.74.04", "31.74")
        ticket = tickets.open_ticket(session, rt.cfg, identity, draft, language="id", now=at)
        session.flush()
        session.expunge(ticket)
        return ticket


def invitations(rt: Runtime) -> list[Outbox]:
    with rt.Session() as session:
        stmt = select(Outbox).where(Outbox.idempotency_key.like("survey:%:invite")).order_by(Outbox.id)
        return list(session.scalars(stmt))


def test_the_last_periods_reporters_are_invited_once_each(crt: Runtime) -> None:
    reported(crt, "telegram", "1", at=IN_Q3)
    latest = reported(crt, "telegram", "1", at=IN_Q3 + timedelta(days=3), category="jalan")
    reported(crt, "telegram", "2", at=IN_Q3)
    reported(crt, "telegram", "3", at=IN_Q4)  # reported in Q4: the next campaign's
    stopped = reported(crt, "telegram", "4", at=IN_Q3)
    with crt.Session.begin() as session:
        citizen = session.get(Citizen, stopped.citizen_id)
        assert citizen is not None
        citizen.surveys_stopped_at = IN_Q3  # said "berhenti" once: never invited again
    assert campaign.run_scheduled(crt, now=IN_Q4) == 2
    rows = invitations(crt)
    assert [r.recipient_id for r in rows] == ["1", "2"]
    assert rows[0].payload == {
        "text": "Halo! Kami sedang mengukur kepuasan warga atas penanganan laporan periode 2026-Q3, "
        "termasuk laporan "
        f"Anda {latest.number} (Jalan & trotoar). Bersedia menjawab 3 pertanyaan singkat?",
        "buttons": [
            {"label": "Ya, mulai", "value": f"/survei {_survey_id(crt, '1')} mulai"},
            {"label": "Lewati", "value": f"/survei {_survey_id(crt, '1')} lewati"},
            {"label": "Berhenti", "value": f"/survei {_survey_id(crt, '1')} berhenti"},
        ],
    }
    with crt.Session() as session:
        found = session.scalars(select(SurveyResponse).order_by(SurveyResponse.id)).all()
        assert [(s.kind, s.period, s.agency_code, s.counted_at) for s in found] == [
            ("campaign", "2026-Q3", "binamarga", latest.created_at),
            ("campaign", "2026-Q3", "dlh", IN_Q3),
        ]
    assert campaign.run_scheduled(crt, now=IN_Q4 + timedelta(hours=1)) == 0  # once per period
    assert campaign.run_scheduled(crt, now=IN_Q4 + timedelta(days=20)) == 0  # past survey.campaign.days
    assert len(invitations(crt)) == 2


def _survey_id(rt: Runtime, user: str) -> int:
    with rt.Session() as session:
        return session.scalars(
            select(SurveyResponse.id).join(Identity).where(Identity.platform_user_id == user)
        ).one()


def test_invitations_are_paced_per_channel_and_the_sweeper_sends_them_when_due(crt: Runtime) -> None:
    for user in range(6):
        reported(crt, "telegram", f"t{user}", at=IN_Q3)
    now = datetime.now(UTC)
    first = campaign.run(crt, Q3, now=now, limit=4)
    assert (first.invited, first.left_out) == (4, 0)
    gap = 1.0 / (30.0 * 0.5)  # Telegram's 30 messages a second, at rate_share 0.5
    times = [r.next_attempt_at for r in invitations(crt)]
    assert [round((b - a).total_seconds(), 4) for a, b in zip(times, times[1:], strict=False)] == [
        round(gap, 4)
    ] * 3
    assert crt.queue.tasks == [("deliver", invitations(crt)[0].id)]  # only the first is due at once
    campaign.run(crt, Q3, now=now, limit=10)  # the next batch queues after the last one waiting
    times = [r.next_attempt_at for r in invitations(crt)]
    assert len(times) == 6 and times[4] - times[3] == timedelta(seconds=gap)
    crt.queue.tasks.clear()
    tasks.sweep(crt, now=times[2])
    assert [arg for _, arg in crt.queue.tasks] == [r.id for r in invitations(crt)[:3]]


def test_a_closed_window_gets_the_template_and_an_unreachable_citizen_is_left_out(crt: Runtime) -> None:
    reported(crt, "whatsapp", "6281111", at=IN_Q3, last_inbound=IN_Q4 - timedelta(hours=2))  # window open
    reported(crt, "whatsapp", "6282222", at=IN_Q3)  # wrote last in August: templates only
    blocked = reported(crt, "messenger", "psid-1", at=IN_Q3)
    with crt.Session.begin() as session:
        identity = session.get(Identity, blocked.identity_id)
        assert identity is not None
        identity.unreachable = True  # blocked the bot: a send would fail
    done = campaign.run(crt, Q3, now=IN_Q4)
    assert (done.invited, done.left_out) == (2, 0)  # the blocked one is not even a candidate
    fresh, closed = invitations(crt)
    assert [fresh.recipient_id, closed.recipient_id] == ["6281111", "6282222"]
    assert "template" not in fresh.payload and len(fresh.payload["buttons"]) == 3
    assert closed.payload["template"]["name"] == "skm_undangan"
    assert closed.payload["template"]["params"][0].startswith("Halo! Kami sedang mengukur kepuasan warga")


class WindowOnly:
    """A platform with a messaging window and no templates to send outside it."""

    messaging_window = timedelta(hours=24)


def test_outside_a_window_without_templates_nobody_is_reached() -> None:
    identity = Identity(channel="x", platform_user_id="1", last_inbound_at=IN_Q4 - timedelta(hours=30))
    assert campaign._how_to_reach(WindowOnly(), identity, IN_Q4) == (False, None)  # type: ignore[arg-type]
    identity.last_inbound_at = IN_Q4 - timedelta(hours=1)
    assert campaign._how_to_reach(WindowOnly(), identity, IN_Q4) == (True, None)  # type: ignore[arg-type]


def test_a_campaign_needs_the_campaign_and_the_survey_enabled(crt: Runtime) -> None:
    reported(crt, "telegram", "1", at=IN_Q3)
    off = runtime.Runtime(
        **{**crt.__dict__, "cfg": crt.cfg.merged({"survey": {"campaign": {"enabled": False}}})}
    )
    assert campaign.due_period(off, IN_Q4) is None and campaign.run_scheduled(off, now=IN_Q4) == 0
    assert campaign.due_period(crt, IN_Q4) == Q3
    assert invitations(crt) == []


def test_the_invitation_is_answered_in_the_chat(crt: Runtime, places: Gazetteer) -> None:
    reported(crt, "telegram", "1", at=IN_Q3)
    reported(crt, "telegram", "2", at=IN_Q3)
    campaign.run(crt, Q3, now=datetime.now(UTC))
    start, first = chat(crt, places, "ya", nlu("affirm"), user="1")
    assert start["text"].startswith("Terima kasih! Mohon nilai layanan kami untuk laporan ADU-000001")
    assert first["text"].startswith("(1/3) Bagaimana kecepatan penanganan")
    assert [r["text"] for r in chat(crt, places, "stop", nlu("out_of_scope"), user="2")] == [
        "Baik, kami tidak akan mengirim survei lagi. Laporan tetap bisa Anda kirim kapan saja."
    ]
    with crt.Session() as session:
        assert [
            c.surveys_stopped_at is not None for c in session.scalars(select(Citizen).order_by(Citizen.id))
        ] == [
            False,
            True,
        ]


def test_the_cli_runs_a_campaign_for_a_period(tmp_path: Path) -> None:
    from tests.test_cli import run as aduan

    env = {"ADUAN_DATABASE__URL": f"sqlite:///{tmp_path}/aduan.sqlite3"}
    assert aduan(["db", "upgrade"], env=env).returncode == 0
    bad = aduan(["survey", "campaign", "--period", "2026-Q9"], env=env)
    assert (bad.returncode, bad.stderr.strip().splitlines()[-1]) == (
        2,
        "aduan: survey: '2026-Q9' is not a period (e.g. 2026-Q3, 2026-H2, 2026-09, 2026)",
    )
    with db.make_sessionmaker(db.make_engine(env["ADUAN_DATABASE__URL"])).begin() as session:
        identity = repo.get_or_create_identity(session, "telegram", "77")
        identity.last_inbound_at = IN_Q3
        draft = tickets.Draft("sampah", "laporan", None, "31.74.04.1005", "31.74.04", "31.74")
        tickets.open_ticket(session, settings.load(env={}), identity, draft, language="id", now=IN_Q3)
    done = aduan(["survey", "campaign", "--period", "2026-Q3"], env=env)
    assert (done.returncode, done.stderr.strip().splitlines()[-1]) == (
        0,
        "aduan: survey campaign 2026-Q3: 1 invited, 0 left out",
    )
    again = aduan(["survey", "campaign", "--period", "2026-Q3"], env=env)
    assert again.stderr.strip().splitlines()[-1] == "aduan: survey campaign 2026-Q3: 0 invited, 0 left out"
