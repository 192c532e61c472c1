"""Writes the hostile import corpus in this folder (synthetic names only; small files).

Each file is a "stafet-case" document the app would never write, or text that is not JSON the
way Python reads it. `tests/test_import_hostile.py` imports every file and checks that each is
refused with a Danish message and nothing written. Run from the repository root:
    python tests/hostile/make_corpus.py
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
UID = "0123456789abcdef0123456789abcdef"


def base() -> dict[str, Any]:
    def uid(n: int) -> str:
        return f"{n:032x}"

    person = {"name": "Olga Jensen", "organisation": "Børnehaven", "role": "", "contact": ""}
    return {
        "format": "stafet-case",
        "version": 1,
        "case": {
            "uid": UID,
            "child": {"name": "Testbarn Syntetisk", "cpr": "120320-4235"},
            "created_by": person,
            "created_on": "2025-09-01",
            "levels": [{"uid": uid(1), "on": "2025-09-01", "level": 1, "note": ""}],
            "baton": [
                {"uid": uid(2), "kind": "created", "on": "2025-09-01", "person": person, "note": ""}
            ],
            "entries": [
                {
                    "uid": uid(3),
                    "section": "concern_arose",
                    "entry_date": "2025-09-02",
                    "text": "En iagttagelse.",
                },
                {
                    "uid": uid(4),
                    "section": "concern_arose",
                    "entry_date": "2025-09-03",
                    "text": "En rettelse.",
                    "supersedes": uid(3),
                },
            ],
            "meetings": [
                {
                    "uid": uid(5),
                    "starts_at": "2025-09-10T09:00:00+00:00",
                    "place": "Skolen",
                    "title": "Møde",
                    "minutes": {"Velkomst": "Referat."},
                }
            ],
            "consents": [
                {
                    "uid": uid(6),
                    "purpose": "Samarbejde",
                    "signed_on": "2025-09-01",
                    "valid_until": "2026-09-01",
                    "givers": [
                        {
                            "uid": uid(7),
                            "name": "Forælder Syntetisk",
                            "relation": "mor",
                            "signature_png": "iVBORw0KGgoAAAANSUhEUg==",
                        }
                    ],
                }
            ],
        },
    }


def edit(path: list[Any], value: Any) -> dict[str, Any]:
    doc = copy.deepcopy(base())
    node: Any = doc
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return doc


def rename_key(path: list[Any], old: str, new: str) -> dict[str, Any]:
    doc = copy.deepcopy(base())
    node: Any = doc
    for key in path:
        node = node[key]
    node[new] = node.pop(old)
    return doc


DOCUMENTS: dict[str, Any] = {
    "blank_child_name": edit(["case", "child", "name"], " \t "),
    "empty_child_name": edit(["case", "child", "name"], ""),
    "control_character_in_text": edit(["case", "entries", 0, "text"], "a\x1bb"),
    "control_character_in_minutes_key": rename_key(
        ["case", "meetings", 0, "minutes"], "Velkomst", "Vel\x00komst"
    ),
    "cpr_trailing_newline": edit(["case", "child", "cpr"], "120320-4235\n"),
    "uid_trailing_newline": edit(["case", "entries", 0, "uid"], f"{3:032x}\n"),
    "year_0001": edit(["case", "entries", 0, "entry_date"], "0001-01-01"),
    "year_2099": edit(["case", "created_on"], "2099-01-01"),
    "year_9999": edit(["case", "levels", 0, "on"], "9999-12-31"),
    "year_9999_moment_with_offset": edit(["case", "updated_at"], "9999-12-31T23:59:59-05:00"),
    "arabic_digits_in_date": edit(["case", "created_on"], "٢٠٢٥-٠٩-٠١"),
    "supersedes_itself": edit(["case", "entries", 0, "supersedes"], f"{3:032x}"),
    "supersedes_in_a_circle": edit(["case", "entries", 0, "supersedes"], f"{4:032x}"),
    "empty_baton": edit(["case", "baton"], []),
    "empty_levels": edit(["case", "levels"], []),
    "signature_not_png": edit(
        ["case", "consents", 0, "givers", 0, "signature_png"], "R0lGODlhAQABAAAAACw="
    ),
    "true_as_version": edit(["version"], True),
    "true_as_level": edit(["case", "levels", 0, "level"], True),
    "unknown_key_with_personal_text": rename_key(["case"], "created_on", "Hans Hansen 120320"),
    "text_too_long": edit(["case", "entries", 0, "text"], "x" * 20_001),
    "name_too_long": edit(["case", "child", "name"], "n" * 501),
}

# Text that Python's json module reads differently from JSON, or not at all.
RAW: dict[str, str] = {
    "number_of_5000_digits": json.dumps(base()).replace('"level": 1', '"level": ' + "9" * 5000),
    "nan_as_level": json.dumps(base()).replace('"level": 1', '"level": NaN'),
    "lone_surrogate_in_text": json.dumps(base()).replace("En iagttagelse.", "En \\ud800 iagt."),
    "lone_surrogate_in_key": json.dumps(base()).replace('"Velkomst"', '"Vel\\udc00komst"'),
    "lone_surrogate_unknown_key": json.dumps(base()).replace('"place"', '"pl\\ud800ce"'),
    "nested_20000_deep": '{"format": "stafet-case", "version": 1, "case": '
    + "[" * 20_000
    + "]" * 20_000
    + "}",
}


def main() -> None:
    for name, doc in DOCUMENTS.items():
        (HERE / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=True), "utf-8")
    for name, text in RAW.items():
        (HERE / f"{name}.json").write_text(text, "utf-8")
    (HERE / "not_utf8.json").write_bytes(json.dumps(base()).encode().replace(b"Olga", b"\xffOlga"))
    (HERE / "valid_base.json").write_text(json.dumps(base(), ensure_ascii=False), "utf-8")


if __name__ == "__main__":
    sys.exit(main())
