"""Open311 GeoReport v2, driven through a real HTTP server on loopback by the ``georeport`` client library
(what it covers: services, service definitions, requests in JSON and XML) and by the spec's own example
requests for the rest (discovery, POST, XML errors, FixMyStreet's servicerequestupdates)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from xml.etree import ElementTree as ET

import hypothesis
import pytest
import requests
import xmltodict
from georeport import GeoReport
from hypothesis import HealthCheck, given
from hypothesis import strategies as st
from sqlalchemy import func, select

from aduan import cli, settings
from fakes.server import ServerThread
from jobs import runtime
from jobs.runtime import Runtime
from nlu.places import Gazetteer
from router import sla, tickets
from store import repo
from store.models import Identity, Ticket, TicketEvent, utcnow
from web import create_app
from web.open311 import hash_key, new_key

PEJATEN_TIMUR = ("31.74.04.1005", "31.74.04", "31.74")
ADMIN = tickets.Actor("staff", "admin1", role="admin")
# What one citizen told the bot; none of it may ever leave through the API or the public page.
NAME, PHONE, USER_ID = "Budi Santoso", "081298765432", "987654321"
WORDS = "Pak Budi Santoso bilang sampah numpuk di depan rumah saya"
PLACE_WORDS = "depan rumah saya Jl. Mawar Melati 12"
PHOTO = {"ref": "AgACAgQAAxkBAAIBPrivatePhoto", "path": "telegram/5f2b9c0e7d.jpg", "bytes": 1234}
REOPEN_WORDS = "belum beres, masih bau sekali"
PRIVATE = (
    NAME,
    "81298765432",
    USER_ID,
    "sampah numpuk",
    "Mawar Melati",
    PHOTO["ref"],
    PHOTO["path"],
    REOPEN_WORDS,
)
ERROR_CODES = {400, 403, 404}


@dataclass
class Api:
    url: str
    key: str
    rt: Runtime

    def client(self, fmt: str = "json") -> GeoReport:
        return GeoReport(self.url, output_format=fmt)

    def post(self, fmt: str = "json", **params: Any) -> requests.Response:
        return requests.post(f"{self.url}/requests.{fmt}", data=params, timeout=10)

    def get(self, path: str, **params: Any) -> requests.Response:
        return requests.get(f"{self.url}/{path}", params=params, timeout=10)


def issue_key(rt: Runtime, name: str = "crm") -> str:
    key = new_key()
    with rt.Session.begin() as session:
        assert repo.add_api_key(session, name, hash_key(key)) is not None
    return key


@pytest.fixture
def api(rt: Runtime) -> Iterator[Api]:
    with ServerThread(create_app(rt=rt)) as server:
        yield Api(f"{server.url}/open311/v2", issue_key(rt), rt)


def centre(places: Gazetteer, kode: str = PEJATEN_TIMUR[0]) -> tuple[float, float]:
    unit = places.unit(kode)
    return unit.lat, unit.lng


def chat_ticket(rt: Runtime, category: str = "sampah", *, user: str = USER_ID) -> str:
    """A ticket as the conversation opens it, full of the citizen's personal data; returns its number."""
    lat, lng = centre(rt.places) if rt.places else (None, None)
    draft = tickets.Draft(
        category=category,
        description=WORDS,
        place_text=PLACE_WORDS,
        kelurahan=PEJATEN_TIMUR[0],
        kecamatan=PEJATEN_TIMUR[1],
        kota=PEJATEN_TIMUR[2],
        latitude=lat,
        longitude=lng,
        media=(PHOTO,),
    )  # type: ignore[arg-type]
    with rt.Session.begin() as session:
        identity = repo.get_or_create_identity(session, "telegram", user, display_name=NAME, phone=PHONE)
        return tickets.open_ticket(session, rt.cfg, identity, draft, language="id").number


def move(rt: Runtime, number: str, *steps: tuple[str, str | None], actor: tickets.Actor = ADMIN) -> None:
    with rt.Session.begin() as session:
        ticket = repo.ticket_by_number(session, number)
        assert ticket is not None
        for state, note in steps:
            tickets.transition(session, rt.cfg, ticket, state, actor=actor, note=note)


