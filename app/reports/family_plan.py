"""The family plan: one A4 page in large, plain type for the fridge.

Our goals, who does what by when, when we meet next, who to call.

It never shows CPR numbers, worry scales or internal notes (it is built from data.family_plan, which
leaves them out). It always fits one page. The layouts in ATTEMPTS are tried in order — large type
with up to 4 goals and 7 tasks first, then fewer items and shorter texts (cut at a word) before
smaller type — and the first that fits is used; goals and tasks left out are counted with a
pointer to the stafetlog. Only if even the last attempt does not fit is the page shrunk whole.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer, Table, TableStyle

from app.domain.records import Case
from app.reports.common import BuildOptions, Document
from app.reports.data import FamilyPlan, PlanTask, family_plan
from app.reports.fonts import BOLD, REGULAR, register_fonts
from app.reports.styles import ACCENT, HEADER_FILL, INK, MUTED, RULE
from app.reports.template import FAMILY, DocumentInfo, content_size
from app.reports.text import fmt_date, fmt_weekday_date, local_time, markup, shorten

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Limits:
    size: float  # body type size in points; headings are larger
    goals: int
    tasks: int
    goal_chars: int
    task_chars: int


WHOLE = 100_000  # no cut: a family reads every word of what was agreed when it fits

# Whole texts first, in shrinking type; only then fewer items and shorter texts.
ATTEMPTS = (
    Limits(16, 4, 7, WHOLE, WHOLE),
    Limits(15, 4, 7, WHOLE, WHOLE),
    Limits(14, 4, 7, WHOLE, WHOLE),
    Limits(16, 4, 7, 220, 150),
    Limits(15, 4, 7, 220, 150),
    Limits(14, 4, 7, 220, 150),
    Limits(14, 3, 5, 180, 120),
    Limits(13, 3, 5, 160, 110),
    Limits(13, 2, 4, 140, 100),
    Limits(12, 2, 4, 120, 90),
)
WIDTH, HEIGHT = content_size(FAMILY)


def _styles(size: float) -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle(
        "plan",
        fontName=REGULAR,
        fontSize=size,
        leading=size * 1.3,
        textColor=INK,
        spaceAfter=size * 0.25,
    )
    return {
        "body": body,
        "title": ParagraphStyle(
            "plan_title",
            parent=body,
            fontName=BOLD,
            fontSize=size * 1.75,
            leading=size * 2.1,
            textColor=ACCENT,
            spaceAfter=2,
        ),
        "sub": ParagraphStyle(
            "plan_sub",
            parent=body,
            fontSize=size * 0.7,
            leading=size * 0.9,
            textColor=MUTED,
            spaceAfter=size * 0.6,
        ),
        "h": ParagraphStyle(
            "plan_h",
            parent=body,
            fontName=BOLD,
            fontSize=size * 1.2,
            leading=size * 1.5,
            textColor=ACCENT,
            spaceBefore=size * 0.8,
            spaceAfter=size * 0.3,
        ),
        "cell": ParagraphStyle(
            "plan_cell", parent=body, fontSize=size * 0.88, leading=size * 1.12, spaceAfter=0
        ),
        "cell_bold": ParagraphStyle(
            "plan_cell_b",
            parent=body,
            fontName=BOLD,
            fontSize=size * 0.88,
            leading=size * 1.12,
            spaceAfter=0,
        ),
        "call": ParagraphStyle(
            "plan_call", parent=body, fontName=BOLD, fontSize=size * 1.1, leading=size * 1.4
        ),
        "note": ParagraphStyle(
            "plan_note", parent=body, fontSize=size * 0.7, leading=size * 0.9, textColor=MUTED
        ),
    }


def task_when(task: PlanTask) -> str:
    """When the action happens: an agreement by its date, an effort from the day it began (its
    follow-up date is the professionals' check, not when the family sees it happen)."""
    if task.starts_on is not None:
        return f"Fra {fmt_date(task.starts_on)}"
    return f"Senest {fmt_weekday_date(task.by_when)}" if task.by_when else "Aftales på mødet"


def first_name(full_name: str) -> str:
    return full_name.split()[0] if full_name.split() else full_name


def plan_story(plan: FamilyPlan, options: BuildOptions, limits: Limits) -> list[Flowable]:
    size = limits.size
    s = _styles(size)
    name = first_name(plan.child_name)
    story: list[Flowable] = [
        Paragraph(f"Vores plan for {markup(name)}", s["title"]),
        Paragraph(
            f"Planen gælder fra {fmt_date(options.printed_on)}. "
            "Hæng den op, så alle i familien kan se den.",
            s["sub"],
        ),
        Paragraph("Det vil vi gerne nå sammen", s["h"]),
    ]
    goals = plan.goals[: limits.goals]
    if goals:
        # A goal is printed whole: cut short it would say something else (the type shrinks).
        story += [Paragraph("• " + markup(g), s["body"]) for g in goals]
        if len(plan.goals) > len(goals):
            story.append(Paragraph("Flere mål står i stafetloggen.", s["note"]))
    else:
        story.append(Paragraph("Vi skriver målet sammen på næste møde.", s["body"]))

    story.append(Paragraph("Hvem gør hvad – og hvornår", s["h"]))
    tasks = plan.tasks[: limits.tasks]
    if tasks:
        rows = [
            [
                Paragraph("Hvem", s["cell_bold"]),
                Paragraph("Hvad", s["cell_bold"]),
                Paragraph("Hvornår", s["cell_bold"]),
            ]
        ]
        for task in tasks:
            when = task_when(task)
            rows.append(
                [
                    Paragraph(markup(task.who), s["cell_bold"]),
                    Paragraph(markup(shorten(task.what, limits.task_chars)), s["cell"]),
                    Paragraph(when, s["cell"]),
                ]
            )
        when_width = size * 8.2
        who_width = WIDTH * 0.3
        table = Table(
            rows,
            colWidths=[who_width, WIDTH - who_width - when_width, when_width],
            repeatRows=1,
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # never reportlab's Helvetica default
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.6, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), size * 0.3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), size * 0.4),
                ]
            )
        )
        story.append(table)
        hidden = len(plan.tasks) - len(tasks)
        if hidden > 0:
            story.append(Spacer(1, size * 0.3))
            story.append(
                Paragraph(
                    # The family has no stafetlog: the holder (named below) has the rest.
                    (
                        "Der er 1 aftale mere. Spørg den, der holder stafetten, om den."
                        if hidden == 1
                        else f"Der er {hidden} aftaler mere. Spørg den, der holder stafetten, "
                        "om dem."
                    ),
                    s["note"],
                )
            )
    else:
        story.append(Paragraph("Vi aftaler på næste møde, hvem der gør hvad.", s["body"]))

    story.append(Paragraph("Næste gang vi mødes", s["h"]))
    if plan.next_meeting_at is not None:
        local = local_time(plan.next_meeting_at)
        text = f"<b>{fmt_weekday_date(local.date())} kl. {local:%H.%M}</b>"
        if plan.next_meeting_place:
            text += f"<br/>{markup(plan.next_meeting_place)}"
    elif plan.next_meeting_on is not None:
        text = f"<b>{fmt_weekday_date(plan.next_meeting_on)}</b> (klokkeslæt og sted kommer)"
    else:
        text = (
            "Der er ikke aftalt et nyt møde endnu. Ring til den, der holder stafetten "
            "(se nedenfor), og aftal datoen."
        )
    story.append(Paragraph(text, s["body"]))

    story.append(Paragraph("Har I spørgsmål? Ring til", s["h"]))
    contact = plan.contact
    if contact is not None:
        story.append(Paragraph(markup(contact.name), s["call"]))
        detail = ", ".join(v for v in (contact.role, contact.organisation) if v)
        if detail:
            story.append(Paragraph(markup(detail), s["body"]))
        if contact.contact:
            story.append(Paragraph(markup(contact.contact), s["call"]))
        story.append(
            Paragraph(
                f"{markup(contact.name)} holder stafetten: "
                "samler trådene og indkalder til møderne.",
                s["note"],
            )
        )
    eye = plan.eye_on_child
    if eye is not None and (contact is None or eye.name != contact.name):
        story.append(Spacer(1, size * 0.4))
        story.append(
            Paragraph(f"{markup(eye.name)} har øje på {markup(name)} i hverdagen.", s["body"])
        )
    return story


