"""The task functions both runners call: process an inbound message, deliver an Outbox row, sweep.

Each task is safe to run twice: processing claims the message in the transaction that
writes the replies, and delivery claims the Outbox row before sending.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Mapping
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from aduan.errors import (
    DeliveryError,
    MalformedPayload,
    NluStarting,
    NluUnavailable,
    RecipientUnreachable,
    WindowClosed,
)
from aduan.settings import QueueSettings
from bots.base import Adapter, DeliveryStatus, InboundMessage, Poller, Reply, TemplateFallback
from jobs import logcontext, media, metrics
from jobs.runtime import Runtime
from nlu.client import NluResult
from router import dialogue, intake
from router.replies import Texts, payload
from router.turn import Context
from store import repo
from store.models import Identity, Message, Outbox, utcnow

log = logging.getLogger("aduan.jobs")
MAX_ID, MAX_MESSAGE_ID, MAX_NAME, MAX_PHONE = 100, 255, 200, 32  # column sizes; real values are far shorter
TEMPLATE_KIND = "status_update"  # a TemplateFallback channel maps it to its approved template
TEMPLATE_KINDS = {"survey": "survey_invitation"}  # Outbox kinds with a template of their own
UNPROCESSED_GRACE = timedelta(seconds=3)
# A citizen's messages are read in order, across workers: one waits while an earlier one is unprocessed,
# unless that one is older than this (a message that can never be processed blocks no one for long).
ORDER_WINDOW = timedelta(hours=1)
# The NLU reads at most this much of a message (the longest text most chat platforms carry); the whole
# text stays stored for staff. A megabyte of emoji would otherwise hold a Rasa server for minutes.
NLU_MAX_CHARS = 4096


def storable(text: str | None) -> str | None:
    """Text a database can hold: JSON may carry NUL (PostgreSQL refuses it) or lone surrogates."""
    if text is None:
        return None
    return text.replace("\x00", "").encode("utf-8", "replace").decode("utf-8")


def accept(session: Session, messages: list[InboundMessage]) -> list[tuple[int, int]]:
    """Stores new inbound messages (redeliveries are dropped) and returns (message id, identity id) to queue.

    The caller commits, then queues ``process`` for each: a message exists before anything acts on it.
    """
    stored = []
    for inbound in messages:
        if len(inbound.sender_id) > MAX_ID or len(inbound.message_id) > MAX_MESSAGE_ID:
            raise MalformedPayload(f"{inbound.platform}: sender or message id too long to be real")
        if any(storable(ref) != ref for ref in (inbound.sender_id, inbound.message_id, *inbound.media)):
            # Ids are matched as they are, so they cannot be cleaned like text: the delivery is refused (400).
            raise MalformedPayload(f"{inbound.platform}: an id holds a NUL or a lone surrogate")
        name, phone = storable(inbound.sender_name), inbound.phone
        identity = repo.get_or_create_identity(
            session,
            inbound.platform,
            inbound.sender_id,
            display_name=name[:MAX_NAME] if name else None,
            phone=phone if phone and len(phone) <= MAX_PHONE else None,
        )
        message = repo.save_inbound(
            session, identity,
            platform_message_id=inbound.message_id, text=storable(inbound.text), latitude=inbound.latitude,
            longitude=inbound.longitude, media=list(inbound.media), received_at=inbound.received_at,
        )  # fmt: skip
        if message is not None:
            session.flush()
            stored.append((message.id, identity.id))
    return stored


def pollers(adapters: Mapping[str, Adapter]) -> dict[str, Poller]:
    """The enabled adapters that are configured to poll rather than receive webhooks."""
    return {
        name: adapter
        for name, adapter in adapters.items()
        if isinstance(adapter, Poller) and adapter.poll_interval is not None
    }


def poll_interval(adapters: Mapping[str, Adapter]) -> float | None:
    """How often ``poll`` should run: the shortest interval of the polling channels; None when none polls."""
    return min((p.poll_interval for p in pollers(adapters).values() if p.poll_interval), default=None)


def poll(rt: Runtime) -> int:
    """Fetches new messages from every channel that polls; returns how many were new.

    A channel whose platform fails is logged and tried again next round; the others go on.
    """
    new = 0
    for name, adapter in pollers(rt.adapters).items():
        try:
            new += _poll_one(rt, name, adapter)
        except DeliveryError as exc:
            log.warning("%s: poll failed, next round tries again: %s", name, exc)
    return new


def _poll_one(rt: Runtime, name: str, adapter: Poller) -> int:
    mark = f"{name}.since_id"
    with rt.Session() as session:
        since = repo.get_state(session, mark)
    messages, newest = adapter.poll(since)
    with rt.Session.begin() as session:
        # The first poll only sets the mark: answering messages sent before Aduan started would surprise.
        stored = accept(session, messages) if since is not None else []
        if newest:
            repo.set_state(session, mark, newest)
    if stored:
        metrics.MESSAGES_IN.labels(name).inc(len(stored))
    for message_id, identity_id in stored:
        rt.queue.enqueue("process", message_id, key=identity_id)
    return len(stored)


def process(rt: Runtime, message_id: int) -> None:
    """Reads an inbound message with the NLU, advances the conversation, and queues the replies.

    When the NLU is down the message stays unprocessed (the sweeper retries it) and the
    citizen gets one holding reply. Log records made meanwhile carry the message id.
    """
    with logcontext.bound(message_id):
        _process(rt, message_id)


def _process(rt: Runtime, message_id: int) -> None:
    with rt.ReadSession() as session:
        message = session.get(Message, message_id)
        if message is None or message.processed_at is not None or _waits(session, message):
            return
        flooding, identity_id = _flooding(rt, session, message), message.identity_id
        choice = None if flooding else intake.typed_choice(session, message)
        text = choice or message.text
    if flooding:
        _slow_down(rt, identity_id)
        return
    media.store(rt, message_id)  # before the NLU: platforms expire their media references
    try:
        parse = _parse(rt, text)
    except NluStarting as exc:  # the NLU is loading: the message waits, and the citizen is not told "busy"
        log.debug("jobs: message %s waits for the NLU to finish starting: %s", message_id, exc)
        return
    except NluUnavailable as exc:
        log.warning("jobs: message %s waits for the NLU: %s", message_id, exc)
        _hold(rt, message_id)
        return
    with rt.Session.begin() as session:
        waiting = session.get(Message, message_id)
        if waiting is None or _waits(session, waiting):  # an earlier one arrived meanwhile: it goes first
            return
        claimed = repo.claim_message(session, message_id)
        if claimed is None:
            return
        identity_id = claimed.identity_id
        if choice:
            claimed.text = choice
        rows = dialogue.step(session, Context(rt.cfg, rt.places), claimed, parse)
        queued = [(row.id, row.identity_id) for row in rows]
    log.info(
        "jobs: message %s processed: %d repl%s queued",
        message_id,
        len(queued),
        "y" if len(queued) == 1 else "ies",
    )
    for outbox_id, recipient in queued:
        rt.queue.enqueue("deliver", outbox_id, key=recipient)
    _queue_next(rt, identity_id)


def _waits(session: Session, message: Message) -> bool:
    earlier = repo.earlier_unprocessed(session, message, window=ORDER_WINDOW)
    if earlier is not None:
        log.debug("jobs: message %s waits for message %s of the same sender", message.id, earlier)
    return earlier is not None


def _flooding(rt: Runtime, session: Session, message: Message) -> bool:
    """Whether the sender had ``queue.sender_limit`` messages read in the last window: then this one waits.

    Nothing is dropped: the message stays stored and unprocessed, and the sweeper offers it again until
    the sender's rate falls under the limit; other senders are not slowed.
    """
    window = timedelta(seconds=rt.cfg.queue.sender_window_seconds)
    read = repo.processed_since(session, message.identity_id, utcnow() - window)
    if read >= rt.cfg.queue.sender_limit:
        log.info("jobs: message %s waits: its sender had %d messages read in %s", message.id, read, window)
        return True
    return False


def _slow_down(rt: Runtime, identity_id: int) -> None:
    """Tells a flooding sender once per window that everything is kept and will be read in order."""
    window = rt.cfg.queue.sender_window_seconds
    with rt.Session.begin() as session:
        identity = session.get(Identity, identity_id)
        assert identity is not None
        # one per sender and window
        row_id = _add_holding(
            rt, session, identity, "slow_down", f"slow:{identity_id}:{int(utcnow().timestamp() // window)}"
        )
    if row_id is not None:
        rt.queue.enqueue("deliver", row_id, key=identity_id)


def _queue_next(rt: Runtime, identity_id: int) -> None:
    """Queues the sender's next waiting message: it may have been set aside while this one ran."""
    with rt.ReadSession() as session:
        following = repo.next_unprocessed(session, identity_id)
    if following is not None:
        rt.queue.enqueue("process", following, key=identity_id)