def count_tickets(rt: Runtime) -> int:
    with rt.Session() as session:
        return session.scalar(select(func.count()).select_from(Ticket)) or 0


def ticket(rt: Runtime, number: str) -> Ticket:
    with rt.Session() as session:
        found = repo.ticket_by_number(session, number)
        assert found is not None
        found.events  # noqa: B018 - loaded before the session closes
        return found


def w3c(value: datetime | None) -> str | None:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if value else None


def xml_errors(response: requests.Response) -> list[dict[str, str]]:
    root = ET.fromstring(response.content)
    assert root.tag == "errors"
    return [{child.tag: child.text or "" for child in error} for error in root.findall("error")]


# --- discovery and services -------------------------------------------------------------------


def test_discovery_names_this_endpoint_and_its_formats(api: Api) -> None:
    body = api.get("discovery.json").json()
    assert body["endpoints"] == [
        {
            "specification": "http://wiki.open311.org/GeoReport_v2",
            "url": api.url,
            "changeset": body["changeset"],
            "type": "production",
            "formats": ["text/xml", "application/json"],
        }
    ]
    assert datetime.fromisoformat(body["changeset"]) <= utcnow()
    xml = xmltodict.parse(api.get("discovery.xml").content)["discovery"]
    assert xml["endpoints"]["endpoint"]["url"] == api.url
    assert xml["endpoints"]["endpoint"]["formats"]["format"] == ["text/xml", "application/json"]


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_the_service_list_is_every_configured_category(api: Api, fmt: str) -> None:
    cfg = api.rt.cfg
    expected = [
        {
            "service_code": code,
            "service_name": c.nama,
            "description": c.name_en,
            "metadata": False,
            "type": "realtime",
            "keywords": "",
            "group": cfg.agencies[c.agency].nama,
        }
        for code, c in cfg.categories.items()
    ]
    services = api.client(fmt).get_service_list()
    if fmt == "xml":  # XML carries text only
        expected = [{k: ("false" if v is False else v or None) for k, v in s.items()} for s in expected]
    assert services == expected
    assert len(services) == len(cfg.categories) == len(settings.CATEGORY_CODES) == 24
    perumahan = next(s for s in services if s["service_code"] == "perumahan")
    assert perumahan["group"] == "Dinas Perumahan Rakyat dan Kawasan Permukiman"


def test_the_service_list_follows_the_configuration(config: settings.Config, places: Gazetteer) -> None:
    renamed = config.merged(
        {"categories": {"jalan": {"nama": "Jalan rusak & trotoar", "agency": "kelurahan"}}}
    )
    built = runtime.build(renamed, places=places)
    try:
        with ServerThread(create_app(rt=built)) as server:
            services = GeoReport(f"{server.url}/open311/v2").get_service_list()
    finally:
        built.close()
    jalan = next(s for s in services if s["service_code"] == "jalan")
    assert (jalan["service_name"], jalan["group"]) == ("Jalan rusak & trotoar", "Kelurahan")


def test_a_service_definition_has_no_extra_attributes(api: Api) -> None:
    assert api.client().get_service_definition("banjir") == {"service_code": "banjir", "attributes": []}
    assert api.client("xml").get_service_definition("banjir") == {
        "service_code": "banjir",
        "attributes": None,
    }


def test_an_unknown_service_code_is_404_in_the_spec_format(api: Api) -> None:
    with pytest.raises(requests.HTTPError) as raised:
        api.client().get_service_definition("ufo")
    assert raised.value.response.status_code == 404
    assert raised.value.response.json() == [
        {"code": 404, "description": "service_code 'ufo' is not a service of this endpoint (see services)"}
    ]
    response = api.get("services/ufo.xml")
    assert response.status_code == 404 and response.headers["Content-Type"].startswith("text/xml")
    assert xml_errors(response) == [
        {"code": "404", "description": "service_code 'ufo' is not a service of this endpoint (see services)"}
    ]


