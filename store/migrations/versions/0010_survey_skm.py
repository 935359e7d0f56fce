"""The SKM survey: survey_responses and survey_answers, citizens' opt-out, and the agency on each event

Revision ID: 0010_survey_skm
Revises: 0009_retrain_labels
Create Date: 2026-12-07 00:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_survey_skm"
down_revision = "0009_retrain_labels"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("ticket_events") as batch:
        batch.add_column(sa.Column("agency_code", sa.String(length=30), nullable=True))
    with op.batch_alter_table("citizens") as batch:
        batch.add_column(sa.Column("surveys_stopped_at", sa.DateTime(timezone=True), nullable=True))
    op.create_table(
        "survey_responses",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(length=100), nullable=False, unique=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("ticket_id", sa.Integer(), sa.ForeignKey("tickets.id"), nullable=False),
        sa.Column("identity_id", sa.Integer(), sa.ForeignKey("identities.id"), nullable=False),
        sa.Column("citizen_id", sa.Integer(), sa.ForeignKey("citizens.id"), nullable=False),
        sa.Column("agency_code", sa.String(length=30), nullable=True),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=True),
        sa.Column("counted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("step", sa.String(length=40), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_survey_responses_ticket_id", "survey_responses", ["ticket_id"])
    op.create_index("ix_survey_responses_citizen_id", "survey_responses", ["citizen_id"])
    op.create_index("ix_survey_responses_agency_code", "survey_responses", ["agency_code"])
    op.create_index("ix_survey_responses_counted_at", "survey_responses", ["counted_at"])
    op.create_index("ix_survey_responses_open", "survey_responses", ["identity_id", "status"])
    op.create_table(
        "survey_answers",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("response_id", sa.Integer(), sa.ForeignKey("survey_responses.id"), nullable=False),
        sa.Column("element", sa.String(length=40), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("response_id", "element"),
    )
    op.create_index("ix_survey_answers_response_id", "survey_answers", ["response_id"])


def downgrade() -> None:
    op.drop_table("survey_answers")
    op.drop_table("survey_responses")
    with op.batch_alter_table("citizens") as batch:
        batch.drop_column("surveys_stopped_at")
    with op.batch_alter_table("ticket_events") as batch:
        batch.drop_column("agency_code")
