"""The demo vault: Hans Hansen's story from the BTI folder, consistent, current and plain."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from typing import Any

import pytest

from app.domain import consent as consent_rules
from app.domain import plain_language
from app.domain import records as r
from app.domain.baton import BatonState
from app.domain.deadlines import DeadlineStatus
from app.domain.validation import age_on
from app.models.demo import build_demo_case, extra_cases, install_demo, story_shift

TODAY = date(2026, 3, 10)


@pytest.fixture
def demo(svc):
    ids = install_demo(svc, TODAY)
    return ids, svc.load(ids[0])


def test_the_demo_fills_the_case_list(svc, demo):
    ids, hans = demo
    listed = {c.id: c for c in svc.list_cases()}
    assert set(listed) == set(ids) and len(ids) == 6
    assert listed[ids[0]].child_name == "Hans Hansen"
    assert listed[ids[0]].holder == "Kirsten Petersen"
    assert listed[ids[0]].level == r.Level.THREE
    assert {c.level for c in listed.values()} == {r.Level.ONE, r.Level.TWO, r.Level.THREE}


def test_installing_the_demo_twice_keeps_one_copy_of_each_case(svc, demo):
    ids, _hans = demo
    again = install_demo(svc, TODAY)
    assert again == ids
    names = [c.child_name for c in svc.list_cases()]
    assert len(names) == 6 and names.count("Hans Hansen") == 1


def test_the_baton_went_from_olga_to_arne_to_kirsten_by_offer_and_acceptance(demo):
    _, hans = demo
    moves = [(e.kind, e.person.name) for e in hans.baton]
    assert moves == [
        (r.BatonEventKind.CREATED, "Olga Jensen"),
        (r.BatonEventKind.OFFERED, "Arne Andersen"),
        (r.BatonEventKind.ACCEPTED, "Arne Andersen"),
        (r.BatonEventKind.OFFERED, "Kirsten Petersen"),
        (r.BatonEventKind.ACCEPTED, "Kirsten Petersen"),
    ]
    state = BatonState.from_events(hans.baton)
    assert state.holder is not None and state.holder.name == "Kirsten Petersen"
    assert hans.created_by.name == "Olga Jensen"
    assert hans.eye_on_child[-1].person.name == "Olga Jensen"


def test_the_actors_table_has_the_rows_of_the_story_and_matches_the_meeting(svc, demo):
    ids, hans = demo
    rows = r.current_actor_rows(hans.actor_rows)
    assert [x.actor for x in rows] == [
        "Børnehaven",
        "Familiehuset",
        "Børnesagsbehandler",
        "Psykiatrisk afdeling",
        "Voksensagsbehandler (Lillys)",
    ]
    shift = story_shift(TODAY)
    assert rows[0].changed_on == date(2007, 11, 12) + shift
    assert all(x.changed_on == date(2008, 1, 15) + shift for x in rows[1:])
    assert [x.follow_up_on for x in rows] == [date(2008, 2, 1) + shift] * 4 + [
        date(2008, 2, 14) + shift
    ]
    (meeting,) = hans.meetings
    assert [a.who for a in meeting.agreements] == [x.actor for x in rows[1:]]
    assert svc.apply_agreements(ids[0], meeting.uid) == []  # already in the table


def test_the_consent_covers_every_professional_in_the_story(demo):
    _, hans = demo
    (consent,) = hans.consents
    consent_rules.validate_consent(consent)
    assert [g.name for g in consent.givers] == ["Lilly Hansen", "Ib Hansen"]
    assert all(
        g.signature_png and g.signature_png.startswith(b"\x89PNG\r\n\x1a\n") for g in consent.givers
    )
    day = date(2008, 1, 15) + story_shift(TODAY)
    for kind, name in (
        (r.PartyKind.SCHOOL_DAYCARE, "Olga Jensen"),
        (r.PartyKind.CHILDREN_CASEWORKER, "Arne Andersen"),
        (r.PartyKind.ADULT_CASEWORKER, "Jannie Jørgensen"),
        (r.PartyKind.HOSPITAL, "Mogens Mogensen"),
        (r.PartyKind.OTHER, "Kirsten Petersen"),
    ):
        assert consent_rules.covers(consent, kind, day, name), name
    assert not consent_rules.covers(consent, r.PartyKind.GP, day)


def test_the_story_is_current_hans_is_five_and_the_dates_keep_their_spacing(svc, demo):
    _, hans = demo
    shift = story_shift(TODAY)
    assert shift.days % 7 == 0  # weekdays in the texts ("onsdag") stay right
    last_update = date(2008, 1, 15) + shift
    assert TODAY - timedelta(days=16) < last_update <= TODAY - timedelta(days=10)
    assert hans.created_on == date(2007, 9, 6) + shift
    assert age_on(hans.child, TODAY) == 5
    (notification,) = hans.notifications
    assert notification.form is r.NotificationForm.AGE_0_6
    assert age_on(hans.child, notification.made_on) < 6
    assert [a.category for a in hans.assessments] == [2, 3]  # "Børn i faldende trivsel" first
    hans_deadlines = [d for d in svc.deadlines(TODAY) if d.case_uid == hans.uid]
    assert hans_deadlines and all(d.status is DeadlineStatus.UPCOMING for d in hans_deadlines)
    assert min(d.due_on for d in hans_deadlines) == date(2008, 2, 1) + shift


def test_the_dashboard_has_overdue_due_and_upcoming_items(svc, demo):
    statuses = {d.status for d in svc.deadlines(TODAY)}
    assert statuses == {DeadlineStatus.OVERDUE, DeadlineStatus.DUE, DeadlineStatus.UPCOMING}


def test_the_revised_review_date_keeps_the_first_one(demo):
    _, hans = demo
    reviews = [e for e in hans.entries if e.section is r.LogSection.REVIEW]
    assert len(reviews) == 3
    assert reviews[1].supersedes == reviews[0].uid
    assert [e.due_on for e in r.current_entries(hans.entries, r.LogSection.REVIEW)] == [
        reviews[1].due_on,
        reviews[2].due_on,
    ]


def _texts(value: Any, path: str = "case") -> list[tuple[str, str]]:
    if isinstance(value, str):
        return [(path, value)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        found = []
        for f in dataclasses.fields(value):
            if f.name in ("uid", "cpr") or f.name.endswith("_uid") or f.name == "supersedes":
                continue
            found += _texts(getattr(value, f.name), f"{path}.{f.name}")
        return found
    if isinstance(value, list):
        return [t for i, x in enumerate(value) for t in _texts(x, f"{path}[{i}]")]
    if isinstance(value, dict):
        return [t for k, x in value.items() for t in _texts(x, f"{path}[{k}]")]
    return []


def test_every_demo_text_passes_the_plain_language_check():
    problems = [
        (path, text[f.start : f.end], f.rule)
        for case in [build_demo_case(TODAY), *extra_cases(TODAY)]
        for path, text in _texts(case)
        for f in plain_language.check(text)
    ]
    assert problems == []


def test_the_demo_keeps_the_worked_examples_family_and_no_month_name_against_its_dates(svc):
    from datetime import date

    from app.models.demo import install_demo

    for today in (date(2026, 3, 10), date(2026, 11, 30)):  # the story moves with today
        ids = install_demo(svc, today)
        hans = next(c for c in (svc.load(i) for i in ids) if c.child.name == "Hans Hansen")
        assert [s.name for s in hans.siblings] == ["Sofie Hansen"]
        texts = " ".join(e.text for e in hans.entries)
        assert "skilt" in texts and "Sofie" in texts
        months = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
                  "september", "oktober", "november", "december")
        arose = next(e for e in hans.entries if e.section is r.LogSection.CONCERN_AROSE)
        assert not any(m in arose.text.lower() for m in months), arose.text


def test_make_demo_builds_a_vault_that_opens_with_the_printed_passphrase(tmp_path, _isolated_paths):
    """The README's first command: `make demo` runs scripts/demo.py; its vault must pass the
    vault's own passphrase rules and open with what it prints."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    from app.models.service import CaseService
    from app.vault import DeviceSecrets, Vault

    repo = Path(__file__).resolve().parent.parent
    env = {**os.environ, "HOME": str(_isolated_paths), "PYTHONPATH": str(repo)}
    done = subprocess.run(
        [sys.executable, str(repo / "scripts" / "demo.py"), "--vault", str(tmp_path / "demo"),
         "--no-gui"],
        capture_output=True, text=True, env=env, cwd=repo, timeout=300,
    )
    assert done.returncode == 0, done.stderr[-1500:]
    printed = done.stdout.strip().splitlines()[-1].split(": ", 1)[1]
    vault = Vault.unlock(tmp_path / "demo", printed, device_secrets=DeviceSecrets(None))
    try:
        names = {c.child_name for c in CaseService(vault).list_cases()}
        assert "Hans Hansen" in names
    finally:
        vault.lock()
