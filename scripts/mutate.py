"""Mutation testing of the domain rules (app/domain): does a small change to a rule make a test fail?

    python scripts/mutate.py [--modules deadlines consent …] [--tests tests/test_domain_*.py …]

1. The tests run once under coverage with one context per test, so each line of app/domain is
   mapped to the tests that reach it.
2. Each module is parsed and every mutation site is changed in turn: comparisons shifted by one
   (< ↔ <=, > ↔ >=), == ↔ !=, in ↔ not in, is ↔ is not, and ↔ or, `not` dropped, integer
   constants ±1, True ↔ False, + ↔ -, continue ↔ break, min ↔ max, a `raise` replaced by `pass`.
3. For each mutant only the tests that reach its line run, in a scratch copy of the project; a
   failing (or hanging) run kills it. A mutant no test reaches survives.
4. The score per module leaves out the mutants listed as equivalent (same behaviour, so no test
   can tell them apart) in scripts/mutation_equivalents.txt, each with its reason.

Prints a table and the survivors, and writes the figures as JSON (--json). Not part of CI: it
takes tens of minutes on two cores.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOMAIN = ROOT / "app" / "domain"
EQUIVALENTS = ROOT / "scripts" / "mutation_equivalents.txt"
SKIP_MODULES = {"__init__", "messages"}  # no rules: the package marker and the message type
TIMEOUT_S = 300

_SWAP_CMP = {
    ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq, ast.NotEq: ast.Eq, ast.In: ast.NotIn, ast.NotIn: ast.In,
    ast.Is: ast.IsNot, ast.IsNot: ast.Is,
}
_SYMBOL = {
    ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==", ast.NotEq: "!=",
    ast.In: "in", ast.NotIn: "not in", ast.Is: "is", ast.IsNot: "is not",
}


@dataclass(frozen=True)
class Mutant:
    module: str  # "deadlines"
    index: int  # the n-th site in the module, in walk order
    line: int
    what: str  # "< → <=", "raise → pass", …
    nth: int = 1  # the n-th site with this line and change (`a + b + 1` has two "+ → -")

    @property
    def key(self) -> str:
        # The n-th same change on one line gets " [n]", so one of them can be listed as
        # equivalent without leaving its killable twin out of the score too.
        suffix = f" [{self.nth}]" if self.nth > 1 else ""
        return f"{self.module}.py:{self.line}:{self.what}{suffix}"


class _Sites(ast.NodeTransformer):
    """Walks a module; lists every mutation site, or applies the one numbered `apply`."""

    def __init__(self, apply: int | None = None) -> None:
        self.apply = apply
        self.found: list[tuple[int, str]] = []
        self.docstrings: set[int] = set()

    def _site(self, node: ast.AST, what: str) -> bool:
        self.found.append((getattr(node, "lineno", 0), what))
        return self.apply == len(self.found) - 1

    def visit_Module(self, node: ast.Module) -> ast.AST:  # noqa: N802 - ast API
        for item in ast.walk(node):
            if isinstance(item, ast.FunctionDef | ast.ClassDef | ast.Module | ast.AsyncFunctionDef):
                body = item.body
                if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                    self.docstrings.add(id(body[0].value))
        return self.generic_visit(node)

    def visit_Compare(self, node: ast.Compare) -> ast.AST:  # noqa: N802
        self.generic_visit(node)
        for i, op in enumerate(node.ops):
            swapped = _SWAP_CMP.get(type(op))
            if swapped and self._site(node, f"{_SYMBOL[type(op)]} → {_SYMBOL[swapped]}"):
                node.ops[i] = swapped()
        return node

    def visit_BoolOp(self, node: ast.BoolOp) -> ast.AST:  # noqa: N802
        self.generic_visit(node)
        name, other = ("and", ast.Or) if isinstance(node.op, ast.And) else ("or", ast.And)
        if self._site(node, f"{name} → {'or' if name == 'and' else 'and'}"):
            node.op = other()
        return node

    def visit_UnaryOp(self, node: ast.UnaryOp) -> ast.AST:  # noqa: N802
        self.generic_visit(node)
        if isinstance(node.op, ast.Not) and self._site(node, "not x → x"):
            return node.operand
        return node

    def visit_BinOp(self, node: ast.BinOp) -> ast.AST:  # noqa: N802
        self.generic_visit(node)
        if isinstance(node.op, ast.Add) and self._site(node, "+ → -"):
            node.op = ast.Sub()
        elif isinstance(node.op, ast.Sub) and self._site(node, "- → +"):
            node.op = ast.Add()
        return node

    def visit_Constant(self, node: ast.Constant) -> ast.AST:  # noqa: N802
        value = node.value
        if isinstance(value, bool):
            if self._site(node, f"{value} → {not value}"):
                return ast.copy_location(ast.Constant(not value), node)
        elif isinstance(value, int) and id(node) not in self.docstrings:
            if self._site(node, f"{value} → {value + 1}"):
                return ast.copy_location(ast.Constant(value + 1), node)
            if self._site(node, f"{value} → {value - 1}"):
                return ast.copy_location(ast.Constant(value - 1), node)
        return node

    def visit_Continue(self, node: ast.Continue) -> ast.AST:  # noqa: N802
        if self._site(node, "continue → break"):
            return ast.copy_location(ast.Break(), node)
        return node

    def visit_Break(self, node: ast.Break) -> ast.AST:  # noqa: N802
        if self._site(node, "break → continue"):
            return ast.copy_location(ast.Continue(), node)
        return node

    def visit_Raise(self, node: ast.Raise) -> ast.AST:  # noqa: N802
        self.generic_visit(node)
        if self._site(node, "raise → pass"):
            return ast.copy_location(ast.Pass(), node)
        return node

    def visit_Call(self, node: ast.Call) -> ast.AST:  # noqa: N802
        self.generic_visit(node)
        if isinstance(node.func, ast.Name) and node.func.id in ("min", "max"):
            other = "max" if node.func.id == "min" else "min"
            if self._site(node, f"{node.func.id} → {other}"):
                node.func = ast.copy_location(ast.Name(other, ast.Load()), node.func)
        return node

    # Annotations are not behaviour: `int | None` holds no rule.
    def visit_AnnAssign(self, node: ast.AnnAssign) -> ast.AST:  # noqa: N802
        if node.value is not None:
            node.value = self.visit(node.value)
        return node

    def visit_arg(self, node: ast.arg) -> ast.AST:  # noqa: N802
        return node

    def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.AST:  # noqa: N802
        node.body = [self.visit(stmt) for stmt in node.body]
        node.decorator_list = [self.visit(d) for d in node.decorator_list]
        node.args.defaults = [self.visit(d) for d in node.args.defaults]
        node.args.kw_defaults = [self.visit(d) if d else d for d in node.args.kw_defaults]
        return node


def mutants(module: str, domain: Path = DOMAIN) -> list[Mutant]:
    source = (domain / f"{module}.py").read_text("utf-8")
    sites = _Sites()
    sites.visit(ast.parse(source))
    seen: dict[tuple[int, str], int] = {}
    found = []
    for i, (line, what) in enumerate(sites.found):
        seen[line, what] = seen.get((line, what), 0) + 1
        found.append(Mutant(module, i, line, what, seen[line, what]))
    return found


def mutated_source(mutant: Mutant, domain: Path = DOMAIN) -> str:
    # `domain` is the scratch copy's during a run: editing the worktree meanwhile (a run takes
    # tens of minutes) must not mix two versions of a module.
    tree = ast.parse((domain / f"{mutant.module}.py").read_text("utf-8"))
    sites = _Sites(apply=mutant.index)
    tree = ast.fix_missing_locations(sites.visit(tree))
    return ast.unparse(tree)


def scratch_copy() -> Path:
    """The project without its venv and caches: mutants are written there, never here."""
    target = Path(tempfile.mkdtemp(prefix="stafet-mutate-")) / "project"
    ignore = shutil.ignore_patterns(".venv", ".git", "__pycache__", "*.pyc", "dist", "build",
                                    ".hypothesis", "demo-vault", "*.egg-info")
    shutil.copytree(ROOT, target, ignore=ignore, symlinks=True)
    return target


# A cached rule (functools.lru_cache) runs its lines only for the first test that asks: the
# others would not be mapped to them, so a mutant there would run only that first test. The
# mapping run empties the domain's caches before every test.
_FRESH_CACHES_PLUGIN = """
import sys


