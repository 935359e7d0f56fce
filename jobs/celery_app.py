"""Scale-out: the same task functions run by Celery workers, with Redis or RabbitMQ as the broker.

``aduan worker`` starts a worker (and, with ``--beat``, the periodic sweeper). Each worker
process builds its own Runtime on first use; the web processes only enqueue.
"""

from __future__ import annotations

import logging

from celery import Celery
from kombu.exceptions import ChannelError, OperationalError
from kombu.utils.url import maybe_sanitize_url

from aduan import settings
from aduan.errors import QueueUnavailable
from jobs import campaign, periodic, runtime, tasks

log = logging.getLogger("aduan.jobs")
_rt: runtime.Runtime | None = None
QUEUE = "celery"  # Celery's default queue: every task goes there
# A web process retries a publish briefly, then leaves the row to the sweeper rather than hold a webhook.
PUBLISH_RETRY = {"max_retries": 2, "interval_start": 0.2, "interval_step": 0.2, "interval_max": 0.5}


def _runtime() -> runtime.Runtime:
    global _rt
    if _rt is None:
        cfg = settings.load()
        _rt = runtime.build(cfg)
        _rt.queue = CeleryQueue(app)
    return _rt


def use_runtime(rt: runtime.Runtime) -> None:
    """Runs this process's tasks with ``rt`` (a worker embedded in a process that already built one)."""
    global _rt
    rt.queue = CeleryQueue(app)
    _rt = rt


def make_celery(cfg: settings.Config) -> Celery:
    """A Celery app for the configured broker, with the sweeper on beat.

    Run exactly one beat per deployment: ``aduan worker --beat`` on one worker process, plain
    ``aduan worker`` on the others. Two beats queue every periodic task twice; the tasks are
    idempotent, so that wastes work but never doubles a reply.
    """
    celery = Celery("aduan", broker=cfg.queue.broker)
    celery.conf.update(
        beat_schedule_filename=str(settings.resolve_path(cfg.storage.var_dir) / "celerybeat-schedule"),
        task_acks_late=True,  # a worker that dies mid-task leaves it for another
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_ignore_result=True,
        broker_connection_retry_on_startup=True,
        beat_schedule={
            "sweep": {"task": "aduan.sweep", "schedule": cfg.queue.sweep_seconds},
            "remind-conversations": {
                "task": "aduan.remind_conversations",
                "schedule": cfg.queue.sweep_seconds,
            },
            "check-sla": {"task": "aduan.check_sla", "schedule": cfg.sla.check_seconds},
            "survey-campaign": {
                "task": "aduan.survey_campaign",
                "schedule": cfg.survey.campaign.check_seconds,
            },
        },
    )
    interval = _poll_interval(cfg)
    if interval is not None:
        celery.conf.beat_schedule["poll"] = {"task": "aduan.poll", "schedule": interval}
    return celery


def _poll_interval(cfg: settings.Config) -> float | None:
    """How often beat asks the workers to poll: the shortest interval of the channels that poll."""
    adapters = runtime.build_adapters(cfg.channels)  # no network in an adapter's constructor
    try:
        return tasks.poll_interval(adapters)
    finally:
        for adapter in adapters.values():
            adapter.close()


app = Celery("aduan")


def configure(cfg: settings.Config) -> Celery:
    """Points the module's Celery app at the configured broker (``aduan worker`` and the web app call it)."""
    if app.conf.broker_url != cfg.queue.broker:
        # Celery caches its connection and producer pools on first publish: pointed elsewhere, it would
        # keep publishing to the previous broker (a process that configures twice, as the tests do).
        app._pool = None
        app.amqp._producer_pool = None
    app.conf.update(make_celery(cfg).conf)
    app.conf.broker_url = cfg.queue.broker
    return app


def check_broker(url: str, *, timeout: float = 3.0, attempts: int = 2) -> None:
    """Connects to the broker once (a second try after a second); at start, before anything runs.

    Raises:
        QueueUnavailable: one line naming the broker (its password masked) and the cause.
    """
    with app.connection_for_write(url, connect_timeout=timeout) as conn:
        try:
            conn.ensure_connection(
                max_retries=attempts - 1, interval_start=1, interval_step=0, timeout=timeout
            )
        except (OperationalError, OSError) as exc:
            cause = f"{exc.__class__.__name__}: {exc}"
            raise QueueUnavailable(
                f"queue: the broker at {maybe_sanitize_url(url)} cannot be reached ({cause});"
                " start it or fix queue.broker"
            ) from exc


@app.task(name="aduan.process")
def process_task(message_id: int) -> None:
    tasks.process(_runtime(), message_id)


@app.task(name="aduan.deliver")
def deliver_task(outbox_id: int) -> None:
    tasks.deliver(_runtime(), outbox_id)


@app.task(name="aduan.sweep")
def sweep_task() -> int:
    return tasks.sweep(_runtime())


@app.task(name="aduan.poll")
def poll_task() -> int:
    return tasks.poll(_runtime())


@app.task(name="aduan.remind_conversations")
def remind_conversations_task() -> int:
    return periodic.remind_conversations(_runtime())


@app.task(name="aduan.check_sla")
def check_sla_task() -> int:
    return periodic.check_sla(_runtime())


@app.task(name="aduan.survey_campaign")
def survey_campaign_task() -> int:
    return campaign.run_scheduled(_runtime())


class CeleryQueue:
    """Enqueues onto the broker; the web processes use it in scale-out mode."""

    def __init__(self, celery: Celery) -> None:
        self.celery = celery

    def enqueue(self, task: str, arg: int, *, key: int | None = None) -> None:
        """Publishes the task; with the broker away, the row waits for the sweeper (nothing is lost).

        Every task's input is already a committed row, so a webhook still answers 200 while the broker
        restarts, and beat's sweep queues the message once the broker is back.
        """
        try:
            self.celery.send_task(f"aduan.{task}", args=[arg], retry_policy=PUBLISH_RETRY)
        except (OperationalError, OSError) as exc:
            log.warning(
                "jobs: %s(%s) not queued, the broker is away; the sweeper queues it: %s", task, arg, exc
            )

    def depth(self) -> int:
        """Tasks waiting on the broker's queue (not counting those a worker holds unacknowledged)."""
        with self.celery.connection_for_read() as conn:
            try:
                declared = conn.default_channel.queue_declare(queue=QUEUE, passive=True)
            except ChannelError:  # Redis keeps no list for an empty queue
                return 0
            return int(declared.message_count)

    def start(self) -> CeleryQueue:
        return self

    def stop(self, timeout: float = 0.0) -> None:
        return None
