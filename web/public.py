"""The public page of one report: ``/laporan/<token>``, an unguessable and revocable link.

It shows what the city does with the report — category, kelurahan, state, the timeline of states with
the agency that holds it, the SLA due time and the resolution note — and nothing of the citizen: no name,
number, platform id, chat words or photos. Plain HTML (no JavaScript), every value escaped by Jinja.
A citizen's own notes (the words they cancelled or reopened with) stay with staff; staff notes are shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from flask import Blueprint, Flask, Response, render_template, request

from aduan.settings import Config
from router import tickets
from router.links import PUBLIC_PATH
from router.replies import Texts, category_name
from store import repo
from store.models import Ticket, TicketEvent
from web.db import get_session, runtime

bp = Blueprint("public", __name__)

PATH = PUBLIC_PATH
# Times are shown as the citizen's clock reads them (Jakarta has no daylight saving).
WIB = timezone(timedelta(hours=7), "WIB")
TIME_FORMAT = "%d-%m-%Y %H:%M WIB"
# A link in the page must not leak the token to another site, nor the page reach a search engine.
HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Robots-Tag": "noindex, nofollow",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
}
LABELS = {
    "id": {
        "title": "Laporan",
        "category": "Kategori",
        "place": "Lokasi",
        "state": "Status",
        "agency": "Ditangani oleh",
        "due": "Target selesai",
        "resolution": "Hasil penanganan",
        "timeline": "Riwayat",
        "time": "Waktu",
        "not_found": "Laporan tidak ditemukan",
        "not_found_text": "Tautan ini tidak dikenal atau sudah dicabut.",
        "unknown_place": "belum diketahui",
        "other_language": "English",
        "other_lang": "en",
    },
    "en": {
        "title": "Report",
        "category": "Category",
        "place": "Location",
        "state": "Status",
        "agency": "Handled by",
        "due": "Due by",
        "resolution": "Resolution",
        "timeline": "History",
        "time": "Time",
        "not_found": "Report not found",
        "not_found_text": "This link is unknown or has been revoked.",
        "unknown_place": "not yet known",
        "other_language": "Bahasa Indonesia",
        "other_lang": "id",
    },
}


@dataclass(frozen=True)
class Step:
    """One row of the timeline."""

    at: str
    state: str
    agency: str
    note: str | None


def published_note(event: TicketEvent) -> str | None:
    """The note of an event that may be shown publicly: staff notes only (a citizen's are their own words)."""
    return event.note if event.note and event.actor.startswith("staff:") else None


def _when(value: datetime | None) -> str:
    return value.astimezone(WIB).strftime(TIME_FORMAT) if value is not None else "-"


def place_names(ticket: Ticket) -> str:
    """The names of the ticket's kelurahan, kecamatan and kota (those known), from the gazetteer."""
    places = runtime().places
    names = []
    for code in (ticket.kelurahan, ticket.kecamatan, ticket.kota):
        if code and places is not None:
            try:
                names.append(places.unit(code).nama)
            except KeyError:
                continue
    return ", ".join(names)


def _timeline(ticket: Ticket, texts: Texts, cfg: Config, agency: str) -> list[Step]:
    """The states with their times, each with the agency that held the ticket then (events recorded before
    the agency was kept show the current one)."""
    return [
        Step(
            _when(e.at),
            texts.state(e.to_state),
            _agency_name(cfg, e.agency_code) or agency,
            published_note(e),
        )
        for e in ticket.events
        if e.kind in ("created", "state") and e.to_state
    ]


def _agency_name(cfg: Config, code: str | None) -> str | None:
    return cfg.agencies[code].nama if code and code in cfg.agencies else None


def _resolution(ticket: Ticket) -> str | None:
    if ticket.state not in tickets.CLOSED_STATES:
        return None
    closing = [e for e in ticket.events if e.kind == "state" and e.to_state == ticket.state]
    return published_note(closing[-1]) if closing else None


def _page(template: str, status: int, **context: object) -> Response:
    response = Response(
        render_template(template, **context), status=status, content_type="text/html; charset=utf-8"
    )
    response.headers.update(HEADERS)
    return response


@bp.get(f"{PATH}<token>")
def report(token: str) -> Response:
    """The report's public page; 404 for an unknown or revoked link."""
    cfg = runtime().cfg
    language = request.args.get("lang", "id")
    language = language if language in LABELS else "id"
    labels = LABELS[language]
    ticket = repo.ticket_by_public_token(get_session(), token)
    if ticket is None:
        return _page("public/not_found.html", 404, labels=labels, language=language)
    texts = Texts(cfg.messages, language)
    agency = _agency_name(cfg, ticket.agency_code) or "-"
    return _page(
        "public/report.html",
        200,
        labels=labels,
        language=language,
        number=ticket.number,
        category=category_name(cfg.categories, ticket.category, language),
        place=place_names(ticket) or labels["unknown_place"],
        state=texts.state(ticket.state),
        closed=ticket.state in tickets.CLOSED_STATES,
        agency=agency,
        due=_when(ticket.due_at),
        timeline=_timeline(ticket, texts, cfg, agency),
        resolution=_resolution(ticket),
    )


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)
