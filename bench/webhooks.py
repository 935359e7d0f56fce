"""Benchmark of the webhooks: how many signed messages a second the app accepts, how fast it answers,
and how long a message takes from the webhook to the bot's reply reaching the platform.

Two parts, both on loopback, with the machine's core count printed first:

* **acknowledgement** — the app (werkzeug, threaded, in a process of its own so the clients do not share
  its interpreter lock) on a temp SQLite database, with a queue that only counts: each POST is verified,
  parsed, saved and answered, which is what a platform waits for. ``--clients`` threads, each with a
  keep-alive httpx client, post ``--n`` distinct, correctly signed webhooks per platform (each channel
  with a local fake, ``fakes/<platform>.py``): once with every message from a new citizen (identity rows too),
  once from ``--citizens`` returning ones. Printed: accepted messages/s, p50/p95/p99 latency, rows stored.
* **end to end** — the same app with the in-process queue, a Rasa server (``nlu.url`` when it answers,
  else a local one started for the run, as ``aduan chat`` does) and the ``--channel`` platform's fake
  (Telegram's by default): the time from POSTing an update to the reply arriving at the fake, over
  ``--e2e`` messages sent one after the other by different citizens. Printed: median, p95, max.

Figures are printed; nothing passes or fails on time.

Usage: python bench/webhooks.py [--n 1000] [--clients 4] [--citizens 20] [--e2e 30] [--channel telegram]
                              [--no-e2e] [--no-ack]
"""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

import httpx  # noqa: E402
from sqlalchemy import text  # noqa: E402
from werkzeug.serving import make_server  # noqa: E402

from aduan import settings  # noqa: E402
from fakes import chat as fake_chat  # noqa: E402
from fakes.server import ServerThread  # noqa: E402
from jobs import runtime  # noqa: E402
from jobs.inprocess import InProcessQueue  # noqa: E402
from store import db  # noqa: E402
from web import create_app  # noqa: E402

SIDES = fake_chat.channels()  # each platform's side of a chat: its fake API and the webhooks it signs
PLATFORMS = tuple(SIDES)
TEXTS = (
    "lampu jalan mati di kel. pejaten timur",
    "sampah numpuk belum diangkut 3 hari di jl. kemang raya",
    "halo min",
    "jalan berlubang gede depan halte transjakarta kuningan",
    "banjir setinggi lutut di kelurahan kampung melayu",
    "status ADU-000001",
)
Signed = tuple[bytes, dict[str, str]]


def bench_config(database_url: str, sides: dict[str, fake_chat.ChatChannel]) -> settings.Config:
    """The repository's configuration on ``database_url``, each channel of ``sides`` pointed at its fake."""
    cfg = settings.load(overrides={"database": {"url": database_url}})
    blocks = {
        name: {**side.start(cfg.channels[name]), "per_chat_interval": 0.0} for name, side in sides.items()
    }
    return cfg.merged({"channels": blocks})


def signed_update(side: fake_chat.ChatChannel, i: int, citizens: int = 0) -> Signed:
    """A distinct, correctly signed webhook body (message ``i``) with its headers.

    ``citizens`` > 0 spreads the messages over that many senders; 0 gives each message a new one.
    """
    words = TEXTS[i % len(TEXTS)]
    i = i % citizens if citizens > 0 else i
    body = json.dumps(side.text(str(700_000 + i), words)).encode()
    return body, {"Content-Type": "application/json", **side.headers(body)}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


@contextmanager
def serving(rt: runtime.Runtime) -> Iterator[str]:
    """The app on a free loopback port (werkzeug, a thread per request); yields its base URL."""
    with ServerThread(create_app(rt=rt)) as server:
        yield server.url


def _serve_counting(database_url: str, conn: Connection) -> None:
    """Child process: the app with a counting queue, served until the parent terminates it."""
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    sides = {name: side() for name, side in SIDES.items()}  # their fakes answer nothing here: no sends
    rt = runtime.build(bench_config(database_url, sides))
    rt.queue = runtime.RecordingQueue()
    server = make_server("127.0.0.1", 0, create_app(rt=rt), threaded=True)
    conn.send(f"http://127.0.0.1:{server.server_port}")
    server.serve_forever()


@contextmanager
def serving_apart(database_url: str) -> Iterator[str]:
    """The app served by another process, so the clients' threads do not share its interpreter lock."""
    parent, child = multiprocessing.get_context("spawn").Pipe()
    process = multiprocessing.get_context("spawn").Process(target=_serve_counting, args=(database_url, child))
    process.start()
    try:
        if not parent.poll(120):
            raise RuntimeError("the app did not start within 120 s")
        yield parent.recv()
    finally:
        process.terminate()
        process.join(10)


def stored_messages(database_url: str) -> int:
    engine = db.make_engine(database_url)
    with engine.connect() as conn:
        count = conn.execute(text("SELECT count(*) FROM messages")).scalar_one()
    engine.dispose()
    return int(count)


