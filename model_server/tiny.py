"""A tiny model with the real Qwen3 architecture, built locally from nothing, for tests and demos.

`build_tiny(out)` writes a directory that both transformers and vLLM load like a Qwen3 checkpoint:
- a byte-level BPE tokenizer trained here on our own text (the dataset's greetings and the prompts the bot sends,
  plus a little English), with Qwen's special tokens under Qwen's names and roles and Qwen3's own chat template
  (the one TRL ships as `qwen3.jinja`), so prompts render exactly as Qwen3 renders them, thinking switch included;
- `Qwen3ForCausalLM` weights (random, seeded) with head_dim 128, which vLLM's CPU attention supports;
- a `generation_config.json` with Qwen's non-thinking sampling defaults.

The weights are random: the model says nonsense until an adapter is trained, and even then only learns a little.
It exists so that training, adapters and serving can be exercised end to end in seconds on a laptop.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

# Qwen's special tokens, in Qwen's order. `<think>`/`</think>` are added but not "special" in Qwen3's tokenizer
# (decoding with skip_special_tokens keeps them), as here.
ENDOFTEXT, IM_START, IM_END, THINK, END_THINK = "<|endoftext|>", "<|im_start|>", "<|im_end|>", "<think>", "</think>"
SPECIAL_TOKENS = (ENDOFTEXT, IM_START, IM_END)
PLAIN_ADDED_TOKENS = (THINK, END_THINK)

VOCAB_SIZE = 6000  # the BPE target: every Chinese character of the corpus, and English words
# Qwen2/Qwen3's pre-tokenizer split: letters runs, single digits, punctuation runs, newlines kept together.
QWEN_SPLIT = (
    r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"
)

# A little English so the byte-level vocabulary is not Chinese-only (the dataset also holds English greetings).
ENGLISH = """\
Happy New Year! Wishing you and your family health, peace and a great year ahead.
Thank you for everything you did for the team this year. Let's keep building great things together.
Happy birthday! I hope your day is full of good food, good friends and a long nap.
Dear Mom, I miss you. I'll be home soon, and we can cook dumplings together like we always do.
Happy Mid-Autumn Festival! May the moon be bright and the mooncakes sweet.
Happy Dragon Boat Festival to you and your family.
The quick brown fox jumps over the lazy dog. Please write a short, warm greeting for my friend.
You are a helpful assistant. Answer in the language of the user, briefly and kindly.
"""

# Qwen3's chat template, byte for byte as TRL ships it (trl/chat_templates/qwen3.jinja, from Qwen/Qwen3-*).
# `enable_thinking=false` appends an empty think block to the generation prompt; the last assistant turn after
# the last user query renders with one, earlier (historical) assistant turns without.
QWEN3_CHAT_TEMPLATE = """{%- if tools %}
    {{- '<|im_start|>system\\n' }}
    {%- if messages[0].role == 'system' %}
        {{- messages[0].content + '\\n\\n' }}
    {%- endif %}
    {{- "# Tools\\n\\nYou may call one or more functions to assist with the user query.\\n\\nYou are provided with function signatures within <tools></tools> XML tags:\\n<tools>" }}
    {%- for tool in tools %}
        {{- "\\n" }}
        {{- tool | tojson }}
    {%- endfor %}
    {{- "\\n</tools>\\n\\nFor each function call, return a json object with function name and arguments within <tool_call></tool_call> XML tags:\\n<tool_call>\\n{\\"name\\": <function-name>, \\"arguments\\": <args-json-object>}\\n</tool_call><|im_end|>\\n" }}
{%- else %}
    {%- if messages[0].role == 'system' %}
        {{- '<|im_start|>system\\n' + messages[0].content + '<|im_end|>\\n' }}
    {%- endif %}
{%- endif %}
{%- set ns = namespace(multi_step_tool=true, last_query_index=messages|length - 1) %}
{%- for message in messages[::-1] %}
    {%- set index = (messages|length - 1) - loop.index0 %}
    {%- if ns.multi_step_tool and message.role == "user" and message.content is string and not(message.content.startswith('<tool_response>') and message.content.endswith('</tool_response>')) %}
        {%- set ns.multi_step_tool = false %}
        {%- set ns.last_query_index = index %}
    {%- endif %}
{%- endfor %}
{%- for message in messages %}
    {%- if message.content is string %}
        {%- set content = message.content %}
    {%- else %}
        {%- set content = '' %}
    {%- endif %}
    {%- if (message.role == "user") or (message.role == "system" and not loop.first) %}
        {{- '<|im_start|>' + message.role + '\\n' + content + '<|im_end|>' + '\\n' }}
    {%- elif message.role == "assistant" %}
        {%- set reasoning_content = '' %}
        {%- if message.reasoning_content is string %}
            {%- set reasoning_content = message.reasoning_content %}
        {%- else %}
            {%- if '</think>' in content %}
                {%- set reasoning_content = content.split('</think>')[0].rstrip('\\n').split('<think>')[-1].lstrip('\\n') %}
                {%- set content = content.split('</think>')[-1].lstrip('\\n') %}
            {%- endif %}
        {%- endif %}
        {%- if loop.index0 > ns.last_query_index %}
            {%- if loop.last or (not loop.last and reasoning_content) %}
                {{- '<|im_start|>' + message.role + '\\n<think>\\n' + reasoning_content.strip('\\n') + '\\n</think>\\n\\n' + content.lstrip('\\n') }}
            {%- else %}
                {{- '<|im_start|>' + message.role + '\\n' + content }}
            {%- endif %}
        {%- else %}
            {{- '<|im_start|>' + message.role + '\\n' + content }}
        {%- endif %}
        {%- if message.tool_calls %}
            {%- for tool_call in message.tool_calls %}
                {%- if (loop.first and content) or (not loop.first) %}
                    {{- '\\n' }}
                {%- endif %}
                {%- if tool_call.function %}
                    {%- set tool_call = tool_call.function %}
                {%- endif %}
                {{- '<tool_call>\\n{"name": "' }}
                {{- tool_call.name }}
                {{- '", "arguments": ' }}
                {%- if tool_call.arguments is string %}
                    {{- tool_call.arguments }}
                {%- else %}
                    {{- tool_call.arguments | tojson }}
                {%- endif %}
                {{- '}\\n</tool_call>' }}
            {%- endfor %}
        {%- endif %}
        {{- '<|im_end|>\\n' }}
    {%- elif message.role == "tool" %}
        {%- if loop.first or (messages[loop.index0 - 1].role != "tool") %}
            {{- '<|im_start|>user' }}
        {%- endif %}
        {{- '\\n<tool_response>\\n' }}
        {{- content }}
        {{- '\\n</tool_response>' }}
        {%- if loop.last or (messages[loop.index0 + 1].role != "tool") %}
            {{- '<|im_end|>\\n' }}
        {%- endif %}
    {%- endif %}
{%- endfor %}
{%- if add_generation_prompt %}
    {{- '<|im_start|>assistant\\n' }}
    {%- if enable_thinking is defined and enable_thinking is false %}
        {{- '<think>\\n\\n</think>\\n\\n' }}
    {%- endif %}
{%- endif %}"""

# Shape: Qwen3's layout scaled down. head_dim stays 128 (vLLM's CPU attention rejects 16).
ARCH = dict(hidden_size=128, intermediate_size=256, num_hidden_layers=2, num_attention_heads=2,
            num_key_value_heads=1, head_dim=128, max_position_embeddings=1024)
# Qwen's recommended sampling for non-thinking use (vLLM applies generation_config.json by default).
NON_THINKING_SAMPLING = dict(temperature=0.7, top_p=0.8, top_k=20)


def corpus() -> list[str]:
    """The tokenizer's training text, in a fixed order: prompts and greetings as the bot sends them, then English."""
    from bot.writing.compose import SYSTEM_PROMPT
    from bot.writing.names import SURNAMES
    from model_server import dataset

    texts = [SYSTEM_PROMPT]
    for s in dataset.load():
        messages = s.messages()
        texts += [messages[1]["content"], s.greeting]
    texts += ENGLISH.splitlines()
    # Every surname a request may bring has its own token (twice: the trainer's minimum frequency).
    texts += ["".join(sorted(SURNAMES))] * 2
    return texts


