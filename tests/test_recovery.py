"""Crash recovery of the embedded default: real ``aduan serve`` processes and their real Rasa, killed with
SIGKILL and restarted on loopback, counting messages, replies and rows (issue 16).

A fake Telegram Bot API runs in the test process, so it outlives every ``aduan serve`` and counts what
citizens would have received; webhooks that find no server are posted again, as Telegram does.
``bench/recovery.py`` runs the same kill loop longer and prints the figures.
"""

from __future__ import annotations

import json
import logging
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from aduan.errors import NluUnavailable
from fakes.server import ServerThread
from fakes.telegram import FakeTelegram, text_update
from jobs import runtime, tasks
from nlu import train
from nlu.server import ProcessId, RasaServer, free_port, is_up, rasa_env, rasa_executable
from store import repo
from store.models import Outbox, utcnow

ROOT = Path(__file__).resolve().parents[1]
SECRET = "recovery-secret"
HOLDING = "Pesan Anda sudah kami simpan."  # messages.id.nlu_unavailable
TEXTS = [
    "halo min",
    "sampah udah 3 hari ga diangkut di kel. pejaten timur",
    "lampu jalan mati total di jl. pejaten raya kel. pejaten timur",
    "jalan berlubang besar di kel. cilandak barat",
    "terima kasih",
    "status ADU-000001",
]


class SlowSends:
    """Wraps the fake's WSGI app: after a ``sendMessage`` is recorded, the answer waits ``delay`` seconds.

    A kill inside that wait is the crash the issue describes: the platform has the message, the row is
    still ``sending``.
    """

    def __init__(self, app: Any) -> None:
        self.app = app
        self.delay = 0.0

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        body = b"".join(self.app(environ, start_response))
        if self.delay and environ.get("PATH_INFO", "").endswith("/sendMessage"):
            time.sleep(self.delay)
        return [body]


