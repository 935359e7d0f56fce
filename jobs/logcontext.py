"""A message id on every log record, from the webhook that stored the message to the delivery of its reply.

The webhook, ``process`` and ``deliver`` bind the inbound message's id (a reply's Outbox key names it:
``reply:<message id>:<n>``, ``hold:<message id>``) with :func:`bound`; :func:`install` makes every log
record carry it as ``record.message_id`` (``-`` outside), so one ``grep 'msg 123'`` follows a message
across web and worker processes.
"""

from __future__ import annotations

import contextvars
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

FORMAT = "%(asctime)s %(levelname)s %(name)s [msg %(message_id)s]: %(message)s"
_current: contextvars.ContextVar[str] = contextvars.ContextVar("aduan_message_id", default="-")
_KEY = re.compile(r"^(?:reply|hold):(\d+)(?::|$)")
_installed = False


@contextmanager
def bound(message_id: int | str | None) -> Iterator[None]:
    """Log records made inside carry ``message_id``."""
    token = _current.set("-" if message_id is None else str(message_id))
    try:
        yield
    finally:
        _current.reset(token)


def rebind(message_id: int | str | None) -> None:
    """Changes the id inside the innermost :func:`bound` (which restores the outer one when it ends)."""
    _current.set("-" if message_id is None else str(message_id))


def message_of_key(idempotency_key: str) -> int | None:
    """The inbound message an Outbox row answers, from its idempotency key (None for notifications)."""
    match = _KEY.match(idempotency_key)
    return int(match.group(1)) if match else None


def install() -> None:
    """Makes every log record carry ``message_id`` (idempotent; call once per process)."""
    global _installed
    if _installed:
        return
    previous = logging.getLogRecordFactory()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        record.message_id = _current.get()
        return record

    logging.setLogRecordFactory(factory)
    _installed = True
