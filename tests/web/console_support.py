"""Shared by the console tests: an app with the in-process queue and the fake Telegram, staff accounts of
each role, tickets of two agencies in two cities, and signing in through the real forms.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from aduan import settings
from aduan.cli import area_rows
from fakes.telegram import FakeTelegram
from jobs import runtime
from jobs.inprocess import InProcessQueue
from nlu.places import DATA_DIR, Gazetteer
from router import tickets
from store import repo
from store.models import Citizen, Identity, Message, Staff, Ticket, utcnow
from web import create_app
from web.console.passwords import hash_password

PASSWORD = "kata-sandi-uji-123"
# Kemendagri codes from the shipped gazetteer.
PEJATEN_BARAT = "31.74.04.1006"  # Pasar Minggu, Jakarta Selatan
GAMBIR = "31.71.01.1001"  # Gambir, Jakarta Pusat
JAKSEL, JAKPUS = "31.74", "31.71"
CSRF_RE = re.compile(r'name="csrf_token" value="([0-9a-f]+)"')
VERSION_RE = re.compile(r'name="version" value="(\d+)"')
_chat_ids = itertools.count(910_000_001)


@dataclass
class Console:
    """A running console: app, test client factory, runtime, queue and the fake Telegram."""

    app: Flask
    rt: runtime.Runtime
    queue: InProcessQueue
    telegram: FakeTelegram
    tickets: dict[str, Ticket] = field(default_factory=dict)
    chats: dict[str, str] = field(default_factory=dict)  # ticket key -> the citizen's Telegram chat id

    def client(self) -> FlaskClient:
        return self.app.test_client()


@cache
def password_hash() -> str:
    """One argon2 hash of PASSWORD for every account (hashing costs tenths of a second on purpose)."""
    return hash_password(PASSWORD)


def make_staff(
    session: Any, username: str, role: str, *, agency: str | None = None, area: str | None = None
) -> Staff:
    member = Staff(
        username=username, password_hash=password_hash(), role=role, agency_code=agency, area_kode=area
    )
    session.add(member)
    return member


def open_ticket(
    session: Any,
    cfg: settings.Config,
    *,
    category: str,
    kelurahan: str,
    text: str,
    chat_id: str,
    language: str = "id",
    phone: str | None = None,
) -> Ticket:
    """A ticket opened the way the dialogue opens one, with the citizen's message linked to it."""
    citizen = Citizen(phone=phone, language=language)
    identity = Identity(
        citizen=citizen,
        channel="telegram",
        platform_user_id=chat_id,
        display_name="Warga Uji",
        phone=phone,
        last_inbound_at=utcnow(),
    )
    session.add_all([citizen, identity])
    session.flush()
    parts = kelurahan.split(".")
    draft = tickets.Draft(
        category=category,
        description=text,
        place_text="dekat pasar",
        kelurahan=kelurahan,
        kecamatan=".".join(parts[:3]),
        kota=".".join(parts[:2]),
    )
    ticket = tickets.open_ticket(session, cfg, identity, draft, language=language)
    session.add(
        Message(
            direction="in",
            channel="telegram",
            platform_message_id=f"m{chat_id}",
            identity=identity,
            ticket_id=ticket.id,
            text=text,
            intent=f"lapor_{category}",
            category=category,
            confidence=0.91,
            ranking=[
                {"category": category, "confidence": 0.91},
                {"category": "saluran_air", "confidence": 0.06},
                {"category": "banjir", "confidence": 0.02},
            ],
            entities=[{"entity": "lokasi", "value": "pasar minggu"}],
            received_at=utcnow() - timedelta(seconds=5),
            processed_at=utcnow(),
        )
    )
    return ticket


@pytest.fixture
def console(
    config: settings.Config, places: Gazetteer, fake_telegram: FakeTelegram, tmp_path: Path
) -> Iterator[Console]:
    """The app with staff of every role and four tickets (two agencies, two cities)."""
    config = config.merged(
        {
            "channels": {"telegram": {"api_base_url": fake_telegram.url}},
            "storage": {"media_dir": str(tmp_path / "media")},
        }
    )  # type: ignore[attr-defined]
    built = runtime.build(config, places=places)
    with built.Session.begin() as session:
        repo.sync_areas(session, area_rows(DATA_DIR))
        make_staff(session, "admin", "admin")
        make_staff(session, "dlh", "officer", agency="dlh")
        make_staff(session, "binamarga", "officer", agency="binamarga")
        make_staff(session, "dlh_jaksel", "officer", agency="dlh", area=JAKSEL)
        make_staff(session, "pemantau", "viewer")
        make_staff(session, "spv_jakpus", "supervisor", area=JAKPUS)
    queue = InProcessQueue(built, workers=1, sweep_seconds=0.5)
    built.queue = queue
    queue.start()
    app = create_app(rt=built)
    app.config["TESTING"] = True
    found = Console(app=app, rt=built, queue=queue, telegram=fake_telegram)
    seeds = {
        "sampah_jaksel": (
            "sampah",
            PEJATEN_BARAT,
            "Sampah menumpuk di depan pasar, <script>alert(1)</script> bau",
        ),
        "sampah_jakpus": ("sampah", GAMBIR, '=HYPERLINK("http://x") sampah belum diangkut tiga hari'),
        "jalan_jaksel": ("jalan", PEJATEN_BARAT, "Jalan berlubang besar dekat halte, bahaya untuk motor"),
        "jalan_jakpus": ("jalan", GAMBIR, "Trotoar rusak parah di depan kantor kelurahan"),
    }
    with built.Session.begin() as session:
        for key, (category, kelurahan, text) in seeds.items():
            chat = str(next(_chat_ids))
            ticket = open_ticket(
                session,
                config,
                category=category,
                kelurahan=kelurahan,
                text=text,
                chat_id=chat,
                phone="+6281234567" + chat[-3:],
            )
            found.tickets[key], found.chats[key] = ticket, chat
    yield found
    queue.stop()
    built.close()


def csrf_of(client: FlaskClient, url: str) -> str:
    """The CSRF token of the form on the page at ``url``."""
    page = client.get(url)
    match = CSRF_RE.search(page.get_data(as_text=True))
    assert match, f"no CSRF token on {url} ({page.status_code})"
    return match.group(1)


def sign_in(client: FlaskClient, username: str, password: str = PASSWORD) -> Any:
    """Signs in through the real form; returns the response to the POST."""
    token = csrf_of(client, "/console/signin")
    return client.post(
        "/console/signin", data={"username": username, "password": password, "csrf_token": token}
    )


def signed_in(console: Console, username: str) -> FlaskClient:
    client = console.client()
    response = sign_in(client, username)
    assert response.status_code == 302, response.get_data(as_text=True)
    return client


def act(client: FlaskClient, number: str, action: str, **form: str) -> Any:
    """Posts one ticket action with the page's CSRF token and version, as the browser would."""
    page = client.get(f"/console/tickets/{number}").get_data(as_text=True)
    token, version = CSRF_RE.search(page), VERSION_RE.search(page)
    assert token and version, "the ticket page has no action form"
    return client.post(
        f"/console/tickets/{number}/{action}",
        data={"csrf_token": token.group(1), "version": version.group(1), **form},
    )
