from __future__ import annotations

import http.client
import json
import logging
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from flask.testing import FlaskClient
from sqlalchemy import func, select

from fakes.server import ServerThread
from fakes.telegram import text_update
from jobs.runtime import RecordingQueue, Runtime
from store.models import Message
from tests.conftest import TELEGRAM_SECRET
from web import create_app

HEADERS = {"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET}


@pytest.fixture
def client(rt: Runtime) -> Iterator[FlaskClient]:
    rt.queue = RecordingQueue()
    yield create_app(rt=rt).test_client()


def stored(rt: Runtime) -> int:
    with rt.Session() as session:
        return session.scalar(select(func.count()).select_from(Message)) or 0


def post(client: FlaskClient, body: Any, headers: dict[str, str] | None = None) -> Any:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    return client.post(
        "/webhooks/telegram",
        data=data,
        headers=HEADERS if headers is None else headers,
        content_type="application/json",
    )


def test_a_message_is_saved_queued_and_acknowledged(client: FlaskClient, rt: Runtime) -> None:
    response = post(client, text_update(77, "lampu jalan mati"))
    assert (response.status_code, response.json) == (200, {"ok": True, "received": 1, "stored": 1})
    assert stored(rt) == 1
    assert rt.queue.tasks == [("process", 1)]  # type: ignore[attr-defined]


def test_a_redelivered_update_is_stored_and_queued_once(client: FlaskClient, rt: Runtime) -> None:
    update = text_update(77, "sampah numpuk")
    assert [post(client, update).json["stored"] for _ in range(3)] == [1, 0, 0]
    assert stored(rt) == 1
    assert len(rt.queue.tasks) == 1  # type: ignore[attr-defined]


def test_concurrent_redeliveries_store_one_message(rt: Runtime) -> None:
    rt.queue = RecordingQueue()
    app = create_app(rt=rt)
    update = text_update(78, "banjir sepinggang")
    codes: list[int] = []

    def deliver() -> None:
        codes.append(post(app.test_client(), update).status_code)

    threads = [threading.Thread(target=deliver) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert codes == [200] * 6
    assert stored(rt) == 1
    assert len(rt.queue.tasks) == 1  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("headers", "status"), [({}, 401), ({"X-Telegram-Bot-Api-Secret-Token": "nope"}, 403)]
)
def test_bad_secret_is_refused_and_stores_nothing(
    client: FlaskClient, rt: Runtime, headers: dict[str, str], status: int
) -> None:
    response = post(client, text_update(77, "halo"), headers=headers)
    assert response.status_code == status
    assert response.json["ok"] is False
    assert stored(rt) == 0


@pytest.mark.parametrize("body", [b"not json", b"\xff\xfe", b'{"update_id": "x"}', b"[1, 2]"])
def test_undecodable_body_is_400(client: FlaskClient, rt: Runtime, body: bytes) -> None:
    response = post(client, body)
    assert response.status_code == 400
    assert response.json["ok"] is False
    assert stored(rt) == 0


def test_body_over_a_megabyte_is_413(client: FlaskClient, rt: Runtime) -> None:
    response = post(client, text_update(77, "x" * (1024 * 1024 + 10)))
    assert (response.status_code, response.json["ok"]) == (413, False)
    assert stored(rt) == 0


def test_unhandled_update_types_are_acknowledged_and_logged(
    client: FlaskClient, rt: Runtime, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="aduan.bots.telegram")
    update = {
        "update_id": 5,
        "channel_post": {
            "message_id": 1,
            "date": 1,
            "chat": {"id": -100, "type": "channel", "title": "x"},
            "text": "hi",
        },
    }
    response = post(client, update)
    assert response.json == {"ok": True, "received": 0, "stored": 0}
    assert stored(rt) == 0
    assert "ignored update 5 (channel_post)" in caplog.text


def test_unknown_platform_is_404_json(client: FlaskClient) -> None:
    response = client.post("/webhooks/myspace", data=b"{}")
    assert (response.status_code, response.json["ok"]) == (404, False)


def test_a_chat_id_of_the_wrong_type_is_400_not_500(client: FlaskClient, rt: Runtime) -> None:
    update = text_update(77, "halo")
    update["message"]["chat"]["id"] = {"0" * 40: None, "": "0" * 80}
    assert post(client, update).status_code == 400
    assert stored(rt) == 0


def _chunked_post(url: str, body: bytes, headers: dict[str, str]) -> tuple[int, Any]:
    """POSTs ``body`` with ``Transfer-Encoding: chunked`` (no Content-Length), as some proxies forward it."""
    host, port = url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    chunks = (body[i : i + 1000] for i in range(0, len(body), 1000))
    connection.request("POST", "/webhooks/telegram", body=chunks, headers=headers, encode_chunked=True)
    response = connection.getresponse()
    answer = response.status, json.loads(response.read())
    connection.close()
    return answer


def test_a_chunked_body_over_the_limit_is_413_and_one_under_it_is_stored(rt: Runtime) -> None:
    rt.queue = RecordingQueue()
    app = create_app(rt=rt)
    app.config["MAX_CONTENT_LENGTH"] = 4096
    headers = {**HEADERS, "Content-Type": "application/json"}
    with ServerThread(app) as server:
        big = json.dumps(text_update(77, "x" * 10_000)).encode()
        assert _chunked_post(server.url, big, headers) == (413, {"ok": False, "error": "body too large"})
        assert stored(rt) == 0
        small = json.dumps(text_update(77, "jalan berlubang " * 100)).encode()
        assert 1000 < len(small) < 4096
        assert _chunked_post(server.url, small, headers) == (200, {"ok": True, "received": 1, "stored": 1})
        assert stored(rt) == 1


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("post", "/webhooks/", 404),
        ("get", "/webhooks/telegram/extra", 404),
        ("post", "/webhooks/telegram/../../etc", 404),
        ("get", "/open311/v2/nothing-here.json", 404),
        ("get", "/open311", 404),
        ("delete", "/webhooks/telegram", 405),
    ],
)
def test_unknown_paths_under_the_machine_prefixes_answer_json(
    client: FlaskClient, method: str, path: str, status: int
) -> None:
    response = getattr(client, method)(path)
    assert (response.status_code, response.mimetype) == (status, "application/json")
    if path.startswith("/open311/"):  # the GeoReport spec's error list
        assert [e["code"] for e in response.json] == [status]
    else:
        assert response.json["ok"] is False and response.json["error"]


def test_unknown_paths_elsewhere_keep_flask_s_page(client: FlaskClient) -> None:
    response = client.get("/no-such-page")
    assert (response.status_code, response.mimetype) == (404, "text/html")
