"""The IKM page of the console: figures per agency from survey answers, ranked only above the minimum of
responses, the comments, scoped to what each staff member may see, and its formula-safe CSV export. And the
agency each event records, as the public page's timeline shows it after a dispatch to another agency."""

from __future__ import annotations

import csv
import io
import itertools
import re
from datetime import timedelta

from sqlalchemy import select

from store.models import SurveyAnswer, SurveyResponse, Ticket, utcnow
from tests.web import console_support
from tests.web.console_support import Console, act, signed_in

console = console_support.console  # the fixture
_keys = itertools.count(1)


def answered(
    console: Console, key: str, scores: tuple[int, int, int], *, comment: str | None = None, days_ago: int = 0
) -> None:
    """One completed survey on the seeded ticket ``key`` (rating its agency), answered ``days_ago``."""
    at = utcnow() - timedelta(days=days_ago)
    with console.rt.Session.begin() as session:
        ticket = session.get(Ticket, console.tickets[key].id)
        assert ticket is not None
        response = SurveyResponse(
            key=f"test:{next(_keys)}", kind="resolved", ticket=ticket, identity_id=ticket.identity_id,
            citizen_id=ticket.citizen_id, agency_code=ticket.agency_code, language="id", counted_at=at,
            status="done", step="comment", comment=comment, created_at=at,
            expires_at=at + timedelta(hours=72), answered_at=at,
        )  # fmt: skip
        session.add(response)
        for element, score in zip(("waktu", "perilaku", "hasil"), scores, strict=True):
            session.add(SurveyAnswer(response=response, element=element, score=score, created_at=at))


def cells(page: str, agency: str) -> list[str]:
    row = page.split(f'data-agency="{agency}"')[1].split("</tr>")[0]
    return [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]


def seed(console: Console) -> None:
    for _ in range(10):  # dlh: ten responses, the minimum to be ranked
        answered(console, "sampah_jaksel", (4, 4, 3))
    answered(console, "sampah_jakpus", (2, 3, 2), comment='=HYPERLINK("http://x") <b>lambat</b>')
    answered(console, "jalan_jaksel", (4, 4, 4), comment="Cepat sekali, terima kasih")  # binamarga: one


def test_the_ikm_per_agency_ranked_above_the_minimum(console: Console) -> None:
    seed(console)
    page = signed_in(console, "admin").get("/console/ikm").get_data(as_text=True)
    # dlh: waktu (10x4 + 2) / 11 = 3.818, perilaku (40 + 3) / 11 = 3.909, hasil (30 + 2) / 11 = 2.909;
    # (3.818 + 3.909 + 2.909) / 3 x 25 = 88.64: A.
    assert cells(page, "dlh") == [
        "1",
        "Dinas Lingkungan Hidup",
        "11",
        "3.82",
        "3.91",
        "2.91",
        "88.64",
        "A (Sangat Baik)",
    ]
    assert cells(page, "binamarga") == [
        "—", "Dinas Bina Marga (responden terlalu sedikit)", "1", "4.00", "4.00", "4.00", "100.00",
        "A (Sangat Baik)",
    ]  # fmt: skip
    assert cells(page, "total")[2] == "12"
    assert "&lt;b&gt;lambat&lt;/b&gt;" in page and "<b>lambat" not in page
    assert "Cepat sekali, terima kasih" in page


def test_each_staff_member_sees_only_their_scope(console: Console) -> None:
    seed(console)
    dlh = signed_in(console, "dlh").get("/console/ikm").get_data(as_text=True)
    assert 'data-agency="dlh"' in dlh and 'data-agency="binamarga"' not in dlh
    assert "Cepat sekali" not in dlh and "lambat" in dlh
    jaksel = signed_in(console, "dlh_jaksel").get("/console/ikm").get_data(as_text=True)
    assert (
        cells(jaksel, "dlh")[2] == "10" and "lambat" not in jaksel
    )  # the Jakarta Pusat ticket is not theirs
    binamarga = signed_in(console, "binamarga").get("/console/ikm.csv")
    rows = list(csv.reader(io.StringIO(binamarga.get_data(as_text=True).lstrip("\ufeff"))))
    assert [r[1] for r in rows[1:3]] == ["binamarga", ""]  # the agency, then the total of the scope
    assert "Cepat sekali, terima kasih" in rows[-1] and not any("lambat" in c for r in rows for c in r)


def test_the_csv_is_formula_safe_and_periods_are_chosen(console: Console) -> None:
    seed(console)
    answered(console, "jalan_jakpus", (1, 1, 1), days_ago=400)  # an older period
    client = signed_in(console, "admin")
    export = client.get("/console/ikm.csv")
    assert export.status_code == 200 and export.mimetype == "text/csv"
    rows = list(csv.reader(io.StringIO(export.get_data(as_text=True).lstrip("\ufeff"))))
    assert rows[0][:8] == ["period", "agency", "agency_name", "responses", "ikm", "mutu", "mutu_name", "rank"]
    assert rows[1][1:8] == ["dlh", "Dinas Lingkungan Hidup", "11", "88.64", "A", "Sangat Baik", "1"]
    comment = [r for r in rows if len(r) == 4 and "HYPERLINK" in r[3]][0]
    assert comment[3] == '\'=HYPERLINK("http://x") <b>lambat</b>'
    old = client.get("/console/ikm?period=2020-Q1").get_data(as_text=True)
    assert "Belum ada jawaban survei pada periode ini." in old
    assert client.get("/console/ikm?period=%3Cscript%3E").status_code == 200  # not a period: the current one
    assert client.get("/console/ikm.csv?period=2026-99").status_code == 200
    viewer = signed_in(console, "pemantau").get("/console/ikm").get_data(as_text=True)
    assert 'data-agency="dlh"' in viewer  # a viewer without agency or area reads everything
    assert console.client().get("/console/ikm").status_code in (302, 401)  # signed out: to the sign-in


def test_the_public_timeline_shows_the_agency_that_held_each_state(console: Console) -> None:
    number = console.tickets["sampah_jaksel"].number  # opened for Dinas Lingkungan Hidup
    client = signed_in(console, "admin")
    assert act(client, number, "dispatch", agency="binamarga", note="salah instansi").status_code == 302
    assert act(client, number, "start").status_code == 302
    with console.rt.Session() as session:
        token = session.scalars(select(Ticket.public_token).where(Ticket.number == number)).one()
    page = re.sub(r"<[^>]+>", " ", console.client().get(f"/laporan/{token}").get_data(as_text=True))
    page = " ".join(page.split())
    timeline = (
        r"menunggu verifikasi Dinas Lingkungan Hidup .*"
        r"diteruskan ke dinas terkait salah instansi Dinas Bina Marga .*sedang dikerjakan Dinas Bina Marga"
    )
    assert re.search(timeline, page), page
