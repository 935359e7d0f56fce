"""Periodic jobs: reminders and expiry of half-finished reports, and the SLA check.

Both runners call these with the process's Runtime: the in-process sweeper thread and Celery
beat (``aduan worker --beat``). Each commits per item and queues the deliveries it created,
so a crash half-way loses nothing and a second run does nothing twice.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from jobs import metrics
from jobs.runtime import Runtime
from router import dialogue, sla
from store import repo
from store.models import utcnow

log = logging.getLogger("aduan.jobs")


def remind_conversations(rt: Runtime, *, now: datetime | None = None) -> int:
    """Reminds citizens of half-finished reports once, and drops (and tells them of) expired ones.

    Returns:
        How many messages were queued.
    """
    now = now or utcnow()
    quiet = timedelta(minutes=rt.cfg.conversation.remind_minutes)
    with rt.Session() as session:
        ids = repo.stale_conversations(session, before=now - quiet)
    queued = 0
    for conversation_id in ids:
        with rt.Session.begin() as session:
            rows = dialogue.remind_or_expire(session, rt.cfg, conversation_id, now=now)
            fresh = [
                (row.id, row.identity_id) for row in rows if row.status == "pending" and row.attempts == 0
            ]
        for outbox_id, identity_id in fresh:
            rt.queue.enqueue("deliver", outbox_id, key=identity_id)
        queued += len(fresh)
    return queued


def check_sla(rt: Runtime, *, now: datetime | None = None) -> int:
    """Marks overdue tickets (an event once per due time, and the agency's supervisors told).

    Returns:
        How many tickets became overdue.
    """
    with rt.Session.begin() as session:
        marked = sla.mark_overdue(session, rt.cfg, now=now or utcnow())
    metrics.SLA_BREACHES.inc(len(marked))
    return len(marked)
