"""ticket followers and staff notifications; longer platform message ids

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 00:14:36.703597
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "staff_notifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("read_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff.id"],
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["tickets.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("staff_notifications", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_staff_notifications_staff_id"), ["staff_id"], unique=False)

    op.create_table(
        "ticket_followers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("identity_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["identity_id"],
            ["identities.id"],
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["tickets.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("ticket_id", "identity_id"),
    )
    with op.batch_alter_table("ticket_followers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ticket_followers_identity_id"), ["identity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_ticket_followers_ticket_id"), ["ticket_id"], unique=False)

    # Instagram message ids run past 100 characters.
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.alter_column(
            "platform_message_id",
            existing_type=sa.String(length=100),
            type_=sa.String(length=255),
            existing_nullable=True,
        )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.alter_column(
            "platform_message_id",
            existing_type=sa.String(length=100),
            type_=sa.String(length=255),
            existing_nullable=True,
        )


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.alter_column(
            "platform_message_id",
            existing_type=sa.String(length=255),
            type_=sa.String(length=100),
            existing_nullable=True,
        )
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.alter_column(
            "platform_message_id",
            existing_type=sa.String(length=255),
            type_=sa.String(length=100),
            existing_nullable=True,
        )
    with op.batch_alter_table("ticket_followers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ticket_followers_ticket_id"))
        batch_op.drop_index(batch_op.f("ix_ticket_followers_identity_id"))

    op.drop_table("ticket_followers")
    with op.batch_alter_table("staff_notifications", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_staff_notifications_staff_id"))

    op.drop_table("staff_notifications")
