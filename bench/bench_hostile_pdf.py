"""Benchmark: the stafetlog PDF of a case holding the longest text an import accepts (issue 9.7).

Prints one JSON line (seconds, median of 3): a note of app.domain.limits.TEXT_CHARS characters
as words and as one unbroken "word", and (beyond what an import accepts now, e.g. from a vault
written before the limit) a 200,000-character word (30–90 s before long runs were broken).
Budget: every document an import can bring renders in ≤ 2 s. Figures only, no pass/fail.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.domain import records as r  # noqa: E402
from app.domain.limits import TEXT_CHARS  # noqa: E402
from app.reports.catalog import Form, build_document  # noqa: E402
from app.reports.common import BuildOptions  # noqa: E402
from tests.fixtures_reports import hansen_case  # noqa: E402

OPTIONS = BuildOptions(printed_on=date(2008, 1, 20), author="Kirsten Petersen")


def seconds(text: str, runs: int = 3) -> float:
    case = hansen_case()
    case.entries.append(
        r.LogEntry(section=r.LogSection.NOTE, entry_date=date(2008, 1, 2), text=text)
    )
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        build_document(case, Form.STAFETLOG, OPTIONS).to_pdf()
        times.append(time.perf_counter() - started)
    return round(statistics.median(times), 3)


def main() -> None:
    words = ("ord " * TEXT_CHARS)[:TEXT_CHARS]
    print(
        json.dumps(
            {
                "limit_text_chars": TEXT_CHARS,
                "note_at_limit_words_s": seconds(words),
                "note_at_limit_one_word_s": seconds("x" * TEXT_CHARS),
                "word_200000_s": seconds("x" * 200_000, runs=1),
                "budget_s": 2.0,
            }
        )
    )


if __name__ == "__main__":
    main()
