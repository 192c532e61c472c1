"""PySide6 must not drop references to None/True/False on void and bool calls.

PySide6 6.12.0 on CPython < 3.12 returns None from void methods (and the bools) without taking a
reference; after enough calls the count reaches zero and the interpreter crashes far away from
the cause. pyproject.toml excludes exactly that release there; this probe fails on any build
with the same fault. (On CPython >= 3.12 these objects are immortal and the counts never move.)
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject

CALLS = 20_000
NOISE = 500  # other code running meanwhile may take or drop a few references; a leak is ~CALLS


def test_void_calls_keep_their_reference_to_none():
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        obj.setObjectName("probe")  # void: returns None
    after = sys.getrefcount(None)
    assert abs(after - before) < NOISE, f"None refcount moved by {after - before}"


def test_bool_calls_keep_their_references_to_true_and_false():
    obj = QObject()
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(CALLS):
        obj.inherits("QObject")  # True
        obj.signalsBlocked()  # False
    after = sys.getrefcount(True), sys.getrefcount(False)
    moved = (after[0] - before[0], after[1] - before[1])
    assert all(abs(m) < NOISE for m in moved), f"True/False refcounts moved by {moved}"
