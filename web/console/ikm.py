"""The Indeks Kepuasan Masyarakat page: per agency and per period, from the SKM survey's answers, with the
number of responses and the comments; agencies below ``survey.min_responses`` are shown but never ranked.
Scoped like the queue (a staff member sees the surveys of the tickets they may see), and exported as CSV
(formula-safe, like the queue's).
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

from flask import Response, render_template, request

from router import ikm
from store import surveys
from store.models import utcnow
from web.console.common import agency_names, bp, cfg, scope_of, staff, t
from web.console.queue import safe_cell
from web.db import get_session

PERIODS_SHOWN = 8  # the period chips: this many of the current length, newest first


def _period(now: datetime) -> ikm.Period:
    months = cfg().survey.campaign.period_months
    chosen = ikm.period(request.args.get("period", "")[:10])
    return chosen or ikm.period_of(now, months)


def _choices(now: datetime) -> list[str]:
    months = cfg().survey.campaign.period_months
    current, out = ikm.period_of(now, months), []
    for _ in range(PERIODS_SHOWN):
        out.append(current.label)
        current = ikm.previous(current, months)
    return out


def _figures(p: ikm.Period) -> tuple[list[ikm.Ikm], ikm.Ikm, list[tuple[datetime, str | None, str, str]]]:
    session, where = get_session(), scope_of(staff()).where()
    rows = surveys.scores(session, where, start=p.start, end=p.end)
    survey = cfg().survey
    agencies, total = ikm.per_agency(rows, survey.elements, min_responses=survey.min_responses)
    return agencies, total, list(surveys.comments(session, where, start=p.start, end=p.end))


@bp.get("/ikm")
def ikm_page() -> str:
    """The IKM per agency for the chosen period."""
    now = utcnow()
    p = _period(now)
    agencies, total, comments = _figures(p)
    return render_template(
        "console/ikm.html", period=p, choices=_choices(now), agencies=agencies, total=total,
        comments=comments, elements=cfg().survey.elements, names=agency_names(),
        min_responses=cfg().survey.min_responses,
    )  # fmt: skip


CSV_COLUMNS = ("period", "agency", "agency_name", "responses", "ikm", "mutu", "mutu_name", "rank")


@bp.get("/ikm.csv")
def ikm_export() -> Response:
    """The page's figures as CSV: one row per agency (and the total), then the comments."""
    p = _period(utcnow())
    agencies, total, comments = _figures(p)
    codes, names = list(cfg().survey.elements), agency_names()
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([*CSV_COLUMNS, *codes])
    for f in [*agencies, total]:
        name = names.get(f.agency, f.agency or "") if f.agency else t("ikm_total")
        cells = (p.label, f.agency or "", name, f.responses, _num(f.index), f.mutu, f.mutu_name, f.rank,
                 *(_num(f.means.get(code)) for code in codes))  # fmt: skip
        writer.writerow([safe_cell(v) for v in cells])
    writer.writerow([])
    writer.writerow(["answered_at", "agency", "ticket", "comment"])
    for at, agency, number, comment in comments:
        cells = (at.astimezone(UTC).isoformat(timespec="seconds"), agency or "", number, comment)
        writer.writerow([safe_cell(v) for v in cells])
    return Response(
        "\ufeff" + buffer.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="ikm-{p.label}.csv"'},
    )


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"
