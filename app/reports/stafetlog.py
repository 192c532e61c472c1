"""The full stafetlog as in "Skabelon for stafetlog": header, level 1, levels 2–3, actors' table."""

from __future__ import annotations

import logging
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, Paragraph

from app.domain.records import (
    JOINT_SECTIONS,
    LEVEL_ONE_SECTIONS,
    Case,
    Level,
    LogSection,
)
from app.domain import family_court
from app.reports.child_voice import child_voice_story
from app.reports.common import (
    BuildOptions,
    Document,
    cpr_text,
    entry_markup,
    printed_line,
    title_block,
)
from app.reports.data import (
    current_eye,
    current_holder,
    holder_changes,
    last_updated,
    parents_names,
    person_line,
    subject_name,
    superseded_actor_rows,
    visible_actor_rows,
    with_history,
)
from app.reports.labels import (
    BATON_EVENTS,
    CLOSURE_REASONS,
    DISPOSITIONS,
    JOINT_TITLE,
    LEVEL_ONE_TITLE,
    SECTION_QUESTIONS,
)
from app.reports.styles import RULE, field_table, grid_table, para, styles
from app.reports.template import DocumentInfo, content_size
from app.reports.text import fmt_date, markup

logger = logging.getLogger(__name__)

WIDTH, _ = content_size()
DATE_COL = 24 * mm


def header_fields(case: Case, options: BuildOptions) -> Flowable:
    holder = current_holder(case)
    pairs = [
        ("Barnets navn", case.child.name),
        ("Barnets cpr-nr.", cpr_text(case, options)),
        ("Forældres navne", parents_names(case)),
        ("Stafetloggen er oprettet af", person_line(case.created_by)),
        ("Dato for oprettelse af stafetlog", fmt_date(case.created_on)),
        ("Nuværende stafetholder", person_line(holder, with_contact=True)),
        ("Øje-på-barnet", person_line(current_eye(case))),
        ("Niveau", f"Niveau {int(case.level)}"),
        *(
            [("Familieretshuset", family_court.track_line(case.family_court))]
            if case.family_court is not None
            else []
        ),
        ("Dato for sidste opdatering", fmt_date(last_updated(case))),
    ]
    return field_table(pairs, (62 * mm, WIDTH - 62 * mm))


def section_story(case: Case, section: LogSection, options: BuildOptions) -> list[Flowable]:
    """One question of the template with its dated entries; earlier versions shown greyed.

    Entries are paragraphs with the date hung in the left margin rather than table rows: a log
    of 500 entries lays out several times faster, and reads the same.
    """
    story: list[Flowable] = [para(SECTION_QUESTIONS[section], "h2")]
    items = with_history(case.entries, section, include_internal=not options.family_safe)
    if not items:
        story.append(para("Ikke udfyldt.", "muted"))
        return story
    entry_style, old_style = styles()["entry"], styles()["entry_old"]
    for item in items:
        entry = item.entry
        text = entry_markup(case, entry, options)
        if section == LogSection.SHARED_GOAL_FAMILY and entry.about_uid:
            text = f"<b>{markup(subject_name(case, entry.about_uid))}:</b> " + text
        story.append(_rule())
        story.append(Paragraph(text, entry_style, bulletText=fmt_date(entry.entry_date)))
        for old in item.earlier:
            note = f"<i>Tidligere udgave, ændret:</i><br/>{entry_markup(case, old, options)}"
            story.append(Paragraph(note, old_style, bulletText=fmt_date(old.entry_date)))
    return story


def _rule() -> Flowable:
    return HRFlowable(width="100%", thickness=0.4, color=RULE, spaceBefore=1, spaceAfter=3)


