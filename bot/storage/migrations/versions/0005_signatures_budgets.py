"""Webhook signatures already used (DingTalk signs only the timestamp: one pair, one body, within its window), and
send budgets shared by every replica (the platforms' limits are per bot, not per process).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "webhook_signatures",
        sa.Column("platform", sa.String(16), primary_key=True),
        sa.Column("key", sa.String(160), primary_key=True),
        sa.Column("body_sha256", sa.String(64), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_webhook_signatures_expires_at", "webhook_signatures", ["expires_at"])
    op.create_table(
        "send_budgets",
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("tat", sa.Float(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("send_budgets")
    op.drop_table("webhook_signatures")
