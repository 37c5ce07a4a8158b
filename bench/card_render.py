"""Greeting cards: render time per card for every design × size, and OCR recovery per design (issue 20).

For each of the 28 designs (7 motifs × 4 styles) and both sizes: the first render (which draws the design's
background, then cached) and the median of --repeat renders after it, each with a greeting of a length bucket
taken in turn (Chinese and English), plus the PNG encoding time. Then one OCR per design (Tesseract, counted as in
tests/test_cards_ocr.py: the share of the greeting's letters and digits recovered in order) at --ocr-size. Figures
only; exits non-zero when no font or no tesseract is found.
--samples DIR writes the README's sample cards instead (palette PNGs, each well under 150 KB).
Run: .venv/bin/python bench/card_render.py [--repeat 5] [--ocr-size portrait|square|both] [--json] [--samples DIR]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # `tests` is not an installed package: its texts and OCR counting are the judge's

from bot.cards import render as render_module  # noqa: E402
from bot.cards.designs import MOTIF_OF_HOLIDAY, all_designs  # noqa: E402
from bot.cards.fonts import find_fonts  # noqa: E402
from bot.cards.render import CardRequest, render_card  # noqa: E402
from bot.writing.holidays import resolve  # noqa: E402
from tests.cards_texts import EN, NAMES, ZH  # noqa: E402
from tests.test_cards_ocr import ocr, recovery  # noqa: E402

TEXTS = [("zh", b, t) for b, t in ZH.items()] + [("en", b, t) for b, t in EN.items()]
TODAY = date(2027, 1, 20)


def holiday_of(motif: str) -> str:
    return next((h for h, m in MOTIF_OF_HOLIDAY.items() if m == motif), "国庆")


# The README's samples: (file, holiday, style, size, name, sender, greeting).
SAMPLES = [
    ("spring-trad-portrait.png", "春节", "传统喜庆", "portrait", "张总", "小李",
     "张总，新春快乐！去年我们一起做了北京项目，辛苦您了。这一年承蒙您的信任与支持，合作顺利，离不开您。"
     "值此羊年新春，祝您新岁顺遂，阖家幸福，万事如意！"),
    ("moon-casual-portrait.png", "中秋", "轻松自然", "portrait", "老王", "阿杰", ZH["50-100"]),
    ("newyear-tech-square.png", "元旦", "LLM科技风", "square", "Linda", "Wei",
     "Linda, happy New Year! 🎉 May your 2028 have fewer bugs than tokens, every deploy go green on the first "
     "try, and every weekend stay offline. Thanks for a great year of pairing on the inference team!"),
    ("dragonboat-biz-square.png", "端午", "商务得体", "square", "李老师", "小张",
     "李老师，端午安康！毕业八年，仍常想起您陪我们熬夜改论文的日子。您那句“先把问题想清楚，再动手”，我一直记着。"
     "祝您身体健康，桃李满天下！"),
]


def write_samples(directory: Path, fonts) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for name, holiday, style, size, to, sender, text in SAMPLES:
        card = render_card(CardRequest(text, to, resolve(holiday, TODAY), style, sender, size), fonts)
        # 128 colours: gradients band a little, the text does not; a quarter of the full-colour file.
        small = card.image.quantize(colors=128, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
        small.save(directory / name, optimize=True)
        print(f"{directory / name}: {(directory / name).stat().st_size // 1024} KB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5, help="renders per design and size after the first")
    ap.add_argument("--ocr-size", choices=("portrait", "square", "both"), default="portrait")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--samples", type=Path, help="write the README's sample cards into this directory and stop")
    args = ap.parse_args()
    fonts = find_fonts()
    if args.samples:
        write_samples(args.samples, fonts)
        return
    rows = []
    for design in all_designs():
        holiday = resolve(holiday_of(design.motif), TODAY)
        for size in ("portrait", "square"):
            render_module._background.cache_clear()  # the first render pays for the background, as in service
            times, encode = [], []
            for k in range(args.repeat + 1):
                language, bucket, text = TEXTS[k % len(TEXTS)]
                request = CardRequest(text, NAMES[language, bucket], holiday, design.style, "小李", size)
                start = time.perf_counter()
                card = render_card(request, fonts)
                times.append((time.perf_counter() - start) * 1000)
                start = time.perf_counter()
                png = card.png()
                encode.append((time.perf_counter() - start) * 1000)
            rows.append({"design": design.key, "size": size, "first_ms": round(times[0], 1),
                         "median_ms": round(statistics.median(times[1:]), 1),
                         "png_ms": round(statistics.median(encode), 1), "png_kb": round(len(png) / 1024)})
    recoveries = []
    sizes = ("portrait", "square") if args.ocr_size == "both" else (args.ocr_size,)
    with tempfile.TemporaryDirectory() as tmp:
        for k, design in enumerate(all_designs()):
            for size in sizes:
                language, bucket, text = TEXTS[k % len(TEXTS)]
                card = render_card(CardRequest(text, NAMES[language, bucket], resolve(holiday_of(design.motif), TODAY),
                                               design.style, "小李", size), fonts)
                start = time.perf_counter()
                found = recovery(text, ocr(card, language == "zh", Path(tmp)))
                recoveries.append({"design": design.key, "size": size, "text": f"{language} {bucket}",
                                   "recovery": round(found, 3), "ocr_s": round(time.perf_counter() - start, 2)})
    if args.json:
        print(json.dumps({"render": rows, "ocr": recoveries}, ensure_ascii=False, indent=1))
        return
    print(f"{'design':18} {'size':8} {'first ms':>9} {'median ms':>10} {'png ms':>7} {'png KB':>7}")
    for r in rows:
        print(f"{r['design']:18} {r['size']:8} {r['first_ms']:9.1f} {r['median_ms']:10.1f} {r['png_ms']:7.1f}"
              f" {r['png_kb']:7d}")
    for size in ("portrait", "square"):
        med = [r["median_ms"] for r in rows if r["size"] == size]
        first = [r["first_ms"] for r in rows if r["size"] == size]
        print(f"{size}: render median of medians {statistics.median(med):.1f} ms (max {max(med):.1f}), "
              f"first render (background drawn) median {statistics.median(first):.0f} ms")
    print(f"\n{'design':18} {'size':8} {'text':12} {'recovered':>9} {'ocr s':>6}")
    for r in recoveries:
        print(f"{r['design']:18} {r['size']:8} {r['text']:12} {r['recovery']:9.3f} {r['ocr_s']:6.2f}")
    print(f"OCR recovery: min {min(r['recovery'] for r in recoveries):.3f}, "
          f"median {statistics.median(r['recovery'] for r in recoveries):.3f}")


if __name__ == "__main__":
    main()
