"""Engine and session setup, and the schema check that start-up relies on."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from aduan.errors import DatabaseNotMigrated

CONNECT_TIMEOUT = (
    5  # seconds: a database that does not answer fails a request quickly (503), not after minutes
)
SQLITE_BUSY_SECONDS = 30  # how long a writer waits for the database's write lock before "database is locked"
READ_ONLY = "aduan_read_only"  # execution option of the sessions that only read (make_read_sessionmaker)
_WRITE_VERBS = ("insert", "update", "delete", "replace", "create", "drop", "alter")
_durable: ContextVar[bool] = ContextVar("aduan_durable_commits", default=True)
MIGRATIONS = Path(str(resources.files("store").joinpath("migrations")))


def make_engine(url: str, *, echo: bool = False, pool_size: int = 10) -> Engine:
    """Creates an engine; SQLite gets WAL mode, foreign keys and a busy timeout on every connection.

    Args:
        url: a SQLAlchemy URL (``sqlite:///path`` or ``postgresql+psycopg://...``).
        echo: log every statement.
        pool_size: connections kept open (PostgreSQL).

    Returns:
        The engine.
    """
    if url.startswith("sqlite"):
        connect_args: dict[str, Any] = {"check_same_thread": False, "timeout": SQLITE_BUSY_SECONDS}
        kwargs: dict[str, Any] = {"connect_args": connect_args}
        if ":memory:" in url or url == "sqlite://":
            kwargs["poolclass"] = StaticPool
        else:
            connect_args["factory"] = _writer_connection_class(url)
        engine = create_engine(url, echo=echo, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        event.listen(engine, "before_cursor_execute", _refuse_writes_when_read_only)
        return engine
    return create_engine(
        url,
        echo=echo,
        pool_size=pool_size,
        max_overflow=pool_size,
        pool_pre_ping=True,  # a connection the server dropped (a restart) is replaced, not used
        pool_timeout=CONNECT_TIMEOUT,
        connect_args={"connect_timeout": CONNECT_TIMEOUT} if url.startswith("postgresql") else {},
    )


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # pysqlite's own transaction handling defers BEGIN badly; we issue BEGIN ourselves (_sqlite_begin).
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    # FULL: every commit is on disk before it returns. In WAL mode NORMAL is safe from a crash of the
    # process but a power loss (or OS crash) may roll back the last commits: an inbound message already
    # answered 200 (the platform never resends it), or a reply marked sent (it would go out again). FULL
    # costs one fsync of the WAL per commit (bench/webhooks.py). Queue workers relax it (relaxed_commits).
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


@contextmanager
def relaxed_commits() -> Iterator[None]:
    """SQLite commits made inside skip their fsync (``synchronous=NORMAL``); other threads keep FULL.

    For the queue's workers: what they commit (a claim, a conversation step, a reply marked sent) is redone
    by the sweeper if a power loss takes it back, while the webhooks' commits stay FULL because the platform
    never resends a message it got a 200 for. WAL is written in order, so a webhook's FULL commit also puts
    every earlier relaxed commit on disk; a crash of the process alone loses nothing in either mode.
    """
    token = _durable.set(False)
    try:
        yield
    finally:
        _durable.reset(token)


def make_read_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    """Sessions that only read: on SQLite they take no write lock (WAL readers never wait for a writer).

    A write through one of them raises ``ReadOnlySession`` before it reaches the database.
    """
    return sessionmaker(engine.execution_options(**{READ_ONLY: True}), expire_on_commit=False)


class ReadOnlySession(RuntimeError):
    """A statement that writes was sent through a read-only session (a bug: use ``Session.begin()``)."""


def _refuse_writes_when_read_only(conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
    if not conn.get_execution_options().get(READ_ONLY):  # every statement passes here: the cheap test first
        return
    if statement.lstrip()[:7].lower().startswith(_WRITE_VERBS):
        raise ReadOnlySession(f"a read-only session may not run: {statement[:80]}")


def _sqlite_begin(conn: Any) -> None:
    if conn.get_execution_options().get(READ_ONLY):
        conn.exec_driver_sql("BEGIN")  # deferred: a WAL reader's snapshot, no lock
        return
    # IMMEDIATE takes the write lock at BEGIN, so two writers queue on busy_timeout instead of
    # failing later with "database is locked" when a reader upgrades to a writer.
    dbapi_conn = conn.connection.dbapi_connection
    writer = isinstance(dbapi_conn, _WriterConnection)
    if writer:
        dbapi_conn.acquire_writes()
    try:
        synchronous = "FULL" if _durable.get() else "NORMAL"
        if writer and dbapi_conn.synchronous != synchronous:  # a PRAGMA only when this thread's mode differs
            conn.exec_driver_sql(f"PRAGMA synchronous={synchronous}")
            dbapi_conn.synchronous = synchronous
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    except BaseException:
        if writer:
            dbapi_conn.release_writes()
        raise


class WriteLock:
    """One writer at a time, and a waiting webhook before any waiting queue worker.

    A worker's transaction (relaxed_commits) waits while a durable one (a webhook's) is waiting, so when the
    workers are saturated a webhook waits for the transaction in progress only, not for a queue of them.
    Workers cannot starve: webhooks are short, and the platforms send them only as fast as citizens write.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition(threading.Lock())
        self._held = False
        self._urgent = 0  # durable transactions waiting

    def acquire(self, *, urgent: bool, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        with self._cond:
            self._urgent += urgent
            try:
                while self._held or (not urgent and self._urgent):
                    left = deadline - time.monotonic()
                    if left <= 0:
                        return False
                    self._cond.wait(left)
                self._held = True
                return True
            finally:
                self._urgent -= urgent

    def release(self) -> None:
        with self._cond:
            self._held = False
            self._cond.notify_all()


class _WriterConnection(sqlite3.Connection):
    """A SQLite connection whose transactions queue on a lock shared by the process's connections to the file.

    SQLite's own busy handler makes a second writer sleep and poll (1, 2, 5 … 100 ms steps), so under load
    a webhook's short insert could wait a whole step after the lock was already free: the tail of webhook
    latency in the embedded default, where the web threads and the worker threads share one file. Queued on
    a Python lock (WriteLock: webhooks first), a writer of this process starts the moment the previous one
    commits; writers in other processes (the CLI, a second server) still meet SQLite's busy handler.
    """

    write_lock: ClassVar[WriteLock]
    holding = False
    synchronous = "FULL"  # as _sqlite_pragmas sets it

    def acquire_writes(self) -> None:
        if not self.write_lock.acquire(urgent=_durable.get(), timeout=SQLITE_BUSY_SECONDS):
            raise sqlite3.OperationalError(
                f"database is locked (another transaction of this process held it {SQLITE_BUSY_SECONDS} s)"
            )
        self.holding = True

    def release_writes(self) -> None:
        if self.holding:
            self.holding = False
            self.write_lock.release()

    def commit(self) -> None:
        try:
            super().commit()
        finally:
            self.release_writes()

    def rollback(self) -> None:
        try:
            super().rollback()
        finally:
            self.release_writes()

    def close(self) -> None:
        try:
            super().close()
        finally:
            self.release_writes()


_write_locks: dict[str, type[_WriterConnection]] = {}
_write_locks_guard = threading.Lock()


def _writer_connection_class(url: str) -> type[_WriterConnection]:
    """The connection class of one database file: every engine of the process on that file shares its lock."""
    path = make_url(url).database or ""
    key = str(Path(path).resolve()) if path else url
    with _write_locks_guard:
        if key not in _write_locks:
            lock = WriteLock()
            _write_locks[key] = type("WriterConnection", (_WriterConnection,), {"write_lock": lock})
        return _write_locks[key]


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    """Returns the session factory; callers own transactions (``with Session.begin() as s:``)."""
    return sessionmaker(engine, expire_on_commit=False)


def alembic_config(url: str) -> AlembicConfig:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade(url: str, revision: str = "head") -> None:
    """Brings the database schema up to ``revision`` (``aduan db upgrade``)."""
    command.upgrade(alembic_config(url), revision)


def check_schema(engine: Engine) -> None:
    """Raises DatabaseNotMigrated unless the database is at the code's newest migration.

    Raises:
        DatabaseNotMigrated: with one line saying what to run.
    """
    head = ScriptDirectory.from_config(alembic_config(str(engine.url))).get_current_head()
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    if current != head:
        where = engine.url.render_as_string(hide_password=True)
        state = "has no schema" if current is None else f"is at revision {current}, code expects {head}"
        raise DatabaseNotMigrated(f"database {where} {state}: run `aduan db upgrade`")
