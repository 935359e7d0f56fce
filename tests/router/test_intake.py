"""A typed number stands for a choice of the bot's last turn; commands and empty texts skip the NLU."""

from __future__ import annotations

from jobs.runtime import Runtime
from router import intake
from store import repo
from store.models import Message

CHOICES = {"text": "Pilih:", "buttons": [{"label": "Sampah", "value": "/kategori sampah"},
                                         {"label": "Banjir", "value": "/kategori banjir"}]}  # fmt: skip


def _bot_turn(rt: Runtime, identity_id: int, message_id: int, *payloads: dict) -> None:  # type: ignore[type-arg]
    with rt.Session.begin() as session:
        for i, payload in enumerate(payloads):
            repo.add_outbox(session, channel="twitter", recipient_id="42", identity_id=identity_id,
                            key=f"reply:{message_id}:{i}", payload=payload)  # fmt: skip


def _typed(rt: Runtime, identity_id: int, text: str, message_id: str) -> str | None:
    with rt.Session.begin() as session:
        identity = session.get(repo.Identity, identity_id)
        message = repo.save_inbound(session, identity, platform_message_id=message_id, text=text)
        session.flush()
        assert isinstance(message, Message)
        return intake.typed_choice(session, message)


def _identity(rt: Runtime) -> int:
    with rt.Session.begin() as session:
        identity = repo.get_or_create_identity(session, "twitter", "42")
        session.flush()
        return identity.id


def test_the_choices_of_the_last_turn_count_even_when_a_line_follows_them(rt: Runtime) -> None:
    identity_id = _identity(rt)
    _bot_turn(rt, identity_id, 1, CHOICES, {"text": "Atau tulis kategorinya."})
    assert _typed(rt, identity_id, "2", "m-1") == "/kategori banjir"
    assert _typed(rt, identity_id, "3", "m-2") is None  # out of range: just text


def test_choices_of_an_earlier_turn_no_longer_count(rt: Runtime) -> None:
    identity_id = _identity(rt)
    _bot_turn(rt, identity_id, 1, CHOICES)
    _bot_turn(rt, identity_id, 2, {"text": "Di mana lokasinya?", "request_location": True})
    assert _typed(rt, identity_id, "1", "m-3") is None  # "1" answers where, e.g. "RT 1": not a stale button


def test_only_texts_the_dialogue_cannot_read_itself_go_to_the_nlu() -> None:
    commands = ("", "  ", "/ya", "/kategori sampah", "/start", "hubungkan ABC123")
    assert [intake.needs_nlu(t) for t in commands] == [False] * len(commands)
    assert intake.needs_nlu("jalan berlubang di kemang") and intake.needs_nlu("/bantuan")