# --- POST requests ------------------------------------------------------------------------------


def test_post_opens_a_routed_ticket_with_its_sla_through_the_ticket_code(api: Api) -> None:
    lat, lng = centre(api.rt.places)  # type: ignore[arg-type]
    # The spec's example POST, form-encoded, with the reporter's contact details the API must not keep.
    response = api.post(
        api_key=api.key,
        service_code="jalan",
        lat=f"{lat:.6f}",
        long=f"{lng:.6f}",
        address_string="Jl. Raya Pejaten depan halte",
        description="Lubang besar di lajur kiri",
        media_url="https://crm.example.go.id/media/1.jpg",
        email="warga@example.com",
        first_name="Siti",
        last_name="Aminah",
        phone="0811111111",
        device_id="dev-1",
    )
    assert response.status_code == 200, response.text
    opened = ticket(api.rt, "ADU-000001")
    assert response.json() == [
        {
            "service_request_id": "ADU-000001",
            "service_notice": f"Diteruskan ke Dinas Bina Marga; target selesai {w3c(opened.due_at)}.",
            "account_id": None,
        }
    ]
    assert (opened.channel, opened.category, opened.state, opened.agency_code) == (
        "open311",
        "jalan",
        "menunggu",
        "binamarga",
    )
    assert (opened.kelurahan, opened.kecamatan, opened.kota) == PEJATEN_TIMUR
    assert opened.agency_code == tickets.route(api.rt.cfg, "jalan", *PEJATEN_TIMUR)
    assert opened.due_at == sla.due_time(api.rt.cfg, opened, entered=opened.created_at)
    assert [(e.kind, e.to_state) for e in opened.events] == [("created", "menunggu")]
    with api.rt.Session() as session:
        identity = session.get(Identity, opened.identity_id)
        assert identity is not None and (identity.display_name, identity.phone) == ("crm", None)
    assert api.client().get_service_request("ADU-000001") == {
        "service_request_id": "ADU-000001",
        "status": "open",
        "status_notes": "menunggu",
        "service_name": "Jalan & trotoar",
        "service_code": "jalan",
        "description": "Lubang besar di lajur kiri",
        "agency_responsible": "Dinas Bina Marga",
        "service_notice": "",
        "requested_datetime": w3c(opened.created_at),
        "updated_datetime": w3c(opened.updated_at),
        "expected_datetime": w3c(opened.due_at),
        "address": "Jl. Raya Pejaten depan halte",
        "address_id": "",
        "zipcode": "",
        "lat": float(f"{lat:.6f}"),
        "long": float(f"{lng:.6f}"),
        "media_url": "https://crm.example.go.id/media/1.jpg",
    }
    assert "Siti" not in response.text and "warga@example.com" not in api.get("requests/ADU-000001.json").text


def test_post_in_xml_with_an_address_only(api: Api) -> None:
    response = api.post(
        "xml",
        api_key=api.key,
        service_code="banjir",
        address_string="Kel. Pejaten Timur",
        description="Genangan setinggi lutut",
    )
    assert response.status_code == 200 and response.headers["Content-Type"].startswith("text/xml")
    body = xmltodict.parse(response.content)["service_requests"]["request"]
    assert body["service_request_id"] == "ADU-000001" and body["account_id"] is None
    opened = ticket(api.rt, "ADU-000001")
    assert (opened.kelurahan, opened.agency_code, opened.latitude) == (PEJATEN_TIMUR[0], "dsda", None)
    xml = api.client("xml").get_service_request("ADU-000001")
    assert (xml["status"], xml["lat"], xml["address"]) == ("open", None, "Kel. Pejaten Timur")


