"""What became of a broadcast's occurrence: the owner's report in a chat (`report_text`), and the same facts as a
typed summary for the web console (`BroadcastReport`), both read from the outbox rows and nothing else."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.domain import Button, OutgoingMessage
from bot.scheduling.cards import cards_report
from bot.storage.broadcasts import OUTBOX_OPEN
from bot.storage.tables import OutboxRow, ScheduleRow

PREVIEW_SHOWN = 5


@dataclass(frozen=True)
class Outcome:
    """One recipient's greeting: its state, and for a failure the platform's reason and what it means."""

    row_id: int
    recipient: str
    status: str  # held | ready | pending … | sent | forwarded | failed | uncertain | rejected | skipped
    text: str | None
    backend: str | None
    error: str | None = None
    meaning: str | None = None


@dataclass(frozen=True)
class BroadcastReport:
    """One occurrence of a broadcast, recipient by recipient; `finished` once nothing is waiting to be sent."""

    occurrence: str | None
    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, *statuses: str) -> int:
        return sum(o.status in statuses for o in self.outcomes)

    @property
    def sent(self) -> int:
        return self.count("sent")

    @property
    def forwarded(self) -> int:
        return self.count("forwarded")

    @property
    def failed(self) -> int:
        return self.count("failed", "uncertain")

    @property
    def not_sent(self) -> int:
        return self.count("rejected", "skipped")

    @property
    def pending(self) -> int:
        """Approved or on their way, not yet sent (a preview's undecided greetings are not counted)."""
        return self.count(*(s for s in OUTBOX_OPEN if s != "held"))

    @property
    def fired(self) -> bool:
        """Whether the occurrence was sent out (anything beyond a preview's held, approved or rejected ones)."""
        return any(o.status not in ("held", "ready", "rejected") for o in self.outcomes)

    @property
    def finished(self) -> bool:
        return self.fired and self.count(*OUTBOX_OPEN) == 0


def broadcast_report(occurrence: str | None, rows: list[OutboxRow]) -> BroadcastReport:
    """The greetings (not the notices) of one occurrence as outcomes; a sent forward counts as forwarded."""
    outcomes = [Outcome(r.id, r.recipient, "forwarded" if r.kind == "forward" and r.status == "sent" else r.status,
                        r.text, r.backend, r.error, why(r.error) if r.status in ("failed", "uncertain") else None)
                for r in rows if r.kind in ("greeting", "forward")]
    return BroadcastReport(occurrence, outcomes)


def report_text(schedule: ScheduleRow, occurrence: str, rows: list[OutboxRow]) -> str:
    sent = [r for r in rows if r.status == "sent" and r.kind == "greeting"]
    forwarded = [r for r in rows if r.status == "sent" and r.kind == "forward"]
    failed = [r for r in rows if r.status == "failed"]
    uncertain = [r for r in rows if r.status == "uncertain"]
    rejected = [r for r in rows if r.status == "rejected"]
    title = f"{schedule.holiday or occurrence} {schedule.at} 的定时祝福"
    lines = [f"{title}：已发送 {len(sent)}/{len(rows)}。"]
    if forwarded:
        lines.append("已发给你转发（我没有对方的账号）：" + "、".join(r.recipient for r in forwarded))
    for r in failed:
        lines.append(f"未送达：{r.recipient}（{why(r.error)}）")
    if rejected:
        lines.append("预览时没有通过，未发送：" + "、".join(r.recipient for r in rejected))
    if uncertain:
        lines.append("发送时机器人重启，可能已送达、为免重复没有重发：" + "、".join(r.recipient for r in uncertain))
    offline = sum(r.backend == "composer" for r in rows if r.status == "sent")
    if offline:
        lines.append(f"其中 {offline} 条是离线草稿（当时模型不可用）。")
    return "\n".join(lines + cards_report(schedule, rows))


def report_buttons(schedule: ScheduleRow, rows: list[OutboxRow]) -> tuple[Button, ...]:
    if any(r.status == "uncertain" for r in rows):
        return (Button("重发这几条", f"/schedule resend {schedule.id}"),)
    return ()


def why(error: str | None) -> str:
    text = (error or "").lower()
    if "forbidden" in text or "blocked" in text or "initiate" in text or "403" in text:
        return "对方没有和机器人开始过对话，或屏蔽了机器人"
    if "not found" in text or "invalid" in text or "chat-migrated" in text:
        return "平台找不到这个会话"
    return (error or "平台拒绝")[:80]



def preview_message(row: ScheduleRow, title: str, outbox: list[OutboxRow]) -> OutgoingMessage:
    """The owner's preview in a chat: the held greetings (the first few), with approve and cancel buttons."""
    rows = [r for r in outbox if r.status == "held"]
    shown = "\n\n".join(f"→ {r.recipient}：{r.text}" for r in rows[:PREVIEW_SHOWN])
    more = f"\n\n……还有 {len(rows) - PREVIEW_SHOWN} 条" if len(rows) > PREVIEW_SHOWN else ""
    offline = sum(r.backend == "composer" for r in rows)
    note = f"\n（其中 {offline} 条是离线草稿：模型当时不可用）" if offline else ""
    return OutgoingMessage(
        row.owner_chat, f"预览 {title}，共 {len(rows)} 条：\n\n{shown}{more}{note}\n\n确认后到点发送。",
        (Button("确认发送", f"/schedule approve {row.id}"), Button("取消", f"/unschedule {row.id}")))
