"""The public page per report: what it shows and never shows, escaping, 404 for unknown or revoked links."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta, timezone
from html import unescape

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select

from aduan import settings
from jobs.runtime import Runtime
from router import tickets
from router.links import public_url
from store import db, repo
from store.models import Ticket, new_public_token
from tests.web.test_open311 import PRIVATE, REOPEN_WORDS, chat_ticket, move, ticket
from web import create_app

WIB = timezone(timedelta(hours=7))


@pytest.fixture
def client(rt: Runtime) -> Iterator[FlaskClient]:
    yield create_app(rt=rt).test_client()


def token_of(rt: Runtime, number: str) -> str:
    token = ticket(rt, number).public_token
    assert token
    return token


def text_of(html: str) -> str:
    """The page as a reader sees it: tags dropped, entities decoded, spaces collapsed."""
    visible = re.sub(r"<style>.*?</style>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", visible))).strip()


def wib(value: object) -> str:
    return value.astimezone(WIB).strftime("%d-%m-%Y %H:%M WIB")  # type: ignore[attr-defined]


def test_the_page_shows_the_report_and_nothing_of_the_citizen(rt: Runtime, client: FlaskClient) -> None:
    number = chat_ticket(rt)
    move(
        rt,
        number,
        ("diverifikasi", None),
        ("disposisi", None),
        ("proses", None),
        ("selesai", "Sampah sudah diangkut truk DLH"),
    )
    citizen = tickets.Actor.citizen(ticket(rt, number).citizen_id)
    move(rt, number, ("proses", REOPEN_WORDS), actor=citizen)
    move(rt, number, ("selesai", "Diangkut ulang dan disemprot"))
    done = ticket(rt, number)
    response = client.get(f"/laporan/{done.public_token}")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    at = [wib(e.at) for e in done.events if e.kind in ("created", "state")]
    dlh = "Dinas Lingkungan Hidup"
    assert text_of(html) == " ".join(
        [
            f"Laporan {number} · Aduan Laporan {number}",
            "Kategori Sampah, kebersihan & pencemaran",
            "Lokasi Pejaten Timur, Pasar Minggu, Kota Administrasi Jakarta Selatan",
            f"Status selesai Ditangani oleh {dlh}",
            "Hasil penanganan Diangkut ulang dan disemprot",
            "Riwayat Waktu Status Ditangani oleh",
            f"{at[0]} menunggu verifikasi {dlh}",
            f"{at[1]} diverifikasi kelurahan {dlh}",
            f"{at[2]} diteruskan ke dinas terkait {dlh}",
            f"{at[3]} sedang dikerjakan {dlh}",
            f"{at[4]} selesai Sampah sudah diangkut truk DLH {dlh}",
            f"{at[5]} sedang dikerjakan {dlh}",
            f"{at[6]} selesai Diangkut ulang dan disemprot {dlh}",
            "English",
        ]
    )
    assert [p for p in PRIVATE if p in html] == []
    assert "<script" not in html and "<img" not in html
    assert response.headers["Content-Security-Policy"] == "default-src 'none'; style-src 'unsafe-inline'"
    assert (response.headers["Referrer-Policy"], response.headers["Cache-Control"]) == (
        "no-referrer",
        "no-store",
    )
    assert "noindex" in response.headers["X-Robots-Tag"]


def test_an_open_report_shows_its_due_time_in_english_too(rt: Runtime, client: FlaskClient) -> None:
    number = chat_ticket(rt, "banjir")
    opened = ticket(rt, number)
    page = text_of(client.get(f"/laporan/{opened.public_token}?lang=en").get_data(as_text=True))
    assert (
        f"Status waiting for verification Handled by Dinas Sumber Daya Air Due by {wib(opened.due_at)}"
        in page
    )
    assert "Category Flooding" in page and "Resolution" not in page
    indonesian = text_of(client.get(f"/laporan/{opened.public_token}?lang=xx").get_data(as_text=True))
    assert f"Target selesai {wib(opened.due_at)}" in indonesian


def test_everything_is_escaped(config: settings.Config, places: object) -> None:
    from jobs import runtime

    hostile = config.merged({"categories": {"jalan": {"nama": "Jalan <b onmouseover=x>&</b>"}}})
    built = runtime.build(hostile, places=places)  # type: ignore[arg-type]
    try:
        number = chat_ticket(built, "jalan")
        move(built, number, ("disposisi", None), ("selesai", '<script>alert("x")</script> & "beres"'))
        html = (
            create_app(rt=built)
            .test_client()
            .get(f"/laporan/{token_of(built, number)}")
            .get_data(as_text=True)
        )
    finally:
        built.close()
    assert "<script>" not in html and "<b onmouseover" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &#34;beres&#34;" in html
    assert "Jalan &lt;b onmouseover=x&gt;&amp;&lt;/b&gt;" in html


def test_unknown_and_revoked_links_are_404(rt: Runtime, client: FlaskClient) -> None:
    number = chat_ticket(rt)
    old = token_of(rt, number)
    for token in (new_public_token(), "x", old[:-1]):
        response = client.get(f"/laporan/{token}")
        assert response.status_code == 404 and "Laporan tidak ditemukan" in response.get_data(as_text=True)
        assert number not in response.get_data(as_text=True)
    with rt.Session.begin() as session:
        repo.set_public_token(session, repo.ticket_by_number(session, number), None)  # type: ignore[arg-type]
    assert client.get(f"/laporan/{old}").status_code == 404
    assert public_url(rt.cfg, ticket(rt, number)) is None
    fresh = new_public_token()
    with rt.Session.begin() as session:
        repo.set_public_token(session, repo.ticket_by_number(session, number), fresh)  # type: ignore[arg-type]
    assert (client.get(f"/laporan/{old}").status_code, client.get(f"/laporan/{fresh}").status_code) == (
        404,
        200,
    )


def test_every_ticket_gets_its_own_unguessable_link(rt: Runtime) -> None:
    numbers = [chat_ticket(rt, user=str(u)) for u in range(5)]
    tokens = {token_of(rt, n) for n in numbers}
    assert len(tokens) == 5 and all(len(t) >= 32 for t in tokens)


def test_public_url_uses_the_configured_base(rt: Runtime) -> None:
    opened = ticket(rt, chat_ticket(rt))
    assert public_url(rt.cfg, opened) == f"http://127.0.0.1:8000/laporan/{opened.public_token}"
    deployed = rt.cfg.merged({"web": {"public_url": "https://aduan.jakarta.go.id/"}})
    assert public_url(deployed, opened) == f"https://aduan.jakarta.go.id/laporan/{opened.public_token}"


def test_the_migration_gives_existing_tickets_their_own_links(rt: Runtime, database_url: str) -> None:
    numbers = [chat_ticket(rt, user=str(u)) for u in range(3)]
    rt.engine.dispose()
    db.upgrade(database_url, "0003")  # the column goes...
    db.upgrade(database_url)  # ...and comes back, filled for the tickets already there
    with rt.Session() as session:
        tokens = session.scalars(select(Ticket.public_token).where(Ticket.number.in_(numbers))).all()
    assert len(set(tokens)) == 3 and all(t and len(t) >= 32 for t in tokens)
