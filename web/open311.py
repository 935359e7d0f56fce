"""Open311 GeoReport v2 (``/open311/v2/...``): services, requests, FixMyStreet's ``servicerequestupdates``.

Every resource answers as ``.json`` or ``.xml`` with the spec's field names; errors are the spec's list
of ``{code, description}`` with 400, 403 or 404. ``service_code`` is a category code and the service list
is the configured category table. ``service_request_id`` is the ticket number; ``status`` is ``open`` or
``closed`` (the ticket-state table in DESIGN.md) and ``status_notes`` carries Aduan's own state.

What a citizen told us stays with staff: no name, phone number, platform id, photo or chat words appears.
``description``, ``address`` and ``media_url`` are what the spec means only for tickets another system
opened here (its own submitted text); for a ticket reported in a chat, ``description`` is empty,
``address`` names the resolved kelurahan/kecamatan/kota rather than the citizen's words, and
``media_url`` is empty.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import re
import secrets
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from xml.etree import ElementTree as ET

from flask import Blueprint, Flask, Response, current_app, g, request
from werkzeug.exceptions import BadRequest, Forbidden, HTTPException, NotFound

from nlu.places import Place
from router import tickets
from store import repo
from store.models import ApiKey, Ticket, TicketEvent, utcnow
from web.db import get_session, runtime
from web.public import place_names, published_note

bp = Blueprint("open311", __name__, url_prefix="/open311/v2")

FMT = "<any(json, xml):fmt>"
CHANNEL = "open311"  # the channel of tickets opened through this API (one identity per API key)
SPEC_URL = "http://wiki.open311.org/GeoReport_v2"
MAX_DESCRIPTION = 4000
MAX_ADDRESS = 500  # tickets.place_text
MAX_URL = 2000
MAX_PAGE_SIZE = 1000  # the spec's default limit: "first 1000 requests"
MAX_PAGE = 1_000_000  # beyond it an offset overflows the database's integers
MAX_SPAN = timedelta(days=90)  # "may not span more than 90 days"
_COORDINATE = re.compile(r"[+-]?\d{1,3}(?:\.\d+)?")
_DATE_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # characters XML 1.0 cannot carry
# XML: the element name of one item in each list.
_ITEMS = {"endpoints": "endpoint", "formats": "format", "attributes": "attribute", "values": "value"}
_CONTENT_TYPES = {"json": "application/json; charset=utf-8", "xml": "text/xml; charset=utf-8"}


# --- rendering ----------------------------------------------------------------------------------


def w3c(value: datetime | None) -> str | None:
    """A time in the spec's W3C format, in UTC (``2026-12-06T22:00:00Z``)."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if value is not None else None


def _xml_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return _NOT_XML.sub("", str(value))


def _xml_fill(parent: ET.Element, value: Any, item: str) -> None:
    if isinstance(value, Mapping):
        for key, sub in value.items():
            _xml_fill(ET.SubElement(parent, key), sub, _ITEMS.get(key, "item"))
    elif isinstance(value, list):
        for sub in value:
            _xml_fill(ET.SubElement(parent, item), sub, "item")
    else:
        parent.text = _xml_text(value)


def render(data: Any, fmt: str, *, root: str, item: str | None = None, status: int = 200) -> Response:
    """The response in ``fmt``: JSON as it is, or XML under ``root`` (a list's entries named ``item``)."""
    if fmt == "json":
        body = json.dumps(data, ensure_ascii=False).encode()
    else:
        element = ET.Element(root)
        _xml_fill(element, data, item or "item")
        body = b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(
            element, encoding="utf-8", xml_declaration=False
        )
    return Response(body, status=status, content_type=_CONTENT_TYPES[fmt])


@bp.errorhandler(HTTPException)
def _error(exc: HTTPException) -> Response:
    code = exc.code or 500
    description = exc.description if code in (400, 403, 404) else (exc.name or "error")
    return render(
        [{"code": code, "description": description}],
        g.get("open311_fmt", "xml"),
        root="errors",
        item="error",
        status=code,
    )


