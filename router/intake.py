"""Before the dialogue: what a message's text stands for, and whether the NLU needs to read it.

X direct messages have no buttons, so choices go out as "[1] label" lines; people on WhatsApp and
Telegram type the number too. A typed number is the value of that choice in the bot's last turn.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from router import dialogue
from store.models import Conversation, Message, Outbox

MAX_CHOICE_DIGITS = 2
CHOICE_KINDS = ("reply", "survey")  # rows whose buttons a typed number answers (a survey comes unasked)
_LAST_TURN_ROWS = 8  # the most replies one turn sends


def typed_choice(session: Session, message: Message) -> str | None:
    """The value of choice N when a citizen answers "N" to the bot's last choices, else None.

    Args:
        session: an open session.
        message: the inbound message.

    Returns:
        The button's value (a command such as ``/ya`` or ``/tempat 31.74.04.1006``), or None when the text is
        not a number or the bot's last turn offered no such choice.
    """
    text = message.text.strip()
    if not (text.isdigit() and len(text) <= MAX_CHOICE_DIGITS):
        return None
    state = session.scalar(select(Conversation.state).where(Conversation.identity_id == message.identity_id))
    kinds = CHOICE_KINDS if state in (None, "idle") else ("reply",)  # mid-report, a number answers the report
    rows = session.scalars(
        select(Outbox)
        .where(Outbox.identity_id == message.identity_id, Outbox.kind.in_(kinds))
        .order_by(Outbox.id.desc())
        .limit(_LAST_TURN_ROWS)
    ).all()
    if not rows:
        return None
    turn = rows[0].idempotency_key.rsplit(":", 1)[
        0
    ]  # reply:<message id>:<i>, one turn's replies share the prefix
    offered = [
        row for row in rows if row.idempotency_key.rsplit(":", 1)[0] == turn and row.payload.get("buttons")
    ]
    buttons = offered[0].payload["buttons"] if offered else []
    index = int(text)
    return str(buttons[index - 1]["value"]) if 1 <= index <= len(buttons) else None


def needs_nlu(text: str) -> bool:
    """False for what the dialogue reads itself: empty text (a photo, a pin), button values and commands."""
    text = text.strip()
    return bool(text) and not dialogue.is_command(text)