def train_tokenizer(texts: list[str], vocab_size: int = VOCAB_SIZE):
    """A byte-level BPE (`tokenizers.Tokenizer`) with Qwen's pre-tokenizer split and special tokens."""
    from tokenizers import (
        AddedToken,
        Regex,
        Tokenizer,
        decoders,
        models,
        pre_tokenizers,
        processors,
        trainers,
    )

    tk = Tokenizer(models.BPE(unk_token=None, byte_fallback=False))
    tk.pre_tokenizer = pre_tokenizers.Sequence([
        pre_tokenizers.Split(Regex(QWEN_SPLIT), behavior="isolated", invert=False),
        # One token per Chinese character, never a merge across two: a name or a detail is then the same tokens
        # in the prompt and in the greeting, and copying it is one character at a time. With merges, a rare
        # surname was two or three byte pieces (蔺 -> "èĶ" "º"), the last one sometimes merged with the next
        # character, and the SFT adapter wrote another surname of the same shape (佟总 for 尉迟总) 4 times in 5.
        pre_tokenizers.Split(Regex(r"\p{Han}"), behavior="isolated", invert=False),
        pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False),
    ])
    tk.decoder = decoders.ByteLevel()
    tk.post_processor = processors.ByteLevel(trim_offsets=False)
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size, min_frequency=2, show_progress=False,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),  # every byte: any text encodes and round-trips
        special_tokens=[],
    )
    tk.train_from_iterator(texts, trainer=trainer)
    # Added after the learned vocabulary, as in Qwen (its specials sit above the BPE ids).
    tk.add_special_tokens([AddedToken(t, special=True, normalized=False) for t in SPECIAL_TOKENS])
    tk.add_tokens([AddedToken(t, special=False, normalized=False) for t in PLAIN_ADDED_TOKENS])
    return tk


