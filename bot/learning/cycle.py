"""Learning from feedback: one cycle turns new feedback into a candidate adapter, measures it against the one in
service, and promotes it (hot-loaded under a new versioned name) or rejects it with the reason.

    export the feedback not used yet → train (DPO on pairs, KTO when there are too few) from the serving adapter
    → load the candidate into vLLM as greet-vN → eval both on the scenario set + preference accuracy on held-out
    pairs → gates → promote (the bot switches within `serving_refresh_s`) or reject (report kept in the registry).

A cycle holds a database lock, so the scheduler and the CLI never run two at once. Too little new feedback (fewer
events than `learn_min_feedback`) ends the cycle before anything is trained.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from bot.learning.feedback import FeedbackEvent, export_dpo, export_kto, write_jsonl
from bot.settings import Settings
from bot.storage.store import Store
from bot.storage.tables import AdapterRow

log = logging.getLogger(__name__)

LOCK = "learning"
MIN_PAIRS_FOR_DPO = 4


@dataclass(frozen=True)
class Gate:
    """One property that must not get worse: the serving adapter's value, the candidate's, and the verdict."""

    name: str
    serving: float | None
    candidate: float | None
    ok: bool
    rule: str


@dataclass
class CycleResult:
    status: str  # skipped | busy | promoted | rejected
    reason: str
    candidate: str | None = None
    serving: str | None = None
    gates: list[Gate] = field(default_factory=list)
    training: dict[str, Any] = field(default_factory=dict)
    preference: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "gates": [asdict(g) for g in self.gates]}

    def failed(self) -> list[Gate]:
        return [g for g in self.gates if not g.ok]


# The eval metrics that must not get worse, with the slack a noisy sample is allowed. Preference training is known
# to drift towards longer and more flattering ("油腻") texts: mean length and distinct-2 are guarded too.
RULES: dict[str, tuple[str, float]] = {
    "guard_pass_rate": ("higher", 0.0),  # a candidate whose drafts fail the bot's draft guard more often is refused
    "name_use": ("higher", 0.02),
    "length_compliance": ("higher", 0.02),
    "detail_recall": ("higher", 0.02),
    "wrong_zodiac": ("lower", 0.0),
    "stock_phrase_rate": ("lower", 0.05),
    "think_leaks": ("lower", 0.0),
    "mean_length": ("ratio", 1.15),
    "distinct_2": ("higher", 0.05),
}


MIN_HELDOUT_PAIRS = 5  # fewer held-out pairs say nothing either way: the guard pairs still gate


def gates(serving: dict[str, Any], candidate: dict[str, Any], preference: dict[str, Any],
          metrics: list[str] | None = None) -> list[Gate]:
    """The verdict on every guarded eval metric (or the `metrics` named) and on the preference pairs."""
    found: list[Gate] = []
    for name, (kind, slack) in RULES.items():
        if metrics is not None and name not in metrics:
            continue
        s, c = serving.get(name), candidate.get(name)
        if s is None or c is None:
            # Nothing measured for the candidate where the serving adapter had a value is a failure, not a pass.
            ok, rule = (c is not None or s is None), "measured for both"
        elif kind == "higher":
            ok, rule = c >= s - slack, f"≥ serving − {slack}"
        elif kind == "lower":
            ok, rule = c <= s + slack, f"≤ serving + {slack}"
        else:
            ok, rule = c <= s * slack, f"≤ serving × {slack}"
        found.append(Gate(name, s, c, ok, rule))
    for key, what in (("heldout", "held-out user pairs"), ("guard", "quality guard pairs")):
        p = preference.get(key) or {}
        if p.get("pairs", 0) >= (MIN_HELDOUT_PAIRS if key == "heldout" else 1):
            found.append(Gate(f"{key}_accuracy", 0.5, p["accuracy"], p["accuracy"] >= 0.5, f"≥ 0.5 on {what}"))
            found.append(Gate(f"{key}_margin", 0.0, p["margin"], p["margin"] >= 0.0, f"≥ 0 on {what}"))
    return found


# Stock phrases a "油腻" candidate drifts towards: appended to a good greeting, they make its guard counterpart.
_PADDING = "祝您新春快乐，万事如意，心想事成，身体健康，阖家幸福，财源广进，步步高升！"


def guard_pairs(limit: int = 24) -> list[dict[str, Any]]:
    """Quality pairs that hold whatever users like: a greeting from our dataset over the same greeting padded with
    stock phrases. Preference training that drifts to flattery and length loses them; the gate checks it does not.
    """
    from model_server import dataset

    rows = []
    for sample in dataset.load()[:limit]:
        *prompt, answer = sample.messages()
        rows.append({"prompt": prompt, "chosen": [answer],
                     "rejected": [{"role": "assistant", "content": answer["content"] + _PADDING}]})
    return rows


def _held_out(row: dict[str, Any]) -> bool:
    """A stable one-in-five split by prompt, so a prompt's pairs are all train or all held out."""
    key = repr(row["prompt"]).encode()
    return int(hashlib.sha256(key).hexdigest(), 16) % 5 == 0