@bp.url_value_preprocessor
def _remember_format(endpoint: str | None, values: dict[str, Any] | None) -> None:
    g.open311_fmt = (values or {}).pop("fmt", None) or _format_of(request.path)


def _format_of(path: str) -> str:
    return "json" if path.endswith(".json") else "xml"


# --- what a request shows -----------------------------------------------------------------------


def status_of(state: str) -> str:
    """``closed`` for a closed ticket state, else ``open``."""
    return "closed" if state in tickets.CLOSED_STATES else "open"


def _from_api(ticket: Ticket) -> bool:
    return ticket.channel == CHANNEL


def service_request(ticket: Ticket) -> dict[str, Any]:
    """One ticket as the spec's ``request``, without the citizen's personal data (see the module doc)."""
    cfg = runtime().cfg
    category = cfg.categories.get(ticket.category)
    agency = cfg.agencies.get(ticket.agency_code or "")
    media = [m for m in ticket.media if isinstance(m, str)] if _from_api(ticket) else []
    return {
        "service_request_id": ticket.number,
        "status": status_of(ticket.state),
        "status_notes": ticket.state,
        "service_name": category.nama if category else ticket.category,
        "service_code": ticket.category,
        "description": ticket.description if _from_api(ticket) else "",
        "agency_responsible": agency.nama if agency else "",
        "service_notice": "",
        "requested_datetime": w3c(ticket.created_at),
        "updated_datetime": w3c(ticket.updated_at),
        "expected_datetime": w3c(ticket.due_at),
        "address": (ticket.place_text if _from_api(ticket) and ticket.place_text else place_names(ticket)),
        "address_id": "",
        "zipcode": "",
        "lat": ticket.latitude,
        "long": ticket.longitude,
        "media_url": media[0] if media else "",
    }


def request_update(event: TicketEvent) -> dict[str, Any]:
    """One state event as FixMyStreet's ``request_update``; ``external_status_code`` is Aduan's state."""
    assert event.to_state is not None
    return {
        "update_id": str(event.id),
        "service_request_id": event.ticket.number,
        "status": status_of(event.to_state),
        "external_status_code": event.to_state,
        "updated_datetime": w3c(event.at),
        "description": published_note(event) or "",
        "media_url": "",
    }


# --- input ------------------------------------------------------------------------------------------


def _text(params: Mapping[str, str], name: str, *, limit: int) -> str | None:
    value = params.get(name)
    if value is None or not value.strip():
        return None
    if "\x00" in value:
        raise BadRequest(f"{name}: contains a NUL character")
    if len(value) > limit:
        raise BadRequest(f"{name}: longer than {limit} characters")
    return value.strip()


def _date(name: str) -> datetime | None:
    raw = (
        (request.args.get(name) or "").strip().replace(" ", "+")
    )  # an unencoded "+07:00" arrives as " 07:00"
    if not raw:
        return None
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        raise BadRequest(f"{name}: {raw!r} is not a W3C date-time such as 2026-01-01T00:00:00Z") from None
    if value.tzinfo is None:
        if not _DATE_ONLY.fullmatch(raw):
            raise BadRequest(f"{name}: {raw!r} needs a time zone (Z or an offset such as +07:00)")
        value = value.replace(tzinfo=UTC)
    return value


def _window() -> tuple[datetime, datetime]:
    """start_date and end_date, at most 90 days apart; a missing side is 90 days from the other (or now)."""
    start, end = _date("start_date"), _date("end_date")
    if start is not None and end is not None:
        if start > end:
            raise BadRequest("start_date is after end_date")
        if end - start > MAX_SPAN:
            raise BadRequest("start_date and end_date may not span more than 90 days")
        return start, end
    if start is not None:
        return start, start + MAX_SPAN
    end = end or utcnow()
    return end - MAX_SPAN, end


def _listed(name: str) -> list[str]:
    return [part.strip() for part in (request.args.get(name) or "").split(",") if part.strip()]


def _positive(name: str, default: int, *, most: int) -> int:
    raw = request.args.get(name)
    if raw is None or raw == "":
        return default
    if not re.fullmatch(r"[0-9]{1,9}", raw) or not 1 <= int(raw) <= most:
        raise BadRequest(f"{name}: expected a whole number from 1 to {most}, got {raw!r}")
    return int(raw)


