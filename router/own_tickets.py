"""What a citizen asks about tickets already filed: status, cancelling, reopening; and linking accounts."""

from __future__ import annotations

import re
import secrets
from datetime import timedelta
from typing import Any

from router import tickets
from router.replies import payload
from router.slots import State
from router.turn import Turn
from store import repo
from store.models import TicketState

LINK_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
LINK_MINUTES = 30
MAX_LINES = 3
_NUMBER = re.compile(r"\b([A-Za-z]{2,6})[-\s]?(\d{1,9})\b")


def numbers(turn: Turn) -> list[str]:
    """The ticket numbers named in the message, normalised (``adu 45`` -> ``ADU-000045``)."""
    cfg = turn.ctx.cfg.ticket
    prefix = cfg.prefix.upper()
    found = _NUMBER.findall(turn.message.text)
    return [f"{prefix}-{int(n):0{cfg.digits}d}" for p, n in found if p.upper() == prefix]


def own_tickets(turn: Turn) -> dict[str, Any]:
    """The citizen's tickets and those they follow, by number: all a citizen may ever see."""
    session, citizen_id = turn.session, turn.identity.citizen_id
    found = [*repo.tickets_of_citizen(session, citizen_id, limit=50),
             *repo.tickets_followed(session, citizen_id, limit=50)]  # fmt: skip
    return {t.number: t for t in sorted(found, key=lambda t: t.id, reverse=True)}


def on_ask_link(turn: Turn) -> None:
    code = "".join(secrets.choice(LINK_ALPHABET) for _ in range(6))
    expires = turn.ctx.now + timedelta(minutes=LINK_MINUTES)
    repo.create_link_code(turn.session, turn.identity.citizen_id, code=code, expires_at=expires)
    turn.say("link_code", code=code, minutes=LINK_MINUTES)


def on_use_link(turn: Turn, code: str) -> None:
    linked = repo.use_link_code(turn.session, turn.identity, code, now=turn.ctx.now)
    turn.say("link_done" if linked else "link_unknown")


def cancel_ticket(turn: Turn, number: str) -> None:
    """ "batal ADU-000123": cancels the citizen's own ticket while no agency has it yet."""
    ticket = own_tickets(turn).get(number)
    if ticket is None or ticket.citizen_id != turn.identity.citizen_id:
        return turn.say("status_unknown", number=number)
    if (ticket.state, TicketState.DIBATALKAN) not in tickets.CITIZEN_MOVES:
        return turn.say("ticket_cannot_cancel", number=number, state=turn.texts.state(ticket.state))
    actor = tickets.Actor.citizen(turn.identity.citizen_id)
    turn.notifications += tickets.transition(
        turn.session, turn.ctx.cfg, ticket, TicketState.DIBATALKAN, actor=actor, note=turn.message.text,
        now=turn.ctx.now,
    )  # fmt: skip
    turn.say("ticket_cancelled", number=number)


def on_status(turn: Turn) -> None:
    asked, own = numbers(turn), own_tickets(turn)
    if asked:
        for number in asked[:MAX_LINES]:
            ticket = own.get(number)  # a citizen only ever sees their own tickets (and those they follow)
            if ticket is None:
                turn.say("status_unknown", number=number)
            else:
                turn.replies.append(payload(status_line(turn, ticket)))
                turn.slots.after_status = True
        return
    if not own:
        return turn.say("status_none")
    turn.replies.append(payload("\n".join(status_line(turn, t) for t in list(own.values())[:MAX_LINES])))
    turn.slots.after_status = True


def status_line(turn: Turn, ticket: Any) -> str:
    notes = [e.note for e in ticket.events if e.kind == "state" and e.note and e.actor.startswith("staff:")]
    return turn.texts(
        "status_line",
        number=ticket.number,
        category=turn.category_name(ticket.category),
        state=turn.texts.state(ticket.state),
        agency=ticket.agency.nama if ticket.agency else "-",
        note=f" ({notes[-1]})" if notes else "",
    )


def on_reopen(turn: Turn) -> bool:
    """'belum beres': reopens the named (or the latest) selesai ticket of the citizen; False if none."""
    named_numbers = numbers(turn)
    if turn.state != State.IDLE and not named_numbers:
        return False
    own = [t for t in own_tickets(turn).values()
           if t.citizen_id == turn.identity.citizen_id and t.state == TicketState.SELESAI]  # fmt: skip
    named = [t for t in own if t.number in named_numbers]
    if not own or (named_numbers and not named):
        return False
    ticket = (named or sorted(own, key=lambda t: t.resolved_at or t.created_at, reverse=True))[0]
    cfg = turn.ctx.cfg
    if not tickets.reopenable(cfg, ticket, turn.ctx.now):
        turn.say("reopen_too_late", number=ticket.number, days=f"{cfg.ticket.reopen_days:g}")
        return True
    actor = tickets.Actor.citizen(turn.identity.citizen_id)
    turn.notifications += tickets.transition(turn.session, cfg, ticket, TicketState.PROSES, actor=actor,
                                             note=turn.message.text, now=turn.ctx.now)  # fmt: skip
    turn.say(
        "reopened",
        number=ticket.number,
        agency=cfg.agencies[ticket.agency_code].nama if ticket.agency_code else "",
    )
    return True
