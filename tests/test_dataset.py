"""The greetings dataset: the shipped file passes its own validator, and the validator catches what it must."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bot.domain import Holiday, Slots
from bot.writing.compose import SYSTEM_PROMPT
from model_server import dataset
from model_server.dataset import Sample, check_sample, split_of, validate

GOOD = Sample(
    id="t-1",
    slots=Slots(name="张总", relation="客户", relation_category="客户", details="去年一起做了北京项目", occasion="微信",
                style="商务得体", length="<=50", language="zh"),
    holiday=Holiday("春节", date(2027, 2, 6), "羊", zodiac_relevant=True),
    greeting="张总，羊年新春好！去年北京项目一路有您把关，心里踏实。新的一年，还盼与您并肩。",
)


@pytest.fixture(scope="module")
def shipped() -> list[Sample]:
    return dataset.load()


def test_the_shipped_dataset_has_no_problems(shipped: list[Sample]) -> None:
    assert validate(shipped) == []


def test_the_shipped_dataset_is_big_and_covers_every_style_length_and_main_relation(shipped: list[Sample]) -> None:
    assert len(shipped) >= 300
    cov = dataset.coverage(shipped)
    assert all(n > 0 for n in cov["cells"].values())
    assert {"春节", "除夕", "元宵", "中秋", "端午", "七夕", "元旦", "生日"} <= set(cov["holidays"])
    assert cov["languages"]["en"] >= 20


def test_a_good_record_passes() -> None:
    assert check_sample(GOOD) == []


@pytest.mark.parametrize(("change", "check"), [
    ({"greeting": "张总，新春好！"}, "details"),
    ({"greeting": "张总，马年新春好！去年北京项目一路有您把关，心里踏实。新的一年，还盼与您并肩。"}, "wrong_zodiac"),
    ({"greeting": "张总，新春好！北京项目" + "辛苦了" * 20}, "length"),
    ({"greeting": "新春好！去年北京项目一路有您把关，心里踏实。新的一年，还盼与您并肩。"}, "no_name"),
    ({"greeting": "张总，北京项目多谢！祝您万事如意、心想事成、身体健康！"}, "stock_phrases"),
    ({"holiday": Holiday("春节", date(2027, 2, 7), "羊", zodiac_relevant=True)}, "holiday"),
    ({"slots": replace(GOOD.slots, style="赛博朋克")}, "schema"),
])
def test_the_validator_names_each_kind_of_problem(change: dict, check: str) -> None:
    assert check in {p.check for p in check_sample(replace(GOOD, **change))}


def test_near_duplicates_across_records_are_caught() -> None:
    twin = replace(GOOD, id="t-2", slots=replace(GOOD.slots, name="李总"), greeting=GOOD.greeting.replace("张总", "李总"))
    assert any(p.check == "duplicate" and p.id == "t-2" for p in validate([GOOD, twin]))


def test_the_split_is_stable_and_about_one_in_ten(shipped: list[Sample]) -> None:
    assert split_of("casual-0001") == split_of("casual-0001")
    val = sum(s.split == "val" for s in shipped)
    assert 0.05 <= val / len(shipped) <= 0.15


def test_training_messages_are_exactly_what_the_bot_sends() -> None:
    messages = GOOD.messages()
    assert messages[0] == {"role": "system", "content": SYSTEM_PROMPT}
    assert "北京项目" in messages[1]["content"] and messages[2]["content"] == GOOD.greeting


def test_greetbot_data_validate_prints_coverage_and_exits_zero(tmp_path: Path) -> None:
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "bot.cli", "data", "validate"], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert "0 problems" in out.stdout and "商务得体" in out.stdout
    bad = tmp_path / "bad.jsonl"
    record = dataset.to_record(replace(GOOD, greeting="张总，新春好！"))
    bad.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "bot.cli", "data", "validate", "--path", str(bad), "--json"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 1 and json.loads(out.stdout)["problems"]
