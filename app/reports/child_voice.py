"""The child's own words in documents (barnets lov § 5, stk. 3): only what the child shares.

Every document takes the words through app.domain.child_voice.for_documents, so words the
child has not agreed to share are never printed; the documents say how many are left out.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from reportlab.platypus import Flowable, Paragraph

from app.domain import child_voice as cv
from app.domain import legal
from app.domain.records import Case, ChildVoice, VoiceMethod
from app.reports.common import BuildOptions, Document, printed_line, title_block
from app.reports.styles import para, styles
from app.reports.text import fmt_date, markup

logger = logging.getLogger(__name__)


def how_line(voice: ChildVoice) -> str:
    """'Hørt af Olga Jensen · I en samtale · i garderoben' (plain text, escaped by the caller)."""
    how = cv.METHOD_TITLES[voice.method]
    if voice.house is not None:
        how = f"{how} – {cv.HOUSE_TITLES[voice.house]}"
    parts = [f"Hørt af {voice.heard_by}", how]
    if voice.situation:
        parts.append(voice.situation)
    return " · ".join(parts)


def voice_paragraphs(voices: Iterable[ChildVoice]) -> list[Flowable]:
    style = styles()["entry"]
    return [
        Paragraph(
            f"»{markup(v.words)}«<br/><font size='8.5'>{markup(how_line(v))}</font>",
            style,
            bulletText=fmt_date(v.heard_on),
        )
        for v in voices
    ]


def withheld_line(count: int) -> str:
    if count == 1:
        return "Ét udsagn fra barnet er ikke med, fordi barnet ikke har sagt ja til at dele det."
    return (
        f"{count} udsagn fra barnet er ikke med, fordi barnet ikke har sagt ja til at dele dem."
    )


def child_voice_story(voices: list[ChildVoice], *, heading: str = "h2") -> list[Flowable]:
    """The log's section of the child's own words: kept apart from the adults' entries."""
    shared = cv.for_documents(voices)
    held = cv.withheld(voices)
    story: list[Flowable] = [
        para(cv.TITLE, heading),
        para(f"{cv.KEPT_APART} ({legal.CHILDS_VIEW.text})", "small"),
    ]
    if not shared and not held:
        story.append(para("Ikke udfyldt.", "muted"))
        return story
    story += voice_paragraphs(shared)
    if held:
        story.append(para(withheld_line(held), "muted"))
    return story


def at_meeting_story(voices: list[ChildVoice], meeting_uid: str) -> list[Flowable]:
    """Under the minutes' point 3b: what the child said at (or for) this meeting."""
    said = cv.at_meeting(cv.for_documents(voices), meeting_uid)
    if not said:
        return []
    return [para("Barnets egne ord, sagt til dette møde (ordret):", "agenda_sub")] + (
        voice_paragraphs(said)
    )


def three_houses(case: Case, options: BuildOptions) -> Document:
    """The three houses sheet: what works, what worries me, what I wish for, in the child's own
    words (only what the child agreed to share), with room to draw and write more."""
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Spacer

    from app.reports.styles import grid_table
    from app.reports.template import DocumentInfo, content_size

    width, _ = content_size()
    sheet = cv.three_houses(cv.for_documents(case.child_voices))
    story = title_block("De tre huse", f"Med {case.child.name}s egne ord")
    story.append(
        para(
            "I husene står det, barnet selv har sagt, og som barnet har sagt ja til at dele. "
            "Der er plads til at tegne og skrive mere sammen med barnet.",
            "body",
        )
    )
    for house in cv.HOUSES:
        part: list[Flowable] = [para(cv.HOUSE_TITLES[house], "h1")]
        part += voice_paragraphs(sheet[house]) or [para("Ikke udfyldt endnu.", "muted")]
        room = grid_table([[Spacer(1, 42 * mm)]], [width], header=False)  # room to draw, write
        part.append(room)
        story.append(KeepTogether(part))
    held = sum(
        1
        for v in cv.current(case.child_voices)
        if v.method is VoiceMethod.THREE_HOUSES and v.house is not None and not v.may_share
    )
    if held:
        story.append(para(withheld_line(held), "muted"))
    story.append(printed_line(options))
    info = DocumentInfo(
        title="De tre huse",
        header_title="De tre huse",
        subject="Barnets egne ord: de tre huse",
        author=options.author,
        child_name=case.child.name,
    )
    return Document(info=info, story=story)
