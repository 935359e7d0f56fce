"""The Flask app: webhooks, health and metrics (the console and Open311 arrive as blueprints too)."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from typing import Any

from flask import Flask, Response, jsonify, request
from werkzeug.exceptions import HTTPException

from aduan import settings
from jobs import runtime
from web import console, db, health, open311, public, webhooks

# Machines call these paths: an error there is JSON, never an HTML page (the console keeps Flask's pages).
# Open311's blueprint answers its own paths in the spec's error format; this covers what no route matches.
JSON_PREFIXES = ("/webhooks", "/open311")


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
