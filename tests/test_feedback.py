"""Feedback on drafts: rewards, what the bot learns about a user ("越写越懂你"), and the DPO/KTO rows it exports."""

from __future__ import annotations

import itertools
import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from bot.domain import GreetingRequest, Slots, fits_length, length_units
from bot.learning.feedback import (
    REWARDS,
    STRONG,
    FeedbackEvent,
    PreferenceProfile,
    adjust_length,
    build_profile,
    export_dpo,
    export_kto,
    landed_fragments,
    prompt_hints,
    read_jsonl,
    write_jsonl,
)
from bot.writing import holidays
from bot.writing.compose import build_messages

SLOTS = Slots(name="老王", relation="大学室友", relation_category="朋友", details="大学一起租房三年，他打呼噜",
              occasion="微信", style="轻松自然", length="50-100", language="zh")
PROMPT = build_messages(GreetingRequest(slots=SLOTS, holiday=holidays.resolve("春节", date(2027, 1, 20))))
OTHER_PROMPT = build_messages(GreetingRequest(slots=Slots(**{**SLOTS.to_dict(), "name": "小李"}),
                                              holiday=holidays.resolve("春节", date(2027, 1, 20))))

FILLER = "还记得大学一起租房那三年吗你打呼噜的声音我到现在都记得新的一年祝你工作顺利身体倍儿棒有空回来一起吃顿火锅我请客"
_ids = itertools.count(1)


def zh(units: int, tail: str = "", start: int = 0) -> str:
    """A greeting of exactly `units` Chinese characters (plus `tail`); `start` varies the wording."""
    body = (FILLER * 4)[start:start + units - 2]
    return f"老王，{body}。{tail}"


def ev(kind: str, draft: str, *, edited: str | None = None, prompt: list[dict] = PROMPT, slots: Slots = SLOTS,
       at: datetime | None = None, batch: tuple[int, ...] = ()) -> FeedbackEvent:
    return FeedbackEvent(user_key="telegram:42", greeting_id=next(_ids), kind=kind, draft=draft,  # type: ignore[arg-type]
                         prompt=prompt, slots=slots.to_dict(), edited_text=edited, batch=batch, created_at=at)


def shortening_edits(n: int) -> list[FeedbackEvent]:
    return [ev("edited", zh(70, start=i), edited=zh(30, start=i)) for i in range(n)]


def emoji_removing_edits(n: int) -> list[FeedbackEvent]:
    return [ev("edited", zh(70, "🎉", start=i), edited=zh(70, start=i)) for i in range(n)]


def emoji_adding_edits(n: int) -> list[FeedbackEvent]:
    return [ev("edited", zh(70, start=i), edited=zh(70, "🧧✨", start=i)) for i in range(n)]


TECH_TAIL = "祝你新的一年loss一路收敛，bug清零，大模型永不幻觉！"


# Rewards ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "reward"), [("used", 1.0), ("up", 0.5), ("edited", -0.25), ("down", -1.0)])
def test_each_kind_of_feedback_has_its_documented_reward(kind: str, reward: float) -> None:
    edited = "老王新年快乐，改过的版本" if kind == "edited" else None
    assert ev(kind, zh(60), edited=edited).reward == reward == REWARDS[kind]


def test_sending_a_draft_as_is_is_the_strongest_praise_and_a_thumbs_down_the_strongest_rejection() -> None:
    assert REWARDS["used"] > REWARDS["up"] > 0 > REWARDS["edited"] > REWARDS["down"]


def test_an_edit_without_the_sent_text_or_an_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError):
        ev("edited", zh(60), edited="  ")
    with pytest.raises(ValueError):
        ev("love", zh(60))


def test_an_event_survives_a_json_round_trip() -> None:
    event = ev("edited", zh(60), edited=zh(30), batch=(7, 8), at=datetime(2027, 1, 20, 9, 30))
    assert FeedbackEvent.from_json(json.loads(json.dumps(event.to_json(), ensure_ascii=False))) == event


# The profile: 越写越懂你 -------------------------------------------------------------------------


def test_a_user_who_keeps_shortening_drafts_gets_shorter_greetings() -> None:
    events = shortening_edits(5)
    assert all(fits_length(e.draft, "50-100") and fits_length(e.edited_text or "", "<=50") for e in events)

    profile = build_profile(events)

    assert profile.length_bias <= -STRONG
    assert profile.preferred_length == "<=50"
    assert adjust_length("50-100", profile) == "<=50"
    assert any("短" in hint for hint in prompt_hints(profile))


