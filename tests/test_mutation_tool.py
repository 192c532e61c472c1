"""scripts/mutate.py: every mutant is one small change that still compiles, and the list of
known equivalents names real sites."""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _tool():  # noqa: ANN202 - the script as a module
    spec = importlib.util.spec_from_file_location("mutate", ROOT / "scripts" / "mutate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["mutate"] = module
    spec.loader.exec_module(module)
    return module


def test_each_mutant_changes_one_thing_and_compiles():
    mutate = _tool()
    found = mutate.mutants("section49a")
    kinds = {m.what for m in found}
    assert "raise → pass" in kinds and any("→" in k and "<" in k or "is" in k for k in kinds)
    original = ast.unparse(ast.parse((ROOT / "app/domain/section49a.py").read_text("utf-8")))
    for mutant in found:
        changed = mutate.mutated_source(mutant)
        compile(changed, "section49a.py", "exec")
        assert changed != original
        before, after = original.splitlines(), changed.splitlines()
        differing = [i for i, (a, b) in enumerate(zip(before, after, strict=False)) if a != b]
        assert len(differing) <= 1 or len(before) != len(after)  # one line (raise spans more)


def test_every_listed_equivalent_is_a_real_mutant():
    mutate = _tool()
    keys = {m.key for name in mutate.domain_modules() for m in mutate.mutants(name)}
    listed = mutate.equivalents()
    assert listed, "the list exists and is read"
    assert set(listed) <= keys  # a stale entry (module changed) must be moved or removed
    assert all(reason for reason in listed.values())


def test_every_mutant_has_its_own_key():
    # Two same changes on one line (`a + b + 1`) get apart keys: listing one as equivalent must
    # not leave the other out of the score.
    mutate = _tool()
    for name in mutate.domain_modules():
        keys = [m.key for m in mutate.mutants(name)]
        assert len(keys) == len(set(keys)), name
    twins = [m.key for m in mutate.mutants("dates") if m.line == 33 and m.what == "+ → -"]
    assert twins == ["dates.py:33:+ → -", "dates.py:33:+ → - [2]"]