def _service_codes(codes: Iterable[str]) -> list[str]:
    known = runtime().cfg.categories
    out = list(codes)
    for code in out:
        if code not in known:
            raise NotFound(f"service_code {code!r} is not a service of this endpoint (see services)")
    return out


def _states(statuses: Iterable[str]) -> list[str]:
    states: list[str] = []
    for status in statuses:
        if status not in ("open", "closed"):
            raise BadRequest(f"status: expected open or closed, got {status!r}")
        states += sorted(tickets.CLOSED_STATES if status == "closed" else tickets.OPEN_STATES)
    return states


def hash_key(key: str) -> str:
    """The SHA-256 hex under which an API key is stored."""
    return hashlib.sha256(key.encode()).hexdigest()


def new_key() -> str:
    """A new random API key (shown once; only its hash is kept)."""
    return secrets.token_urlsafe(32)


def _api_key(params: Mapping[str, str]) -> ApiKey:
    given = params.get("api_key") or request.args.get("api_key") or ""
    if not given:
        raise Forbidden("api_key is required to create a service request")
    digest = hash_key(given)
    key = repo.api_key_by_hash(get_session(), digest)
    if key is None or not hmac.compare_digest(key.key_hash, digest):
        raise Forbidden("invalid api_key")
    return key


def _coordinate(params: Mapping[str, str], name: str, bound: float) -> float:
    raw = (params.get(name) or "").strip()
    if not _COORDINATE.fullmatch(raw):
        raise BadRequest(f"{name}: {raw!r} is not a decimal coordinate (WGS84 degrees)")
    value = float(raw)
    if not math.isfinite(value) or abs(value) > bound:
        raise BadRequest(f"{name}: {raw!r} is out of range")
    return value


def _location(
    params: Mapping[str, str], address: str | None
) -> tuple[Place | None, float | None, float | None]:
    """The place of a new request: from lat/long (point in polygon), else from address_string."""
    places = runtime().places
    if params.get("lat") or params.get("long"):
        lat, lng = _coordinate(params, "lat", 90.0), _coordinate(params, "long", 180.0)
        place = places.locate(lat, lng) if places is not None else None
        if place is not None and place.outside:
            raise BadRequest(f"lat/long {lat},{lng} is outside the area this endpoint serves")
        return place, lat, lng
    if address is None:
        raise BadRequest("a location is required: lat and long, or address_string")
    place = places.resolve(address) if places is not None else None
    if place is not None and place.outside:
        raise BadRequest(f"address_string {address!r} is outside the area this endpoint serves")
    return place, None, None


def _draft(params: Mapping[str, str]) -> tickets.Draft:
    code = _text(params, "service_code", limit=100)
    if code is None:
        raise BadRequest("service_code is required")
    _service_codes([code])
    description = _text(params, "description", limit=MAX_DESCRIPTION) or ""
    address = _text(params, "address_string", limit=MAX_ADDRESS)
    media_url = _text(params, "media_url", limit=MAX_URL)
    if media_url is not None and not re.match(r"https?://[^\s]+$", media_url):
        raise BadRequest("media_url: expected an http(s) URL")
    place, lat, lng = _location(params, address)
    return tickets.Draft(
        category=code,
        description=description,
        place_text=address,
        kelurahan=place.kelurahan if place else None,
        kecamatan=place.kecamatan if place else None,
        kota=place.kota if place else None,
        latitude=lat,
        longitude=lng,
        media=(media_url,) if media_url else (),
    )


# --- views --------------------------------------------------------------------------------------


@bp.get(f"/discovery.{FMT}")
def discovery() -> Response:
    """Service discovery: this endpoint, its formats, and when its service list last changed."""
    changeset = w3c(runtime_started())
    endpoint = {
        "specification": SPEC_URL,
        "url": request.url_root.rstrip("/") + (bp.url_prefix or ""),
        "changeset": changeset,
        "type": "production",
        "formats": ["text/xml", "application/json"],
    }
    data = {
        "changeset": changeset,
        "contact": "",
        "key_service": "API keys are issued by the operator",
        "endpoints": [endpoint],
    }
    return render(data, g.open311_fmt, root="discovery")


