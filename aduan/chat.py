"""``aduan chat``: a citizen's conversation in the terminal, through the real pipeline.

Each line becomes a signed webhook to the real Flask app; the in-process queue runs the NLU
and the router; replies go out through the Outbox and the real platform library to a local
fake platform, and what the fake received is printed as the citizen would see it.
"""

from __future__ import annotations

import itertools
import json
import shlex
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import httpx
from sqlalchemy import select

from aduan import settings
from aduan.errors import ConfigError
from fakes import telegram as fake_telegram
from fakes import twitter as fake_twitter
from fakes import whatsapp as fake_whatsapp
from fakes.server import ServerThread
from jobs import runtime
from jobs.inprocess import InProcessQueue
from store import db
from store.models import Outbox
from web import create_app

REPLY_TIMEOUT = 60.0
TWITTER_BOT = "1111111111111111111"  # the fake X account the chat talks to
ChatReply = tuple[str, list[tuple[str, str]], bool]  # text, buttons as (label, value), asks for a location


class FakeChannel:
    """What a chat channel does: start its fake platform, build signed updates, read replies back."""

    server: ServerThread | None = None
    rt: runtime.Runtime | None = None

    def start(self, cfg: settings.Config) -> settings.Config:
        """Starts the fake platform; returns the configuration with the channel pointed at it."""
        raise NotImplementedError

    def headers(self, body: bytes) -> dict[str, str]:
        """The headers that authenticate a webhook with this body (secret token or signature)."""
        raise NotImplementedError

    def text(self, user: str, text: str) -> dict[str, Any]:
        """A webhook carrying a text message from ``user``."""
        raise NotImplementedError

    def pin(self, user: str, lat: float, lng: float) -> dict[str, Any]:
        """A webhook carrying a shared map point."""
        raise NotImplementedError

    def photo(self, user: str, path: str, caption: str) -> dict[str, Any]:
        """A webhook carrying the photo at ``path`` (made downloadable on the fake where it can be)."""
        raise NotImplementedError

    def button(self, user: str, value: str, label: str) -> dict[str, Any]:
        """A webhook for pressing the choice ``label`` whose value is ``value``."""
        raise NotImplementedError

    def new_replies(self, user: str) -> list[ChatReply]:
        """The replies that reached ``user`` on the fake since the last call."""
        raise NotImplementedError

    def attach(self, rt: runtime.Runtime) -> None:
        """Gives the channel the running pipeline (X reads button values from the Outbox)."""
        self.rt = rt

    def stop(self) -> None:
        """Stops the fake platform server."""
        if self.server is not None:
            self.server.stop()


@dataclass
class TelegramChat(FakeChannel):
    """The Telegram side of a terminal chat: a fake Bot API and updates shaped like Telegram's."""

    fake: fake_telegram.FakeTelegram = field(default_factory=fake_telegram.FakeTelegram)
    secret: str = "chat-secret"
    seen: dict[str, int] = field(default_factory=dict)

    def start(self, cfg: settings.Config) -> settings.Config:
        self.server = ServerThread(self.fake.app).start()
        settings_ = dict(
            enabled=True,
            api_base_url=self.server.url,
            token="1:chat",
            secret_token=self.secret,
            per_chat_interval=0.0,
        )
        return cfg.merged({"channels": {"telegram": settings_}})

    def headers(self, body: bytes) -> dict[str, str]:
        return {"X-Telegram-Bot-Api-Secret-Token": self.secret}

    def text(self, user: str, text: str) -> dict[str, Any]:
        return fake_telegram.text_update(int(user), text)

    def pin(self, user: str, lat: float, lng: float) -> dict[str, Any]:
        return fake_telegram.location_update(int(user), lat, lng)

    def photo(self, user: str, path: str, caption: str) -> dict[str, Any]:
        file_id = f"local:{Path(path).name}"
        self.fake.add_file(file_id, Path(path).read_bytes())
        return fake_telegram.photo_update(int(user), file_id, caption=caption)

    def button(self, user: str, value: str, label: str) -> dict[str, Any]:
        return fake_telegram.callback_update(int(user), value)

    def new_replies(self, user: str) -> list[ChatReply]:
        """(text, buttons as (label, value), asks for location) of replies not shown yet."""
        messages = self.fake.messages_to(user)
        fresh = messages[self.seen.get(user, 0) :]
        self.seen[user] = len(messages)
        return [_telegram_reply(m) for m in fresh]


def _telegram_reply(message: dict[str, Any]) -> ChatReply:
    markup = message.get("reply_markup") or {}
    if isinstance(markup, str):
        markup = json.loads(markup)
    buttons = [
        (b["text"], b.get("callback_data", b["text"]))
        for row in markup.get("inline_keyboard", [])
        for b in row
    ]
    asks_location = any(b.get("request_location") for row in markup.get("keyboard", []) for b in row)
    return message["text"], buttons, asks_location


