"""public page tokens on tickets; Open311 API keys

Revision ID: 0004_open311
Revises: 0003
Create Date: 2026-12-06 22:00:00.000000
"""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from alembic import op

revision = "0004_open311"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "api_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("key_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key_hash"),
    )
    with op.batch_alter_table("api_keys", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_api_keys_name"), ["name"], unique=False)
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.add_column(sa.Column("public_token", sa.String(length=64), nullable=True))
    # Every existing ticket gets its own link, as new ones do.
    tickets = sa.table("tickets", sa.column("id", sa.Integer), sa.column("public_token", sa.String))
    bind = op.get_bind()
    for (ticket_id,) in bind.execute(sa.select(tickets.c.id)).all():
        bind.execute(
            tickets.update().where(tickets.c.id == ticket_id).values(public_token=secrets.token_urlsafe(24))
        )
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.create_unique_constraint("uq_tickets_public_token", ["public_token"])


def downgrade() -> None:
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_constraint("uq_tickets_public_token", type_="unique")
        batch_op.drop_column("public_token")
    with op.batch_alter_table("api_keys", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_api_keys_name"))
    op.drop_table("api_keys")