def pytest_runtest_setup(item):
    for name, module in list(sys.modules.items()):
        if name.startswith("app.domain"):
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()
"""


def line_map(project: Path, tests: list[str]) -> dict[str, dict[int, set[str]]]:
    """{module: {line: {test node id}}} from one coverage run with a context per test."""
    rc = project / ".mutate-coveragerc"
    rc.write_text(
        "[run]\nsource = app/domain\ndynamic_context = test_function\n"
        "data_file = .mutate-coverage\n",
        "utf-8",
    )
    (project / "_mutate_fresh_caches.py").write_text(_FRESH_CACHES_PLUGIN, "utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(project)}
    subprocess.run(
        [sys.executable, "-m", "coverage", "run", f"--rcfile={rc}", "-m", "pytest", "-q",
         "-p", "no:cacheprovider", "-p", "_mutate_fresh_caches", *tests],
        cwd=project, env=env, check=False, capture_output=True,
    )
    out = project / "coverage.json"
    subprocess.run(
        [sys.executable, "-m", "coverage", "json", f"--rcfile={rc}", "--show-contexts",
         "-o", str(out)],
        cwd=project, env=env, check=True, capture_output=True,
    )
    data = json.loads(out.read_text("utf-8"))
    found: dict[str, dict[int, set[str]]] = {}
    for path, info in data["files"].items():
        module = Path(path).stem
        lines: dict[int, set[str]] = {}
        import_only: list[int] = []
        for line, contexts in info.get("contexts", {}).items():
            if contexts and not any(contexts):
                # Run only at import (a named constant, a dataclass option): it shapes every use
                # of the module, so every test file that reaches the module reaches this line.
                import_only.append(int(line))
                continue
            ids = set()
            for context in contexts:
                if not context:
                    continue
                # "tests.test_x.test_name|run" → "tests/test_x.py::test_name"
                dotted = context.split("|")[0]
                parts = dotted.split(".")
                if len(parts) >= 3 and parts[0] == "tests":
                    ids.add(f"tests/{parts[1]}.py::{parts[2]}")
            if ids:
                lines[int(line)] = ids
        users = set().union(*lines.values()) if lines else set()
        # Whole test files, not only the tests that ran a line of the module: a test may use
        # what the import made without running a line here (iterating an enum's members,
        # calling a dataclass's generated __init__), and only it can tell such a change.
        # A module of data only (legal.py: a table of sources) runs no line after its import:
        # then every test file given may depend on it.
        files = {user.split("::")[0] for user in users} or set(tests)
        for line in import_only:
            if files:
                lines[line] = files
        found[module] = lines
    return found


def tests_for(mutant: Mutant, lines: dict[int, set[str]]) -> set[str]:
    """Tests reaching the mutant's line, or the statement it sits in (a multi-line statement
    reports its first line to coverage)."""
    for line in range(mutant.line, max(0, mutant.line - 15), -1):
        if line in lines:
            return lines[line]
    return set()


def run_mutant(project: Path, mutant: Mutant, tests: set[str]) -> str:
    """"killed", "survived" or "unreached"."""
    if not tests:
        return "unreached"
    target = project / "app" / "domain" / f"{mutant.module}.py"
    original = target.read_text("utf-8")
    target.write_text(mutated_source(mutant, target.parent), "utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(project),
           "PYTHONDONTWRITEBYTECODE": "1"}
    try:
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider",
             *sorted(tests)],
            cwd=project, env=env, capture_output=True, timeout=TIMEOUT_S, check=False,
        )
        return "survived" if done.returncode == 0 else "killed"
    except subprocess.TimeoutExpired:
        return "killed"  # a mutant that hangs is caught by any real run
    finally:
        target.write_text(original, "utf-8")


def equivalents() -> dict[str, str]:
    """{"module.py:line:what": reason} from scripts/mutation_equivalents.txt."""
    found = {}
    if EQUIVALENTS.exists():
        for raw in EQUIVALENTS.read_text("utf-8").splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            key, _, reason = line.partition("  # ")
            found[key.strip()] = reason.strip()
    return found


def domain_modules() -> Iterator[str]:
    for path in sorted(DOMAIN.glob("*.py")):
        if path.stem not in SKIP_MODULES:
            yield path.stem


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--modules", nargs="*", help="domain modules (default: all with rules)")
    parser.add_argument(
        "--tests", nargs="*", help="test files to map and run (default: all but the GUI tests)"
    )
    parser.add_argument("--json", type=Path, help="write the figures here too")
    args = parser.parse_args()
    modules = args.modules or list(domain_modules())
    tests = args.tests or sorted(
        str(p.relative_to(ROOT)) for p in (ROOT / "tests").glob("test_*.py")
        if not p.name.startswith("test_ui_")
    )
    started = time.perf_counter()
    project = scratch_copy()
    print(f"mapping lines to tests ({len(tests)} files) …", file=sys.stderr)
    lines = line_map(project, tests)
    known = equivalents()
    table: dict[str, dict[str, object]] = {}
    survivors: list[str] = []
    for module in modules:
        found = mutants(module, project / "app" / "domain")
        killed = survived = unreached = equivalent = 0
        for n, mutant in enumerate(found, 1):
            if mutant.key in known:
                equivalent += 1
                continue
            outcome = run_mutant(project, mutant, tests_for(mutant, lines.get(module, {})))
            print(f"{module}: {n}/{len(found)} {mutant.key} {outcome}", file=sys.stderr)
            if outcome == "killed":
                killed += 1
            else:
                survived += outcome == "survived"
                unreached += outcome == "unreached"
                survivors.append(f"{mutant.key} ({outcome})")
        counted = killed + survived + unreached
        table[module] = {
            "mutants": len(found),
            "equivalent": equivalent,
            "killed": killed,
            "survived": survived,
            "unreached": unreached,
            "score": round(100 * killed / counted, 1) if counted else 100.0,
        }
    total_killed = sum(int(row["killed"]) for row in table.values())
    total_counted = sum(
        int(row["killed"]) + int(row["survived"]) + int(row["unreached"]) for row in table.values()
    )
    print(f"\n{'module':<20} {'mutants':>8} {'equiv':>6} {'killed':>7} {'alive':>6} {'score':>7}")
    for module, row in table.items():
        alive = int(row["survived"]) + int(row["unreached"])
        print(f"{module + '.py':<20} {row['mutants']:>8} {row['equivalent']:>6} "
              f"{row['killed']:>7} {alive:>6} {row['score']:>6}%")
    score = round(100 * total_killed / total_counted, 1) if total_counted else 100.0
    print(f"{'total':<20} {'':>8} {'':>6} {total_killed:>7} {total_counted - total_killed:>6} "
          f"{score:>6}%")
    if survivors:
        print("\nsurvivors (add a test, or list a true equivalent with its reason):")
        for key in survivors:
            print(f"  {key}")
    figures = {"modules": table, "total_score": score, "survivors": survivors,
               "minutes": round((time.perf_counter() - started) / 60, 1)}
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False), "utf-8")
    shutil.rmtree(project.parent, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
