"""The console's labelling queue, labels and their undo, and the model registry page, through Flask's test
client on the real database (SQLite, and PostgreSQL when set); the place marked by selecting words in a real
Chromium.
No Rasa: the training behind the "retrain" button is tested in tests/jobs/test_retrain_rasa.py.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, sync_playwright
from sqlalchemy import select

from fakes.server import ServerThread
from jobs import retrain
from store import labels as store
from store.models import Label, Message, ModelState, Staff
from tests.web import console_support
from tests.web.console_support import CSRF_RE, Console, act, signed_in
from tests.web.test_console_browser import CHROMIUM, CHROMIUM_ARGS, sign_in

console = console_support.console  # the fixture


def _message_id(console: Console, key: str) -> int:
    with console.rt.Session() as session:
        found = session.scalars(
            select(Message.id).where(Message.ticket_id == console.tickets[key].id, Message.direction == "in")
        ).first()
    assert found is not None
    return found


def _csrf(client: object, url: str = "/console/labels") -> str:
    page = client.get(url).get_data(as_text=True)  # type: ignore[attr-defined]
    match = CSRF_RE.search(page)
    assert match
    return match.group(1)


def test_only_labellers_see_the_labelling_pages(console: Console) -> None:
    for username in ("dlh", "pemantau"):
        client = signed_in(console, username)
        assert client.get("/console/labels").status_code == 404
        assert client.get("/console/models").status_code == 404
        assert "Label NLU" not in client.get("/console/tickets").get_data(as_text=True)
    for username in ("admin", "spv_jakpus"):
        client = signed_in(console, username)
        page = client.get("/console/labels")
        assert page.status_code == 200 and "Label NLU" in page.get_data(as_text=True)
    admin = signed_in(console, "admin")
    form = {"username": "dlh", "role": "officer", "agency": "dlh", "active": "1", "labeller": "1"}
    saved = admin.post("/console/staff", data={"csrf_token": _csrf(admin, "/console/staff"), **form})
    assert saved.status_code == 302
    with console.rt.Session() as session:
        assert session.scalars(select(Staff.labeller).where(Staff.username == "dlh")).one() is True
    assert signed_in(console, "dlh").get("/console/labels").status_code == 200


def test_a_labeller_corrects_a_reading_marks_the_place_by_its_words_and_undoes(console: Console) -> None:
    client = signed_in(console, "spv_jakpus")
    mid = _message_id(console, "jalan_jakpus")
    page = client.get("/console/labels").get_data(as_text=True)
    assert f'data-message="{mid}">Trotoar rusak parah di depan kantor kelurahan</p>' in page
    token = _csrf(client)
    bad = client.post(f"/console/labels/{mid}", data={"csrf_token": token, "intent": "trotoar"})
    assert bad.status_code == 400 and "unknown intent or category &#39;trotoar&#39;" in bad.get_data(
        as_text=True
    )
    outside = client.post(
        f"/console/labels/{mid}",
        data={"csrf_token": token, "intent": "jalan", "place_start": "40", "place_end": "400"},
    )
    assert outside.status_code == 400 and "outside the text" in outside.get_data(as_text=True)
    missing = client.post(
        f"/console/labels/{mid}", data={"csrf_token": token, "intent": "jalan", "place": "monas"}
    )
    assert missing.status_code == 400 and "is not in the text" in missing.get_data(as_text=True)
    saved = client.post(
        f"/console/labels/{mid}",
        data={"csrf_token": token, "intent": "jalan", "place": "depan kantor kelurahan"},
    )
    assert saved.status_code == 302
    with console.rt.Session() as session:
        (label,) = store.active_labels(session)
        assert (label.message_id, label.intent, label.place, label.labelled_by, label.source) == (
            mid, "lapor_jalan", "depan kantor kelurahan", "staff:spv_jakpus", "console",
        )  # fmt: skip
    after = client.get("/console/labels").get_data(as_text=True)
    assert f'data-message="{mid}"' not in after  # labelled: out of the queue
    undo = client.post(f"/console/labels/undo/{label.id}", data={"csrf_token": token})
    assert undo.status_code == 302
    assert f'data-message="{mid}"' in client.get("/console/labels").get_data(as_text=True)
    again = client.post(f"/console/labels/undo/{label.id}", data={"csrf_token": token})
    assert again.status_code == 400
    assert client.post("/console/labels/undo/99999", data={"csrf_token": token}).status_code == 404
    assert client.post(f"/console/labels/{mid}", data={"intent": "jalan"}).status_code == 400  # no CSRF


def test_a_staff_correction_ranks_first_and_becomes_a_label(console: Console) -> None:
    admin = signed_in(console, "admin")
    number = console.tickets["sampah_jakpus"].number
    assert act(admin, number, "correct", category="saluran_air").status_code == 302
    mid = _message_id(console, "sampah_jakpus")
    page = admin.get("/console/labels").get_data(as_text=True)
    first = re.search(r'data-message="(\d+)"', page)
    assert first and int(first.group(1)) == mid
    assert "dikoreksi petugas" in page and "beda dengan kategori akhir" in page
    with console.rt.Session.begin() as session:
        assert store.sync_corrections(session, holdback_share=0.0) == 1
        label = session.scalars(select(Label)).one()
        assert (label.message_id, label.intent, label.labelled_by) == (
            mid,
            "lapor_saluran_air",
            "staff:admin",
        )


def test_the_queue_filters_by_channel_category_and_date(console: Console) -> None:
    client = signed_in(console, "admin")
    page = client.get("/console/labels?category=jalan").get_data(as_text=True)
    assert page.count('class="label-item"') == 2
    assert (
        client.get("/console/labels?channel=whatsapp").get_data(as_text=True).count('class="label-item"') == 0
    )
    assert (
        client.get("/console/labels?from=2000-01-01&to=2000-01-02")
        .get_data(as_text=True)
        .count('class="label-item"')
        == 0
    )
    assert client.get("/console/labels?channel=nonsense&from=garbage").status_code == 200


def test_the_registry_page_promotes_forces_rolls_back_and_refuses_a_second_training(
    console: Console, tmp_path: object
) -> None:
    from pathlib import Path

    files = [Path(str(tmp_path)) / f"nlu-{n}.tar.gz" for n in ("a", "b")]
    for f in files:
        f.write_bytes(b"model")
    with console.rt.Session.begin() as session:
        store.register_model(
            session, path=str(files[0]), fingerprint="a", trained_by="team", labels=0, figures={}
        )
        store.register_model(
            session, path=str(files[1]), fingerprint="b", trained_by="staff:admin", labels=20,
            figures={"own": {"category_macro_f1": 0.5, "emergency_recall": 0.9}}, state=ModelState.REFUSED,
            note="category_macro_f1: 0.5000 vs serving 0.9000 (worse, margin 0.01)",
        )  # fmt: skip
    client = signed_in(console, "admin")
    token = _csrf(client, "/console/models")
    assert client.post("/console/models/v1/promote", data={"csrf_token": token}).status_code == 302
    refused = client.post("/console/models/v2/promote", data={"csrf_token": token})
    assert refused.status_code == 400 and "v2 was refused" in refused.get_data(as_text=True)
    forced = client.post("/console/models/v2/promote", data={"csrf_token": token, "force": "1"})
    assert forced.status_code == 302
    page = client.get("/console/models").get_data(as_text=True)
    assert "serving (dipaksa)" in page and "0.5" in page
    assert client.post("/console/models/rollback", data={"csrf_token": token}).status_code == 302
    with console.rt.Session() as session:
        serving = store.serving_model(session)
        assert serving is not None and serving.version == "v1"
    supervisor = signed_in(console, "spv_jakpus")
    assert (
        supervisor.post("/console/models/v2/promote", data={"csrf_token": _csrf(supervisor)}).status_code
        == 404
    )

    release = threading.Event()
    job = console.app.extensions["retrain_job"] = retrain.RetrainJob()
    assert job.start(
        lambda progress: (progress("nlu: training DIETClassifier: epoch 3/30"), release.wait(30))[1]
    )  # type: ignore[arg-type, return-value]
    busy = client.post("/console/models/retrain", data={"csrf_token": token})
    assert busy.status_code == 409 and "Pelatihan sedang berjalan" in busy.get_data(as_text=True)
    assert "epoch 3/30" in client.get("/console/models").get_data(as_text=True)
    release.set()
    assert job.wait(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield launched
        launched.close()


def test_in_chromium_a_selection_of_words_becomes_the_place_span(console: Console, browser: Browser) -> None:
    mid = _message_id(console, "jalan_jaksel")
    text = "Jalan berlubang besar dekat halte, bahaya untuk motor"
    start = text.index("dekat halte")
    with ServerThread(console.app) as server:
        context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="id-ID")
        page: Page = context.new_page()
        sign_in(page, server.url, "admin")
        page.goto(f"{server.url}/console/labels")
        item = page.locator(f"#item-{mid}")
        # Select "dekat halte" as a staff member would by dragging over the words.
        item.locator(".label-text").evaluate(
            """(p, [from, to]) => {
                const range = document.createRange();
                range.setStart(p.firstChild, from); range.setEnd(p.firstChild, to);
                const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(range);
                p.dispatchEvent(new MouseEvent("mouseup", {bubbles: true}));
            }""",
            [start, start + len("dekat halte")],
        )
        assert item.locator("input[name=place]").input_value() == "dekat halte"
        item.locator("select[name=intent]").select_option("jalan")
        item.get_by_role("button", name="Simpan label").click()
        page.wait_for_selector("#done")
        context.close()
    with console.rt.Session() as session:
        label = session.scalars(select(Label).where(Label.message_id == mid)).one()
    assert (label.place_start, label.place_end, label.place, label.intent) == (
        start, start + 11, "dekat halte", "lapor_jalan",
    )  # fmt: skip
