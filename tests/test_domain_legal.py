"""One table of legal sources: current law (barnets lov, FVL, databeskyttelsesloven, GDPR),
BTI practice cited as such, and no outdated citation left in the app, the docs or the README."""

from __future__ import annotations

import re
from pathlib import Path

from app.domain import deadlines, legal

ROOT = Path(__file__).resolve().parent.parent


def test_every_source_prints_its_paragraph_and_says_where_it_was_checked():
    keys = [s.key for s in legal.SOURCES]
    assert len(keys) == len(set(keys)) == len(legal.BY_KEY)
    for source in legal.SOURCES:
        assert source.checked.strip(), source.key
        if source.paragraph.startswith("BTI"):
            assert source.text.startswith(("BTI", "Stafetloggen", "Koordinationsmødet"))
        else:
            assert source.paragraph in source.text, source.key


def test_the_current_paragraphs_the_issue_names():
    assert legal.DUTY_TO_NOTIFY.paragraph == "Barnets lov § 133"
    assert legal.ASSESS_WITHIN_24_HOURS.paragraph == "Barnets lov § 136"
    assert legal.ACKNOWLEDGE_WITHIN_6_WORKING_DAYS.paragraph == "Barnets lov § 137"
    assert legal.INVESTIGATION_4_MONTHS.paragraph == "Barnets lov § 20, stk. 3"
    assert legal.CHILDS_PLAN.paragraph == "Barnets lov § 91"
    assert legal.FOLLOW_UP.paragraph == "Barnets lov § 95"
    assert legal.CHILDS_VIEW.paragraph == "Barnets lov § 5, stk. 3"
    assert legal.SUPPORT_PERSON.paragraph == "Barnets lov § 6"
    assert legal.CHILDREN_HOUSE.paragraph == "Barnets lov §§ 124-126"
    assert legal.CONSENT.paragraph == "Forvaltningsloven § 28, stk. 3-4"
    assert legal.CPR_NUMBERS.paragraph == "Databeskyttelsesloven § 11"
    assert legal.SECURITY.paragraph == "GDPR art. 32"


def test_unconfirmed_new_paragraph_is_printed_as_the_former_one():
    assert legal.SSD_EXCHANGE.text.endswith("(tidl. serviceloven § 49 a)")
    assert not legal.SSD_EXCHANGE.confirmed


def test_the_one_year_consent_cites_the_bti_material_not_a_statute():
    assert legal.CONSENT_ONE_YEAR.paragraph.startswith("BTI")
    assert "§" not in legal.CONSENT_ONE_YEAR.text
    assert deadlines.SOURCES[deadlines.DeadlineKind.CONSENT_EXPIRES] == legal.CONSENT_ONE_YEAR.text


def test_every_deadline_kind_takes_its_source_from_the_table():
    texts = {s.text for s in legal.SOURCES}
    assert set(deadlines.SOURCES) == set(deadlines.DeadlineKind)
    assert all(text in texts for text in deadlines.SOURCES.values())
    assert "Barnets lov § 137" in deadlines.SOURCES[deadlines.DeadlineKind.NOTIFICATION_ACKNOWLEDGEMENT]
    assert "Barnets lov § 95" in deadlines.SOURCES[deadlines.DeadlineKind.ACTION_PLAN_FOLLOW_UP]
    assert "hver sjette måned" not in deadlines.SOURCES[deadlines.DeadlineKind.ACTION_PLAN_FOLLOW_UP]


def _shipped_texts():
    for path in sorted((ROOT / "app").rglob("*.py")):
        if path.name != "legal.py":
            yield path
    yield from sorted((ROOT / "docs").rglob("*.md"))
    yield ROOT / "README.md"


def test_no_outdated_citation_is_left_in_the_app_the_docs_or_the_readme():
    pattern = re.compile("|".join(re.escape(x) for x in legal.OUTDATED) + r"|\bSEL §")
    offenders = []
    for path in _shipped_texts():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line) and "tidl. serviceloven" not in line:
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == []


def test_the_childs_view_is_confirmed_and_the_rest_says_honestly_what_was_not():
    """Issue 13: BL § 5, stk. 3 was read in the law's text (lovguiden.dk, LBK 282/2025); §§ 133
    and 137 and the successor of SEL § 49 a still were not, and say so."""
    assert legal.CHILDS_VIEW.confirmed
    assert "§ 5, stk. 3" in legal.CHILDS_VIEW.checked and "løbende" in legal.CHILDS_VIEW.checked
    unconfirmed = {s.key for s in legal.SOURCES if not s.confirmed}
    assert unconfirmed == {
        "duty_to_notify", "acknowledge_6_working_days", "ssd_exchange", "security"
    }
    for key in unconfirmed:
        assert "not" in legal.BY_KEY[key].checked  # the note says what was not seen


def test_a_source_is_marked_confirmed_exactly_when_its_note_does_not_say_the_text_was_unseen():
    # `confirmed` is what a maintainer (and a reviewer of the law's next change) trusts: it must
    # agree with the note of how the paragraph was checked.
    unseen = re.compile(r"not seen|was not\.|could not|not re-read")
    disagree = [s.key for s in legal.SOURCES if s.confirmed == bool(unseen.search(s.checked))]
    assert disagree == []
    assert sum(1 for s in legal.SOURCES if not s.confirmed) >= 4  # the check has both sides