def baton_story(case: Case, since: date | None, until: date | None) -> list[Flowable]:
    """'Hvem er stafetholder?' and 'Hvem har øje-på-barnet?' with dates, for one period."""

    def inside(on: date) -> bool:
        return (since is None or on >= since) and (until is None or on < until)

    story: list[Flowable] = [para("Hvem er stafetholder?", "h2")]
    rows: list[list[object]] = [
        [para("Dato", "cell_bold"), para("Navn", "cell_bold"), para("Hændelse", "cell_bold")]
    ]
    holder_before = None
    for event in holder_changes(case):
        if inside(event.on):
            rows.append(
                [
                    para(fmt_date(event.on), "cell"),
                    para(person_line(event.person), "cell"),
                    para(BATON_EVENTS[event.kind], "cell"),
                ]
            )
        elif since is not None and event.on < since:
            holder_before = event
    if len(rows) == 1 and holder_before is not None:  # unchanged: say who still holds it
        rows.append(
            [
                para(fmt_date(holder_before.on), "cell"),
                para(person_line(holder_before.person), "cell"),
                para("Uændret", "cell"),
            ]
        )
    story.append(_table_or_none(rows, [DATE_COL, WIDTH - DATE_COL - 45 * mm, 45 * mm]))

    story.append(para("Hvem har „øje-på-barnet“?", "h2"))
    rows = [[para("Dato", "cell_bold"), para("Navn", "cell_bold")]]
    before = None
    for eye in sorted(case.eye_on_child, key=lambda e: e.since):
        if inside(eye.since):
            rows.append([para(fmt_date(eye.since), "cell"), para(person_line(eye.person), "cell")])
        elif since is not None and eye.since < since:
            before = eye
    if len(rows) == 1 and before is not None:  # unchanged: say who it still is
        rows.append(
            [
                para(fmt_date(before.since), "cell"),
                para(f"{person_line(before.person)} (uændret)", "cell"),
            ]
        )
    story.append(_table_or_none(rows, [DATE_COL, WIDTH - DATE_COL]))
    return story


def _table_or_none(rows: list[list[object]], widths: list[float]) -> Flowable:
    if len(rows) == 1:
        return para("Ingen ændringer i perioden.", "muted")
    return grid_table(rows, widths)


def joint_effort_story(case: Case) -> list[Flowable]:
    story: list[Flowable] = [para("Dato og personer ved fastlæggelse af indsatsen", "h2")]
    rows: list[list[object]] = [[para("Dato", "cell_bold"), para("Personer", "cell_bold")]]
    for setting in sorted(case.joint_effort, key=lambda s: s.set_on):
        rows.append(
            [para(fmt_date(setting.set_on), "cell"), para("\n".join(setting.persons), "cell")]
        )
    story.append(_table_or_none(rows, [DATE_COL, WIDTH - DATE_COL]))
    return story


ACTOR_HEADER = (
    "De forskellige aktører",
    "Dato for ændring",
    "Hvilken indsats iværksættes?",
    "Hvornår følges der op på indsatsen?",
    "Hvem følger op på indsatsen?",
)
ACTOR_WIDTHS_MM = (34, 21, 0, 24, 36)  # 0: the effort takes the rest


def actors_table(case: Case, options: BuildOptions) -> list[Flowable]:
    widths = [w * mm for w in ACTOR_WIDTHS_MM]
    widths[2] = WIDTH - sum(widths)
    story: list[Flowable] = [para("De forskellige aktører", "h2")]
    include_internal = not options.family_safe
    rows: list[list[object]] = [[para(h, "cell_bold") for h in ACTOR_HEADER]]
    for row in visible_actor_rows(case, include_internal=include_internal):
        effort = ("<b>[Intern]</b> " if row.internal else "") + markup(row.effort)
        rows.append(
            [
                para(row.actor, "cell"),
                para(fmt_date(row.changed_on), "cell"),
                Paragraph(effort, styles()["cell"]),
                para(fmt_date(row.follow_up_on), "cell"),
                para(row.follow_up_by, "cell"),
            ]
        )
    story.append(_table_or_none(rows, widths))
    old_rows = superseded_actor_rows(case, include_internal=include_internal)
    if old_rows:
        story.append(para("Tidligere rækker (ændret siden)", "h2"))
        rows = [[para(h, "cell_bold") for h in ACTOR_HEADER]]
        for row in old_rows:
            rows.append(
                [
                    para(row.actor, "old"),
                    para(fmt_date(row.changed_on), "old"),
                    para(row.effort, "old"),
                    para(fmt_date(row.follow_up_on), "old"),
                    para(row.follow_up_by, "old"),
                ]
            )
        story.append(grid_table(rows, widths))
    return story


