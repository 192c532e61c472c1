"""Benchmark the case service on a 5,000-case vault: search by name and CPR prefix, loading a
large case fully, the deadlines over all open cases, and memory with the vault open.
Prints one JSON line (figures, never pass/fail). Builds the vault first if it is missing.

Budgets (SPEC §8): search ≤ 50 ms; open a case with 500 entries, 50 assessments and 20 meetings
≤ 150 ms; ≤ 300 MB RSS with a 5,000-case vault open.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import make_big_vault  # noqa: E402
import sqlalchemy as sa  # noqa: E402

from app.domain.records import new_uid  # noqa: E402
from app.models import tables as t  # noqa: E402
from app.models.service import CaseService  # noqa: E402
from app.vault import DeviceSecrets, Vault  # noqa: E402

NAME_SEARCHES = ["han", "Søren", "øjvind", "ida mø", "j", "hansen", "ærtebjørn østergaard"]
CPR_SEARCHES = ["01", "0103", "010320", "1512-4", "3112094"]
REPEAT = 20


def ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def timed(fn, repeat: int = REPEAT) -> tuple[list[float], object]:  # noqa: ANN001
    fn()  # warm: compiled statements, SQLite page cache
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return times, result


def rss_mb(field: str) -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return round(int(line.split()[1]) / 1024, 1)
    return -1.0


def main() -> int:
    directory = Path(os.environ.get("STAFET_BENCH_VAULT", make_big_vault.DEFAULT_DIR))
    built = make_big_vault.build(directory, 5000, 5)
    vault = Vault.unlock(directory, make_big_vault.PASSPHRASE, device_secrets=DeviceSecrets(None))
    svc = CaseService(vault, actor="benchmark")
    figures: dict[str, object] = {"cases": svc.case_count(), "vault_built": not built["reused"]}

    searches = {}
    for text in NAME_SEARCHES + CPR_SEARCHES:
        times, found = timed(lambda text=text: svc.list_cases(text))
        searches[text] = {
            "median_ms": ms(statistics.median(times)),
            "max_ms": ms(max(times)),
            "hits": len(found),
        }  # type: ignore[arg-type]
    figures["search"] = searches
    name_medians = [searches[s]["median_ms"] for s in NAME_SEARCHES]
    cpr_medians = [searches[s]["median_ms"] for s in CPR_SEARCHES]
    figures["search_by_name_worst_median_ms"] = max(name_medians)
    figures["search_by_cpr_worst_median_ms"] = max(cpr_medians)
    times, everyone = timed(lambda: svc.list_cases(), repeat=5)
    figures["list_all_5000_median_ms"] = ms(statistics.median(times))

    with vault.read_session() as s:
        big_id = s.scalar(
            sa.select(t.LogEntryRow.case_id)
            .group_by(t.LogEntryRow.case_id)
            .order_by(sa.func.count().desc())
            .limit(1)
        )
    times, case = timed(lambda: svc.load(big_id), repeat=10)
    figures["open_large_case"] = {
        "entries": len(case.entries),  # type: ignore[union-attr]
        "assessments": len(case.assessments),  # type: ignore[union-attr]
        "meetings": len(case.meetings),  # type: ignore[union-attr]
        "median_ms": ms(statistics.median(times)),
        "max_ms": ms(max(times)),
        "note": "includes the audit row for the view (one committed write)",
    }
    sample = case.entries[0]  # type: ignore[union-attr]
    note = replace(
        sample,
        uid=new_uid(),
        entry_date=date(2026, 3, 1),
        text="Kort note.",
        supersedes=None,
        links=[],
    )
    added: list[str] = []
    times, _ = timed(
        lambda: added.append(svc.add_entry(big_id, replace(note, uid=new_uid()))), repeat=5
    )
    figures["add_entry_to_large_case_median_ms"] = ms(statistics.median(times))
    for uid in added:  # else the large case grows with every run and the figures drift
        svc.retract(big_id, uid)
    times, _ = timed(lambda: svc.save_draft(big_id, "bench", "Halvt skrevet tekst"), repeat=50)
    figures["save_draft_median_ms"] = ms(statistics.median(times))

    times, items = timed(lambda: svc.deadlines(make_big_vault.TODAY), repeat=2)
    figures["deadlines_all_cases"] = {
        "median_s": round(statistics.median(times), 2),
        "items": len(items),
    }  # type: ignore[arg-type]
    del items, everyone, case
    figures["rss_mb_vault_open"] = rss_mb("VmRSS")
    figures["rss_mb_peak"] = rss_mb("VmHWM")
    vault.lock()
    figures["budgets"] = {"search_ms": 50, "open_case_ms": 150, "rss_mb": 300}
    print(json.dumps(figures, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
