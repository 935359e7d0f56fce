"""WhatsApp, X and Messenger through the real app: signed webhooks, handshakes, statuses, delivery, media,
and whole conversations with the real Rasa, each answered on that platform's local fake.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import itertools
import json
import logging
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient
from sqlalchemy import func, select

from aduan import settings
from fakes import twitter as fx
from fakes import whatsapp as fw
from fakes.server import ServerThread
from fakes.telegram import FakeTelegram, photo_update
from fakes.twitter import XApiFake, problem
from fakes.whatsapp import GraphApiFake, graph_error
from jobs import media, tasks
from jobs.inprocess import InProcessQueue
from jobs.runtime import RecordingQueue, Runtime, build
from nlu.places import Gazetteer
from router.replies import NO_COMMAND, YES_COMMAND
from store import repo
from store.models import Identity, Message, Outbox, Ticket
from tests.conftest import TELEGRAM_SECRET
from web import create_app

GRAPH_TOKEN, WA_SECRET, PHONE_ID, VERIFY = "graph-token", "wa-app-secret", "109876543210987", "verify-me"
X_SECRET, X_BOT = "x-consumer-secret", "1111111111111111111"
MS_SECRET, PAGE = "ms-app-secret", "104700000000001"
PLATFORMS = ["whatsapp", "twitter", "messenger"]
USERS = {"whatsapp": "6281234500001", "twitter": "2244994945", "messenger": "6543210987654321"}
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4
PNG = b"\x89PNG\r\n\x1a\n" + bytes(200)
REPORT = "lampu jalan mati total di jl. pejaten raya kel. pejaten timur jaksel, gelap bgt"
_mids = itertools.count(1)


# -- webhooks as each platform sends them ----------------------------------------------------------------


def messenger_update(psid: str, text: str) -> dict[str, Any]:
    """A Messenger text message, as Meta POSTs it for a Page."""
    now = int(time.time() * 1000)
    event = {
        "sender": {"id": psid},
        "recipient": {"id": PAGE},
        "timestamp": now,
        "message": {"mid": f"m_test{next(_mids):012d}{now}", "text": text},
    }
    return {"object": "page", "entry": [{"id": PAGE, "time": now, "messaging": [event]}]}


def text_update(platform: str, user: str, text: str) -> dict[str, Any]:
    if platform == "whatsapp":
        return fw.whatsapp_update(user, fw.text_content(text))
    if platform == "twitter":
        return fx.dm_update(user, text, bot_user_id=X_BOT)
    return messenger_update(user, text)


def signed(platform: str, body: bytes, secret: str | None = None) -> dict[str, str]:
    """The signature headers the platform sends; ``secret`` overrides the right one (for wrong signatures)."""
    if platform == "twitter":
        return fx.sign(body, secret or X_SECRET)
    return fw.sign(body, secret or (WA_SECRET if platform == "whatsapp" else MS_SECRET))


def post(client: FlaskClient, platform: str, payload: Any, *, headers: dict[str, str] | None = None) -> Any:
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return client.post(
        f"/webhooks/{platform}",
        data=body,
        content_type="application/json",
        headers=signed(platform, body) if headers is None else headers,
    )


# -- what reached the fakes, as text ---------------------------------------------------------------------


def whatsapp_text(body: dict[str, Any]) -> str:
    if body.get("type") == "template":
        return " ".join(p["text"] for c in body["template"]["components"] for p in c["parameters"])
    if body.get("type") == "interactive":
        return str(body["interactive"]["body"]["text"])
    return str(body["text"]["body"])


def replies(fakes: dict[str, Any], platform: str, user: str, count: int, timeout: float = 60) -> list[str]:
    """The texts of the first ``count`` messages that reached ``user`` on the platform's fake."""
    if platform == "twitter":
        return [m["text"] for m in fakes["x"].wait_for(user, count, timeout=timeout)]
    sent = fakes["graph"].wait_for(user, count, timeout=timeout)
    if platform == "whatsapp":
        return [whatsapp_text(m) for m in sent]
    return [m["message"]["text"] for m in sent]


