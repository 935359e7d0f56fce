"""The dashboard (reports per day, category, channel and kota; response times and SLA compliance per agency;
the overdue list; a choropleth of reports per kelurahan), dead letters with a retry button, and the staff
member's notifications. Everything is scoped like the queue.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from functools import cache
from importlib import resources

from flask import Response, abort, current_app, redirect, render_template, request, url_for
from sqlalchemy import select
from werkzeug.wrappers import Response as BaseResponse

from router.tickets import Actor
from store import console as store
from store import repo
from store.models import Outbox, utcnow
from web.console.common import area_name, bp, can_act, cfg, scope_of, staff
from web.db import get_session, runtime

PERIODS = (7, 30, 90, 365)
LIVE_DAYS = 30  # periods up to this are aggregated at every load
KEEP_FOR = timedelta(minutes=2)  # longer periods (a scan of a year of tickets) are kept this long per scope


def _period() -> int:
    raw = request.args.get("days", "30")
    return int(raw) if raw.isdigit() and int(raw) in PERIODS else 30


@bp.get("/dashboard")
def dashboard() -> str:
    """Reports and response figures for the chosen period."""
    days, now = _period(), utcnow()
    session, scope = get_session(), scope_of(staff())
    figures, as_of = _figures(scope, days, now)
    min_ranked = cfg().console.min_ranked_tickets  # fewer tickets in the period: listed, not ranked
    ranked = sorted(
        (f for f in figures.agencies if f.tickets >= min_ranked and f.first_response_median is not None),
        key=lambda f: (f.first_response_median or 0.0, -(f.sla_compliance or 0.0)),
    )
    data = {
        "per_day": figures.per_day,
        "per_category": figures.per_category,
        "per_channel": figures.per_channel,
        "per_kota": [(area_name(k) or "—", n) for k, n in figures.per_kota],
        "per_kelurahan": figures.per_kelurahan,
    }
    overdue = store.overdue_list(session, scope, now=now)
    return render_template(
        "console/dashboard.html", days=days, periods=PERIODS, figures=figures.agencies, ranked=ranked,
        min_ranked=min_ranked, overdue=overdue, data=data, now=now, as_of=as_of,
    )  # fmt: skip


def _figures(scope: store.Scope, days: int, now: datetime) -> tuple[store.Dashboard, datetime]:
    """The period's figures and when they were aggregated: now for short periods; for long ones, the
    figures of the last ``KEEP_FOR`` for this scope (per process), so staff opening the yearly view
    one after another do not each scan the year."""
    if days <= LIVE_DAYS:
        return store.dashboard(get_session(), scope, since=now - timedelta(days=days)), now
    kept: dict[tuple[store.Scope, int], tuple[store.Dashboard, datetime]]
    kept = current_app.extensions.setdefault("console_dashboards", {})
    found = kept.get((scope, days))
    if found is not None and now - found[1] < KEEP_FOR:
        return found
    for key in [k for k, (_, at) in kept.items() if now - at >= KEEP_FOR]:
        kept.pop(key, None)
    kept[(scope, days)] = (store.dashboard(get_session(), scope, since=now - timedelta(days=days)), now)
    return kept[(scope, days)]


@cache
def _kelurahan_shapes() -> str:
    path = resources.files("nlu").joinpath("data/jakarta/dki_jakarta_kelurahan.geojson")
    shapes = json.loads(path.read_text(encoding="utf-8"))
    for feature in shapes.get("features", []):  # keep only what the maps need
        props = feature.get("properties") or {}
        feature["properties"] = {"kode": props.get("kode_kemendagri"), "nama": props.get("nama")}
    return json.dumps(shapes, separators=(",", ":"))


@bp.get("/areas/kelurahan.geojson")
def kelurahan_geojson() -> Response:
    """The kelurahan boundaries for the maps (shipped with the gazetteer; no tile server needed)."""
    headers = {"Cache-Control": "max-age=3600"}
    return Response(_kelurahan_shapes(), mimetype="application/geo+json", headers=headers)


@bp.get("/dead-letters")
def dead_letters() -> str:
    """Messages that could not be delivered, with the platform's error."""
    rows = store.dead_letters(get_session(), scope_of(staff()))
    return render_template("console/dead_letters.html", rows=rows, done=request.args.get("done") == "retry")


@bp.post("/dead-letters/<int:outbox_id>/retry")
def retry(outbox_id: int) -> BaseResponse:
    """Puts a dead message back in line; its ticket records who did it."""
    member = staff()
    if not can_act(member):
        abort(403)
    session = get_session()
    visible = {row.id: ticket for row, ticket in store.dead_letters(session, scope_of(member), limit=10_000)}
    if outbox_id not in visible:
        abort(404)
    if store.retry_dead_letter(session, outbox_id, now=utcnow()):
        ticket = visible[outbox_id]
        if ticket is not None:
            actor = str(Actor.of_staff(member))
            repo.add_event(session, ticket, actor=actor, kind="outbox_retry", note=f"#{outbox_id}")
        identity = session.scalar(select(Outbox.identity_id).where(Outbox.id == outbox_id))
        session.commit()
        runtime().queue.enqueue("deliver", outbox_id, key=identity)
    return redirect(url_for("console.dead_letters", done="retry"))


@bp.get("/notifications")
def notifications() -> str:
    """The staff member's notifications (overdue tickets of their agency); opening the list reads them."""
    session, member = get_session(), staff()
    scope = scope_of(member)
    rows = [
        (note, ticket if ticket is not None and store.scoped_ticket(session, scope, ticket.number) else None)
        for note, ticket in store.notifications(session, member.id)
    ]
    unread = {note.id for note, _ in rows if note.read_at is None}
    store.mark_notifications_read(session, member.id, now=utcnow())
    session.commit()
    return render_template("console/notifications.html", rows=rows, unread=unread)
