"""Benchmark: the full stafetlog of a 500-entry case, built and PAdES-signed, and the family plan.

Prints one JSON line (seconds): cold = first build in the process (fonts loaded), then the median
of repeated builds. Budgets (SPEC §8): stafetlog with signature ≤ 2 s, family plan ≤ 0.3 s.
Everything happens in memory, as in the app; figures only, no pass/fail.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.reports import identity, signing  # noqa: E402
from app.reports.catalog import Form, build_document  # noqa: E402
from app.reports.common import BuildOptions  # noqa: E402
from app.reports.template import SignaturePlace  # noqa: E402
from tests.fixtures_reports import big_case, hansen_case  # noqa: E402

OPTIONS = BuildOptions(printed_on=date(2008, 1, 20), author="Kirsten Petersen")
RUNS = 5


class MemorySecrets(dict):
    """Stands in for the vault's secret store: this measures PDFs, not SQLCipher."""

    def put_secret(self, name: str, data: bytes) -> None:
        self[name] = bytes(data)

    def get_secret(self, name: str) -> bytes | None:
        return self.get(name)


def timed(action) -> tuple[float, float, object]:  # noqa: ANN001
    """Wall and CPU seconds of one call (CPU is steadier than wall time on a busy box)."""
    started, cpu = time.perf_counter(), time.process_time()
    result = action()
    return time.perf_counter() - started, time.process_time() - cpu, result


def median_of(action, runs: int) -> tuple[float, float]:  # noqa: ANN001
    """Median wall and median CPU seconds over `runs` calls."""
    walls, cpus, _results = zip(*(timed(action) for _ in range(runs)), strict=True)
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    signer = identity.create_local_identity(
        MemorySecrets(), name="Kirsten Petersen", role="leder", organisation="Familiehuset"
    )
    case = big_case(500)
    head = signing.AuditHead(1234, "ab" * 32)

    def signed_stafetlog() -> bytes:
        place = SignaturePlace()
        pdf = build_document(case, Form.STAFETLOG, OPTIONS).to_pdf(signature=place)
        return signing.sign_pdf(pdf, signer, place, audit_head=head)

    def unsigned_stafetlog() -> bytes:
        return build_document(case, Form.STAFETLOG, OPTIONS).to_pdf()

    small = hansen_case()

    def family_plan() -> bytes:
        return build_document(small, Form.FAMILY_PLAN, OPTIONS).to_pdf()

    cold_log, _cpu, pdf = timed(signed_stafetlog)
    signed_wall, signed_cpu = median_of(signed_stafetlog, RUNS)
    unsigned_wall, unsigned_cpu = median_of(unsigned_stafetlog, RUNS)
    cold_plan, _cpu, _ = timed(family_plan)
    plan_wall, plan_cpu = median_of(family_plan, RUNS * 2)
    print(
        json.dumps(
            {
                "stafetlog_500_signed_cold_s": round(cold_log, 3),
                "stafetlog_500_signed_median_s": round(signed_wall, 3),
                "stafetlog_500_signed_median_cpu_s": round(signed_cpu, 3),
                "stafetlog_500_unsigned_median_s": round(unsigned_wall, 3),
                "stafetlog_500_unsigned_median_cpu_s": round(unsigned_cpu, 3),
                "stafetlog_500_pages": pdf.count(b"/Type /Page\n") or None,  # type: ignore[union-attr]
                "stafetlog_500_bytes": len(pdf),  # type: ignore[arg-type]
                "family_plan_cold_s": round(cold_plan, 3),
                "family_plan_median_s": round(plan_wall, 3),
                "family_plan_median_cpu_s": round(plan_cpu, 3),
                "budget_stafetlog_signed_s": 2.0,
                "budget_family_plan_s": 0.3,
            }
        )
    )


if __name__ == "__main__":
    main()
