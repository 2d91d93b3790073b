"""The layout is the architecture: one subpackage per pipeline stage, imports one way.

Every import of every module under factcheck/ is read with `ast` (top-level, inside
functions, under TYPE_CHECKING, relative or absolute) and each module is mapped to its
stage. A module may import its own stage or an earlier one, never a later one (nor a
sibling stage of the same rank), and no two modules may import each other, directly or
round a circle. See docs/architecture.md.
"""

from __future__ import annotations

import ast
import tomllib
from collections import deque
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "factcheck"

# earliest first; a stage may import only stages of a lower rank (and itself)
STAGE_RANK = {
    "ground": 0,  # results, errors, text, config, policy, components, cache
    "lexicon": 1,  # WordNet data: imports nothing of the package
    "quantities": 2,
    "corpus": 3,
    "index": 4,
    "judge": 5,
    "lint": 6,
    "audit": 6,
    "printers": 7,
    "cli": 8,
    "api": 9,  # factcheck/__init__.py (the lazy public API) and __main__.py
}
GROUND = {"results", "errors", "text", "config", "policy", "components", "cache"}
MAX_LINES = 450


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def stage_of(module: str) -> str:
    parts = module.split(".")
    if module in ("factcheck", "factcheck.__main__"):
        return "api"
    if len(parts) == 2 and parts[1] in GROUND:
        return "ground"
    if len(parts) >= 2 and parts[1] in STAGE_RANK and (PACKAGE / parts[1]).is_dir():
        return parts[1]
    raise AssertionError(
        f"{module} belongs to no stage: put it in a stage's folder, or add the folder to "
        "STAGE_RANK in tests/test_layout.py and docs/architecture.md"
    )


def imports_of(module: str, path: Path) -> Iterator[tuple[str, int]]:
    """(imported factcheck module, line) for every import statement in the file."""
    is_package = path.name == "__init__.py"
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "factcheck":
                    yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")
                if node.level > 1:
                    base_parts = base_parts[: -(node.level - 1)]
                base = ".".join(base_parts + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            if base.split(".")[0] != "factcheck":
                continue
            for alias in node.names:
                # `from pkg import module` imports the module; `from module import name`
                # imports the module that holds the name
                sub = f"{base}.{alias.name}"
                if sub in MODULES:
                    yield sub, node.lineno
                elif base == "factcheck" and alias.name == "__version__":
                    continue  # a constant of the root package, not its lazy API
                else:
                    yield base, node.lineno


def import_graph() -> dict[str, dict[str, int]]:
    """module -> {imported module: first line}, for every module of the package."""
    graph: dict[str, dict[str, int]] = {}
    for module, path in MODULES.items():
        edges: dict[str, int] = {}
        for target, line in imports_of(module, path):
            assert target in MODULES, f"{path}:{line}: imports {target}, which does not exist"
            if target != module:
                edges.setdefault(target, line)
        graph[module] = edges
    return graph


def upward_imports(graph: dict[str, dict[str, int]]) -> list[str]:
    problems = []
    for module, edges in graph.items():
        here = stage_of(module)
        for target, line in edges.items():
            there = stage_of(target)
            if there == here or STAGE_RANK[there] < STAGE_RANK[here]:
                continue
            where = MODULES[module].relative_to(ROOT) if module in MODULES else module
            problems.append(
                f"{where}:{line}: {module} ({here}) imports "
                f"{target} ({there}): imports must run from later stages to earlier ones"
            )
    return problems


def cycles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """The import circles: strongly connected components with more than one module
    (Tarjan), each given as one circle through its modules."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(circle(graph, set(component)))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def circle(graph: dict[str, dict[str, int]], component: set[str]) -> list[str]:
    """The shortest path round the component from its first module back to it."""
    start = min(component)
    previous = {start: start}
    queue = deque([start])
    while queue:
        v = queue.popleft()
        for w in sorted(graph[v]):
            if w == start:
                path = [v]
                while path[-1] != start:
                    path.append(previous[path[-1]])
                return [*reversed(path), start]
            if w in component and w not in previous:
                previous[w] = v
                queue.append(w)
    return sorted(component)


def test_every_module_belongs_to_a_stage() -> None:
    # the top level holds only the shared ground and the API; everything else is in a stage
    for module in MODULES:
        stage_of(module)


def test_imports_run_from_later_stages_to_earlier_ones() -> None:
    problems = upward_imports(import_graph())
    assert not problems, "\n".join(problems)


def test_no_import_cycles() -> None:
    found = cycles(import_graph())
    assert not found, "import cycles:\n" + "\n".join(" -> ".join(c) for c in found)


def test_the_quantities_engine_imports_only_the_shared_ground() -> None:
    graph = import_graph()
    for module, edges in graph.items():
        if stage_of(module) == "quantities":
            outside = {t for t in edges if stage_of(t) not in ("quantities", "ground")}
            assert not outside, f"{module} imports {sorted(outside)}"


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_is_over_the_line_limit(module: str) -> None:
    lines = MODULES[module].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{module} has {lines} lines: split it by concern"


def test_every_subpackage_is_packaged() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    on_disk = {module_name(p) for p in PACKAGE.rglob("__init__.py")}
    assert on_disk <= listed, f"add to [tool.setuptools] packages: {sorted(on_disk - listed)}"


def test_the_checker_finds_a_planted_upward_import_and_cycle() -> None:
    # the checks above are only as good as the graph: a fake graph shows they can fail
    graph = {
        "factcheck.quantities.numbers": {"factcheck.judge.claims": 3},
        "factcheck.judge.claims": {"factcheck.judge.stance": 1},
        "factcheck.judge.stance": {"factcheck.judge.claims": 2},
    }
    (upward,) = upward_imports(graph)
    assert "factcheck.quantities.numbers (quantities) imports factcheck.judge.claims" in upward
    assert cycles(graph) == [
        ["factcheck.judge.claims", "factcheck.judge.stance", "factcheck.judge.claims"]
    ]
