"""staff console: sign-in sessions, sign-in attempts, coordinating agencies, ticket version

Revision ID: c0501e0004a1
Revises: 0004_open311
Create Date: 2026-12-06 21:40:00
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op

log = logging.getLogger("alembic.runtime.migration")

revision = "c0501e0004a1"
down_revision = "0004_open311"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "staff_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("address", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("token_hash"),
    )
    op.create_index("ix_staff_sessions_staff_id", "staff_sessions", ["staff_id"])
    op.create_table(
        "signin_attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("address", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_signin_attempts_username", "signin_attempts", ["username"])
    op.create_index("ix_signin_attempts_address", "signin_attempts", ["address"])
    op.create_index("ix_signin_attempts_at", "signin_attempts", ["at"])
    op.create_table(
        "ticket_agencies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("agency_code", sa.String(length=30), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["ticket_id"], ["tickets.id"]),
        sa.ForeignKeyConstraint(["agency_code"], ["agencies.code"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("ticket_id", "agency_code"),
    )
    op.create_index("ix_ticket_agencies_ticket_id", "ticket_agencies", ["ticket_id"])
    op.create_index("ix_ticket_agencies_agency_code", "ticket_agencies", ["agency_code"])
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="0", nullable=False))
        batch_op.create_index("ix_tickets_created_at", ["created_at"])
        batch_op.create_index("ix_tickets_due_at", ["due_at"])
    op.create_index("ix_ticket_events_kind", "ticket_events", ["kind"])
    if op.get_bind().dialect.name == "postgresql":
        _trigram_index()
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.add_column(sa.Column("password_changed_at", sa.DateTime(timezone=True), nullable=True))


def _trigram_index() -> None:
    """The queue's word search is ILIKE '%word%': a trigram index answers it without reading every ticket.

    pg_trgm is a trusted extension (PostgreSQL 13+); where the role may not create it, the search
    still works, only slower, and the migration says so instead of failing.
    """
    bind = op.get_bind()
    try:
        with bind.begin_nested():
            bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    except sa.exc.DBAPIError as exc:
        log.warning("migration: no pg_trgm (%s); the console's word search will scan tickets", exc.orig)
        return
    schema = bind.execute(
        sa.text(
            "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace"
            " WHERE e.extname = 'pg_trgm'"
        )
    ).scalar_one()
    # The operator class is named with its schema: the extension may live outside the search path.
    op.execute(
        f'CREATE INDEX ix_tickets_description_trgm ON tickets USING gin (description "{schema}".gin_trgm_ops)'
    )


def downgrade() -> None:
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_column("password_changed_at")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_tickets_description_trgm")
    op.drop_index("ix_ticket_events_kind", table_name="ticket_events")
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_index("ix_tickets_due_at")
        batch_op.drop_index("ix_tickets_created_at")
        batch_op.drop_column("version")
    op.drop_table("ticket_agencies")
    op.drop_table("signin_attempts")
    op.drop_table("staff_sessions")