def make_tokenizer(texts: list[str]):
    """A `PreTrainedTokenizerFast` trained on `texts`, with Qwen's specials, eos/pad and Qwen3's chat template."""
    from transformers import PreTrainedTokenizerFast

    return PreTrainedTokenizerFast(
        tokenizer_object=train_tokenizer(texts),
        eos_token=IM_END, pad_token=ENDOFTEXT, bos_token=None, unk_token=None,
        model_max_length=ARCH["max_position_embeddings"], padding_side="right", clean_up_tokenization_spaces=False,
        chat_template=QWEN3_CHAT_TEMPLATE,
    )


def save_tokenizer(tok: Any, out: Path) -> None:
    tok.save_pretrained(out, save_jinja_files=False)  # chat_template inside tokenizer_config.json, as Qwen3 ships it
    # transformers 5 names its fast class "TokenizersBackend"; 4.x (older vLLM images) knows only this name.
    config_path = out / "tokenizer_config.json"
    tok_config = json.loads(config_path.read_text(encoding="utf-8"))
    tok_config["tokenizer_class"] = "PreTrainedTokenizerFast"
    config_path.write_text(json.dumps(tok_config, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def new_model(tok: Any, *, seed: int, arch: dict[str, int] | None = None):
    """A seeded random `Qwen3ForCausalLM` for `tok` (fp32), with Qwen's non-thinking generation defaults."""
    import torch
    from transformers import GenerationConfig, Qwen3Config, Qwen3ForCausalLM

    ids = {t: tok.convert_tokens_to_ids(t) for t in (ENDOFTEXT, IM_END)}
    config = Qwen3Config(
        vocab_size=len(tok), **(arch or ARCH),
        hidden_act="silu", rms_norm_eps=1e-6, initializer_range=0.02, tie_word_embeddings=True,
        rope_parameters={"rope_type": "default", "rope_theta": 1_000_000.0},
        attention_bias=False, use_sliding_window=False, use_cache=True,
        bos_token_id=ids[ENDOFTEXT], eos_token_id=ids[IM_END], pad_token_id=ids[ENDOFTEXT],
    )
    torch.manual_seed(seed)
    model = Qwen3ForCausalLM(config).to(torch.float32)
    model.generation_config = GenerationConfig(
        bos_token_id=ids[ENDOFTEXT], eos_token_id=ids[IM_END], pad_token_id=ids[ENDOFTEXT],
        do_sample=True, **NON_THINKING_SAMPLING,
    )
    return model


def build_tiny(out: Path, *, seed: int = 0) -> dict[str, Any]:
    """Build the tokenizer and a seeded random Qwen3 model into `out`; returns path, parameters, vocab, seconds."""
    started = time.perf_counter()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    tok = make_tokenizer(corpus())
    save_tokenizer(tok, out)
    model = new_model(tok, seed=seed).eval()
    model.save_pretrained(out, safe_serialization=True)

    info = {
        "path": str(out),
        "parameters": sum(p.numel() for p in model.parameters()),
        "vocab_size": len(tok),
        "seconds": round(time.perf_counter() - started, 2),
    }
    (out / "tiny_build.json").write_text(json.dumps({**info, "seed": seed, "architecture": ARCH}, indent=2))
    return info
