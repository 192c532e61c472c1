"""The coordination meeting: the invitation (to the parents too) and the VED-KAN-VIL-GØR minutes."""

from __future__ import annotations

import logging

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from app.domain import agenda as standard
from app.domain import child_voice as cv
from app.domain import family_court, legal
from app.domain.messages import QT_TRANSLATE_NOOP, UserError
from app.domain.records import Case, Meeting
from app.reports.child_voice import at_meeting_story
from app.reports.common import BuildOptions, Document, printed_line, title_block
from app.domain.baton import holder_on
from app.reports.data import baton_history, current_holder, meetings_in_order, person_line
from app.reports.styles import field_table, grid_table, para, styles
from app.reports.template import DocumentInfo, content_size
from app.reports.text import fmt_date, fmt_moment, fmt_weekday_date, local_time, markup

logger = logging.getLogger(__name__)

WIDTH, _ = content_size()


def choose_meeting(case: Case, meeting_uid: str | None, *, held: bool | None) -> Meeting:
    """The meeting asked for; by default the next planned one (invitation) or the last held."""
    meetings = meetings_in_order(case)
    if meeting_uid is not None:
        for meeting in meetings:
            if meeting.uid == meeting_uid:
                return meeting
        raise UserError(
            "Reports",
            QT_TRANSLATE_NOOP("Reports", "Mødet findes ikke i sagen. Vælg et af sagens møder."),
        )
    candidates = [m for m in meetings if held is None or m.held == held] or meetings
    if not candidates:
        raise UserError(
            "Reports",
            QT_TRANSLATE_NOOP(
                "Reports", "Sagen har endnu ingen møder. Planlæg et koordinationsmøde først."
            ),
        )
    return candidates[0] if held is False else candidates[-1]


def _point(point_id: str) -> standard.AgendaPoint | None:
    return standard.POINTS_BY_ID.get(point_id)


def _ordered_points(point_ids: list[str]) -> list[str]:
    known = [p for p in point_ids if _point(p) is not None]
    return standard.ordered(known) + [p for p in point_ids if _point(p) is None]


def agenda_story(meeting: Meeting) -> list[Flowable]:
    story: list[Flowable] = [para("Dagsorden", "h1")]
    for point_id in _ordered_points(meeting.agenda):
        point = _point(point_id)
        if point is None:
            continue
        if point.parent_id:
            story.append(Paragraph(f"{point.label} {markup(point.title)}", styles()["agenda_sub"]))
        else:
            story.append(Paragraph(f"<b>{point.label} {markup(point.title)}</b>", styles()["body"]))
            story.append(para(point.guidance, "hint"))
    return story + family_court_story(meeting)


def family_court_story(meeting: Meeting) -> list[Flowable]:
    """Seed 000's coordination points, when Familieretshuset takes part in the meeting."""
    if not family_court.takes_part(meeting.participants):
        return []
    story: list[Flowable] = [
        para("Når Familieretshuset deltager (samarbejde og koordinering)", "h2")
    ]
    story += [para(f"• {prompt}", "body") for prompt in family_court.COORDINATION_PROMPTS]
    return story


def participants_rows(meeting: Meeting, *, full: bool) -> list[list[object]]:
    if full:
        header = ["Navn", "Arbejdssted", "Rolle", "Ansvarsområde", "Kan beslutte", "Deltog"]
    else:
        header = ["Navn", "Arbejdssted", "Rolle"]
    rows: list[list[object]] = [[para(h, "cell_bold") for h in header]]
    for person in meeting.participants:
        if not full and not person.invited:
            continue
        cells = [
            person.name,
            person.organisation or ("Familien" if person.is_family else ""),
            person.role,
        ]
        if full:
            cells += [
                person.responsibility,
                person.decision_authority,
                "Ja" if person.attended else "Nej",
            ]
        rows.append([para(c, "cell") for c in cells])
    return rows


