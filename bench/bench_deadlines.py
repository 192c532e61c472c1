"""Benchmark: the deadlines engine over 5,000 in-memory cases, and the plain-language checker on
100,000 characters. Prints one JSON line (seconds); figures only, no pass/fail."""

from __future__ import annotations

import json
import random
import statistics
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.domain import deadlines, plain_language  # noqa: E402
from app.domain.records import (  # noqa: E402
    ActorRow,
    Agreement,
    Case,
    Child,
    Consent,
    ConsentGiver,
    ConsentParty,
    LogEntry,
    LogSection,
    Meeting,
    MunicipalSteps,
    Notification,
    NotificationForm,
    PartyKind,
    Person,
)

TODAY = date(2026, 11, 23)
CASES = 5_000
FIRST_NAMES = ["Hans", "Anna", "Bo", "Cille", "Emil", "Freja", "Noah", "Ida", "Oskar", "Lea"]


def synthetic_case(rng: random.Random, number: int) -> Case:
    created = TODAY - timedelta(days=rng.randint(10, 900))

    def after(start: date, most: int) -> date:
        return start + timedelta(days=rng.randint(0, most))

    entries = []
    for _ in range(rng.randint(5, 40)):
        section = rng.choice(list(LogSection))
        on = after(created, 800)
        entries.append(
            LogEntry(section=section, entry_date=on, text="Mor fortæller, at det går bedre.",
                     due_on=after(on, 120) if section is LogSection.REVIEW else None)
        )
    rows = [
        ActorRow(actor=f"Aktør {i}", changed_on=after(created, 700), effort="Samtaler",
                 follow_up_on=after(created, 900) if rng.random() < 0.8 else None)
        for i in range(rng.randint(0, 8))
    ]
    meetings = []
    for _ in range(rng.randint(0, 4)):
        start = after(created, 700)
        meetings.append(
            Meeting(
                starts_at=datetime(start.year, start.month, start.day, 9, tzinfo=UTC),
                place="Familiehuset",
                next_meeting_on=after(start, 90),
                agreements=[Agreement(who="Olga", what="Ringer", by_when=after(start, 30))
                            for _ in range(rng.randint(0, 4))],
            )
        )
    consents = []
    for _ in range(rng.randint(0, 2)):
        signed = after(created, 700)
        consents.append(
            Consent(purpose="Samarbejde", signed_on=signed, valid_until=after(signed, 365),
                    givers=[ConsentGiver(name="Mor", relation="mor")],
                    parties=[ConsentParty(kind=PartyKind.SCHOOL_DAYCARE)])
        )
    notifications = [
        Notification(form=NotificationForm.AGE_6_18, made_on=after(created, 700),
                     notifier=Person(name="Olga"),
                     acknowledged_on=TODAY if rng.random() < 0.7 else None)
        for _ in range(rng.randint(0, 2))
    ]
    aware = after(created, 600) if rng.random() < 0.4 else None
    return Case(
        child=Child(name=f"{rng.choice(FIRST_NAMES)} Testesen {number}"),
        created_by=Person(name="Olga Jensen"),
        created_on=created,
        entries=entries,
        actor_rows=rows,
        meetings=meetings,
        consents=consents,
        notifications=notifications,
        municipal=MunicipalSteps(
            aware_on=aware,
            investigation_decided_on=aware,
            action_plan_on=after(created, 600) if rng.random() < 0.3 else None,
            violence_or_abuse_suspected=rng.random() < 0.05,
            police_or_hospital_involved=rng.random() < 0.3,
        ),
    )


def median_seconds(function, repeat: int) -> tuple[float, float, object]:
    """Median wall-clock and CPU seconds; CPU time is steadier on a busy machine."""
    wall, cpu = [], []
    result = None
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        result = function()
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return statistics.median(wall), statistics.median(cpu), result


def main() -> int:
    rng = random.Random(2026)
    cases = [synthetic_case(rng, n) for n in range(CASES)]
    deadline_s, deadline_cpu, found = median_seconds(lambda: deadlines.compute(cases, TODAY), 5)

    paragraph = (
        "Mor fortæller, at Hans sover dårligt om natten og er træt i børnehaven. Olga ringer til "
        "far på fredag klokken 10, og de aftaler et møde i Familiehuset den 3. marts. "
    )
    clean_text = (paragraph * 1000)[:100_000]
    issues = (
        "Man aftaler et møde snarest muligt. Der tages kontakt til bl.a. PPR, såfremt det "
        "forefindes nødvendigt. "
    )
    mixed_text = ((paragraph + issues) * 600)[:100_000]
    clean_s, clean_cpu, _ = median_seconds(lambda: plain_language.check(clean_text), 9)
    mixed_s, mixed_cpu, mixed_findings = median_seconds(
        lambda: plain_language.check(mixed_text), 9
    )

    print(json.dumps({
        "cases": CASES,
        "deadlines_compute_s": round(deadline_s, 4),
        "deadlines_compute_cpu_s": round(deadline_cpu, 4),
        "deadlines_found": len(found),  # type: ignore[arg-type]
        "plain_language_100k_clean_s": round(clean_s, 4),
        "plain_language_100k_clean_cpu_s": round(clean_cpu, 4),
        "plain_language_100k_with_findings_s": round(mixed_s, 4),
        "plain_language_100k_with_findings_cpu_s": round(mixed_cpu, 4),
        "plain_language_findings": len(mixed_findings),  # type: ignore[arg-type]
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
