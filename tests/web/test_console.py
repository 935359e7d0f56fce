"""The staff console through Flask's test client on the real database (SQLite, and PostgreSQL when set):
sign-in and its limits, CSRF, scopes (404 outside them), masking, the queue and its export, and the
ticket actions through the state machine with the citizen's notifications delivered to the fake Telegram.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
import threading
from datetime import timedelta

import pytest
from sqlalchemy import func, select, update
from werkzeug.security import generate_password_hash

from aduan.errors import ConfigError
from router import sla
from store.console import Scope, dashboard, percentile
from store.models import (
    Message,
    Outbox,
    SigninAttempt,
    Staff,
    StaffEvent,
    StaffSession,
    Ticket,
    TicketAgency,
    TicketEvent,
    utcnow,
)
from tests.web import console_support
from tests.web.console_support import (
    CSRF_RE,
    GAMBIR,
    JAKSEL,
    PASSWORD,
    PEJATEN_BARAT,
    VERSION_RE,
    Console,
    act,
    csrf_of,
    open_ticket,
    password_hash,
    sign_in,
    signed_in,
)
from web import create_app
from web.console.queue import safe_cell

console = console_support.console  # the fixture

ROUTES_GET = [
    "/console/",
    "/console/tickets",
    "/console/tickets.csv",
    "/console/tickets/ADU-000001",
    "/console/tickets/ADU-000001/photo/1/0",
    "/console/tickets/ADU-000001/media/0",
    "/console/dashboard?days=365",
    "/console/password",
    "/console/dashboard",
    "/console/dead-letters",
    "/console/notifications",
    "/console/staff",
    "/console/areas/kelurahan.geojson",
]
ROUTES_POST = [
    "/console/signout",
    "/console/password",
    "/console/tickets/ADU-000001/dispatch",
    "/console/tickets/ADU-000001/note",
    "/console/tickets/ADU-000001/part_done",
    "/console/dead-letters/1/retry",
    "/console/staff",
]


def _ticket(console: Console, key: str) -> Ticket:
    with console.rt.Session() as session:
        found = session.get(Ticket, console.tickets[key].id)
        assert found is not None
        return found


def _events(console: Console, key: str) -> list[tuple[str, str, str | None, str | None]]:
    with console.rt.Session() as session:
        rows = session.scalars(
            select(TicketEvent)
            .where(TicketEvent.ticket_id == console.tickets[key].id)
            .order_by(TicketEvent.id)
        )
        return [(e.actor, e.kind, e.from_state, e.to_state) for e in rows]


# --- signed out -------------------------------------------------------------------------------------


@pytest.mark.parametrize("url", ROUTES_GET)
def test_every_page_redirects_to_sign_in_when_signed_out(console: Console, url: str) -> None:
    response = console.client().get(url)
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/console/signin?next=")


@pytest.mark.parametrize("url", ROUTES_POST)
def test_every_post_redirects_to_sign_in_when_signed_out(console: Console, url: str) -> None:
    response = console.client().post(url, data={"csrf_token": "x"})
    assert response.status_code == 302
    assert response.headers["Location"] == "/console/signin"


def test_sign_in_sets_a_hardened_cookie_and_returns_to_the_page_asked_for(console: Console) -> None:
    client = console.client()
    first = client.get("/console/tickets?state=menunggu")
    assert first.headers["Location"] == "/console/signin?next=/console/tickets?state%3Dmenunggu"
    token = csrf_of(client, first.headers["Location"])
    response = client.post(
        "/console/signin",
        data={
            "username": "admin",
            "password": PASSWORD,
            "csrf_token": token,
            "next": "/console/tickets?state=menunggu",
        },
    )
    assert response.status_code == 302
    assert response.headers["Location"] == "/console/tickets?state=menunggu"
    cookie = next(c for c in response.headers.getlist("Set-Cookie") if c.startswith("aduan_console="))
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Path=/console" in cookie
    assert "Secure" not in cookie  # plain HTTP in the test; behind HTTPS it is Secure (next test)
    with console.rt.Session() as session:
        stored = session.scalars(select(StaffSession.token_hash)).all()
    raw = cookie.split(";")[0].split("=", 1)[1]
    assert len(stored) == 1 and raw not in stored[0]  # only the hash is kept


def test_cookie_is_secure_behind_https(console: Console) -> None:
    client = console.client()
    token = CSRF_RE.search(client.get("/console/signin", base_url="https://localhost").get_data(as_text=True))
    assert token
    response = client.post(
        "/console/signin",
        base_url="https://localhost",
        data={"username": "admin", "password": PASSWORD, "csrf_token": token.group(1)},
    )
    cookie = next(c for c in response.headers.getlist("Set-Cookie") if c.startswith("aduan_console="))
    assert "Secure" in cookie


def test_an_open_redirect_is_not_followed(console: Console) -> None:
    client = console.client()
    token = csrf_of(client, "/console/signin")
    response = client.post(
        "/console/signin",
        data={
            "username": "admin",
            "password": PASSWORD,
            "csrf_token": token,
            "next": "//evil.example/console/x",
        },
    )
    assert response.headers["Location"] == "/console/tickets"


def test_wrong_password_and_unknown_user_answer_the_same(console: Console) -> None:
    client = console.client()
    wrong = sign_in(client, "admin", "salah-sekali")
    unknown = sign_in(client, "nobody-here", "salah-sekali")
    assert wrong.status_code == unknown.status_code == 401
    text_wrong, text_unknown = wrong.get_data(as_text=True), unknown.get_data(as_text=True)
    assert "Nama pengguna atau kata sandi salah." in text_wrong
    assert CSRF_RE.sub("", text_wrong) == CSRF_RE.sub("", text_unknown)


def test_sign_in_is_rate_limited_per_user_without_telling_whether_it_exists(console: Console) -> None:
    client = console.client()
    for _ in range(5):
        assert sign_in(client, "admin", "tebakan-salah").status_code == 401
        assert sign_in(client, "ghost", "tebakan-salah").status_code == 401
    locked_real = sign_in(client, "admin")  # even the right password is refused while locked
    locked_ghost = sign_in(client, "ghost", PASSWORD)
    assert locked_real.status_code == locked_ghost.status_code == 429
    assert "Terlalu banyak percobaan" in locked_real.get_data(as_text=True)
    assert CSRF_RE.sub("", locked_real.get_data(as_text=True)) == CSRF_RE.sub(
        "", locked_ghost.get_data(as_text=True)
    )
    assert sign_in(console.client(), "dlh").status_code == 302  # another user is not locked by it


def test_sign_in_is_rate_limited_per_address(console: Console) -> None:
    client = console.client()
    for i in range(20):
        assert sign_in(client, f"guess{i}", "tebakan-salah").status_code == 401
    assert sign_in(client, "dlh").status_code == 429
    with console.rt.Session() as session:
        assert session.scalar(select(func.count()).select_from(SigninAttempt)) == 20


def test_a_werkzeug_hash_still_signs_in_and_is_upgraded_to_argon2(console: Console) -> None:
    with console.rt.Session.begin() as session:
        member = session.scalars(select(Staff).where(Staff.username == "pemantau")).one()
        member.password_hash = generate_password_hash("lama-tapi-sah")
    assert sign_in(console.client(), "pemantau", "lama-tapi-sah").status_code == 302
    with console.rt.Session() as session:
        assert (
            session.scalars(select(Staff.password_hash).where(Staff.username == "pemantau"))
            .one()
            .startswith("$argon2id$")
        )


def test_sign_out_ends_the_session(console: Console) -> None:
    client = signed_in(console, "dlh")
    token = csrf_of(client, "/console/tickets")
    assert client.post("/console/signout", data={"csrf_token": token}).status_code == 302
    assert client.get("/console/tickets").status_code == 302
    with console.rt.Session() as session:
        assert session.scalar(select(func.count()).select_from(StaffSession)) == 0


def test_password_change_needs_the_current_one_and_ends_other_sessions(console: Console) -> None:
    here, elsewhere = signed_in(console, "dlh"), signed_in(console, "dlh")
    token = csrf_of(here, "/console/password")
    wrong = here.post(
        "/console/password",
        data={"csrf_token": token, "current": "bukan", "new": "baru-sekali-1", "confirm": "baru-sekali-1"},
    )
    assert wrong.status_code == 400 and "Kata sandi sekarang salah." in wrong.get_data(as_text=True)
    short = here.post(
        "/console/password",
        data={"csrf_token": token, "current": PASSWORD, "new": "pendek", "confirm": "pendek"},
    )
    assert short.status_code == 400
    ok = here.post(
        "/console/password",
        data={"csrf_token": token, "current": PASSWORD, "new": "baru-sekali-1", "confirm": "baru-sekali-1"},
    )
    assert ok.status_code == 200 and "Kata sandi sudah diganti" in ok.get_data(as_text=True)
    assert here.get("/console/tickets").status_code == 200
    assert elsewhere.get("/console/tickets").status_code == 302
    assert sign_in(console.client(), "dlh", "baru-sekali-1").status_code == 302
    assert sign_in(console.client(), "dlh", PASSWORD).status_code == 401


# --- CSRF -------------------------------------------------------------------------------------------


def test_posts_without_or_with_a_forged_csrf_token_are_refused(console: Console) -> None:
    client = signed_in(console, "admin")
    number = console.tickets["sampah_jaksel"].number
    page = client.get(f"/console/tickets/{number}").get_data(as_text=True)
    version = VERSION_RE.search(page)
    assert version
    missing = client.post(f"/console/tickets/{number}/verify", data={"version": version.group(1)})
    forged = client.post(
        f"/console/tickets/{number}/verify", data={"version": version.group(1), "csrf_token": "0" * 64}
    )
    other = signed_in(console, "admin")  # a token from another session is worth nothing here
    stolen = csrf_of(other, "/console/tickets")
    foreign = client.post(
        f"/console/tickets/{number}/verify", data={"version": version.group(1), "csrf_token": stolen}
    )
    assert missing.status_code == forged.status_code == foreign.status_code == 400
    assert "Formulir ini kedaluwarsa" in missing.get_data(as_text=True)
    assert _ticket(console, "sampah_jaksel").state == "menunggu"
    assert sign_in(console.client(), "admin").status_code == 302
    no_token = console.client().post("/console/signin", data={"username": "admin", "password": PASSWORD})
    assert no_token.status_code == 400


# --- scope and masking ------------------------------------------------------------------------------


def test_an_officer_sees_only_their_agency(console: Console) -> None:
    client = signed_in(console, "dlh")
    page = client.get("/console/tickets").get_data(as_text=True)
    assert console.tickets["sampah_jaksel"].number in page and console.tickets["sampah_jakpus"].number in page
    assert (
        console.tickets["jalan_jaksel"].number not in page
        and console.tickets["jalan_jakpus"].number not in page
    )
    other = console.tickets["jalan_jaksel"].number
    assert client.get(f"/console/tickets/{other}").status_code == 404
    assert client.get("/console/tickets/ADU-999999").status_code == 404  # unknown and forbidden look alike
    searched = client.get(f"/console/tickets?q={other}").get_data(as_text=True)
    assert f'/console/tickets/{other}"' not in searched and "0 tiket" in searched
    exported = client.get(f"/console/tickets.csv?q={other}").get_data(as_text=True)
    assert other not in exported
    filtered = client.get("/console/tickets?agency=binamarga").get_data(as_text=True)
    assert "0 tiket" in filtered
    token = csrf_of(client, "/console/tickets")
    assert (
        client.post(
            f"/console/tickets/{other}/verify", data={"csrf_token": token, "version": "0"}
        ).status_code
        == 404
    )


def test_an_officer_limited_to_an_area_and_a_kota_supervisor(console: Console) -> None:
    numbers = {k: t.number for k, t in console.tickets.items()}
    officer = signed_in(console, "dlh_jaksel").get("/console/tickets").get_data(as_text=True)
    assert numbers["sampah_jaksel"] in officer
    assert numbers["sampah_jakpus"] not in officer and numbers["jalan_jaksel"] not in officer
    supervisor = signed_in(console, "spv_jakpus").get("/console/tickets").get_data(as_text=True)
    assert numbers["sampah_jakpus"] in supervisor and numbers["jalan_jakpus"] in supervisor
    assert numbers["sampah_jaksel"] not in supervisor and numbers["jalan_jaksel"] not in supervisor


def test_contact_details_are_masked_for_all_but_admins(console: Console) -> None:
    number, chat = console.tickets["sampah_jaksel"].number, console.chats["sampah_jaksel"]
    officer = signed_in(console, "dlh").get(f"/console/tickets/{number}").get_data(as_text=True)
    assert chat not in officer and "•" + chat[-3:] in officer
    assert "+6281234567" not in officer
    admin = signed_in(console, "admin").get(f"/console/tickets/{number}").get_data(as_text=True)
    assert chat in admin and "+6281234567" in admin
    exported = signed_in(console, "dlh").get("/console/tickets.csv").get_data(as_text=True)
    assert chat not in exported and "+6281234567" not in exported


def test_a_viewer_reads_but_cannot_act(console: Console) -> None:
    client = signed_in(console, "pemantau")
    number = console.tickets["jalan_jakpus"].number
    page = client.get(f"/console/tickets/{number}").get_data(as_text=True)
    assert "Akun pemantau hanya dapat melihat." in page and 'name="version"' not in page
    token = csrf_of(client, "/console/tickets")
    refused = client.post(f"/console/tickets/{number}/verify", data={"csrf_token": token, "version": "0"})
    assert refused.status_code == 403
    assert _ticket(console, "jalan_jakpus").state == "menunggu"


# --- the queue --------------------------------------------------------------------------------------


def test_queue_filters_search_counts_and_pages(console: Console) -> None:
    client = signed_in(console, "admin")
    numbers = {k: t.number for k, t in console.tickets.items()}
    everything = client.get("/console/tickets").get_data(as_text=True)
    assert all(n in everything for n in numbers.values()) and "4 tiket" in everything
    by_category = client.get("/console/tickets?category=jalan").get_data(as_text=True)
    assert numbers["jalan_jaksel"] in by_category and numbers["sampah_jaksel"] not in by_category
    by_area = client.get("/console/tickets?area=31.74.04").get_data(as_text=True)  # kecamatan Pasar Minggu
    assert "2 tiket" in by_area and numbers["jalan_jakpus"] not in by_area
    by_words = client.get("/console/tickets?q=berlubang+HALTE").get_data(as_text=True)
    assert "1 tiket" in by_words and numbers["jalan_jaksel"] in by_words
    by_number = client.get(
        "/console/tickets?q=" + numbers["jalan_jakpus"].split("-")[1].lstrip("0")
    ).get_data(as_text=True)
    assert "1 tiket" in by_number and numbers["jalan_jakpus"] in by_number
    wildcard = client.get("/console/tickets?q=%25").get_data(as_text=True)
    assert "0 tiket" in wildcard  # a LIKE wildcard is searched for, not expanded
    assert 'data-state="menunggu">Menunggu <b>4</b>' in everything
    overdue = client.get("/console/tickets?overdue=1").get_data(as_text=True)
    assert "0 tiket" in overdue
    past_the_end = client.get("/console/tickets?sort=oldest&page=2").get_data(as_text=True)
    assert "Halaman 2 dari 1" in past_the_end and "Tidak ada tiket yang cocok." in past_the_end


def test_bad_filter_values_are_ignored_and_named(console: Console) -> None:
    client = signed_in(console, "admin")
    response = client.get(
        "/console/tickets?state=nope&category=%3Cb%3E&area=99&from=2024-13-45&page=-3&sort=x&q=" + "a" * 5000
    )
    text = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Saringan yang tidak dikenali diabaikan: state, category, area, from, q, sort, page" in text
    assert "<b>" not in text.split("diabaikan")[1][:200]


def test_csv_export_quotes_formula_cells_and_respects_filters(console: Console) -> None:
    client = signed_in(console, "admin")
    response = client.get("/console/tickets.csv?category=sampah")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert rows[0][0] == "number" and len(rows) == 3
    descriptions = {row[0]: row[-1] for row in rows[1:]}
    assert descriptions[console.tickets["sampah_jakpus"].number].startswith("'=HYPERLINK")
    assert safe_cell("+62") == "'+62" and safe_cell("-1") == "'-1" and safe_cell("@x") == "'@x"
    assert safe_cell("biasa") == "biasa"


def test_english_toggle(console: Console) -> None:
    client = signed_in(console, "admin")
    response = client.get("/console/lang/en?next=/console/tickets")
    assert response.headers["Location"] == "/console/tickets"
    page = client.get("/console/tickets").get_data(as_text=True)
    assert "Ticket queue" in page and "4 tickets" in page and 'lang="en"' in page


# --- ticket actions ---------------------------------------------------------------------------------


def test_dispatch_and_resolve_notify_the_citizen_on_telegram(console: Console) -> None:
    client = signed_in(console, "dlh")
    number, chat = console.tickets["sampah_jaksel"].number, console.chats["sampah_jaksel"]
    dispatched = act(client, number, "dispatch", agency="dlh", note="Tim kebersihan dikirim")
    assert dispatched.status_code == 302 and dispatched.headers["Location"].endswith("done=dispatch#actions")
    started = act(client, number, "start")
    assert started.status_code == 302
    resolved = act(client, number, "resolve", note="Sampah sudah diangkut")
    assert resolved.status_code == 302
    sent = console.telegram.wait_for(chat, 3)
    texts = [m["text"] for m in sent]
    assert len(texts) == 3
    assert number in texts[0] and "Tim kebersihan dikirim" in texts[0]
    assert number in texts[2] and "Sampah sudah diangkut" in texts[2]
    assert [e[1:] for e in _events(console, "sampah_jaksel")] == [
        ("created", None, "menunggu"),
        ("state", "menunggu", "disposisi"),
        ("state", "disposisi", "proses"),
        ("state", "proses", "selesai"),
    ]
    assert {e[0] for e in _events(console, "sampah_jaksel")[1:]} == {"staff:dlh"}
    ticket = _ticket(console, "sampah_jaksel")
    assert ticket.state == "selesai" and ticket.first_response_at is not None and ticket.version == 3


def test_a_forbidden_transition_changes_nothing(console: Console) -> None:
    client = signed_in(console, "admin")
    number = console.tickets["jalan_jaksel"].number
    page = client.get(f"/console/tickets/{number}").get_data(as_text=True)
    token, version = CSRF_RE.search(page), VERSION_RE.search(page)
    assert token and version
    response = client.post(
        f"/console/tickets/{number}/resolve",
        data={"csrf_token": token.group(1), "version": version.group(1), "note": "langsung selesai"},
    )
    assert response.status_code == 409
    assert "Tindakan tidak diizinkan" in response.get_data(as_text=True)
    ticket = _ticket(console, "jalan_jaksel")
    assert ticket.state == "menunggu" and ticket.version == 0
    assert len(_events(console, "jalan_jaksel")) == 1
    reject = act(client, number, "reject", note="  ")
    assert reject.status_code == 409 and "Tuliskan alasan penolakan." in reject.get_data(as_text=True)
    assert _ticket(console, "jalan_jaksel").state == "menunggu"


def test_two_staff_acting_at_once_one_wins_the_other_is_told(console: Console) -> None:
    first, second = signed_in(console, "admin"), signed_in(console, "dlh")
    number = console.tickets["sampah_jakpus"].number
    forms = []
    for client in (first, second):
        page = client.get(f"/console/tickets/{number}").get_data(as_text=True)
        token, version = CSRF_RE.search(page), VERSION_RE.search(page)
        assert token and version
        forms.append({"csrf_token": token.group(1), "version": version.group(1)})
    results: dict[str, int] = {}
    barrier = threading.Barrier(2)

    def post(name: str, client: object, action: str, form: dict[str, str]) -> None:
        barrier.wait()
        results[name] = client.post(f"/console/tickets/{number}/{action}", data=form).status_code  # type: ignore[attr-defined]

    threads = [
        threading.Thread(target=post, args=("first", first, "verify", forms[0])),
        threading.Thread(target=post, args=("second", second, "dispatch", {**forms[1], "agency": "dlh"})),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results.values()) == [302, 409]
    events = _events(console, "sampah_jakpus")
    assert len(events) == 2  # created + exactly one staff change
    replay = second.post(f"/console/tickets/{number}/dispatch", data={**forms[1], "agency": "dlh"})
    assert replay.status_code == 409 and "baru saja diubah" in replay.get_data(as_text=True)
    assert len(_events(console, "sampah_jakpus")) == 2


def test_coordinate_duplicate_correct_and_reply(console: Console) -> None:
    client = signed_in(console, "admin")
    jaksel, jakpus = console.tickets["sampah_jaksel"].number, console.tickets["sampah_jakpus"].number
    assert act(client, jaksel, "dispatch", agency="dlh").status_code == 302
    assert (
        act(client, jaksel, "coordinate", agency="dsda", note="Saluran tersumbat sampah").status_code == 302
    )
    page = client.get(f"/console/tickets/{jaksel}").get_data(as_text=True)
    assert "Dinas Sumber Daya Air" in page and 'id="coordinating"' in page
    # the coordinating agency's officers see it too
    with console.rt.Session.begin() as session:
        session.add(
            Staff(
                username="dsda",
                password_hash=session.scalars(select(Staff.password_hash)).first(),
                role="officer",
                agency_code="dsda",
            )
        )
    assert signed_in(console, "dsda").get(f"/console/tickets/{jaksel}").status_code == 200
    corrected = act(
        client, jakpus, "correct", category="saluran_air", kelurahan="31.71.01.1002", note="salah baca"
    )
    assert corrected.status_code == 302
    ticket = _ticket(console, "sampah_jakpus")
    assert (ticket.category, ticket.kelurahan, ticket.kecamatan, ticket.kota) == (
        "saluran_air",
        "31.71.01.1002",
        "31.71.01",
        "31.71",
    )
    with console.rt.Session() as session:
        note = session.scalars(select(TicketEvent.note).where(TicketEvent.kind == "correction")).one()
    assert (
        '"category": ["sampah", "saluran_air"]' in note
        and '"kelurahan": ["31.71.01.1001", "31.71.01.1002"]' in note
    )
    duplicate = act(client, jakpus, "duplicate", of=jaksel)
    assert duplicate.status_code == 302
    with console.rt.Session() as session:
        merged = session.get(Ticket, console.tickets["sampah_jaksel"].id)
        assert merged is not None and merged.supporters == 2
        assert [f.identity.platform_user_id for f in merged.followers] == [console.chats["sampah_jakpus"]]
    assert _ticket(console, "sampah_jakpus").state == "duplikat"
    replied = act(client, jaksel, "reply", text="Mohon kirim foto lokasi <b>terbaru</b>")
    assert replied.status_code == 302
    chat = console.chats["sampah_jaksel"]
    sent = console.telegram.wait_for(chat, 3)
    assert sent[-1]["text"] == f"{jaksel}: Mohon kirim foto lokasi <b>terbaru</b>"
    follower_chat = console.chats["sampah_jakpus"]
    assert any(jakpus in m["text"] for m in console.telegram.wait_for(follower_chat, 2))
    with console.rt.Session() as session:
        assert session.scalar(select(func.count()).select_from(Outbox).where(Outbox.kind == "reply")) == 1


def test_script_in_a_citizen_message_renders_as_text(console: Console) -> None:
    client = signed_in(console, "admin")
    number = console.tickets["sampah_jaksel"].number
    page = client.get(f"/console/tickets/{number}").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    queue = client.get("/console/tickets").get_data(as_text=True)
    assert "<script>alert(1)" not in queue
    assert "default-src 'self'" in client.get("/console/tickets").headers["Content-Security-Policy"]


def test_unknown_ticket_and_action_answer_404(console: Console) -> None:
    client = signed_in(console, "admin")
    assert client.get("/console/tickets/" + "X" * 500).status_code == 404
    token = csrf_of(client, "/console/tickets")
    number = console.tickets["sampah_jaksel"].number
    assert client.post(f"/console/tickets/{number}/explode", data={"csrf_token": token}).status_code == 404


# --- dashboard, dead letters, notifications -----------------------------------------------------------


def _set_times(
    console: Console,
    key: str,
    *,
    created_h: float,
    first_h: float | None,
    resolved_h: float | None,
    breached: bool = False,
) -> None:
    """Places a ticket in time: created ``created_h`` hours ago, first response and resolution hours after."""
    now = utcnow()
    with console.rt.Session.begin() as session:
        ticket = session.get(Ticket, console.tickets[key].id)
        assert ticket is not None
        ticket.created_at = now - timedelta(hours=created_h)
        ticket.first_response_at = None if first_h is None else ticket.created_at + timedelta(hours=first_h)
        if resolved_h is not None:
            ticket.state, ticket.resolved_at = "selesai", ticket.created_at + timedelta(hours=resolved_h)
        if breached:
            session.add(TicketEvent(ticket_id=ticket.id, actor="system", kind="sla_overdue", note="due"))


def test_percentile_interpolates_like_postgresql() -> None:
    assert percentile([], 0.5) is None
    assert percentile([4.0], 0.9) == 4.0
    assert percentile([1.0, 2.0, 3.0, 4.0], 0.5) == 2.5
    assert percentile([10.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0], 0.9) == 9.1


def test_dashboard_figures_per_agency_within_the_scope(console: Console) -> None:
    _set_times(console, "sampah_jaksel", created_h=50, first_h=2, resolved_h=10)
    _set_times(console, "sampah_jakpus", created_h=40, first_h=4, resolved_h=None, breached=True)
    _set_times(console, "jalan_jaksel", created_h=24 * 40, first_h=1, resolved_h=3)  # outside 30 days
    page = signed_in(console, "admin").get("/console/dashboard").get_data(as_text=True)
    row = page.split('data-agency="dlh"')[1].split("</tr>")[0]
    cells = re.findall(r'<td class="num">([^<]*)</td>', row)
    assert cells == ["2", "2", "1", "3.0 jam", "3.8 jam", "10.0 jam", "10.0 jam", "50%"]
    binamarga = page.split('data-agency="binamarga"')[1].split("</tr>")[0]
    assert re.findall(r'<td class="num">([^<]*)</td>', binamarga)[:3] == ["1", "0", "0"]  # jalan_jakpus only
    year = signed_in(console, "admin").get("/console/dashboard?days=365").get_data(as_text=True)
    assert re.findall(
        r'<td class="num">([^<]*)</td>', year.split('data-agency="binamarga"')[1].split("</tr>")[0]
    )[:3] == ["2", "1", "1"]
    officer = signed_in(console, "dlh").get("/console/dashboard").get_data(as_text=True)
    assert 'data-agency="dlh"' in officer and 'data-agency="binamarga"' not in officer
    data = json.loads(officer.split('id="dashboard-data">')[1].split("</script>")[0])
    assert data["per_category"] == [["sampah", 2]] and data["per_kelurahan"] == {GAMBIR: 1, PEJATEN_BARAT: 1}
    assert signed_in(console, "admin").get("/console/dashboard?days=%3Cx%3E").status_code == 200


def test_kelurahan_boundaries_are_served_for_the_maps(console: Console) -> None:
    shapes = signed_in(console, "dlh").get("/console/areas/kelurahan.geojson").get_json()
    assert len(shapes["features"]) == 267
    assert {"kode": PEJATEN_BARAT, "nama": "Pejaten Barat"} in [f["properties"] for f in shapes["features"]]


def _dead_letter(console: Console, key: str) -> int:
    with console.rt.Session.begin() as session:
        ticket = session.get(Ticket, console.tickets[key].id)
        assert ticket is not None
        row = Outbox(
            channel="telegram",
            recipient_id=console.chats[key],
            identity_id=ticket.identity_id,
            ticket_id=ticket.id,
            kind="notification",
            payload={"text": f"{ticket.number}: pesan tertunda"},
            idempotency_key=f"test-dead:{key}",
            status="dead",
            attempts=3,
            last_error="Forbidden: bot was blocked by the user",
        )
        session.add(row)
        session.flush()
        return row.id


def test_dead_letters_are_scoped_and_a_retry_delivers(console: Console) -> None:
    outbox_id = _dead_letter(console, "sampah_jaksel")
    assert "Tidak ada pesan gagal." in signed_in(console, "binamarga").get("/console/dead-letters").get_data(
        as_text=True
    )
    other = signed_in(console, "binamarga")
    token = csrf_of(other, "/console/dead-letters")
    assert (
        other.post(f"/console/dead-letters/{outbox_id}/retry", data={"csrf_token": token}).status_code == 404
    )
    client = signed_in(console, "dlh")
    page = client.get("/console/dead-letters").get_data(as_text=True)
    assert "Forbidden: bot was blocked by the user" in page and console.chats["sampah_jaksel"] not in page
    token = csrf_of(client, "/console/dead-letters")
    retried = client.post(f"/console/dead-letters/{outbox_id}/retry", data={"csrf_token": token})
    assert retried.status_code == 302
    sent = console.telegram.wait_for(console.chats["sampah_jaksel"], 1)
    assert [m["text"] for m in sent] == [f"{console.tickets['sampah_jaksel'].number}: pesan tertunda"]
    assert ("staff:dlh", "outbox_retry", None, None) in _events(console, "sampah_jaksel")
    viewer = signed_in(console, "pemantau")
    assert (
        viewer.post(
            f"/console/dead-letters/{outbox_id}/retry",
            data={"csrf_token": csrf_of(viewer, "/console/dead-letters")},
        ).status_code
        == 403
    )


def test_overdue_notifications_show_as_a_badge_and_a_list(console: Console) -> None:
    with console.rt.Session.begin() as session:
        supervisor = Staff(
            username="spv_dlh", password_hash=password_hash(), role="supervisor", agency_code="dlh"
        )
        session.add(supervisor)
        session.flush()
        ticket = session.get(Ticket, console.tickets["sampah_jakpus"].id)
        assert ticket is not None
        ticket.due_at = utcnow() - timedelta(hours=1)
        sla.mark_overdue(session, console.rt.cfg, now=utcnow())
    client = signed_in(console, "spv_dlh")
    assert '<span class="count" id="unread">1</span>' in client.get("/console/tickets").get_data(as_text=True)
    listing = client.get("/console/notifications").get_data(as_text=True)
    assert (
        console.tickets["sampah_jakpus"].number in listing
        and "Tiket instansi Anda lewat tenggat SLA" in listing
    )
    assert 'id="unread"' not in client.get("/console/tickets").get_data(as_text=True)
    dashboard = client.get("/console/dashboard").get_data(as_text=True)
    assert console.tickets["sampah_jakpus"].number in dashboard.split('id="overdue"')[1]


def test_admins_manage_staff_accounts_and_nobody_else_sees_them(console: Console) -> None:
    assert signed_in(console, "spv_jakpus").get("/console/staff").status_code == 404
    admin = signed_in(console, "admin")
    token = csrf_of(admin, "/console/staff")
    form = {
        "csrf_token": token,
        "username": "petugas.baru",
        "role": "officer",
        "agency": "dlh",
        "area": JAKSEL,
        "password": "sandi-awal-123",
        "active": "1",
    }
    assert admin.post("/console/staff", data=form).status_code == 302
    newcomer = console.client()
    assert sign_in(newcomer, "petugas.baru", "sandi-awal-123").status_code == 302
    assert console.tickets["sampah_jaksel"].number in newcomer.get("/console/tickets").get_data(as_text=True)
    bad = admin.post("/console/staff", data={**form, "role": "superuser"})
    assert bad.status_code == 400 and "Isian akun tidak sah" in bad.get_data(as_text=True)
    deactivated = admin.post("/console/staff", data={**form, "password": "", "active": ""})
    assert deactivated.status_code == 302
    assert newcomer.get("/console/tickets").status_code == 302  # its session ended
    assert sign_in(console.client(), "petugas.baru", "sandi-awal-123").status_code == 401
    with console.rt.Session() as session:
        member = session.scalars(select(Staff).where(Staff.username == "petugas.baru")).one()
    assert (member.role, member.agency_code, member.area_kode, member.active) == (
        "officer",
        "dlh",
        JAKSEL,
        False,
    )


def test_a_reply_fails_visibly_when_the_whatsapp_window_is_closed(console: Console) -> None:
    with console.rt.Session.begin() as session:
        ticket = session.get(Ticket, console.tickets["jalan_jakpus"].id)
        assert ticket is not None
        ticket.identity.channel = "whatsapp"
        ticket.identity.last_inbound_at = utcnow() - timedelta(hours=25)
    client = signed_in(console, "binamarga")
    refused = act(client, console.tickets["jalan_jakpus"].number, "reply", text="Apakah masih rusak?")
    assert refused.status_code == 409
    assert "jendela 24 jam WhatsApp sudah tertutup" in refused.get_data(as_text=True)
    with console.rt.Session() as session:
        assert session.scalar(select(func.count()).select_from(Outbox).where(Outbox.kind == "reply")) == 0
    assert _ticket(console, "jalan_jakpus").version == 0


PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)


def test_resolving_with_a_photo_keeps_it_on_the_ticket(console: Console) -> None:
    client = signed_in(console, "admin")
    number = console.tickets["jalan_jaksel"].number
    assert act(client, number, "dispatch", agency="binamarga").status_code == 302
    not_image = act(
        client, number, "resolve", note="Sudah ditambal", photo=(io.BytesIO(b"MZ\x90\x00"), "x.jpg")
    )
    assert not_image.status_code == 409 and "bukan foto" in not_image.get_data(as_text=True)
    assert _ticket(console, "jalan_jaksel").state == "disposisi"
    done = act(client, number, "resolve", note="Sudah ditambal", photo=(io.BytesIO(PNG), "hasil.png"))
    assert done.status_code == 302
    ticket = _ticket(console, "jalan_jaksel")
    assert ticket.state == "selesai" and ticket.media[-1]["kind"] == "resolution"
    page = client.get(f"/console/tickets/{number}").get_data(as_text=True)
    assert f"/console/tickets/{number}/media/0" in page
    served = client.get(f"/console/tickets/{number}/media/0")
    assert served.status_code == 200 and served.data == PNG
    assert signed_in(console, "dlh").get(f"/console/tickets/{number}/media/0").status_code == 404
    assert client.get(f"/console/tickets/{number}/media/7").status_code == 404


# --- the NLU's runner-ups, coordination, rankings, staff account history ---------------------------------


def test_the_nlu_runner_up_categories_show_on_the_ticket(console: Console) -> None:
    number = console.tickets["sampah_jaksel"].number
    page = signed_in(console, "dlh").get(f"/console/tickets/{number}").get_data(as_text=True)
    nlu = page.split('<table class="nlu">')[1].split("</table>")[0]
    assert "Kategori lain" in nlu
    cell = nlu.split('class="runners-up">')[1].split("</td>")[0]
    assert re.findall(r'data-category="([a-z_]+)">([^<]+)</span>', cell) == [
        ("saluran_air", "Saluran air, kali &amp; sungai 6%"),
        ("banjir", "Banjir &amp; genangan 2%"),
    ]  # the top category itself is the reading's category, not a runner-up
    with console.rt.Session.begin() as session:  # a message read before ranking was kept shows a dash
        session.execute(update(Message).values(ranking=None))
    page = signed_in(console, "dlh").get(f"/console/tickets/{number}").get_data(as_text=True)
    assert '<td class="runners-up">—</td>' in page


def _coordinated(console: Console) -> tuple[str, object]:
    """sampah_jaksel, dispatched to dlh and handed to dsda for coordination; and a dsda officer."""
    admin = signed_in(console, "admin")
    number = console.tickets["sampah_jaksel"].number
    assert act(admin, number, "dispatch", agency="dlh").status_code == 302
    assert act(admin, number, "coordinate", agency="dsda", note="Saluran tersumbat").status_code == 302
    with console.rt.Session.begin() as session:
        session.add(Staff(username="dsda", password_hash=password_hash(), role="officer", agency_code="dsda"))
    return number, signed_in(console, "dsda")


def test_a_coordinating_agency_notes_replies_and_reports_its_part_but_changes_nothing_else(
    console: Console,
) -> None:
    number, dsda = _coordinated(console)
    chat = console.chats["sampah_jaksel"]
    before = len(console.telegram.wait_for(chat, 2))  # dispatched, coordinating
    page = dsda.get(f"/console/tickets/{number}").get_data(as_text=True)
    assert (
        'id="partner-rights"' in page and "Dinas Lingkungan Hidup" in page and "Dinas Sumber Daya Air" in page
    )
    assert {m for m in re.findall(r'data-action="([a-z_]+)"', page)} == {"part_done", "note", "reply"}
    assert number in dsda.get("/console/tickets").get_data(as_text=True)  # in its queue too
    for action, form in (("start", {}), ("resolve", {"note": "x"}), ("correct", {"category": "banjir"}),
                         ("coordinate", {"agency": "binamarga"}), ("reject", {"note": "x"})):  # fmt: skip
        refused = act(dsda, number, action, **form)
        assert refused.status_code == 403 and "Instansi koordinasi hanya dapat" in refused.get_data(
            as_text=True
        )
    ticket = _ticket(console, "sampah_jaksel")
    assert (ticket.state, ticket.category, ticket.version) == ("koordinasi", "sampah", 2)
    assert act(dsda, number, "note", note="Tim <b>SDA</b> cek besok pagi").status_code == 302
    assert act(dsda, number, "reply", text="Saluran akan kami bersihkan").status_code == 302
    assert act(dsda, number, "part_done", note="Saluran sudah dikeruk").status_code == 302
    again = act(admin := signed_in(console, "admin"), number, "note", note="dicek")  # the lead's note
    assert again.status_code == 302
    texts = [m["text"] for m in console.telegram.wait_for(chat, before + 2)]
    assert texts[before] == f"{number}: Saluran akan kami bersihkan"
    assert number in texts[before + 1] and "Dinas Sumber Daya Air: Saluran sudah dikeruk" in texts[before + 1]
    assert len(texts) == before + 2  # internal notes are not sent to the citizen
    assert [e for e in _events(console, "sampah_jaksel") if e[0] in ("staff:dsda",) or e[1] == "note"] == [
        ("staff:dsda", "note", None, None),
        ("staff:dsda", "reply", None, None),
        ("staff:dsda", "coordination_done", None, None),
        ("staff:admin", "note", None, None),
    ]
    with console.rt.Session() as session:
        part = session.scalars(select(TicketAgency).where(TicketAgency.agency_code == "dsda")).one()
    assert part.done_by == "staff:dsda" and part.done_at is not None
    lead = signed_in(console, "dlh").get(f"/console/tickets/{number}").get_data(as_text=True)
    assert "bagiannya selesai" in lead and "Tim &lt;b&gt;SDA&lt;/b&gt; cek besok pagi" in lead
    assert 'id="partner-rights"' not in lead and 'data-action="start"' in lead
    page = dsda.get(f"/console/tickets/{number}").get_data(as_text=True)
    assert 'data-action="part_done"' not in page  # reported once
    twice = dsda.post(
        f"/console/tickets/{number}/part_done",
        data={"csrf_token": csrf_of(dsda, f"/console/tickets/{number}"), "note": "lagi",
              "version": VERSION_RE.search(page).group(1)},  # type: ignore[union-attr]
    )  # fmt: skip
    assert twice.status_code == 409 and "sudah dilaporkan selesai" in twice.get_data(as_text=True)
    not_partner = act(admin, number, "part_done", note="x")
    assert not_partner.status_code == 409 and "tidak diserahkan ke instansi Anda" in not_partner.get_data(
        as_text=True
    )


def test_an_unrelated_agency_still_gets_404_on_a_coordinated_ticket(console: Console) -> None:
    number, _ = _coordinated(console)
    other = signed_in(console, "binamarga")
    assert other.get(f"/console/tickets/{number}").status_code == 404
    token = csrf_of(other, "/console/tickets")
    for action in ("note", "reply", "part_done"):
        posted = other.post(f"/console/tickets/{number}/{action}", data={"csrf_token": token, "version": "2"})
        assert posted.status_code == 404
    assert f'/console/tickets/{number}"' not in other.get(f"/console/tickets?q={number}").get_data(
        as_text=True
    )
    assert number not in other.get("/console/tickets.csv").get_data(as_text=True)
    assert number not in other.get("/console/dashboard?days=7").get_data(as_text=True)
    assert len(_events(console, "sampah_jaksel")) == 3  # created, dispatched, coordinating: nothing else


def _ranking(page: str) -> list[tuple[str, str]]:
    block = page.split('id="ranking">')[1].split("</ol>")[0]
    return re.findall(r'<li data-agency="([a-z]+)">.*?\((dari \d+ tiket)\)</span></li>', block)


def test_agency_rankings_need_the_configured_minimum_of_tickets(console: Console) -> None:
    _set_times(console, "sampah_jaksel", created_h=5, first_h=2, resolved_h=None)
    _set_times(console, "sampah_jakpus", created_h=5, first_h=4, resolved_h=None)
    _set_times(console, "jalan_jaksel", created_h=5, first_h=1, resolved_h=None)
    page = signed_in(console, "admin").get("/console/dashboard").get_data(as_text=True)
    assert _ranking(page) == [] and "sedikitnya 5 tiket" in page  # the shipped minimum: 5
    for minimum, expected in ((2, [("binamarga", "dari 2 tiket"), ("dlh", "dari 2 tiket")]), (3, [])):
        cfg = console.rt.cfg.merged({"console": {"min_ranked_tickets": minimum}})
        app = create_app(rt=dataclasses.replace(console.rt, cfg=cfg))
        client = app.test_client()
        assert sign_in(client, "admin").status_code == 302
        page = client.get("/console/dashboard").get_data(as_text=True)
        assert _ranking(page) == expected and f"sedikitnya {minimum} tiket" in page
    with pytest.raises(ConfigError, match="console.min_ranked_tickets"):
        console.rt.cfg.merged({"console": {"min_ranked_tickets": 0}})


def test_dashboard_percentiles_from_sql_equal_the_reference(console: Console) -> None:
    """percentile_cont (PostgreSQL) and the portable window-function path give what percentile() gives."""
    hours = {"sampah_jaksel": (1.5, 30.0), "sampah_jakpus": (7.5, None), "jalan_jaksel": (0.5, 12.0)}
    for key, (first, resolved) in hours.items():
        _set_times(console, key, created_h=48, first_h=first, resolved_h=resolved)
    with console.rt.Session.begin() as session:  # more dlh tickets, so the ranks interpolate
        for i, (first, resolved) in enumerate(((3.0, 9.0), (11.0, 40.0), (0.25, None), (5.0, 70.0))):
            ticket = open_ticket(session, console.rt.cfg, category="sampah", kelurahan=GAMBIR,
                                 text=f"sampah {i}", chat_id=f"77{i}")  # fmt: skip
            ticket.created_at = utcnow() - timedelta(hours=24)
            ticket.first_response_at = ticket.created_at + timedelta(hours=first)
            if resolved is not None:
                ticket.state, ticket.resolved_at = "selesai", ticket.created_at + timedelta(hours=resolved)
    since = utcnow() - timedelta(days=30)
    with console.rt.Session() as session:
        native = dashboard(session, Scope(everything=True), since=since)
        portable = dashboard(session, Scope(everything=True), since=since, portable=True)
    dlh = next(f for f in portable.agencies if f.agency == "dlh")
    firsts, resolutions = [1.5, 7.5, 3.0, 11.0, 0.25, 5.0], [30.0, 9.0, 40.0, 70.0]
    assert (dlh.tickets, dlh.responded, dlh.resolved) == (6, 6, 4)
    assert (
        (dlh.first_response_median, dlh.first_response_p90)
        == (
            percentile(firsts, 0.5),
            percentile(firsts, 0.9),
        )
        == (4.0, 9.25)
    )
    assert (
        (dlh.resolution_median, dlh.resolution_p90)
        == (
            percentile(resolutions, 0.5),
            percentile(resolutions, 0.9),
        )
        == (35.0, 61.0)
    )
    assert native == portable
    per_day = [n for _, n in portable.per_day]
    assert per_day[:2] == [3, 4] and sum(per_day) == 8  # two days ago, yesterday, then jalan_jakpus today
    assert dict(portable.per_category) == {"sampah": 6, "jalan": 2}


def test_staff_account_changes_are_recorded_and_shown_to_admins(console: Console) -> None:
    admin = signed_in(console, "admin")
    form = {"csrf_token": csrf_of(admin, "/console/staff"), "username": "petugas.dua", "role": "officer",
            "agency": "dlh", "area": "", "password": "sandi-awal-123", "active": "1"}  # fmt: skip
    assert admin.post("/console/staff", data=form).status_code == 302
    assert (
        admin.post("/console/staff", data={**form, "role": "supervisor", "password": ""}).status_code == 302
    )
    assert admin.post("/console/staff", data={**form, "role": "supervisor", "area": JAKSEL, "password": "",
                                              "active": ""}).status_code == 302  # fmt: skip
    assert admin.post("/console/staff", data={**form, "role": "supervisor", "area": JAKSEL,
                                              "password": "sandi-baru-456"}).status_code == 302  # fmt: skip
    dlh = signed_in(console, "dlh")
    token = csrf_of(dlh, "/console/password")
    new = {"new": "baru-sekali-2", "confirm": "baru-sekali-2"}
    changed = dlh.post("/console/password", data={"csrf_token": token, "current": PASSWORD, **new})
    assert changed.status_code == 200
    with console.rt.Session() as session:
        rows = session.execute(
            select(Staff.username, StaffEvent.actor, StaffEvent.kind, StaffEvent.note)
            .join(Staff, Staff.id == StaffEvent.staff_id)
            .order_by(StaffEvent.id)
        ).all()
    assert [tuple(r) for r in rows] == [
        ("petugas.dua", "staff:admin", "created", "officer · dlh/-"),
        ("petugas.dua", "staff:admin", "role_changed", "officer → supervisor"),
        ("petugas.dua", "staff:admin", "scope_changed", f"dlh/- → dlh/{JAKSEL}"),
        ("petugas.dua", "staff:admin", "disabled", None),
        ("petugas.dua", "staff:admin", "enabled", None),
        ("petugas.dua", "staff:admin", "password_reset", None),
        ("dlh", "staff:dlh", "password_changed", None),
    ]
    page = admin.get("/console/staff").get_data(as_text=True)
    history = page.split('id="staff-history"')[1].split("</table>")[0]
    kinds = [
        "created",
        "role_changed",
        "scope_changed",
        "disabled",
        "enabled",
        "password_reset",
        "password_changed",
    ]
    assert re.findall(r'data-kind="([a-z_]+)"', history) == kinds[::-1]  # newest first
    assert (
        "Kata sandi diganti sendiri" in history
        and "sandi-baru-456" not in page
        and "baru-sekali-2" not in page
    )
    assert signed_in(console, "spv_jakpus").get("/console/staff").status_code == 404


def test_long_periods_are_kept_for_two_minutes_short_ones_are_live(console: Console) -> None:
    client = signed_in(console, "admin")
    year = client.get("/console/dashboard?days=365").get_data(as_text=True)
    assert 'id="as-of"' not in year  # just aggregated
    _set_times(console, "jalan_jakpus", created_h=5, first_h=1, resolved_h=2)
    again = client.get("/console/dashboard?days=365").get_data(as_text=True)
    assert 'id="as-of"' in again and "dihitung ulang paling lama tiap 2 menit" in again
    row = again.split('data-agency="binamarga"')[1].split("</tr>")[0]
    assert re.findall(r'<td class="num">([^<]*)</td>', row)[:3] == ["2", "0", "0"]  # as aggregated before
    live = client.get("/console/dashboard").get_data(as_text=True)
    row = live.split('data-agency="binamarga"')[1].split("</tr>")[0]
    assert (
        re.findall(r'<td class="num">([^<]*)</td>', row)[:3] == ["2", "1", "1"] and 'id="as-of"' not in live
    )
    officer = signed_in(console, "binamarga").get("/console/dashboard?days=365").get_data(as_text=True)
    row = officer.split('data-agency="binamarga"')[1].split("</tr>")[0]  # another scope: its own figures
    assert re.findall(r'<td class="num">([^<]*)</td>', row)[:3] == ["2", "1", "1"]


def test_supervisors_hear_of_coordination_in_the_console(console: Console) -> None:
    with console.rt.Session.begin() as session:
        for username, agency in (("spv_dsda", "dsda"), ("spv_dlh", "dlh")):
            session.add(
                Staff(username=username, password_hash=password_hash(), role="supervisor", agency_code=agency)
            )
    number, dsda = _coordinated(console)
    asked = signed_in(console, "spv_dsda").get("/console/notifications").get_data(as_text=True)
    assert "Tiket diserahkan ke instansi Anda untuk koordinasi" in asked and number in asked
    assert act(dsda, number, "part_done", note="Saluran sudah dikeruk").status_code == 302
    done = signed_in(console, "spv_dlh").get("/console/notifications").get_data(as_text=True)
    assert "Instansi koordinasi melaporkan bagiannya selesai" in done and number in done
    assert "koordinasi" not in signed_in(console, "spv_jakpus").get("/console/notifications").get_data(
        as_text=True
    )