@dataclass
class Deployment:
    """An Aduan home folder with its SQLite database, started and killed as an operator would."""

    home: Path
    sweep_seconds: float = 1.0
    fake: FakeTelegram = field(default_factory=FakeTelegram)
    web_port: int = field(default_factory=free_port)
    nlu_port: int = field(default_factory=free_port)
    proc: subprocess.Popen[bytes] | None = None

    def __post_init__(self) -> None:
        self.slow = SlowSends(self.fake.app)
        self.fake_server = ServerThread(self.slow).start()
        self.url = f"http://127.0.0.1:{self.web_port}"
        self.db_path = self.home / "aduan.sqlite3"
        self.pid_path = self.home / "var" / "run" / f"rasa-{self.nlu_port}.pid"
        self.log_path = self.home / "serve.log"
        self._http = httpx.Client(timeout=5)

    @property
    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("ADUAN_", "RASA_", "DATABASE_URL"))}
        env.update(
            ADUAN_HOME=str(self.home),
            ADUAN_DATABASE__URL=f"sqlite:///{self.db_path}",
            ADUAN_NLU__MODEL_DIR=str(ROOT / "models"),
            ADUAN_NLU__RASA_VENV=str(ROOT / ".venv-rasa"),
            ADUAN_NLU__PORT=str(self.nlu_port),
            ADUAN_NLU__TIMEOUT="30",  # two cores shared with other work: a slow parse is not an outage here
            ADUAN_NLU__STARTUP_TIMEOUT="600",
            ADUAN_WEB__PORT=str(self.web_port),
            ADUAN_QUEUE__SWEEP_SECONDS=str(self.sweep_seconds),
            ADUAN_CHANNELS__TELEGRAM__ENABLED="true",
            ADUAN_CHANNELS__TELEGRAM__TOKEN="1:recovery",
            ADUAN_CHANNELS__TELEGRAM__SECRET_TOKEN=SECRET,
            ADUAN_CHANNELS__TELEGRAM__API_BASE_URL=self.fake_server.url,
            ADUAN_CHANNELS__TELEGRAM__PER_CHAT_INTERVAL="0",
        )
        return env

    def aduan(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "aduan", *args],
            env=self.env,
            cwd=self.home,
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    def upgrade(self) -> Deployment:
        done = self.aduan("db", "upgrade")
        assert done.returncode == 0, done.stderr
        return self

    def start(self) -> float:
        """Starts ``aduan serve``; returns the monotonic time it was started."""
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "aduan", "serve"],
                env=self.env,
                cwd=self.home,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        return time.monotonic()

    def kill(self) -> None:
        """SIGKILL: no handler runs, nothing is flushed or stopped in order."""
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()
        self.slow.delay = 0.0

    def close(self) -> None:
        self.stop()
        self._http.close()
        self.fake_server.stop()

    def healthy(self) -> bool:
        try:
            return self._http.get(f"{self.url}/healthz").status_code == 200
        except httpx.HTTPError:
            return False

    def wait_healthy(self, since: float, timeout: float = 900) -> float:
        """Seconds from ``since`` until ``/healthz`` says ok (database and Rasa with its model)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.proc is not None and self.proc.poll() is None, self.tail()
            if self.healthy():
                return time.monotonic() - since
            time.sleep(0.5)
        pytest.fail(f"aduan serve not healthy within {timeout:.0f}s\n{self.tail()}")

    def post(self, update: dict[str, Any]) -> bool:
        """One webhook delivery; False when no server answered 200 (the platform will try again)."""
        try:
            response = self._http.post(
                f"{self.url}/webhooks/telegram",
                json=update,
                headers={"X-Telegram-Bot-Api-Secret-Token": SECRET},
            )
        except httpx.HTTPError:
            return False
        return response.status_code == 200

    def deliver_all(self, updates: Iterable[dict[str, Any]], timeout: float = 60) -> None:
        """Posts each update until it is accepted, as Telegram retries a webhook."""
        deadline = time.monotonic() + timeout
        for update in updates:
            while not self.post(update):
                assert time.monotonic() < deadline, f"webhook never accepted\n{self.tail()}"
                time.sleep(0.2)

    def rasa_pid(self, timeout: float = 10) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                return int(json.loads(self.pid_path.read_text())["rasa"]["pid"])
            except (OSError, ValueError, KeyError):
                time.sleep(0.1)
        pytest.fail(f"no pid file {self.pid_path}\n{self.tail()}")

    def query(self, sql: str) -> list[tuple[Any, ...]]:
        with sqlite3.connect(self.db_path, timeout=30) as conn:
            return conn.execute(sql).fetchall()

    def settled(self, timeout: float = 120) -> bool:
        """Waits until every inbound message is processed and every reply is sent."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            [(unprocessed,)] = self.query(
                "SELECT count(*) FROM messages WHERE direction = 'in' AND processed_at IS NULL"
            )
            [(unsent,)] = self.query("SELECT count(*) FROM outbox WHERE status != 'sent'")
            if unprocessed == 0 and unsent == 0:
                return True
            time.sleep(0.5)
        return False

    def tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


def gone(pid: int, timeout: float = 10) -> bool:
    """True once ``pid`` has exited (or is a zombie nobody reaped yet)."""
    identity = ProcessId.of(pid)
    deadline = time.monotonic() + timeout
    while identity is not None and identity.alive():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


