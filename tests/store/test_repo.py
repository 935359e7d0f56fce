from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from aduan.errors import DatabaseNotMigrated
from jobs.runtime import Runtime
from store import db, repo
from store.models import Citizen, Identity, Message, Outbox


def _identity(rt: Runtime, user: str = "42") -> int:
    with rt.Session.begin() as session:
        return repo.get_or_create_identity(session, "telegram", user, display_name="Rina").id


def test_identity_is_created_once_with_its_citizen(rt: Runtime) -> None:
    first = _identity(rt)
    with rt.Session.begin() as session:
        again = repo.get_or_create_identity(session, "telegram", "42", display_name="Rina S", phone="+62812")
        assert again.id == first
        assert (again.display_name, again.phone) == ("Rina S", "62812")
        assert session.scalar(select(func.count()).select_from(Citizen)) == 1


def test_a_redelivered_message_is_stored_once(rt: Runtime) -> None:
    identity_id = _identity(rt)
    received = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)
    results = []
    for _ in range(2):
        with rt.Session.begin() as session:
            identity = session.get(Identity, identity_id)
            message = repo.save_inbound(
                session, identity, platform_message_id="42:7", text="halo", received_at=received
            )
            results.append(message is not None)
    assert results == [True, False]
    with rt.Session() as session:
        stored = session.scalars(select(Message)).all()
        assert [(m.text, m.received_at, m.direction) for m in stored] == [("halo", received, "in")]


def test_claim_message_succeeds_once(rt: Runtime) -> None:
    identity_id = _identity(rt)
    with rt.Session.begin() as session:
        message = repo.save_inbound(
            session, session.get(Identity, identity_id), platform_message_id="1", text="x"
        )
        assert message is not None
        session.flush()
        message_id = message.id
    with rt.Session.begin() as session:
        assert repo.claim_message(session, message_id) is not None
    with rt.Session.begin() as session:
        assert repo.claim_message(session, message_id) is None


def test_ticket_numbers_are_sequential_and_padded(rt: Runtime) -> None:
    with rt.Session.begin() as session:
        numbers = [repo.next_ticket_number(session, "ADU", 6) for _ in range(3)]
    assert numbers == ["ADU-000001", "ADU-000002", "ADU-000003"]


def test_concurrent_writers_never_share_a_ticket_number(rt: Runtime) -> None:
    got: list[str] = []
    lock = threading.Lock()

    def allocate() -> None:
        for _ in range(10):
            with rt.Session.begin() as session:
                number = repo.next_ticket_number(session, "ADU", 6)
            with lock:
                got.append(number)

    threads = [threading.Thread(target=allocate) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(got) == [f"ADU-{i:06d}" for i in range(1, 61)]


def test_outbox_key_makes_queueing_idempotent(rt: Runtime) -> None:
    with rt.Session.begin() as session:
        a = repo.add_outbox(
            session, channel="telegram", recipient_id="42", payload={"text": "a"}, key="reply:1:0"
        )
        b = repo.add_outbox(
            session, channel="telegram", recipient_id="42", payload={"text": "b"}, key="reply:1:0"
        )
        assert a.id == b.id
        assert session.scalar(select(func.count()).select_from(Outbox)) == 1


def test_outbox_claim_holds_a_lease_until_it_expires(rt: Runtime) -> None:
    with rt.Session.begin() as session:
        row_id = repo.add_outbox(
            session, channel="telegram", recipient_id="42", payload={"text": "a"}, key="k"
        ).id
    now = datetime.now(UTC)
    with rt.Session.begin() as session:
        assert (
            repo.claim_outbox(session, row_id, now=now, lease_until=now + timedelta(seconds=60)) is not None
        )
    with rt.Session.begin() as session:
        assert repo.claim_outbox(session, row_id, now=now, lease_until=now + timedelta(seconds=60)) is None
        assert repo.due_outbox(session, now=now) == []
        assert repo.due_outbox(session, now=now + timedelta(seconds=61)) == [(row_id, None)]


def test_unmigrated_database_is_refused_with_one_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    engine = db.make_engine(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    with pytest.raises(DatabaseNotMigrated, match=r"has no schema: run `aduan db upgrade`$"):
        db.check_schema(engine)


def test_sqlite_runs_in_wal_mode(tmp_path) -> None:  # type: ignore[no-untyped-def]
    engine = db.make_engine(f"sqlite:///{tmp_path / 'wal.sqlite3'}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_a_phone_shared_on_telegram_links_the_whatsapp_identity(rt: Runtime) -> None:
    with rt.Session.begin() as session:
        telegram = repo.get_or_create_identity(session, "telegram", "523411987")
        session.flush()
        ticket_owner = telegram.citizen_id
        repo.get_or_create_identity(session, "telegram", "523411987", phone="+62 812-3456-7890")
    with rt.Session.begin() as session:
        whatsapp = repo.get_or_create_identity(session, "whatsapp", "6281234567890", phone="6281234567890")
        assert whatsapp.citizen_id == ticket_owner
        assert session.scalar(select(func.count()).select_from(Citizen)) == 1


def test_a_link_code_merges_two_citizens_once(rt: Runtime) -> None:
    now = datetime.now(UTC)
    with rt.Session.begin() as session:
        telegram = repo.get_or_create_identity(session, "telegram", "1")
        twitter = repo.get_or_create_identity(session, "twitter", "99")
        session.flush()
        repo.create_link_code(
            session, telegram.citizen_id, code="4F7K2Q", expires_at=now + timedelta(minutes=30)
        )
        repo.create_link_code(
            session, telegram.citizen_id, code="OLD123", expires_at=now - timedelta(minutes=1)
        )
    with rt.Session.begin() as session:
        twitter = repo.get_or_create_identity(session, "twitter", "99")
        assert repo.use_link_code(session, twitter, "old123", now=now) is False
        assert repo.use_link_code(session, twitter, "4f7k2q", now=now) is True
        assert repo.use_link_code(session, twitter, "4F7K2Q", now=now) is False
    with rt.Session() as session:
        owners = {i.channel: i.citizen_id for i in session.scalars(select(Identity))}
        assert owners["telegram"] == owners["twitter"]


def test_phone_numbers_are_normalised() -> None:
    assert [repo.normalize_phone(p) for p in ("+62 812-3456", "08123456", "628123456", "", None)] == [
        "628123456",
        "628123456",
        "628123456",
        None,
        None,
    ]