def stored(rt: Runtime) -> int:
    with rt.Session() as session:
        return session.scalar(select(func.count()).select_from(Message)) or 0


def wait_until(check: Callable[[], Any], timeout: float = 30) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if result := check():
            return result
        time.sleep(0.05)
    pytest.fail("condition not met in time")


# -- fixtures -------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def graph_server() -> Iterator[tuple[GraphApiFake, str]]:
    fake = GraphApiFake(access_token=GRAPH_TOKEN)
    with ServerThread(fake.app) as server:
        yield fake, server.url


@pytest.fixture(scope="module")
def x_server() -> Iterator[tuple[XApiFake, str]]:
    fake = XApiFake(bot_user_id=X_BOT)
    with ServerThread(fake.app) as server:
        yield fake, server.url


@pytest.fixture
def fakes(graph_server: tuple[GraphApiFake, str], x_server: tuple[XApiFake, str]) -> dict[str, Any]:
    graph_server[0].reset()
    x_server[0].reset()
    return {"graph": graph_server[0], "x": x_server[0], "graph_url": graph_server[1], "x_url": x_server[1]}


@pytest.fixture
def channels(config: settings.Config, fakes: dict[str, Any]) -> settings.Config:
    """The test configuration with WhatsApp, X and Messenger enabled and pointed at the fakes."""
    whatsapp = dict(
        enabled=True,
        phone_number_id=PHONE_ID,
        access_token=GRAPH_TOKEN,
        app_secret=WA_SECRET,
        verify_token=VERIFY,
        api_base_url=fakes["graph_url"],
    )
    twitter = dict(
        enabled=True,
        mode="webhook",
        consumer_key="ck",
        consumer_secret=X_SECRET,
        access_token="at",
        access_token_secret="ats",
        bot_user_id=X_BOT,
        api_base_url=fakes["x_url"],
    )
    messenger = dict(
        enabled=True,
        page_access_token=GRAPH_TOKEN,
        app_secret=MS_SECRET,
        verify_token=VERIFY,
        api_base_url=fakes["graph_url"],
    )
    return config.merged({"channels": {"whatsapp": whatsapp, "twitter": twitter, "messenger": messenger}})


@pytest.fixture
def web(channels: settings.Config, places: Gazetteer) -> Iterator[tuple[FlaskClient, Runtime]]:
    """The app with a recording queue: webhooks are stored and acknowledged, nothing is processed."""
    rt = build(channels, places=places)
    rt.queue = RecordingQueue()
    yield create_app(rt=rt).test_client(), rt
    rt.close()


@pytest.fixture
def delivery(channels: settings.Config, places: Gazetteer) -> Iterator[Runtime]:
    """A runtime with the in-process queue but no NLU: for delivery and status tests."""
    rt = build(channels, places=places)
    queue = InProcessQueue(rt, workers=2, sweep_seconds=0.3).start()
    yield rt
    queue.stop()
    rt.close()


@pytest.fixture
def flow(channels: settings.Config, places: Gazetteer, rasa: tuple[str, str]) -> Iterator[dict[str, Any]]:
    """The whole pipeline on every channel: app, in-process queue, real Rasa, the platform fakes."""
    rt = build(channels, nlu_url=rasa[0], nlu_token=rasa[1], places=places)
    queue = InProcessQueue(rt, workers=2, sweep_seconds=0.5).start()
    app = create_app(rt=rt)
    yield {"app": app, "client": app.test_client(), "rt": rt, "queue": queue}
    queue.stop()
    rt.close()


# -- webhooks: store, acknowledge, refuse ---------------------------------------------------------------


@pytest.mark.parametrize("platform", PLATFORMS)
def test_a_signed_message_is_stored_queued_and_acknowledged(
    web: tuple[FlaskClient, Runtime], platform: str
) -> None:
    client, rt = web
    response = post(client, platform, text_update(platform, USERS[platform], "sampah numpuk"))
    assert (response.status_code, response.json) == (200, {"ok": True, "received": 1, "stored": 1})
    assert rt.queue.tasks == [("process", 1)]  # type: ignore[attr-defined]
    with rt.Session() as session:
        message = session.scalars(select(Message)).one()
        assert (message.channel, message.text, message.identity.platform_user_id) == (
            platform,
            "sampah numpuk",
            USERS[platform],
        )


