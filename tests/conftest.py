"""Shared fixtures: a migrated database (SQLite, and PostgreSQL when ADUAN_TEST_DATABASE_URL is set),
one real Rasa server per test session, a fake Telegram Bot API, and the app with its in-process queue.
"""

from __future__ import annotations

import os
import secrets
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from aduan import settings
from fakes.server import ServerThread
from fakes.telegram import FakeTelegram
from jobs import runtime
from jobs.inprocess import InProcessQueue
from nlu.places import DATA_DIR, Gazetteer
from store import db

ROOT = Path(__file__).resolve().parents[1]
JAKARTA = DATA_DIR  # the gazetteer shipped in nlu/data/jakarta
EVAL_FIXTURES = ROOT / "tests" / "fixtures" / "eval"  # small corpora the team wrote in the real ones' formats
PG_URL = os.environ.get("ADUAN_TEST_DATABASE_URL")
IN_CI = os.environ.get("CI") == "true"
TELEGRAM_SECRET = "test-secret-token"
DATABASES = ["sqlite", "postgresql"] if PG_URL else ["sqlite"]
CELERY_BROKER = os.environ.get("ADUAN_TEST_QUEUE", "")  # set: `live` runs a real Celery worker on this broker


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if IN_CI and not PG_URL:
        raise pytest.UsageError("CI=true needs ADUAN_TEST_DATABASE_URL (PostgreSQL); see .ci/run")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    # CI treats a skipped test as a failing one.
    skipped = session.config.pluginmanager.get_plugin("terminalreporter")
    if IN_CI and skipped is not None and skipped.stats.get("skipped"):
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(scope="session")
def base_config() -> settings.Config:
    """The repository's configuration with test-friendly timings; each test copies it."""
    return settings.load(
        env={},
        overrides={
            "queue": {
                "sweep_seconds": 0.5,
                "backoff_seconds": 0.1,
                "max_backoff_seconds": 0.5,
                "max_attempts": 3,
            },
            "channels": {
                "telegram": {
                    "enabled": True,
                    "token": "1:test",
                    "secret_token": TELEGRAM_SECRET,
                    "per_chat_interval": 0.0,
                }
            },
            "nlu": {"timeout": 10},
        },
    )


@pytest.fixture(scope="session")
def places() -> Gazetteer:
    return Gazetteer.load(JAKARTA)


def _pg_schema_url(base: str) -> tuple[str, str]:
    schema = f"t_{uuid.uuid4().hex[:12]}"
    engine = create_engine(base)
    with engine.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    engine.dispose()
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False), schema


def _drop_pg_schema(base: str, schema: str) -> None:
    engine = create_engine(base)
    with engine.begin() as conn:
        conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
    engine.dispose()


@pytest.fixture(params=DATABASES)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A freshly migrated database: a SQLite file, or a private schema in PostgreSQL."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'aduan.sqlite3'}"
        db.upgrade(url)
        yield url
        return
    assert PG_URL is not None
    url, schema = _pg_schema_url(PG_URL)
    db.upgrade(url)
    yield url
    _drop_pg_schema(PG_URL, schema)


@pytest.fixture
def config(base_config: settings.Config, database_url: str) -> settings.Config:
    return base_config.merged({"database": {"url": database_url}})


@pytest.fixture
def rt(config: settings.Config, places: Gazetteer) -> Iterator[runtime.Runtime]:
    """A runtime without NLU or queue: for repository and router tests."""
    built = runtime.build(config, places=places)
    yield built
    built.close()


@pytest.fixture(scope="session")
def rasa(base_config: settings.Config) -> Iterator[tuple[str, str]]:
    """One real Rasa server for the whole test session (trained first if the model is missing)."""
    from aduan.cli import ensure_model
    from nlu.server import RasaServer

    model = ensure_model(base_config)
    # A token that starts with "-" (as one in 64 generated tokens do) must still reach Rasa as the token.
    server = RasaServer(
        venv=ROOT / ".venv-rasa",
        model=model,
        token="-" + secrets.token_urlsafe(16),
        log_path=ROOT / "var" / "log" / "rasa-test.log",
    )
    server.start(timeout=300)
    yield server.url, server.token
    server.stop()


@pytest.fixture
def fake_telegram() -> Iterator[FakeTelegram]:
    fake = FakeTelegram()
    with ServerThread(fake.app) as server:
        fake.url = server.url  # type: ignore[attr-defined]
        yield fake


def start_queue(rt: runtime.Runtime, tmp_path: Path) -> Any:
    """The queue the integration tests run on: in-process, or Celery on ``ADUAN_TEST_QUEUE``'s broker."""
    if CELERY_BROKER:
        from tests.celery_mode import CeleryWorkerQueue

        return CeleryWorkerQueue(rt, broker=CELERY_BROKER, beat_dir=tmp_path).start()
    return InProcessQueue(rt, workers=2, sweep_seconds=0.5).start()


@pytest.fixture
def live(
    config: settings.Config,
    places: Gazetteer,
    rasa: tuple[str, str],
    fake_telegram: FakeTelegram,
    tmp_path: Path,
) -> Iterator[dict[str, Any]]:
    """The whole pipeline: app, queue (in-process, or a Celery worker and beat), real Rasa, fake Telegram."""
    from web import create_app

    config = config.merged({"channels": {"telegram": {"api_base_url": fake_telegram.url}}})
    built = runtime.build(config, nlu_url=rasa[0], nlu_token=rasa[1], places=places)
    queue = start_queue(built, tmp_path)
    app = create_app(rt=built)
    yield {
        "app": app,
        "client": app.test_client(),
        "rt": built,
        "queue": queue,
        "telegram": fake_telegram,
        "restart_queue": lambda: start_queue(built, tmp_path),
    }
    queue.stop()
    built.close()
