"""A fake X API v2: the direct-message endpoints tweepy calls for Aduan.

- ``POST /2/dm_conversations/with/<participant_id>/messages``: answers 201
  ``{"data": {"dm_conversation_id", "dm_event_id"}}``.
- ``GET /2/dm_events``: the DMs added with ``add_dm``, newest first, ``max_results`` a page, with
  ``includes.users`` and ``meta.{result_count, next_token}``.

Usage::

    fake = XApiFake(bot_user_id="1111")
    server = ServerThread(fake.app).start()      # adapter api_base_url = server.url
    fake.fail_next(1, status=429, body=problem(429, "Too Many Requests"), headers={"retry-after": "7"})

``dm_update(sender_id, text, bot_user_id=...)`` and ``sign(body, consumer_secret)`` build the webhooks
X would POST to Aduan, for end-to-end tests and the demo; ``Chat`` plays a citizen's side of
``aduan chat``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from flask import Flask, jsonify, request

from fakes.chat import ChatChannel, ChatReply
from fakes.server import RecordingFake

FIRST_ID = 1_900_000_000_000_000_000  # DM event ids are snowflakes: increasing 19-digit numbers
DM_REFUSED = "You are not allowed to send a message to this user."


def problem(status: int, detail: str, *, title: str | None = None) -> dict[str, Any]:
    """An X API v2 problem body, as X sends it with a 4xx/5xx status."""
    titles = {403: "Forbidden", 429: "Too Many Requests", 503: "Service Unavailable"}
    return {
        "title": title or titles.get(status, "Error"),
        "detail": detail,
        "type": "about:blank",
        "status": status,
    }


class XApiFake(RecordingFake):
    """A Flask app imitating the X DM endpoints above; ``sent`` lists every request received."""

    default_status = 503

    def __init__(self, *, bot_user_id: str = "1111111111111111111") -> None:
        super().__init__()
        self.bot_user_id = bot_user_id
        self.events: list[dict[str, Any]] = []  # oldest first
        self.users: dict[str, dict[str, str]] = {}
        self._ids = itertools.count(FIRST_ID)
        self.app = self._build()

    def default_failure(self, status: int) -> Any:
        return problem(status, "Service Unavailable")

    def reset(self) -> None:
        """Forgets recorded requests, planned failures and stored data (between tests sharing a server)."""
        super().reset()
        with self._cond:
            self.events.clear()
            self.users.clear()

    def add_dm(
        self, sender_id: str, text: str, *, name: str | None = None, created_at: datetime | None = None
    ) -> str:
        """Puts a citizen's DM in the bot's inbox (as ``GET /2/dm_events`` lists it); returns its id."""
        if name:
            with self._cond:
                self.users[sender_id] = {
                    "id": sender_id,
                    "name": name,
                    "username": name.lower().replace(" ", ""),
                }
        return self._append(
            sender_id, text, conversation=f"{sender_id}-{self.bot_user_id}", created_at=created_at
        )

    def _append(
        self, sender_id: str, text: str, *, conversation: str, created_at: datetime | None = None
    ) -> str:
        with self._cond:
            event_id = str(next(self._ids))
            self.events.append(
                {
                    "id": event_id,
                    "event_type": "MessageCreate",
                    "text": text,
                    "sender_id": sender_id,
                    "created_at": (created_at or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                    "dm_conversation_id": conversation,
                }
            )
        return event_id

    def messages(self) -> list[Any]:
        """The JSON bodies of every DM sent, in order, with the participant id added as ``to``."""
        with self._cond:
            return [{"to": r.path.split("/")[-2], **(r.json or {})} for r in self.sent if r.method == "POST"]

    def messages_to(self, participant_id: str) -> list[Any]:
        """The DMs sent to one user."""
        return [m for m in self.messages() if m["to"] == participant_id]

    def _page(self, max_results: int, token: str | None) -> dict[str, Any]:
        with self._cond:
            newest_first = list(reversed(self.events))
            start = int(token) if token and token.isdigit() else 0
            page = newest_first[start : start + max_results]
            users = [self.users[e["sender_id"]] for e in page if e["sender_id"] in self.users]
        meta: dict[str, Any] = {"result_count": len(page)}
        if start + max_results < len(newest_first):
            meta["next_token"] = str(start + max_results)
        body: dict[str, Any] = {"data": page, "meta": meta} if page else {"meta": meta}
        if users:
            body["includes"] = {"users": list({u["id"]: u for u in users}.values())}
        return body

    def _build(self) -> Flask:
        app = Flask("fake-x-api")

        @app.post("/2/dm_conversations/with/<participant_id>/messages")
        def create_dm(participant_id: str) -> Any:
            if (failed := self.record()) is not None:
                return failed
            text = (request.get_json(silent=True) or {}).get("text", "")
            # X lists the bot's own DMs in /2/dm_events too, with the bot as sender.
            conversation = f"{participant_id}-{self.bot_user_id}"
            event_id = self._append(self.bot_user_id, text, conversation=conversation)
            data = {"dm_conversation_id": conversation, "dm_event_id": event_id}
            return jsonify({"data": data}), 201

        @app.get("/2/dm_events")
        def dm_events() -> Any:
            if (failed := self.record()) is not None:
                return failed
            size = request.args.get("max_results", "100")
            return jsonify(
                self._page(int(size) if size.isdigit() else 100, request.args.get("pagination_token"))
            )

        return app


# -- webhooks as X would POST them (for end-to-end tests and the demo) -----------------------------------

_event_ids = itertools.count(FIRST_ID + 500_000_000)


def sign(body: bytes, consumer_secret: str) -> dict[str, str]:
    """The headers X sends with a webhook body: ``x-twitter-webhooks-signature`` and the content type."""
    digest = base64.b64encode(hmac.new(consumer_secret.encode(), body, hashlib.sha256).digest()).decode()
    return {"x-twitter-webhooks-signature": f"sha256={digest}", "Content-Type": "application/json"}


def dm_update(
    sender_id: str, text: str, *, bot_user_id: str, name: str = "Warga", **data: Any
) -> dict[str, Any]:
    """An Account Activity webhook carrying one DM to the bot; ``data`` adds to ``message_data``."""
    event = {
        "type": "message_create",
        "id": str(next(_event_ids)),
        "created_timestamp": str(int(time.time() * 1000)),
        "message_create": {
            "target": {"recipient_id": bot_user_id},
            "sender_id": sender_id,
            "message_data": {
                "text": text,
                "entities": {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []},
                **data,
            },
        },
    }
    users = {sender_id: {"id": sender_id, "name": name, "screen_name": name.lower().replace(" ", "")}}
    return {"for_user_id": bot_user_id, "direct_message_events": [event], "users": users}


# -- the citizen's side of a terminal chat ------------------------------------------------------------

CHAT_BOT = "1111111111111111111"  # the fake X account the chat talks to
_CHOICE = re.compile(r"\[(\d+)\] (.*)")


@dataclass
class Chat(ChatChannel):
    """The X side: a fake X API and Account Activity webhooks signed with the consumer secret.

    X DMs have no buttons: choices arrive as "[1] label" lines, and a citizen answers by typing the
    number, which is what pressing a choice sends here (Aduan maps it to the choice's value).
    """

    fake: XApiFake = field(default_factory=lambda: XApiFake(bot_user_id=CHAT_BOT))
    secret: str = "chat-consumer-secret"

    def start(self, block: Mapping[str, Any]) -> dict[str, Any]:
        server = self.serve(self.fake.app)
        return {
            **block,
            "enabled": True,
            "mode": "webhook",
            "api_base_url": server.url,
            "consumer_key": "chat",
            "consumer_secret": self.secret,
            "access_token": "chat",
            "access_token_secret": "chat",
            "bot_user_id": CHAT_BOT,
        }

    def headers(self, body: bytes) -> dict[str, str]:
        return sign(body, self.secret)

    def text(self, user: str, text: str) -> dict[str, Any]:
        return dm_update(user, text, bot_user_id=CHAT_BOT)

    def pin(self, user: str, lat: float, lng: float) -> dict[str, Any]:
        point = {"type": "Point", "coordinates": [lng, lat]}  # GeoJSON: longitude first
        attachment = {
            "type": "location",
            "location": {"type": "shared_coordinate", "shared_coordinate": {"coordinates": point}},
        }
        return dm_update(user, "", bot_user_id=CHAT_BOT, attachment=attachment)

    def photo(self, user: str, path: str, caption: str) -> dict[str, Any]:
        media = {
            "id_str": str(abs(hash(path))),
            "media_url_https": f"https://pbs.twimg.com/{Path(path).name}",
        }
        return dm_update(user, caption, bot_user_id=CHAT_BOT, attachment={"type": "media", "media": media})

    def button(self, user: str, value: str, label: str) -> dict[str, Any]:
        return dm_update(user, value, bot_user_id=CHAT_BOT)  # the value is the choice's number

    def replies(self, user: str) -> list[ChatReply]:
        sent = [
            e
            for e in self.fake.events
            if e["sender_id"] == CHAT_BOT and e["dm_conversation_id"] == f"{user}-{CHAT_BOT}"
        ]
        return [_seen_by_citizen(str(event["text"])) for event in sent]


def _seen_by_citizen(dm: str) -> ChatReply:
    """A DM's text and the numbered choices that end it (after a blank line), as (label, number)."""
    text, blank, tail = dm.rpartition("\n\n")
    choices = [_CHOICE.fullmatch(line) for line in tail.splitlines()]
    if not blank or not choices or not all(choices):
        return dm, [], False
    return text, [(m.group(2), m.group(1)) for m in choices if m], False
