"""The staff console in a real headless Chromium (Debian's, driven by Playwright; no browser download):
an officer signs in, filters the queue, opens a ticket, dispatches and resolves it, and the citizen's
fake Telegram chat receives each status message. Scope, CSRF and escaping are checked as a browser sees them.
Screenshots of the queue and a ticket are written to ``reports/screenshots/``.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from fakes.server import ServerThread
from store.models import Staff
from tests.web import console_support
from tests.web.console_support import PASSWORD, Console, password_hash

console = console_support.console  # the fixture

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "reports" / "screenshots"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail("Debian's chromium is missing: run `make chromium` (make test does it)")
    with sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield launched
        launched.close()


@pytest.fixture
def site(console: Console) -> Iterator[str]:
    """The console app served over HTTP on a free port."""
    with ServerThread(console.app) as server:
        yield server.url


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="id-ID")
    opened = context.new_page()
    dialogs: list[str] = []
    opened.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    opened.dialogs = dialogs  # type: ignore[attr-defined]
    yield opened
    context.close()


def png(width: int, height: int) -> bytes:
    """A valid RGB PNG of one colour (the browser must be able to decode it)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + bytes((31, 122, 61)) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    body = chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + body


def sign_in(page: Page, site: str, username: str, password: str = PASSWORD) -> None:
    page.goto(f"{site}/console/tickets")
    assert "/console/signin" in page.url
    page.get_by_label("Nama pengguna").fill(username)
    page.get_by_label("Kata sandi").fill(password)
    page.get_by_role("button", name="Masuk").click()
    page.wait_for_url(f"{site}/console/tickets")


def test_officer_works_a_ticket_and_the_citizen_hears_each_step(
    console: Console, site: str, page: Page
) -> None:
    ticket, chat = console.tickets["sampah_jaksel"], console.chats["sampah_jaksel"]
    sign_in(page, site, "dlh")
    rows = page.locator("table.queue tbody tr")
    assert rows.count() == 2  # dlh's two tickets; binamarga's are not listed
    page.get_by_label("Wilayah").select_option(label="Pasar Minggu")  # the kecamatan; the page reloads itself
    page.wait_for_url("**area=31.74.04**")
    assert rows.count() == 1 and page.locator("p.total").inner_text() == "1 tiket"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "queue.png"), full_page=True)

    page.get_by_role("link", name=ticket.number).click()
    page.wait_for_url(f"**/console/tickets/{ticket.number}")
    description = page.locator("#description")
    assert description.inner_text() == "Sampah menumpuk di depan pasar, <script>alert(1)</script> bau"
    assert page.locator("#state").inner_text() == "Menunggu"

    dispatch = page.locator("form[data-action=dispatch]")
    dispatch.get_by_label("Catatan (opsional)").fill("Truk sampah dijadwalkan besok pagi")
    dispatch.get_by_role("button").click()
    page.wait_for_selector("#done")
    assert page.locator("#state").inner_text() == "Disposisi"
    page.locator("form[data-action=start] button").click()
    page.wait_for_selector("#state[data-state=proses]")
    resolve = page.locator("form[data-action=resolve]")
    resolve.get_by_label("Catatan").fill("Sampah sudah diangkut, lokasi bersih")
    resolve.locator("input[name=photo]").set_input_files(
        {"name": "hasil.png", "mimeType": "image/png", "buffer": png(48, 32)}
    )
    resolve.get_by_role("button", name="Selesaikan").click()
    page.wait_for_selector("#state[data-state=selesai]")
    photo = page.locator("#ticket-photos img")
    assert photo.evaluate("img => img.complete && img.naturalWidth") == 48  # the browser decoded it
    assert "warga sudah diberi tahu" in page.locator("#done").inner_text()
    page.screenshot(path=str(SCREENSHOTS / "ticket.png"), full_page=True)

    sent = console.telegram.wait_for(chat, 4, timeout=30)
    assert len(sent) == 4  # three steps, then the survey's "is it really fixed?"
    assert sent[3]["text"].endswith("Apakah masalahnya benar-benar sudah beres?")
    assert "Truk sampah dijadwalkan besok pagi" in sent[0]["text"] and ticket.number in sent[0]["text"]
    assert "Sampah sudah diangkut, lokasi bersih" in sent[2]["text"]
    timeline = page.locator("#timeline li")
    assert timeline.count() == 5 and "staff:dlh" in timeline.nth(3).inner_text()  # created, 3 moves, photo
    assert page.dialogs == []  # type: ignore[attr-defined]  # the <script> never ran


def test_an_officer_cannot_reach_another_agencys_ticket(console: Console, site: str, page: Page) -> None:
    other = console.tickets["jalan_jaksel"].number
    sign_in(page, site, "dlh")
    response = page.goto(f"{site}/console/tickets/{other}")
    assert response is not None and response.status == 404
    assert "tidak ditemukan" in page.locator("main").inner_text()
    page.goto(f"{site}/console/tickets")
    page.get_by_label("Cari nomor tiket atau kata").fill(other)
    page.get_by_role("button", name="Terapkan").click()
    page.wait_for_url("**q=**")
    assert page.locator("p.total").inner_text() == "0 tiket"
    page.get_by_label("Cari nomor tiket atau kata").fill("berlubang")  # words of the other agency's ticket
    page.get_by_role("button", name="Terapkan").click()
    page.wait_for_url("**q=berlubang**")
    assert page.locator("p.total").inner_text() == "0 tiket"
    export = page.request.get(f"{site}/console/tickets.csv?q={other}")
    assert export.status == 200 and other not in export.text() and export.text().startswith("\ufeffnumber,")
    everything = page.request.get(f"{site}/console/tickets.csv").text()
    assert console.tickets["sampah_jaksel"].number in everything and other not in everything


