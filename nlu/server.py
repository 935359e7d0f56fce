"""Starts, watches and stops a local Rasa server from the ``.venv-rasa`` environment.

Rasa 3.6 needs Python 3.10, TensorFlow 2.12 and SQLAlchemy 1.4, so it never shares a
process or a virtual environment with Aduan; we talk to it over HTTP only.
"""

from __future__ import annotations

import logging
import os
import secrets
import socket
import subprocess
import threading
import time
from importlib import resources
from pathlib import Path

import httpx

from aduan.errors import NluUnavailable

log = logging.getLogger("aduan.nlu.server")
RASA_DIR = Path(str(resources.files("nlu").joinpath("rasa")))
# Rasa writes its training cache (.rasa/) into its working directory: keep it out of the source tree.
WORK_DIR = RASA_DIR.parents[1] / "var" / "rasa"


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


def _port_free(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def is_up(url: str, token: str, timeout: float = 1.0) -> bool:
    """True when a Rasa server at ``url`` answers ``GET /status`` with a loaded model."""
    try:
        response = httpx.get(f"{url}/status", params={"token": token}, timeout=timeout)
    except httpx.HTTPError:
        return False
    return response.status_code == 200 and bool(response.json().get("model_file"))


class RasaServer:
    """A supervised ``rasa run --enable-api`` process on loopback.

    Args:
        venv: the Rasa virtual environment.
        model: the model archive to load.
        port: the port to listen on (0 picks a free one).
        token: the auth token; a random one when empty.
        log_path: where Rasa's output goes.
    """

    def __init__(self, *, venv: Path, model: Path, port: int = 0, token: str = "", log_path: Path) -> None:
        self.venv = venv
        self.model = model
        self.port = port or free_port()
        self.token = token or secrets.token_urlsafe(24)
        self.log_path = log_path
        self.url = f"http://127.0.0.1:{self.port}"
        self._proc: subprocess.Popen[bytes] | None = None
        self._stopping = threading.Event()
        self._watchdog: threading.Thread | None = None
        self.restarts = 0

    def start(self, *, timeout: float = 180.0) -> RasaServer:
        """Starts Rasa and waits until it answers with the model loaded.

        Raises:
            NluUnavailable: Rasa exited or did not become ready within ``timeout``.
        """
        self.launch()
        self.wait_ready(timeout)
        return self

    def launch(self) -> None:
        """Starts the process without waiting for it to be ready.

        Raises:
            NluUnavailable: the port is taken (often a Rasa left over from an earlier run).
        """
        if not _port_free(self.port):
            raise NluUnavailable(f"nlu: port {self.port} is in use (a Rasa left running?); stop it or set nlu.port")
        cmd = [
            # "--auth-token=...": a token may start with "-", which argparse would read as an option
            str(rasa_executable(self.venv)), "run", "--enable-api", f"--auth-token={self.token}",
            "-m", str(self.model), "-i", "127.0.0.1", "-p", str(self.port), "--quiet",
        ]  # fmt: skip
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        WORK_DIR.mkdir(parents=True, exist_ok=True)
        # One TensorFlow thread per parse: DIET's matrices are small, and Sanic serves one parse at a time, so
        # a second thread only contends with the HTTP work (bench/nlu.py: 87 vs 81 msg/s on 2 cores).
        env = {"TF_INTRA_OP_PARALLELISM_THREADS": "1", "TF_INTER_OP_PARALLELISM_THREADS": "1", **rasa_env()}
        with open(self.log_path, "ab") as out:
            self._proc = subprocess.Popen(
                cmd, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=WORK_DIR, start_new_session=True
            )
        log.info("nlu: started Rasa pid %s on %s", self._proc.pid, self.url)

    def wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._proc is not None and self._proc.poll() is not None:
                raise NluUnavailable(f"nlu: Rasa exited with code {self._proc.returncode}; see {self.log_path}")
            if is_up(self.url, self.token):
                return
            time.sleep(0.5)
        raise NluUnavailable(f"nlu: Rasa did not answer on {self.url} within {timeout:.0f}s; see {self.log_path}")

    def alive(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def supervise(self, *, interval: float = 2.0, timeout: float = 180.0) -> None:
        """Restarts Rasa in a background thread whenever its process dies, until ``stop``."""

        def watch() -> None:
            while not self._stopping.wait(interval):
                if self.alive():
                    continue
                log.warning("nlu: Rasa died (exit %s); restarting", self._proc.returncode if self._proc else None)
                self.restarts += 1
                try:
                    self.launch()
                    self.wait_ready(timeout)
                except NluUnavailable as exc:
                    log.error("%s", exc)

        self._watchdog = threading.Thread(target=watch, name="rasa-watchdog", daemon=True)
        self._watchdog.start()

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
        if self._watchdog is not None:
            self._watchdog.join(timeout=5)

    def __enter__(self) -> RasaServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