@dataclass
class Ledger:
    """What the citizens sent and what reached them, checked against the database."""

    updates: list[dict[str, Any]] = field(default_factory=list)

    def burst(self, rng: random.Random, users: list[int], size: int) -> list[dict[str, Any]]:
        batch = [text_update(user, rng.choice(TEXTS)) for user in rng.sample(users, size)]
        self.updates.extend(batch)
        return batch

    def check(self, dep: Deployment) -> dict[str, int]:
        """Asserts the issue's end state and returns the counts: every message once and processed, every
        reply sent at least once, every duplicate counted in ``outbox.interrupted``, no holding reply."""
        assert dep.settled(), dep.tail()
        ids = {str(u["message"]["message_id"]) for u in self.updates}
        stored = dep.query("SELECT platform_message_id, processed_at FROM messages WHERE direction = 'in'")
        assert len(stored) == len({m for m, _ in stored}) == len(ids), "every accepted message stored once"
        assert all(processed for _, processed in stored)
        rows = dep.query("SELECT recipient_id, payload, kind, attempts, interrupted FROM outbox")
        assert [r for r in rows if r[2] == "holding"] == [], "no holding reply while the NLU was starting"
        expected = Counter((str(r[0]), json.loads(r[1])["text"]) for r in rows)
        received = Counter((str(m["chat_id"]), m["text"]) for m in dep.fake.sent)
        assert not any(text.startswith(HOLDING) for _, text in received)
        missing = expected - received
        assert not missing, f"replies never delivered: {missing}"
        duplicates = sum((received - expected).values())
        interrupted = sum(r[4] for r in rows)
        assert duplicates <= interrupted, "every duplicate shows in outbox.interrupted"
        assert all(r[3] >= 1 + r[4] for r in rows), "an interrupted send was counted as an attempt"
        return {
            "messages": len(stored),
            "replies": len(rows),
            "duplicates": duplicates,
            "interrupted": interrupted,
        }


def kill_loop(
    dep: Deployment, *, kills: int, seed: int, report: Callable[[str], None] = print
) -> dict[str, Any]:
    """Kill -9 at random moments (during ingest, during the NLU, during a send), each followed by an
    immediate restart; returns the figures. The deployment must be upgraded and not running."""
    rng = random.Random(seed)
    users = list(range(7001, 7013))
    ledger = Ledger()
    restart_to_serving: list[float] = []
    started = dep.start()
    restart_to_serving.append(dep.wait_healthy(started))
    for round_ in range(kills):
        moment = ("ingest", "nlu", "send")[round_ % 3]
        rasa = dep.rasa_pid()
        if moment == "ingest":  # the kill lands while webhooks are arriving
            batch = ledger.burst(rng, users, 6)
            poster = threading.Thread(target=lambda b=batch: [dep.post(u) or time.sleep(0.05) for u in b])
            poster.start()
            time.sleep(rng.uniform(0.0, 0.3))
        elif moment == "nlu":  # the kill lands while messages are being read and answered
            dep.deliver_all(ledger.burst(rng, users, 6))
            time.sleep(rng.uniform(0.0, 0.5))
        else:  # the kill lands after the platform took a reply and before the row is marked sent
            dep.slow.delay = 2.0
            before = len(dep.fake.sent)
            dep.deliver_all(ledger.burst(rng, users, 4))
            deadline = time.monotonic() + 60
            while len(dep.fake.sent) == before and time.monotonic() < deadline:
                time.sleep(0.02)
            assert len(dep.fake.sent) > before, dep.tail()
        dep.kill()
        if moment == "ingest":
            poster.join()
        dep.slow.delay = 0.0
        assert gone(rasa), f"Rasa pid {rasa} outlived its aduan serve"
        started = dep.start()
        # The platform redelivers what got no 200 (here: everything, again); nothing is stored twice.
        dep.deliver_all(ledger.updates)
        restart_to_serving.append(dep.wait_healthy(started))
        report(
            f"kill {round_ + 1}/{kills} during {moment}: serving {restart_to_serving[-1]:.1f}s after restart"
        )
    counts = ledger.check(dep)
    return {**counts, "kills": kills, "restart_to_serving": restart_to_serving}


def _log_once(dep: Deployment, text: str, *, timeout: float = 15.0) -> list[str]:
    """The serve log's aduan lines, once ``text`` was logged after Rasa's last death (or at the timeout)."""
    deadline = time.monotonic() + timeout
    while True:
        log = [line for line in dep.log_path.read_text(errors="replace").splitlines() if " aduan." in line]
        died = [_logged_at(line) for line in log if "Rasa died" in line]
        since = [line for line in log if died and _logged_at(line) >= died[-1]]
        if any(text in line for line in since) or time.monotonic() > deadline:
            return log
        time.sleep(0.1)


