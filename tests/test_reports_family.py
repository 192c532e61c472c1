"""Documents for the family: the one-page plan in large type, and the family-safe rules."""

from __future__ import annotations

import re
import subprocess
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.messages import UserError
from app.domain.records import ActorRow, LogEntry, LogSection
from app.reports.catalog import Form, build_document
from app.reports.common import BuildOptions
from app.reports.text import shorten
from tests.fixtures_reports import CPR, INTERNAL_MARK, hansen_case, pdf_pages, pdf_text

OPTIONS = BuildOptions(printed_on=date(2008, 1, 20), author="Kirsten Petersen")
SCALE_WORDS = ("Bekymringsskala", "Børn i faldende trivsel", "Børn med særlige behov", "kategori")


def build(form: Form, case=None, options: BuildOptions = OPTIONS) -> bytes:
    return build_document(case or hansen_case(), form, options).to_pdf(invariant=True)


def word_heights(pdf: bytes, word: str) -> list[float]:
    """Heights (points) of every occurrence of `word`, from poppler's bounding boxes."""
    html = subprocess.run(
        ["pdftotext", "-bbox", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    found = re.findall(
        r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">' + re.escape(word) + "<", html
    )
    return [float(y2) - float(y1) for y1, y2 in found]


def long_plan_case():
    case = hansen_case()
    for i in range(40):
        case.actor_rows.append(
            ActorRow(
                actor=f"Aktør nummer {i}",
                changed_on=date(2008, 1, 15),
                effort="Hjælper familien hver uge med at få hverdagen til at hænge sammen, " * 4,
                follow_up_on=date(2008, 2, 1) + timedelta(days=i),
            )
        )
    for i in range(10):
        case.entries.append(
            LogEntry(
                section=LogSection.SHARED_GOAL_CHILD,
                entry_date=date(2008, 1, 15),
                text=f"Mål {i}: Hans skal have det godt i børnehaven og derhjemme. " * 8,
            )
        )
    return case


def test_family_plan_is_one_page_in_large_type():
    pdf = build(Form.FAMILY_PLAN)
    assert pdf_pages(pdf) == 1
    heights = word_heights(pdf, "Familiehuset")
    assert heights and min(heights) >= 14  # readable from across the kitchen


def test_long_family_plan_still_fits_one_page_and_points_to_the_log():
    pdf = build(Form.FAMILY_PLAN, long_plan_case())
    assert pdf_pages(pdf) == 1
    text = re.sub(r"\s+", " ", pdf_text(pdf))
    # The tasks left out are counted, not lost; the family has no stafetlog to look them up in.
    assert re.search(r"Der er \d+ aftaler mere\. Spørg den, der holder stafetten, om dem", text)
    assert "Dem kan I se i stafetloggen" not in text
    assert "Har I spørgsmål? Ring til" in text and "Kirsten Petersen" in text
    assert min(word_heights(pdf, "Hvornår")) >= 11


@pytest.mark.parametrize("form", [Form.FAMILY_PLAN, Form.INVITATION], ids=lambda f: f.value)
def test_family_documents_hold_no_cpr_scales_or_internal_notes(form):
    case = hansen_case()
    case.entries.append(
        LogEntry(
            section=LogSection.SHARED_GOAL_CHILD,
            internal=True,
            entry_date=date(2008, 1, 16),
            text=f"{INTERNAL_MARK} om målet.",
        )
    )
    text = pdf_text(build(form, case))
    assert CPR not in text and CPR.replace("-", "") not in text and CPR[:6] not in text
    assert INTERNAL_MARK not in text
    for word in SCALE_WORDS:
        assert word not in text


def test_stafetlog_for_the_parents_follows_the_family_safe_rules():
    safe = BuildOptions(printed_on=date(2008, 1, 20), family_safe=True)
    text = pdf_text(build(Form.STAFETLOG, options=safe))
    assert "Hvornår opstod bekymringen?" in text
    assert CPR not in text and INTERNAL_MARK not in text
    assert "Bekymringsskala" not in text  # the scale link of the assessment entry is hidden
    full = pdf_text(build(Form.STAFETLOG))
    assert CPR in full and INTERNAL_MARK in full and "Bekymringsskala" in full


def test_worry_scales_are_never_printed_for_the_family():
    safe = BuildOptions(printed_on=date(2008, 1, 20), family_safe=True)
    with pytest.raises(UserError, match="internt redskab"):
        build(Form.SCALES, options=safe)


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split())


def _start(text: str, n: int = 40) -> str:
    """The first words of a stored text, as the PDF prints them (wrapped lines joined)."""
    return _flat(text)[:n].rsplit(" ", 1)[0]


def test_insight_export_gives_parents_all_of_the_log_and_the_childs_own_cpr():
    text = pdf_text(build(Form.INSIGHT))
    assert INTERNAL_MARK in text and "[Intern note]" in text
    assert "Tidligere udgave, ændret" in text
    assert "Børn med særlige behov" in text  # the assessments are part of their insight
    assert CPR in text  # the child's own number: the family knows it; only others' are left out


def test_insight_holds_minutes_forms_and_every_scale_note_and_sign():
    """The parents' insight really is everything (issue 13, point 3)."""
    from app.domain.signals import signal_text

    case = hansen_case()
    flat = _flat(pdf_text(build(Form.INSIGHT, case)))
    held = [m for m in case.meetings if m.held and any(v.strip() for v in m.minutes.values())]
    assert held, "the fixture has minutes"
    for m in held:
        for minutes in m.minutes.values():
            if minutes.strip():
                assert _start(minutes) in flat, minutes[:30]
        for agreement in m.agreements:
            assert _start(agreement.what, 25) in flat
    assert case.notifications and case.observations and case.assessments
    for n in case.notifications:
        for part in (n.observed, n.assumed, *n.answers.values()):
            if part.strip():
                assert _start(part) in flat, part[:30]
    for o in case.observations:
        for answer in o.answers.values():
            if answer.strip():
                assert _start(answer) in flat, answer[:30]
    for a in case.assessments:
        if a.note.strip():
            assert _start(a.note) in flat, a.note[:30]
        for sign in a.signs:
            assert _start(signal_text(sign), 30) in flat, sign
    for c in case.consents:
        assert _start(c.purpose) in flat
    for network_map in case.network_maps:
        for actor in network_map.actors:
            assert _flat(actor.name) in flat


def test_insight_leaves_out_only_other_peoples_cpr_numbers_and_claims_no_more_than_it_holds():
    case = hansen_case()
    case.entries.append(
        LogEntry(
            section=LogSection.NOTE,
            entry_date=date(2008, 1, 10),
            text="Lillebror har cpr-nr. 010105-1234, mor har 0202801234.",
            author="Kirsten Petersen",
        )
    )
    case.notifications.clear()
    flat = _flat(pdf_text(build(Form.INSIGHT, case)))
    assert "010105-1234" not in flat and "0202801234" not in flat
    assert "Lillebror har cpr-nr. [cpr-nr. udeladt], mor har [cpr-nr. udeladt]." in flat
    assert CPR in flat
    intro = flat[: flat.index("Stafetloggen: alle notater")]
    assert "Kun cpr-numre på andre end barnet er udeladt" in intro
    contents = flat.index("Det indeholder")
    assert "underretning" not in flat[contents : contents + 400]
    held = sum(1 for m in case.meetings if m.held)
    assert f"{held} referat" in flat


def test_invitation_speaks_to_the_parents():
    text = re.sub(r"\s+", " ", pdf_text(build(Form.INVITATION)))
    assert text.count("Kære Lilly Hansen og Ib Hansen") == 1
    assert "I må gerne tage en person med" in text
    assert "Ring eller skriv til Kirsten Petersen" in text


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    tasks=st.lists(st.tuples(st.text(min_size=1, max_size=60), st.text(max_size=400)), max_size=25),
    goals=st.lists(st.text(min_size=1, max_size=600), max_size=8),
)
def test_any_family_plan_is_exactly_one_page(tasks, goals):
    case = hansen_case()
    case.actor_rows = [
        ActorRow(actor=who, effort=what, changed_on=date(2008, 1, 1)) for who, what in tasks
    ]
    case.entries = [
        LogEntry(section=LogSection.SHARED_GOAL_CHILD, entry_date=date(2008, 1, 1), text=g)
        for g in goals
    ]
    assert pdf_pages(build(Form.FAMILY_PLAN, case)) == 1


