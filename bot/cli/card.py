"""`greetbot card`: a greeting drawn as a card (PNG), from a shell."""

from __future__ import annotations

from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from bot.cards.fonts import CardError, find_fonts
from bot.cards.render import CardRequest, render_card
from bot.domain import STYLES
from bot.reading.form import extract_style
from bot.settings import Settings
from bot.writing import holidays


class CardSizeChoice(str, Enum):
    portrait = "portrait"
    square = "square"


def card(
    text: Annotated[str, typer.Option(help="the greeting")],
    name: Annotated[str, typer.Option(help="who it is for (称呼)")],
    out: Annotated[Path, typer.Option(help="the PNG file to write")],
    holiday: Annotated[str, typer.Option(help="春节, 中秋, …; an alias such as 过年 or CNY works too")] = "春节",
    style: Annotated[str, typer.Option(help=" | ".join(STYLES))] = "传统喜庆",
    size: Annotated[CardSizeChoice, typer.Option(help="portrait for phones, square for groups")] = CardSizeChoice.portrait,
    sender: Annotated[Optional[str], typer.Option(help="who it is from")] = None,
    today: Annotated[Optional[str], typer.Option("--date", help="today, for the holiday's date, YYYY-MM-DD")] = None,
) -> None:
    """Draw a greeting as a card: the holiday, its date and zodiac year, the greeting, who it is to and from."""
    canonical_style = style if style in STYLES else extract_style(style)
    if not canonical_style:
        raise typer.BadParameter(f"unknown style {style!r}; one of {', '.join(STYLES)}", param_hint="--style")
    holiday_name = holidays.canonical_name(holiday)
    if not holiday_name:
        raise typer.BadParameter(f"unknown holiday {holiday!r}", param_hint="--holiday")
    try:
        day = date.fromisoformat(today) if today else date.today()
    except ValueError:
        raise typer.BadParameter(f"expected YYYY-MM-DD, got {today!r}", param_hint="--date") from None
    request = CardRequest(text=text, name=name, holiday=holidays.resolve(holiday_name, day), style=canonical_style,
                          sender=sender, size=size.value)
    try:
        drawn = render_card(request, find_fonts(Settings().card_font))
    except CardError as exc:
        typer.echo(f"error: no card made: {exc}", err=True)
        raise typer.Exit(2) from None
    out.write_bytes(drawn.png())
    typer.echo(f"{out} ({drawn.design.key}, {drawn.image.width}×{drawn.image.height}, body {drawn.layout.body_px} px)",
               err=True)