def _parse(rt: Runtime, text: str) -> NluResult | None:
    if not intake.needs_nlu(text):
        return None
    if rt.nlu is None:
        raise NluUnavailable("nlu: no Rasa server configured")
    with metrics.nlu_timer():
        return rt.nlu.parse(text[:NLU_MAX_CHARS])


def _hold(rt: Runtime, message_id: int) -> None:
    with rt.Session.begin() as session:
        message = session.get(Message, message_id)
        assert message is not None
        message.attempts += 1
        identity = message.identity
        identity_id = identity.id
        # one holding reply per message, however often it is retried
        row_id = _add_holding(rt, session, identity, "nlu_unavailable", f"hold:{message_id}")
    if row_id is not None:
        rt.queue.enqueue("deliver", row_id, key=identity_id)


def _add_holding(rt: Runtime, session: Session, identity: Identity, text: str, key: str) -> int | None:
    """Adds the holding reply ``text`` to ``identity`` under ``key``; its row id when it is new, else None."""
    language = identity.conversation.language if identity.conversation else "id"
    row = repo.add_outbox(
        session,
        channel=identity.channel,
        recipient_id=identity.platform_user_id,
        payload=payload(Texts(rt.cfg.messages, language)(text)),
        key=key,
        identity_id=identity.id,
        kind="holding",
    )
    return row.id if row.status == "pending" and row.attempts == 0 else None