def post_all(url: str, bodies: list[Signed], clients: int) -> tuple[float, list[float], int]:
    """Posts every body from ``clients`` threads; returns wall time, latencies (s) and non-200 answers."""
    latencies: list[float] = []
    failures = [0]
    lock = threading.Lock()

    def client(share: list[Signed]) -> None:
        mine, bad = [], 0
        with httpx.Client(timeout=30) as http:
            for body, headers in share:
                started = time.perf_counter()
                response = http.post(url, content=body, headers=headers)
                mine.append(time.perf_counter() - started)
                bad += response.status_code != 200
        with lock:
            latencies.extend(mine)
            failures[0] += bad

    threads = [threading.Thread(target=client, args=(bodies[k::clients],)) for k in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started, latencies, failures[0]


def bench_ack(n: int, clients: int, citizens: int) -> None:
    """Part one: accepted messages/s and acknowledgement latency per platform."""
    senders = f"from {citizens} citizens" if citizens else "each from a new citizen"
    print(
        f"\nacknowledgement: {n} signed webhooks per platform ({senders}), {clients} client threads,"
        " the app in its own process (werkzeug, threaded), SQLite (WAL), loopback"
    )
    columns = ("msg/s", "p50 ms", "p95 ms", "p99 ms")
    print(f"{'platform':<10}" + "".join(f"{c:>9}" for c in columns) + f"{'stored':>8}{'non-200':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.sqlite3"
        db.upgrade(url)
        sides = {name: side() for name, side in SIDES.items()}  # the same secrets as the app's
        with serving_apart(url) as base:
            warm = next(iter(sides))
            post_all(f"{base}/webhooks/{warm}", [signed_update(sides[warm], 10**6 + i) for i in range(50)], 1)
            for platform, side in sides.items():
                bodies = [signed_update(side, i, citizens) for i in range(n)]
                before = stored_messages(url)
                wall, latencies, bad = post_all(f"{base}/webhooks/{platform}", bodies, clients)
                stored = stored_messages(url) - before
                print(
                    f"{platform:<10} {n / wall:>8.0f} {1000 * statistics.median(latencies):>8.1f} "
                    f"{1000 * percentile(latencies, 0.95):>8.1f} {1000 * percentile(latencies, 0.99):>8.1f} "
                    f"{stored:>7} {bad:>8}"
                )


def wait_reply(side: fake_chat.ChatChannel, user: str, timeout: float = 60) -> bool:
    """Whether a reply reached ``user`` at the platform's fake within ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if side.new_replies(user):
            return True
        time.sleep(0.002)
    return False


def rasa_ready(cfg: settings.Config) -> bool:
    """Whether a Rasa server answers at ``nlu.url``, or a model for the current data exists to start one.

    The bench never trains (a training takes minutes and both cores): run ``aduan nlu train`` first.
    """
    from nlu import train
    from nlu.server import is_up

    nlu = cfg.nlu
    if nlu.url and is_up(nlu.url, nlu.token, timeout=3):
        return True
    fingerprint = train.fingerprint(settings.gazetteer_dir(nlu.data_dir))
    return train.model_path(settings.resolve_path(nlu.model_dir), fingerprint).exists()


def bench_e2e(count: int, channel: str) -> None:
    """Part two: webhook to reply at the platform's fake, with the in-process queue and a real Rasa."""
    from aduan.cli import nlu_service

    if not rasa_ready(settings.load()):
        print(
            "\nend to end: skipped - no Rasa answers at nlu.url and no model matches the current training"
            " data (run `aduan nlu train` first; the bench does not train)"
        )
        return
    side = SIDES[channel]()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/e2e.sqlite3"
        db.upgrade(url)
        cfg = bench_config(url, {channel: side})
        try:
            with nlu_service(cfg) as (nlu_url, token):
                rt = runtime.build(cfg, nlu_url=nlu_url, nlu_token=token)
                queue = InProcessQueue(rt, workers=cfg.queue.workers, sweep_seconds=5.0).start()
                try:
                    with serving(rt) as base:
                        times = e2e_times(f"{base}/webhooks/{channel}", side, count)
                finally:
                    queue.stop()
                    rt.close()
        finally:
            side.stop()
    if not times:
        print("end to end: no reply arrived")
        return
    print(
        f"\nend to end on {channel}: webhook -> queue -> Rasa -> router -> Outbox -> the platform's library"
        f" -> its fake, {len(times)} messages one after the other"
        f" ({count - len(times)} without a reply in 60 s)"
    )
    print(
        f"median {1000 * statistics.median(times):.0f} ms, p95 {1000 * percentile(times, 0.95):.0f} ms, "
        f"max {1000 * max(times):.0f} ms"
    )


def e2e_times(url: str, side: fake_chat.ChatChannel, count: int) -> list[float]:
    """Seconds from each POST to its reply at the fake; one new citizen per message, after a warm-up one."""
    times = []
    with httpx.Client(timeout=30) as http:
        for i in range(-1, count):
            body, headers = signed_update(side, 900_000 + i)
            user = str(700_000 + 900_000 + i)
            started = time.perf_counter()
            answered = http.post(url, content=body, headers=headers).status_code == 200 and wait_reply(
                side, user
            )
            if answered and i >= 0:  # the first one warms Rasa and the connection pools
                times.append(time.perf_counter() - started)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="webhooks per platform (acknowledgement part)")
    parser.add_argument("--clients", type=int, default=4, help="client threads (acknowledgement part)")
    parser.add_argument(
        "--citizens",
        type=int,
        default=20,
        help="also run the acknowledgement part with messages from this many returning citizens (0: no)",
    )
    parser.add_argument("--e2e", type=int, default=30, help="messages in the end-to-end part")
    parser.add_argument(
        "--channel", choices=PLATFORMS, default="telegram", help="the end-to-end part's platform"
    )
    parser.add_argument("--no-e2e", action="store_true", help="skip the end-to-end part (no Rasa needed)")
    parser.add_argument("--no-ack", action="store_true", help="skip the acknowledgement part")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    affinity = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"machine: {os.cpu_count()} cores ({affinity} usable here), Python {sys.version.split()[0]}")
    if not args.no_ack:
        bench_ack(args.n, args.clients, 0)
    if args.citizens and not args.no_ack:
        bench_ack(args.n, args.clients, args.citizens)
    if not args.no_e2e:
        bench_e2e(args.e2e, args.channel)
    return 0


if __name__ == "__main__":
    sys.exit(main())
