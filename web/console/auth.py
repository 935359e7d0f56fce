"""Signing staff in and out, the guard on every console route, CSRF tokens, and password changes.

The browser holds a random session token in an HttpOnly, SameSite=Lax cookie (Secure behind HTTPS);
the database keeps only its SHA-256, so a leaked table opens no session. Every form carries a CSRF
token: an HMAC of the session (or, before sign-in, of a random pre-session cookie) under the app's
secret key. Failed sign-ins are counted per username and per address; past the limit nobody is let
in for a while, and the answer never says whether the username exists.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import timedelta
from urllib.parse import urlsplit

from flask import Response, abort, current_app, g, redirect, render_template, request, url_for
from werkzeug.wrappers import Response as BaseResponse

from store import console as store
from store.models import utcnow
from web.console import passwords
from web.console.common import (
    LANG_COOKIE,
    LANGUAGES,
    agency_names,
    area_name,
    behind_https,
    bp,
    can_act,
    category_names,
    language,
    mask,
    staff,
    t,
)
from web.db import get_session

COOKIE = "aduan_console"
PRE_COOKIE = "aduan_console_pre"
SESSION_LIFETIME = timedelta(hours=12)
TOUCH_EVERY = timedelta(minutes=5)
FAIL_WINDOW = timedelta(minutes=15)
MAX_FAILS_PER_USER = 5
MAX_FAILS_PER_ADDRESS = 20
PUBLIC_ENDPOINTS = frozenset({"console.signin", "console.static", "console.language"})


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _address() -> str:
    return (request.remote_addr or "-")[:64]


def csrf_token() -> str:
    """The token every console form carries, bound to this session (or pre-session cookie)."""
    seed = g.get("csrf_seed")
    if seed is None:
        seed = request.cookies.get(PRE_COOKIE) or g.get("new_pre_seed")
        if not seed:
            seed = g.new_pre_seed = secrets.token_urlsafe(24)
    key = str(current_app.config["SECRET_KEY"]).encode()
    return hmac.new(key, f"csrf:{seed}".encode(), hashlib.sha256).hexdigest()


def _csrf_ok() -> bool:
    sent = request.form.get("csrf_token", "")
    has_seed = g.get("csrf_seed") is not None or bool(request.cookies.get(PRE_COOKIE))
    return has_seed and hmac.compare_digest(sent.encode(), csrf_token().encode())


@bp.before_request
def guard() -> BaseResponse | tuple[str, int] | None:
    """Loads the signed-in staff member; sends others to sign-in; refuses posts without a CSRF token."""
    g.staff = None
    token = request.cookies.get(COOKIE)
    if token and len(token) < 200:
        session = get_session()
        now = utcnow()
        row = store.live_session(session, _hash(token), now=now)
        if row is not None:
            g.staff, g.staff_session, g.csrf_seed = row.staff, row, row.token_hash
            if now - row.last_seen_at > TOUCH_EVERY:
                row.last_seen_at = now
                row.expires_at = now + SESSION_LIFETIME
                session.commit()
    if g.staff is None and request.endpoint not in PUBLIC_ENDPOINTS:
        target = request.full_path if request.method == "GET" else None
        return redirect(url_for("console.signin", next=target))
    if request.method == "POST" and not _csrf_ok():
        return render_template("console/error.html", message=t("csrf_failed")), 400
    return None


@bp.after_request
def _set_pre_cookie(response: Response) -> Response:
    if g.get("new_pre_seed") and g.get("staff") is None:
        response.set_cookie(
            PRE_COOKIE, g.new_pre_seed, httponly=True, samesite="Lax", secure=behind_https(), path="/console"
        )
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault(
        "Content-Security-Policy",
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "frame-ancestors 'none'",
    )
    if g.get("staff") is not None:
        response.headers.setdefault("Cache-Control", "no-store")
    return response


@bp.context_processor
def _page_globals() -> dict[str, object]:
    return {
        "t": t,
        "lang": language(),
        "languages": LANGUAGES,
        "csrf_token": csrf_token,
        "me": g.get("staff"),
        "can_act": can_act(g.staff) if g.get("staff") is not None else False,
        "unread": store.unread_notifications(get_session(), g.staff.id) if g.get("staff") is not None else 0,
        "category_names": category_names(),
        "agency_names": agency_names(),
        "area_name": area_name,
        "mask": mask,
    }


def _safe_next(target: str | None) -> str:
    if target:
        parts = urlsplit(target)
        if (
            not parts.scheme
            and not parts.netloc
            and parts.path.startswith("/console/")
            and "\\" not in target
        ):
            return target
    return url_for("console.queue")


@bp.route("/signin", methods=["GET", "POST"])
def signin() -> BaseResponse | tuple[str, int] | str:
    """The sign-in form; a right password opens a session, a wrong one counts towards the limits."""
    if request.method == "GET":
        if g.staff is not None:
            return redirect(_safe_next(request.args.get("next")))
        return render_template("console/signin.html", next=request.args.get("next", ""))
    username = request.form.get("username", "").strip()[:80]
    password = request.form.get("password", "")[: passwords.MAX_LENGTH + 1]
    session, now, address = get_session(), utcnow(), _address()
    by_user, by_address = store.failed_signins(
        session, username=username, address=address, since=now - FAIL_WINDOW
    )
    if by_user >= MAX_FAILS_PER_USER or by_address >= MAX_FAILS_PER_ADDRESS:
        passwords.burn_time(password)
        return render_template("console/signin.html", error=t("signin_locked"), next=""), 429
    member = store.staff_by_username(session, username) if username else None
    if member is None:
        passwords.burn_time(password)
    if member is None or not passwords.verify_password(member.password_hash, password):
        store.record_failed_signin(session, username=username, address=address, at=now)
        session.commit()
        return render_template("console/signin.html", error=t("signin_failed"), next=""), 401
    if passwords.needs_rehash(member.password_hash):
        member.password_hash = passwords.hash_password(password)
    store.clear_failed_signins(session, username=username, before=now - FAIL_WINDOW)
    token = secrets.token_urlsafe(32)
    store.open_session(
        session, member, token_hash=_hash(token), address=address, expires_at=now + SESSION_LIFETIME
    )
    session.commit()
    response = redirect(_safe_next(request.form.get("next")))
    response.set_cookie(
        COOKIE,
        token,
        httponly=True,
        samesite="Lax",
        secure=behind_https(),
        path="/console",
        max_age=int(SESSION_LIFETIME.total_seconds()),
    )
    response.delete_cookie(PRE_COOKIE, path="/console")
    return response


@bp.post("/signout")
def signout() -> BaseResponse:
    """Ends this session."""
    session = get_session()
    store.close_session(session, g.staff_session.id)
    session.commit()
    response = redirect(url_for("console.signin"))
    response.delete_cookie(COOKIE, path="/console")
    return response


@bp.route("/password", methods=["GET", "POST"])
def password() -> tuple[str, int] | str:
    """Changes the signed-in staff member's password; their other sessions end."""
    if request.method == "GET":
        return render_template("console/password.html")
    member = staff()
    current = request.form.get("current", "")
    new = request.form.get("new", "")
    if not passwords.verify_password(member.password_hash, current):
        return render_template("console/password.html", error=t("password_wrong")), 400
    problem = passwords.password_problem(new)
    if problem is None and new != request.form.get("confirm", ""):
        problem = "password_mismatch"
    if problem is not None:
        return render_template("console/password.html", error=t(problem)), 400
    session = get_session()
    member.password_hash = passwords.hash_password(new)
    member.password_changed_at = utcnow()
    store.add_staff_event(session, member.id, actor=f"staff:{member.username}", kind="password_changed")
    store.close_sessions(session, staff_id=member.id, except_id=g.staff_session.id)
    session.commit()
    return render_template("console/password.html", done=t("password_changed"))


@bp.get("/lang/<code>", endpoint="language")
def switch_language(code: str) -> BaseResponse:
    """Switches the console language (Indonesian or English) and returns to the page."""
    if code not in LANGUAGES:
        abort(404)
    response = redirect(_safe_next(request.args.get("next")))
    response.set_cookie(
        LANG_COOKIE,
        code,
        httponly=True,
        samesite="Lax",
        secure=behind_https(),
        path="/console",
        max_age=365 * 86400,
    )
    return response


@bp.get("/")
def home() -> BaseResponse:
    """The console opens on the queue."""
    return redirect(url_for("console.queue"))


@bp.errorhandler(404)
def not_found(error: Exception) -> tuple[str, int]:
    """Unknown pages and tickets outside the scope look the same."""
    return render_template("console/error.html", message=t("not_found")), 404