@pytest.mark.parametrize("platform", PLATFORMS)
def test_a_missing_signature_is_401_and_a_wrong_one_403(
    web: tuple[FlaskClient, Runtime], platform: str
) -> None:
    client, rt = web
    body = json.dumps(text_update(platform, USERS[platform], "halo")).encode()
    missing = post(client, platform, body, headers={})
    wrong = post(client, platform, body, headers=signed(platform, body, secret="not-the-secret"))
    tampered = post(client, platform, body.replace(b"halo", b"hal0"), headers=signed(platform, body))
    assert [(r.status_code, r.json["ok"]) for r in (missing, wrong, tampered)] == [
        (401, False),
        (403, False),
        (403, False),
    ]
    assert stored(rt) == 0


@pytest.mark.parametrize("platform", PLATFORMS)
def test_bad_bodies_are_400_and_413(web: tuple[FlaskClient, Runtime], platform: str) -> None:
    client, rt = web
    assert post(client, platform, b"not json").status_code == 400
    assert post(client, platform, b"\xff\xfe{").status_code == 400
    assert post(client, platform, [1, 2]).status_code == 400
    big = post(client, platform, text_update(platform, USERS[platform], "x" * (1024 * 1024 + 10)))
    assert (big.status_code, big.json["ok"]) == (413, False)
    assert stored(rt) == 0


@pytest.mark.parametrize(
    ("platform", "payload"),
    [
        ("whatsapp", "whatsapp/unknown_event.json"),
        ("twitter", "twitter/favorite_ignored.json"),
        ("messenger", "messenger/echo_ignored.json"),
    ],
)
def test_events_aduan_does_not_handle_are_acknowledged(
    web: tuple[FlaskClient, Runtime], platform: str, payload: str
) -> None:
    client, rt = web
    body = (Path(__file__).parents[1] / "fixtures" / payload).read_bytes()
    response = post(client, platform, body)
    assert (response.status_code, response.json) == (200, {"ok": True, "received": 0, "stored": 0})
    assert stored(rt) == 0


@pytest.mark.parametrize("platform", ["whatsapp", "twitter"])
def test_events_aduan_does_not_handle_leave_a_log_line(
    web: tuple[FlaskClient, Runtime], platform: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="aduan")
    name = {"whatsapp": "whatsapp/unknown_event.json", "twitter": "twitter/favorite_ignored.json"}[platform]
    post(web[0], platform, (Path(__file__).parents[1] / "fixtures" / name).read_bytes())
    assert any(platform in r.getMessage() for r in caplog.records if r.name.startswith("aduan"))


@pytest.mark.parametrize("platform", PLATFORMS)
def test_a_redelivered_webhook_is_stored_once(web: tuple[FlaskClient, Runtime], platform: str) -> None:
    client, rt = web
    update = text_update(platform, USERS[platform], "banjir sepinggang")
    assert [post(client, platform, update).json["stored"] for _ in range(3)] == [1, 0, 0]
    assert stored(rt) == 1
    assert len(rt.queue.tasks) == 1  # type: ignore[attr-defined]


