"""Build a benchmark vault: 5,000 synthetic cases, a few of them large (500 log entries, 50
assessments, 20 meetings). Reused when it already exists. Prints one JSON line.

    python bench/make_big_vault.py [DIR] [--cases N] [--big N] [--force]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import shutil
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.domain import records as r  # noqa: E402
from app.domain.messages import UserError  # noqa: E402
from app.domain.deadlines import case_items  # noqa: E402
from app.models import mapping as mp  # noqa: E402
from app.models import summary  # noqa: E402
from app.models import tables as t  # noqa: E402
from app.models.search import refresh_keys  # noqa: E402
from app.models.service import STALE_DEADLINES  # noqa: E402
from app.vault import DeviceSecrets, KdfParams, Vault  # noqa: E402

PASSPHRASE = "benchmark frase med god længde"
DEFAULT_DIR = Path(tempfile.gettempdir()) / "stafet-bench-5000"
SETTING = "bench.cases"
TODAY = date(2026, 3, 10)

FIRST = [
    "Hans",
    "Emma",
    "Noah",
    "Sofie",
    "Mads",
    "Freja",
    "Oscar",
    "Ida",
    "William",
    "Clara",
    "Alfred",
    "Ella",
    "Karl",
    "Alma",
    "Victor",
    "Laura",
    "Malthe",
    "Agnes",
    "Søren",
    "Åse",
    "Ærtebjørn",
    "Øjvind",
    "Marie",
    "Lucas",
    "Nora",
    "Elias",
    "Olivia",
    "Anton",
    "Mathilde",
]
LAST = [
    "Hansen",
    "Jensen",
    "Nielsen",
    "Pedersen",
    "Andersen",
    "Christensen",
    "Larsen",
    "Sørensen",
    "Rasmussen",
    "Jørgensen",
    "Petersen",
    "Madsen",
    "Kristensen",
    "Olsen",
    "Thomsen",
    "Poulsen",
    "Johansen",
    "Møller",
    "Mortensen",
    "Østergaard",
    "Holm",
    "Berg",
]
HOLDERS = [
    r.Person(name=f"{first} {last}", organisation=org, role=role)
    for first, last, org, role in [
        ("Olga", "Jensen", "Børnehaven Mælkebøtten", "stuepædagog"),
        ("Arne", "Andersen", "Børn og Familie", "børnesagsbehandler"),
        ("Kirsten", "Petersen", "Familiehuset", "leder"),
        ("Søren", "Madsen", "Skovbakke Skole", "klasselærer"),
        ("Mette", "Kjær", "Sundhedsplejen", "sundhedsplejerske"),
    ]
]
SIGNS = [
    "small_tense_passive",
    "changed_behaviour",
    "withdrawn_or_excluded",
    "absence",
    "concentration",
    "anxious",
]
TEXT = (
    "Hans er stille i børnehaven og leger mest alene. Olga Jensen taler med Lilly om det, "
    "og de aftaler at mødes igen om to uger. "
)


def _cpr(rng: random.Random) -> str:
    born = date(2004, 1, 1) + timedelta(days=rng.randrange(21 * 365))
    return f"{born:%d%m}{born.year % 100:02d}-4{rng.randrange(1000):03d}"


def _entries(rng: random.Random, start: date, count: int) -> list[r.LogEntry]:
    sections = list(r.LogSection)
    out: list[r.LogEntry] = []
    for i in range(count):
        on = start + timedelta(days=i % 400)
        section = sections[i % len(sections)]
        entry = r.LogEntry(
            section=section,
            entry_date=on,
            text=TEXT * rng.randint(1, 4),
            author="Olga Jensen",
            due_on=on + timedelta(days=30) if section is r.LogSection.REVIEW else None,
            recorded_at=datetime.combine(on, clock(12), tzinfo=UTC),
        )
        if out and i % 10 == 0:
            entry.supersedes = out[-1].uid
        out.append(entry)
    return out


def _meeting(rng: random.Random, on: date, index: int) -> r.Meeting:
    return r.Meeting(
        starts_at=datetime.combine(on, clock(9), tzinfo=UTC),
        place="Familiehuset",
        participants=[
            r.Participant(
                name=f"{rng.choice(FIRST)} {rng.choice(LAST)}", role="deltager", attended=True
            )
            for _ in range(6)
        ],
        agenda=["1", "2", "3", "4", "5", "6", "6a", "6b", "6c"],
        minutes={p: TEXT for p in ("1", "3a", "3b", "3c", "4b", "4c", "5a", "5d", "6b", "6c")},
        agreements=[
            r.Agreement(
                who=f"Aktør {k}",
                what=TEXT,
                by_when=on + timedelta(days=30),
                follow_up_by="Kirsten Petersen",
            )
            for k in range(4)
        ],
        next_meeting_on=on + timedelta(days=45),
        held=True,
    )


def make_case(rng: random.Random, index: int, big: bool) -> r.Case:
    holder = rng.choice(HOLDERS)
    created = TODAY - timedelta(days=rng.randrange(30, 700))
    level = rng.choice([1, 1, 2, 3])
    case = r.Case(
        child=r.Child(name=f"{rng.choice(FIRST)} {rng.choice(LAST)}", cpr=_cpr(rng)),
        custodians=[
            r.Custodian(name=f"{rng.choice(FIRST)} {rng.choice(LAST)}", relation="mor"),
            r.Custodian(name=f"{rng.choice(FIRST)} {rng.choice(LAST)}", relation="far"),
        ],
        created_by=holder,
        created_on=created,
        levels=[r.LevelChange(on=created, level=r.Level.ONE)]
        + (
            [r.LevelChange(on=created + timedelta(days=20), level=r.Level(level))]
            if level > 1
            else []
        ),
        baton=[r.BatonEvent(kind=r.BatonEventKind.CREATED, on=created, person=holder)],
        eye_on_child=[r.EyeOnChild(since=created, person=holder)],
        updated_at=datetime.combine(created, clock(12), tzinfo=UTC),
    )
    n_entries, n_scales, n_meetings = (
        (500, 50, 20) if big else (rng.randint(3, 15), 1, rng.randint(0, 1))
    )
    case.entries = _entries(rng, created, n_entries)
    case.assessments = [
        r.ScaleAssessment(
            scale=r.ScaleKind.CHILD,
            assessed_on=created + timedelta(days=7 * k),
            category=rng.randint(1, 5),
            assessors=[holder.name],
            signs=rng.sample(SIGNS, 2),
            note=TEXT,
        )
        for k in range(n_scales)
    ]
    case.meetings = [_meeting(rng, created + timedelta(days=20 * k), k) for k in range(n_meetings)]
    case.actor_rows = [
        r.ActorRow(
            actor="Børnehaven",
            changed_on=created,
            effort=TEXT,
            follow_up_on=TODAY + timedelta(days=rng.randint(-20, 60)),
            follow_up_by=holder.name,
        )
    ]
    if big or rng.random() < 0.3:
        signed = TODAY - timedelta(days=rng.randint(0, 360))
        case.consents = [
            r.Consent(
                purpose="Samarbejde om barnet",
                signed_on=signed,
                valid_until=signed + timedelta(days=360),
                givers=[
                    r.ConsentGiver(
                        name=case.custodians[0].name,
                        relation="mor",
                        signature_png=b"\x89PNG\r\n\x1a\n" + os.urandom(2000),
                    )
                ],
                parties=[r.ConsentParty(kind=r.PartyKind.SCHOOL_DAYCARE, name="Børnehaven")],
            )
        ]
    if big:
        case.network_maps = [
            r.NetworkMap(
                made_on=created + timedelta(days=60 * k),
                holder=holder,
                actors=[
                    r.MapActor(
                        row=row,
                        column=col,
                        name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                        effort="Samtaler hver uge",
                    )
                    for row in r.MapRow
                    for col in list(r.MapColumn)[:2]
                ],
            )
            for k in range(5)
        ]
    return case


def build(directory: Path, cases: int, big: int, *, force: bool = False) -> dict[str, object]:
    if force and directory.exists():
        shutil.rmtree(directory)
    if Vault.exists(directory):
        try:
            vault = Vault.unlock(directory, PASSPHRASE, device_secrets=DeviceSecrets(None))
        except UserError:  # written by an older build (key file format) or damaged: rebuild
            have = None
        else:
            have = vault.settings_get(SETTING)
            vault.lock()
        if have == cases:
            return {"vault": str(directory), "cases": cases, "reused": True}
        shutil.rmtree(directory)
    started, cpu = time.perf_counter(), time.process_time()
    # Thousands of rows that stay alive until each batch is written: the cyclic garbage
    # collector would walk them again and again (a fifth of the build's CPU time); it runs
    # once a batch instead.
    collecting = gc.isenabled()
    gc.disable()
    try:
        made = _generate(directory, cases, big)
    finally:
        if collecting:
            gc.enable()
    size = sum(p.stat().st_size for p in directory.iterdir() if p.is_file())
    return {
        "vault": str(directory),
        "cases": cases,
        "big_cases": big,
        "reused": False,
        "build_s": round(time.perf_counter() - started, 1),
        "build_cpu_s": round(time.process_time() - cpu, 1),  # less moved by other load
        "size_mb": round(size / 2**20, 1),
        **made,
    }


def _generate(directory: Path, cases: int, big: int) -> dict[str, object]:
    vault, _recovery = Vault.create(
        directory,
        PASSPHRASE,
        kdf=KdfParams.production(),
        device_secrets=DeviceSecrets(None),
        actor="benchmark",
    )
    rng = random.Random(20260310)
    big_every = max(1, cases // max(1, big)) if big else 0
    batch = 250
    for first in range(0, cases, batch):
        with vault.session() as s:
            for index in range(first, min(cases, first + batch)):
                case = make_case(rng, index, big_every and index % big_every == 0)
                items = case_items(case)
                row = t.CaseRow(
                    id=index + 1, **mp.header_columns(case), **summary.columns_for(case, items=items)
                )
                keys = refresh_keys(row)
                s.add(row)
                s.add_all(summary.deadline_rows(row.id, items))
                s.add_all(t.SearchKeyRow(case_id=row.id, key=k) for k in keys)
                s.add_all(mp.body_rows(row.id, case))
            vault.audit.append("bench.generate", "case", f"{first + 1}-{index + 1}")
        gc.collect()  # once a batch, when its rows are garbage (the collector is paused)
    vault.settings_set(SETTING, cases)
    vault.settings_set(STALE_DEADLINES, False)  # written above with each case
    vault.lock()
    return {"load_average_1min": round(os.getloadavg()[0], 2)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "directory",
        nargs="?",
        type=Path,
        default=Path(os.environ.get("STAFET_BENCH_VAULT", DEFAULT_DIR)),
    )
    parser.add_argument("--cases", type=int, default=5000)
    parser.add_argument("--big", type=int, default=5, help="how many large cases")
    parser.add_argument("--force", action="store_true", help="rebuild even if it exists")
    args = parser.parse_args()
    print(json.dumps(build(args.directory, args.cases, args.big, force=args.force)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
