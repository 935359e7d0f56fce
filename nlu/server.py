"""Starts, watches and stops a local Rasa server from the ``.venv-rasa`` environment.

Rasa 3.6 needs Python 3.10, TensorFlow 2.12 and SQLAlchemy 1.4, so it never shares a
process or a virtual environment with Aduan; we talk to it over HTTP only.

The supervisor owns its Rasa for real. The child is started through a small launcher that asks
the kernel to kill it when its parent dies (``PR_SET_PDEATHSIG``), so a killed ``aduan serve``
leaves no Rasa behind. As a second line of defence, a pid file records the child's pid, its start
time and boot: a later start stops a Rasa it recognises as one it started itself (and whose
parent is gone), and never touches a process it cannot prove is its own.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import httpx

from aduan.errors import NluStarting, NluUnavailable
from nlu.client import NluClient, NluResult, PlaceResolver, Server, pool, split_urls

log = logging.getLogger("aduan.nlu.server")
RASA_DIR = Path(str(resources.files("nlu").joinpath("rasa")))
# Rasa writes its training cache (.rasa/) into its working directory: keep it out of the source tree.
WORK_DIR = RASA_DIR.parents[1] / "var" / "rasa"
# Runs in Rasa's Python before Rasa itself: die with the parent (Linux), and not at all if the parent is
# already gone (it may die between fork and prctl). Elsewhere the pid file is the only defence.
LAUNCHER = """\
import ctypes, os, signal, sys
parent = int(sys.argv[1])
try:
    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
except (AttributeError, OSError):
    pass
if os.getppid() != parent:
    sys.exit(1)
os.execv(sys.executable, [sys.executable, *sys.argv[2:]])
"""


def rasa_env() -> dict[str, str]:
    """The environment for Rasa processes: our custom components importable, no telemetry, quiet TF."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(RASA_DIR), env.get("PYTHONPATH")]))
    env.update(
        RASA_TELEMETRY_ENABLED="false",
        TF_CPP_MIN_LOG_LEVEL="3",
        SQLALCHEMY_SILENCE_UBER_WARNING="1",
        PYTHONWARNINGS="ignore",
        LOG_LEVEL="WARNING",
    )
    return env


def rasa_executable(venv: Path) -> Path:
    """The ``rasa`` command inside the Rasa virtual environment.

    Raises:
        NluUnavailable: when the environment is missing (run ``make rasa``).
    """
    exe = venv / "bin" / "rasa"
    if not exe.exists():
        raise NluUnavailable(f"nlu: no Rasa at {exe}: run `make rasa` to install it")
    return exe


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def port_free(port: int) -> bool:
    """True when Rasa could listen on ``port``.

    Rasa's server (Sanic) binds with SO_REUSEADDR, so the sockets a dead Rasa leaves in TIME_WAIT
    or FIN-WAIT-2 do not stop it; only another listener does. The check binds the same way.
    """
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def is_up(url: str, token: str, timeout: float = 1.0) -> bool:
    """True when a Rasa server at ``url`` (any one, when it lists several) answers with a loaded model."""
    return any((status(u, token, timeout) or {}).get("model_file") for u in split_urls(url))


def status(url: str, token: str, timeout: float = 1.0) -> dict[str, Any] | None:
    """Rasa's ``GET /status``, or None when nothing answers it."""
    try:
        response = httpx.get(f"{url}/status", params={"token": token}, timeout=timeout)
    except httpx.HTTPError:
        return None
    if response.status_code == 409:  # Rasa's "no agent loaded": it runs, without a model
        return {}
    if response.status_code != 200:
        return None
    body: dict[str, Any] = response.json()
    return body


# --- knowing our own processes ------------------------------------------------------------------


@dataclass(frozen=True)
class ProcessId:
    """A process as the kernel knows it for this boot: pid reuse cannot fake the start time too."""

    pid: int
    start: int  # clock ticks since boot (/proc/<pid>/stat field 22)
    boot: str

    @classmethod
    def of(cls, pid: int) -> ProcessId | None:
        start = _start_ticks(pid)
        return None if start is None else cls(pid, start, _boot_id())

    def alive(self) -> bool:
        return self.boot == _boot_id() and _start_ticks(self.pid) == self.start


