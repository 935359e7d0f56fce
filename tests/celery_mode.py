"""Celery mode for the integration tests: a real Celery worker and beat on a real broker.

``ADUAN_TEST_QUEUE=redis://127.0.0.1:6379/5`` (or ``amqp://guest:guest@127.0.0.1:5672//``) makes the
``live`` fixture run its tasks through :class:`CeleryWorkerQueue` instead of the in-process queue:
the web app publishes to the broker, a Celery worker (Celery's own worker, in a thread of the test
process, pool ``threads`` with one thread) consumes with late acks and runs the same task functions, and
one embedded beat sends the periodic sweep. ``.ci/celery`` runs the suite this way.

Not the ``solo`` pool: it runs each task inside the worker's event loop. When the socket reader that
delivered the task ran as one of the loop's ready callbacks (it re-queues itself after every read), the
task's late ack is queued with ``hub.call_soon`` from the loop's own thread, which wakes nothing, after the
loop took its ready set: the ack waits while ``poll`` sleeps until the next timer (about 10 s; Celery 5.7,
kombu 5.7). Not on Redis, whose transport reads in the poll's event handler, not in a ready callback; on
RabbitMQ (py-amqp's reader re-queues itself), with prefetch 1, the broker delivers nothing more until
that ack, so every queued task could wait 10 s and the beat's 0.5 s sweeps piled up faster than they ran.
``aduan worker`` runs the prefork pool, whose acks are queued from the loop's result-pipe handler and go
out on the next turn (docs/scale.md). In the ``threads`` pool the ack is queued from the pool's thread,
which wakes the loop; one thread keeps the solo pool's one task at a time.
"""

from __future__ import annotations

import os
import threading
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from celery import signals
from celery.beat import EmbeddedService
from celery.contrib.testing.worker import start_worker
from celery.worker import state as worker_state

from jobs import celery_app
from jobs.runtime import Runtime

BROKER = os.environ.get("ADUAN_TEST_QUEUE", "")


class _Counts:
    """Tasks the embedded worker has received and finished (Celery's signals, sent in the worker thread)."""

    def __init__(self) -> None:
        self.received = 0
        self.finished = 0
        self.lock = threading.Lock()
        signals.task_received.connect(self._on_received, weak=False)
        signals.task_postrun.connect(self._on_finished, weak=False)

    def _on_received(self, **_: Any) -> None:
        with self.lock:
            self.received += 1

    def _on_finished(self, **_: Any) -> None:
        with self.lock:
            self.finished += 1

    def busy(self) -> bool:
        with self.lock:
            return self.received != self.finished


_counts = _Counts()


class CeleryWorkerQueue:
    """The runtime's queue in Celery mode: publishes to the broker; one worker and one beat consume it."""

    def __init__(self, rt: Runtime, *, broker: str, beat_dir: Path) -> None:
        cfg = rt.cfg.merged({"queue": {"broker": broker}, "storage": {"var_dir": str(beat_dir)}})
        self.rt = rt
        self.app = celery_app.configure(cfg)
        self.app.conf.beat_schedule_filename = str(beat_dir / "celerybeat-schedule")
        self.app.conf.worker_hijack_root_logger = False  # as `aduan worker`: pytest's log capture stays
        self._publisher = celery_app.CeleryQueue(self.app)
        self._stack = ExitStack()
        self._worker: Any = None
        self._beat: Any = None

    def enqueue(self, task: str, arg: int, *, key: int | None = None) -> None:
        self._publisher.enqueue(task, arg, key=key)

    def start(self) -> CeleryWorkerQueue:
        self.app.control.purge()  # a previous test's leftovers would name rows of another database
        celery_app.use_runtime(self.rt)
        self.rt.queue = self
        self._worker = self._stack.enter_context(
            start_worker(
                self.app,
                pool="threads",
                concurrency=1,
                perform_ping_check=False,
                shutdown_timeout=30,
                loglevel="WARNING",
            )
        )
        self._beat = EmbeddedService(self.app, thread=True)
        self._beat.start()
        return self

    def stop(self, timeout: float = 30.0) -> None:
        if self._beat is not None:
            self._beat.stop()
            self._beat = None
        if self._worker is not None:
            # start_worker's exit sets this flag and joins; the loop reads the flag between two polls, and
            # on RabbitMQ an idle loop polls until its next timer (about 10 s). A callback from here wakes it.
            worker_state.should_terminate = 0
            self._worker.hub.call_soon(lambda: None)
            self._worker = None
        self._stack.close()
        self.app.control.purge()

    def depth(self) -> int:
        return self._publisher.depth()

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Waits until the broker's queue is empty and the worker runs nothing, twice in a row."""
        deadline = time.monotonic() + timeout
        quiet = 0
        while time.monotonic() < deadline:
            quiet = quiet + 1 if self.depth() == 0 and not _counts.busy() else 0
            if quiet >= 2:
                return True
            time.sleep(0.05)
        return False
