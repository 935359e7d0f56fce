"""Everything a task needs, built once per process from the configuration."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Protocol

from sqlalchemy import Engine, orm
from sqlalchemy.orm import Session, sessionmaker

from aduan import settings
from bots import ADAPTERS
from bots.base import DEFAULT_RATE_PER_SECOND, Adapter, rate_limits
from nlu.client import NluClient
from nlu.places import Gazetteer
from store import db, repo

log = logging.getLogger("aduan.jobs")


class Queue(Protocol):
    """Where tasks go: the in-process runner or Celery."""

    def enqueue(self, task: str, arg: int, *, key: int | None = None) -> None:
        """Schedules ``task(arg)``; tasks with the same ``key`` (a citizen) run in order."""


class NoQueue:
    """A queue that drops tasks: for one-off commands that only write (the sweeper catches up later)."""

    def enqueue(self, task: str, arg: int, *, key: int | None = None) -> None:
        log.debug("jobs: %s(%s) left for the sweeper", task, arg)


class RecordingQueue:
    """A queue that only records what was enqueued: for measuring or testing the webhook alone."""

    def __init__(self) -> None:
        self.tasks: list[tuple[str, int]] = []
        self._lock = threading.Lock()

    def enqueue(self, task: str, arg: int, *, key: int | None = None) -> None:
        with self._lock:
            self.tasks.append((task, arg))


class RateLimiter:
    """Spaces sends per chat and per channel, as each adapter declares (``bots.base.RateLimited``).

    Each caller reserves the next free slot under a lock and sleeps outside it, so
    concurrent workers never exceed a limit. Limits are per process: with Celery, divide
    the rates by the number of worker processes.
    """

    def __init__(self, adapters: Mapping[str, Adapter]) -> None:
        limits = {name: rate_limits(adapter) for name, adapter in adapters.items()}
        self._rate = {name: rate for name, (rate, _) in limits.items()}
        self._per_chat = {name: interval for name, (_, interval) in limits.items()}
        self._chat_next: dict[tuple[str, str], float] = {}
        self._channel_next: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, channel: str, recipient: str) -> None:
        """Blocks until a message to ``recipient`` on ``channel`` may go out."""
        with self._lock:
            now = time.monotonic()
            at = max(
                now, self._chat_next.get((channel, recipient), 0.0), self._channel_next.get(channel, 0.0)
            )
            self._chat_next[(channel, recipient)] = at + self._per_chat.get(channel, 0.0)
            self._channel_next[channel] = at + 1.0 / self._rate.get(channel, DEFAULT_RATE_PER_SECOND)
        if at > now:
            time.sleep(at - now)


@dataclass
class Runtime:
    """Configuration, database, NLU, gazetteer, adapters and queue of one process."""

    cfg: settings.Config
    engine: Engine
    Session: sessionmaker[Session]
    places: Gazetteer | None
    nlu: NluClient | None = None
    adapters: dict[str, Adapter] = field(default_factory=dict)
    queue: Queue = field(default_factory=NoQueue)
    limiter: RateLimiter = field(default_factory=lambda: RateLimiter({}))

    @cached_property
    def ReadSession(self) -> sessionmaker[orm.Session]:  # noqa: N802 (a session factory, like Session)
        """Sessions that only read: on SQLite they neither take nor wait for the write lock."""
        return db.make_read_sessionmaker(self.engine)

    def close(self) -> None:
        for adapter in self.adapters.values():
            adapter.close()
        if self.nlu is not None:
            self.nlu.close()
        self.engine.dispose()


def build_adapters(channels: Mapping[str, Mapping[str, Any]]) -> dict[str, Adapter]:
    """One adapter per enabled channel that Aduan has an adapter for."""
    return {
        name: ADAPTERS[name].from_config(block)
        for name, block in channels.items()
        if block.get("enabled") and name in ADAPTERS
    }


def load_places(cfg: settings.Config) -> Gazetteer:
    """Loads the gazetteer from ``nlu.data_dir``."""
    return Gazetteer.load(settings.gazetteer_dir(cfg.nlu.data_dir))


def build(
    cfg: settings.Config,
    *,
    nlu_url: str | None = None,
    nlu_token: str | None = None,
    check_schema: bool = True,
    places: Gazetteer | None = None,
) -> Runtime:
    """Builds the runtime; ``nlu_url`` overrides ``nlu.url`` (a local Rasa started by the caller).

    Raises:
        DatabaseNotMigrated: the schema is behind the code (when ``check_schema``).
    """
    engine = db.make_engine(
        settings.database_url(cfg), echo=cfg.database.echo, pool_size=cfg.database.pool_size
    )
    if check_schema:
        db.check_schema(engine)
    Session = db.make_sessionmaker(engine)
    with Session.begin() as session:
        repo.sync_agencies(session, [(code, a.nama, a.level) for code, a in cfg.agencies.items()])
    places = places or load_places(cfg)
    url = nlu_url or cfg.nlu.url
    nlu = NluClient(url, nlu_token or cfg.nlu.token, timeout=cfg.nlu.timeout, places=places) if url else None
    adapters = build_adapters(cfg.channels)
    return Runtime(
        cfg=cfg, engine=engine, Session=Session, places=places, nlu=nlu, adapters=adapters,
        limiter=RateLimiter(adapters),
    )  # fmt: skip
