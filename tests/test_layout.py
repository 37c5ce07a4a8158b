"""The layout is the architecture: floors import only floors below them, adapters stay platform-side, modules stay
small. Imports are read with `ast` (every import, also those inside functions), so a late import cannot hide."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Lowest first. A package may import its own modules and anything on a lower floor; packages on one floor are
# siblings and do not import each other, except on the ground floor (the nouns, the settings, background tasks).
FLOORS: tuple[frozenset[str], ...] = (
    frozenset({"bot.domain", "bot.settings", "bot.background", "bot.permissions"}),
    frozenset({"bot.storage"}),
    frozenset({"bot.writing"}),
    frozenset({"bot.reading", "bot.followup", "bot.cards", "model_server"}),
    frozenset({"bot.learning"}),  # the learning cycle trains and scores through model_server
    frozenset({"bot.scheduling"}),  # its runner schedules the learning cycle
    frozenset({"bot.conversation"}),  # the engine routes to scheduling, follow-ups and feedback
    frozenset({"bot.service"}),
    frozenset({"bot.cli"}),
)
FLOOR_OF = {package: n for n, floor in enumerate(FLOORS) for package in floor}
ADAPTERS_MAY_IMPORT = frozenset({"bot.domain", "bot.settings"})
MAY_IMPORT_ADAPTERS = frozenset({"bot.service", "bot.cli"})
OURS = ("bot", "adapters", "model_server")
MAX_MODULE_LINES = 460  # "about 450": past this a module holds more than one role
MAX_CLASS_LINES = 260


def room(module: str) -> str:
    """The package a module belongs to for the rule: `bot.writing.composer.draft` → `bot.writing`."""
    parts = module.split(".")
    if parts[0] == "bot":
        return ".".join(parts[:2])
    return parts[0]


def imported_modules(source: str, module: str) -> list[tuple[int, str]]:
    """(line, imported module) for every import of our own code in `source`, relative ones resolved."""
    found: list[tuple[int, str]] = []
    package = module.rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else []))
            # `from bot import holidays` imports the module bot.holidays, not the package bot.
            found += [(node.lineno, f"{base}.{a.name}" if base in OURS else base) for a in node.names]
    return [(line, name) for line, name in found if name.split(".")[0] in OURS]


def violation(importer: str, imported: str) -> str | None:
    """Why `importer` may not import `imported`, or None when it may."""
    src, dst = room(importer), room(imported)
    if src == dst:
        return None
    if dst == "adapters":
        return None if src in MAY_IMPORT_ADAPTERS else "only bot.service and bot.cli import adapters"
    if src == "adapters":
        return None if dst in ADAPTERS_MAY_IMPORT else "adapters import only bot.domain and bot.settings"
    if src not in FLOOR_OF or dst not in FLOOR_OF:
        return f"{src if src not in FLOOR_OF else dst} is on no floor: add it to FLOORS"
    if FLOOR_OF[dst] < FLOOR_OF[src] or FLOOR_OF[src] == FLOOR_OF[dst] == 0:
        return None
    if FLOOR_OF[dst] == FLOOR_OF[src]:
        return "siblings on one floor do not import each other"
    return "a lower floor imports a higher one"


def module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
    return ".".join(parts)


def our_modules() -> list[Path]:
    return sorted(p for top in OURS for p in (ROOT / top).rglob("*.py") if "migrations" not in p.parts)


def test_no_module_imports_upward_or_across() -> None:
    problems = []
    for path in our_modules():
        importer = module_name(path)
        for line, imported in imported_modules(path.read_text(encoding="utf-8"), importer):
            why = violation(importer, imported)
            if why:
                problems.append(f"{path.relative_to(ROOT)}:{line}: {importer} → {imported}: {why}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("importer,source,pair", [
    ("bot.storage.inbox", "from bot.conversation.engine import Engine\n", "bot.storage.inbox → bot.conversation.engine"),
    ("bot.writing.compose", "def late():\n    from bot.scheduling import schedules\n",
     "bot.writing.compose → bot.scheduling"),
    ("bot.reading.dialogue", "from bot.followup.thread import Thread\n", "bot.reading.dialogue → bot.followup.thread"),
    ("adapters.telegram", "from bot.storage.store import Store\n", "adapters.telegram → bot.storage.store"),
    ("bot.conversation.engine", "import adapters.telegram\n", "bot.conversation.engine → adapters.telegram"),
    ("bot.domain", "from bot import holidays\n", "bot.domain → bot.holidays"),
])
def test_the_rule_names_the_offending_pair(importer: str, source: str, pair: str) -> None:
    found = [(importer, imported, violation(importer, imported)) for _, imported in imported_modules(source, importer)]
    offending = [f"{a} → {b}" for a, b, why in found if why]
    assert offending == [pair]


def test_downward_and_same_package_imports_are_allowed() -> None:
    for importer, imported in [("bot.cli.main", "bot.service.app"), ("bot.service.app", "adapters.registry"),
                               ("bot.conversation.engine", "bot.scheduling.chat"), ("bot.storage.store", "bot.domain"),
                               ("bot.settings", "bot.domain"), ("adapters.telegram", "bot.settings"),
                               ("bot.writing.composer.draft", "bot.writing.quality"),
                               ("bot.learning.cycle", "model_server.preference"),
                               ("model_server.eval", "bot.writing.compose")]:
        assert violation(importer, imported) is None, (importer, imported)


def test_every_bot_package_says_what_it_holds_and_imports_nothing_itself() -> None:
    for init in sorted((ROOT / "bot").rglob("__init__.py")):
        if "migrations" in init.parts:
            continue
        tree = ast.parse(init.read_text(encoding="utf-8"))
        assert ast.get_docstring(tree), f"{init.relative_to(ROOT)} has no docstring"
        assert all(isinstance(n, ast.Expr) for n in tree.body), f"{init.relative_to(ROOT)} should hold only its docstring"


def test_modules_and_classes_stay_small() -> None:
    too_big = []
    for path in our_modules():
        source = path.read_text(encoding="utf-8")
        if (lines := source.count("\n")) > MAX_MODULE_LINES:
            too_big.append(f"{path.relative_to(ROOT)}: {lines} lines")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.ClassDef) and (size := node.end_lineno - node.lineno + 1) > MAX_CLASS_LINES:
                too_big.append(f"{path.relative_to(ROOT)}: class {node.name}: {size} lines")
    assert not too_big, "\n".join(too_big)
