"""``aduan chat``: a citizen's conversation in the terminal, through the real pipeline.

Each line becomes a signed webhook to the real Flask app; the queue runs the NLU and the router;
replies go out through the Outbox and the real platform library to a fake platform, and what the
fake received is printed as the citizen would see it.

When ``aduan serve --fake-platforms`` runs at ``web.host``:``web.port`` (``make run``), the chat joins
it (:func:`join_chat`): its webhooks go to that server, its replies are read from that server's fakes,
its tickets are that server's tickets, and no second Rasa starts. Otherwise it runs the app, an
in-process queue and the fakes itself (:func:`run_chat`), on a database of its own.
"""

from __future__ import annotations

import json
import os
import secrets
import shlex
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import httpx

from aduan import settings
from aduan.errors import ConfigError
from fakes import chat as fake_chat

REPLY_TIMEOUT = 60.0
POLL_SECONDS = 0.2


@dataclass
class Session:
    """One terminal chat: the citizen's id, the buttons last offered, and where to print.

    ``queue`` is the in-process queue of a chat that runs alone: replies are complete once it is idle.
    A chat that joined a server has none; it prints replies as they arrive, until none has come for
    ``quiet`` seconds after the first (or ``REPLY_TIMEOUT`` passed without one).
    """

    chat: fake_chat.ChatChannel
    client: httpx.Client
    queue: Any
    out: IO[str]
    user: str
    path: str  # the webhook's path; httpx would add a slash to a base URL ending in it
    quiet: float = 2.0
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
            self.out.flush()
            return
        if self.queue is not None:
            self._wait_idle()
            self._print(self.chat.new_replies(self.user))
        else:
            self._print_as_they_come()

    def _update(self, line: str) -> dict[str, Any] | None:
        if line.startswith("/user"):
            self.user = line.split(maxsplit=1)[1].strip() if " " in line else self.user
            self.out.write(f"(now chatting as user {self.user})\n")
            self.buttons = []
            self.chat.new_replies(self.user)  # what reached that citizen before is not this chat's
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

    def _wait_idle(self) -> None:
        deadline = time.monotonic() + REPLY_TIMEOUT
        while not self.queue.wait_idle(timeout=1.0) and time.monotonic() < deadline:
            pass

    def _print_as_they_come(self) -> None:
        start = last = time.monotonic()
        got = False
        while True:
            fresh = self.chat.new_replies(self.user)
            now = time.monotonic()
            if fresh:
                self._print(fresh)
                got, last = True, now
            elif (got and now - last >= self.quiet) or (not got and now - start >= REPLY_TIMEOUT):
                break
            time.sleep(POLL_SECONDS)
        if not got:
            self.out.write(f"! no reply within {REPLY_TIMEOUT:.0f} s (see the server's log)\n")
            self.out.flush()

    def _print(self, replies: list[fake_chat.ChatReply]) -> None:
        for text, buttons, asks_location in replies:
            self.out.write(text + "\n")
            for i, (label, _value) in enumerate(buttons, 1):
                self.out.write(f"[{i}] {label}\n")
            if asks_location:
                self.out.write("[📍] share a location with: /pin LAT LNG\n")
            self.buttons = buttons or self.buttons
        self.out.flush()


def converse(session: Session, stdin: Iterable[str], stdout: IO[str]) -> None:
    """Sends each line; a line read from a pipe is echoed (``> line``) so the output reads as a dialogue."""
    interactive = getattr(stdin, "isatty", lambda: False)()
    if interactive:
        stdout.write("Aduan chat - type a message; /pin LAT LNG, /photo PATH, /user ID; Ctrl-D to quit.\n> ")
        stdout.flush()
    for line in stdin:
        if line.strip():
            if not interactive:
                stdout.write(f"> {line.strip()}\n")
            session.send(line)
        if interactive:
            stdout.write("> ")
            stdout.flush()


def new_user() -> str:
    """A citizen id no one has used: digits (as every platform's user ids are), like a phone number."""
    return "62" + "".join(secrets.choice("0123456789") for _ in range(10))


# --- joining a running server ---------------------------------------------------------------------


def run_file(cfg: settings.Config) -> Path:
    """Where ``aduan serve --fake-platforms`` writes its fakes' addresses, for ``aduan chat`` to find."""
    return settings.resolve_path(cfg.storage.var_dir) / "run" / f"fakes-{cfg.web.port}.json"


def write_run_file(cfg: settings.Config, fakes: dict[str, str]) -> Path:
    """Records this server's fake platforms (called by ``aduan serve --fake-platforms``)."""
    path = run_file(cfg)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"pid": os.getpid(), "channels": fakes}))
    tmp.replace(path)
    return path


def server_url(cfg: settings.Config) -> str:
    host = cfg.web.host if cfg.web.host not in ("", "0.0.0.0", "::") else "127.0.0.1"
    return f"http://{host}:{cfg.web.port}"


def find_server(cfg: settings.Config) -> dict[str, str] | None:
    """The fakes (channel -> URL) of the ``aduan serve`` answering at ``web.host``:``web.port``.

    Returns:
        None when no Aduan server answers there.

    Raises:
        ConfigError: a server answers, but without fake platforms (its replies go to the real ones).
    """
    url = server_url(cfg)
    try:
        answer = httpx.get(f"{url}/healthz", timeout=3)
    except httpx.HTTPError:
        return None
    if answer.headers.get("server") != "aduan":
        return None  # something else listens there: not ours to join
    try:
        record = json.loads(run_file(cfg).read_text())
        pid, channels = int(record["pid"]), dict(record["channels"])
        os.kill(pid, 0)
    except (OSError, ValueError, KeyError, TypeError):
        raise ConfigError(
            f"chat: the server at {url} runs without --fake-platforms, so its replies go to the real "
            "platforms; run it with `make run` (fake platforms), or chat on your own with --alone"
        ) from None
    return {str(k): str(v) for k, v in channels.items()}


def join_chat(
    cfg: settings.Config,
    fakes: dict[str, str],
    *,
    channel: str,
    user: str,
    stdin: Iterable[str],
    stdout: IO[str],
) -> int:
    """Chats through the running server whose fake platforms are ``fakes``; returns the exit code."""
    if channel not in fakes:
        raise ConfigError(
            f"chat: the server at {server_url(cfg)} has no fake {channel} "
            f"(it has: {', '.join(fakes) or 'none'}); enable channels.{channel} there"
        )
    chat = fake_chat.RemoteChat(fakes[channel])
    interval = float(cfg.channels.get(channel, {}).get("per_chat_interval") or 0.0)
    try:
        with httpx.Client(base_url=server_url(cfg), timeout=30) as client:
            chat.skip_old(user)
            session = Session(chat, client, None, stdout, user, f"/webhooks/{channel}", quiet=interval + 1.5)
            converse(session, stdin, stdout)
    except httpx.HTTPError as exc:
        raise ConfigError(f"chat: lost the server at {server_url(cfg)}: {exc}") from None
    finally:
        chat.stop()
    return 0


# --- alone ------------------------------------------------------------------------------------------


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
    """Runs the app, an in-process queue and the fake here until stdin ends; returns the exit code."""
    from fakes.server import ServerThread
    from jobs import runtime
    from jobs.inprocess import InProcessQueue
    from store import db
    from web import create_app

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
    try:
        with httpx.Client(base_url=web.url, timeout=30) as client:
            converse(Session(chat, client, queue, stdout, user, f"/webhooks/{channel}"), stdin, stdout)
    finally:
        web.stop()
        queue.stop()
        rt.close()
        chat.stop()
    return 0
