"""Only the product in the product: the installed package holds no developer
tool or test support, and nothing in it reaches for the checkout's tools/ or
tests/ (they are not installed)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "cobby_desktop"
NOT_SHIPPED = {"bench", "screenshots", "sample", "memory_keyring"}


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_no_developer_tool_or_test_support_module_in_the_package():
    assert not [p for p in _modules() if p.stem in NOT_SHIPPED]


def test_the_package_never_imports_tools_or_tests():
    reaching_out = []
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            reaching_out += [
                (path.name, n) for n in names if n.split(".")[0] in ("tests", "tools")
            ]
    assert reaching_out == []


BELOW_THE_UI = ("domain", "services", "magento1", "magento2", "net", "portal")


def _imports(path: Path) -> list[tuple[str, list[str]]]:
    """(module, names) of every `from X import names` and `import X`."""
    found: list[tuple[str, list[str]]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.module, [alias.name for alias in node.names]))
        elif isinstance(node, ast.Import):
            found += [(alias.name, []) for alias in node.names]
    return found


def test_below_the_ui_nothing_imports_qt():
    qt = [
        (str(path.relative_to(PACKAGE)), module)
        for folder in BELOW_THE_UI
        for path in sorted((PACKAGE / folder).rglob("*.py"))
        for module, _ in _imports(path)
        if module.split(".")[0] in ("PySide6", "shiboken6") or module == "cobby_desktop.ui"
        or module.startswith(("cobby_desktop.ui.", "cobby_desktop.i18n"))
    ]
    assert qt == []


def test_no_module_imports_another_modules_private_names():
    private = [
        (str(path.relative_to(PACKAGE)), module, name)
        for path in _modules()
        for module, names in _imports(path)
        if module.startswith("cobby_desktop")
        for name in names
        if name.startswith("_") and not name.startswith("__")
    ]
    assert private == []


def test_no_module_is_over_700_lines():
    long = {
        str(path.relative_to(PACKAGE)): lines
        for path in _modules()
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > 700
    }
    assert long == {}, long


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _runtime_imports(path: Path) -> list[tuple[str, list[str]]]:
    """Like `_imports`, without those under `if TYPE_CHECKING:`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for inner in ast.walk(node)
    }
    found: list[tuple[str, list[str]]] = []
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.module, [alias.name for alias in node.names]))
        elif isinstance(node, ast.Import):
            found += [(alias.name, []) for alias in node.names]
    return found


def _import_graph(paths: list[Path], *, runtime: bool = False) -> dict[str, set[str]]:
    """module -> the package's modules it imports (anywhere in it; type-only
    imports too unless `runtime`)."""
    names = {_module_name(p) for p in paths}
    graph: dict[str, set[str]] = {}
    for path in paths:
        targets: set[str] = set()
        for module, imported in (_runtime_imports if runtime else _imports)(path):
            targets |= {t for t in (module, *(f"{module}.{n}" for n in imported)) if t in names}
        graph[_module_name(path)] = targets - {_module_name(path)}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Groups of modules that import each other, round about (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for target in graph[module]:
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            group = []
            while not group or group[-1] != module:
                group.append(stack.pop())
            if len(group) > 1:
                found.append(sorted(group))

    for module in graph:
        if module not in index:
            visit(module)
    return found


def test_below_the_ui_no_modules_import_each_other():
    """The findings' parts register through finding_registry, and the report
    is written from a CheckReport: nothing below the UI imports back."""
    below = [p for p in _modules() if "ui" not in p.relative_to(PACKAGE).parts[:1]]
    assert _cycles(_import_graph(below)) == []


def test_no_modules_import_each_other_when_the_app_runs():
    """In the UI a module may name a type of the window it is part of
    (TYPE_CHECKING); what runs imports one way only."""
    assert _cycles(_import_graph(_modules(), runtime=True)) == []


def test_the_cycle_finder_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
