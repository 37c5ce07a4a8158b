"""One sender's recipients do not get the same sentences (issue 17): a broadcast written by the offline composer
gives each recipient words no other recipient of it has, judged by the blind helper's `shared_run` (a run of 12
characters in common, whitespace aside), while the bank allows; past that, every recipient still gets a greeting."""

from __future__ import annotations

import itertools
from datetime import date

from bot.domain import GreetingRequest, Slots
from bot.reading.dialogue import with_defaults
from bot.scheduling.outbox import OutboxSender
from bot.scheduling.schedules import Schedules
from bot.storage.store import Store
from bot.writing import holidays
from bot.writing.compose import GreetingWriter
from bot.writing.composer.draft import compose_offline
from tests.greeting_judge import shared_run
from tests.test_schedules import GROUP, NOW, FakePlatform, spec

FRIENDS = ("张总", "老王", "李姐", "小刘", "陈老师", "阿杰", "王阿姨", "周总监")


def _pairs_sharing(texts: dict[str, str]) -> list[tuple[str, str]]:
    return [(a, b) for a, b in itertools.combinations(texts, 2) if shared_run(texts[a], texts[b])]


async def test_a_broadcast_to_eight_people_known_only_by_name_gives_each_their_own_sentences(store: Store) -> None:
    schedules = Schedules(store, GreetingWriter(None), now=lambda: NOW, backend="composer")
    row = await schedules.create(GROUP, spec("春节", recipients=FRIENDS))
    await schedules.fire(row.id, row.next_occurrence)
    platform = FakePlatform()
    await OutboxSender(store, schedules, platform.send).drain()  # eight rows written side by side
    written = {r.recipient: r.text for r in await store.outbox_of(row.id) if r.kind == "greeting"}
    assert set(written) == set(FRIENDS) and all(name in written[name] for name in FRIENDS)
    assert _pairs_sharing(written) == []
    assert set(written.values()) <= set(platform.texts_to("group-1"))


async def test_a_previewed_broadcast_is_kept_apart_the_same_way(store: Store) -> None:
    schedules = Schedules(store, GreetingWriter(None), now=lambda: NOW, backend="composer")
    row = await schedules.create(GROUP, spec("中秋", recipients=FRIENDS, preview=True, style="商务得体"))
    await schedules.preview_message(row)
    held = {r.recipient: r.text for r in await store.outbox_of(row.id) if r.kind == "greeting"}
    assert set(held) == set(FRIENDS)
    assert _pairs_sharing(held) == []


def _friend(name: str, style: str, length: str) -> GreetingRequest:
    slots = with_defaults(Slots(name=name, relation="朋友", relation_category="朋友", style=style, length=length))
    return GreetingRequest(slots=slots, holiday=holidays.resolve("春节", date(2026, 12, 3)), n=1)


def test_the_composer_takes_no_run_of_twelve_characters_from_the_greetings_it_is_told_to_keep_apart_from() -> None:
    for style, length in itertools.product(("传统喜庆", "轻松自然", "LLM科技风", "商务得体"), ("<=50", "50-100")):
        others: list[str] = []
        for name in FRIENDS[:6]:
            request = _friend(name, style, length)
            text = compose_offline(GreetingRequest(request.slots, request.holiday, n=1, others=tuple(others)))[0]
            assert not any(shared_run(text, o) for o in others), (style, length, text)
            others.append(text)


def test_past_what_the_bank_can_keep_apart_everyone_still_gets_a_greeting_that_shares_less() -> None:
    names = [f"{surname}哥" for surname in "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜"]
    alone = {n: compose_offline(_friend(n, "传统喜庆", "50-100")) for n in names}
    together: dict[str, list[str]] = {}
    for n in names:
        request = _friend(n, "传统喜庆", "50-100")
        others = tuple(t for texts in together.values() for t in texts)
        together[n] = compose_offline(GreetingRequest(request.slots, request.holiday, n=1, others=others))
    assert all(len(texts) == 1 and n in texts[0] for n, texts in together.items())
    shared_alone = _pairs_sharing({n: texts[0] for n, texts in alone.items()})
    shared_together = _pairs_sharing({n: texts[0] for n, texts in together.items()})
    assert len(shared_together) < len(shared_alone) / 2
