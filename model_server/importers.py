"""Bring your own data: Alpaca and XTuner corpora converted to chat JSONL that `greetbot model train` accepts.

Output rows are `{"id", "messages": [{"role", "content"}, …]}` ending with the assistant's answer. Thinking stays off
in training whatever the source; the system prompt is kept when the source has one.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any


class UnknownFormat(ValueError):
    """The file is neither Alpaca ({instruction, input, output}) nor XTuner ({conversation: […]})."""


def _records(path: Path) -> list[dict[str, Any]]:
    text = path.read_text(encoding="utf-8").strip()
    if text.startswith("["):
        return json.loads(text)
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _alpaca(rec: dict[str, Any]) -> list[dict[str, str]]:
    messages = [{"role": "system", "content": rec["system"]}] if rec.get("system") else []
    prompt = rec["instruction"] + (("\n" + rec["input"]) if rec.get("input") else "")
    for past_user, past_answer in rec.get("history") or []:
        messages += [{"role": "user", "content": past_user}, {"role": "assistant", "content": past_answer}]
    return messages + [{"role": "user", "content": prompt}, {"role": "assistant", "content": rec["output"]}]


def _xtuner(rec: dict[str, Any]) -> list[dict[str, str]]:
    messages: list[dict[str, str]] = []
    for turn in rec["conversation"]:
        if turn.get("system"):
            messages.append({"role": "system", "content": turn["system"]})
        messages += [{"role": "user", "content": turn["input"]}, {"role": "assistant", "content": turn["output"]}]
    return messages


def convert(path: Path, fmt: str = "auto") -> Iterator[dict[str, Any]]:
    """Chat rows from an Alpaca or XTuner file (JSON list or JSONL); `fmt` is alpaca, xtuner or auto."""
    for i, rec in enumerate(_records(path)):
        kind = fmt if fmt != "auto" else ("xtuner" if "conversation" in rec else "alpaca" if "instruction" in rec else "")
        try:
            messages = {"alpaca": _alpaca, "xtuner": _xtuner}[kind](rec)
        except KeyError as exc:
            raise UnknownFormat(f"{path} record {i}: not {fmt if fmt != 'auto' else 'Alpaca or XTuner'} ({exc})") from None
        if not messages or messages[-1]["role"] != "assistant" or not messages[-1]["content"].strip():
            continue
        digest = hashlib.sha256(json.dumps(messages, ensure_ascii=False).encode()).hexdigest()[:12]
        yield {"id": f"import-{digest}", "messages": messages}
