"""Survey campaigns: invitations to the SKM survey for citizens who reported in the last period (e.g. the last
quarter), once each per period, paced within each platform's limits and messaging windows.

The job runs periodically (the in-process sweeper and Celery beat, ``survey.campaign.check_seconds``) during
the first ``survey.campaign.days`` days of a period, for the period before; ``aduan survey campaign`` runs it
by hand for any period. Each run queues at most ``survey.campaign.batch`` invitations. Pacing lives in the
database: every invitation is an Outbox row whose ``next_attempt_at`` is spaced at ``rate_share`` of its
channel's send rate (``RateLimited``) after the last one queued, so the sweeper sends them over time and
replies to citizens are never held up behind a campaign. A channel whose messaging window has closed for the
citizen (a 24-hour window, say) gets the approved template (``TemplateFallback``); one without templates is
left out this time. Opt-outs ("berhenti") are never invited again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bots.base import Adapter, TemplateFallback, messaging_window, rate_limits
from jobs.runtime import Runtime
from router import ikm, skm
from store import surveys
from store.models import Identity, Outbox, Ticket, utcnow

log = logging.getLogger("aduan.jobs")
TEMPLATE_KIND = "survey_invitation"  # a TemplateFallback channel maps it to its approved template


@dataclass(frozen=True)
class CampaignRun:
    """What one run did: the period, invitations queued, and citizens left out (no channel reaches them)."""

    period: str
    invited: int
    left_out: int


def due_period(rt: Runtime, now: datetime) -> ikm.Period | None:
    """The period a scheduled run invites for: the last one, during the first days of the next; else None."""
    spec = rt.cfg.survey.campaign
    current = ikm.period_of(now, spec.period_months)
    if not (spec.enabled and rt.cfg.survey.enabled) or now >= current.start + timedelta(days=spec.days):
        return None
    return ikm.previous(current, spec.period_months)


def run_scheduled(rt: Runtime, *, now: datetime | None = None) -> int:
    """The periodic job: invites for the due period, if any. Returns how many were invited."""
    now = now or utcnow()
    due = due_period(rt, now)
    return run(rt, due, now=now).invited if due is not None else 0


def run(
    rt: Runtime, period: ikm.Period, *, now: datetime | None = None, limit: int | None = None
) -> CampaignRun:
    """Queues one batch of invitations for ``period`` (those already invited are skipped).

    Args:
        rt: the runtime (its adapters say what each channel can do).
        period: the period whose reporters are invited.
        now: the time of the run.
        limit: at most this many (``survey.campaign.batch`` when None).

    Returns:
        What was done.
    """
    now = now or utcnow()
    spec = rt.cfg.survey.campaign
    invited, left_out, due_now = 0, 0, []
    with rt.Session.begin() as session:
        found = surveys.campaign_candidates(
            session, start=period.start, end=period.end, period=period.label, limit=limit or spec.batch
        )
        slots: dict[str, datetime] = {}
        for ticket in found:
            row = _invite(rt, session, ticket, period.label, now=now, slots=slots)
            if row is None:
                left_out += 1
                continue
            invited += 1
            if row.next_attempt_at <= now:
                due_now.append((row.id, row.identity_id))
    for outbox_id, identity_id in due_now:
        rt.queue.enqueue("deliver", outbox_id, key=identity_id)
    log.info("jobs: survey campaign %s: %d invited, %d left out", period.label, invited, left_out)
    return CampaignRun(period.label, invited, left_out)


def _invite(
    rt: Runtime, session: Session, ticket: Ticket, period: str, *, now: datetime, slots: dict[str, datetime]
) -> Outbox | None:
    identity = ticket.identity
    adapter = rt.adapters.get(identity.channel)
    if adapter is None or identity.unreachable:
        return None
    channel = identity.channel
    gap = timedelta(seconds=1.0 / (rate_limits(adapter)[0] * rt.cfg.survey.campaign.rate_share))
    at = slots.get(channel) or _next_slot(session, channel, now, gap)
    reachable, template = _how_to_reach(adapter, identity, at)
    if not reachable:
        return None  # outside the window, and the platform has no template to reach the citizen with
    row = skm.invite(
        session, rt.cfg, ticket, identity, period=period, now=now, template=template, not_before=at
    )
    if row is not None:
        slots[channel] = at + gap
    return row


def _how_to_reach(adapter: Adapter, identity: Identity, at: datetime) -> tuple[bool, str | None]:
    """Whether the citizen can be reached at ``at``, and the template to send as (None: free text)."""
    window = messaging_window(type(adapter))
    if window is None or (identity.last_inbound_at is not None and identity.last_inbound_at + window > at):
        return True, None
    if isinstance(adapter, TemplateFallback):
        return True, adapter.template_name(TEMPLATE_KIND)
    return False, None


def _next_slot(session: Session, channel: str, now: datetime, gap: timedelta) -> datetime:
    """One gap after the last invitation already waiting on the channel (an earlier run's), else now."""
    latest = session.scalar(
        select(func.max(Outbox.next_attempt_at)).where(
            Outbox.channel == channel,
            Outbox.kind == "survey",
            Outbox.status == "pending",
            Outbox.idempotency_key.like("survey:%:invite"),
        )
    )
    return max(now, latest + gap) if latest is not None else now
