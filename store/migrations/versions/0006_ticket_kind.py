"""tickets.kind: a report, or a question (an information request answered by staff)

Revision ID: 0006_ticket_kind
Revises: c0501e0004a1
Create Date: 2026-12-06 22:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_ticket_kind"
down_revision = "c0501e0004a1"  # after the console's staff-auth migration
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("tickets") as batch:
        batch.add_column(sa.Column("kind", sa.String(length=20), nullable=False, server_default="report"))


def downgrade() -> None:
    with op.batch_alter_table("tickets") as batch:
        batch.drop_column("kind")
