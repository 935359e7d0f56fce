"""Engine and session setup, and the schema check that start-up relies on."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from aduan.errors import DatabaseNotMigrated

CONNECT_TIMEOUT = (
    5  # seconds: a database that does not answer fails a request quickly (503), not after minutes
)
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
        kwargs: dict[str, Any] = {"connect_args": {"check_same_thread": False, "timeout": 30}}
        if ":memory:" in url or url == "sqlite://":
            kwargs["poolclass"] = StaticPool
        engine = create_engine(url, echo=echo, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
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
    # costs one fsync of the WAL per commit (bench/webhooks.py).
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _sqlite_begin(conn: Any) -> None:
    # IMMEDIATE takes the write lock at BEGIN, so two writers queue on busy_timeout instead of
    # failing later with "database is locked" when a reader upgrades to a writer.
    conn.exec_driver_sql("BEGIN IMMEDIATE")


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
