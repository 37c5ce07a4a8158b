"""The inbox knows each message's conversation, so replicas take a person's messages one at a time, in order.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("inbox") as batch:
        batch.add_column(sa.Column("conversation", sa.String(300), nullable=True))
        batch.create_index("ix_inbox_conversation", ["conversation"])


def downgrade() -> None:
    with op.batch_alter_table("inbox") as batch:
        batch.drop_index("ix_inbox_conversation")
        batch.drop_column("conversation")