def _start_ticks(pid: int) -> int | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[1].split()
    return None if fields[0] == "Z" else int(fields[19])  # a zombie is dead already


def _boot_id() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return ""


def _cmdline(pid: int) -> list[str]:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace").split("\0")
    except OSError:
        return []


class PidFile:
    """``var/run/rasa-<port>.pid``: which Rasa an ``aduan serve`` started, and which process started it."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def write(self, child: int, port: int) -> None:
        me, rasa = ProcessId.of(os.getpid()), ProcessId.of(child)
        if me is None or rasa is None:  # no /proc (not Linux): nothing we could check later
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        record = {"rasa": rasa.__dict__, "parent": me.__dict__, "port": port}
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(record))
        tmp.replace(self.path)

    def leftover(self) -> tuple[ProcessId, bool] | None:
        """The recorded Rasa if it still runs, and whether the ``aduan`` that started it is gone."""
        try:
            record = json.loads(self.path.read_text())
            rasa, parent = ProcessId(**record["rasa"]), ProcessId(**record["parent"])
            port = int(record["port"])
        except (OSError, ValueError, KeyError, TypeError):
            return None
        cmd = _cmdline(rasa.pid)
        ours = rasa.alive() and "run" in cmd and str(port) in cmd and any(a.endswith("rasa") for a in cmd)
        return (rasa, not parent.alive()) if ours else None

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)


def _terminate(proc: ProcessId, grace: float = 10.0) -> None:
    """SIGTERM, then SIGKILL; waits until the process is gone (it is not our child: poll /proc)."""
    for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 5.0)):
        if not proc.alive():
            return
        os.kill(proc.pid, sig)
        deadline = time.monotonic() + wait
        while proc.alive() and time.monotonic() < deadline:
            time.sleep(0.1)


# --- the supervisor -----------------------------------------------------------------------------


class RasaServer:
    """A supervised ``rasa run --enable-api`` process on loopback.

    Its ``state`` is ``starting`` from launch until Rasa answers with its model loaded, ``ready``
    while it does, and ``down`` when it exited during start or missed ``timeout``: only ``down``
    (and a dead server not yet relaunched) means the NLU is really unavailable.

    Args:
        venv: the Rasa virtual environment.
        model: the model archive to load.
        port: the port to listen on (0 picks a free one).
        token: the auth token; a random one when empty.
        log_path: where Rasa's output goes.
        pid_path: the pid file that lets a later start recognise a Rasa this one left running.
        timeout: seconds a start may take before the NLU counts as down.
    """

    def __init__(
        self,
        *,
        venv: Path,
        model: Path,
        port: int = 0,
        token: str = "",
        log_path: Path,
        pid_path: Path | None = None,
        timeout: float = 180.0,
    ) -> None:
        self.venv = venv
        self.model = model
        self.port = port or free_port()
        self.token = token or secrets.token_urlsafe(24)
        self.log_path = log_path
        self.pid_file = PidFile(pid_path) if pid_path else None
        self.timeout = timeout
        self.url = f"http://127.0.0.1:{self.port}"
        self.state = "stopped"
        self.restarts = 0
        self.on_ready: list[Callable[[], None]] = []
        self.on_death: list[Callable[[], None]] = []
        self.on_swap: list[Callable[[str], None]] = []  # called with the new URL once it serves
        self.desired: Callable[[], Path | None] | None = None  # the model that should serve (the registry)
        self._swap_request: tuple[Path, threading.Event, list[str]] | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._launched_at = 0.0
        self._log_start = 0
        self._stopping = threading.Event()
        self._watchdog: threading.Thread | None = None
        self._lock = threading.Lock()

    def start(self, *, timeout: float | None = None) -> RasaServer:
        """Starts Rasa and waits until it answers with the model loaded.

        Raises:
            NluUnavailable: Rasa exited or did not become ready within ``timeout``.
        """
        self.launch()
        self.wait_ready(timeout or self.timeout)
        return self

    def launch(self) -> None:
        """Starts the process without waiting for it to be ready.

        The launching thread must live as long as the child: the kernel's parent-death signal follows
        the thread that forked (``start`` and the watchdog both qualify).

        Raises:
            NluUnavailable: the port is taken by another program, or Rasa is not installed.
        """
        exe = rasa_executable(self.venv)
        self._clear_port()
        cmd = [
            # "--auth-token=...": a token may start with "-", which argparse would read as an option
            str(exe), "run", "--enable-api", f"--auth-token={self.token}",
            "-m", str(self.model), "-i", "127.0.0.1", "-p", str(self.port), "--quiet",
        ]  # fmt: skip
        python = self.venv / "bin" / "python"
        launcher = [str(python), "-c", LAUNCHER, str(os.getpid())] if python.exists() else []
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        WORK_DIR.mkdir(parents=True, exist_ok=True)
        # One TensorFlow thread per parse: DIET's matrices are small, and Sanic serves one parse at a time, so
        # a second thread only contends with the HTTP work (bench/nlu.py: 87 vs 81 msg/s on 2 cores).
        env = {"TF_INTRA_OP_PARALLELISM_THREADS": "1", "TF_INTER_OP_PARALLELISM_THREADS": "1", **rasa_env()}
        with open(self.log_path, "ab") as out:
            self._log_start = out.tell()
            self._proc = subprocess.Popen(
                launcher + cmd,
                stdout=out,
                stderr=subprocess.STDOUT,
                env=env,
                cwd=WORK_DIR,
                start_new_session=True,  # a Ctrl-C in the terminal reaches aduan, which stops Rasa in order
            )
        self.state, self._launched_at = "starting", time.monotonic()
        if self.pid_file is not None:
            self.pid_file.write(self._proc.pid, self.port)
        log.info("nlu: started Rasa pid %s on %s", self._proc.pid, self.url)

    def _clear_port(self) -> None:
        """Stops a Rasa that an earlier, dead ``aduan serve`` left; refuses to touch anything else."""
        leftover = self.pid_file.leftover() if self.pid_file else None
        if leftover is not None:
            rasa, orphaned = leftover
            if not orphaned:
                raise NluUnavailable(
                    f"nlu: port {self.port} belongs to the Rasa (pid {rasa.pid}) of another running aduan; "
                    "stop that one or set nlu.port"
                )
            log.warning("nlu: stopping Rasa pid %s, left running by an earlier aduan serve", rasa.pid)
            _terminate(rasa)
        deadline = time.monotonic() + 5.0  # a listener that just closed may take a moment
        while not port_free(self.port):
            if time.monotonic() > deadline:
                raise NluUnavailable(
                    f"nlu: port {self.port} is in use by another program (not a Rasa this aduan started); "
                    "stop it or set nlu.port"
                )
            time.sleep(0.2)

    def wait_ready(self, timeout: float) -> None:
        """Waits until Rasa answers with its model loaded.

        Raises:
            NluUnavailable: Rasa exited, or did not answer within ``timeout`` (the state becomes ``down``).
        """
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and not self._stopping.is_set():
            proc = self._proc
            if proc is not None and proc.poll() is not None:
                self.state = "down"
                last = _last_line(self._output())
                raise NluUnavailable(
                    f"nlu: Rasa exited with code {proc.returncode} ({last}); see {self.log_path}"
                )
            answer = status(self.url, self.token)
            if answer is not None and answer.get("model_file"):
                self._became_ready()
                return
            if answer is not None and "No valid model found" in self._output():
                self.state = "down"
                raise NluUnavailable(
                    f"nlu: Rasa could not load the model {self.model.name}: run `aduan nlu train --force`; "
                    f"see {self.log_path}"
                )
            time.sleep(0.25)
        if self._stopping.is_set():
            raise NluUnavailable("nlu: the local Rasa is being stopped")
        self.state = "down"
        raise NluUnavailable(
            f"nlu: Rasa did not answer on {self.url} within {timeout:.0f}s; see {self.log_path} "
            "(a slow machine may need a larger nlu.startup_timeout)"
        )

    def _output(self) -> str:
        """What the current Rasa process has written to the log so far."""
        try:
            with open(self.log_path, "rb") as f:
                f.seek(self._log_start)
                return f.read().decode(errors="replace")
        except OSError:
            return ""

    def _became_ready(self) -> None:
        with self._lock:
            if self.state == "ready":
                return
            self.state = "ready"
        took = time.monotonic() - self._launched_at
        log.info("nlu: Rasa is ready on %s (%.1fs after launch)", self.url, took)
        for hook in self.on_ready:
            _run_hook(hook)

    def alive(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def starting(self) -> bool:
        """True while the NLU is merely starting: loading, or dead and about to be relaunched."""
        if self._stopping.is_set():
            return False
        if self.state == "starting":
            return time.monotonic() - self._launched_at < self.timeout
        return self.state == "ready" and self._watchdog is not None and not self.alive()

    def supervise(self, *, interval: float = 1.0) -> None:
        """Waits for readiness, then relaunches Rasa whenever its process dies, until ``stop`` (a thread)."""
        self._watchdog = threading.Thread(target=self._watch, args=(interval,), name="rasa-watchdog")
        self._watchdog.daemon = True
        self._watchdog.start()

    def _watch(self, interval: float) -> None:
        last_error = ""
        if self.state == "starting":
            last_error = self._try(lambda: self.wait_ready(self.timeout), last_error)
        checked = time.monotonic()
        while not self._stopping.wait(interval):
            if self._serve_swap_request():
                checked = time.monotonic()  # the registry records the promotion just after: don't swap back
            if self.desired is not None and time.monotonic() - checked >= 15 * interval:
                checked = time.monotonic()
                self._follow_desired()
            if self.alive():
                continue
            if self.state == "ready":
                code = self._proc.returncode if self._proc else None
                log.warning("nlu: Rasa died (exit %s); restarting", code)
                for hook in self.on_death:
                    _run_hook(hook)
            self.restarts += 1
            last_error = self._try(lambda: self.start(), last_error)

    # --- swapping the model without downtime ------------------------------------------------------------

    def swap(self, model: Path, *, timeout: float | None = None) -> None:
        """Serves ``model`` from now on, without a moment of downtime.

        A second Rasa starts with the new model on another port; once it answers, the clients switch to it
        (``on_swap``) and the old one stops after the requests in flight had time to finish. When the
        server is supervised, the watchdog thread starts the new Rasa (the kernel's parent-death signal
        follows the thread that forks, so a short-lived caller thread must not be its parent).

        Raises:
            NluUnavailable: the new model did not load; the old one keeps serving.
        """
        if self._watchdog is None or not self._watchdog.is_alive():
            self._swap_now(model, timeout or self.timeout)
            return
        done, errors = threading.Event(), list[str]()
        with self._lock:
            self._swap_request = (model, done, errors)
        if not done.wait((timeout or self.timeout) + 30):
            raise NluUnavailable(f"nlu: the swap to {model.name} did not finish in time")
        if errors:
            raise NluUnavailable(errors[0])

    def _serve_swap_request(self) -> bool:
        """Swaps as ``swap`` asked from another thread; True when a swap was asked."""
        with self._lock:
            request, self._swap_request = self._swap_request, None
        if request is None:
            return False
        model, done, errors = request
        try:
            self._swap_now(model, self.timeout)
        except NluUnavailable as exc:
            errors.append(str(exc))
        finally:
            done.set()
        return True

    def _follow_desired(self) -> None:
        """Swaps to the model the registry says serves, when another process promoted one."""
        assert self.desired is not None
        try:
            wanted = self.desired()
        except Exception:  # the registry unreachable for a moment: keep serving what serves
            log.exception("nlu: could not read which model should serve")
            return
        if wanted is not None and wanted.resolve() != self.model.resolve() and wanted.exists():
            log.info("nlu: model %s was promoted; swapping to it", wanted.name)
            try:
                self._swap_now(wanted, self.timeout)
            except NluUnavailable as exc:
                log.error("%s", exc)

    def _swap_now(self, model: Path, timeout: float) -> None:
        started = time.monotonic()
        nxt = RasaServer(
            venv=self.venv, model=model, token=self.token, log_path=self.log_path, timeout=timeout
        )
        try:
            nxt.start(timeout=timeout)
        except NluUnavailable as exc:
            nxt.stop()
            raise NluUnavailable(
                f"nlu: the model {model.name} did not load ({exc}); the old one keeps serving"
            ) from exc
        with self._lock:
            old = self._proc
            self._proc, self.port, self.url, self.model = nxt._proc, nxt.port, nxt.url, model
            self._launched_at, self._log_start, self.state = nxt._launched_at, nxt._log_start, "ready"
        if self.pid_file is not None and self._proc is not None:
            self.pid_file.write(self._proc.pid, self.port)
        for hook in self.on_swap:
            hook(self.url)
        log.info(
            "nlu: now serving %s on %s (swap took %.1fs)", model.name, self.url, time.monotonic() - started
        )
        time.sleep(1.0)  # requests sent to the old server just before the switch finish
        if old is not None and old.poll() is None:
            old.terminate()
            try:
                old.wait(timeout=10)
            except subprocess.TimeoutExpired:
                old.kill()
                old.wait()

    def _try(self, step: Callable[[], Any], last_error: str) -> str:
        """Runs a start step; a failure is logged once, not again while it repeats."""
        try:
            step()
        except NluUnavailable as exc:
            self.state = "down"
            if str(exc) != last_error:
                log.error("%s", exc)
            return str(exc)
        return ""

    def stop(self) -> None:
        """Stops the watchdog and the Rasa process (SIGTERM, then SIGKILL after 10 s)."""
        self._stopping.set()
        if self._proc is not None and self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        if self._watchdog is not None and self._watchdog is not threading.current_thread():
            self._watchdog.join(timeout=5)
        if self.pid_file is not None:
            self.pid_file.remove()
        self.state = "stopped"

    def __enter__(self) -> RasaServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _last_line(output: str) -> str:
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    return lines[-1][:300] if lines else "no output"


def _run_hook(hook: Callable[[], None]) -> None:
    try:
        hook()
    except Exception:  # a hook (sweep, pool reset) failing must not stop the supervisor
        log.exception("nlu: supervisor hook %s failed", getattr(hook, "__name__", hook))


class SupervisedClient(NluClient):
    """The client of a local, supervised Rasa: says "starting" (``NluStarting``) rather than "unavailable".

    When Rasa dies its keep-alive connections are closed at once, so none lingers on a dead server.
    """

    def __init__(self, server: RasaServer, *, timeout: float, places: PlaceResolver | None = None) -> None:
        super().__init__(server.url, server.token, timeout=timeout, places=places)
        self.server = server
        server.on_death.append(self.reset)
        server.on_swap.append(self.retarget)

    def parse(self, text: str) -> NluResult:
        try:
            return super().parse(text)
        except NluUnavailable as exc:
            if self.server.starting():
                raise NluStarting(f"nlu: Rasa is starting ({exc})") from exc
            raise

    def status(self) -> dict[str, Any]:
        try:
            return super().status()
        except NluUnavailable as exc:
            if self.server.starting():
                raise NluStarting(f"nlu: Rasa is starting ({exc})") from exc
            raise

    def retarget(self, url: str) -> None:
        """Sends every request from now on to ``url`` (the server after a swap)."""
        old = self.servers
        self.url = url
        self.servers = [Server(url, pool(url, self._timeout))]
        for (
            server
        ) in old:  # closed a little later, so a request still using one fails as an unreachable NLU would
            closer = threading.Timer(self._timeout + 1.0, server.http.close)
            closer.daemon = True
            closer.start()

    def reset(self) -> None:
        """Drops every pooled connection (they point at a dead server).

        New requests get a fresh pool at once; the old one closes a little later, so a request still
        using it fails as an unreachable NLU would, not on a closed client.
        """
        for server in self.servers:
            old = server.http
            server.http = pool(server.url, self._timeout)
            closer = threading.Timer(self._timeout + 1.0, old.close)
            closer.daemon = True
            closer.start()
