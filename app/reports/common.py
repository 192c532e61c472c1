"""What every builder shares: build options, the built document, and small story pieces."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.domain.records import Case, LinkKind, LogEntry, RecordLink
from app.domain.scales import scale_for
from app.reports.styles import para
from app.reports.template import SIGNATURE_BOX_HEIGHT, DocumentInfo, SignaturePlace, render
from app.reports.text import fmt_date

logger = logging.getLogger(__name__)


@dataclass(frozen=True, kw_only=True)
class BuildOptions:
    """How to build: for whom, as of when, and whether the bytes must be reproducible."""

    printed_on: date
    author: str = "Stafet"  # the caseworker who exports: "Udskrevet … af …" on the page
    # The child's name in the PDF's /Title (and so in viewers' title bars, search indexes and
    # "recent files" lists): only when the user asks for it. Metadata is otherwise neutral.
    name_in_title: bool = False
    family_safe: bool = False  # no CPR, no worry scales, no internal notes
    hide_cpr: bool = False  # the parents' insight export: everything but the CPR number
    invariant: bool = False  # byte-identical output for the same input (tests)
    now: datetime | None = None  # "what is next" for the family plan; default: printed_on noon

    @property
    def moment(self) -> datetime:
        if self.now is not None:
            return self.now
        return datetime.combine(self.printed_on, time(12), tzinfo=UTC)


@dataclass(kw_only=True)
class Document:
    """A built but not yet rendered document: its metadata and its flowables."""

    info: DocumentInfo
    story: list[Flowable] = field(default_factory=list)
    one_page: bool = False  # the family plan: must stay on one page
    # Re-lays the story leaving room (points) for the signature box; for one-page documents.
    layout: Callable[[float], list[Flowable]] | None = None

    def to_pdf(self, *, invariant: bool = False, signature: SignaturePlace | None = None) -> bytes:
        story = self.story
        if signature is not None and self.layout is not None:
            story = self.layout(SIGNATURE_BOX_HEIGHT + 4 * mm)
        return render(story, self.info, invariant=invariant, signature=signature)


def title_block(title: str, subtitle: str | None = None) -> list[Flowable]:
    parts: list[Flowable] = [para(title, "title")]
    if subtitle:
        parts.append(para(subtitle, "muted"))
    parts.append(Spacer(1, 3 * mm))
    return parts


def printed_line(options: BuildOptions) -> Flowable:
    return para(f"Udskrevet {fmt_date(options.printed_on)} af {options.author}", "muted")


def cpr_text(case: Case, options: BuildOptions) -> str:
    """The child's CPR number, or why it is not shown."""
    if options.family_safe or options.hide_cpr:
        return "Vises ikke i dokumenter til familien"
    if case.child.cpr:
        return case.child.cpr
    if case.child.expected_birth_date:
        return f"Ufødt barn, termin {fmt_date(case.child.expected_birth_date)}"
    return "Ikke oplyst"


def describe_link(case: Case, link: RecordLink, options: BuildOptions) -> str | None:
    """One line naming a linked record; None when the family-safe rules hide it."""
    kind = link.kind
    if kind == LinkKind.OBSERVATION:
        for o in case.observations:
            if o.uid == link.uid and not (o.internal and options.family_safe):
                return f"Observationsskema {fmt_date(o.observed_on)} ({o.observer})"
    elif kind == LinkKind.ASSESSMENT:
        if options.family_safe:
            return None
        for a in case.assessments:
            if a.uid == link.uid:
                return (
                    f"{scale_for(a.scale).title}: {scale_category_title(a.scale, a.category)} "
                    f"({fmt_date(a.assessed_on)})"
                )
    elif kind == LinkKind.CONSENT:
        for c in case.consents:
            if c.uid == link.uid:
                return f"Samtykke underskrevet {fmt_date(c.signed_on)}"
    elif kind == LinkKind.NOTIFICATION:
        for n in case.notifications:
            if n.uid == link.uid:
                return f"Underretning {fmt_date(n.made_on)}"
    elif kind == LinkKind.NETWORK_MAP:
        for m in case.network_maps:
            if m.uid == link.uid:
                return f"Netværkskort {fmt_date(m.made_on)}"
    elif kind == LinkKind.MEETING:
        for meeting in case.meetings:
            if meeting.uid == link.uid:
                return f"{meeting.title} {fmt_date(meeting.starts_at)}"
    return None


def scale_category_title(scale, number: int) -> str:
    try:
        return f"{number}. {scale_for(scale).category(number).title}"
    except Exception:  # a category this version does not know is shown, never dropped
        return f"kategori {number}"


def entry_markup(case: Case, entry: LogEntry, options: BuildOptions) -> str:
    """An entry's text with its author and links, as paragraph markup."""
    from app.reports.text import markup

    parts = [markup(entry.text)]
    if entry.internal:
        parts.insert(0, "<b>[Intern note]</b>")
    if entry.yes is not None:
        parts.insert(0, "<b>Ja</b>" if entry.yes else "<b>Nej</b>")
    if entry.due_on:
        parts.append(f"<b>Tages op igen:</b> {fmt_date(entry.due_on)}")
    links = [d for d in (describe_link(case, link, options) for link in entry.links) if d]
    if links:
        parts.append("<i>Se også:</i> " + "; ".join(markup(d) for d in links))
    if entry.author:
        parts.append(f'<font size="7.5" color="#5b6673">{markup(entry.author)}</font>')
    return "<br/>".join(p for p in parts if p)
