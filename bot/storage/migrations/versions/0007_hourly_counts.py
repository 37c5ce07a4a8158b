"""Hourly counts of turns answered and failed, per platform: the console's message charts outlive the inbox's day.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hourly_counts",
        sa.Column("hour", sa.String(13), primary_key=True),
        sa.Column("platform", sa.String(32), primary_key=True),
        sa.Column("metric", sa.String(32), primary_key=True),
        sa.Column("n", sa.Integer(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("hourly_counts")
