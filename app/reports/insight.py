"""The parents' full-insight export: all of their child's log, written to them.

Parents (and the child from 15) have full insight in the log (SPEC §1, §3), so this export holds
every entry, every earlier version, internal notes (marked "[Intern note]") and the worry-scale
placements. It is the one family document the family-safe rules do not thin out; only the CPR
number is left out, because the family knows it and a lost printout should not carry it.
"""

from __future__ import annotations

import dataclasses
import logging

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from app.domain.records import Case
from app.domain.scales import scale_for
from app.reports.common import BuildOptions, Document, printed_line, title_block
from app.reports.data import meetings_in_order, subject_name
from app.reports.stafetlog import stafetlog_story
from app.reports.styles import grid_table, para
from app.reports.template import DocumentInfo, content_size
from app.reports.text import fmt_date, fmt_moment

logger = logging.getLogger(__name__)

WIDTH, _ = content_size()


def scale_story(case: Case) -> list[Flowable]:
    if not case.assessments:
        return []
    story: list[Flowable] = [
        para("Vores vurderinger af, hvordan det går", "h1"),
        para(
            "Vi bruger en bekymringsskala til at vurdere, hvordan barnet og familien har det. "
            "Et lavt tal betyder lille bekymring, et højt tal stor bekymring.",
            "body",
        ),
    ]
    rows: list[list[object]] = [
        [para(h, "cell_bold") for h in ("Dato", "Om", "Vurdering", "Vurderet af")]
    ]
    for a in sorted(case.assessments, key=lambda a: a.assessed_on):
        scale = scale_for(a.scale)
        title = scale.category(a.category).title if a.category <= len(scale.categories) else ""
        rows.append(
            [
                para(fmt_date(a.assessed_on), "cell"),
                para(subject_name(case, a.subject_uid), "cell"),
                para(f"{a.category} af {len(scale.categories)}: {title}", "cell"),
                para(", ".join(a.assessors), "cell"),
            ]
        )
    widths = [22 * mm, 40 * mm, 0, 40 * mm]
    widths[2] = WIDTH - sum(widths)
    story.append(grid_table(rows, widths))
    return story


def meeting_story(case: Case) -> list[Flowable]:
    meetings = meetings_in_order(case)
    if not meetings:
        return []
    story: list[Flowable] = [para("Møder", "h1")]
    for meeting in meetings:
        state = "holdt" if meeting.held else "planlagt"
        story.append(
            para(
                f"{meeting.title} {fmt_moment(meeting.starts_at)}, {meeting.place} ({state})",
                "body",
            )
        )
    return story


def build(case: Case, options: BuildOptions) -> Document:
    full = dataclasses.replace(options, family_safe=False, hide_cpr=True)
    story = title_block(f"Stafetloggen for {case.child.name}", "Jeres fulde indsigt i loggen")
    story.append(printed_line(options))
    story.append(
        para(
            f"Her er alt, hvad der står i stafetloggen om {case.child.name}. "
            "Som forældre har I ret til at se det hele. "
            "Noter mærket „Intern note“ er skrevet til dem, der samarbejder om "
            "jeres barn, men I har også ret til at se dem. Når noget er blevet rettet, kan I også "
            "se, hvad der stod før. Har I spørgsmål, eller er noget forkert, så kontakt den, der "
            "holder stafetten.",
            "body",
        )
    )
    story += stafetlog_story(case, full)
    story += scale_story(case)
    story += meeting_story(case)
    info = DocumentInfo(
        title=f"Indsigt i stafetloggen – {case.child.name}",
        header_title="Jeres indsigt i stafetloggen",
        subject="Forældrenes fulde indsigt i stafetloggen",
        author=options.author,
        child_name=case.child.name,
    )
    return Document(info=info, story=story)
