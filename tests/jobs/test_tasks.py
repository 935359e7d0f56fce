from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from jobs import tasks
from jobs.runtime import RecordingQueue, Runtime
from router import intake
from store import repo
from store.models import Conversation, Message, Outbox


def _ask_with_buttons(rt: Runtime, user: str) -> int:
    with rt.Session.begin() as session:
        identity = repo.get_or_create_identity(session, "twitter", user)
        session.flush()
        repo.add_outbox(
            session,
            channel="twitter",
            recipient_id=user,
            identity_id=identity.id,
            key=f"ask:{user}",
            payload={
                "text": "Pilih:",
                "buttons": [
                    {"label": "Sampah", "value": "/kategori sampah"},
                    {"label": "Banjir", "value": "/kategori banjir"},
                ],
            },
        )
        return identity.id


def _inbound(rt: Runtime, identity_id: int, text: str, message_id: str) -> int:
    with rt.Session.begin() as session:
        identity = session.get(repo.Identity, identity_id)
        message = repo.save_inbound(session, identity, platform_message_id=message_id, text=text)
        session.flush()
        return message.id  # type: ignore[union-attr]


def test_a_typed_number_presses_the_numbered_choice(rt: Runtime) -> None:
    rt.queue = RecordingQueue()
    identity_id = _ask_with_buttons(rt, "42")
    message_id = _inbound(rt, identity_id, "2", "dm-1")
    with rt.Session.begin() as session:  # the citizen was describing a flood when asked for the category
        conversation = repo.conversation_for(session, session.get(repo.Identity, identity_id))
        conversation.state, conversation.slots = "await_category", {"description": ["air setinggi lutut"]}
    tasks.process(rt, message_id)  # a command: no NLU needed
    with rt.Session() as session:
        assert session.get(Message, message_id).text == "/kategori banjir"  # type: ignore[union-attr]
        assert session.query(Conversation).one().slots.get("category") == "banjir"


def test_a_number_out_of_range_is_just_text(rt: Runtime) -> None:
    identity_id = _ask_with_buttons(rt, "43")
    seven, one = _inbound(rt, identity_id, "7", "dm-2"), _inbound(rt, identity_id, "1", "dm-3")
    with rt.Session() as session:
        assert intake.typed_choice(session, session.get(Message, seven)) is None  # type: ignore[arg-type]
        assert intake.typed_choice(session, session.get(Message, one)) == "/kategori sampah"  # type: ignore[arg-type]


def _processed(rt: Runtime, *message_ids: int) -> list[bool]:
    with rt.Session() as session:
        return [session.get(Message, m).processed_at is not None for m in message_ids]  # type: ignore[union-attr]


def test_a_later_message_waits_for_the_earlier_one_and_follows_it(rt: Runtime) -> None:
    rt.queue = queue = RecordingQueue()
    identity_id = _ask_with_buttons(rt, "44")
    first, second = _inbound(rt, identity_id, "/start", "dm-4"), _inbound(rt, identity_id, "/start", "dm-5")
    tasks.process(rt, second)  # another worker took the second message first: it is set aside
    assert _processed(rt, first, second) == [False, False]
    assert queue.tasks == []
    tasks.process(rt, first)
    assert _processed(rt, first, second) == [True, False]
    assert ("process", second) in queue.tasks  # the first one hands over to the next
    tasks.process(rt, second)
    assert _processed(rt, first, second) == [True, True]


def test_an_earlier_message_older_than_the_window_holds_nothing_back(rt: Runtime) -> None:
    identity_id = _ask_with_buttons(rt, "45")
    stuck, later = _inbound(rt, identity_id, "/start", "dm-6"), _inbound(rt, identity_id, "/start", "dm-7")
    with rt.Session.begin() as session:
        message = session.get(Message, stuck)
        assert message is not None
        message.created_at -= tasks.ORDER_WINDOW + timedelta(minutes=1)
    rt.queue = RecordingQueue()
    tasks.process(rt, later)
    assert _processed(rt, stuck, later) == [False, True]


def test_another_sender_never_waits(rt: Runtime) -> None:
    rt.queue = RecordingQueue()
    one, other = _ask_with_buttons(rt, "46"), _ask_with_buttons(rt, "47")
    first, second = _inbound(rt, one, "/start", "dm-8"), _inbound(rt, other, "/start", "dm-9")
    tasks.process(rt, second)
    assert _processed(rt, first, second) == [False, True]


def _outbox_texts(rt: Runtime, identity_id: int) -> list[str]:
    with rt.Session() as session:
        rows = session.scalars(select(Outbox).where(Outbox.identity_id == identity_id).order_by(Outbox.id))
        return [row.payload["text"] for row in rows]


def test_a_flooding_sender_waits_with_one_slow_down_while_others_go_on(rt: Runtime) -> None:
    rt.cfg = rt.cfg.merged({"queue": {"sender_limit": 3, "sender_window_seconds": 60}})
    rt.queue = RecordingQueue()
    flooder, other = _ask_with_buttons(rt, "48"), _ask_with_buttons(rt, "49")
    flood = [_inbound(rt, flooder, "/start", f"dm-f{i}") for i in range(5)]
    for message_id in flood:
        tasks.process(rt, message_id)
    assert _processed(rt, *flood) == [True, True, True, False, False]  # stored, and waiting
    tasks.process(rt, flood[3])  # the sweeper offers it again within the window: still waiting
    slow = [t for t in _outbox_texts(rt, flooder) if t.startswith("Pesan Anda banyak sekali")]
    assert len(slow) == 1  # told once per window
    calm = _inbound(rt, other, "/start", "dm-o1")
    tasks.process(rt, calm)
    assert _processed(rt, calm) == [True]  # another sender is not slowed
    with rt.Session.begin() as session:  # a minute later the flood's first three are out of the window
        for message in session.scalars(select(Message).where(Message.id.in_(flood[:3]))):
            assert message.processed_at is not None
            message.processed_at -= timedelta(seconds=61)
    tasks.process(rt, flood[3])
    assert ("process", flood[4]) in rt.queue.tasks  # type: ignore[attr-defined]  # the fourth hands over
    tasks.process(rt, flood[4])
    assert _processed(rt, *flood) == [True, True, True, True, True]
