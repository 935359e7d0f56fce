"""The queue the integration tests run on keeps up: in-process, or Celery on ``ADUAN_TEST_QUEUE``'s broker.

On RabbitMQ the embedded Celery worker once ran its tasks in the ``solo`` pool, inside the event loop's
socket reader. A finished task's late ack was then left in the loop's ready set while the loop slept in
``poll`` until its next timer (about 10 s); with prefetch 1 the broker sends nothing more until that ack,
so every queued task could wait 10 s, the beat's sweeps piled up faster than they ran, and a conversation's
second message was not read within 60 s (tests/celery_mode.py, docs/scale.md). Queued tasks must run back
to back.
"""

from __future__ import annotations

import time
from pathlib import Path

from jobs.runtime import Runtime
from tests.conftest import start_queue

TASKS = 40
# 40 lookups of a missing row take well under a second even on the loaded shared machine; one stalled ack
# alone costs about 10 s.
BOUND_SECONDS = 8.0


def test_queued_tasks_run_back_to_back(rt: Runtime, tmp_path: Path) -> None:
    queue = start_queue(rt, tmp_path)
    try:
        started = time.monotonic()
        for n in range(TASKS):
            queue.enqueue("process", 10**9 + n, key=n)  # no such message: each task is one lookup
        idle = queue.wait_idle(60)
        elapsed = time.monotonic() - started
    finally:
        queue.stop()
    assert idle, "the queue did not drain within 60 s"
    assert elapsed < BOUND_SECONDS, f"{TASKS} trivial tasks took {elapsed:.1f} s"
