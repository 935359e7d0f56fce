"""The per-request database session, kept in ``g`` and closed at teardown (as flaskr's get_db)."""

from __future__ import annotations

from flask import Flask, current_app, g
from sqlalchemy.orm import Session

from jobs.runtime import Runtime


def runtime() -> Runtime:
    rt: Runtime = current_app.extensions["aduan"]
    return rt


def get_session() -> Session:
    if "db" not in g:
        g.db = runtime().Session()
    session: Session = g.db
    return session


def close_session(exc: BaseException | None = None) -> None:
    session: Session | None = g.pop("db", None)
    if session is not None:
        session.close()


def init_app(app: Flask) -> None:
    app.teardown_appcontext(close_session)
