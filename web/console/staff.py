"""Staff accounts in the console, for admins: list, create, change role or scope, reset a password,
deactivate, and the history of those changes (who, when). Everyone else gets 404 here, as for a ticket
outside their scope.
"""

from __future__ import annotations

from flask import abort, g, redirect, render_template, request, url_for
from sqlalchemy import select
from werkzeug.wrappers import Response as BaseResponse

from router.tickets import STAFF_ROLES
from store import console as store
from store.models import Staff, utcnow
from web.console import passwords
from web.console.common import agency_names, areas, bp, staff, t
from web.db import get_session


def _admin_only() -> None:
    if staff().role != "admin":
        abort(404)


def _page(*, error: str | None = None, done: str | None = None, status: int = 200) -> tuple[str, int]:
    session = get_session()
    members = session.scalars(select(Staff).order_by(Staff.username)).all()
    units = [a for a in areas().values() if a.level in ("kota_kab", "kecamatan", "kelurahan")]
    return render_template(
        "console/staff.html", members=members, roles=STAFF_ROLES, units=units, error=error, done=done,
        history=store.staff_events(session),
    ), status  # fmt: skip


@bp.get("/staff")
def staff_list() -> tuple[str, int]:
    """Every staff account."""
    _admin_only()
    return _page(done=t("staff_saved") if request.args.get("done") else None)


@bp.post("/staff")
def staff_save() -> BaseResponse | tuple[str, int]:
    """Creates or updates one account; a new one needs a password, an existing one keeps its own if blank."""
    _admin_only()
    form = request.form
    username = form.get("username", "").strip()[:80]
    role, agency, area = form.get("role", ""), form.get("agency", "") or None, form.get("area", "") or None
    password = form.get("password", "")
    if not username or role not in STAFF_ROLES:
        return _page(error=t("staff_invalid"), status=400)
    if (agency and agency not in agency_names()) or (area and area not in areas()):
        return _page(error=t("staff_invalid"), status=400)
    session = get_session()
    member = store.staff_by_username(session, username, active_only=False)
    before = None if member is None else store.staff_fields(member)
    if member is None:
        if not password:
            return _page(error=t("password_too_short"), status=400)
        member = Staff(username=username, role=role)
        session.add(member)
    if password:
        problem = passwords.password_problem(password)
        if problem:
            return _page(error=t(problem), status=400)
        member.password_hash = passwords.hash_password(password)
        member.password_changed_at = utcnow()
    member.role, member.agency_code, member.area_kode = role, agency, area
    member.labeller = form.get("labeller") == "1"  # may label for the NLU whatever the role
    member.active = form.get("active") == "1" or member.id == staff().id  # nobody locks themselves out
    session.flush()
    actor = f"staff:{staff().username}"
    for kind, note in store.staff_changes(before, store.staff_fields(member), password_set=bool(password)):
        store.add_staff_event(session, member.id, actor=actor, kind=kind, note=note)
    if not member.active or password:
        own = g.staff_session.id if member.id == staff().id else None
        store.close_sessions(session, staff_id=member.id, except_id=own)
    session.commit()
    return redirect(url_for("console.staff_list", done=1))