@pytest.mark.parametrize("platform", PLATFORMS)
def test_concurrent_redeliveries_store_and_queue_one_message(
    web: tuple[FlaskClient, Runtime], platform: str
) -> None:
    client, rt = web
    app = client.application
    update = text_update(platform, USERS[platform], "pohon tumbang")
    codes: list[int] = []
    barrier = threading.Barrier(6)

    def deliver() -> None:
        barrier.wait()
        codes.append(post(app.test_client(), platform, update).status_code)

    threads = [threading.Thread(target=deliver) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert codes == [200] * 6
    assert stored(rt) == 1
    assert len(rt.queue.tasks) == 1  # type: ignore[attr-defined]


# -- handshakes ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("platform", ["whatsapp", "messenger"])
def test_the_hub_challenge_round_trips(web: tuple[FlaskClient, Runtime], platform: str) -> None:
    client, _ = web
    args = {"hub.mode": "subscribe", "hub.verify_token": VERIFY, "hub.challenge": "1158201444"}
    ok = client.get(f"/webhooks/{platform}", query_string=args)
    wrong = client.get(f"/webhooks/{platform}", query_string={**args, "hub.verify_token": "guess"})
    missing = client.get(f"/webhooks/{platform}", query_string={"hub.mode": "subscribe"})
    assert (ok.status_code, ok.get_data(as_text=True)) == (200, "1158201444")
    assert (wrong.status_code, missing.status_code) == (403, 400)


def test_the_x_crc_round_trips(web: tuple[FlaskClient, Runtime]) -> None:
    client, _ = web
    response = client.get("/webhooks/twitter", query_string={"crc_token": "Y3JjLXRva2Vu"})
    digest = hmac.new(X_SECRET.encode(), b"Y3JjLXRva2Vu", hashlib.sha256).digest()
    assert response.status_code == 200
    assert response.json == {"response_token": "sha256=" + base64.b64encode(digest).decode()}
    assert client.get("/webhooks/twitter").status_code == 400


def test_a_handshake_over_http_gives_the_challenge_back(web: tuple[FlaskClient, Runtime]) -> None:
    import httpx

    with ServerThread(web[0].application) as server:
        args = {"hub.mode": "subscribe", "hub.verify_token": VERIFY, "hub.challenge": "987654"}
        answer = httpx.get(f"{server.url}/webhooks/whatsapp", params=args)
    assert (answer.status_code, answer.text, answer.headers["content-type"]) == (
        200,
        "987654",
        "text/plain; charset=utf-8",
    )


# -- delivery: statuses, template fallback, retries ------------------------------------------------------


def queue_reply(rt: Runtime, platform: str, text: str, key: str = "t:1") -> int:
    """Adds an Outbox row for the platform's citizen and queues its delivery; returns its id."""
    with rt.Session.begin() as session:
        identity = repo.get_or_create_identity(session, platform, USERS[platform])
        session.flush()
        row = repo.add_outbox(
            session,
            channel=platform,
            recipient_id=USERS[platform],
            payload={"text": text},
            key=key,
            identity_id=identity.id,
        )
        session.flush()
        row_id, identity_id = row.id, identity.id
    rt.queue.enqueue("deliver", row_id, key=identity_id)
    return row_id


def outbox(rt: Runtime, row_id: int) -> Outbox:
    with rt.Session() as session:
        row = session.get(Outbox, row_id)
        assert row is not None
        session.expunge(row)
        return row


def status_update(wamid: str, status: str, *, error: int | None = None) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": wamid,
        "status": status,
        "timestamp": str(int(time.time())),
        "recipient_id": USERS["whatsapp"],
    }
    if error is not None:
        item["errors"] = [{"code": error, "title": "Re-engagement message"}]
    value = {"messaging_product": "whatsapp", "metadata": {"phone_number_id": PHONE_ID}, "statuses": [item]}
    return {
        "object": "whatsapp_business_account",
        "entry": [{"id": "1", "changes": [{"value": value, "field": "messages"}]}],
    }


def sent_row(rt: Runtime, row_id: int) -> Outbox:
    return wait_until(lambda: (row := outbox(rt, row_id)).status == "sent" and row)  # type: ignore[no-any-return]


def test_whatsapp_statuses_update_the_outbox_row(delivery: Runtime, fakes: dict[str, Any]) -> None:
    client = create_app(rt=delivery).test_client()
    row_id = queue_reply(delivery, "whatsapp", "Laporan ADU-000001 sedang diproses.")
    wamid = sent_row(delivery, row_id).platform_message_id
    assert wamid and wamid.startswith("wamid.")
    for status in ("sent", "delivered", "read"):
        assert post(client, "whatsapp", status_update(wamid, status)).status_code == 200
        assert outbox(delivery, row_id).delivery_status == status