class Learner:
    def __init__(self, store: Store, settings: Settings) -> None:
        self.store = store
        self.settings = settings
        self.holder = f"learner-{uuid.uuid4().hex[:8]}"

    async def cycle(self, *, force: bool = False) -> CycleResult:
        """One idempotent cycle; `force` ignores the minimum amount of new feedback (never the gates)."""
        ttl = self.settings.learn_lock_ttl_s
        if not await self.store.acquire_lock(LOCK, self.holder, ttl_s=ttl):
            return CycleResult("busy", "another learning cycle is running")
        try:
            return await self._cycle(force)
        finally:
            await self.store.release_lock(LOCK, self.holder)

    async def _cycle(self, force: bool) -> CycleResult:
        s = self.settings
        unknown = set(s.learn_gate_metrics or ()) - set(RULES)
        if unknown:
            raise ValueError(f"GREETBOT_LEARN_GATE_METRICS: unknown metrics {sorted(unknown)}; known: {sorted(RULES)}")
        serving = await self.store.serving_adapter()
        if serving is None:
            return CycleResult("skipped", "no adapter in service: register one with `greetbot model register`")
        used = max([a.feedback_upto for a in await self.store.adapters()] or [0])
        fresh, top = await self.store.feedback_count(after_id=used)
        if fresh < s.learn_min_feedback and not force:
            return CycleResult("skipped", f"too little new feedback: {fresh} events since the last cycle, "
                                          f"{s.learn_min_feedback} needed", serving=serving.name)
        events = [FeedbackEvent.from_json(e) for i, e in await self.store.all_feedback() if i <= top]
        pairs = export_dpo(events)
        work = s.resolved_adapters_dir()
        name = await self._next_name(serving.name)
        out = work / name
        data_dir = work / f"{name}-data"
        data_dir.mkdir(parents=True, exist_ok=True)
        held = [r for r in pairs if _held_out(r)]
        train_pairs = [r for r in pairs if not _held_out(r)]
        if len(train_pairs) >= MIN_PAIRS_FOR_DPO:
            method, rows = "dpo", train_pairs
        else:
            method, rows = "kto", export_kto(events)
        if not rows:
            return CycleResult("skipped", "the new feedback holds no usable preference (no pairs, no labels)",
                               serving=serving.name)
        train_file, held_file, guard_file = (data_dir / f for f in ("train.jsonl", "heldout.jsonl", "guard.jsonl"))
        write_jsonl(rows, train_file)
        write_jsonl(held, held_file)
        write_jsonl(guard_pairs(), guard_file)
        training = await asyncio.to_thread(self._train, method, serving.path, train_file, out)
        await self.store.add_adapter(AdapterRow(
            name=name, parent=serving.name, path=str(out), method=method, data_sha256=training.get("data_sha256"),
            data_rows=len(rows), feedback_upto=top, metrics={"training": training}, status="candidate"))
        result = CycleResult("rejected", "", candidate=name, serving=serving.name, training=training)
        try:
            await self._load(name, out)
            measured = await self._eval(serving.name, name)
            # The candidate's implicit reward against the serving adapter: on what users said (held out) and on
            # what must hold regardless (the guard).
            result.preference = {
                "heldout": await asyncio.to_thread(self._score, out, Path(serving.path), held_file) if held
                else {"pairs": 0},
                "guard": await asyncio.to_thread(self._score, out, Path(serving.path), guard_file),
            }
        except Exception as exc:  # a candidate that cannot be loaded or measured never serves
            log.exception("learning: measuring candidate %s failed", name)
            result.reason = f"could not measure the candidate: {exc.__class__.__name__}: {exc}"
            await self.store.update_adapter(name, status="rejected", metrics={"training": training,
                                                                              "error": result.reason})
            return result
        result.gates = gates(measured["serving"], measured["candidate"], result.preference, s.learn_gate_metrics)
        metrics = {"training": training, "eval": measured, "preference": result.preference,
                   "gates": [asdict(g) for g in result.gates]}
        if result.failed():
            result.reason = "gates failed: " + "; ".join(
                f"{g.name} {g.candidate} vs serving {g.serving} (needs {g.rule})" for g in result.failed())
            await self.store.update_adapter(name, status="rejected", metrics=metrics)
            return result
        await self.store.update_adapter(name, metrics=metrics)
        await self.store.serve_adapter(name)
        result.status, result.reason = "promoted", f"{name} now serves (parent {serving.name})"
        return result

    async def _next_name(self, serving: str) -> str:
        """A name neither in the registry nor already served by vLLM: a served name always means one set of
        weights, so a candidate never reuses a name (a stale adapter would be measured in its place)."""
        from model_server.serve import served_models

        base = serving.rsplit("-v", 1)[0] if "-v" in serving else serving
        taken = {a.name for a in await self.store.adapters()} | set(await served_models(self.settings.llm_base_url))
        version = 2
        while f"{base}-v{version}" in taken:
            version += 1
        return f"{base}-v{version}"

    def _train(self, method: str, parent: str, data: Path, out: Path) -> dict[str, Any]:
        from model_server.preference import train_preference

        s = self.settings
        return train_preference(method=method, model=s.learn_base_model or "", adapter=Path(parent), data=data,  # type: ignore[arg-type]
                                out=out, max_steps=s.learn_max_steps, lr=s.learn_lr)

    def _score(self, candidate: Path, reference: Path, data: Path) -> dict[str, Any]:
        from model_server.preference import score

        return score(model=self.settings.learn_base_model or "", adapter=candidate, reference=reference, data=data)

    async def _load(self, name: str, path: Path) -> None:
        from model_server.serve import load_adapter, served_models

        base_url = self.settings.llm_base_url
        if name not in await served_models(base_url):
            await load_adapter(base_url, name, path, api_key=self._api_key())

    async def _eval(self, serving: str, candidate: str) -> dict[str, dict[str, Any]]:
        from model_server.eval import run_eval

        s = self.settings
        results = await run_eval(s.llm_base_url, candidate, serving, scenarios_path=s.learn_scenarios, n=s.learn_eval_n,
                                 api_key=self._api_key())
        return {"candidate": results[candidate].to_dict(), "serving": results[serving].to_dict()}

    def _api_key(self) -> str | None:
        return None if self.settings.llm_api_key in ("", "EMPTY") else self.settings.llm_api_key


