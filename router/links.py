"""Links to a ticket's public page (``/laporan/<token>``): built here so the router (the "ticket opened"
message) and the web layer (the page itself, the console) build them the same way.
"""

from __future__ import annotations

from aduan.settings import Config
from store.models import Ticket

PUBLIC_PATH = "/laporan/"


def public_url(cfg: Config, ticket: Ticket) -> str | None:
    """The absolute link to a ticket's public page, or None when its link is revoked.

    The base is ``web.public_url``, else ``http://web.host:web.port`` (the embedded default).
    """
    if not ticket.public_token:
        return None
    base = cfg.web.public_url.rstrip("/") or f"http://{cfg.web.host}:{cfg.web.port}"
    return f"{base}{PUBLIC_PATH}{ticket.public_token}"


def citizen_link(cfg: Config, ticket: Ticket) -> str | None:
    """The public link to send a citizen: only when ``web.public_url`` is configured (a local
    ``http://127.0.0.1:8000`` link would lead nowhere from a phone), and only while the link is not revoked.
    """
    return public_url(cfg, ticket) if cfg.web.public_url.strip() else None