def test_a_failed_131047_status_resends_the_text_as_a_template(
    delivery: Runtime, fakes: dict[str, Any]
) -> None:
    client = create_app(rt=delivery).test_client()
    row_id = queue_reply(delivery, "whatsapp", "Laporan ADU-000001:\nsudah selesai.")
    wamid = sent_row(delivery, row_id).platform_message_id
    assert wamid is not None
    assert post(client, "whatsapp", status_update(wamid, "failed", error=131047)).status_code == 200
    first, resent = fakes["graph"].wait_for(USERS["whatsapp"], 2, timeout=30)
    assert first["type"] == "text"
    assert resent["type"] == "template"
    assert resent["template"]["name"] == "aduan_status_update"
    assert whatsapp_text(resent) == "Laporan ADU-000001: · sudah selesai."
    row = wait_until(
        lambda: (r := outbox(delivery, row_id)).status == "sent" and r.platform_message_id != wamid and r
    )
    assert row.payload["template"]["params"] == ["Laporan ADU-000001: · sudah selesai."]


def test_a_window_closed_send_falls_back_to_a_template(delivery: Runtime, fakes: dict[str, Any]) -> None:
    fakes["graph"].fail_next(1, status=400, body=graph_error(131047, "Re-engagement message"))
    row_id = queue_reply(delivery, "whatsapp", "Laporan ADU-000002 sedang diproses.")
    [refused, template] = fakes["graph"].wait_for(USERS["whatsapp"], 2, timeout=30)
    assert (refused["type"], template["type"]) == ("text", "template")
    assert (
        sent_row(delivery, row_id).attempts == 2
    )  # each send is counted when claimed: the text, then the template


@pytest.mark.parametrize(
    ("platform", "failure", "times", "status", "attempts"),
    [
        ("whatsapp", {"status": 503}, 2, "sent", 3),  # 5xx: retried with backoff
        ("whatsapp", {"status": 429, "body": graph_error(130429, "Rate limit hit")}, 1, "sent", 2),
        (
            "whatsapp",
            {"status": 400, "body": graph_error(100, "Invalid parameter")},
            1,
            "dead",
            1,
        ),  # permanent
        ("whatsapp", {"status": 500}, 9, "dead", 3),  # queue.max_attempts is 3 in the tests
        ("twitter", {"status": 503}, 1, "sent", 2),
        ("twitter", {"status": 429, "body": problem(429, "Too Many Requests")}, 1, "sent", 2),
        ("twitter", {"status": 403, "body": problem(403, fx.DM_REFUSED)}, 1, "dead", 1),  # refuses DMs
        ("messenger", {"status": 502}, 1, "sent", 2),
        ("messenger", {"status": 400, "body": graph_error(100, "Invalid parameter")}, 1, "dead", 1),
    ],
)
def test_delivery_retries_what_is_transient_and_gives_up_on_the_rest(
    delivery: Runtime,
    fakes: dict[str, Any],
    platform: str,
    failure: dict[str, Any],
    times: int,
    status: str,
    attempts: int,
) -> None:
    fake = fakes["x"] if platform == "twitter" else fakes["graph"]
    fake.fail_next(times, **failure)
    row_id = queue_reply(delivery, platform, "Halo!")
    row = wait_until(lambda: (r := outbox(delivery, row_id)).status == status and r)
    assert row.attempts == attempts
    if status == "dead":
        assert row.last_error
        time.sleep(0.8)  # the sweeper runs every 0.3 s: a dead row stays dead
        assert outbox(delivery, row_id).attempts == attempts


# -- media ------------------------------------------------------------------------------------------------


@pytest.fixture
def telegram_fake() -> Iterator[tuple[FakeTelegram, str]]:
    fake = FakeTelegram()
    with ServerThread(fake.app) as server:
        yield fake, server.url


