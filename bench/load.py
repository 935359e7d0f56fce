"""Load: simulated citizens on every channel post signed webhooks to a real ``aduan serve`` at rising rates.

One Rasa server serves the whole run (``nlu.url`` when it answers, else a local one, as ``aduan chat``
does). First the bare Rasa parse throughput is measured (``POST /model/parse``) at each mode's concurrency
(the embedded default's ``queue.workers`` threads, or the worker processes' threads). Then, for each mode:

* ``embedded``: ``aduan serve`` on SQLite with its in-process queue (``queue.workers`` threads);
* ``celery1`` / ``celery2``: ``aduan serve`` publishing to a private Redis, PostgreSQL (a database of the
  run's own on ``--pg``), and one or two ``aduan worker --pool threads --concurrency 8`` processes (the
  first with beat).

Each mode gets the same open-loop load: ``--rates`` messages/s in turn, ``--step-seconds`` each, spread
over every channel's fake (``fakes/<platform>.py``), each message from a new citizen (so identity rows
are created too), bounded by ``--max-messages`` per mode. Per step: accepted messages/s (HTTP 200),
webhook p50/p95/p99, end-to-end p50/p95 (POST to the reply accepted by the fake: the Outbox row's
``sent_at``), and replies/s completed in the step; the best replies/s over the NLU's own parses/s at
the same concurrency is the ratio the issue asks for. ``--soak MINUTES`` then runs the embedded default
at ``--soak-rate`` and reports the resident memory of ``aduan serve`` (and its growth) every few minutes.

Figures are printed, with the machine's load; nothing passes or fails on time.

Usage: python bench/load.py [--rates 2,4,8,16] [--step-seconds 15] [--max-messages 1500]
                            [--modes embedded,celery1,celery2] [--parses 200]
                            [--pg postgresql+psycopg://postgres@127.0.0.1:5432/postgres] [--soak 0]
"""

from __future__ import annotations

import argparse
import itertools
import json
import logging
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

import httpx  # noqa: E402
import yaml  # noqa: E402
from sqlalchemy import create_engine, select, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from aduan import settings  # noqa: E402
from fakes import chat as fake_chat  # noqa: E402
from nlu.server import free_port  # noqa: E402
from store import db  # noqa: E402
from store.models import Outbox  # noqa: E402

SIDES = fake_chat.channels()
TEXTS = (
    "lampu jalan mati di kel. pejaten timur",
    "sampah numpuk belum diangkut 3 hari di jl. kemang raya",
    "halo min",
    "jalan berlubang gede depan halte transjakarta kuningan",
    "banjir setinggi lutut di kelurahan kampung melayu",
    "pohon tumbang nutup jalan di kel. cilandak barat",
)
_users = itertools.count(3_000_000)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else float("nan")


def uptime() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


# -- CPU time per message: what each process spends, which the machine's load does not change much --------

TICK = os.sysconf("SC_CLK_TCK")


def _stat(pid: int) -> list[str] | None:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:  # gone
        return None


def group_cpu(pgid: int) -> float:
    """CPU seconds (user + system) of the live processes of a process group (a pool child included)."""
    total = 0
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (fields := _stat(int(entry.name))) and int(fields[2]) == pgid:
            total += int(fields[11]) + int(fields[12])
    return total / TICK


def rasa_group(url: str) -> int | None:
    """The process group of the Rasa server listening on ``url``'s port (a local one), or None."""
    port = str(httpx.URL(url).port)
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            argv = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        rasa = any(b"rasa" in a for a in argv[:3]) and port.encode() in argv
        if rasa and (fields := _stat(int(entry.name))):
            return int(fields[2])
    return None


@dataclass
class CpuMeter:
    """CPU seconds spent by the deployment's processes, the Rasa server and this bench, between two reads."""

    groups: dict[str, list[int]]  # name -> process groups

    def read(self) -> dict[str, float]:
        spent = {name: sum(group_cpu(g) for g in pgids) for name, pgids in self.groups.items()}
        own = os.times()
        return spent | {"bench": own.user + own.system}

    @staticmethod
    def per_item(before: dict[str, float], after: dict[str, float], items: int) -> dict[str, float]:
        return {name: 1000 * (after[name] - before[name]) / max(items, 1) for name in after}


