"""The embedded default's queue: worker threads inside ``aduan serve``, plus a sweeper thread.

Tasks are partitioned by key (the citizen's identity), so one citizen's messages are
processed, and their replies sent, in order, while different citizens proceed in parallel.
Nothing is kept only in memory: every task's input is a database row, and the sweeper
re-queues whatever a crash or a restart left behind.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable

from jobs import campaign, periodic, tasks
from jobs.runtime import Runtime
from store import db

log = logging.getLogger("aduan.jobs")
Task = tuple[str, int]


class InProcessQueue:
    """N worker threads, each with its own FIFO; a task with key k always runs on worker k mod N.

    Args:
        rt: the runtime the tasks run with; its ``queue`` is set to this object.
        workers: number of worker threads.
        sweep_seconds: how often the sweeper re-queues due work.
    """

    def __init__(self, rt: Runtime, *, workers: int = 4, sweep_seconds: float = 15.0) -> None:
        self.rt = rt
        self.sweep_seconds = sweep_seconds
        self._queues: list[queue.Queue[Task | None]] = [queue.Queue() for _ in range(workers)]
        self._pending: set[Task] = set()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._idle = threading.Condition(self._lock)
        self._running = 0
        rt.queue = self

    def enqueue(self, task: str, arg: int, *, key: int | None = None) -> None:
        item = (task, arg)
        with self._lock:
            if item in self._pending:  # already waiting: the sweeper found what a worker will do anyway
                return
            self._pending.add(item)
        self._queues[(key or arg) % len(self._queues)].put(item)

    def start(self) -> InProcessQueue:
        for i, q in enumerate(self._queues):
            thread = threading.Thread(target=self._work, args=(q,), name=f"aduan-worker-{i}", daemon=True)
            thread.start()
            self._threads.append(thread)
        sweeper = threading.Thread(target=self._sweep_loop, name="aduan-sweeper", daemon=True)
        sweeper.start()
        self._threads.append(sweeper)
        return self

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        for q in self._queues:
            q.put(None)
        for thread in self._threads:
            thread.join(timeout)

    def depth(self) -> int:
        """Tasks queued and not yet started (``/metrics``)."""
        with self._lock:
            return len(self._pending)

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Waits until no task is queued or running (tests and ``aduan chat`` use it)."""
        deadline = time.monotonic() + timeout
        with self._idle:
            while self._pending or self._running:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._idle.wait(left)
        return True

    def _work(self, q: queue.Queue[Task | None]) -> None:
        while (item := q.get()) is not None:
            with self._lock:
                self._pending.discard(item)
                self._running += 1
            try:
                self._run(*item)
            finally:
                with self._idle:
                    self._running -= 1
                    self._idle.notify_all()

    def _run(self, name: str, arg: int) -> None:
        func: Callable[[Runtime, int], None] = tasks.TASKS[name]
        try:
            with db.relaxed_commits():  # what a task commits, the sweeper redoes (store/db.py)
                func(self.rt, arg)
        except Exception:  # a bug in one task must not kill the worker; the sweeper retries the row
            log.exception("jobs: task %s(%s) failed", name, arg)

    def _sweep_loop(self) -> None:
        every: dict[Callable[[Runtime], int], float] = {
            tasks.sweep: 0.0,
            periodic.remind_conversations: 0.0,
            tasks.poll: tasks.poll_interval(self.rt.adapters) or self.sweep_seconds,
            periodic.check_sla: self.rt.cfg.sla.check_seconds,
            campaign.run_scheduled: self.rt.cfg.survey.campaign.check_seconds,
        }
        next_at = dict.fromkeys(every, time.monotonic())
        while not self._stop.wait(self.sweep_seconds):
            for task, interval in every.items():
                if time.monotonic() >= next_at[task]:
                    next_at[task] = time.monotonic() + interval
                    self._periodic(task)

    def _periodic(self, task: Callable[[Runtime], int]) -> None:
        try:
            task(self.rt)
        except Exception:  # the database or a platform may be briefly unavailable; the next round retries
            log.exception("jobs: %s failed", task.__name__)
