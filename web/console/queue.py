"""The queue: the staff member's tickets, filtered, searched, sorted and paged, and its CSV export.

Filter values come from the URL and are checked against what exists (states, categories,
agencies, areas, channels, dates); a value that is not understood is ignored and named on the
page, never an error. The scope applies to the list, the counts and the export alike.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from flask import Response, render_template, request, url_for
from werkzeug.datastructures import MultiDict

from store import console as store
from web.console.common import (
    CHANNELS,
    STATES,
    agency_names,
    area_name,
    areas,
    bp,
    category_names,
    mask,
    page_size,
    scope_of,
    staff,
    t,
    ticket_format,
)
from web.db import get_session

MAX_QUERY = 200
MAX_PAGE = 100_000
EXPORT_LIMIT = 100_000
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FILTER_KEYS = ("state", "category", "agency", "area", "channel", "overdue", "from", "to", "q", "sort")


@dataclass
class Parsed:
    flt: store.QueueFilter
    page: int
    ignored: list[str] = field(default_factory=list)


def parse_filters(args: MultiDict[str, str]) -> Parsed:
    """Reads the queue's filters from the URL; what is not understood is left out and named in ``ignored``."""
    ignored: list[str] = []

    def pick(name: str, allowed: Any) -> str | None:
        value = args.get(name, "").strip()
        if not value:
            return None
        if value in allowed:
            return value
        ignored.append(name)
        return None

    states = tuple(s for s in args.getlist("state") if s in STATES)
    if len(states) != len([s for s in args.getlist("state") if s]):
        ignored.append("state")
    prefix, digits = ticket_format()
    flt = store.QueueFilter(
        states=states[: len(STATES)],
        category=pick("category", category_names()),
        agency=pick("agency", agency_names()),
        area=pick("area", areas()),
        channel=pick("channel", CHANNELS),
        overdue=args.get("overdue") == "1",
        date_from=_date(args.get("from", ""), "from", ignored),
        date_to=_date(args.get("to", ""), "to", ignored),
        q=_query(args.get("q", ""), ignored),
        sort=pick("sort", store.SORTS) or "newest",
        ticket_prefix=prefix,
        number_digits=digits,
    )
    return Parsed(flt=flt, page=_page(args.get("page", "1"), ignored), ignored=ignored)


def _date(raw: str, name: str, ignored: list[str]) -> date | None:
    raw = raw.strip()
    if not raw:
        return None
    try:
        return date.fromisoformat(raw[:10]) if len(raw) <= 10 else None
    except ValueError:
        ignored.append(name)
        return None


def _query(raw: str, ignored: list[str]) -> str:
    cleaned = " ".join(raw.replace("\x00", " ").split())
    if len(cleaned) > MAX_QUERY:
        ignored.append("q")
        return cleaned[:MAX_QUERY]
    return cleaned


def _page(raw: str, ignored: list[str]) -> int:
    if raw.isdigit() and 1 <= len(raw) <= 6 and 1 <= int(raw) <= MAX_PAGE:
        return int(raw)
    ignored.append("page")
    return 1


def query_with(**changes: Any) -> str:
    """The queue URL with the current filters and ``changes`` applied (None removes a key)."""
    args: dict[str, Any] = {k: request.args.getlist(k) for k in FILTER_KEYS if request.args.getlist(k)}
    for key, value in changes.items():
        if value is None:
            args.pop(key, None)
        else:
            args[key] = value
    return _url("console.queue", args)


def _url(endpoint: str, args: dict[str, Any]) -> str:
    return url_for(endpoint, **args)


@bp.get("/tickets")
def queue() -> str:
    """The queue page."""
    parsed = parse_filters(request.args)
    session, member, size = get_session(), staff(), page_size()
    scope = scope_of(member)
    tickets, counts, total = store.queue_page(session, scope, parsed.flt, page=parsed.page, size=size)
    pages = max(1, -(-total // size))
    kota = [a for a in areas().values() if a.level == "kota_kab"]
    kecamatan = [a for a in areas().values() if a.level == "kecamatan"]
    kelurahan = [a for a in areas().values() if a.level == "kelurahan"]
    return render_template(
        "console/queue.html",
        tickets=tickets,
        total=total,
        counts=counts,
        page=parsed.page,
        pages=pages,
        flt=parsed.flt,
        ignored=parsed.ignored,
        states=STATES,
        channels=CHANNELS,
        sorts=list(store.SORTS),
        kota=kota,
        kecamatan=kecamatan,
        kelurahan=kelurahan,
        query_with=query_with,
        export_url=_url("console.export", {k: request.args.getlist(k) for k in FILTER_KEYS}),
    )


def safe_cell(value: object) -> str:
    """A CSV cell that a spreadsheet shows as text: formula-like starts get a leading apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


CSV_COLUMNS = (
    "number",
    "created_at",
    "state",
    "category",
    "agency",
    "kota",
    "kecamatan",
    "kelurahan",
    "place_text",
    "channel",
    "citizen_id",
    "citizen_phone",
    "supporters",
    "due_at",
    "overdue",
    "description",
)


def _csv_rows(rows: Sequence[Any]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    member = staff()
    for row in rows:
        (number, created, state, category, agency, kota, kecamatan, kelurahan, place, channel,
         platform_id, phone, supporters, due, overdue, description) = row  # fmt: skip
        cells = (
            number, created.isoformat(timespec="seconds"), state, category, agency, area_name(kota),
            area_name(kecamatan), area_name(kelurahan), place, channel, mask(platform_id, member=member),
            mask(phone, member=member), supporters, due.isoformat(timespec="seconds") if due else "",
            "1" if overdue else "0", description,
        )  # fmt: skip
        writer.writerow([safe_cell(v) for v in cells])
        if buffer.tell() > 64_000:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


@bp.get("/tickets.csv")
def export() -> Response:
    """The filtered list as CSV (scope and masking as on the page; at most EXPORT_LIMIT rows)."""
    parsed = parse_filters(request.args)
    rows = store.queue_rows(get_session(), scope_of(staff()), parsed.flt, limit=EXPORT_LIMIT)
    body = "".join(_csv_rows(rows))
    return Response(
        "\ufeff" + body,  # the BOM makes spreadsheet programs read UTF-8
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{t("export_filename")}.csv"'},
    )
