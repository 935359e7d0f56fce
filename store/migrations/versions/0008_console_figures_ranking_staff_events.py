"""console: the NLU's ranking on messages, coordination parts done, staff account events, dashboard indexes

Revision ID: 0008_console_figures
Revises: 0007_outbox_interrupted
Create Date: 2026-12-07 00:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_console_figures"
down_revision = "0007_outbox_interrupted"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ranking", sa.JSON(none_as_null=True), nullable=True))
    with op.batch_alter_table("ticket_agencies", schema=None) as batch_op:
        batch_op.add_column(sa.Column("done_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("done_by", sa.String(length=100), nullable=True))
    op.create_table(
        "staff_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_staff_events_staff_id", "staff_events", ["staff_id"])
    # An agency's newest tickets (the officer's queue) and its tickets of a period (the dashboard).
    op.create_index("ix_tickets_agency_created", "tickets", ["agency_code", "created_at"])


def downgrade() -> None:
    op.drop_index("ix_tickets_agency_created", table_name="tickets")
    op.drop_index("ix_staff_events_staff_id", table_name="staff_events")
    op.drop_table("staff_events")
    with op.batch_alter_table("ticket_agencies", schema=None) as batch_op:
        batch_op.drop_column("done_by")
        batch_op.drop_column("done_at")
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_column("ranking")
