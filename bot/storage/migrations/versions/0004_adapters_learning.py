"""The adapter registry (which LoRA adapter serves, what it came from, how it measured) and the learning lock.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "adapters",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(64), nullable=False, unique=True),
        sa.Column("parent", sa.String(64), nullable=True),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("method", sa.String(8), nullable=False),
        sa.Column("data_sha256", sa.String(64), nullable=True),
        sa.Column("data_rows", sa.Integer(), nullable=False),
        sa.Column("feedback_upto", sa.Integer(), nullable=False),
        sa.Column("metrics", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("served_at", TZ, nullable=True),
    )
    op.create_index("ix_adapters_status", "adapters", ["status"])
    op.create_table(
        "locks",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("holder", sa.String(64), nullable=True),
        sa.Column("until", TZ, nullable=True),
    )


def downgrade() -> None:
    op.drop_table("locks")
    op.drop_table("adapters")