async def register(store: Store, name: str, path: Path, *, serve: bool) -> AdapterRow:
    """Put an existing adapter (the SFT one, typically) in the registry; `serve` makes it the one in service."""
    if await store.adapter(name) is not None:
        raise ValueError(f"an adapter named {name!r} is registered already")
    row = await store.add_adapter(AdapterRow(name=name, parent=None, path=str(Path(path).resolve()), method="sft",
                                             data_rows=0, feedback_upto=0, metrics={}, status="retired"))
    if serve:
        await store.serve_adapter(name)
    return row


def gates_passed(row: AdapterRow) -> bool:
    """Whether a candidate was measured and passed every gate (a rejected one, or one never measured, did not)."""
    measured = (row.metrics or {}).get("gates")
    return row.status != "rejected" and bool(measured) and all(g.get("ok") for g in measured)


async def promote(store: Store, settings: Settings, name: str) -> AdapterRow:
    """Put a measured candidate in service by hand (e.g. one whose cycle stopped before it promoted): only one that
    passed its gates; loaded into vLLM if it is not. The serving one is retired, and stays the rollback."""
    target = await store.adapter(name)
    if target is None:
        raise ValueError(f"no adapter named {name!r}")
    if target.status == "serving":
        raise ValueError(f"{name} is already in service")
    if not gates_passed(target):
        raise ValueError(f"{name} has not passed its gates; refusing to serve it (roll back to a served one instead)")
    return await _serve(store, settings, target)


async def rollback(store: Store, settings: Settings, name: str | None = None) -> AdapterRow:
    """Put `name` (default: the serving adapter's parent) back in service, loading it into vLLM if needed."""
    current = await store.serving_adapter()
    target_name = name or (current.parent if current else None)
    if not target_name:
        raise ValueError("nothing to roll back to: name an adapter (see `greetbot model adapters`)")
    target = await store.adapter(target_name)
    if target is None:
        raise ValueError(f"no adapter named {target_name!r}")
    if target.status == "rejected":
        raise ValueError(f"{target_name} was rejected by the gates; refusing to serve it")
    return await _serve(store, settings, target)


async def _serve(store: Store, settings: Settings, target: AdapterRow) -> AdapterRow:
    from model_server.serve import load_adapter, served_models

    if target.name not in await served_models(settings.llm_base_url):
        await load_adapter(settings.llm_base_url, target.name, target.path)
    await store.serve_adapter(target.name)
    return target
