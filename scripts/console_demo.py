"""Demo data for the console's screenshots: 30 days of turns, drafts and feedback, an adapter registry with eval
figures, a finished broadcast with its report, one waiting for its preview to be decided, one scheduled. Written
straight into a fresh database through the same tables and the same `Schedules` service the bot uses, so every page
shows what it would show in service. Random but seeded: the same pictures each time."""

from __future__ import annotations

import random
from datetime import UTC, datetime, time, timedelta

from bot.scheduling.decisions import parse_recipients
from bot.scheduling.schedules import Owner, Schedules
from bot.scheduling.text import ScheduleSpec
from bot.storage.stats import hour_key
from bot.storage.store import Store
from bot.storage.tables import AdapterRow, ConversationRow, FeedbackRow, GreetingRow, HourlyCountRow
from bot.writing.compose import GreetingWriter

STYLES = ("传统喜庆", "轻松自然", "商务得体", "LLM科技风")


def _eval(name_use: float, guard: float, recall: float, length: float, distinct: float) -> dict[str, float]:
    return {"guard_pass_rate": guard, "name_use": name_use, "length_compliance": 0.94, "detail_recall": recall,
            "stock_phrase_rate": 0.3, "mean_length": length, "distinct_2": distinct, "wrong_zodiac": 0,
            "think_leaks": 0}


async def seed(store: Store, *, now: datetime | None = None) -> None:
    now = now or datetime.now(UTC)
    rng = random.Random(19)
    async with store._session.begin() as s:
        conv = ConversationRow(platform="telegram", chat_id="demo", user_id="demo", state={})
        s.add(conv)
        await s.flush()
        for day in range(30):
            busy = 1.0 + 0.6 * (day < 6)  # the week before the holiday is busier
            for hour in (1, 4, 9, 12):
                at = now - timedelta(days=day, hours=hour)
                for platform, base in (("telegram", 14), ("feishu", 7), ("dingtalk", 4)):
                    s.add(HourlyCountRow(hour=hour_key(at), platform=platform, metric="answered",
                                         n=int(base * busy * rng.uniform(0.6, 1.3))))
                s.add(HourlyCountRow(hour=hour_key(at), platform="telegram", metric="failed", n=rng.randint(0, 1)))
            at = now - timedelta(days=day, hours=3)
            offline = 0.35 if day in (8, 9) else 0.05  # two days the model server was down
            for _ in range(int(40 * busy)):
                s.add(GreetingRow(conversation_id=conv.id, recipient="demo", slots={}, holiday={}, text="…",
                                  backend="composer" if rng.random() < offline else "vllm", created_at=at))
            for kind, n in (("up", 9), ("down", 2), ("used", 6), ("edited", 2)):
                for _ in range(int(n * busy * rng.uniform(0.5, 1.4))):
                    s.add(FeedbackRow(platform="telegram", user_id=f"u{rng.randint(1, 60)}", kind=kind, greeting_id=1,
                                      event={"kind": kind, "slots": {"style": rng.choice(STYLES)}}, created_at=at))
    for row in (
        AdapterRow(name="greet", parent=None, path="/models/greet-sft", method="sft", status="retired",
                   served_at=now - timedelta(days=40)),
        AdapterRow(name="greet-v2", parent="greet", path="/models/greet-v2", method="kto", data_rows=64,
                   data_sha256="5f2c9e01aa", feedback_upto=120, status="retired", served_at=now - timedelta(days=21),
                   metrics={"eval": {"candidate": _eval(0.91, 0.95, 0.62, 71, 0.58),
                                     "serving": _eval(0.88, 0.93, 0.55, 68, 0.57)},
                            "gates": [{"name": "name_use", "ok": True}]}),
        AdapterRow(name="greet-v3", parent="greet-v2", path="/models/greet-v3", method="dpo", data_rows=212,
                   data_sha256="c81d4b7730", feedback_upto=410, status="serving", served_at=now - timedelta(days=6),
                   metrics={"eval": {"candidate": _eval(0.95, 0.97, 0.71, 74, 0.6),
                                     "serving": _eval(0.91, 0.95, 0.62, 71, 0.58)},
                            "gates": [{"name": "name_use", "ok": True}]}),
        AdapterRow(name="greet-v4", parent="greet-v3", path="/models/greet-v4", method="dpo", data_rows=98,
                   data_sha256="0be7f3d214", feedback_upto=520, status="rejected",
                   metrics={"eval": {"candidate": _eval(0.96, 0.9, 0.7, 93, 0.49),
                                     "serving": _eval(0.95, 0.97, 0.71, 74, 0.6)},
                            "gates": [{"name": "mean_length", "ok": False}]}),
    ):
        await store.add_adapter(row)


async def broadcasts(store: Store, *, timezone: str) -> None:
    """A finished broadcast with one failure and one forward, a preview to decide, and one still to come."""
    schedules = Schedules(store, GreetingWriter(None), backend="composer", timezone=timezone)
    owner = Owner("telegram", "console", "", False)

    def spec(holiday: str, at: time, preview: bool) -> ScheduleSpec:
        return ScheduleSpec(holiday=holiday, on_date=None, at=at, to_this_chat=False, recipients=(),
                            recurring=False, preview=preview, style=None, time_given=True)

    done = await schedules.create(owner, spec("元旦", time(9, 0), False),
                                  recipients=parse_recipients(["张总=2001", "老王=2002", "小林=2003", "陈姐=2004"]))
    await schedules.fire(done.id, done.next_occurrence or "")
    for i, r in enumerate(await store.outbox_of(done.id)):
        text, backend = await schedules.write(r)
        await store.outbox_text(r.id, text, backend)
        error = "Forbidden: bot was blocked by the user" if i == 2 else None
        await store.outbox_done(r.id, error=error, failed=error is not None)
    await schedules.create(owner, spec("春节", time(8, 30), True),
                           recipients=parse_recipients(["张总=2001", "李老师=2005"], ["-1002003004005"]))
    await schedules.create(owner, spec("中秋", time(20, 0), False), recipients=parse_recipients(["妈=2010"]))