def records_overview(case: Case, options: BuildOptions) -> list[Flowable]:
    """The attachments the template asks for: consents, notifications, network maps."""
    story: list[Flowable] = []
    lines = []
    for consent in sorted(case.consents, key=lambda c: c.signed_on):
        state = (
            f"tilbagekaldt {fmt_date(consent.revoked_on)}"
            if consent.revoked_on
            else f"gælder til {fmt_date(consent.valid_until)}"
        )
        lines.append(f"Samtykke underskrevet {fmt_date(consent.signed_on)}, {state}")
    for notification in sorted(case.notifications, key=lambda n: n.made_on):
        lines.append(
            f"Underretning {fmt_date(notification.made_on)} ({notification.notifier.name})"
        )
    for network_map in sorted(case.network_maps, key=lambda m: m.made_on):
        lines.append(f"Netværkskort {fmt_date(network_map.made_on)}")
    if lines:
        story.append(para("Vedlagte skemaer i Stafet", "h2"))
        story += [para("• " + line, "small") for line in lines]
    return story


def level_two_start(case: Case) -> date | None:
    starts = [c.on for c in case.levels if c.level >= Level.TWO]
    return min(starts) if starts else None


def stafetlog_story(case: Case, options: BuildOptions) -> list[Flowable]:
    """The log's body; the insight export reuses it with its own introduction."""
    story: list[Flowable] = [header_fields(case, options)]
    joint_from = level_two_start(case)

    story.append(para(LEVEL_ONE_TITLE, "h1"))
    for section in LEVEL_ONE_SECTIONS:
        story += section_story(case, section, options)
    story += child_voice_story(case.child_voices)  # the child's words, apart from ours
    story += baton_story(case, None, joint_from)

    joint_has_content = (
        joint_from is not None
        or any(e.section in JOINT_SECTIONS for e in case.entries)
        or case.actor_rows
        or case.joint_effort
    )
    if joint_has_content:
        story.append(para(JOINT_TITLE, "h1"))
        for section in JOINT_SECTIONS[:4]:
            story += section_story(case, section, options)
        story += joint_effort_story(case)
        for section in JOINT_SECTIONS[4:]:
            story += section_story(case, section, options)
        if joint_from is not None:
            story += baton_story(case, joint_from, None)
        story += actors_table(case, options)
        story += records_overview(case, options)

    if any(e.section == LogSection.NOTE for e in case.entries):
        story.append(para("Andre notater", "h1"))
        story += section_story(case, LogSection.NOTE, options)[1:]

    if case.closure is not None:
        closure = case.closure
        story.append(para("Stafetloggen er afsluttet", "h1"))
        reasons = ", ".join(CLOSURE_REASONS[r] for r in closure.reasons)
        story.append(
            field_table(
                [
                    ("Afsluttet", fmt_date(closure.closed_on)),
                    ("Afsluttet af", person_line(closure.closed_by)),
                    ("Begrundelse", reasons),
                    ("Forklaring", closure.explanation),
                    ("Loggen", DISPOSITIONS[closure.disposition]),
                ],
                (45 * mm, WIDTH - 45 * mm),
            )
        )
    return story


def build(case: Case, options: BuildOptions) -> Document:
    story = title_block("Stafetlog", f"Stafetlog for {case.child.name}")
    story.append(printed_line(options))
    story += stafetlog_story(case, options)
    info = DocumentInfo(
        title=f"Stafetlog – {case.child.name}",
        header_title="Stafetlog",
        subject="Stafetlog (Bedre Tværfaglig Indsats)",
        author=options.author,
        child_name=case.child.name,
    )
    return Document(info=info, story=story)
