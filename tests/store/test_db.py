"""SQLite writers of one process queue on one lock per database file (store/db.py)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from store import db


def _engine(path: Path) -> Engine:
    engine = db.make_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE IF NOT EXISTS t (n INTEGER)"))
    return engine


def test_engines_on_one_file_share_one_write_lock(tmp_path: Path) -> None:
    same = db._writer_connection_class(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    assert db._writer_connection_class(f"sqlite:///{tmp_path / '.' / 'a.sqlite3'}") is same
    assert db._writer_connection_class(f"sqlite:///{tmp_path / 'b.sqlite3'}") is not same


def test_a_second_writer_starts_when_the_first_commits_and_sees_its_row(tmp_path: Path) -> None:
    first, second = _engine(tmp_path / "w.sqlite3"), _engine(tmp_path / "w.sqlite3")
    started, seen = threading.Event(), []

    def write_second() -> None:
        with second.begin() as conn:
            started.set()
            seen.append(conn.execute(text("SELECT count(*) FROM t")).scalar())
            conn.execute(text("INSERT INTO t VALUES (2)"))

    with first.begin() as conn:
        conn.execute(text("INSERT INTO t VALUES (1)"))
        waiting = threading.Thread(target=write_second)
        waiting.start()
        assert not started.wait(0.5)  # queued behind the open transaction, not failed and not interleaved
    waiting.join(10)
    assert started.is_set() and seen == [1]
    with first.connect() as conn:
        assert conn.execute(text("SELECT n FROM t ORDER BY n")).scalars().all() == [1, 2]


def test_a_rolled_back_or_failed_transaction_frees_the_lock(tmp_path: Path) -> None:
    engine = _engine(tmp_path / "r.sqlite3")
    with pytest.raises(RuntimeError), engine.begin() as conn:
        conn.execute(text("INSERT INTO t VALUES (1)"))
        raise RuntimeError("a task's bug")
    with pytest.raises(Exception, match="no such table"), engine.begin() as conn:
        conn.execute(text("INSERT INTO missing VALUES (1)"))
    done = threading.Event()

    def write() -> None:
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO t VALUES (3)"))
        done.set()

    threading.Thread(target=write).start()
    assert done.wait(10)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT n FROM t")).scalars().all() == [3]


def test_a_connection_closed_inside_a_transaction_frees_the_lock(tmp_path: Path) -> None:
    engine = _engine(tmp_path / "c.sqlite3")
    conn = engine.connect()
    conn.begin()
    conn.execute(text("INSERT INTO t VALUES (1)"))
    conn.invalidate()  # the pool drops the DBAPI connection without a rollback: close() must free the lock
    conn.close()
    with engine.begin() as other:
        other.execute(text("INSERT INTO t VALUES (2)"))
    with engine.connect() as check:
        assert check.execute(text("SELECT n FROM t")).scalars().all() == [2]


def test_a_read_only_session_reads_beside_an_open_writer_and_refuses_to_write(tmp_path: Path) -> None:
    engine = _engine(tmp_path / "ro.sqlite3")
    reads = db.make_read_sessionmaker(engine)
    with engine.begin() as writer:
        writer.execute(text("INSERT INTO t VALUES (1)"))
        with reads() as session:  # neither waits for the writer nor sees its uncommitted row
            assert session.execute(text("SELECT count(*) FROM t")).scalar() == 0
    with reads() as session, pytest.raises(db.ReadOnlySession, match="may not run: INSERT"):
        session.execute(text("INSERT INTO t VALUES (2)"))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT n FROM t")).scalars().all() == [1]


def test_relaxed_commits_skip_the_fsync_only_where_they_are_asked_for(tmp_path: Path) -> None:
    engine = _engine(tmp_path / "sync.sqlite3")

    def mode() -> int:
        with engine.begin() as conn:
            return int(conn.exec_driver_sql("PRAGMA synchronous").scalar_one())

    full, normal = 2, 1
    assert mode() == full
    with db.relaxed_commits():
        assert mode() == normal
        other: list[int] = []
        thread = threading.Thread(target=lambda: other.append(mode()))  # a webhook's thread keeps FULL
        thread.start()
        thread.join(10)
        assert other == [full]
    assert mode() == full


def test_a_waiting_webhook_writes_before_the_waiting_queue_workers() -> None:
    lock, order = db.WriteLock(), []

    def write(name: str, urgent: bool) -> None:
        assert lock.acquire(urgent=urgent, timeout=10)
        order.append(name)
        lock.release()

    def waiting(n: int) -> None:  # until n threads wait on the lock
        for _ in range(1000):
            if len(lock._cond._waiters) == n:  # type: ignore[attr-defined]
                return
            threading.Event().wait(0.01)
        raise AssertionError("the writers never queued")

    assert lock.acquire(urgent=False, timeout=1)  # a worker's transaction in progress
    threads = [threading.Thread(target=write, args=(f"worker {i}", False)) for i in range(2)]
    for i, thread in enumerate(threads):
        thread.start()
        waiting(i + 1)
    webhook = threading.Thread(target=write, args=("webhook", True))
    webhook.start()
    waiting(3)
    lock.release()
    for thread in (*threads, webhook):
        thread.join(10)
    assert order[0] == "webhook" and sorted(order[1:]) == ["worker 0", "worker 1"]
    assert lock.acquire(urgent=False, timeout=1)  # free again
    lock.release()
