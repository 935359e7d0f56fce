"""The staff console: server-rendered pages under ``/console`` where staff work their tickets.

``auth`` signs staff in and out and guards every route (session cookie, CSRF, rate limits);
``queue`` lists and exports tickets; ``ticket`` shows one and acts on it through the state
machine in ``router/tickets.py``. Every ticket query goes through the staff member's scope.
"""

from __future__ import annotations

from flask import Flask

from web.console import auth, dashboard, ikm, labelling, queue, staff, ticket  # noqa: F401 - each module adds its routes to ``bp``
from web.console.common import bp

__all__ = ["bp", "init_app"]


def init_app(app: Flask) -> None:
    """Registers the console blueprint."""
    app.register_blueprint(bp)
