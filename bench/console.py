"""Benchmark of the staff console: server time of its pages over 100,000 tickets on PostgreSQL.

Generates ``--tickets`` tickets (spread over a year, every category, channel and kelurahan, each with
its citizen's message and two to four events) in a database of its own, then times, through the real
app in-process (no network, so the figure is the server's time), the pages an officer opens every
morning: the queue with default filters, with one filter, with a text search, a ticket page and the
dashboard, each as an admin (everything) and as an officer of one agency. Printed: p50 and p95 over
``--runs`` requests of each. Target: every p95 under 300 ms. Figures are printed; nothing passes or fails.

Usage: python bench/console.py [--url postgresql+psycopg://postgres@127.0.0.1:5432/aduan_bench_console]
                               [--tickets 100000] [--runs 30] [--keep]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from sqlalchemy import create_engine, insert, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from aduan import settings  # noqa: E402
from aduan.cli import area_rows  # noqa: E402
from jobs import runtime  # noqa: E402
from nlu.places import DATA_DIR  # noqa: E402
from store import db, repo  # noqa: E402
from store.models import Citizen, Identity, Message, Staff, Ticket, TicketEvent  # noqa: E402
from web import create_app  # noqa: E402
from web.console.passwords import hash_password  # noqa: E402

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/aduan_bench_console"
PASSWORD = "bench-password-1"
WORDS = (
    "sampah menumpuk",
    "jalan berlubang",
    "lampu mati",
    "banjir setinggi lutut",
    "saluran mampet",
    "pohon tumbang",
    "parkir liar",
    "pedagang kaki lima",
    "air keruh",
    "pungli di kantor",
)
CHANNELS = ("telegram", "whatsapp", "twitter", "telegram", "whatsapp")
STATES = (
    "menunggu",
    "diverifikasi",
    "disposisi",
    "koordinasi",
    "proses",
    "selesai",
    "selesai",
    "selesai",
    "ditolak",
    "duplikat",
)
BATCH = 5000
CSRF_RE = re.compile(r'name="csrf_token" value="([0-9a-f]+)"')


def fresh_database(url: str) -> None:
    """Drops and creates the benchmark's database, then migrates it."""
    parsed = make_url(url)
    admin = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{parsed.database}"'))
        conn.execute(text(f'CREATE DATABASE "{parsed.database}"'))
    admin.dispose()
    db.upgrade(url)


def generate(rt: runtime.Runtime, n: int, seed: int = 17) -> None:
    """Writes ``n`` tickets with citizens, identities, messages and events, in batches of core INSERTs."""
    rng = random.Random(seed)
    # Tickets arrive in time order, as in production: a higher id is never older, so a period's tickets
    # lie together in the table (drawn at random, a month's tickets would touch every page of a year).
    ages = sorted((rng.randrange(365 * 24 * 60) for _ in range(n)), reverse=True)
    cfg = rt.cfg
    kelurahan = [r["kode"] for r in area_rows(DATA_DIR) if r["level"] == "kelurahan"]
    categories = list(cfg.categories)
    now = datetime.now(UTC)
    with rt.Session.begin() as session:
        repo.sync_areas(session, area_rows(DATA_DIR))
        session.execute(text("UPDATE counters SET value = :n WHERE name = 'ticket'"), {"n": n})
    for start in range(0, n, BATCH):
        count = min(BATCH, n - start)
        with rt.Session.begin() as session:
            first_id = start + 1
            session.execute(
                insert(Citizen),
                [{"id": first_id + i, "language": "id", "created_at": now} for i in range(count)],
            )
            session.execute(
                insert(Identity),
                [
                    {
                        "id": first_id + i,
                        "citizen_id": first_id + i,
                        "channel": CHANNELS[(start + i) % len(CHANNELS)],
                        "platform_user_id": str(900_000_000 + start + i),
                        "unreachable": False,
                        "created_at": now,
                    }
                    for i in range(count)
                ],
            )
            tickets, messages, events = [], [], []
            for i in range(count):
                tid = first_id + i
                kel = rng.choice(kelurahan)
                category = rng.choice(categories)
                created = now - timedelta(minutes=ages[tid - 1])
                state = rng.choice(STATES)
                first = created + timedelta(hours=rng.expovariate(1 / 8)) if state != "menunggu" else None
                closed = state in ("selesai", "ditolak", "duplikat")
                resolved = (first or created) + timedelta(hours=rng.expovariate(1 / 48)) if closed else None
                description = (
                    f"{rng.choice(WORDS)} di dekat {rng.choice(WORDS).split()[0]} no {rng.randrange(999)}"
                )
                tickets.append(
                    {
                        "id": tid,
                        "number": f"ADU-{tid:06d}",
                        "category": category,
                        "description": description,
                        "kelurahan": kel,
                        "kecamatan": kel.rsplit(".", 1)[0],
                        "kota": ".".join(kel.split(".")[:2]),
                        "place_text": "dekat pasar",
                        "media": [],
                        "agency_code": cfg.categories[category].agency,
                        "state": state,
                        "citizen_id": tid,
                        "identity_id": tid,
                        "channel": CHANNELS[(start + i) % 5],
                        "language": "id",
                        "supporters": 1,
                        "created_at": created,
                        "updated_at": resolved or created,
                        "due_at": created + timedelta(hours=cfg.categories[category].sla_hours),
                        "first_response_at": first,
                        "resolved_at": resolved,
                        "overdue": rng.random() < 0.05,
                        "version": 0,
                    }
                )
                messages.append(
                    {
                        "direction": "in",
                        "channel": tickets[-1]["channel"],
                        "identity_id": tid,
                        "ticket_id": tid,
                        "text": description,
                        "media": [],
                        "entities": [],
                        "intent": f"lapor_{category}",
                        "category": category,
                        "confidence": 0.9,
                        "received_at": created,
                        "processed_at": created,
                        "attempts": 0,
                        "created_at": created,
                        "platform_message_id": f"b{tid}",
                    }
                )
                events.append(
                    {
                        "ticket_id": tid,
                        "at": created,
                        "actor": f"citizen:{tid}",
                        "kind": "created",
                        "to_state": "menunggu",
                    }
                )
                if first is not None:
                    events.append(
                        {
                            "ticket_id": tid,
                            "at": first,
                            "actor": "staff:bench",
                            "kind": "state",
                            "from_state": "menunggu",
                            "to_state": "disposisi",
                        }
                    )
                if resolved is not None:
                    events.append(
                        {
                            "ticket_id": tid,
                            "at": resolved,
                            "actor": "staff:bench",
                            "kind": "state",
                            "from_state": "disposisi",
                            "to_state": state,
                        }
                    )
            session.execute(insert(Ticket), tickets)
            session.execute(insert(Message), messages)
            session.execute(insert(TicketEvent), events)
        print(f"  {start + count:>7} tickets written", file=sys.stderr)
    with rt.Session.begin() as session:
        for table in ("citizens", "identities", "tickets", "messages", "ticket_events"):
            session.execute(
                text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
            )
        hashed = hash_password(PASSWORD)
        session.add_all(
            [
                Staff(username="bench-admin", password_hash=hashed, role="admin"),
                Staff(username="bench-dlh", password_hash=hashed, role="officer", agency_code="dlh"),
            ]
        )


