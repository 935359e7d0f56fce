"""Private services for the fault tests, so a restart never touches the machine's shared ones: a
PostgreSQL cluster and a Redis server of their own on free ports, and a TCP gate in front of Rasa that
closes its port (to the app, Rasa is down) and opens it again.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from nlu.server import free_port

PG_BIN = (
    Path(sorted(glob.glob("/usr/lib/postgresql/*/bin"))[-1])
    if glob.glob("/usr/lib/postgresql/*/bin")
    else None
)


def _as_postgres(command: list[str]) -> list[str]:
    """initdb and postgres refuse to run as root: as root, run them as the ``postgres`` user."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


class PrivatePostgres:
    """A throwaway PostgreSQL cluster (trust auth on 127.0.0.1) that a test may stop and start."""

    def __init__(self) -> None:
        assert PG_BIN is not None, (
            "PostgreSQL's server binaries are not installed (/usr/lib/postgresql/*/bin)"
        )
        self.home = Path(tempfile.mkdtemp(prefix="aduan-pg-"))
        self.data = self.home / "data"
        self.port = free_port()
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"
        os.chmod(self.home, 0o777)  # the postgres user writes its cluster and socket here
        self._run(["initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "--no-sync"])

    def _run(self, command: list[str]) -> None:
        assert PG_BIN is not None
        command[0] = str(PG_BIN / command[0])
        done = subprocess.run(
            _as_postgres(command), capture_output=True, text=True, timeout=120, cwd=self.home
        )
        assert done.returncode == 0, done.stdout + done.stderr

    def start(self) -> None:
        options = f"-p {self.port} -k {self.home} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(
            ["pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.home / "log"), "-w", "start"]
        )

    def stop(self) -> None:
        self._run(["pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop"])

    def remove(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self.stop()
        shutil.rmtree(self.home, ignore_errors=True)


class PrivateRedis:
    """A Redis server of the test's own (no persistence: a restart loses what was queued, as a crash can)."""

    def __init__(self) -> None:
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 20
        while not _listening(self.port):
            assert self.proc.poll() is None and time.monotonic() < deadline, "redis-server did not start"
            time.sleep(0.05)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        self.proc = None

    def remove(self) -> None:
        self.stop()


class PrivateRabbit:
    """A RabbitMQ node of the test's own (its own name, ports and data folder); a restart keeps its queues,
    as a real broker's restart does."""

    def __init__(self) -> None:
        self.home = Path(tempfile.mkdtemp(prefix="aduan-rabbit-"))
        os.chmod(self.home, 0o777)  # the server drops to the rabbitmq user when started as root
        (self.home / "enabled_plugins").write_text("[].")
        os.chmod(self.home / "enabled_plugins", 0o666)
        self.port = free_port()
        self.url = f"amqp://guest:guest@127.0.0.1:{self.port}//"
        self.env = os.environ | {
            "RABBITMQ_NODENAME": f"aduan{self.port}@localhost",
            "RABBITMQ_NODE_PORT": str(self.port),
            "RABBITMQ_DIST_PORT": str(free_port()),
            "RABBITMQ_MNESIA_BASE": str(self.home / "mnesia"),
            "RABBITMQ_LOG_BASE": str(self.home / "log"),
            "RABBITMQ_ENABLED_PLUGINS_FILE": str(self.home / "enabled_plugins"),
            "RABBITMQ_FEATURE_FLAGS_FILE": str(self.home / "feature_flags"),
            "RABBITMQ_PID_FILE": str(self.home / "pid"),
            "RABBITMQ_CONFIG_FILE": str(self.home / "none"),
        }
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        log = (self.home / "server.out").open("ab")
        self.proc = subprocess.Popen(
            ["rabbitmq-server"], env=self.env, cwd=self.home, stdout=log, stderr=log, start_new_session=True
        )
        deadline = time.monotonic() + 180
        while not _listening(self.port):
            assert self.proc.poll() is None and time.monotonic() < deadline, (
                self.home / "server.out"
            ).read_text()
            time.sleep(0.2)

    def stop(self) -> None:
        """Stops this node only, by the pid it wrote (the Erlang VM runs in a session of its own)."""
        pid_file = self.home / "pid"
        if self.proc is None:
            return
        beam = int(pid_file.read_text().strip()) if pid_file.exists() else None
        if beam is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(beam, signal.SIGTERM)  # the node shuts down cleanly, as on a restart
            deadline = time.monotonic() + 60
            while Path(f"/proc/{beam}").exists() and time.monotonic() < deadline:
                time.sleep(0.2)
            with contextlib.suppress(ProcessLookupError):
                os.kill(beam, signal.SIGKILL)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait()
        pid_file.unlink(missing_ok=True)
        self.proc = None

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.home, ignore_errors=True)


def _listening(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


class TcpGate:
    """Forwards 127.0.0.1:``port`` to ``target``; ``close()`` shuts the port (connections refused, open ones
    cut), ``open()`` listens again on the same port."""

    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._listener: socket.socket | None = None
        self._conns: list[socket.socket] = []
        self._lock = threading.Lock()

    def open(self) -> TcpGate:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()
        return self

    def close(self) -> None:
        with self._lock:
            listener, self._listener = self._listener, None
            conns, self._conns = self._conns, []
        if listener is not None:
            _shut(listener)  # shutdown first: a bare close leaves the thread in accept() listening
        for conn in conns:
            _shut(conn)

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            with self._lock:
                self._conns += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=_pipe, args=(a, b), daemon=True).start()


def _pipe(source: socket.socket, sink: socket.socket) -> None:
    try:
        while data := source.recv(65536):
            sink.sendall(data)
    except OSError:
        pass
    finally:
        _shut(sink)


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()
