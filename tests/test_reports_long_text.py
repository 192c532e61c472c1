"""Long imported text renders without being cut and without taking minutes (issue 9.7).

Time is measured in bench/bench_hostile_pdf.py, not here; these tests check that the text is
all there and that a run longer than a line is given places to wrap.
"""

from __future__ import annotations

import re
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from app.domain import records as r
from app.domain.limits import TEXT_CHARS
from app.reports.catalog import Form, build_document
from app.reports.common import BuildOptions
from app.reports.text import LONG_WORD, break_long_words, markup
from tests.fixtures_reports import hansen_case, pdf_pages, pdf_text

OPTIONS = BuildOptions(printed_on=date(2008, 1, 20), author="Kirsten Petersen")


@given(st.text(alphabet=st.sampled_from("ab æ\n\t-/"), max_size=400) | st.text(max_size=300))
def test_breaking_long_words_keeps_every_character_and_leaves_short_words(text):
    broken = break_long_words(text)
    assert broken.replace(" ", "") == text.replace(" ", "")
    assert all(len(run) <= LONG_WORD for run in re.split(r"\s", broken))
    if all(len(run) <= LONG_WORD for run in re.split(r"\s", text)):
        assert broken == text


def test_markup_still_escapes_after_breaking():
    assert markup("<b>" + "&" * 100) == "&lt;b&gt;" + "&amp;" * 77 + " " + "&amp;" * 23


def test_a_longest_allowed_word_is_printed_in_full_over_several_pages():
    case = hansen_case()
    word = "".join(chr(ord("a") + i % 26) for i in range(TEXT_CHARS))
    case.entries.append(
        r.LogEntry(section=r.LogSection.NOTE, entry_date=date(2008, 1, 2), text=word)
    )
    case.actor_rows.append(
        r.ActorRow(actor="Skolen", changed_on=date(2008, 1, 3), effort="Z" * 3_000)
    )
    pdf = build_document(case, Form.STAFETLOG, OPTIONS).to_pdf()
    # the page footer and the next page's running header sit between two pages of the word
    pages = re.sub(
        r"Fortroligt – indeholder personoplysninger\s*Side \d+ af \d+\s*\f\s*Stafetlog\s*"
        r"Hans Hansen",
        "",
        pdf_text(pdf),
    )
    text = "".join(pages.split())
    assert word in text  # every character, in order: nothing cut off at the margin
    plain = build_document(hansen_case(), Form.STAFETLOG, OPTIONS).to_pdf()
    # in a narrow table cell too (which may go on over a page with its header repeated)
    assert text.count("Z") - pdf_text(plain).count("Z") == 3_000
    assert pdf_pages(pdf) >= pdf_pages(plain) + 3
