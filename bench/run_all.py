"""Run every bench/bench_*.py script and print one JSON object with all their figures.

Each script prints a JSON object on its last stdout line; budgets are SPEC §8. Figures are
measurements on the machine at hand, never assertions: the test suite has no time limits.
A script that knows its budgets adds "budgets" and "over_budget"; `--check` exits non-zero when
any figure is over (a benchmark, not a test: CI does not run it).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def run(script: Path) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, env=env, cwd=BENCH.parent
    )
    elapsed = round(time.perf_counter() - started, 2)
    if proc.returncode != 0:
        return {"error": proc.stderr.strip().splitlines()[-1:] or ["failed"], "wall_s": elapsed}
    for line in reversed(proc.stdout.strip().splitlines()):
        line = line.strip()
        if line.startswith("{"):
            figures: dict[str, object] = json.loads(line)
            figures["wall_s"] = elapsed
            return figures
    return {"error": ["no JSON printed"], "wall_s": elapsed}


def main() -> int:
    args = sys.argv[1:]
    check = "--check" in args
    only = {a for a in args if a != "--check"}
    results = {}
    for script in sorted(BENCH.glob("bench_*.py")):
        if only and script.stem not in only:
            continue
        print(f"running {script.name} …", file=sys.stderr)
        results[script.stem] = run(script)
    print(json.dumps(results, indent=2, ensure_ascii=False))
    over = {
        name: figures["over_budget"]
        for name, figures in results.items()
        if figures.get("over_budget")
    }
    for name, keys in over.items():
        budgets = results[name].get("budgets", {})
        for key in keys:  # type: ignore[union-attr]
            print(f"over budget: {name}.{key} = {results[name].get(key)} (budget {budgets.get(key)})",
                  file=sys.stderr)
    failed = any("error" in r for r in results.values())
    return 1 if failed or (check and over) else 0


if __name__ == "__main__":
    sys.exit(main())