def deliver(rt: Runtime, outbox_id: int) -> None:
    """Sends one Outbox row through its channel's adapter and records the outcome.

    Replies go out at least once. The attempt is counted when the row is claimed, before the send: a
    crash between the platform accepting a message and the row being marked ``sent`` shows on the
    next attempt as ``attempts`` 2 and ``interrupted`` 1 (the citizen may have got it twice).

    Log records made meanwhile carry the id of the message the row answers, if it answers one.
    """
    with logcontext.bound(None):
        _deliver(rt, outbox_id)


def _deliver(rt: Runtime, outbox_id: int) -> None:
    # wait for the rate limit before the claim: the lease covers only the send
    with rt.ReadSession() as session:
        row = session.get(Outbox, outbox_id)
        if row is None or row.status not in repo.RETRY_STATUSES or row.next_attempt_at > utcnow():
            return
        channel, recipient, was_sending = row.channel, row.recipient_id, row.status == "sending"
    rt.limiter.wait(channel, recipient)
    now = utcnow()
    with rt.Session.begin() as session:
        row = repo.claim_outbox(session, outbox_id, now=now, lease_until=now + send_lease(rt))
        if row is None:
            return
        reply = Reply.from_payload(row.channel, row.recipient_id, row.payload)
        attempts = row.attempts  # counted by the claim, before the send
        logcontext.rebind(logcontext.message_of_key(row.idempotency_key))
    if was_sending:
        log.warning(
            "%s: outbox %s attempt %s follows an interrupted send: it may reach the citizen twice",
            reply.platform,
            outbox_id,
            attempts,
        )
    adapter = rt.adapters.get(reply.platform)
    try:
        if adapter is None:
            raise DeliveryError(f"channel {reply.platform} is not enabled", retryable=False)
        platform_id = adapter.send(reply)
    except WindowClosed as exc:
        metrics.DELIVERY_FAILURES.labels(reply.platform, "window_closed").inc()
        _resend_as_template(rt, outbox_id, exc)
    except RecipientUnreachable as exc:
        metrics.DELIVERY_FAILURES.labels(reply.platform, "unreachable").inc()
        _record_failure(rt, outbox_id, attempts, exc, unreachable=True)
    except DeliveryError as exc:
        metrics.DELIVERY_FAILURES.labels(reply.platform, "retryable" if exc.retryable else "refused").inc()
        _record_failure(rt, outbox_id, attempts, exc)
    else:
        metrics.MESSAGES_OUT.labels(reply.platform).inc()
        log.info("%s: outbox %s sent (attempt %s)", reply.platform, outbox_id, attempts)
        with rt.Session.begin() as session:
            row = session.get(Outbox, outbox_id)
            assert row is not None
            row.status, row.sent_at = "sent", utcnow()
            row.platform_message_id, row.last_error = platform_id, None


def send_lease(rt: Runtime) -> timedelta:
    """How long a claimed row is left to its sender before the sweeper may take it again.

    It must outlast the slowest send (connect 5 s + read 15 s on the Meta and X adapters), or a slow but
    successful send would be repeated while still in flight.
    """
    return timedelta(seconds=rt.cfg.queue.send_lease_seconds)