def _height(story: list[Flowable]) -> float:
    total = 0.0
    for flowable in story:
        _w, h = flowable.wrap(WIDTH, HEIGHT)
        total += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def fitted_story(plan: FamilyPlan, options: BuildOptions, reserved: float) -> list[Flowable]:
    """The plan in the largest type size that fits one page, leaving `reserved` points free."""
    room = HEIGHT - reserved - 2 * mm
    for limits in ATTEMPTS:
        story = plan_story(plan, options, limits)
        if _height(story) <= room:
            return story
    logger.debug("family plan shrunk below %s pt", ATTEMPTS[-1].size)
    story = plan_story(plan, options, ATTEMPTS[-1])
    return [KeepInFrame(WIDTH, room, story, mode="shrink")]


def build(case: Case, options: BuildOptions) -> Document:
    plan = family_plan(case, options.moment)
    info = DocumentInfo(
        title=f"Vores plan for {first_name(case.child.name)}",
        subject="Familiens plan",
        author=options.author,
        child_name=None,
        first_template=FAMILY,
        confidential=False,
    )
    layout: Callable[[float], list[Flowable]] = lambda reserved: fitted_story(  # noqa: E731
        plan, options, reserved
    )
    return Document(info=info, story=layout(0.0), one_page=True, layout=layout)
