"""The scales PDF carries the templates' full criteria and the parents' sign lists (issue 13.5)."""

from __future__ import annotations

from datetime import date

from app.domain import records as r
from app.domain import scales, signals
from app.reports.catalog import Form, build_document
from app.reports.common import BuildOptions
from tests.fixtures_reports import hansen_case, pdf_text

OPTIONS = BuildOptions(author="Olga Jensen", printed_on=date(2025, 10, 1))


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split())


def test_the_scales_pdf_prints_every_categorys_criteria_and_the_parents_signs():
    case = hansen_case()
    mother = case.custodians[0]
    case.assessments.append(
        r.ScaleAssessment(scale=r.ScaleKind.PARENT, subject_uid=mother.uid,
                          assessed_on=date(2007, 10, 1), category=3,
                          signs=["parent_smells_of_alcohol", "parent_isolation"])
    )
    text = _flat(pdf_text(build_document(case, Form.SCALES, OPTIONS).to_pdf(invariant=True)))
    for scale in (scales.CHILD_SCALE, scales.PARENT_SCALE):
        table = text[text.index(f"{scale.title}: kategorierne") :]
        for category in scale.categories:
            for line in (*category.child_criteria, *category.parent_criteria):
                assert _flat(line.replace("\n", " "))[:60] in table, line
    parents = text[text.index(f"{scales.PARENT_SCALE.title}: kategorierne") :]
    for group in signals.PARENT_GROUPS:
        assert signals.GROUP_TITLES[group] in parents
    assert "lugt af alkohol" in parents and "familieproblemer" in parents
    # the placement shows the parents' signs in the template's words
    assert "• lugt af alkohol" in text and "• isolation" in text
