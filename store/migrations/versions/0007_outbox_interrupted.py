"""outbox.interrupted: sends whose outcome a crash hid (possible duplicates)

Revision ID: 0007_outbox_interrupted
Revises: 0006_ticket_kind
Create Date: 2026-12-06 21:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_outbox_interrupted"
down_revision = "0006_ticket_kind"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("interrupted", sa.Integer(), server_default="0", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_column("interrupted")