@dataclass
class WhatsAppChat(FakeChannel):
    """The WhatsApp side: a fake Graph API and Cloud API webhooks signed with the app secret."""

    fake: fake_whatsapp.GraphApiFake = field(
        default_factory=lambda: fake_whatsapp.GraphApiFake(access_token="chat")
    )
    secret: str = "chat-app-secret"
    seen: dict[str, int] = field(default_factory=dict)
    _media: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def start(self, cfg: settings.Config) -> settings.Config:
        self.server = ServerThread(self.fake.app).start()
        settings_ = dict(
            enabled=True,
            api_base_url=self.server.url,
            phone_number_id="100000000000001",
            access_token="chat",
            app_secret=self.secret,
            verify_token="chat",
            per_chat_interval=0.0,
        )
        return cfg.merged({"channels": {"whatsapp": settings_}})

    def headers(self, body: bytes) -> dict[str, str]:
        return fake_whatsapp.sign(body, self.secret)

    def text(self, user: str, text: str) -> dict[str, Any]:
        return fake_whatsapp.whatsapp_update(user, fake_whatsapp.text_content(text))

    def pin(self, user: str, lat: float, lng: float) -> dict[str, Any]:
        return fake_whatsapp.whatsapp_update(user, fake_whatsapp.location_content(lat, lng))

    def photo(self, user: str, path: str, caption: str) -> dict[str, Any]:
        media_id = f"{next(self._media)}{int(time.time())}"
        self.fake.add_media(media_id, Path(path).read_bytes())
        return fake_whatsapp.whatsapp_update(user, fake_whatsapp.image_content(media_id, caption))

    def button(self, user: str, value: str, label: str) -> dict[str, Any]:
        return fake_whatsapp.whatsapp_update(user, fake_whatsapp.button_reply_content(value, label))

    def new_replies(self, user: str) -> list[ChatReply]:
        messages = self.fake.messages_to(user)
        fresh = messages[self.seen.get(user, 0) :]
        self.seen[user] = len(messages)
        return [_whatsapp_reply(m) for m in fresh]


def _whatsapp_reply(body: dict[str, Any]) -> ChatReply:
    """What the citizen sees of a Cloud API message: text, template text, or an interactive message."""
    if body.get("type") == "template":
        params = [p["text"] for c in body["template"].get("components", []) for p in c.get("parameters", [])]
        return " ".join(params) or body["template"]["name"], [], False
    if body.get("type") != "interactive":
        return body.get("text", {}).get("body", ""), [], False
    interactive = body["interactive"]
    action = interactive.get("action", {})
    buttons = [(b["reply"]["title"], b["reply"]["id"]) for b in action.get("buttons", [])]
    rows = [(r["title"], r["id"]) for s in action.get("sections", []) for r in s.get("rows", [])]
    asks_location = interactive.get("type") == "location_request_message"
    return interactive.get("body", {}).get("text", ""), buttons + rows, asks_location


@dataclass
class TwitterChat(FakeChannel):
    """The X side: a fake X API and Account Activity webhooks signed with the consumer secret.

    X DMs have no buttons: choices arrive as "[1] label" lines. Typing a number answers with a
    quick-reply response whose metadata is the choice's value, read from the Outbox row that was sent.
    """

    fake: fake_twitter.XApiFake = field(
        default_factory=lambda: fake_twitter.XApiFake(bot_user_id=TWITTER_BOT)
    )
    secret: str = "chat-consumer-secret"
    seen: dict[str, int] = field(default_factory=dict)

    def start(self, cfg: settings.Config) -> settings.Config:
        self.server = ServerThread(self.fake.app).start()
        settings_ = dict(
            enabled=True,
            mode="webhook",
            api_base_url=self.server.url,
            consumer_key="chat",
            consumer_secret=self.secret,
            access_token="chat",
            access_token_secret="chat",
            bot_user_id=TWITTER_BOT,
            per_chat_interval=0.0,
        )
        return cfg.merged({"channels": {"twitter": settings_}})

    def headers(self, body: bytes) -> dict[str, str]:
        return fake_twitter.sign(body, self.secret)

    def text(self, user: str, text: str) -> dict[str, Any]:
        return fake_twitter.dm_update(user, text, bot_user_id=TWITTER_BOT)

    def pin(self, user: str, lat: float, lng: float) -> dict[str, Any]:
        point = {"type": "Point", "coordinates": [lng, lat]}  # GeoJSON: longitude first
        attachment = {
            "type": "location",
            "location": {"type": "shared_coordinate", "shared_coordinate": {"coordinates": point}},
        }
        return fake_twitter.dm_update(user, "", bot_user_id=TWITTER_BOT, attachment=attachment)

    def photo(self, user: str, path: str, caption: str) -> dict[str, Any]:
        media = {
            "id_str": str(abs(hash(path))),
            "media_url_https": f"https://pbs.twimg.com/{Path(path).name}",
        }
        return fake_twitter.dm_update(
            user, caption, bot_user_id=TWITTER_BOT, attachment={"type": "media", "media": media}
        )

    def button(self, user: str, value: str, label: str) -> dict[str, Any]:
        reply = {"type": "options", "metadata": value}
        return fake_twitter.dm_update(user, label, bot_user_id=TWITTER_BOT, quick_reply_response=reply)

    def new_replies(self, user: str) -> list[ChatReply]:
        sent = [
            e
            for e in self.fake.events
            if e["sender_id"] == TWITTER_BOT and e["dm_conversation_id"] == f"{user}-{TWITTER_BOT}"
        ]
        fresh = sent[self.seen.get(user, 0) :]
        self.seen[user] = len(sent)
        return [self._reply(event) for event in fresh]

    def _reply(self, event: dict[str, Any]) -> ChatReply:
        """The DM as sent; when its Outbox row offered choices, the text before them and the choices."""
        assert self.rt is not None
        with self.rt.Session() as session:
            row = session.scalars(
                select(Outbox).where(Outbox.channel == "twitter", Outbox.platform_message_id == event["id"])
            ).first()
            stored = dict(row.payload) if row is not None else {}
        buttons = [(b["label"], b["value"]) for b in stored.get("buttons", [])]
        return (stored["text"] if buttons else event["text"]), buttons, False