def test_a_user_who_keeps_lengthening_drafts_gets_longer_ones() -> None:
    profile = build_profile([ev("edited", zh(60, start=i), edited=zh(95, start=i)) for i in range(4)])
    assert profile.length_bias >= STRONG
    assert adjust_length("50-100", profile) == "100-200"
    assert any("长" in hint for hint in prompt_hints(profile))


def test_length_moves_one_step_at_most_and_never_past_the_ends() -> None:
    shorter = build_profile(shortening_edits(6))
    assert adjust_length("100-200", shorter) == "50-100"
    assert adjust_length("<=50", shorter) == "<=50"
    assert adjust_length("50-100", PreferenceProfile(events=50)) == "50-100"


def test_small_wording_fixes_say_nothing_about_length() -> None:
    profile = build_profile([ev("edited", zh(70, start=i), edited=zh(66, start=i + 1)) for i in range(5)])
    assert profile.length_bias == 0.0
    assert not any("短" in h or "长" in h for h in prompt_hints(profile))


def test_removing_emoji_in_edits_turns_into_a_no_emoji_hint() -> None:
    profile = build_profile(emoji_removing_edits(3))
    assert profile.emoji <= -STRONG
    assert "不用表情" in prompt_hints(profile)
    assert profile.length_bias == 0.0  # the edits kept the length: no length wish is invented


def test_drafts_sent_with_emoji_are_weaker_evidence_that_emoji_are_welcome() -> None:
    two = build_profile([ev("used", zh(75, "🎉", start=i)) for i in range(2)])
    six = build_profile([ev("used", zh(75, "🎉", start=i)) for i in range(6)])
    assert 0 < two.emoji < STRONG and not any("表情" in h for h in prompt_hints(two))
    assert six.emoji >= STRONG and any("表情" in h for h in prompt_hints(six))
    assert "不用表情" not in prompt_hints(six)


def test_thumbs_down_on_tech_joke_drafts_turns_into_less_tech_jokes() -> None:
    profile = build_profile([ev("down", zh(60, TECH_TAIL, start=i)) for i in range(6)])
    assert profile.tech_jokes <= -STRONG
    assert "少用技术梗" in prompt_hints(profile)


def test_thumbs_down_on_drafts_without_tech_jokes_says_nothing_about_them() -> None:
    assert build_profile([ev("down", zh(75, start=i)) for i in range(6)]).tech_jokes == 0.0


def test_edits_that_remove_tech_jokes_count_fully() -> None:
    profile = build_profile([ev("edited", zh(60, TECH_TAIL, start=i), edited=zh(66, start=i)) for i in range(3)])
    assert profile.tech_jokes <= -STRONG and "少用技术梗" in prompt_hints(profile)


def test_edits_toward_您_and_感谢_make_the_profile_formal_and_toward_哈哈_casual() -> None:
    casual = "老王新年快乐啦，哈哈，今年也要一起吃火锅呀，祝你工作顺利、身体健康，来年更上一层楼！"
    formal = "王总，新年快乐。感谢您一年来的照顾，敬祝您工作顺利、身体健康，来年更上一层楼。"
    to_formal = build_profile([ev("edited", casual, edited=formal) for _ in range(3)])
    to_casual = build_profile([ev("edited", formal, edited=casual) for _ in range(3)])
    assert to_formal.formality >= STRONG and "语气再正式一些" in prompt_hints(to_formal)
    assert to_casual.formality <= -STRONG and any("随意" in h for h in prompt_hints(to_casual))


def test_two_events_are_not_enough_evidence_for_any_hint() -> None:
    profile = build_profile(shortening_edits(1) + emoji_removing_edits(1))
    assert profile.length_bias < 0 and profile.emoji < 0  # the direction is noted...
    assert prompt_hints(profile) == []                    # ...but not acted on
    assert adjust_length("50-100", profile) == "50-100"
    assert prompt_hints(PreferenceProfile(events=2, emoji=-1.0, length_bias=-1.0)) == []


def test_contradicting_evidence_gives_no_hint() -> None:
    profile = build_profile(emoji_removing_edits(3) + emoji_adding_edits(3))
    assert abs(profile.emoji) < STRONG
    assert not any("表情" in h for h in prompt_hints(profile))