def invitation(case: Case, options: BuildOptions, meeting_uid: str | None = None) -> Document:
    """A plain-language invitation that goes to the parents as well as the professionals."""
    meeting = choose_meeting(case, meeting_uid, held=False)
    family = [p.name for p in meeting.participants if p.is_family and p.invited]
    local = local_time(meeting.starts_at)
    # The invitation comes from whoever holds the baton on the meeting's day.
    holder = holder_on(baton_history(case), local.date()) or current_holder(case)
    story = title_block(f"Invitation: {meeting.title}", f"Om {case.child.name}")
    greeting = "Kære " + (" og ".join(family) if family else "alle") + " og alle deltagere"
    story.append(para(greeting, "body"))
    story.append(
        para(
            f"Vi inviterer jer til et møde om {case.child.name}. På mødet fortæller vi hinanden, "
            f"hvad vi ved, og vi bliver sammen enige om, hvad hver af os gør for at hjælpe. "
            "Forældrene er en vigtig del af mødet. I må gerne tage en person med, som I stoler på.",
            "body",
        )
    )
    story.append(Spacer(1, 2 * mm))
    story.append(
        field_table(
            [
                ("Hvornår", f"{fmt_weekday_date(local.date())} kl. {local:%H.%M}"),
                ("Hvor", meeting.place),
                ("Hvem inviterer", person_line(holder, with_contact=True)),
            ],
            (40 * mm, WIDTH - 40 * mm),
        )
    )
    story.append(para("Hvem er inviteret", "h1"))
    story.append(
        grid_table(participants_rows(meeting, full=False), [60 * mm, 60 * mm, WIDTH - 120 * mm])
    )
    story += agenda_story(meeting)
    if holder is not None:
        story.append(para("Spørgsmål før mødet", "h1"))
        story.append(
            para(
                f"Ring eller skriv til {holder.name}"
                + (f" ({holder.contact})" if holder.contact else "")
                + ", hvis I har spørgsmål, eller hvis tidspunktet ikke passer.",
                "body",
            )
        )
        story.append(para("Med venlig hilsen", "body"))
        story.append(para(person_line(holder), "body"))
    story.append(printed_line(options))
    info = DocumentInfo(
        title=f"Invitation til {meeting.title.lower()} {fmt_date(meeting.starts_at)}",
        header_title="Invitation",
        subject="Invitation til møde om et barn",
        author=options.author,
        child_name=case.child.name,
        confidential=False,
    )
    return Document(info=info, story=story)


def minutes(case: Case, options: BuildOptions, meeting_uid: str | None = None) -> Document:
    """The minutes phase by phase, with the GØR agreements as a table of who does what by when."""
    meeting = choose_meeting(case, meeting_uid, held=True)
    story = title_block(f"Referat: {meeting.title}", f"Om {case.child.name}")
    pairs = [("Tid", fmt_moment(meeting.starts_at)), ("Sted", meeting.place)]
    if meeting.without_consent_49a:
        pairs.append(
            ("Grundlag", legal.SSD_EXCHANGE.text)
        )
    story.append(field_table(pairs, (40 * mm, WIDTH - 40 * mm)))
    story.append(para("Deltagere", "h1"))
    widths = [30 * mm, 30 * mm, 31 * mm, 30 * mm, 0, 15 * mm]
    widths[4] = WIDTH - sum(widths)
    story.append(grid_table(participants_rows(meeting, full=True), widths))
    story += family_court_story(meeting)

    written = _ordered_points(list(dict.fromkeys([*meeting.agenda, *meeting.minutes])))
    phase = None
    for point_id in written:
        point = _point(point_id)
        if point is not None and point.phase != phase:
            phase = point.phase
            phase_title = standard.PHASE_TITLES[phase]
            if phase != standard.Phase.INTRO:
                phase_title += "-fasen"
            story.append(para(phase_title, "h1"))
        title = f"{point.label} {point.title}" if point else f"Punkt {point_id}"
        story.append(para(title, "h2"))
        text = meeting.minutes.get(point_id, "").strip()
        story.append(para(text, "body") if text else para("Intet referat.", "muted"))
        if point_id == cv.VED_POINT:  # the child's and parents' view: the child's own words
            story += at_meeting_story(case.child_voices, meeting.uid)
        if point_id == "6b":  # "concrete agreements on the first steps": the GØR table
            story += agreements_story(meeting)
    if "6b" not in written:
        story.append(para("GØR: aftaler", "h1"))
        story += agreements_story(meeting)
    story.append(para("Næste møde", "h2"))
    story.append(
        para(
            fmt_weekday_date(meeting.next_meeting_on)
            if meeting.next_meeting_on
            else "Ikke aftalt.",
            "body",
        )
    )
    story.append(printed_line(options))
    info = DocumentInfo(
        title=f"Referat af {meeting.title.lower()} {fmt_date(meeting.starts_at)}",
        header_title="Referat",
        subject="Referat af møde om et barn",
        author=options.author,
        child_name=case.child.name,
    )
    return Document(info=info, story=story)


def agreements_story(meeting: Meeting) -> list[Flowable]:
    header = ["Hvem", "Gør hvad", "Hvornår", "Hvem følger op"]
    rows: list[list[object]] = [[para(h, "cell_bold") for h in header]]
    for agreement in meeting.agreements:
        rows.append(
            [
                para(agreement.who, "cell"),
                para(agreement.what, "cell"),
                para(fmt_date(agreement.by_when), "cell"),
                para(agreement.follow_up_by, "cell"),
            ]
        )
    if len(rows) == 1:
        return [para("Ingen aftaler skrevet.", "muted")]
    widths = [36 * mm, 0, 24 * mm, 36 * mm]
    widths[1] = WIDTH - sum(widths)
    return [grid_table(rows, widths)]
