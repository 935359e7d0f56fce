"""What every console page shares: the blueprint, texts in the staff member's language, the configuration
the console reads, the staff member's scope, and masking of citizens' contact details.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from flask import Blueprint, current_app, g, request
from sqlalchemy import select

from aduan import settings
from bots import ADAPTERS
from store.console import Scope, coordinated_tickets
from store.models import Area, Staff
from web.db import get_session, runtime

bp = Blueprint(
    "console",
    __name__,
    url_prefix="/console",
    template_folder="../templates",
    static_folder="../static",
    static_url_path="/static",
)

LANGUAGES = ("id", "en")
LANG_COOKIE = "aduan_lang"
TEXTS_FILE = Path(__file__).with_name("texts.yml")
STATES = (
    "menunggu",
    "diverifikasi",
    "disposisi",
    "koordinasi",
    "proses",
    "selesai",
    "ditolak",
    "duplikat",
    "dibatalkan",
)
CHANNELS = tuple(ADAPTERS)  # the registry's order: the filter lists every platform Aduan has an adapter for


@cache
def _texts() -> dict[str, dict[str, str]]:
    with TEXTS_FILE.open(encoding="utf-8") as f:
        loaded: dict[str, dict[str, str]] = yaml.safe_load(f)
    return loaded


def language() -> str:
    """The console language: the staff member's choice (a cookie), Indonesian by default."""
    chosen = request.cookies.get(LANG_COOKIE, "id")
    return chosen if chosen in LANGUAGES else "id"


def t(key: str, **fields: Any) -> str:
    """The console text ``key`` in the current language (Indonesian when the English one is missing)."""
    texts = _texts()
    template = texts[language()].get(key) or texts["id"].get(key) or key
    return template.format(**fields) if fields else template


# --- the configuration the console reads (one place, so its shape changes in one place) ---------------


def cfg() -> settings.Config:
    return runtime().cfg


def category_names() -> dict[str, str]:
    """Category code -> name in the console language, in the configured order."""
    lang = language()
    return {
        code: spec.name_en if lang == "en" and spec.name_en else spec.nama
        for code, spec in cfg().categories.items()
    }


def agency_names() -> dict[str, str]:
    """Agency code -> name, in the configured order."""
    return {code: spec.nama for code, spec in cfg().agencies.items()}


def page_size() -> int:
    return cfg().console.page_size


def ticket_format() -> tuple[str, int]:
    """The ticket number prefix and digits (``ADU``, 6)."""
    return cfg().ticket.prefix, cfg().ticket.digits


def behind_https() -> bool:
    """True when the request came over HTTPS or the configured public URL is HTTPS (cookies are Secure)."""
    return request.is_secure or cfg().web.public_url.startswith("https://")


# --- areas ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AreaInfo:
    kode: str
    nama: str
    level: str


def areas() -> dict[str, AreaInfo]:
    """Every administrative unit by code (loaded once per app: the gazetteer does not change)."""
    loaded: dict[str, AreaInfo] | None = current_app.extensions.get("console_areas")
    if loaded is None:
        rows = get_session().execute(select(Area.kode, Area.nama, Area.level).order_by(Area.kode))
        loaded = {kode: AreaInfo(kode, nama, level) for kode, nama, level in rows}
        current_app.extensions["console_areas"] = loaded
    return loaded


def area_name(kode: str | None) -> str:
    if not kode:
        return ""
    found = areas().get(kode)
    return found.nama if found else kode


# --- who is signed in ---------------------------------------------------------------------------------


def staff() -> Staff:
    """The signed-in staff member (the guard in ``auth`` has set it)."""
    signed_in: Staff = g.staff
    return signed_in


def scope_of(member: Staff) -> Scope:
    """What a staff member may see.

    admin: everything. supervisor and officer: their agency and/or area (both set: both must match;
    neither set: nothing, an account to fix). viewer: their agency and/or area, or everything when
    neither is set.
    """
    if member.role == "admin" or (member.role == "viewer" and not (member.agency_code or member.area_kode)):
        return Scope(everything=True)
    coordinating = coordinated_tickets(get_session(), member.agency_code) if member.agency_code else ()
    return Scope(agency=member.agency_code, area=member.area_kode, coordinating=coordinating)


def can_act(member: Staff) -> bool:
    """Viewers only read."""
    return member.role in ("admin", "supervisor", "officer")


def mask(value: str | None, *, member: Staff | None = None) -> str:
    """A citizen's phone number or platform id: whole for admins, else all but the last 3 hidden."""
    if not value:
        return ""
    who = member or staff()
    if who.role == "admin":
        return value
    return "•" * max(len(value) - 3, 3) + value[-3:] if len(value) > 3 else "•••"
