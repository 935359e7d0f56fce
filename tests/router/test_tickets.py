from __future__ import annotations

import pytest
from sqlalchemy import select

from aduan.errors import RoutingError, TransitionError
from jobs.runtime import Runtime
from router import tickets
from store import repo
from store.models import Outbox, Ticket, TicketEvent

PEJATEN_TIMUR = ("31.74.04.1005", "31.74.04", "31.74")
ADMIN = tickets.Actor("staff", "x", role="admin")
LURAH = tickets.Actor("staff", "lurah", role="officer", agency="kelurahan", area=PEJATEN_TIMUR[0])


def draft(category: str = "sampah") -> tickets.Draft:
    return tickets.Draft(
        category=category,
        description="sampah numpuk",
        place_text="pejaten timur",
        kelurahan=PEJATEN_TIMUR[0],
        kecamatan=PEJATEN_TIMUR[1],
        kota=PEJATEN_TIMUR[2],
    )


def open_one(rt: Runtime, category: str = "sampah") -> int:
    with rt.Session.begin() as session:
        identity = repo.get_or_create_identity(session, "telegram", "42")
        return tickets.open_ticket(session, rt.cfg, identity, draft(category), language="id").id


def test_route_uses_the_category_agency(rt: Runtime) -> None:
    assert tickets.route(rt.cfg, "sampah", *PEJATEN_TIMUR) == "dlh"
    assert tickets.route(rt.cfg, "parkir_liar", *PEJATEN_TIMUR) == "dishub"


def test_the_most_specific_override_wins(rt: Runtime) -> None:
    overrides = [
        {"category": "sampah", "area": "31.74", "agency": "kelurahan"},
        {"category": "sampah", "area": "31.74.04", "agency": "satpolpp"},
        {"category": "jalan", "area": "31.74.04", "agency": "kelurahan"},
    ]
    cfg = rt.cfg.merged({"routing": {"overrides": overrides}})
    assert tickets.route(cfg, "sampah", *PEJATEN_TIMUR) == "satpolpp"
    assert tickets.route(cfg, "sampah", "31.71.01.1001", "31.71.01", "31.71") == "dlh"
    assert tickets.route(cfg, "sampah", None, None, "31.74") == "kelurahan"


def test_unknown_category_cannot_be_routed(rt: Runtime) -> None:
    with pytest.raises(RoutingError):
        tickets.route(rt.cfg, "ufo", *PEJATEN_TIMUR)


def test_open_ticket_numbers_routes_and_records(rt: Runtime) -> None:
    ticket_id = open_one(rt)
    with rt.Session() as session:
        ticket = session.get(Ticket, ticket_id)
        assert ticket is not None
        assert (ticket.number, ticket.state, ticket.agency_code, ticket.kelurahan) == (
            "ADU-000001",
            "menunggu",
            "dlh",
            PEJATEN_TIMUR[0],
        )
        # menunggu has its own clock (sla.state_hours: 24), shorter than the category's 72 hours
        assert ticket.due_at is not None and (ticket.due_at - ticket.created_at).total_seconds() == 24 * 3600
        assert [(e.kind, e.to_state) for e in ticket.events] == [("created", "menunggu")]


def test_a_transition_records_an_event_and_notifies_the_citizen(rt: Runtime) -> None:
    ticket_id = open_one(rt)
    with rt.Session.begin() as session:
        ticket = session.get(Ticket, ticket_id)
        tickets.transition(session, rt.cfg, ticket, "diverifikasi", actor=LURAH, note="sudah dicek")
    with rt.Session() as session:
        events = session.scalars(select(TicketEvent).where(TicketEvent.kind == "state")).all()
        assert [(e.actor, e.from_state, e.to_state, e.note) for e in events] == [
            ("staff:lurah", "menunggu", "diverifikasi", "sudah dicek")
        ]
        [row] = session.scalars(select(Outbox)).all()
        assert (row.recipient_id, row.kind, row.ticket_id) == ("42", "notification", ticket_id)
        assert (
            row.payload["text"]
            == "Laporan ADU-000001 (Sampah, kebersihan & pencemaran) kini berstatus: diverifikasi kelurahan."
            "\nsudah dicek"
        )
        assert session.get(Ticket, ticket_id).first_response_at is not None  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("path", "to", "kwargs", "error"),
    [
        ([], "selesai", {}, "menunggu -> selesai is not allowed"),
        ([], "ditolak", {}, "rejecting needs a reason"),
        ([], "duplikat", {}, "a duplicate needs the ticket it duplicates"),
        ([], "terbang", {}, "unknown state 'terbang'"),
        (["disposisi", "proses", "selesai"], "disposisi", {}, "selesai -> disposisi is not allowed"),
    ],
)
def test_the_state_machine_refuses(
    rt: Runtime, path: list[str], to: str, kwargs: dict[str, str], error: str
) -> None:
    ticket_id = open_one(rt)
    with rt.Session.begin() as session:
        ticket = session.get(Ticket, ticket_id)
        for state in path:
            tickets.transition(session, rt.cfg, ticket, state, actor=ADMIN, note="ok")
        with pytest.raises(TransitionError, match=error):
            tickets.transition(session, rt.cfg, ticket, to, actor=ADMIN, **kwargs)


def test_duplicate_and_reopen(rt: Runtime) -> None:
    first, second = open_one(rt), open_one(rt)
    with rt.Session.begin() as session:
        dup = session.get(Ticket, second)
        tickets.transition(session, rt.cfg, dup, "duplikat", actor=ADMIN, duplicate_of="ADU-000001")
        assert dup.state == "duplikat" and dup.resolved_at is not None
        original = session.get(Ticket, first)
        for state in ("disposisi", "proses", "selesai", "proses"):
            tickets.transition(session, rt.cfg, original, state, actor=ADMIN)
        assert (original.state, original.resolved_at) == ("proses", None)
