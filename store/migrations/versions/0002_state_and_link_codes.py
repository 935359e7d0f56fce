"""state and link codes

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 23:54:08.916704
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "state",
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    op.create_table(
        "link_codes",
        sa.Column("code", sa.String(length=12), nullable=False),
        sa.Column("citizen_id", sa.Integer(), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["citizen_id"],
            ["citizens.id"],
        ),
        sa.PrimaryKeyConstraint("code"),
    )


def downgrade() -> None:

    op.drop_table("link_codes")
    op.drop_table("state")