CHANNELS: dict[str, type[FakeChannel]] = {
    "telegram": TelegramChat,
    "whatsapp": WhatsAppChat,
    "twitter": TwitterChat,
}


@dataclass
class Session:
    """One terminal chat: the citizen's id, the buttons last offered, and where to print."""

    chat: FakeChannel
    client: httpx.Client
    queue: InProcessQueue
    out: IO[str]
    user: str
    path: str  # the webhook's path; httpx would add a slash to a base URL ending in it
    buttons: list[tuple[str, str]] = field(default_factory=list)

    def send(self, line: str) -> None:
        update = self._update(line.strip())
        if update is None:
            return
        body = json.dumps(update).encode()
        headers = {"Content-Type": "application/json", **self.chat.headers(body)}
        response = self.client.post(self.path, content=body, headers=headers)
        if response.status_code != 200:
            self.out.write(f"! webhook answered {response.status_code}: {response.text}\n")
        self._wait_and_print()

    def _update(self, line: str) -> dict[str, Any] | None:
        if line.startswith("/user"):
            self.user = line.split(maxsplit=1)[1].strip() if " " in line else self.user
            self.out.write(f"(now chatting as user {self.user})\n")
            self.buttons = []
            return None
        if line.startswith("/pin"):
            parts = line.split()
            try:
                return self.chat.pin(self.user, float(parts[1]), float(parts[2]))
            except (IndexError, ValueError):
                self.out.write("! /pin LAT LNG, e.g. /pin -6.2745 106.8428\n")
                return None
        if line.startswith("/photo"):
            parts = shlex.split(line)
            try:
                return self.chat.photo(self.user, parts[1], " ".join(parts[2:]))
            except (IndexError, OSError) as exc:
                self.out.write(f"! /photo PATH [caption]: {exc}\n")
                return None
        if line.isdigit() and 1 <= int(line) <= len(self.buttons):
            label, value = self.buttons[int(line) - 1]
            return self.chat.button(self.user, value, label)
        return self.chat.text(self.user, line)

    def _wait_and_print(self) -> None:
        deadline = time.monotonic() + REPLY_TIMEOUT
        while not self.queue.wait_idle(timeout=1.0) and time.monotonic() < deadline:
            pass
        for text, buttons, asks_location in self.chat.new_replies(self.user):
            self.out.write(text + "\n")
            for i, (label, _value) in enumerate(buttons, 1):
                self.out.write(f"[{i}] {label}\n")
            if asks_location:
                self.out.write("[📍] share a location with: /pin LAT LNG\n")
            self.buttons = buttons or self.buttons
        self.out.flush()


def run_chat(
    cfg: settings.Config,
    *,
    channel: str,
    user: str,
    nlu_url: str,
    nlu_token: str,
    stdin: Iterable[str],
    stdout: IO[str],
) -> int:
    """Runs the chat until stdin ends; returns the exit code."""
    if channel not in CHANNELS:
        raise ConfigError(
            f"chat: channel {channel!r} has no local fake yet (available: {', '.join(CHANNELS)})"
        )
    db.upgrade(settings.database_url(cfg))
    chat = CHANNELS[channel]()
    cfg = chat.start(cfg)
    rt = runtime.build(cfg, nlu_url=nlu_url, nlu_token=nlu_token)
    chat.attach(rt)
    queue = InProcessQueue(rt, workers=2, sweep_seconds=1.0).start()
    web = ServerThread(create_app(rt=rt)).start()
    interactive = getattr(stdin, "isatty", lambda: False)()
    try:
        with httpx.Client(base_url=web.url, timeout=30) as client:
            session = Session(chat, client, queue, stdout, user, f"/webhooks/{channel}")
            if interactive:
                stdout.write(
                    "Aduan chat - type a message; /pin LAT LNG, /photo PATH, /user ID; Ctrl-D to quit.\n> "
                )
                stdout.flush()
            for line in stdin:
                if line.strip():
                    session.send(line)
                if interactive:
                    stdout.write("> ")
                    stdout.flush()
    finally:
        web.stop()
        queue.stop()
        rt.close()
        chat.stop()
    return 0