def vacuum(url: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("VACUUM ANALYZE"))
    engine.dispose()


def timed(client: object, url: str, runs: int) -> tuple[float, float, float]:
    """The first GET of ``url`` (cold: nothing kept yet), then p50 and p95 of ``runs`` more, in ms."""
    get = client.get  # type: ignore[attr-defined]
    started = time.perf_counter()
    assert get(url).status_code == 200, url
    first = (time.perf_counter() - started) * 1000
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        response = get(url)
        samples.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, url
    samples.sort()
    return (
        first,
        statistics.median(samples),
        samples[min(len(samples) - 1, int(round(0.95 * (len(samples) - 1))))],
    )


def sign_in(app: object, username: str) -> object:
    client = app.test_client()  # type: ignore[attr-defined]
    token = CSRF_RE.search(client.get("/console/signin").get_data(as_text=True))
    assert token
    response = client.post(
        "/console/signin", data={"username": username, "password": PASSWORD, "csrf_token": token.group(1)}
    )
    assert response.status_code == 302, response.status_code
    return client


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default=os.environ.get("ADUAN_BENCH_DATABASE_URL", DEFAULT_URL))
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--keep", action="store_true", help="reuse the database of an earlier run as it is")
    args = parser.parse_args()
    cfg = settings.load().merged({"database": {"url": args.url}})
    if not args.keep:
        print(
            f"bench: generating {args.tickets} tickets in {make_url(args.url).database}...", file=sys.stderr
        )
        fresh_database(args.url)
        started = time.perf_counter()
        rt = runtime.build(cfg)
        generate(rt, args.tickets)
        vacuum(args.url)  # what autovacuum does to a live database: fresh statistics and visibility map
        print(f"bench: generated in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    else:
        rt = runtime.build(cfg)
    app = create_app(rt=rt)
    number = f"ADU-{args.tickets // 2:06d}"
    pages = [
        ("queue, default filters", "/console/tickets"),
        ("queue, one filter (category)", "/console/tickets?category=jalan"),
        ("queue, text search", "/console/tickets?q=berlubang+dekat"),
        ("queue, number search", f"/console/tickets?q={number}"),
        ("ticket page", f"/console/tickets/{number}"),
        ("dashboard, 30 days", "/console/dashboard"),
        ("dashboard, 365 days", "/console/dashboard?days=365"),
    ]
    print(f"cores: {os.cpu_count()}; tickets: {args.tickets}; runs per page: {args.runs}; PostgreSQL")
    print("load average before: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    print(f"{'page':32s} {'role':8s} {'first ms':>9s} {'p50 ms':>8s} {'p95 ms':>8s}")
    for username, role in (("bench-admin", "admin"), ("bench-dlh", "officer")):
        client = sign_in(app, username)
        for name, url in pages:
            if role == "officer" and url.endswith(number):
                url = url.replace(number, _own_ticket(rt))
            first, p50, p95 = timed(client, url, args.runs)
            print(f"{name:32s} {role:8s} {first:9.1f} {p50:8.1f} {p95:8.1f}")
    print("load average after: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    rt.close()
    return 0


def _own_ticket(rt: runtime.Runtime) -> str:
    with rt.Session() as session:
        return str(
            session.scalar(text("SELECT number FROM tickets WHERE agency_code = 'dlh' ORDER BY id LIMIT 1"))
        )


if __name__ == "__main__":
    raise SystemExit(main())
