"""Fuzzing every platform's parser through its webhook: whatever a correctly signed body holds, the
answer is 200 (stored or ignored) or 400 (malformed), never a 5xx.

Three kinds of bodies per platform: random bytes, random JSON, and the real captured fixtures
(tests/fixtures/<platform>/*.json) with a few values replaced or removed.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aduan import settings as aduan_settings
from fakes import twitter as fx
from fakes import whatsapp as fw
from jobs.runtime import RecordingQueue, Runtime, build
from nlu.places import Gazetteer
from tests.conftest import TELEGRAM_SECRET
from web import create_app

FIXTURES = Path(__file__).parents[1] / "fixtures"
SECRETS = {"whatsapp": "wa-secret", "twitter": "x-secret", "messenger": "ms-secret", "instagram": "ig-secret"}
PLATFORMS = ["telegram", "whatsapp", "twitter", "messenger", "instagram"]
FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Values that break parsers: wrong types, edges of numbers, empty and odd strings, a lone surrogate.
ODD = st.sampled_from(
    [
        "",
        "\ud800",
        "0",
        "-1",
        "\x00",
        "é" * 300,
        "1" * 40,
        0,
        -1,
        2**63,
        -(2**64),
        1e308,
        1.5,
        True,
        False,
        None,
        [],
        {},
        [None],
        {"": None},
    ]
).map(copy.deepcopy)  # fresh objects: mutate() edits what it draws

SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30) | ODD
JSON = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=25,
)


@pytest.fixture
def client(config: aduan_settings.Config, places: Gazetteer) -> Iterator[FlaskClient]:
    """The app with every platform enabled (no API is called: the queue only records)."""
    channels: dict[str, dict[str, Any]] = {
        "whatsapp": dict(enabled=True, phone_number_id="1", access_token="t", app_secret=SECRETS["whatsapp"]),
        "twitter": dict(
            enabled=True,
            consumer_key="k",
            consumer_secret=SECRETS["twitter"],
            access_token="t",
            access_token_secret="s",
            bot_user_id="1111111111111111111",
        ),
    }
    for name in ("messenger", "instagram"):
        channels[name] = dict(enabled=True, page_access_token="t", app_secret=SECRETS[name])
    cfg = config.merged({"channels": channels})
    rt: Runtime = build(cfg, places=places)
    rt.queue = RecordingQueue()
    yield create_app(rt=rt).test_client()
    rt.close()


def headers(platform: str, body: bytes) -> dict[str, str]:
    if platform == "telegram":
        return {"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET, "Content-Type": "application/json"}
    if platform == "twitter":
        return fx.sign(body, SECRETS["twitter"])
    return fw.sign(body, SECRETS[platform])


def check(client: FlaskClient, platform: str, body: bytes) -> None:
    response = client.post(f"/webhooks/{platform}", data=body, headers=headers(platform, body))
    assert response.status_code in (200, 400), (response.status_code, body[:500])
    assert response.is_json


def encode(value: Any) -> bytes:
    return json.dumps(value).encode()


def fixtures(platform: str) -> list[Any]:
    return [json.loads(path.read_text()) for path in sorted((FIXTURES / platform).glob("*.json"))]


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, child in children:
        yield from _paths(child, (*prefix, key))


def mutate(draw: Callable[..., Any], document: Any) -> Any:
    """Replaces, removes or retypes one to four values anywhere in ``document`` (a deep copy)."""
    document = copy.deepcopy(document)
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(list(_paths(document))))
        if not path:
            document = draw(JSON)
            continue
        parent = document
        for key in path[:-1]:
            parent = parent[key]
        if draw(st.booleans()):
            parent[path[-1]] = draw(JSON)
        else:
            del parent[path[-1]]
    return document


@pytest.mark.parametrize("platform", PLATFORMS)
def test_random_bytes_never_make_a_5xx(client: FlaskClient, platform: str) -> None:
    @FUZZ
    @given(body=st.binary(max_size=600) | st.text(max_size=300).map(str.encode))
    def run(body: bytes) -> None:
        check(client, platform, body)

    run()


@pytest.mark.parametrize("platform", PLATFORMS)
def test_random_json_never_makes_a_5xx(client: FlaskClient, platform: str) -> None:
    @FUZZ
    @given(value=JSON)
    def run(value: Any) -> None:
        check(client, platform, encode(value))

    run()


@pytest.mark.parametrize("platform", PLATFORMS)
def test_mutated_real_payloads_never_make_a_5xx(client: FlaskClient, platform: str) -> None:
    documents = fixtures(platform)
    assert documents, f"no fixtures for {platform}"

    @settings(FUZZ, max_examples=150)
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        document = data.draw(st.sampled_from(documents))
        check(client, platform, encode(mutate(data.draw, document)))

    run()


@pytest.mark.parametrize("platform", PLATFORMS)
def test_the_fixtures_themselves_are_accepted(client: FlaskClient, platform: str) -> None:
    for document in fixtures(platform):
        body = encode(document)
        assert (
            client.post(f"/webhooks/{platform}", data=body, headers=headers(platform, body)).status_code
            == 200
        )


@pytest.mark.parametrize(
    ("platform", "case", "old"),
    [
        pytest.param("telegram", "text", '"text": "', id="telegram"),
        pytest.param("whatsapp", "text", '"body": "', id="whatsapp"),
        pytest.param("twitter", "dm_text", '"text": "', id="twitter"),
    ],
)
def test_a_lone_surrogate_or_nul_never_gives_a_500(
    client: FlaskClient, platform: str, case: str, old: str
) -> None:
    raw = (FIXTURES / platform / f"{case}.json").read_text()
    assert old in raw
    check(client, platform, raw.replace(old, old + "\\ud800\\u0000", 1).encode())


BOMBS = {
    "deep arrays": (b"[" * 5000 + b"]" * 5000, 400, "JSON nested deeper than 32 levels"),
    "deep objects": (b'{"a":' * 40 + b"1" + b"}" * 40, 400, "JSON nested deeper than 32 levels"),
    "a huge array": (
        b'{"entry": [' + b",".join([b"0"] * 300_000) + b"]}",
        413,
        "more than 20000 JSON values",
    ),
    "many containers": (b"[" + b",".join([b"{}"] * 30_000) + b"]", 413, "more than 20000 JSON values"),
    "deep beyond json's recursion": (b"[" * 9_000 + b"]" * 9_000, 400, "JSON nested deeper than 32 levels"),
}


@pytest.mark.parametrize("platform", PLATFORMS)
@pytest.mark.parametrize("bomb", list(BOMBS))
def test_a_payload_bomb_is_refused_before_parsing(client: FlaskClient, platform: str, bomb: str) -> None:
    body, status, error = BOMBS[bomb]
    response = client.post(f"/webhooks/{platform}", data=body, headers=headers(platform, body))
    assert (response.status_code, response.json) == (status, {"ok": False, "error": error})


def test_brackets_and_commas_inside_a_text_are_not_structure(client: FlaskClient) -> None:
    update = json.loads((FIXTURES / "telegram" / "text.json").read_text())
    text = "[{" * 12_000 + ",,,," * 6_000
    update["message"]["text"] = text
    body = encode(update)
    response = client.post("/webhooks/telegram", data=body, headers=headers("telegram", body))
    assert (response.status_code, response.json["stored"]) == (200, 1)


def test_a_megabyte_of_emoji_is_stored_whole(client: FlaskClient) -> None:
    """Under the body limit a long text is no bomb: it is kept for staff (the NLU reads its first 4096)."""
    update = json.loads((FIXTURES / "telegram" / "text.json").read_text())
    update["message"]["text"] = "🌊" * 250_000
    body = json.dumps(update, ensure_ascii=False).encode()
    assert 1_000_000 < len(body) < 1_048_576
    response = client.post("/webhooks/telegram", data=body, headers=headers("telegram", body))
    assert (response.status_code, response.json["stored"]) == (200, 1)
    rt: Runtime = client.application.extensions["aduan"]
    with rt.Session() as session:
        from store.models import Message

        [message] = session.query(Message).all()
        assert message.text == "🌊" * 250_000
