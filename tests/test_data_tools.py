"""Bringing data in: external Alpaca/XTuner corpora, and model-drafted variations filtered by the validator."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.settings import Settings
from bot.writing.llm import LLMClient
from model_server import dataset
from model_server.expand import expand
from model_server.importers import UnknownFormat, convert
from tests.fake_openai import running_fake_openai

TIANJI = Path(__file__).resolve().parents[2] / "shared" / "data" / "tianji-wishes"


def test_xtuner_and_alpaca_records_become_chat_rows(tmp_path: Path) -> None:
    xtuner = tmp_path / "x.json"
    xtuner.write_text(json.dumps([{"conversation": [{"system": "S", "input": "给妈写", "output": "妈，中秋快乐"}]}]),
                      encoding="utf-8")
    alpaca = tmp_path / "a.jsonl"
    alpaca.write_text(json.dumps({"instruction": "给老王写", "input": "春节", "output": "老王，过年好"}) + "\n",
                      encoding="utf-8")
    [x] = convert(xtuner)
    [a] = convert(alpaca)
    assert [m["role"] for m in x["messages"]] == ["system", "user", "assistant"]
    assert a["messages"][0] == {"role": "user", "content": "给老王写\n春节"} and a["messages"][-1]["content"] == "老王，过年好"
    assert x["id"].startswith("import-") and x["id"] != a["id"]


def test_an_unknown_shape_is_refused_clearly(tmp_path: Path) -> None:
    odd = tmp_path / "odd.jsonl"
    odd.write_text(json.dumps({"question": "q", "answer": "a"}) + "\n", encoding="utf-8")
    with pytest.raises(UnknownFormat, match="Alpaca or XTuner"):
        list(convert(odd))


@pytest.mark.skipif(not TIANJI.exists(), reason="shared/data/tianji-wishes is not beside the project")
def test_the_tianji_corpora_import_in_both_formats() -> None:
    v1 = list(convert(TIANJI / "tianji-wishes-chinese-v0.1.json"))  # XTuner
    v2 = list(convert(TIANJI / "tianji-wishes-chinese-v0.2.json"))  # Alpaca
    assert len(v1) > 2500 and len(v2) > 3000
    assert all(r["messages"][-1]["role"] == "assistant" for r in v1 + v2)


async def test_expansion_keeps_only_what_the_validator_accepts() -> None:
    samples = dataset.load()
    seeds = [s for s in samples if s.split == "train" and s.slots.language == "zh" and s.slots.length == "<=50"
             and s.slots.details and 4 <= len(s.slots.details) <= 11 and not s.holiday.zodiac_relevant][:3]
    assert len(seeds) == 3

    def reply(body: dict) -> list[str]:
        seed = next(s for s in seeds if f"称呼：{s.slots.name}" in body["messages"][1]["content"])
        return [
            seed.greeting,  # a copy of the seed: a duplicate
            f"{seed.slots.name}，{seed.holiday.name}快乐！",  # no detail
            f"{seed.slots.name}，{seed.holiday.name}快乐！{seed.slots.details}，记着呢。",  # new and valid
        ]

    with running_fake_openai() as server:
        server.reply = reply
        async with LLMClient(Settings(llm_base_url=server.base_url, _env_file=None)) as llm:
            kept, report = await expand(llm, seeds, per_seed=3)
    assert report.drafted == 9 and report.errors == 0
    assert report.kept == len(kept) == 3
    assert report.rejected["duplicate"] == 3 and report.rejected["details"] == 3
    assert all(k.greeting.endswith("记着呢。") and not dataset.check_sample(k) for k in kept)


def test_training_accepts_an_imported_chat_corpus(tiny_model: Path, tmp_path: Path) -> None:
    from model_server.train import train_sft

    rows = [{"id": f"r{i}", "messages": [{"role": "user", "content": f"给老王{i}写条祝福"},
                                          {"role": "assistant", "content": f"老王{i}，新春快乐，常联系。"}]}
            for i in range(24)]
    data = tmp_path / "chat.jsonl"
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    report = train_sft(model=str(tiny_model), out=tmp_path / "adapter", data=data, max_steps=2, epochs=1.0, rank=4,
                       lr=1e-3, batch_size=4, seed=0)
    assert report["steps"] == 2 and (tmp_path / "adapter" / "adapter_model.safetensors").exists()
    assert report["samples"]["train"] + report["samples"]["val"] == 24