@pytest.fixture
def media_rt(
    channels: settings.Config, places: Gazetteer, telegram_fake: tuple[FakeTelegram, str]
) -> Iterator[Runtime]:
    rt = build(channels.merged({"channels": {"telegram": {"api_base_url": telegram_fake[1]}}}), places=places)
    rt.queue = RecordingQueue()
    yield rt
    rt.close()


def accept_one(rt: Runtime, platform: str, payload: dict[str, Any]) -> int:
    client = create_app(rt=rt).test_client()
    headers = {"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET} if platform == "telegram" else None
    response = post(client, platform, payload, headers=headers)
    assert response.json["stored"] == 1
    return rt.queue.tasks[-1][1]  # type: ignore[attr-defined]


@pytest.fixture
def media_dir(tmp_path: Path) -> Path:
    return tmp_path / "media"  # tmp_path itself holds the test database


def message_media(rt: Runtime, message_id: int) -> list[Any]:
    with rt.Session() as session:
        message = session.get(Message, message_id)
        assert message is not None
        return list(message.media)


def test_the_largest_telegram_photo_is_downloaded_and_stored(
    media_rt: Runtime, telegram_fake: tuple[FakeTelegram, str], media_dir: Path
) -> None:
    telegram_fake[0].add_file("AgACphoto", JPEG, file_path="photos/file_7.jpg")
    message_id = accept_one(media_rt, "telegram", photo_update(801, "AgACphoto", caption="got mampet"))
    assert message_media(media_rt, message_id) == ["AgACphoto"]  # the largest size's file_id
    assert media.store(media_rt, message_id, base_dir=media_dir) == 1
    digest = hashlib.sha256(JPEG).hexdigest()
    assert message_media(media_rt, message_id) == [
        {"ref": "AgACphoto", "path": f"telegram/{digest}.jpg", "bytes": len(JPEG)}
    ]
    assert (media_dir / "telegram" / f"{digest}.jpg").read_bytes() == JPEG
    assert media.store(media_rt, message_id, base_dir=media_dir) == 0  # already stored: nothing downloaded


def test_a_whatsapp_image_is_downloaded_through_the_graph_api(
    media_rt: Runtime, fakes: dict[str, Any], media_dir: Path
) -> None:
    fakes["graph"].add_media("1509923586421874", PNG, "image/png")
    update = fw.whatsapp_update(USERS["whatsapp"], fw.image_content("1509923586421874", "sampah"))
    message_id = accept_one(media_rt, "whatsapp", update)
    assert media.store(media_rt, message_id, base_dir=media_dir) == 1
    digest = hashlib.sha256(PNG).hexdigest()
    assert message_media(media_rt, message_id) == [
        {"ref": "1509923586421874", "path": f"whatsapp/{digest}.png", "bytes": len(PNG)}
    ]
    assert (media_dir / "whatsapp" / f"{digest}.png").read_bytes() == PNG
    paths = [r.path for r in fakes["graph"].sent if r.method == "GET"]
    assert paths == ["/v21.0/1509923586421874", "/media-files/1509923586421874"]
    assert all(r.headers["Authorization"] == f"Bearer {GRAPH_TOKEN}" for r in fakes["graph"].sent)


@pytest.mark.parametrize("platform", ["telegram", "whatsapp"])
def test_a_failed_download_keeps_the_reference_and_is_logged(
    media_rt: Runtime, platform: str, media_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    update = (
        photo_update(802, "AgACgone")
        if platform == "telegram"
        else fw.whatsapp_update(USERS["whatsapp"], fw.image_content("404404"))
    )
    message_id = accept_one(media_rt, platform, update)
    with caplog.at_level(logging.WARNING, logger="aduan.jobs.media"):
        assert media.store(media_rt, message_id, base_dir=media_dir) == 0
    ref = "AgACgone" if platform == "telegram" else "404404"
    assert message_media(media_rt, message_id) == [ref]
    assert f"{platform}: media {ref} not downloaded" in caplog.text
    assert not any(media_dir.rglob("*.*"))


def test_processing_stores_the_photo_before_the_dialogue_reads_it(
    media_rt: Runtime,
    telegram_fake: tuple[FakeTelegram, str],
    media_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    media_rt.cfg = media_rt.cfg.merged({"storage": {"media_dir": str(media_dir)}})
    telegram_fake[0].add_file("AgACpothole", JPEG)
    message_id = accept_one(media_rt, "telegram", photo_update(803, "AgACpothole"))
    tasks.process(media_rt, message_id)  # no caption: the dialogue answers without the NLU
    digest = hashlib.sha256(JPEG).hexdigest()
    with media_rt.Session() as session:
        message = session.get(Message, message_id)
        assert message is not None and message.processed_at is not None
        assert message.media == [{"ref": "AgACpothole", "path": f"telegram/{digest}.jpg", "bytes": len(JPEG)}]
        identity = session.scalars(select(Identity).where(Identity.platform_user_id == "803")).one()
        assert identity.conversation is not None
        assert identity.conversation.slots.get("media") == message.media
    assert (media_dir / "telegram" / f"{digest}.jpg").exists()


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A media folder on a real, full file system: a 64 KiB tmpfs filled up (every write there is ENOSPC).

    Mounting needs root (CAP_SYS_ADMIN), which CI and this machine's test runs have.
    """
    mountpoint = tmp_path / "full"
    mountpoint.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mountpoint)], check=True)
    try:
        (mountpoint / "telegram").mkdir()
        with (mountpoint / "filler").open("wb", buffering=0) as filler, contextlib.suppress(OSError):
            while True:
                filler.write(b"\0" * 4096)
        yield mountpoint
    finally:
        subprocess.run(["umount", str(mountpoint)], check=True)


def test_a_full_disk_keeps_the_message_and_marks_the_photo_missing(
    media_rt: Runtime,
    telegram_fake: tuple[FakeTelegram, str],
    full_disk: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    media_rt.cfg = media_rt.cfg.merged({"storage": {"media_dir": str(full_disk)}})
    telegram_fake[0].add_file("AgACfull", JPEG)
    message_id = accept_one(media_rt, "telegram", photo_update(804, "AgACfull"))
    with caplog.at_level(logging.ERROR, logger="aduan.jobs.media"):
        tasks.process(media_rt, message_id)
    missing = {"ref": "AgACfull", "missing": "not stored: No space left on device", "bytes": len(JPEG)}
    with media_rt.Session() as session:
        message = session.get(Message, message_id)
        assert message is not None and message.processed_at is not None  # the report went on
        assert message.media == [missing]
    assert "telegram: media AgACfull could not be written" in caplog.text
    assert sorted(p.name for p in full_disk.rglob("*")) == ["filler", "telegram"]  # no half-written file
    assert media.store(media_rt, message_id) == 0  # recorded as missing: not downloaded again


# -- whole conversations with the real Rasa --------------------------------------------------------------


def tickets(rt: Runtime) -> list[Ticket]:
    with rt.Session() as session:
        return list(session.scalars(select(Ticket)))


def press_yes(platform: str, user: str) -> dict[str, Any]:
    """Answers "yes" the way each platform lets a citizen: a reply button, a quick reply, or typing it (X)."""
    if platform == "whatsapp":
        return fw.whatsapp_update(user, fw.button_reply_content(YES_COMMAND, "Ya"))
    if platform == "twitter":
        return fx.dm_update(user, "ya", bot_user_id=X_BOT)  # X DMs show choices as "[1] Ya" lines
    update = messenger_update(user, "Ya")
    update["entry"][0]["messaging"][0]["message"]["quick_reply"] = {"payload": YES_COMMAND}
    return update


def confirm_then_ticket(
    flow: dict[str, Any], fakes: dict[str, Any], platform: str, user: str, shown: int
) -> str:
    """Checks that the report's summary was asked to be confirmed, confirms it, returns the reply after."""
    confirm = replies(fakes, platform, user, shown)[-1]
    assert confirm.startswith("Mohon periksa laporan Anda:")
    if platform == "whatsapp":
        buttons = fakes["graph"].messages_to(user)[-1]["interactive"]["action"]["buttons"]
        assert [b["reply"]["id"] for b in buttons] == [YES_COMMAND, NO_COMMAND]
    if platform == "twitter":
        assert confirm.endswith("\n\n[1] Ya\n[2] Tidak")
    assert post(flow["client"], platform, press_yes(platform, user)).status_code == 200
    return replies(fakes, platform, user, shown + 1)[-1]


@pytest.mark.rasa
@pytest.mark.parametrize("platform", PLATFORMS)
def test_a_full_report_gets_its_ticket_number_on_the_same_platform(
    flow: dict[str, Any], fakes: dict[str, Any], platform: str
) -> None:
    user = USERS[platform]
    assert post(flow["client"], platform, text_update(platform, user, REPORT)).status_code == 200
    done = confirm_then_ticket(flow, fakes, platform, user, 1)
    [ticket] = tickets(flow["rt"])
    assert (ticket.category, ticket.kelurahan, ticket.agency_code, ticket.channel) == (
        "listrik",
        "31.74.04.1005",
        "binamarga",
        platform,
    )
    assert done.startswith(f"Terima kasih, laporan Anda sudah kami terima dengan nomor {ticket.number}.")


@pytest.mark.rasa
def test_on_whatsapp_a_missing_place_is_asked_for_and_a_shared_pin_completes_the_report(
    flow: dict[str, Any], fakes: dict[str, Any]
) -> None:
    user = USERS["whatsapp"]
    post(
        flow["client"],
        "whatsapp",
        fw.whatsapp_update(user, fw.text_content("sampah udah 3 hari ga diangkut")),
    )
    [ask] = fakes["graph"].wait_for(user, 1, timeout=60)
    assert ask["interactive"]["type"] == "location_request_message"
    assert "Di mana lokasinya?" in whatsapp_text(ask)
    post(flow["client"], "whatsapp", fw.whatsapp_update(user, fw.location_content(-6.2745, 106.8428)))
    done = confirm_then_ticket(flow, fakes, "whatsapp", user, 2)
    [ticket] = tickets(flow["rt"])
    assert (ticket.category, ticket.kecamatan, ticket.latitude, ticket.longitude) == (
        "sampah",
        "31.74.04",
        -6.2745,
        106.8428,
    )
    assert ticket.kelurahan and ticket.kelurahan.startswith(
        "31.74.04."
    )  # the pin's kelurahan in Pasar Minggu
    assert ticket.number in done


@pytest.mark.rasa
@pytest.mark.parametrize("platform", PLATFORMS)
def test_a_concurrently_repeated_webhook_gives_one_message_and_one_reply(
    flow: dict[str, Any], fakes: dict[str, Any], platform: str
) -> None:
    user = USERS[platform]
    body = json.dumps(text_update(platform, user, "halo")).encode()
    barrier = threading.Barrier(8)
    codes: list[int] = []

    def deliver() -> None:
        barrier.wait()
        codes.append(post(flow["app"].test_client(), platform, body).status_code)

    threads = [threading.Thread(target=deliver) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert codes == [200] * 8
    [reply] = replies(fakes, platform, user, 1)
    assert reply.startswith("Halo!")
    assert flow["queue"].wait_idle(timeout=30)
    time.sleep(1.0)  # two sweeper rounds: nothing else may go out
    assert len(replies(fakes, platform, user, 2, timeout=0.1)) == 1
    assert stored(flow["rt"]) == 1


@pytest.mark.parametrize("bad", ["\ud800", "a\x00b"])
def test_an_id_no_database_can_store_is_400(web: tuple[FlaskClient, Runtime], bad: str) -> None:
    """Found by the fuzz test on PostgreSQL: a lone surrogate in a message id was a 500."""
    client, rt = web
    for field in ("id", "from"):
        update = text_update("whatsapp", USERS["whatsapp"], "halo")
        update["entry"][0]["changes"][0]["value"]["messages"][0][field] = bad
        assert (post(client, "whatsapp", update).status_code, stored(rt)) == (400, 0)
