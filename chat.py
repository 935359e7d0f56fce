"""``aduan chat``: a citizen's conversation in the terminal, through the real pipeline.

Each line becomes a signed webhook to the real Flask app; the in-process queue runs the NLU
and the router; replies go out through the Outbox and the real platform library to a local
fake platform, and what the fake received is printed as the citizen would see it.
"""

from __future__ import annotations

import json
import shlex
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import httpx

import settings
from fakes import telegram as fake_telegram
from fakes.server import ServerThread
from jobs import runtime
from jobs.inprocess import InProcessQueue
from store import db
from web import create_app

REPLY_TIMEOUT = 60.0


@dataclass
class TelegramChat:
    """The Telegram side of a terminal chat: a fake Bot API and updates shaped like Telegram's."""

    fake: fake_telegram.FakeTelegram = field(default_factory=fake_telegram.FakeTelegram)
    secret: str = "chat-secret"
    server: ServerThread | None = None
    seen: dict[str, int] = field(default_factory=dict)

    def start(self, cfg: settings.Config) -> None:
        self.server = ServerThread(self.fake.app).start()
        cfg["channels"]["telegram"].update(
            enabled=True, api_base_url=self.server.url, token="1:chat", secret_token=self.secret, per_chat_interval=0.0
        )

    def headers(self) -> dict[str, str]:
        return {"X-Telegram-Bot-Api-Secret-Token": self.secret}

    def text(self, user: str, text: str) -> dict[str, Any]:
        return fake_telegram.text_update(int(user), text)

    def pin(self, user: str, lat: float, lng: float) -> dict[str, Any]:
        return fake_telegram.location_update(int(user), lat, lng)

    def photo(self, user: str, path: str, caption: str) -> dict[str, Any]:
        return fake_telegram.photo_update(int(user), f"local:{Path(path).name}", caption=caption)

    def button(self, user: str, value: str) -> dict[str, Any]:
        return fake_telegram.callback_update(int(user), value)

    def new_replies(self, user: str) -> list[tuple[str, list[tuple[str, str]], bool]]:
        """(text, buttons as (label, value), asks for location) of replies not shown yet."""
        messages = self.fake.messages_to(user)
        fresh = messages[self.seen.get(user, 0) :]
        self.seen[user] = len(messages)
        return [_telegram_reply(m) for m in fresh]

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()


def _telegram_reply(message: dict[str, Any]) -> tuple[str, list[tuple[str, str]], bool]:
    markup = message.get("reply_markup") or {}
    if isinstance(markup, str):
        markup = json.loads(markup)
    buttons = [(b["text"], b.get("callback_data", b["text"])) for row in markup.get("inline_keyboard", []) for b in row]
    asks_location = any(b.get("request_location") for row in markup.get("keyboard", []) for b in row)
    return message["text"], buttons, asks_location


CHANNELS = {"telegram": TelegramChat}


@dataclass
class Session:
    """One terminal chat: the citizen's id, the buttons last offered, and where to print."""

    chat: Any
    client: httpx.Client
    queue: InProcessQueue
    out: IO[str]
    user: str
    buttons: list[tuple[str, str]] = field(default_factory=list)

    def send(self, line: str) -> None:
        update = self._update(line.strip())
        if update is None:
            return
        response = self.client.post("", json=update, headers=self.chat.headers())
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
            return self.chat.pin(self.user, float(parts[1]), float(parts[2]))
        if line.startswith("/photo"):
            parts = shlex.split(line)
            return self.chat.photo(self.user, parts[1], " ".join(parts[2:]))
        if line.isdigit() and 1 <= int(line) <= len(self.buttons):
            return self.chat.button(self.user, self.buttons[int(line) - 1][1])
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


def run_chat(cfg: settings.Config, *, channel: str, user: str, nlu_url: str, nlu_token: str,
             stdin: Iterable[str], stdout: IO[str]) -> int:
    """Runs the chat until stdin ends; returns the exit code."""
    if channel not in CHANNELS:
        raise settings.ConfigError(f"chat: channel {channel!r} has no local fake yet (available: {', '.join(CHANNELS)})")
    db.upgrade(settings.database_url(cfg))
    chat = CHANNELS[channel]()
    chat.start(cfg)
    rt = runtime.build(cfg, nlu_url=nlu_url, nlu_token=nlu_token)
    queue = InProcessQueue(rt, workers=2, sweep_seconds=1.0).start()
    web = ServerThread(create_app(rt=rt)).start()
    interactive = getattr(stdin, "isatty", lambda: False)()
    try:
        with httpx.Client(base_url=f"{web.url}/webhooks/{channel}", timeout=30) as client:
            session = Session(chat, client, queue, stdout, user)
            if interactive:
                stdout.write("Aduan chat - type a message; /pin LAT LNG, /photo PATH, /user ID; Ctrl-D to quit.\n> ")
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