@pytest.fixture
def deployment(tmp_path: Path) -> Iterator[Deployment]:
    dep = Deployment(tmp_path).upgrade()
    yield dep
    dep.close()


@pytest.fixture(scope="module")
def model() -> Path:
    from aduan import settings
    from aduan.cli import ensure_model

    return ensure_model(settings.load(env={}))


# --- 1 and 4: the child dies with its parent; a restart serves; a dead Rasa serves again quickly ---------


def test_a_killed_serve_takes_its_rasa_along_and_a_dead_rasa_comes_back(
    deployment: Deployment, model: Path
) -> None:
    dep = deployment
    first_start = dep.wait_healthy(dep.start())
    rasa = dep.rasa_pid()
    dep.deliver_all([text_update(7101, "halo min")])
    dep.kill()
    assert gone(rasa, timeout=5), "the kernel kills Rasa with its parent (PR_SET_PDEATHSIG)"
    # Restart at once, and write while Rasa loads: the messages wait, nobody is told "busy".
    started = dep.start()
    waiting = [text_update(7102, "sampah numpuk di kel. pejaten timur"), text_update(7103, "halo")]
    dep.deliver_all(waiting)
    restart = dep.wait_healthy(started)
    assert dep.settled(), dep.tail()
    assert [m["chat_id"] for m in dep.fake.sent if m["text"].startswith(HOLDING)] == []
    assert {m["chat_id"] for m in dep.fake.sent} == {7101, 7102, 7103}
    # Rasa dies under a running aduan: it serves again within about its own start time.
    os.kill(dep.rasa_pid(), signal.SIGKILL)
    died = time.monotonic()
    while dep.healthy():
        time.sleep(0.05)
    recovery = dep.wait_healthy(died)
    # /healthz asks Rasa itself, so it may say "ok" a moment before the supervisor's own check logs readiness.
    log = _log_once(dep, "Rasa is ready")
    print(
        f"\nfirst start {first_start:.1f}s, restart -> serving {restart:.1f}s, Rasa death -> {recovery:.1f}s"
    )
    # The relaunch follows the death at once (it used to wait ~62 s for the port): the rest is Rasa loading.
    [died_at] = [_logged_at(line) for line in log if "Rasa died" in line]
    relaunched_at = min(
        t for t in map(_logged_at, (x for x in log if "started Rasa pid" in x)) if t >= died_at
    )
    assert relaunched_at - died_at < 5, log
    assert [line for line in log if "in use" in line] == [], log
    assert sum("Rasa is ready" in line for line in log if _logged_at(line) >= died_at) == 1, log
    dep.deliver_all([text_update(7104, "halo min")])
    assert dep.settled() and dep.fake.wait_for(7104, 1)


# --- 1: the second line of defence, and never a stranger's process -------------------------------------


def test_a_rasa_left_by_an_earlier_serve_is_replaced(
    deployment: Deployment, model: Path, tmp_path: Path
) -> None:
    """A Rasa started without the parent-death launcher (as where prctl is missing) outlives its aduan;
    the pid file lets the next ``aduan serve`` recognise and replace it instead of failing for ever."""
    dep = deployment
    bare = tmp_path / "bare-venv" / "bin"  # the rasa command without the venv's python: no launcher
    bare.mkdir(parents=True)
    (bare / "rasa").symlink_to(rasa_executable(ROOT / ".venv-rasa"))
    script = (
        "import sys; from pathlib import Path; from nlu.server import RasaServer;"
        "RasaServer(venv=Path(sys.argv[1]), model=Path(sys.argv[2]), port=int(sys.argv[3]), token='left',"
        " log_path=Path(sys.argv[4]), pid_path=Path(sys.argv[5])).launch()"
    )
    subprocess.run(
        [
            sys.executable,
            "-c",
            script,
            str(bare.parent),
            str(model),
            str(dep.nlu_port),
            str(tmp_path / "left.log"),
            str(dep.pid_path),
        ],
        check=True,
        cwd=ROOT,
        timeout=60,
    )
    left = dep.rasa_pid()
    deadline = time.monotonic() + 300
    while not is_up(f"http://127.0.0.1:{dep.nlu_port}", "left") and time.monotonic() < deadline:
        assert not gone(left, timeout=0), (tmp_path / "left.log").read_text()
        time.sleep(0.5)
    dep.wait_healthy(dep.start())
    assert gone(left, timeout=0) and dep.rasa_pid() != left
    assert f"stopping Rasa pid {left}, left running by an earlier aduan serve" in dep.tail(200)


