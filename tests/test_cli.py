"""The `greetbot` command line as a user runs it: a real process, JSON contracts on stdout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEAD_ENDPOINT = "http://127.0.0.1:9/v1"


def greetbot(*args: str, stdin: str | None = None, tmp: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GREETBOT_LLM_BASE_URL": DEAD_ENDPOINT, "GREETBOT_LLM_TIMEOUT_S": "1",
           "GREETBOT_DATA_DIR": str((tmp or ROOT) / "data")}
    env.pop("GREETBOT_DATABASE_URL", None)
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], input=stdin, capture_output=True, text=True,
                          env=env, cwd=tmp or ROOT, timeout=120)


def test_extract_json_is_the_documented_contract(tmp_path: Path) -> None:
    out = greetbot("extract", "帮我给张总写条拜年微信，他是合作三年的客户，去年一起做了北京项目，商务得体点，50到100字",
                   "--json", tmp=tmp_path)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert set(data) == {"name", "relation", "relation_category", "details", "occasion", "style", "length", "holiday"}
    assert data["name"] == "张总" and data["style"] == "商务得体" and data["holiday"] == "春节"


def test_missing_slots_are_null_in_extract_json(tmp_path: Path) -> None:
    data = json.loads(greetbot("extract", "给老王写一条", "--json", tmp=tmp_path).stdout)
    assert data["name"] == "老王" and data["details"] is None and data["holiday"] is None


def test_generate_json_names_the_holiday_and_zodiac_for_the_given_date(tmp_path: Path) -> None:
    out = greetbot("generate", "--name", "张总", "--relation", "客户", "--details", "去年一起做了北京项目",
                   "--style", "商务得体", "--length", "50-100", "--holiday", "春节", "--date", "2027-02-05",
                   "-n", "2", "--json", tmp=tmp_path)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["backend"] == "composer"  # the endpoint is dead: the composer answers
    assert data["holiday"] == {"name": "春节", "date": "2027-02-06", "zodiac": "羊"}
    assert len(data["greetings"]) == 2 and all("马年" not in g for g in data["greetings"])


def test_generate_with_backend_vllm_fails_clearly_when_the_endpoint_is_down(tmp_path: Path) -> None:
    out = greetbot("generate", "--name", "老王", "--relation", "发小", "--backend", "vllm", "--json", tmp=tmp_path)
    assert out.returncode == 2 and "model endpoint failed" in out.stderr and out.stdout == ""


def test_generate_refuses_an_unknown_style(tmp_path: Path) -> None:
    out = greetbot("generate", "--name", "老王", "--relation", "发小", "--style", "莎士比亚风", tmp=tmp_path)
    assert out.returncode != 0 and "unknown style" in out.stderr


def test_chat_with_piped_stdin_runs_a_whole_conversation_and_resumes(tmp_path: Path) -> None:
    first = greetbot("chat", "--date", "2027-01-20", stdin="帮我给老王写条春节祝福\n发小\n", tmp=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "什么关系" in first.stdout and "具体小事" in first.stdout
    # A new process picks the conversation up where it was.
    second = greetbot("chat", "--date", "2027-01-20", stdin="我们认识二十年了，他总帮我修电脑\n1\n", tmp=tmp_path)
    assert second.returncode == 0, second.stderr
    assert "接着上次" in second.stdout and "给老王的春节祝福" in second.stdout and "就用第 1 条" in second.stdout
    assert (tmp_path / "data" / "greetbot.db").exists()


def test_holidays_json_lists_the_year(tmp_path: Path) -> None:
    data = json.loads(greetbot("holidays", "--year", "2027", "--json", tmp=tmp_path).stdout)
    assert {"name": "除夕", "date": "2027-02-05", "zodiac": "羊"} in data


def test_followup_json_reads_the_reply_and_answers_its_question_even_with_the_model_down(tmp_path: Path) -> None:
    out = greetbot("followup", "--greeting", "王哥，新年快乐！今年你那个大模型项目终于上线，祝你 loss 一路下降",
                   "--reply", "哈哈哈你这大模型又发疯了，最近加班多吗？", "--style", "LLM科技风", "--json", tmp=tmp_path)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert set(data) >= {"analysis", "suggestions"}
    assert data["analysis"]["strategy"] == "answer_question" and "大模型" in data["analysis"]["picked_up"]
    assert 2 <= len(data["suggestions"]) <= 3


def test_schedule_add_list_cancel_from_the_command_line(tmp_path: Path) -> None:
    added = greetbot("schedule", "add", "每年中秋晚上8点给这个群发", "--platform", "telegram", "--owner", "7",
                     "--group", "-100123", "--today", "2026-11-23", "--json", tmp=tmp_path)
    assert added.returncode == 0, added.stderr
    row = json.loads(added.stdout)
    assert row["next_occurrence"] == "2027-09-15" and row["at"] == "20:00" and row["status"] == "active"
    listed = json.loads(greetbot("schedule", "list", "--json", tmp=tmp_path).stdout)
    assert [s["id"] for s in listed] == [row["id"]]
    assert greetbot("schedule", "cancel", str(row["id"]), tmp=tmp_path).returncode == 0
    assert json.loads(greetbot("schedule", "list", "--json", tmp=tmp_path).stdout) == []
    assert greetbot("schedule", "cancel", str(row["id"]), tmp=tmp_path).returncode == 1


def test_generate_writes_in_the_language_of_the_slots_when_none_is_given(tmp_path: Path) -> None:
    out = greetbot("generate", "--name", "Jake", "--relation", "roommate", "--details",
                   "we shared an apartment in Boston for 3 years", "--holiday", "春节", "--date", "2026-12-03",
                   "--json", tmp=tmp_path)
    assert out.returncode == 0, out.stderr
    greetings = json.loads(out.stdout)["greetings"]
    assert greetings and not any("\u4e00" <= ch <= "\u9fff" for g in greetings for ch in g)  # not one Chinese character
    chinese = json.loads(greetbot("generate", "--name", "老王", "--relation", "发小", "--details", "一起在波士顿合租了三年",
                                  "--json", tmp=tmp_path).stdout)["greetings"]
    assert all("老王" in g and not g.isascii() for g in chinese)