def test_the_spec_example_post_as_sent(api: Api) -> None:
    """The spec's example body in its shape (jurisdiction_id, account_id, attribute[...] and the reporter's
    contact details included), with a place and a service of this endpoint."""
    lat, lng = centre(api.rt.places)  # type: ignore[arg-type]
    body = (
        f"api_key={api.key}&jurisdiction_id=jakarta.go.id&service_code=pohon&lat={lat:.8f}&long={lng:.8f}"
        "&address_string=1234+5th+street&email=smit333%40sfgov.edu&device_id=tt222111&account_id=123456"
        "&first_name=john&last_name=smith&phone=111111111&description=A+large+sinkhole+is+destroying+the+street"
        "&media_url=http%3A%2F%2Fcity.gov%2Fmedia%2F123&attribute[WHISETN]=123&attribute[WHISETN]=124"
    )
    response = requests.post(
        f"{api.url}/requests.xml",
        data=body,
        timeout=10,
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 200
    request = ET.fromstring(response.content).find("request")
    assert request is not None and request.findtext("service_request_id") == "ADU-000001"
    shown = api.client().get_service_request("ADU-000001")
    assert (shown["service_code"], shown["agency_responsible"], shown["media_url"]) == (
        "pohon",
        "Dinas Pertamanan dan Hutan Kota",
        "http://city.gov/media/123",
    )
    assert [
        v for v in ("smit333", "john", "smith", "111111111", "123456", "tt222111") if v in str(shown)
    ] == []
    # ...and the spec's example query, as sent.
    query = "start_date=2026-01-01T00:00:00Z&end_date=2026-03-01T00:00:00Z&status=open"
    listed = requests.get(f"{api.url}/requests.xml?{query}", timeout=10)
    assert (listed.status_code, listed.content.endswith(b"<service_requests />")) == (200, True)


def _valid(api: Api) -> dict[str, str]:
    lat, lng = centre(api.rt.places)  # type: ignore[arg-type]
    return {
        "api_key": api.key,
        "service_code": "sampah",
        "lat": f"{lat}",
        "long": f"{lng}",
        "description": "x",
    }


BAD_POSTS = [
    ("no key", {"api_key": None}, 403, "api_key is required to create a service request"),
    ("wrong key", {"api_key": "not-a-key"}, 403, "invalid api_key"),
    (
        "unknown service",
        {"service_code": "ufo"},
        404,
        "service_code 'ufo' is not a service of this endpoint (see services)",
    ),
    ("no service", {"service_code": None}, 400, "service_code is required"),
    ("long description", {"description": "a" * 4001}, 400, "description: longer than 4000 characters"),
    ("lat not a number", {"lat": "enam"}, 400, "lat: 'enam' is not a decimal coordinate (WGS84 degrees)"),
    ("nan", {"long": "nan"}, 400, "long: 'nan' is not a decimal coordinate (WGS84 degrees)"),
    ("lat beyond the pole", {"lat": "-91.5"}, 400, "lat: '-91.5' is out of range"),
    ("lat without long", {"long": None}, 400, "long: '' is not a decimal coordinate (WGS84 degrees)"),
    (
        "Bandung",
        {"lat": "-6.9175", "long": "107.6191"},
        400,
        "lat/long -6.9175,107.6191 is outside the area this endpoint serves",
    ),
    (
        "no location",
        {"lat": None, "long": None},
        400,
        "a location is required: lat and long, or address_string",
    ),
    (
        "address outside",
        {"lat": None, "long": None, "address_string": "Desa Sukamaju, Kabupaten Bogor"},
        400,
        "address_string 'Desa Sukamaju, Kabupaten Bogor' is outside the area this endpoint serves",
    ),
    ("long address", {"address_string": "a" * 501}, 400, "address_string: longer than 500 characters"),
    ("NUL character", {"description": "ada\x00nul"}, 400, "description: contains a NUL character"),
    ("media not a URL", {"media_url": "javascript:alert(1)"}, 400, "media_url: expected an http(s) URL"),
]


@pytest.mark.parametrize(
    ("case", "change", "status", "description"), BAD_POSTS, ids=[c[0] for c in BAD_POSTS]
)
def test_a_bad_post_gets_the_spec_error_and_opens_nothing(
    api: Api, case: str, change: dict[str, str | None], status: int, description: str
) -> None:
    params = {k: v for k, v in {**_valid(api), **change}.items() if v is not None}
    as_json, as_xml = api.post("json", **params), api.post("xml", **params)
    assert (as_json.status_code, as_json.json()) == (status, [{"code": status, "description": description}])
    assert (as_xml.status_code, xml_errors(as_xml)) == (
        status,
        [{"code": str(status), "description": description}],
    )
    assert count_tickets(api.rt) == 0
    with api.rt.Session() as session:  # nor half of one: no identity, no event, no number taken
        assert session.scalar(select(func.count()).select_from(Identity)) == 0
        assert session.scalar(select(func.count()).select_from(TicketEvent)) == 0
    assert api.post(**_valid(api)).json()[0]["service_request_id"] == "ADU-000001"


def test_a_revoked_key_is_refused(api: Api) -> None:
    with api.rt.Session.begin() as session:
        assert repo.revoke_api_key(session, "crm", now=utcnow())
    response = api.post(**_valid(api))
    assert (response.status_code, response.json()) == (403, [{"code": 403, "description": "invalid api_key"}])


# --- GET requests -------------------------------------------------------------------------------


@pytest.fixture
def three(api: Api) -> dict[str, str]:
    """A chat report of garbage (open), a chat report of a road (fixed), and a flood from another system."""
    sampah = chat_ticket(api.rt, "sampah")
    jalan = chat_ticket(api.rt, "jalan", user="55501")
    move(api.rt, jalan, ("disposisi", None), ("proses", None), ("selesai", "Lubang sudah ditambal"))
    banjir = api.post(api_key=api.key, service_code="banjir", address_string="Kel. Pejaten Timur").json()
    return {"sampah": sampah, "jalan": jalan, "banjir": banjir[0]["service_request_id"]}


def ids(found: list[dict[str, Any]] | dict[str, Any]) -> list[str]:
    return [r["service_request_id"] for r in (found if isinstance(found, list) else [found])]


def test_requests_by_the_spec_filters_through_the_client(api: Api, three: dict[str, str]) -> None:
    client = api.client()
    assert ids(client.get_service_requests()) == [three["banjir"], three["jalan"], three["sampah"]]
    assert ids(client.get_service_requests(service_code="jalan")) == [three["jalan"]]
    assert ids(client.get_service_requests(service_code="sampah,banjir")) == [
        three["banjir"],
        three["sampah"],
    ]
    assert ids(client.get_service_requests(status="closed")) == [three["jalan"]]
    assert ids(client.get_service_requests(status="open")) == [three["banjir"], three["sampah"]]
    both = f"{three['sampah']},{three['jalan'].lower()}"
    assert ids(client.get_service_requests(service_request_id=both, status="open")) == [
        three["jalan"],
        three["sampah"],
    ]
    now = utcnow()
    hour = timedelta(hours=1)
    assert len(client.get_service_requests(start_date=w3c(now - hour), end_date=w3c(now + hour))) == 3
    assert client.get_service_requests(start_date=w3c(now + hour)) == []
    assert client.get_service_requests(end_date=w3c(now - hour)) == []
    jakarta = (now + hour).astimezone(timezone(timedelta(hours=7))).isoformat(timespec="seconds")  # +07:00
    assert len(client.get_service_requests(end_date=jakarta)) == 3


def test_a_closed_chat_ticket_as_the_client_reads_it(api: Api, three: dict[str, str]) -> None:
    fixed = ticket(api.rt, three["jalan"])
    assert api.client().get_service_request(three["jalan"]) == {
        "service_request_id": three["jalan"],
        "status": "closed",
        "status_notes": "selesai",
        "service_name": "Jalan & trotoar",
        "service_code": "jalan",
        "description": "",
        "agency_responsible": "Dinas Bina Marga",
        "service_notice": "",
        "requested_datetime": w3c(fixed.created_at),
        "updated_datetime": w3c(fixed.updated_at),
        "expected_datetime": w3c(fixed.due_at),
        "address": "Pejaten Timur, Pasar Minggu, Kota Administrasi Jakarta Selatan",
        "address_id": "",
        "zipcode": "",
        "lat": fixed.latitude,
        "long": fixed.longitude,
        "media_url": "",
    }


def test_requests_in_xml_through_the_client(api: Api, three: dict[str, str]) -> None:
    found = api.client("xml").get_service_requests(status="open")
    assert [(r["service_request_id"], r["status"], r["service_code"]) for r in found] == [
        (three["banjir"], "open", "banjir"),
        (three["sampah"], "open", "sampah"),
    ]
    one = api.client("xml").get_service_request(three["sampah"])
    assert (one["status_notes"], one["agency_responsible"], one["description"]) == (
        "menunggu",
        "Dinas Lingkungan Hidup",
        None,
    )


def test_page_and_page_size(api: Api, three: dict[str, str]) -> None:
    pages = [ids(api.get("requests.json", page=p, page_size=2).json()) for p in (1, 2, 3)]
    assert pages == [[three["banjir"], three["jalan"]], [three["sampah"]], []]


BAD_GETS = [
    (
        "requests.json",
        {"start_date": "kemarin"},
        400,
        "start_date: 'kemarin' is not a W3C date-time such as 2026-01-01T00:00:00Z",
    ),
    (
        "requests.json",
        {"end_date": "2026-13-01T00:00:00Z"},
        400,
        "end_date: '2026-13-01T00:00:00Z' is not a W3C date-time such as 2026-01-01T00:00:00Z",
    ),
    (
        "requests.json",
        {"start_date": "2026-12-01T10:00:00"},
        400,
        "start_date: '2026-12-01T10:00:00' needs a time zone (Z or an offset such as +07:00)",
    ),
    (
        "requests.json",
        {"start_date": "2026-01-01T00:00:00Z", "end_date": "2026-06-01T00:00:00Z"},
        400,
        "start_date and end_date may not span more than 90 days",
    ),
    (
        "requests.json",
        {"start_date": "2026-02-01T00:00:00Z", "end_date": "2026-01-01T00:00:00Z"},
        400,
        "start_date is after end_date",
    ),
    ("requests.json", {"status": "pending"}, 400, "status: expected open or closed, got 'pending'"),
    (
        "requests.json",
        {"service_code": "sampah,ufo"},
        404,
        "service_code 'ufo' is not a service of this endpoint (see services)",
    ),
    ("requests.json", {"page": "0"}, 400, "page: expected a whole number from 1 to 1000000, got '0'"),
    (
        "requests.json",
        {"page": "99999999999999999999"},
        400,
        "page: expected a whole number from 1 to 1000000, got '99999999999999999999'",
    ),
    ("requests.json", {"page_size": "²"}, 400, "page_size: expected a whole number from 1 to 1000, got '²'"),
    (
        "requests.json",
        {"page_size": "5000"},
        400,
        "page_size: expected a whole number from 1 to 1000, got '5000'",
    ),
    ("requests/ADU-999999.json", {}, 404, "service_request_id 'ADU-999999' not found"),
    (
        "servicerequestupdates.json",
        {"start_date": "2026-02-30T00:00:00Z"},
        400,
        "start_date: '2026-02-30T00:00:00Z' is not a W3C date-time such as 2026-01-01T00:00:00Z",
    ),
    ("reports.json", {}, 404, "no resource 'reports.json': see discovery"),
    ("requests.html", {}, 404, "no resource 'requests.html': see discovery"),
]


@pytest.mark.parametrize(
    ("path", "params", "status", "description"),
    BAD_GETS,
    ids=[f"{c[0]}{sorted(c[1].items())}" for c in BAD_GETS],
)
def test_a_bad_query_gets_the_spec_error(
    api: Api, path: str, params: dict[str, str], status: int, description: str
) -> None:
    response = api.get(path, **params)
    assert (response.status_code, response.json() if path.endswith(".json") else xml_errors(response)) == (
        status,
        [{"code": status, "description": description}]
        if path.endswith(".json")
        else [{"code": str(status), "description": description}],
    )
    xml = api.get(path.replace(".json", ".xml"), **params)
    assert (xml.status_code, xml_errors(xml)) == (
        status,
        [{"code": str(status), "description": description.replace(".json", ".xml")}],
    )


# --- the state history and personal data ---------------------------------------------------------


def test_servicerequestupdates_is_the_state_history(api: Api) -> None:
    number = chat_ticket(api.rt)
    move(
        api.rt,
        number,
        ("diverifikasi", "Dicek lurah"),
        ("disposisi", None),
        ("proses", None),
        ("selesai", "Sampah sudah diangkut"),
    )
    with api.rt.Session() as session:
        citizen = tickets.Actor.citizen(repo.ticket_by_number(session, number).citizen_id)  # type: ignore[union-attr]
    move(api.rt, number, ("proses", REOPEN_WORDS), actor=citizen)  # the citizen's reopen, in their own words
    events = [e for e in ticket(api.rt, number).events if e.kind in ("created", "state")]
    updates = api.get("servicerequestupdates.json").json()
    assert updates == [
        {
            "update_id": str(e.id),
            "service_request_id": number,
            "status": status,
            "external_status_code": state,
            "updated_datetime": w3c(e.at),
            "description": note,
            "media_url": "",
        }
        for e, (status, state, note) in zip(
            events,
            [
                ("open", "menunggu", ""),
                ("open", "diverifikasi", "Dicek lurah"),
                ("open", "disposisi", ""),
                ("open", "proses", ""),
                ("closed", "selesai", "Sampah sudah diangkut"),
                ("open", "proses", ""),
            ],
            strict=True,
        )
    ]
    xml = xmltodict.parse(api.get("servicerequestupdates.xml").content)["service_request_updates"][
        "request_update"
    ]
    assert [u["external_status_code"] for u in xml] == [
        "menunggu",
        "diverifikasi",
        "disposisi",
        "proses",
        "selesai",
        "proses",
    ]
    later = w3c(utcnow() + timedelta(minutes=1))
    assert api.get("servicerequestupdates.json", start_date=later).json() == []


def test_control_characters_in_a_note_still_make_well_formed_xml(api: Api) -> None:
    number = chat_ticket(api.rt)
    move(api.rt, number, ("ditolak", "Bukan\x0bwewenang\x01 kami"))
    updates = ET.fromstring(api.get("servicerequestupdates.xml").content)
    assert [u.findtext("description") for u in updates] == ["", "Bukanwewenang kami"]
    assert api.get("servicerequestupdates.json").json()[1]["description"] == "Bukan\x0bwewenang\x01 kami"


def test_no_personal_data_leaves_through_any_resource(api: Api, three: dict[str, str]) -> None:
    move(api.rt, three["sampah"], ("ditolak", "Bukan wewenang kami"))
    with api.rt.Session() as session:
        fixed = repo.ticket_by_number(session, three["jalan"])
        citizen = tickets.Actor.citizen(fixed.citizen_id)  # type: ignore[union-attr]
    move(api.rt, three["jalan"], ("proses", REOPEN_WORDS), actor=citizen)
    bodies = []
    for fmt in ("json", "xml"):
        for path in (
            "requests",
            f"requests/{three['sampah']}",
            f"requests/{three['jalan']}",
            "servicerequestupdates",
            "services",
            "discovery",
        ):
            response = api.get(f"{path}.{fmt}")
            assert response.status_code == 200
            bodies.append(response.text)
    everything = "\n".join(bodies)
    assert "Bukan wewenang kami" in everything  # staff notes are published; the check below can fail
    assert [p for p in PRIVATE if p in everything] == []


# --- API keys from the command line -------------------------------------------------------------


def test_keys_are_issued_and_revoked_from_the_command_line(
    api: Api, database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ADUAN_DATABASE__URL", database_url)
    assert cli.main(["open311", "key", "add", "jaki"]) == 0
    key = capsys.readouterr().out.strip()
    assert len(key) >= 40
    assert api.post(**{**_valid(api), "api_key": key}).status_code == 200
    assert cli.main(["open311", "key", "add", "jaki"]) == 2
    assert "a key named 'jaki' is in use" in capsys.readouterr().err
    assert cli.main(["open311", "key", "revoke", "jaki"]) == 0
    assert api.post(**{**_valid(api), "api_key": key}).status_code == 403
    assert cli.main(["open311", "key", "revoke", "jaki"]) == 2
    assert cli.main(["open311", "key", "add", "jaki"]) == 0  # a new key under the same name
    fresh = capsys.readouterr().out.strip()
    assert fresh != key and api.post(**{**_valid(api), "api_key": fresh}).status_code == 200


# --- fuzzing: whatever the input, a spec answer and never a 5xx or half a ticket --------------------

FUZZ = hypothesis.settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)
ODD = st.sampled_from(
    [
        "",
        " ",
        "0",
        "-0",
        "1e3",
        "nan",
        "inf",
        "-6.2",
        "106.8",
        "+07:00",
        "2026-02-30",
        "open,",
        ",",
        "sampah",
        "ADU-000001",
        "\x00",
        "²",
        "9" * 30,
        "é" * 600,
        "a" * 4001,
    ]
)
VALUE = st.deferred(lambda: st.one_of(ODD, TEXT, st.none()))  # deferred: half of each field's draws are valid


POST_FIELDS = {
    "service_code": st.sampled_from(["sampah", "banjir"]) | VALUE,
    "lat": st.floats(-6.4, -6.1).map(str) | VALUE,
    "long": st.floats(106.7, 107.0).map(str) | VALUE,
    "address_string": st.sampled_from(["Kel. Pejaten Timur", "Bogor"]) | VALUE,
    "description": VALUE,
    "media_url": st.sampled_from(["https://crm.example/1.jpg"]) | VALUE,
}


@FUZZ
@given(fields=st.fixed_dictionaries(POST_FIELDS))
def test_fuzzed_posts_answer_in_the_spec_format_and_open_whole_tickets_or_none(
    rt: Runtime, fields: dict[str, str | None]
) -> None:
    client = create_app(rt=rt).test_client()
    key = fuzz_key(rt)
    before = count_tickets(rt)
    response = client.post(
        "/open311/v2/requests.json",
        data={"api_key": key, **{k: v for k, v in fields.items() if v is not None}},
    )
    body = response.get_json()
    hypothesis.event(f"status {response.status_code}")
    if response.status_code == 200:
        assert count_tickets(rt) == before + 1 and ticket(rt, body[0]["service_request_id"]).events
    else:
        assert response.status_code in (400, 404) and count_tickets(rt) == before
        assert list(body[0]) == ["code", "description"] and body[0]["code"] == response.status_code


@FUZZ
@given(
    query=st.fixed_dictionaries(
        {},
        optional={
            name: VALUE.filter(bool)
            for name in (
                "service_request_id",
                "service_code",
                "start_date",
                "end_date",
                "status",
                "page",
                "page_size",
            )
        },
    ),
    fmt=st.sampled_from(["json", "xml"]),
    path=st.sampled_from(["requests", "servicerequestupdates"]),
)
def test_fuzzed_queries_answer_in_the_spec_format(
    rt: Runtime, query: dict[str, str], fmt: str, path: str
) -> None:
    response = create_app(rt=rt).test_client().get(f"/open311/v2/{path}.{fmt}", query_string=query)
    hypothesis.event(f"status {response.status_code}")
    assert response.status_code in (200, 400, 404)
    if fmt == "json":
        body = response.get_json()
        assert isinstance(body, list)
    else:
        root = ET.fromstring(response.data)
        assert root.tag == (
            "errors"
            if response.status_code != 200
            else "service_requests"
            if path == "requests"
            else "service_request_updates"
        )


def fuzz_key(rt: Runtime) -> str:
    key = "fuzz-key-0123456789"
    with rt.Session.begin() as session:
        if repo.api_key_by_hash(session, hash_key(key)) is None:
            repo.add_api_key(session, "fuzz", hash_key(key))
    return key