def test_a_stranger_on_the_nlu_port_is_named_and_never_killed(deployment: Deployment, model: Path) -> None:
    dep = deployment
    stranger = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(dep.nlu_port), "--bind", "127.0.0.1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not _listening(dep.nlu_port) and time.monotonic() < deadline:
            time.sleep(0.1)
        me = ProcessId.of(os.getpid())
        real = ProcessId.of(stranger.pid)
        assert me is not None and real is not None
        line = (
            f"aduan: nlu: port {dep.nlu_port} is in use by another program (not a Rasa this aduan started); "
            "stop it or set nlu.port"
        )
        # No pid file; then a pid file naming the stranger's pid with another start time (pid reuse).
        for record in (
            None,
            {"rasa": {**real.__dict__, "start": real.start + 1}, "parent": {**me.__dict__, "pid": 1 << 22}},
        ):
            if record is not None:
                dep.pid_path.parent.mkdir(parents=True, exist_ok=True)
                dep.pid_path.write_text(json.dumps({**record, "port": dep.nlu_port}))
            done = dep.aduan("serve", timeout=120)
            assert (done.returncode, done.stderr.strip().splitlines()[-1:]) == (1, [line]), done.stderr
            assert stranger.poll() is None
    finally:
        stranger.terminate()
        stranger.wait()


def _logged_at(line: str) -> float:
    """The time of a log line of ``aduan serve`` ("2026-12-06 21:58:20,989 INFO ..."), in seconds."""
    return datetime.strptime(line[:23], "%Y-%m-%d %H:%M:%S,%f").timestamp()


def _listening(port: int) -> bool:
    try:
        httpx.get(f"http://127.0.0.1:{port}/", timeout=1)
    except httpx.HTTPError:
        return False
    return True


# --- 4 and 6: at least once out, duplicates counted; kill -9 at random moments ---------------------------


def test_kill_9_at_random_moments_loses_nothing_and_counts_every_duplicate(
    deployment: Deployment, model: Path
) -> None:
    figures = kill_loop(deployment, kills=3, seed=16)
    print(f"\n{figures}")
    assert figures["messages"] >= 16 and figures["kills"] == 3
    # The third kill landed inside a send: that reply went out twice, and the database says so.
    assert figures["duplicates"] >= 1 and figures["interrupted"] >= figures["duplicates"]


# --- 7: training says what it does, and a failure is one line ------------------------------------------

TINY_CONFIG = """\
recipe: default.v1
language: id
pipeline:
  - name: WhitespaceTokenizer
  - name: CountVectorsFeaturizer
  - name: {classifier}
    epochs: 3
"""
TINY_DATA = """\
version: "3.1"
nlu:
  - intent: greet
    examples: |
      - halo
      - hai min
      - selamat pagi
  - intent: lapor_sampah
    examples: |
      - sampah numpuk
      - sampah belum diangkut
      - banyak sampah di jalan
"""


def _tiny_training(tmp_path: Path, classifier: str) -> tuple[list[str], Path]:
    (tmp_path / "config.yml").write_text(TINY_CONFIG.format(classifier=classifier))
    (tmp_path / "nlu.yml").write_text(TINY_DATA)
    cmd = [
        str(rasa_executable(ROOT / ".venv-rasa")),
        "train",
        "nlu",
        "--config",
        str(tmp_path / "config.yml"),
        "--nlu",
        str(tmp_path / "nlu.yml"),
        "--out",
        str(tmp_path),
        "--fixed-model-name",
        "tiny",
    ]
    return cmd, tmp_path / "tiny.tar.gz"


