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
from typing import IO, Any

import httpx

from aduan import settings
from aduan.errors import ConfigError
from fakes import chat as fake_chat
from fakes.server import ServerThread
from jobs import runtime
from jobs.inprocess import InProcessQueue
from store import db
from web import create_app

REPLY_TIMEOUT = 60.0


@dataclass
class Session:
    """One terminal chat: the citizen's id, the buttons last offered, and where to print."""

    chat: fake_chat.ChatChannel
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
    available = fake_chat.channels()
    if channel not in available:
        raise ConfigError(
            f"chat: channel {channel!r} has no local fake yet (available: {', '.join(available)})"
        )
    db.upgrade(settings.database_url(cfg))
    chat = available[channel]()
    block = chat.start(cfg.channels[channel])
    # The citizen waits at the terminal: no spacing between one chat's messages.
    cfg = cfg.merged({"channels": {channel: {**block, "per_chat_interval": 0.0}}})
    rt = runtime.build(cfg, nlu_url=nlu_url, nlu_token=nlu_token)
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
