"""``/webhooks/<platform>``: verify on the raw body, parse, save, answer 200 at once, process later.

The view knows no platform: it looks the adapter up in the runtime, and what only some platforms do
(a GET handshake, delivery statuses) it asks of the adapter's capabilities (``bots.base``).
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any

from flask import Blueprint, Flask, Response, abort, current_app, jsonify, request
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge
from werkzeug.wsgi import get_input_stream

from aduan.errors import BotError, MalformedPayload, MissingSignature, SignatureError
from bots.base import Adapter, DeliveryStatuses, Handshake, InboundMessage
from jobs import logcontext, metrics, tasks
from web.db import get_session, runtime

bp = Blueprint("webhooks", __name__, url_prefix="/webhooks")
log = logging.getLogger("aduan.web.webhooks")
unsupported_log = logging.getLogger("aduan.web.webhooks.unsupported")
STATUS = {MissingSignature: 401, SignatureError: 403, MalformedPayload: 400}
# A platform's delivery nests a few levels and holds tens to hundreds of values; a bomb is refused before
# json.loads builds it. Both limits are counted outside strings, so brackets and commas in a text are free.
MAX_JSON_DEPTH = 32
MAX_JSON_VALUES = 20_000
_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_STRUCTURE = bytes(c for c in range(256) if c not in b"[]{},")


def _adapter(platform: str) -> Adapter:
    adapter = runtime().adapters.get(platform)
    if adapter is None:
        abort(404, description=f"no enabled channel {platform!r}")
    return adapter


@bp.get("/<platform>")
def handshake(platform: str) -> Response:
    """Answers a platform's subscription handshake (a ``Handshake`` adapter's GET verification)."""
    adapter = _adapter(platform)
    if not isinstance(adapter, Handshake):
        abort(405, description=f"{platform} has no webhook handshake")
    body, status = adapter.handshake(request.args)
    mimetype = "application/json" if body.startswith("{") else "text/plain"
    return Response(body, status=status, mimetype=mimetype)


@bp.post("/<platform>")
def receive(platform: str) -> tuple[Response, int]:
    """Stores what the platform sent and acknowledges it; processing happens on the queue."""
    adapter = _adapter(platform)
    body = _body()
    adapter.verify(dict(request.headers), body)
    payload = _decode(body)
    messages = adapter.parse(payload)
    stored = save(messages)
    reports = adapter.parse_statuses(payload) if isinstance(adapter, DeliveryStatuses) else []
    if reports:
        tasks.record_statuses(runtime(), platform, reports)
    if not messages and not reports:
        unsupported_log.info("%s: nothing to store in this delivery (%s)", platform, _keys(payload))
    return jsonify(ok=True, received=len(messages), stored=len(stored)), 200


def _body() -> bytes:
    """The raw body; 413 when it is over ``web.max_body_bytes``, whether its length was declared or not."""
    limit = current_app.config["MAX_CONTENT_LENGTH"]
    if request.content_length is not None or limit is None:
        return request.get_data(cache=False)  # a declared length over the limit is refused by Werkzeug
    # A chunked body declares no length, and Werkzeug cuts it at the limit without a word: read one byte more.
    body = get_input_stream(request.environ, max_content_length=limit + 1).read()
    if len(body) > limit:
        raise RequestEntityTooLarge()
    return body


def _keys(payload: Any) -> str:
    return ",".join(sorted(map(str, payload))[:6]) if isinstance(payload, dict) else type(payload).__name__


def _decode(body: bytes) -> Any:
    _check_shape(body)
    try:
        return json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise MalformedPayload(f"body is not JSON: {exc.__class__.__name__}") from exc


def _check_shape(body: bytes) -> None:
    """Refuses a JSON bomb on its bytes: 413 for too many values, 400 for nesting deeper than any platform's.

    Strings are cut out first (a C-speed regex); what remains is brackets and commas, counted, then walked.
    """
    skeleton = _JSON_STRING.sub(b"", body).translate(None, _NOT_STRUCTURE)
    if len(skeleton) > MAX_JSON_VALUES:
        raise RequestEntityTooLarge(f"more than {MAX_JSON_VALUES} JSON values")
    depth = 0
    for byte in skeleton.translate(None, b","):
        depth += 1 if byte in b"[{" else -1
        if depth > MAX_JSON_DEPTH:
            raise MalformedPayload(f"JSON nested deeper than {MAX_JSON_DEPTH} levels")


def save(messages: list[InboundMessage]) -> list[tuple[int, int]]:
    """Saves new messages in one transaction, then queues them; redeliveries are dropped here."""
    stored = tasks.accept(get_session(), messages)
    get_session().commit()
    if stored:
        metrics.MESSAGES_IN.labels(messages[0].platform).inc(len(stored))
    for message_id, identity_id in stored:
        with logcontext.bound(message_id):
            log.info("%s: message %s stored and queued", messages[0].platform, message_id)
            runtime().queue.enqueue("process", message_id, key=identity_id)
    return stored


@bp.errorhandler(BotError)
def bot_error(exc: BotError) -> tuple[Response, int]:
    status = next((code for kind, code in STATUS.items() if isinstance(exc, kind)), 400)
    platform = (request.view_args or {}).get("platform", "?")
    log.warning("%s: %s %s", platform, status, exc)
    return jsonify(ok=False, error=str(exc)), status


@bp.errorhandler(HTTPException)
def http_error(exc: HTTPException) -> tuple[Response, int]:
    return jsonify(ok=False, error=exc.description), exc.code or 500


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)

    @app.errorhandler(413)
    def too_large(exc: HTTPException) -> tuple[Response, int]:
        default = RequestEntityTooLarge.description
        return jsonify(
            ok=False, error="body too large" if exc.description == default else exc.description
        ), 413