def test_a_form_posted_without_the_csrf_token_is_refused(console: Console, site: str, page: Page) -> None:
    number = console.tickets["sampah_jakpus"].number
    sign_in(page, site, "admin")
    page.goto(f"{site}/console/tickets/{number}")
    page.evaluate("document.querySelector('form[data-action=verify] input[name=csrf_token]').remove()")
    page.locator("form[data-action=verify] button").click()
    page.wait_for_load_state()
    assert "Formulir ini kedaluwarsa atau tidak sah" in page.locator("main").inner_text()
    page.goto(f"{site}/console/tickets/{number}")
    assert page.locator("#state").inner_text() == "Menunggu"


def test_citizen_script_is_text_in_queue_and_ticket_and_english_toggle(
    console: Console, site: str, page: Page
) -> None:
    sign_in(page, site, "admin")
    assert "<script>alert(1)</script>" in page.locator("table.queue").inner_text()
    page.get_by_role("link", name="EN", exact=True).click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Ticket queue"
    page.get_by_role("link", name=console.tickets["sampah_jaksel"].number).click()
    transcript = page.locator("#transcript").inner_text()
    assert "<script>alert(1)</script>" in transcript
    assert page.dialogs == []  # type: ignore[attr-defined]


def test_dashboard_draws_its_charts_and_maps_without_any_outside_server(
    console: Console, site: str, page: Page
) -> None:
    outside: list[str] = []
    page.on("request", lambda request: None if request.url.startswith(site) else outside.append(request.url))
    sign_in(page, site, "admin")
    page.get_by_role("link", name="Dasbor").click()
    page.wait_for_selector("#choropleth[data-ready]")
    assert int(page.locator("#choropleth").get_attribute("data-ready") or 0) == 267
    assert page.locator("#choropleth path.leaflet-interactive").count() == 267
    drawn = page.evaluate(
        "['chart-day', 'chart-category', 'chart-channel', 'chart-kota']"
        ".map(id => Boolean(window.Chart.getChart(document.getElementById(id))))"
    )
    assert drawn == [True, True, True, True]
    assert page.locator("#agency-figures tbody tr").count() == 2
    page.screenshot(path=str(SCREENSHOTS / "dashboard.png"), full_page=True)
    page.goto(f"{site}/console/tickets/{console.tickets['sampah_jaksel'].number}")
    page.wait_for_selector("#ticket-map[data-ready]")
    assert int(page.locator("#ticket-map").get_attribute("data-ready") or 0) > 1  # the kecamatan's kelurahan
    assert page.locator("#ticket-map path[stroke='#b42318']").count() == 1  # the ticket's own kelurahan
    assert outside == []


def test_a_coordinating_agency_reports_its_part_and_the_owner_sees_it(
    console: Console, site: str, page: Page
) -> None:
    ticket, chat = console.tickets["sampah_jaksel"], console.chats["sampah_jaksel"]
    with console.rt.Session.begin() as session:
        session.add(Staff(username="dsda", password_hash=password_hash(), role="officer", agency_code="dsda"))
    sign_in(page, site, "dlh")
    page.goto(f"{site}/console/tickets/{ticket.number}")
    runners_up = page.locator("td.runners-up").first.inner_text()
    assert "Saluran air, kali & sungai 6%" in runners_up and "Banjir & genangan 2%" in runners_up
    page.locator("form[data-action=dispatch] button").click()
    page.wait_for_selector("#state[data-state=disposisi]")
    coordinate = page.locator("form[data-action=coordinate]")
    coordinate.get_by_label("Instansi").select_option(label="Dinas Sumber Daya Air")
    coordinate.get_by_role("button").click()
    page.wait_for_selector("#state[data-state=koordinasi]")
    page.context.clear_cookies()

    sign_in(page, site, "dsda")
    assert page.locator("table.queue tbody tr").count() == 1  # only the ticket handed to it
    page.get_by_role("link", name=ticket.number).click()
    assert "instansi Anda diajak berkoordinasi" in page.locator("#partner-rights").inner_text()
    assert page.locator("form[data-action=start]").count() == 0
    part = page.locator("form[data-action=part_done]")
    part.get_by_label("Apa yang sudah dikerjakan instansi Anda").fill("Saluran di depan pasar sudah dikeruk")
    part.get_by_role("button").click()
    page.wait_for_selector("#done")
    assert "bagiannya selesai" in page.locator("#coordinating").inner_text()
    assert page.locator("form[data-action=part_done]").count() == 0
    sent = console.telegram.wait_for(chat, 3, timeout=30)
    assert "Dinas Sumber Daya Air: Saluran di depan pasar sudah dikeruk" in sent[2]["text"]
    page.context.clear_cookies()

    sign_in(page, site, "dlh")
    page.goto(f"{site}/console/tickets/{ticket.number}")
    assert "staff:dsda" in page.locator("#coordinating").inner_text()
    assert "Bagian instansi koordinasi selesai" in page.locator("#timeline").inner_text()
    page.context.clear_cookies()
    sign_in(page, site, "binamarga")
    response = page.goto(f"{site}/console/tickets/{ticket.number}")
    assert response is not None and response.status == 404
