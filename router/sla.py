"""SLA clocks: when a ticket is due, and the periodic check that marks overdue tickets.

A ticket is due within its category's ``sla_hours`` (counted from its creation, or from its
last reopening); a state listed in ``sla.state_hours`` brings the due time forward to that
many hours after the ticket entered the state, whichever comes first.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from aduan.settings import Config
from store import repo
from store.models import OPEN_STATES, Ticket, TicketState

log = logging.getLogger("aduan.sla")


def due_time(cfg: Config, ticket: Ticket, *, entered: datetime) -> datetime:
    """The ticket's due time in its current state.

    Args:
        cfg: the configuration.
        ticket: the ticket, already in its new state (its events loaded).
        entered: when it entered that state.

    Returns:
        The due time.
    """
    reopened = [
        e.at
        for e in ticket.events
        if e.from_state == TicketState.SELESAI and e.to_state == TicketState.PROSES
    ]
    base = max([ticket.created_at, *reopened])
    due = base + timedelta(hours=cfg.categories[ticket.category].sla_hours)
    state_hours = cfg.sla.state_hours
    if ticket.state in state_hours:
        due = min(due, entered + timedelta(hours=float(state_hours[ticket.state])))
    return due


def mark_overdue(session: Session, cfg: Config, *, now: datetime) -> list[Ticket]:
    """Marks open tickets past their due time as overdue, once per due time, and tells the agency's
    supervisors.

    Each ticket gets an ``sla_overdue`` event by ``system`` and a console notification for every
    supervisor of its agency (there is no staff messaging channel), and a log line.

    Args:
        session: the open session (the caller commits).
        cfg: the configuration.
        now: the time of the check.

    Returns:
        The tickets marked.
    """
    marked = list(repo.overdue_tickets(session, now=now, states=OPEN_STATES))
    for ticket in marked:
        ticket.overdue = True
        due = ticket.due_at.isoformat(timespec="minutes") if ticket.due_at else "?"
        repo.add_event(
            session,
            ticket,
            actor="system",
            kind="sla_overdue",
            from_state=ticket.state,
            to_state=ticket.state,
            note=f"due {due}",
            at=now,
        )
        supervisors = repo.supervisors_of(session, ticket.agency_code)
        for staff in supervisors:
            repo.notify_staff(session, staff, kind="sla_overdue", ticket_id=ticket.id)
        log.warning(
            "sla: %s (%s, %s) overdue since %s; supervisors told: %s",
            ticket.number,
            ticket.state,
            ticket.agency_code,
            due,
            ", ".join(s.username for s in supervisors) or "none",
        )
    return marked
