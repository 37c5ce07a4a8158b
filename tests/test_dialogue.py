"""Slot filling: what is required, what is defaulted, what to ask, and how answers and revisions are read."""

from __future__ import annotations

from bot.domain import Slots
from bot.reading.dialogue import missing_slots, next_question, read_answer, read_revision, with_defaults


def test_name_relation_and_details_are_asked_in_that_order() -> None:
    assert next_question(Slots()).slot == "name"
    assert next_question(Slots(name="老王")).slot == "relation"
    assert next_question(Slots(name="老王", relation="发小")).slot == "details"
    assert next_question(Slots(name="老王", relation="发小", details="")) is None


def test_relation_question_offers_options_and_names_the_recipient() -> None:
    q = next_question(Slots(name="老王"))
    assert "老王" in q.text and "朋友" in q.options and "客户" in q.options


def test_skipping_details_counts_as_an_answer() -> None:
    slots = Slots(name="老王", relation="发小").merged(read_answer("details", "跳过"))
    assert slots.details == "" and missing_slots(slots) == []


def test_defaults_follow_the_relation() -> None:
    assert with_defaults(Slots(relation="客户", relation_category="客户")).style == "商务得体"
    assert with_defaults(Slots(relation="发小", relation_category="朋友")).style == "轻松自然"
    d = with_defaults(Slots(relation="邻居大爷"))
    assert (d.occasion, d.length, d.relation_category, d.language) == ("微信", "50-100", "其他", "zh")


def test_a_free_answer_to_the_name_question_is_the_name() -> None:
    assert read_answer("name", "他叫大刘").name == "大刘"
    assert read_answer("name", "Tom").name == "Tom"


def test_an_answer_can_carry_more_than_was_asked() -> None:
    got = read_answer("relation", "他是我大学室友，我们一起熬夜写过毕业论文，轻松点")
    assert got.relation == "大学室友" and got.relation_category == "朋友"
    assert "毕业论文" in got.details and got.style == "轻松自然"


def test_an_unknown_relation_word_is_kept_with_category_other() -> None:
    got = read_answer("relation", "球馆老板娘")
    assert got.relation and got.relation_category


def test_revisions_change_length_style_and_wishes() -> None:
    base = Slots(name="老王", relation="发小", relation_category="朋友", details="x", length="50-100")
    assert read_revision("短一点", base).changes.length == "<=50"
    assert read_revision("再长一点", base).changes.length == "100-200"
    assert read_revision("更正式", base).changes.style == "商务得体"
    assert "加点科技梗" in read_revision("加点科技梗", base).wishes
    assert read_revision("换一个", base).another
    assert read_revision("改成中秋的", base).changes.holiday == "中秋"
    assert read_revision("今天天气不错", base) is None


def test_shorter_at_the_shortest_bucket_asks_for_even_shorter() -> None:
    r = read_revision("短一点", Slots(length="<=50"))
    assert r.changes.length == "<=50" and "更短" in r.wishes
