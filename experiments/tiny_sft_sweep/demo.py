"""Five drafts from a pre-trained model and from its SFT adapter, through vLLM: demo.py MODEL ADAPTER [RANK]."""
import asyncio
import json
import sys
from pathlib import Path

from model_server.eval import generate, load_scenarios
from model_server.serve import ServeConfig, start, stop, wait_healthy

cfg = ServeConfig(model=sys.argv[1], profile="cpu", adapters={"greet": sys.argv[2]}, port=8767,
                  max_lora_rank=int(sys.argv[3]) if len(sys.argv) > 3 else 16, max_loras=2, max_model_len=1024)
proc = start(cfg, log_path=Path("demo-vllm.log"))
try:
    wait_healthy(cfg, proc, timeout_s=400)
    sc = load_scenarios()[:5]
    out = {}
    for system in ("base", "greet"):
        run = asyncio.run(generate(system, endpoint=cfg.base_url, model=system, scenarios=sc, n=1))
        out[system] = [(d.scenario.slots.name, d.scenario.slots.length, d.scenario.holiday.name, d.scenario.slots.details, d.text) for d in run.drafts]
    print(json.dumps(out, ensure_ascii=False, indent=1))
finally:
    stop(proc)