def test_newer_evidence_outweighs_older_evidence() -> None:
    old_then_new = build_profile(emoji_removing_edits(6) + emoji_adding_edits(6))
    new_then_old = build_profile(emoji_adding_edits(6) + emoji_removing_edits(6))
    assert old_then_new.emoji > 0 > new_then_old.emoji
    # A short memory forgets faster.
    assert build_profile(emoji_removing_edits(6) + emoji_adding_edits(6), half_life=2).emoji > old_then_new.emoji


def test_events_are_ordered_by_their_timestamps_when_they_have_them() -> None:
    start = datetime(2027, 1, 1)
    removing = [ev("edited", e.draft, edited=e.edited_text, at=start + timedelta(days=i))
                for i, e in enumerate(emoji_removing_edits(6))]
    adding = [ev("edited", e.draft, edited=e.edited_text, at=start + timedelta(days=30 + i))
              for i, e in enumerate(emoji_adding_edits(6))]
    assert build_profile(adding + removing).emoji == build_profile(removing + adding).emoji > 0


def test_drafts_used_after_the_bot_adapted_do_not_erase_what_it_learnt() -> None:
    # After shortening, the user happily sends mid-length short drafts: no new length evidence, nothing forgotten.
    adapted = [ev("used", zh(29, start=i), slots=Slots(**{**SLOTS.to_dict(), "length": "<=50"})) for i in range(40)]
    profile = build_profile(shortening_edits(3) + adapted)
    assert profile.events == 43
    assert adjust_length("50-100", profile) == "<=50"


def test_details_that_landed_in_liked_drafts_are_suggested_again_for_that_friend() -> None:
    liked = [ev("used", "老王新年快乐！想起大学一起租房的日子就想笑，有空回来吃火锅！"),
             ev("up", "老王，大学一起租房那三年真好，新年快乐，来年见！"),
             ev("edited", zh(70), edited="老王，今年还打呼噜吗？新年快乐！")]
    disliked = [ev("down", "老王，他打呼噜的事就不提了，新年快乐！") for _ in range(5)]
    profile = build_profile(liked + disliked)

    assert profile.details_that_land[0] == "大学一起租房"
    assert "打呼噜" in profile.details_that_land
    assert len(profile.details_that_land) <= 5
    assert "可以多提：大学一起租房、打呼噜" in prompt_hints(profile, details=SLOTS.details)
    # Another recipient's details must not leak into this greeting.
    assert not any("可以多提" in h for h in prompt_hints(profile, details="一起做了北京项目"))


def test_detail_windows_found_side_by_side_are_merged_into_one_phrase() -> None:
    assert landed_fragments("还记得大学一起租房那三年吗", "大学一起租房三年") == ["大学一起租房"]
    assert landed_fragments("新年快乐", "大学一起租房三年") == []
    assert landed_fragments("Remember the Beijing project?", "the Beijing project together") == ["Beijing", "project"]


def test_a_profile_survives_a_json_round_trip() -> None:
    profile = build_profile(shortening_edits(4) + emoji_removing_edits(3) + [ev("used", "老王，大学一起租房那三年真好！")])
    restored = PreferenceProfile.from_json(json.loads(json.dumps(profile.to_json(), ensure_ascii=False)))
    assert restored.to_json() == profile.to_json()
    assert prompt_hints(restored) == prompt_hints(profile)
    assert PreferenceProfile.from_json({}) == PreferenceProfile()


def test_a_new_user_has_a_neutral_profile_and_no_hints() -> None:
    profile = build_profile([])
    assert profile == PreferenceProfile()
    assert prompt_hints(profile) == [] and adjust_length("50-100", profile) == "50-100"


# Training rows ----------------------------------------------------------------------------------


def _texts(rows: list[dict], key: str) -> list[str]:
    return [r[key][0]["content"] for r in rows]


def test_dpo_prefers_the_edited_text_over_its_draft() -> None:
    draft, edit = zh(70), zh(30)
    rows = export_dpo([ev("edited", draft, edited=edit)])
    assert rows == [{"prompt": PROMPT, "chosen": [{"role": "assistant", "content": edit}],
                     "rejected": [{"role": "assistant", "content": draft}]}]


