"""Teaching the NLU: the labelling queue, labels and their undo, the "retrain" button and the model registry.

Labellers (the roles in ``retrain.labeller_roles``, or an account with the labeller flag) label; admins also
promote and roll back. Everyone else gets 404 here, as for a ticket outside their scope.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from flask import abort, current_app, g, redirect, render_template, request, url_for
from werkzeug.wrappers import Response as BaseResponse

from aduan.errors import NluUnavailable, RetrainError
from jobs import retrain
from nlu.server import SupervisedClient
from store import labels as store
from store.models import Label, Message, Staff
from web.console.common import CHANNELS, bp, category_names, cfg, staff, t
from web.db import get_session, runtime


def can_label(member: Staff) -> bool:
    """Labellers: a role ``retrain.labeller_roles`` lists, or an account with the labeller flag."""
    return member.role in cfg().retrain.labeller_roles or bool(member.labeller)


@bp.context_processor
def _labelling_globals() -> dict[str, object]:
    member = g.get("staff")
    return {"can_label": can_label(member) if member is not None else False}


def _labeller_only() -> None:
    if not can_label(staff()):
        abort(404)


def _admin_only() -> None:
    if staff().role != "admin":
        abort(404)


def _date(value: str | None, *, end: bool = False) -> datetime | None:
    try:
        day = datetime.strptime(value or "", "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError:
        return None
    return day + timedelta(days=1) if end else day


def _filters() -> dict[str, str]:
    args = request.args
    return {
        "channel": args.get("channel", "") if args.get("channel") in CHANNELS else "",
        "category": args.get("category", "") if args.get("category") in category_names() else "",
        "from": args.get("from", "") if _date(args.get("from")) else "",
        "to": args.get("to", "") if _date(args.get("to")) else "",
    }


def _page(*, error: str | None = None, done: str | None = None, status: int = 200) -> tuple[str, int]:
    f = _filters()
    session = get_session()
    items = store.labelling_queue(
        session, low_confidence=cfg().retrain.low_confidence, channel=f["channel"] or None,
        category=f["category"] or None, since=_date(f["from"]), until=_date(f["to"], end=True),
    )  # fmt: skip
    intents = sorted(i for i in retrain.known_intents(cfg()) if not i.startswith(retrain.CATEGORY_PREFIX))
    return render_template(
        "console/labelling.html", items=items, filters=f, channels=CHANNELS, intents=intents,
        recent=store.recent_labels(session, 30), error=error, done=done,
    ), status  # fmt: skip


@bp.get("/labels")
def labelling() -> tuple[str, int]:
    """The labelling queue: what a label teaches most first."""
    _labeller_only()
    return _page(done=t("label_saved") if request.args.get("done") else None)


def _place(form: Any, text: str) -> tuple[int, int] | None:
    """The place as offsets (the browser's selection), else as words typed in the form (no JavaScript)."""
    start, end = form.get("place_start", "").strip(), form.get("place_end", "").strip()
    if start or end:
        if not (start.lstrip("-").isdigit() and end.lstrip("-").isdigit()):
            raise RetrainError("retrain: the place selection is not a pair of offsets")
        return int(start), int(end)
    words = form.get("place", "").strip()
    if not words:
        return None
    span = retrain.span_of(text, words)
    if span is None:
        raise RetrainError(f"retrain: the place {words!r} is not in the text")
    return span


@bp.post("/labels/<int:message_id>")
def label_save(message_id: int) -> BaseResponse | tuple[str, int]:
    """Confirms or corrects the NLU's reading of one message, with the place's words as a span."""
    _labeller_only()
    session = get_session()
    message = session.get(Message, message_id)
    if message is None:
        abort(404)
    value = request.form.get("intent", "").strip() or request.form.get("category", "").strip()
    try:
        place = _place(request.form, message.text)
        retrain.label_message(
            session, cfg(), message_id=message_id, intent=value, by=f"staff:{staff().username}", place=place
        )
    except RetrainError as exc:
        session.rollback()
        return _page(error=str(exc).removeprefix("retrain: "), status=400)
    session.commit()
    kept: dict[str, Any] = {k: v for k, v in _filters().items() if v}
    return redirect(url_for("console.labelling", done=1, **kept))


@bp.post("/labels/undo/<int:label_id>")
def label_undo(label_id: int) -> BaseResponse | tuple[str, int]:
    """Undoes a label (it stays recorded, marked undone)."""
    _labeller_only()
    session = get_session()
    if session.get(Label, label_id) is None:
        abort(404)
    if store.undo_label(session, label_id, by=f"staff:{staff().username}") is None:
        return _page(error=t("label_already_undone"), status=400)
    session.commit()
    return redirect(url_for("console.labelling", done=1))


# --- the registry and the retrain button -------------------------------------------------------------


def job() -> retrain.RetrainJob:
    """The app's one background training (one at a time; the lock also excludes the command line)."""
    found: retrain.RetrainJob | None = current_app.extensions.get("retrain_job")
    if found is None:
        found = current_app.extensions["retrain_job"] = retrain.RetrainJob()
    return found


def apply_model() -> Any:
    """How a promotion reaches the NLU this process talks to: a swap of the supervised local Rasa, or
    ``PUT /model`` on a Rasa run apart (``nlu.url``)."""
    nlu = runtime().nlu
    if isinstance(nlu, SupervisedClient):
        return lambda path: nlu.server.swap(Path(path))
    if nlu is not None:
        return lambda path: nlu.load_model(str(path))
    return None


@bp.get("/models")
def models() -> tuple[str, int]:
    """The model registry, the retrain button and its progress."""
    _labeller_only()
    return _models_page()


def _models_page(*, error: str | None = None, status: int = 200) -> tuple[str, int]:
    rows = store.models(get_session())
    return render_template("console/models.html", rows=rows, job=job(), error=error), status


@bp.post("/models/retrain")
def models_retrain() -> BaseResponse | tuple[str, int]:
    """Starts a training in the background (refused while one runs)."""
    _labeller_only()
    rt, by, apply = runtime(), f"staff:{staff().username}", apply_model()
    get_session().close()  # the training writes in its own transactions

    def work(progress: retrain.Progress) -> retrain.TrainOutcome:
        return retrain.train_candidate(rt.Session, rt.cfg, by=by, progress=progress, apply=apply)

    if not job().start(work):
        return _models_page(error=t("retrain_running"), status=409)
    return redirect(url_for("console.models"))


@bp.post("/models/<version>/promote")
def models_promote(version: str) -> BaseResponse | tuple[str, int]:
    """Serves a version; a refused one only when forced (recorded)."""
    _admin_only()
    force = request.form.get("force") == "1"
    get_session().close()  # the registry is changed in its own transactions (SQLite: one writer at a time)
    try:
        retrain.promote(
            runtime().Session,
            cfg(),
            version,
            by=f"staff:{staff().username}",
            force=force,
            apply=apply_model(),
        )
    except (RetrainError, NluUnavailable) as exc:
        return _models_page(error=str(exc).removeprefix("retrain: "), status=400)
    return redirect(url_for("console.models"))


@bp.post("/models/rollback")
def models_rollback() -> BaseResponse | tuple[str, int]:
    """Serves again the model that served before."""
    _admin_only()
    get_session().close()
    try:
        retrain.rollback(runtime().Session, cfg(), by=f"staff:{staff().username}", apply=apply_model())
    except (RetrainError, NluUnavailable) as exc:
        return _models_page(error=str(exc).removeprefix("retrain: "), status=400)
    return redirect(url_for("console.models"))
