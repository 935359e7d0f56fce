"""Late acks per Celery pool, measured: the gap between one task's end and the next one's start.

A Celery app with Aduan's queue settings (late acks, prefetch 1) and one 0.5 s task, on the broker given.
For each pool, ``--tasks`` tasks are queued at once and a worker with one slot runs them, either embedded
(Celery's test worker in a thread, as ``tests/celery_mode.py`` runs it) or as a real ``celery worker``
process (as ``aduan worker`` runs it). Prints one line per run: the pool, the total and the gaps.
On RabbitMQ the solo pool's gaps of about 10 s are the stall ``docs/scale.md`` explains.

    .venv/bin/python bench/celery_acks.py --broker amqp://guest:guest@127.0.0.1:5672/VHOST --runs 3

The queue is ``bench_celery_acks`` (purged first): use a vhost or Redis db nobody else uses.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from celery import Celery
from celery.contrib.testing.worker import start_worker
from celery.worker import state as worker_state

QUEUE = "bench_celery_acks"
TASK_SECONDS = 0.5
app = Celery("celery_acks", broker=os.environ.get("BENCH_BROKER", "memory://"))
app.conf.update(
    task_acks_late=True,
    worker_prefetch_multiplier=1,
    task_ignore_result=True,
    broker_connection_retry_on_startup=True,
    task_default_queue=QUEUE,
)


@app.task(name="bench.slow")
def slow(log: str) -> None:
    started = time.time()
    time.sleep(TASK_SECONDS)
    with open(log, "a") as out:
        out.write(f"{started} {time.time()}\n")


def measure(log: Path, tasks: int, timeout: float) -> tuple[float, list[float]]:
    """Queues the tasks, waits for them; returns the total seconds and the gaps between tasks."""
    log.write_text("")
    started = time.monotonic()
    for _ in range(tasks):
        slow.delay(str(log))
    rows: list[tuple[float, float]] = []
    while len(rows) < tasks and time.monotonic() - started < timeout:
        time.sleep(0.05)
        rows = [(float(a), float(b)) for a, b in (line.split() for line in log.read_text().splitlines())]
    gaps = [round(nxt[0] - prev[1], 2) for prev, nxt in zip(rows, rows[1:], strict=False)]
    return time.monotonic() - started, gaps


def run(pool: str, mode: str, tasks: int, log: Path) -> str:
    app.control.purge()
    if mode == "embedded":
        with start_worker(
            app, pool=pool, concurrency=1, perform_ping_check=False, loglevel="WARNING", shutdown_timeout=30
        ) as worker:
            total, gaps = measure(log, tasks, timeout=30 + tasks * 15)
            worker_state.should_terminate = 0  # as tests/celery_mode.py: wake the idle loop to see it
            worker.hub.call_soon(lambda: None)
    else:
        argv = [sys.executable, "-m", "celery", "-A", "celery_acks", "worker", "-P", pool, "-c", "1"]
        argv += ["--loglevel", "WARNING", "--without-gossip", "--without-mingle", "--without-heartbeat"]
        env = {**os.environ, "BENCH_BROKER": app.conf.broker_url}
        worker = subprocess.Popen(argv, cwd=Path(__file__).parent, env=env, stdout=subprocess.DEVNULL)
        try:
            time.sleep(6)  # the worker connects and starts consuming
            total, gaps = measure(log, tasks, timeout=30 + tasks * 15)
        finally:
            worker.terminate()
            worker.wait(30)
    done = len(gaps) + 1 if gaps or log.read_text() else 0
    return f"{mode} {pool}: {done}/{tasks} tasks in {total:.1f} s; gaps between tasks (s): {gaps}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--broker", required=True, help="amqp://... or redis://..., a vhost or db of its own")
    parser.add_argument("--tasks", type=int, default=8)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--modes", default="embedded:solo,embedded:threads,process:solo,process:prefork")
    args = parser.parse_args()
    app.conf.broker_url = args.broker
    with tempfile.TemporaryDirectory() as tmp:
        for spec in args.modes.split(","):
            mode, pool = spec.split(":")
            for _ in range(args.runs):
                print(run(pool, mode, args.tasks, Path(tmp) / "times.log"), flush=True)


if __name__ == "__main__":
    main()