def bare_parse(url: str, token: str, n: int, clients: int) -> float:
    """Parses/s of the Rasa server alone: ``n`` POST /model/parse from ``clients`` threads.

    Also prints the CPU milliseconds per parse of the Rasa server and of this bench's clients.
    """
    group = rasa_group(url)
    meter = CpuMeter({"rasa": [group] if group else []})
    before = meter.read()
    texts = [TEXTS[i % len(TEXTS)] + f" {i}" for i in range(n)]

    def share(k: int) -> None:
        with httpx.Client(timeout=60) as http:
            for body in texts[k::clients]:
                http.post(
                    f"{url}/model/parse", params={"token": token}, json={"text": body}
                ).raise_for_status()

    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(share, range(clients)))
    rate = n / (time.perf_counter() - started)
    cpu = CpuMeter.per_item(before, meter.read(), n)
    if group and n >= 50:
        print(f"  CPU ms per parse: Rasa {cpu['rasa']:.1f}, the bench's clients {cpu['bench']:.1f}")
    return rate


# -- a deployment under test ----------------------------------------------------------------------------


@dataclass
class Deployment:
    """``aduan serve`` (and workers) on a temp home, every channel pointed at its fake in this process."""

    mode: str
    nlu_url: str
    nlu_token: str
    pg: str
    home: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="aduan-load-")))
    procs: list[subprocess.Popen[bytes]] = field(default_factory=list)
    sides: dict[str, fake_chat.ChatChannel] = field(default_factory=dict)
    database_url: str = ""
    base: str = ""
    serve: subprocess.Popen[bytes] | None = None
    _pg_db: str | None = None

    def start(self) -> None:
        shipped = settings.load(env={})
        self.sides = {name: side() for name, side in SIDES.items()}
        blocks = {
            name: {**side.start(shipped.channels[name]), "per_chat_interval": 0.0}
            for name, side in self.sides.items()
        }
        broker = "inprocess"
        if self.mode == "embedded":
            self.database_url = f"sqlite:///{self.home / 'aduan.sqlite3'}"
        else:
            self.database_url = self._create_pg()
            broker = self._start_redis()
        db.upgrade(self.database_url)
        port = free_port()
        config = {
            "database": {"url": self.database_url},
            "queue": {"broker": broker, "workers": CONCURRENCY["embedded"]},  # the shipped 15 s sweep
            "nlu": {"url": self.nlu_url, "token": self.nlu_token},
            "web": {"port": port},
            "channels": blocks,
        }
        (self.home / "config.yml").write_text(yaml.safe_dump(config))
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("ADUAN_")} | {
            "ADUAN_HOME": str(self.home),
            "ADUAN_CONFIG": str(self.home / "config.yml"),
        }
        self.base = f"http://127.0.0.1:{port}"
        self.serve = self._spawn("serve")
        workers = {"celery1": 1, "celery2": 2}.get(self.mode, 0)
        for i in range(workers):  # each a process whose task slots are threads: tasks mostly wait on I/O
            beat = ["--beat"] if i == 0 else []
            self._spawn("worker", "--pool", "threads", "--concurrency", str(WORKER_THREADS), *beat)
        self._wait_healthy()

    def _spawn(self, *command: str) -> subprocess.Popen[bytes]:
        log = (self.home / f"{command[0]}-{len(self.procs)}.log").open("wb")
        proc = subprocess.Popen(
            [sys.executable, "-m", "aduan", *command],
            cwd=REPO,
            env=self.env,
            stdout=log,
            stderr=log,
            start_new_session=True,
        )
        self.procs.append(proc)
        return proc

    def _start_redis(self) -> str:
        port = free_port()
        self.procs.append(
            subprocess.Popen(
                [
                    "redis-server",
                    "--port",
                    str(port),
                    "--bind",
                    "127.0.0.1",
                    "--save",
                    "",
                    "--appendonly",
                    "no",
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
        )
        time.sleep(0.5)
        return f"redis://127.0.0.1:{port}/0"

    def _create_pg(self) -> str:
        self._pg_db = f"aduan_load_{os.getpid()}_{self.mode}"
        admin = create_engine(self.pg, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {self._pg_db}"))
            conn.execute(text(f"CREATE DATABASE {self._pg_db}"))
        admin.dispose()
        return make_url(self.pg).set(database=self._pg_db).render_as_string(hide_password=False)

    def _wait_healthy(self, timeout: float = 300) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.base}/healthz", timeout=3).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if self.serve is not None and self.serve.poll() is not None:
                break
            time.sleep(0.5)
        raise RuntimeError(f"aduan serve did not become healthy; see {self.home}/serve-0.log")

    def rss_mib(self) -> float:
        """Resident memory of ``aduan serve`` (MiB), from /proc."""
        assert self.serve is not None
        for line in Path(f"/proc/{self.serve.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return float("nan")

    def stop(self) -> None:
        for proc in reversed(self.procs):
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in self.procs:
            try:
                proc.wait(timeout=40)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        for side in self.sides.values():
            side.stop()
        if self._pg_db:
            admin = create_engine(self.pg, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text(f"DROP DATABASE IF EXISTS {self._pg_db} WITH (FORCE)"))
            admin.dispose()
        shutil.rmtree(self.home, ignore_errors=True)


@contextmanager
def deployed(mode: str, nlu: tuple[str, str], pg: str) -> Iterator[Deployment]:
    deployment = Deployment(mode, nlu[0], nlu[1], pg)
    try:
        deployment.start()
        yield deployment
    finally:
        deployment.stop()


# -- the load --------------------------------------------------------------------------------------------


@dataclass
class Sent:
    channel: str
    user: str
    posted_at: float  # wall clock (time.time()), comparable with the database's timestamps
    latency: float = float("nan")
    status: int = 0


class Load:
    """Posts signed webhooks at a fixed rate (open loop: a slow answer does not slow the sending)."""

    def __init__(self, deployment: Deployment) -> None:
        self.deployment = deployment
        self.channels = itertools.cycle(sorted(deployment.sides))
        self.local = threading.local()

    def _client(self) -> httpx.Client:
        if not hasattr(self.local, "http"):
            self.local.http = httpx.Client(timeout=30)
        return self.local.http  # type: ignore[no-any-return]

    def _post(self, sent: Sent, body: bytes, headers: dict[str, str]) -> None:
        started = time.perf_counter()
        try:
            response = self._client().post(
                f"{self.deployment.base}/webhooks/{sent.channel}", content=body, headers=headers
            )
            sent.status = response.status_code
        except httpx.HTTPError:
            sent.status = -1
        sent.latency = time.perf_counter() - started

    def run(self, rate: float, seconds: float, budget: int) -> list[Sent]:
        count = min(budget, int(rate * seconds))
        sent: list[Sent] = []
        with ThreadPoolExecutor(max_workers=64) as pool:
            start = time.perf_counter()
            for i in range(count):
                delay = start + i / rate - time.perf_counter()
                if delay > 0:
                    time.sleep(delay)
                channel = next(self.channels)
                side = self.deployment.sides[channel]
                user = str(next(_users))
                body = json.dumps(side.text(user, TEXTS[i % len(TEXTS)])).encode()
                headers = {"Content-Type": "application/json", **side.headers(body)}
                item = Sent(channel, user, time.time())
                sent.append(item)
                pool.submit(self._post, item, body, headers)
        return sent


def first_replies(database_url: str) -> dict[tuple[str, str], float]:
    """(channel, platform user id) -> when the first reply to that citizen was accepted (epoch seconds)."""
    engine = create_engine(database_url)
    with Session(engine) as session:
        rows = session.execute(
            select(Outbox.channel, Outbox.recipient_id, Outbox.sent_at).where(Outbox.sent_at.is_not(None))
        ).all()
    engine.dispose()
    found: dict[tuple[str, str], float] = {}
    for channel, recipient, sent_at in rows:
        assert sent_at is not None
        at = (sent_at if sent_at.tzinfo else sent_at.replace(tzinfo=UTC)).timestamp()
        key = (channel, recipient)
        found[key] = min(at, found.get(key, at))
    return found


def wait_drained(deployment: Deployment, sent: list[Sent], timeout: float) -> dict[tuple[str, str], float]:
    deadline = time.monotonic() + timeout
    while True:
        replies = first_replies(deployment.database_url)
        if (
            all((s.channel, s.user) in replies for s in sent if s.status == 200)
            or time.monotonic() > deadline
        ):
            return replies
        time.sleep(1)


def report_step(
    rate: float,
    seconds: float,
    sent: list[Sent],
    replies: dict[tuple[str, str], float],
    cpu: dict[str, float],
) -> float:
    """Prints one row; returns the replies/s completed within the step's window.

    ``cpu``: CPU milliseconds per message of aduan, Rasa and the bench over the step and its drain.
    """
    ok = [s for s in sent if s.status == 200]
    latencies = [s.latency for s in sent if s.status > 0]
    e2e = [replies[(s.channel, s.user)] - s.posted_at for s in ok if (s.channel, s.user) in replies]
    window_end = sent[0].posted_at + seconds if sent else 0
    done_in_window = sum(1 for s in ok if replies.get((s.channel, s.user), float("inf")) <= window_end)
    completed = done_in_window / seconds
    print(
        f"{rate:>7.1f} {len(sent):>6} {len(ok) / seconds:>9.1f} "
        f"{1000 * percentile(latencies, 0.5):>8.1f} {1000 * percentile(latencies, 0.95):>8.1f} "
        f"{1000 * percentile(latencies, 0.99):>8.1f} {1000 * percentile(e2e, 0.5):>9.0f} "
        f"{1000 * percentile(e2e, 0.95):>9.0f} {len(e2e):>6} {completed:>9.2f}"
        f" {cpu['aduan']:>8.1f} {cpu['rasa']:>6.1f} {cpu['bench']:>7.1f}",
        flush=True,
    )
    return completed


WORKER_THREADS = 8  # task slots of each `aduan worker --pool threads` process
CONCURRENCY = {
    "embedded": 8,
    "celery1": WORKER_THREADS,
    "celery2": 2 * WORKER_THREADS,
}  # tasks at once: queue.workers threads, or the worker processes' threads


def bench_mode(mode: str, nlu: tuple[str, str], args: argparse.Namespace, bare: dict[int, float]) -> None:
    workers = {"embedded": "in-process queue, SQLite",
               "celery1": "Celery on Redis, PostgreSQL, 1 worker process",
               "celery2": "Celery on Redis, PostgreSQL, 2 worker processes"}[mode]  # fmt: skip
    print(f"\n== {mode}: aduan serve (waitress) + {workers}; {uptime()}")
    with deployed(mode, nlu, args.pg) as deployment:
        load = Load(deployment)
        wait_drained(deployment, load.run(1, 3, 3), args.drain)  # warm-up: first parses, connections
        group = rasa_group(nlu[0])
        meter = CpuMeter({"aduan": [p.pid for p in deployment.procs], "rasa": [group] if group else []})
        print(f"{'rate/s':>7} {'sent':>6} {'accept/s':>9} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} "
              f"{'e2e p50':>9} {'e2e p95':>9} {'replied':>6} {'replies/s':>9} "
              f"{'cpu ms/msg: aduan':>8} {'rasa':>6} {'bench':>7}")  # fmt: skip
        budget, best, costs = args.max_messages, 0.0, []
        for rate in args.rates:
            if budget <= 0:
                break
            before = meter.read()
            sent = load.run(rate, args.step_seconds, budget)
            budget -= len(sent)
            replies = wait_drained(deployment, sent, args.drain)
            cpu = CpuMeter.per_item(before, meter.read(), len(sent))
            costs.append(cpu)
            best = max(best, report_step(rate, args.step_seconds, sent, replies, cpu))
        parses = bare[CONCURRENCY[mode]]
        print(
            f"best replies/s {best:.2f}; bare Rasa at the same concurrency ({CONCURRENCY[mode]})"
            f" {parses:.2f} parses/s; ratio {best / parses:.2f}"
            f" (aduan serve RSS {deployment.rss_mib():.0f} MiB); {uptime()}"
        )
        if costs:
            aduan = min(c["aduan"] for c in costs)
            rasa = min(c["rasa"] for c in costs) or float("nan")
            print(
                f"CPU per message, least over the steps: aduan {aduan:.1f} ms (web, queue, dialogue,"
                f" database, sends), Rasa {rasa:.1f} ms; aduan needs {aduan / rasa:.2f} cores per Rasa core"
            )


def soak(nlu: tuple[str, str], args: argparse.Namespace) -> None:
    print(f"\n== soak: embedded default at {args.soak_rate}/s for {args.soak} min; {uptime()}")
    with deployed("embedded", nlu, args.pg) as deployment:
        load = Load(deployment)
        load.run(args.soak_rate, 30, 10**9)  # warm-up
        base = deployment.rss_mib()
        print(f"{'minute':>6} {'RSS MiB':>8} {'growth':>7} {'sent':>6} {'accepted':>8}")
        print(f"{0:>6} {base:>8.1f} {0:>6.1f}%")
        every = max(1.0, args.soak / 10)
        elapsed = 0.0
        while elapsed < args.soak:
            step = min(every, args.soak - elapsed)
            sent = load.run(args.soak_rate, step * 60, 10**9)
            elapsed += step
            rss = deployment.rss_mib()
            accepted = sum(s.status == 200 for s in sent)
            print(
                f"{elapsed:>6.1f} {rss:>8.1f} {100 * (rss / base - 1):>6.1f}% {len(sent):>6} {accepted:>8}",
                flush=True,
            )
        print(uptime())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rates", type=lambda s: [float(x) for x in s.split(",")], default=[2, 4, 8, 16])
    parser.add_argument("--step-seconds", type=float, default=15)
    parser.add_argument("--max-messages", type=int, default=1500, help="per mode")
    parser.add_argument("--drain", type=float, default=120, help="seconds to wait for the replies of a step")
    parser.add_argument("--modes", type=lambda s: s.split(","), default=["embedded", "celery1", "celery2"])
    parser.add_argument("--parses", type=int, default=200, help="bare Rasa parses to time")
    parser.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres",
                        help="a PostgreSQL where the run may create and drop its own database")  # fmt: skip
    parser.add_argument("--soak", type=float, default=0, help="minutes of soak on the embedded default")
    parser.add_argument("--soak-rate", type=float, default=2)
    parser.add_argument("--workers", type=int, default=settings.load(env={}).queue.workers,
                        help="the embedded default's worker threads (queue.workers)")  # fmt: skip
    args = parser.parse_args(argv)
    CONCURRENCY["embedded"] = args.workers
    logging.basicConfig(level=logging.WARNING)
    from aduan.cli import nlu_service

    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; {uptime()}")
    print(f"channels: {', '.join(sorted(SIDES))}; {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    with nlu_service(settings.load()) as nlu:
        bare_parse(*nlu, 20, 1)  # warm-up
        bare = {}
        for clients in sorted({CONCURRENCY[mode] for mode in args.modes}):
            bare[clients] = bare_parse(*nlu, args.parses, clients)
            print(f"bare Rasa: {bare[clients]:.2f} parses/s ({args.parses} parses, {clients} client threads)")
        for mode in args.modes:
            bench_mode(mode, nlu, args, bare)
        if args.soak:
            soak(nlu, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
