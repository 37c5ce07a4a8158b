"""The CJK fonts a card is set in, found on the system: Noto Sans/Serif CJK SC from Debian's `fonts-noto-cjk`.

Why the system package and not a subset shipped here under the SIL Open Font License: a greeting is written by
a model and by people's names, so no subset chosen in advance covers every character it may hold (a rare
surname would come out as a box), and the full fonts are 20–27 MB a weight, too large for the repository. The
Debian package is one `apt-get install` (`.ci/run` does it; `scripts/system-packages`), is kept up to date by the
distribution, and carries the OFL text itself; we redistribute nothing. Other systems point `GREETBOT_CARD_FONT`
at a directory holding the `Noto*CJK*` files or at any one CJK font file (then used for every role).

Search order: the configured path (a missing one is an error, not a silent fallback), then the usual font
directories of Debian/Ubuntu, Fedora, Arch and Alpine, then fontconfig (`fc-list :lang=zh`) for any font that
covers Chinese. Without one, `CardFontMissing` tells the caller to send the greeting as text.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import ImageFont

# Where distributions put Noto CJK (fonts-noto-cjk, google-noto-*-cjk-fonts, noto-fonts-cjk, font-noto-cjk).
SEARCH_DIRS: tuple[Path, ...] = (
    Path("/usr/share/fonts/opentype/noto"),
    Path("/usr/share/fonts/noto-cjk"),
    Path("/usr/share/fonts/google-noto-cjk"),
    Path("/usr/share/fonts/google-noto-sans-cjk-fonts"),
    Path("/usr/share/fonts/google-noto-serif-cjk-fonts"),
    Path("/usr/share/fonts/noto"),
    Path("/usr/local/share/fonts"),
    Path.home() / ".local/share/fonts",
)
# The files of each role, best first: a .ttc holds every region, an .otf/.ttf one of them (the SC one is wanted).
_ROLE_FILES: dict[str, tuple[str, ...]] = {
    "sans": ("NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular.otf", "NotoSansSC-Regular.otf"),
    "sans_bold": ("NotoSansCJK-Bold.ttc", "NotoSansCJKsc-Bold.otf", "NotoSansSC-Bold.otf"),
    "serif": ("NotoSerifCJK-Regular.ttc", "NotoSerifCJKsc-Regular.otf", "NotoSerifSC-Regular.otf"),
    "serif_bold": ("NotoSerifCJK-Bold.ttc", "NotoSerifCJKsc-Bold.otf", "NotoSerifSC-Bold.otf"),
}
ROLES: tuple[str, ...] = ("sans", "sans_bold", "serif", "serif_bold", "mono")


class CardError(Exception):
    """A card could not be made; the greeting goes out as text alone."""


class CardFontMissing(CardError):
    """No font that can draw Chinese was found (or the configured one does not exist)."""


@dataclass(frozen=True)
class FontFace:
    """One face inside a font file (a .ttc collection holds several; `index` picks one)."""

    path: Path
    index: int = 0


@dataclass(frozen=True)
class CardFonts:
    """The faces a card uses, by role; a role the system lacks falls back to the regular sans."""

    sans: FontFace
    sans_bold: FontFace
    serif: FontFace
    serif_bold: FontFace
    mono: FontFace

    def font(self, role: str, size: int) -> ImageFont.FreeTypeFont:
        """The face of `role` at `size` pixels (cached: FreeType opens a 20 MB collection in a few ms)."""
        face: FontFace = getattr(self, role)
        return _load(face.path, face.index, size)


@functools.lru_cache(maxsize=256)
def _load(path: Path, index: int, size: int) -> ImageFont.FreeTypeFont:
    # BASIC layout: CJK and Latin need no shaping, and it is faster and the same with or without libraqm.
    return ImageFont.truetype(str(path), size, index=index, layout_engine=ImageFont.Layout.BASIC)


def _face_named(path: Path, wanted: str) -> FontFace:
    """The face of `path` whose family is `wanted` (e.g. "Noto Sans CJK SC"), else its first Simplified Chinese
    face (a collection's first face is often the Japanese one, whose glyphs differ for some characters)."""
    families: list[str] = []
    for index in range(16):
        try:
            families.append(ImageFont.truetype(str(path), 12, index=index).getname()[0] or "")
        except OSError:
            break
    for match in (lambda f: f == wanted, lambda f: f.endswith(" SC")):
        if (index := next((i for i, f in enumerate(families) if match(f)), None)) is not None:
            return FontFace(path, index)
    return FontFace(path, 0)


def _in_dir(directory: Path) -> dict[str, FontFace]:
    found: dict[str, FontFace] = {}
    for role, names in _ROLE_FILES.items():
        path = next((directory / n for n in names if (directory / n).is_file()), None)
        if path:
            family = ("Noto Serif CJK SC" if role.startswith("serif") else "Noto Sans CJK SC")
            found[role] = _face_named(path, family)
    if "sans" in found and found["sans"].path.suffix == ".ttc":
        found["mono"] = _face_named(found["sans"].path, "Noto Sans Mono CJK SC")
    return found


def _complete(found: dict[str, FontFace]) -> CardFonts:
    base = found.get("sans") or found.get("serif") or next(iter(found.values()))
    bold = found.get("sans_bold", base)
    return CardFonts(sans=found.get("sans", base), sans_bold=bold, serif=found.get("serif", base),
                     serif_bold=found.get("serif_bold", found.get("serif", bold)), mono=found.get("mono", base))


def _fontconfig_zh() -> Path | None:
    if not shutil.which("fc-list"):
        return None
    try:
        out = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    files = sorted(line.split(":")[0].strip() for line in out.splitlines() if line.strip())
    return Path(files[0]) if files else None


_HINT = ("install the Noto CJK fonts (Debian/Ubuntu: apt-get install fonts-noto-cjk) or set GREETBOT_CARD_FONT "
         "to a directory holding them or to one CJK font file")


def find_fonts(configured: Path | None = None, search: Sequence[Path] = SEARCH_DIRS,
               fontconfig: bool = True) -> CardFonts:
    """The card fonts: `configured` (a directory or one font file), else the first search directory holding Noto
    CJK, else any Chinese font fontconfig knows. Raises `CardFontMissing` with what to install."""
    if configured is not None:
        if configured.is_file():
            return _complete({"sans": _face_named(configured, "Noto Sans CJK SC")})
        if configured.is_dir() and (found := _in_dir(configured)):
            return _complete(found)
        raise CardFontMissing(f"card font not found at {configured} (GREETBOT_CARD_FONT): {_HINT}")
    for directory in search:
        if directory.is_dir() and (found := _in_dir(directory)):
            return _complete(found)
    if fontconfig and (path := _fontconfig_zh()):
        return _complete({"sans": _face_named(path, "Noto Sans CJK SC")})
    raise CardFontMissing(f"no Chinese font found for greeting cards: {_HINT}")
