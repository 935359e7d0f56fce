"""``/healthz`` (database and NLU reachable, model version) and ``/metrics`` (Prometheus text)."""

from __future__ import annotations

import logging
from typing import Any

from flask import Blueprint, Flask, Response, jsonify
from sqlalchemy import func, select, text
from sqlalchemy.exc import SQLAlchemyError

from aduan.errors import NluStarting, NluUnavailable
from jobs.metrics import render
from store.models import Message, Outbox, Ticket
from web.db import get_session, runtime

bp = Blueprint("health", __name__)
log = logging.getLogger("aduan.web")
TEXT_FORMAT = "text/plain; version=0.0.4; charset=utf-8"  # what generate_latest writes


@bp.get("/healthz")
def healthz() -> tuple[Response, int]:
    """200 when the database and the NLU answer; 503 naming what does not ("starting" while Rasa loads)."""
    checks: dict[str, object] = {}
    try:
        get_session().execute(text("SELECT 1"))
        checks["database"] = "ok"
    except SQLAlchemyError as exc:
        checks["database"] = f"error: {exc.__class__.__name__}"
    nlu = runtime().nlu
    try:
        if nlu is None:
            raise NluUnavailable("not configured")
        status = nlu.status()
        checks["nlu"] = "ok"
        checks["model"] = status.get("model_file")
    except NluStarting:
        checks["nlu"] = "starting"
    except NluUnavailable as exc:
        checks["nlu"] = f"error: {exc}"
    healthy = checks["database"] == "ok" and checks["nlu"] == "ok"
    starting = checks["database"] == "ok" and checks["nlu"] == "starting"
    state = "ok" if healthy else "starting" if starting else "degraded"
    return jsonify(status=state, **checks), 200 if healthy else 503


@bp.get("/metrics")
def metrics() -> Response:
    """Prometheus text: counters and the NLU histogram of every process, and gauges read now."""
    session = get_session()
    queue = runtime().queue

    def gauges() -> list[tuple[str, str, str | None, Any]]:
        found: list[tuple[str, str, str | None, Any]] = [
            ("aduan_messages_total", "Messages stored, by direction", "direction",
             list(session.execute(select(Message.direction, func.count()).group_by(Message.direction)))),
            ("aduan_tickets", "Tickets by state", "state",
             list(session.execute(select(Ticket.state, func.count()).group_by(Ticket.state)))),
            ("aduan_outbox", "Outbox rows by status (pending, sending, sent, failed, dead)", "status",
             list(session.execute(select(Outbox.status, func.count()).group_by(Outbox.status)))),
            ("aduan_tickets_overdue", "Open tickets past their SLA due time", None,
             session.scalar(select(func.count()).select_from(Ticket).where(Ticket.overdue.is_(True))) or 0),
        ]  # fmt: skip
        depth = getattr(queue, "depth", None)
        if depth is not None:
            try:
                found.append(("aduan_queue_depth", "Tasks waiting in the queue", None, depth()))
            except Exception as exc:  # a broker that does not answer must not take /metrics down with it
                log.warning("metrics: queue depth unavailable: %s", exc)
        return found

    return Response(render(gauges), content_type=TEXT_FORMAT)


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)
