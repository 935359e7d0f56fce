"""The Flask app: webhooks, health and metrics (the console and Open311 arrive as blueprints too)."""

from __future__ import annotations

import logging
import secrets
from collections.abc import Mapping
from typing import Any

from flask import Flask, Response, jsonify, request
from sqlalchemy.exc import OperationalError
from werkzeug.exceptions import HTTPException

from aduan import settings
from jobs import runtime
from web import console, db, health, open311, public, webhooks

# Machines call these paths: an error there is JSON, never an HTML page (the console keeps Flask's pages).
# Open311's blueprint answers its own paths in the spec's error format; this covers what no route matches.
JSON_PREFIXES = ("/webhooks", "/open311")
DATABASE_RETRY_AFTER = 5  # seconds a client is asked to wait while the database is unreachable
log = logging.getLogger("aduan.web")


def create_app(test_config: Mapping[str, Any] | None = None, *, rt: runtime.Runtime | None = None) -> Flask:
    """Builds the app.

    Args:
        test_config: a nested mapping merged over the configuration (tests use it).
        rt: a runtime built by the caller (``aduan serve`` shares one with its workers).

    Returns:
        The Flask app; ``app.extensions["aduan"]`` is the runtime.
    """
    cfg = rt.cfg if rt is not None else settings.load(overrides=test_config)
    app = Flask(__name__)
    app.config.update(
        MAX_CONTENT_LENGTH=cfg.web.max_body_bytes,
        SECRET_KEY=cfg.web.secret_key or secrets.token_hex(32),
        JSON_SORT_KEYS=False,
    )
    app.extensions["aduan"] = rt if rt is not None else runtime.build(cfg)
    db.init_app(app)
    webhooks.init_app(app)
    health.init_app(app)
    open311.init_app(app)
    public.init_app(app)
    console.init_app(app)
    _json_errors(app)
    _database_down(app)
    return app


def _is_api(path: str) -> bool:
    return any(path == prefix or path.startswith(prefix + "/") for prefix in JSON_PREFIXES)


def _json_errors(app: Flask) -> None:
    """Errors under the machine-facing prefixes that no view handled (unknown paths, methods) answer JSON."""

    def answer(exc: HTTPException) -> HTTPException | tuple[Response, int]:
        if not _is_api(request.path):
            return exc  # Flask's own page
        return jsonify(ok=False, error=exc.description), exc.code or 500

    # By class, not by code: a blueprint's own handler (Open311's spec errors) is asked first.
    app.register_error_handler(HTTPException, answer)


def _database_down(app: Flask) -> None:
    """The database unreachable (restarting, failing over) is 503 with Retry-After, at once, for every path.

    A platform redelivers a webhook it did not get a 2xx for, so nothing is lost meanwhile, and the
    waiting workers pick up where they were once the database is back.
    """

    def unavailable(exc: OperationalError) -> Response:
        log.warning("%s %s: 503, the database is unreachable: %s", request.method, request.path, exc.orig)
        if _is_api(request.path):
            response = jsonify(ok=False, error="the database is unavailable; retry later")
            response.status_code = 503
        else:
            response = Response(
                "The database is unavailable; retry in a moment.\n", 503, mimetype="text/plain"
            )
        response.headers["Retry-After"] = str(DATABASE_RETRY_AFTER)
        return response

    app.register_error_handler(OperationalError, unavailable)
