"""``/healthz`` (database and NLU reachable, model version) and ``/metrics`` (Prometheus text)."""

from __future__ import annotations

from flask import Blueprint, Flask, Response, jsonify
from sqlalchemy import func, select, text
from sqlalchemy.exc import SQLAlchemyError

from aduan.errors import NluUnavailable
from store.models import Message, Outbox, Ticket
from web.db import get_session, runtime

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz() -> tuple[Response, int]:
    """200 when the database and the NLU answer; 503 naming what does not."""
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
    except NluUnavailable as exc:
        checks["nlu"] = f"error: {exc}"
    healthy = checks["database"] == "ok" and checks["nlu"] == "ok"
    return jsonify(status="ok" if healthy else "degraded", **checks), 200 if healthy else 503


@bp.get("/metrics")
def metrics() -> Response:
    """Counts of messages, tickets by state and outbox rows by status, in Prometheus text format."""
    session = get_session()
    lines = ["# TYPE aduan_messages_total gauge"]
    for direction, count in session.execute(select(Message.direction, func.count()).group_by(Message.direction)):
        lines.append(f'aduan_messages_total{{direction="{direction}"}} {count}')
    lines.append("# TYPE aduan_tickets gauge")
    for state, count in session.execute(select(Ticket.state, func.count()).group_by(Ticket.state)):
        lines.append(f'aduan_tickets{{state="{state}"}} {count}')
    lines.append("# TYPE aduan_outbox gauge")
    for status, count in session.execute(select(Outbox.status, func.count()).group_by(Outbox.status)):
        lines.append(f'aduan_outbox{{status="{status}"}} {count}')
    return Response("\n".join(lines) + "\n", mimetype="text/plain; version=0.0.4")


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)