@bp.get(f"/services.{FMT}")
def services() -> Response:
    """Every configured category as a service."""
    cfg = runtime().cfg
    data = [
        {
            "service_code": code,
            "service_name": category.nama,
            "description": category.name_en,
            "metadata": False,
            "type": "realtime",
            "keywords": "",
            "group": cfg.agencies[category.agency].nama,
        }
        for code, category in cfg.categories.items()
    ]
    return render(data, g.open311_fmt, root="services", item="service")


@bp.get(f"/services/<service_code>.{FMT}")
def service_definition(service_code: str) -> Response:
    """A service's definition: no extra attributes (``metadata`` is false for every service)."""
    _service_codes([service_code])
    return render({"service_code": service_code, "attributes": []}, g.open311_fmt, root="service_definition")


@bp.get(f"/requests.{FMT}")
def list_requests() -> Response:
    """Requests by the spec's filters, newest first, paged with ``page``/``page_size``."""
    numbers = _listed("service_request_id")
    page, size = (
        _positive("page", 1, most=MAX_PAGE),
        _positive("page_size", MAX_PAGE_SIZE, most=MAX_PAGE_SIZE),
    )
    if numbers:
        found = repo.find_service_requests(
            get_session(), numbers=numbers, offset=(page - 1) * size, limit=size
        )
    else:
        start, end = _window()
        found = repo.find_service_requests(
            get_session(),
            categories=_service_codes(_listed("service_code")),
            states=_states(_listed("status")),
            start=start,
            end=end,
            offset=(page - 1) * size,
            limit=size,
        )
    return render([service_request(t) for t in found], g.open311_fmt, root="service_requests", item="request")


@bp.get(f"/requests/<service_request_id>.{FMT}")
def get_request(service_request_id: str) -> Response:
    """One request, as a list of one (the spec's shape)."""
    ticket = repo.ticket_by_number(get_session(), service_request_id)
    if ticket is None:
        raise NotFound(f"service_request_id {service_request_id!r} not found")
    return render([service_request(ticket)], g.open311_fmt, root="service_requests", item="request")


@bp.post(f"/requests.{FMT}")
def create_request() -> Response:
    """Opens a ticket for another system (api_key required), routed and timed like any other."""
    session = get_session()
    key = _api_key(request.form)
    draft = _draft(request.form)
    identity = repo.get_or_create_identity(session, CHANNEL, f"key:{key.id}", display_name=key.name)
    ticket = tickets.open_ticket(session, runtime().cfg, identity, draft, language="id")
    agency = runtime().cfg.agencies[ticket.agency_code].nama if ticket.agency_code else ""
    notice = f"Diteruskan ke {agency}; target selesai {w3c(ticket.due_at)}."
    number = ticket.number
    session.commit()
    return render(
        [{"service_request_id": number, "service_notice": notice, "account_id": None}],
        g.open311_fmt,
        root="service_requests",
        item="request",
    )


@bp.get(f"/servicerequestupdates.{FMT}")
def request_updates() -> Response:
    """FixMyStreet's extension: every state change (and opening) in the date window, oldest first."""
    start, end = _window()
    events = repo.state_events(get_session(), start=start, end=end, limit=MAX_PAGE_SIZE)
    return render(
        [request_update(e) for e in events],
        g.open311_fmt,
        root="service_request_updates",
        item="request_update",
    )


@bp.route("/<path:rest>", methods=["GET", "POST", "PUT", "PATCH", "DELETE"])
def unknown(rest: str) -> Response:
    """Anything else under the prefix: the spec's 404."""
    raise NotFound(f"no resource {rest!r}: see discovery")


def runtime_started() -> datetime:
    """When this app was built: the service list (the configuration) can change only then."""
    started: datetime = current_app.extensions["open311_started"]
    return started


def init_app(app: Flask) -> None:
    app.extensions["open311_started"] = utcnow()
    app.register_blueprint(bp)