def test_dpo_pairs_liked_siblings_over_disliked_ones_and_leaves_unrated_siblings_out() -> None:
    used, up, down, unrated = zh(70, start=0), zh(70, start=3), zh(70, start=6), zh(70, start=9)
    batch = (1, 2, 3, 4)
    rows = export_dpo([ev("down", down, batch=batch), ev("up", up, batch=batch), ev("used", used, batch=batch)])
    assert list(zip(_texts(rows, "chosen"), _texts(rows, "rejected"))) == [(used, down), (up, down)]
    assert unrated not in _texts(rows, "chosen") + _texts(rows, "rejected")


def test_dpo_never_pairs_drafts_of_different_prompts() -> None:
    rows = export_dpo([ev("used", zh(70, start=0)), ev("down", zh(70, start=5), prompt=OTHER_PROMPT)])
    assert rows == []


def test_dpo_rows_are_unique_deterministic_and_never_prefer_a_text_over_itself() -> None:
    events = [ev("up", zh(70, start=0)), ev("used", zh(70, start=0)), ev("down", zh(70, start=5)),
              ev("down", zh(70, start=5)), ev("edited", zh(60, start=9), edited=zh(60, start=9) + " ")]
    rows = export_dpo(events)
    pairs = list(zip(_texts(rows, "chosen"), _texts(rows, "rejected")))
    assert len(pairs) == len(set(pairs)) == 2
    assert all(chosen != rejected for chosen, rejected in pairs)
    assert export_dpo(list(events)) == rows


def test_kto_labels_each_rated_text_once() -> None:
    used, up, down, draft, edit = zh(70, start=0), zh(70, start=3), zh(70, start=6), zh(70, start=9), zh(30)
    rows = export_kto([ev("used", used), ev("up", up), ev("up", up), ev("down", down), ev("edited", draft, edited=edit)])
    labels = dict(zip(_texts(rows, "completion"), (r["label"] for r in rows)))
    assert labels == {used: True, up: True, down: False, draft: False, edit: True}
    assert len(rows) == 5 and all(r["prompt"] == PROMPT for r in rows)


def test_exported_rows_have_exactly_trls_columns_and_load_as_datasets() -> None:
    datasets = pytest.importorskip("datasets")
    data_utils = pytest.importorskip("trl.data_utils")
    events = [ev("used", zh(70, start=0)), ev("down", zh(70, start=5)), ev("edited", zh(70, start=9), edited=zh(30))]

    dpo = datasets.Dataset.from_list(export_dpo(events))
    kto = datasets.Dataset.from_list(export_kto(events))

    assert dpo.column_names == ["prompt", "chosen", "rejected"] and len(dpo) == 4
    assert kto.column_names == ["prompt", "completion", "label"] and len(kto) == 4
    assert kto.features["label"].dtype == "bool"
    assert all(data_utils.is_conversational(row) for row in [*dpo, *kto])


def test_exported_rows_render_with_the_qwen3_chat_template(tiny_model: Path) -> None:
    data_utils = pytest.importorskip("trl.data_utils")
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(tiny_model)
    draft, edit = zh(70), zh(30)
    events = [ev("edited", draft, edited=edit)]

    dpo = data_utils.maybe_apply_chat_template(export_dpo(events)[0], tokenizer, enable_thinking=False)
    sent = next(row for row in export_kto(events) if row["label"])
    kto = data_utils.maybe_apply_chat_template(sent, tokenizer, enable_thinking=False)

    assert dpo["prompt"].startswith("<|im_start|>system\n") and "老王" in dpo["prompt"]
    assert dpo["prompt"].endswith("<|im_start|>assistant\n<think>\n\n</think>\n\n")
    assert dpo["chosen"].startswith(edit) and dpo["rejected"].startswith(draft)
    assert kto["completion"] == edit + "<|im_end|>\n" and kto["label"] is True


def test_rows_round_trip_through_jsonl_with_chinese_kept_readable(tmp_path: Path) -> None:
    rows = export_kto([ev("used", zh(70)), ev("edited", zh(70, start=4), edited=zh(30))])
    path = tmp_path / "out" / "kto.jsonl"
    assert write_jsonl(rows, path) == len(rows) == 3
    assert "老王" in path.read_text(encoding="utf-8")
    assert read_jsonl(path) == rows
    assert length_units(read_jsonl(path)[2]["completion"][0]["content"]) == length_units(zh(30))