def release_orphaned_sends(rt: Runtime) -> int:
    """Makes rows left in ``sending`` by a dead process due now (the embedded default's start-up).

    Only for the in-process queue: one ``aduan serve`` owns the database, so at its start no send can be in
    flight and nobody need wait out the lease. Each becomes an interrupted attempt when it is claimed.

    Returns:
        How many rows were released.
    """
    with rt.Session.begin() as session:
        result = session.execute(
            update(Outbox).where(Outbox.status == "sending").values(next_attempt_at=utcnow())
        )
        released: int = result.rowcount  # type: ignore[attr-defined]
    if released:
        log.warning("jobs: %s replies were being sent when the last run stopped; sending again", released)
    return released


def _resend_as_template(rt: Runtime, outbox_id: int, exc: DeliveryError) -> None:
    """Outside a messaging window only approved templates go through: queue the same text as one.

    A channel without templates (no ``TemplateFallback``) cannot reach the citizen now: the row is dead.
    """
    with rt.Session.begin() as session:
        row = session.get(Outbox, outbox_id)
        assert row is not None
        adapter = rt.adapters.get(row.channel)
        template_name = adapter.template_name if isinstance(adapter, TemplateFallback) else None
        if template_name is None or "template" in row.payload:
            row.status, row.last_error = "dead", f"{exc} (no template to fall back to)"
            return
        # Template parameters may not contain newlines or tabs.
        text = " · ".join(line.strip() for line in row.payload["text"].splitlines() if line.strip())[:1000]
        kind = TEMPLATE_KINDS.get(row.kind, TEMPLATE_KIND)
        row.payload = {**row.payload, "template": {"name": template_name(kind), "params": [text]}}
        row.status, row.next_attempt_at, row.last_error = "pending", utcnow(), str(exc)
        identity_id = row.identity_id
    rt.queue.enqueue("deliver", outbox_id, key=identity_id)


def record_statuses(rt: Runtime, channel: str, statuses: list[DeliveryStatus]) -> None:
    """Applies a platform's delivery reports (``DeliveryStatuses``) to the Outbox rows they concern."""
    for status in statuses:
        with rt.Session.begin() as session:
            sent = Outbox.channel == channel, Outbox.platform_message_id == status.message_id
            row = session.scalars(select(Outbox).where(*sent)).first()
            if row is None:
                continue
            row.delivery_status = status.status
            failed_window = status.status == "failed" and status.window_closed
            outbox_id = row.id
        if failed_window:
            with rt.Session.begin() as session:
                row = session.get(Outbox, outbox_id)
                assert row is not None
                row.status = "failed"
            _resend_as_template(
                rt, outbox_id, WindowClosed(f"{channel}: error {status.error_code} after sending")
            )


def _record_failure(
    rt: Runtime, outbox_id: int, attempts: int, exc: DeliveryError, *, unreachable: bool = False
) -> None:
    queue_cfg = rt.cfg.queue
    dead = unreachable or not exc.retryable or attempts >= queue_cfg.max_attempts
    with rt.Session.begin() as session:
        row = session.get(Outbox, outbox_id)
        assert row is not None
        row.last_error = str(exc)[:1000]  # the attempt was counted when the row was claimed
        row.status = "dead" if dead else "failed"
        row.next_attempt_at = utcnow() + timedelta(seconds=backoff(attempts, queue_cfg, exc.retry_after))
        if unreachable and row.identity_id is not None:
            identity = session.get(Identity, row.identity_id)
            if identity is not None:
                identity.unreachable = True
    log.log(
        logging.ERROR if dead else logging.WARNING,
        "%s: outbox %s attempt %s %s: %s",
        row.channel,
        outbox_id,
        attempts,
        "dead" if dead else "will retry",
        exc,
    )


def backoff(attempts: int, queue_cfg: QueueSettings, retry_after: float | None = None) -> float:
    """Seconds before the next attempt: exponential with full jitter, at least what the platform asked."""
    ceiling = min(queue_cfg.max_backoff_seconds, queue_cfg.backoff_seconds * 2 ** (attempts - 1))
    delay = random.uniform(ceiling / 2, ceiling)
    return max(delay, retry_after or 0.0)


def sweep(rt: Runtime, *, now: datetime | None = None) -> int:
    """Re-queues what is due: retries, deliveries stuck past their lease, and unprocessed messages.

    Returns:
        How many tasks were queued.
    """
    now = now or utcnow()
    with rt.Session() as session:
        messages = repo.unprocessed_messages(session, before=now - UNPROCESSED_GRACE)
        outbox = repo.due_outbox(session, now=now)
    for message_id, identity_id in messages:
        rt.queue.enqueue("process", message_id, key=identity_id)
    for outbox_id, recipient in outbox:
        rt.queue.enqueue("deliver", outbox_id, key=recipient)
    return len(messages) + len(outbox)


TASKS = {"process": process, "deliver": deliver}
