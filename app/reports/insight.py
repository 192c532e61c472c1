"""The parents' full-insight export: everything the log holds about their child, written to them.

Parents (and the child from 15) have full insight in the log (SPEC §1, §3), so this export holds
every entry with its earlier versions and internal notes, every worry-scale placement with its
signs and note, the minutes of every meeting, and the full contents of every notification,
observation, consent and network map. It reuses the other documents' own builders, so nothing
is summarised away. The one thing left out is CPR numbers of other people (a sibling's or a
parent's number typed into a note): the child's own number stays, the family knows it. The
child's own words are in it as far as the child has agreed to share them (barnets lov § 5,
stk. 3); the introduction says how many are left out, so the copy never claims to be all.

The introduction lists what this copy actually holds, counted from the case, so it never
promises more than is printed.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from enum import Enum
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak

from app.domain import child_voice as cv
from app.domain.records import Case
from app.domain.scales import scale_for
from app.reports import forms, meeting
from app.reports.common import BuildOptions, Document, printed_line, title_block
from app.reports.data import meetings_in_order, subject_name
from app.reports.labels import MAP_COLUMNS, MAP_ROWS
from app.reports.scales import people, placements_table
from app.reports.stafetlog import stafetlog_story
from app.reports.styles import grid_table, para
from app.reports.template import DocumentInfo, content_size
from app.reports.text import fmt_date

logger = logging.getLogger(__name__)

WIDTH, _ = content_size()
OTHERS_CPR = "[cpr-nr. udeladt]"
_CPR = re.compile(r"(?<!\d)(\d{6})-?(\d{4})(?!\d)")


# ---------------------------------------------------------------------------------------------
# CPR numbers of other people
# ---------------------------------------------------------------------------------------------


def _digits(cpr: str | None) -> str:
    return re.sub(r"\D", "", cpr or "")


def _is_reference(field_name: str) -> bool:
    """Record ids and links: never text, never touched (a link must keep pointing)."""
    return field_name in ("uid", "supersedes") or field_name.endswith("_uid")


def _redact(value: Any, own: str) -> Any:
    """Every CPR-like number in the texts that is not the child's own becomes OTHERS_CPR."""
    if isinstance(value, Enum):
        return value
    if isinstance(value, str):
        return _CPR.sub(
            lambda m: m.group(0) if m.group(1) + m.group(2) == own else OTHERS_CPR, value
        )
    if isinstance(value, list):
        return [_redact(v, own) for v in value]
    if isinstance(value, dict):
        return {k: _redact(v, own) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: _redact(getattr(value, f.name), own)
            for f in dataclasses.fields(value)
            if f.init and not _is_reference(f.name)
        }
        return dataclasses.replace(value, **changes)
    return value


def without_others_cpr(case: Case) -> Case:
    """A copy of the case with other people's CPR numbers taken out of every text."""
    own = _digits(case.child.cpr)
    redacted = _redact(case, own)
    redacted.child = case.child  # the child's own number stays as it is
    return redacted


# ---------------------------------------------------------------------------------------------
# The parts the log holds besides its entries
# ---------------------------------------------------------------------------------------------


def _body(document: Document) -> list[Flowable]:
    """Another document's story without its "Udskrevet … af …" line (this one has its own)."""
    return [f for f in document.story if not getattr(f, "text", "").startswith("Udskrevet ")]


def scale_story(case: Case) -> list[Flowable]:
    if not case.assessments:
        return []
    story: list[Flowable] = [
        PageBreak(),
        para("Vores vurderinger af, hvordan det går", "h1"),
        para(
            "Vi bruger en bekymringsskala til at vurdere, hvordan barnet og familien har det. "
            "Et lavt tal betyder lille bekymring, et højt tal stor bekymring. Ved hver vurdering "
            "står de tegn, vi har set, og vores note.",
            "body",
        ),
    ]
    for subject_uid, kind in people(case):
        chosen = [a for a in case.assessments if a.subject_uid == subject_uid and a.scale == kind]
        title = f"{subject_name(case, subject_uid)} – {scale_for(kind).title}"
        story.append(KeepTogether([para(title, "h2"), placements_table(chosen)]))
    return story


def meetings_story(case: Case, options: BuildOptions) -> list[Flowable]:
    story: list[Flowable] = []
    for m in meetings_in_order(case):
        story.append(PageBreak())
        if m.held:
            story += _body(meeting.minutes(case, options, m.uid))
        else:
            story += _body(meeting.invitation(case, options, m.uid))
    return story