@given(st.text(max_size=300), st.integers(min_value=5, max_value=200))
def test_shorten_keeps_a_prefix_within_the_limit(text, limit):
    cut = shorten(text, limit)
    folded = " ".join(text.split())
    assert len(cut) <= limit
    if cut != folded:
        assert cut.endswith("…") and folded.startswith(cut[:-1].rstrip(",.;:"))


def test_the_invitation_is_signed_by_who_holds_the_baton_on_the_meetings_day():
    import dataclasses
    from datetime import UTC, datetime

    case = hansen_case()
    upcoming = next(m for m in case.meetings if not m.held)
    # 10.01.2008: Arne holds the baton; Kirsten takes it over on 15.01.2008 (the holder now).
    moved = dataclasses.replace(upcoming, starts_at=datetime(2008, 1, 10, 12, tzinfo=UTC))
    case.meetings = [moved if m is upcoming else m for m in case.meetings]
    text = re.sub(r"\s+", " ", pdf_text(build(Form.INVITATION, case)))
    assert "Med venlig hilsen Arne Andersen" in text
    assert "Kirsten Petersen" not in text.split("Hvem er inviteret")[0]


def test_the_family_plan_says_when_each_action_happens_and_keeps_goals_whole():
    from app.domain.records import ActorRow, LogEntry, LogSection

    case = hansen_case()
    goal = ("Hans er glad i børnehaven, leger med de andre børn og sover hele natten, og Lilly "
            "har overskud til at hente ham hver dag og til at følge med i hans dag. " * 2).strip()
    case.entries.append(
        LogEntry(section=LogSection.SHARED_GOAL_CHILD, entry_date=date(2008, 2, 1), text=goal)
    )
    case.actor_rows = [
        ActorRow(actor="Familiehuset", effort="Samtaler med Lilly hver tirsdag",
                 changed_on=date(2008, 1, 15), follow_up_on=date(2008, 4, 15)),
        ActorRow(actor="Børnehaven", effort="Ekstra voksen på ture", changed_on=date(2007, 9, 3)),
    ]
    text = re.sub(r"\s+", " ", pdf_text(build(Form.FAMILY_PLAN, case)))
    assert "Fra 15.01.2008" in text and "Fra 03.09.2007" in text
    assert "15.04.2008" not in text  # the follow-up date is not when the action happens
    assert "Løbende" not in text
    assert "…" not in text and "følge med i hans dag." in text
    assert "snart" not in text