def test_training_reports_components_and_epochs(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    cmd, target = _tiny_training(tmp_path, "DIETClassifier")
    with caplog.at_level(logging.INFO, logger="aduan.nlu.train"):
        train.run_training(
            cmd,
            env={**rasa_env(), "LOG_LEVEL": "INFO", "RASA_CACHE_DIRECTORY": str(tmp_path / "cache")},
            log_path=tmp_path / "train.log",
            target=target,
            every=0.0,
        )
    lines = [r.getMessage() for r in caplog.records]
    assert "nlu: training DIETClassifier" in lines
    assert any(line.startswith("nlu: training DIETClassifier: epoch 3/3") for line in lines), lines
    assert target.exists()


def test_a_failed_training_is_one_line_naming_the_cause_and_the_log(tmp_path: Path) -> None:
    cmd, target = _tiny_training(tmp_path, "NoSuchClassifier")
    with pytest.raises(NluUnavailable) as failed:
        train.run_training(cmd, env=rasa_env(), log_path=tmp_path / "train.log", target=target)
    message = str(failed.value)
    assert "\n" not in message and message.startswith("nlu: training failed (exit 1): ")
    assert "NoSuchClassifier" in message and message.endswith(f"full output in {tmp_path / 'train.log'}")


def test_the_supervisor_says_starting_then_down_when_rasa_cannot_load_its_model(tmp_path: Path) -> None:
    """A model that is not a model: Rasa serves without it; that is 'down' at once, not 'starting'."""
    broken = tmp_path / "nlu-broken.tar.gz"
    broken.write_bytes(b"not a model")
    server = RasaServer(venv=ROOT / ".venv-rasa", model=broken, log_path=tmp_path / "rasa.log", timeout=120)
    server.launch()
    assert server.state == "starting" and server.starting()
    with pytest.raises(NluUnavailable) as failed:
        server.wait_ready(120)
    assert server.state == "down" and not server.starting()
    server.stop()
    assert str(failed.value) == (
        f"nlu: Rasa could not load the model nlu-broken.tar.gz: run `aduan nlu train --force`; "
        f"see {tmp_path / 'rasa.log'}"
    )


# --- 4: the attempt is counted before the send; an interrupted one is counted when it goes again ---------


def test_an_interrupted_send_counts_two_attempts_and_one_interruption(
    config: Any, places: Any, fake_telegram: FakeTelegram
) -> None:
    config = config.merged({"channels": {"telegram": {"api_base_url": fake_telegram.url}}})  # type: ignore[attr-defined]
    rt = runtime.build(config, places=places)
    try:
        with rt.Session.begin() as session:
            identity = repo.get_or_create_identity(session, "telegram", "4242")
            session.flush()
            row = repo.add_outbox(
                session,
                channel="telegram",
                recipient_id="4242",
                payload={"text": "Halo!"},
                key="test:interrupted",
                identity_id=identity.id,
            )
            session.flush()
            row_id = row.id
        now = utcnow()
        with rt.Session.begin() as session:  # attempt 1 claims the row, then its process dies
            claimed = repo.claim_outbox(session, row_id, now=now, lease_until=now + tasks.send_lease(rt))
            assert claimed is not None and (claimed.attempts, claimed.interrupted) == (1, 0)
        tasks.deliver(rt, row_id)  # the lease holds: nobody sends it meanwhile
        assert fake_telegram.sent == []
        assert tasks.release_orphaned_sends(rt) == 1  # the next aduan serve starts
        tasks.deliver(rt, row_id)
        with rt.Session() as session:
            sent = session.get(Outbox, row_id)
            assert sent is not None
            assert (sent.status, sent.attempts, sent.interrupted) == ("sent", 2, 1)
        assert [m["text"] for m in fake_telegram.sent] == ["Halo!"]
    finally:
        rt.close()
