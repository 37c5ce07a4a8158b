"""Pre-training the tiny demo model: its corpus, its determinism, its cache and the checkpoint it writes.

These run a few steps on a small corpus; what the full pre-training achieves (a model whose SFT adapter writes
greetings) is measured through vLLM by bench/training_effect.py, not yet asserted in CI (issue 18; the parked tests
are experiments/tiny_sft_sweep/effect_tests_draft.py).
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

pytest.importorskip("transformers", reason="the model extra is not installed: pip install -e '.[model]'")

from model_server import dataset
from model_server.corpus import CorpusConfig, build_corpus
from model_server.fresh import fresh_name
from model_server.pretrain import REPORT, PretrainConfig, cache_key, pretrained

SMALL = PretrainConfig(steps=3, seq_len=64, batch_size=2, warmup=1, corpus=CorpusConfig(requests=30))


def test_the_corpus_is_the_same_list_for_the_same_seed_and_another_for_another() -> None:
    a, summary = build_corpus(CorpusConfig(requests=20), workers=1)
    b, _ = build_corpus(CorpusConfig(requests=20), workers=1)
    c, _ = build_corpus(CorpusConfig(requests=20, seed=1), workers=1)
    assert a == b and a != c
    assert summary["composer_drafts"] == 20 and summary["documents"] == len(a)


def test_the_corpus_holds_the_train_greetings_and_never_a_validation_one() -> None:
    docs, _ = build_corpus(CorpusConfig(requests=10), workers=1)
    text = "\n".join(docs)
    samples = dataset.load()
    assert all(s.greeting in text for s in samples if s.split == "train")
    assert not any(s.greeting in text for s in samples if s.split == "val")


def test_people_get_fresh_names_of_the_same_shape_so_the_model_must_copy_a_name_not_recall_it() -> None:
    import random

    rng = random.Random(0)
    assert fresh_name("妈", rng) == "妈" and fresh_name("302的兄弟们", rng) == "302的兄弟们"
    assert re.fullmatch(r"\w老师", fresh_name("王老师", rng))
    assert re.fullmatch(r"小\w", fresh_name("小林", rng)) and re.fullmatch(r"\w总监", fresh_name("陈总监", rng))
    assert re.fullmatch(r"[A-Z][a-z]+", fresh_name("Lisa", rng))
    assert len({fresh_name("王老师", rng) for _ in range(50)}) > 20


def test_a_captioned_document_names_in_its_greeting_the_person_its_caption_names() -> None:
    docs, _ = build_corpus(CorpusConfig(requests=60, dataset_repeats=0), workers=1)
    captioned = [d for d in docs if d.startswith("致") and "\n" in d]
    assert len(captioned) > 5
    for doc in captioned:
        caption, greeting = doc.split("\n", 1)
        assert caption[1:caption.index("（")] in greeting


def test_a_caption_gives_the_years_animal_and_the_greeting_names_no_other() -> None:
    from bot.writing.quality import named_zodiacs

    docs, _ = build_corpus(CorpusConfig(requests=300, dataset_repeats=0), workers=1)
    said = [(m.group(1), d) for d in docs if (m := re.search(r"([鼠牛虎兔龙蛇马羊猴鸡狗猪])年(?:春节|除夕|元宵)", d))]
    assert len({animal for animal, _ in said}) >= 8  # years from a whole cycle, not the two around today
    for animal, doc in said:
        assert named_zodiacs(doc.split("\n", 1)[-1]) <= {animal}, doc


def test_extra_text_files_join_the_corpus_one_greeting_per_line_or_jsonl_row(tmp_path: Path) -> None:
    plain = tmp_path / "wishes.txt"
    plain.write_text("祝你新年快乐，万事如意\n\n愿你平安喜乐\n", encoding="utf-8")
    rows = tmp_path / "wishes.jsonl"
    rows.write_text(json.dumps({"text": "中秋快乐，月圆人团圆"}, ensure_ascii=False) + "\n", encoding="utf-8")
    docs, summary = build_corpus(CorpusConfig(requests=5, dataset_repeats=0), extra=(plain, rows), workers=1)
    assert summary["extra_lines"] == 3
    assert {"祝你新年快乐，万事如意", "愿你平安喜乐", "中秋快乐，月圆人团圆"} <= set(docs)


def test_the_cache_key_changes_with_the_config_and_with_extra_data(tmp_path: Path) -> None:
    extra = tmp_path / "x.txt"
    extra.write_text("新年好\n", encoding="utf-8")
    assert cache_key(SMALL) == cache_key(replace(SMALL))
    assert cache_key(SMALL) != cache_key(replace(SMALL, steps=4))
    assert cache_key(SMALL) != cache_key(SMALL, (extra,))


def test_a_model_trained_in_another_precision_is_not_taken_from_the_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    from model_server import pretrain

    monkeypatch.setattr(pretrain, "bf16_on_cpu", lambda: False)
    fp32 = cache_key(SMALL)
    monkeypatch.setattr(pretrain, "bf16_on_cpu", lambda: True)
    assert pretrain.precision() == "bf16 autocast"
    assert cache_key(SMALL) != fp32


def test_pretraining_writes_a_qwen3_checkpoint_with_its_report_and_is_reused_from_the_cache(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from transformers import AutoModelForCausalLM, AutoTokenizer

    monkeypatch.setenv("GREETBOT_CACHE_DIR", str(tmp_path / "cache"))
    lines: list[str] = []
    path, report = pretrained(None, SMALL, log=lines.append)
    assert path.parent == tmp_path / "cache" / "tiny-pretrained"
    assert report["method"] == "pretrain" and len(report["corpus"]["sha256"]) == 64
    assert report["config"]["steps"] == 3 and report["losses"][-1][0] == 2
    assert report["val_greetings_loss"] > 0 and report["seconds"]["train"] > 0
    assert not (path / "corpus.jsonl").exists()
    model = AutoModelForCausalLM.from_pretrained(path)
    assert type(model).__name__ == "Qwen3ForCausalLM" and model.config.head_dim in (64, 128)
    tok = AutoTokenizer.from_pretrained(path)
    assert tok.eos_token == "<|im_end|>" and "enable_thinking" in tok.chat_template

    again, report_again = pretrained(tmp_path / "copy", SMALL, log=lines.append)
    assert any(line.startswith("cached:") for line in lines)
    assert report_again == report and (again / REPORT).exists() and again == tmp_path / "copy"


def test_the_same_seed_gives_the_same_weights(tmp_path: Path) -> None:
    from safetensors.torch import load_file

    from model_server.pretrain import pretrain

    pretrain(tmp_path / "a", SMALL, log=lambda _: None)
    pretrain(tmp_path / "b", SMALL, log=lambda _: None)
    a, b = load_file(tmp_path / "a" / "model.safetensors"), load_file(tmp_path / "b" / "model.safetensors")
    assert a.keys() == b.keys() and all(bool((a[k] == b[k]).all()) for k in a)


def test_renamed_copies_carry_the_new_name_in_the_prompt_and_in_the_greeting_and_leave_kin_terms_alone() -> None:
    from model_server.train import renamed_copies

    samples = [s for s in dataset.load() if s.slots.name in ("王老师", "妈")][:2]
    copies = renamed_copies(samples, 3, seed=0)
    teacher = next(s for s in samples if s.slots.name == "王老师")
    assert {c.slots.name for c in copies} - {"妈"}
    for c in copies:
        if c.slots.name == "妈":
            continue
        assert c.slots.name.endswith("老师") and c.slots.name != "王老师"
        assert c.slots.name in c.greeting and "王老师" not in c.greeting
        assert c.slots.details == teacher.slots.details and c.holiday.name == teacher.holiday.name


def test_copies_move_to_other_years_and_name_the_new_years_animal() -> None:
    from bot.writing.quality import named_zodiacs, wrong_zodiac
    from model_server.train import renamed_copies

    spring = [s for s in dataset.load() if s.holiday.zodiac_relevant and named_zodiacs(s.greeting)]
    copies = renamed_copies(spring, 2, seed=0)
    assert len(copies) >= len(spring)  # every record has a copy at least once (a kin term is redated all the same)
    assert not [c.id for c in copies if wrong_zodiac(c.greeting, c.holiday)]
    assert len({c.holiday.zodiac for c in copies if named_zodiacs(c.greeting)}) >= 8  # not just 马 and 羊
    assert [p for c in copies for p in dataset.check_sample(c)] == []


def test_a_greeting_that_names_its_animal_in_an_idiom_keeps_its_year() -> None:
    import random

    from bot.writing import holidays
    from model_server.fresh import redated

    goat = holidays.resolve("春节", date(2027, 1, 1))
    text = "三羊开泰，羊年大吉！"
    assert redated(goat, text, random.Random(0)) == (goat, text)
    moved, said = redated(goat, "羊年大吉，老王！", random.Random(0))
    assert said == f"{moved.zodiac}年大吉，老王！" and moved.name == "春节"


def test_composer_samples_are_six_slot_records_that_pass_the_datasets_checks() -> None:
    from model_server.corpus import composer_samples

    samples = composer_samples(12, seed=0, workers=1)
    assert len(samples) == 12 and len({s.slots.name for s in samples}) > 6
    assert all(s.slots.name in s.greeting for s in samples if s.slots.language != "en")
    assert [p for s in samples for p in dataset.check_sample(s)] == []


def test_greetbot_model_tiny_pretrain_builds_it_from_the_shell_and_says_where(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from bot.cli.main import app

    out = tmp_path / "tiny-pre"
    result = CliRunner().invoke(app, ["model", "tiny", "--pretrain", "--out", str(out), "--steps", "2",
                                      "--requests", "10", "--no-cache"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["path"] == str(out) and (out / REPORT).exists() and (out / "model.safetensors").exists()
    assert json.loads((out / REPORT).read_text(encoding="utf-8"))["config"]["steps"] == 2


def test_fresh_names_keep_the_shape_of_a_name_the_model_would_otherwise_recall() -> None:
    import random

    rng = random.Random(0)
    assert re.fullmatch(r"阿\w", fresh_name("阿珂", rng)) and re.fullmatch(r"老\w", fresh_name("老秦", rng))
    assert re.fullmatch(r"Coach [A-Z]\w+", fresh_name("Coach Miller", rng))
    assert fresh_name("阿姨", rng) == "阿姨" and fresh_name("姥爷", rng) == "姥爷" and fresh_name("全家人", rng) == "全家人"
    assert len({fresh_name("阿珂", rng) for _ in range(60)}) > 20


def test_fresh_details_are_a_users_kind_of_story_and_rarely_the_same_twice() -> None:
    import random

    from bot.writing.quality import detail_fragments
    from model_server.fresh import fresh_details

    rng = random.Random(0)
    details = [fresh_details(rng) for _ in range(500)]
    assert len(set(details)) > 480
    assert all(4 <= len(d) <= 60 for d in details)
    assert sum(bool(detail_fragments(d)) for d in details) > 480  # pieces `greetbot eval` looks for in a draft


def test_composer_records_with_fresh_details_weave_those_details_into_their_greeting() -> None:
    from bot.writing.quality import uses_details
    from model_server.corpus import composer_samples

    samples = [s for s in composer_samples(16, seed=3, workers=1, fresh_details=1.0) if s.slots.language == "zh"]
    known = {s.slots.details for s in dataset.load()}
    assert samples and all(s.slots.details not in known for s in samples)
    assert sum(uses_details(s.greeting, s.slots.details) for s in samples) >= len(samples) * 0.8
    assert [p for s in samples for p in dataset.check_sample(s)] == []


def test_a_chat_document_asks_with_its_caption_and_answers_with_the_greeting_as_qwen3_renders_a_turn() -> None:
    docs, _ = build_corpus(CorpusConfig(requests=60, dataset_repeats=0, chat_share=1.0), workers=1)
    chats = [d for d in docs if d.startswith("<|im_start|>user\n")]
    assert len(chats) > 40
    for doc in chats:
        ask, answer = doc.split("<|im_end|>\n<|im_start|>assistant\n<think>\n\n</think>\n\n")
        assert answer.endswith("<|im_end|>\n") and "<|im_start|>" not in answer


def test_full_names_given_names_and_rare_surnames_are_drawn_fresh_too() -> None:
    import random

    from model_server.fresh import GIVEN, SURNAMES

    rng = random.Random(0)
    assert re.fullmatch(rf"[{SURNAMES}][{GIVEN}]{{2}}", fresh_name("蔺晓峰", rng))  # a full name keeps its shape
    assert re.fullmatch(rf"[{GIVEN}]{{2}}", fresh_name("思琪", rng))  # so does a given name alone
    assert re.fullmatch(rf"[{GIVEN}]姐", fresh_name("丽姐", rng)) and re.fullmatch(r"阿[A-Z][a-z]+", fresh_name("阿Ken", rng))
    assert re.fullmatch(r"[A-Z][a-z]+老师", fresh_name("Anna老师", rng))
    # every surname the reader knows is drawn, the rare ones too: a name is copied from the prompt, not recalled
    drawn = {fresh_name("王老师", rng)[0] for _ in range(3000)}
    assert {"蔺", "濮", "郜", "阚"} & drawn and len(drawn) > 250


def test_every_chinese_character_is_its_own_token_so_a_name_is_the_same_tokens_in_the_prompt_and_the_greeting() -> None:
    from bot.writing.names import SURNAMES
    from model_server.tiny import corpus, train_tokenizer

    tok = train_tokenizer(corpus())
    for surname in sorted(SURNAMES):  # rare ones too (蔺, 濮, 阚): one token each, never byte pieces
        assert len(tok.encode(surname).ids) == 1, surname
    prompt, greeting = tok.encode("称呼：蔺总\n关系：客户").tokens, tok.encode("蔺总，新年快乐！").tokens
    name = tok.encode("蔺总").tokens
    assert name == prompt[3:5] == greeting[:2]  # 称 呼 ： 蔺 总
    assert tok.decode(tok.encode("蔺总，新年快乐！").ids) == "蔺总，新年快乐！"