def records_story(case: Case, options: BuildOptions) -> list[Flowable]:
    story: list[Flowable] = []
    for n in sorted(case.notifications, key=lambda n: n.made_on):
        story += [PageBreak(), *_body(forms.notification(case, options, n.uid))]
    for o in sorted(case.observations, key=lambda o: o.observed_on):
        story += [PageBreak(), *_body(forms.observation(case, options, o.uid))]
    for c in sorted(case.consents, key=lambda c: c.signed_on):
        story += [PageBreak(), *_body(forms.consent(case, options, c.uid))]
    return story


def network_map_story(case: Case) -> list[Flowable]:
    """Every network map as a table (the drawing needs a landscape page of its own)."""
    story: list[Flowable] = []
    for network_map in sorted(case.network_maps, key=lambda m: m.made_on):
        story.append(PageBreak())
        story.append(para(f"Netværkskort {fmt_date(network_map.made_on)}", "h1"))
        rows: list[list[object]] = [
            [para(h, "cell_bold") for h in ("Hvor", "Hvem", "Hvad de gør", "Kontakt")]
        ]
        for actor in network_map.actors:
            where = f"{MAP_ROWS[actor.row]}, {MAP_COLUMNS[actor.column]}"
            who = ", ".join(v for v in (actor.name, actor.organisation) if v)
            rows.append(
                [
                    para(where, "cell"),
                    para(who, "cell"),
                    para(actor.effort, "cell"),
                    para(actor.contact, "cell"),
                ]
            )
        widths = [45 * mm, 45 * mm, 0, 35 * mm]
        widths[2] = WIDTH - sum(widths)
        story.append(grid_table(rows, widths))
    return story


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def contents_lines(case: Case) -> list[str]:
    """What this copy holds, counted from the case: the introduction promises no more."""
    lines = [
        "Stafetloggen: alle notater, også interne noter og det, der stod før en rettelse"
    ]
    if case.assessments:
        lines.append(
            _count(len(case.assessments), "vurdering", "vurderinger")
            + " på bekymringsskalaerne, med tegn og noter"
        )
    held = sum(1 for m in case.meetings if m.held)
    planned = len(case.meetings) - held
    if held:
        lines.append(_count(held, "referat af et møde", "referater af møder"))
    if planned:
        lines.append(_count(planned, "planlagt møde", "planlagte møder"))
    if case.notifications:
        lines.append(_count(len(case.notifications), "underretning", "underretninger"))
    if case.observations:
        lines.append(_count(len(case.observations), "observationsskema", "observationsskemaer"))
    shared = len(cv.for_documents(case.child_voices))
    if shared:
        lines.append(_count(shared, "udsagn", "udsagn") + " med barnets egne ord")
    if case.consents:
        lines.append(_count(len(case.consents), "samtykke", "samtykker"))
    if case.network_maps:
        lines.append(_count(len(case.network_maps), "netværkskort", "netværkskort"))
    return lines


def build(case: Case, options: BuildOptions) -> Document:
    case = without_others_cpr(case)
    full = dataclasses.replace(options, family_safe=False, hide_cpr=False)
    story = title_block(f"Stafetloggen for {case.child.name}", "Jeres fulde indsigt i loggen")
    story.append(printed_line(options))
    held = cv.withheld(case.child_voices)
    left_out = (
        "Kun cpr-numre på andre end barnet er udeladt."
        if not held
        else "Udeladt er kun cpr-numre på andre end barnet og "
        + ("ét udsagn" if held == 1 else f"{held} udsagn")
        + ", som barnet selv har sagt, men ikke har sagt ja til at dele."
    )
    opening = (
        f"Her er alt, hvad Stafet har gemt om {case.child.name}."
        if not held
        else f"Her er det, Stafet har gemt om {case.child.name}."
    )
    story.append(
        para(
            f"{opening} Som forældre har I ret til "
            "at se det hele. Noter mærket „Intern note“ er skrevet til dem, der samarbejder om "
            "jeres barn, men I har også ret til at se dem. Når noget er blevet rettet, kan I også "
            f"se, hvad der stod før. {left_out} Har I "
            "spørgsmål, eller er noget forkert, så kontakt den, der holder stafetten.",
            "body",
        )
    )
    story.append(para("Det indeholder", "h2"))
    story += [para("• " + line, "body") for line in contents_lines(case)]
    story += stafetlog_story(case, full)
    story += scale_story(case)
    story += meetings_story(case, full)
    story += records_story(case, full)
    story += network_map_story(case)
    info = DocumentInfo(
        title="Indsigt i stafetloggen",
        header_title="Jeres indsigt i stafetloggen",
        subject="Forældrenes fulde indsigt i stafetloggen",
        author=options.author,
        child_name=case.child.name,
    )
    return Document(info=info, story=story)
