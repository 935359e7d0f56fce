"""Crash recovery of the embedded default, measured: kill -9 at random moments, restart at once, count.

Runs real ``aduan serve`` processes and their real Rasa on loopback (a fake Telegram Bot API in this
process counts what citizens receive), kills them ``--kills`` times during ingest, during the NLU and
during a send, then checks that every message was processed once and every reply delivered at least
once with its duplicates counted in ``outbox.interrupted``. Prints, as JSON lines:

- restart -> serving: from starting ``aduan serve`` after a kill until ``/healthz`` says ok;
- Rasa death -> serving: from a SIGKILL of Rasa alone until ``/healthz`` says ok again;
- messages, replies, duplicates seen by the fake, interrupted sends the database counted.

    .venv/bin/python bench/recovery.py --kills 10
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.test_recovery import Deployment, kill_loop  # noqa: E402


def rasa_deaths(dep: Deployment, times: int) -> list[float]:
    """Kills Rasa alone ``times`` times; the seconds until ``aduan serve`` is healthy again, each time."""
    figures = []
    for _ in range(times):
        os.kill(dep.rasa_pid(), signal.SIGKILL)
        died = time.monotonic()
        while dep.healthy():
            time.sleep(0.05)
        figures.append(dep.wait_healthy(died))
    return figures


def summary(values: list[float]) -> dict[str, float]:
    return {"median": round(statistics.median(values), 1), "max": round(max(values), 1), "n": len(values)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--kills", type=int, default=10, help="kill -9 of aduan serve, each followed by a restart"
    )
    parser.add_argument("--rasa-deaths", type=int, default=3, help="kill -9 of Rasa alone")
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args()
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # the fake's request lines would bury the figures
    with tempfile.TemporaryDirectory(prefix="aduan-recovery-") as home:
        dep = Deployment(Path(home)).upgrade()
        try:
            loop = kill_loop(
                dep, kills=args.kills, seed=args.seed, report=lambda line: print(line, flush=True)
            )
            deaths = rasa_deaths(dep, args.rasa_deaths)
        finally:
            dep.close()
    first, restarts = loop["restart_to_serving"][0], loop["restart_to_serving"][1:]
    print(
        json.dumps(
            {
                "first_start_to_serving_s": round(first, 1),
                "restart_to_serving_s": summary(restarts),
                "rasa_death_to_serving_s": summary(deaths),
            }
        )
    )
    print(json.dumps({k: loop[k] for k in ("kills", "messages", "replies", "duplicates", "interrupted")}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
