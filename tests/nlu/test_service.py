"""The NLU as its own service: ``aduan nlu serve`` (the same ``nlu/rasa/serve.sh`` the container image runs)
loads the model with Aduan's components and the token, and ``nlu.url`` listing several servers spreads the
parses over them, skipping one that is down and trying it again later.

One extra real Rasa server for this module (``aduan nlu serve``), beside the session's.
"""

from __future__ import annotations

import os
import socket
import socketserver
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from nlu.client import NluClient
from nlu.server import is_up
from tests.conftest import ROOT
from tests.test_serve import free_port

pytestmark = pytest.mark.rasa
TEXTS = [
    "sampah numpuk di pinggir jalan sudah seminggu",
    "jalan berlubang besar di depan sekolah",
    "lampu jalan mati sudah tiga hari",
    "got mampet airnya meluap ke jalan",
    "parkir liar di trotoar bikin macet",
    "pohon tumbang menutup jalan",
]


def env_without_aduan(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ADUAN_")}
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def second(rasa: tuple[str, str]) -> Iterator[str]:
    """A second Rasa server, started as an operator would: ``aduan nlu serve`` with the shared token."""
    port = free_port()
    env = env_without_aduan(ADUAN_NLU__TOKEN=rasa[1])
    log = (ROOT / "var" / "log" / "nlu-serve-test.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "aduan", "nlu", "serve", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=log,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 400
    while True:
        try:
            if httpx.get(f"{url}/status", params={"token": rasa[1]}, timeout=2).json().get("model_file"):
                break
        except (httpx.TransportError, ValueError):
            pass
        assert proc.poll() is None, (ROOT / "var" / "log" / "nlu-serve-test.log").read_text()[-3000:]
        assert time.monotonic() < deadline, "aduan nlu serve did not load the model within 400 s"
        time.sleep(1)
    yield url
    proc.terminate()
    proc.wait(timeout=30)
    log.close()


def test_nlu_serve_loads_the_model_with_our_components_behind_the_token(
    rasa: tuple[str, str], second: str
) -> None:
    status = httpx.get(f"{second}/status", params={"token": rasa[1]}, timeout=10).json()
    session_status = httpx.get(f"{rasa[0]}/status", params={"token": rasa[1]}, timeout=10).json()
    assert status["model_file"].rsplit("/", 1)[-1] == session_status["model_file"].rsplit("/", 1)[-1]
    unauthorised = httpx.post(f"{second}/model/parse", json={"text": "halo"}, timeout=10)
    assert unauthorised.status_code == 401
    parse = httpx.post(
        f"{second}/model/parse", params={"token": rasa[1]}, json={"text": TEXTS[0]}, timeout=30
    )
    assert parse.json()["intent"]["name"] == "lapor_sampah"


def test_several_servers_take_the_parses_in_turn(rasa: tuple[str, str], second: str) -> None:
    assert is_up(f"http://127.0.0.1:9,{second}", rasa[1])  # one answering is enough to use the list
    client = NluClient(f"{rasa[0]}, {second}", rasa[1], timeout=30)
    results = [client.parse(text) for text in TEXTS]
    client.close()
    assert [s.answered for s in client.servers] == [3, 3]
    assert [r.category for r in results[:2]] == ["sampah", "jalan"]


class Forwarder(socketserver.ThreadingTCPServer):
    """A TCP hop to a real server: listening on ``port`` when started, nothing there before or after."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, port: int, target: tuple[str, int]) -> None:
        self.target = target
        super().__init__(("127.0.0.1", port), _Pipe)


class _Pipe(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        server: Any = self.server
        with socket.create_connection(server.target) as upstream:
            pumps = [
                threading.Thread(target=_pump, args=(self.request, upstream), daemon=True),
                threading.Thread(target=_pump, args=(upstream, self.request), daemon=True),
            ]
            for pump in pumps:
                pump.start()
            for pump in pumps:
                pump.join()


def _pump(src: socket.socket, dst: socket.socket) -> None:
    try:
        while data := src.recv(65536):
            dst.sendall(data)
        dst.shutdown(socket.SHUT_WR)
    except OSError:
        pass


def test_a_server_that_is_down_is_skipped_then_tried_again(rasa: tuple[str, str], second: str) -> None:
    port = free_port()  # nothing listens there yet: the first server is down
    client = NluClient(f"http://127.0.0.1:{port},{second}", rasa[1], timeout=30, down_seconds=3.0)
    down, up = client.servers
    results = [client.parse(text) for text in TEXTS[:4]]
    assert all(r.category for r in results)  # no message lost to the server that is down
    assert (down.answered, up.answered) == (0, 4) and down.failed >= 1
    assert down.failed < 4  # skipped, not tried for every message
    target = httpx.URL(rasa[0])
    forwarder = Forwarder(port, (str(target.host), int(target.port or 80)))
    threading.Thread(target=forwarder.serve_forever, daemon=True).start()
    try:
        time.sleep(max(0.0, down.down_until - time.monotonic()) + 0.1)  # then it is tried again, and answers
        results = [client.parse(text) for text in TEXTS]
    finally:
        forwarder.shutdown()
        forwarder.server_close()
        client.close()
    assert all(r.category for r in results)
    assert (down.answered, up.answered) == (3, 7)
