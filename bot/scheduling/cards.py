"""Broadcasts with cards ("带贺卡", `--card`): the card each greeting goes with, and what the owner's report says
when a card stayed home (the recipient then got the text alone, and is never told why)."""

from __future__ import annotations

from datetime import date

from bot.cards.sending import MISSED
from bot.domain import CardSpec, text_language
from bot.storage.tables import OutboxRow, ScheduleRow
from bot.writing import holidays


def card_for(schedule: ScheduleRow | None, row: OutboxRow, text: str) -> CardSpec | None:
    """The card a broadcast row goes with: a group gets the square card, a person the portrait one; a greeting
    forwarded through the owner gets its card too (the greeting only, without the note to the owner)."""
    if schedule is None or not schedule.card or row.kind not in ("greeting", "forward"):
        return None
    greeting = text.split("\n\n", 1)[1] if row.kind == "forward" and "\n\n" in text else text
    day = date.fromisoformat(row.occurrence)
    if schedule.holiday:
        holiday = schedule.holiday
    else:
        same_day = [h for h in holidays.holidays_in_year(day.year) if h.date == day]
        holiday = (same_day[0] if same_day else holidays.next_holiday(day)).name
    group = row.recipient == "大家"
    return CardSpec(greeting, None if group or row.recipient == "你" else row.recipient, holiday, row.occurrence,
                    schedule.style or "传统喜庆", "square" if group else "portrait", tell_owner=False,
                    english=text_language(greeting) == "en")


def cards_report(schedule: ScheduleRow, rows: list[OutboxRow]) -> list[str]:
    """The report's lines about cards: who got the text alone, and why."""
    if not schedule.card:
        return []
    missed = [r for r in rows if r.status == "sent" and r.card_missed]
    if not missed:
        return []
    reasons = "；".join(dict.fromkeys(MISSED.get(r.card_missed or "", MISSED["render"])[0] for r in missed))
    return [f"贺卡没发成、只发了文字：{'、'.join(r.recipient for r in missed)}（{reasons}）"]
