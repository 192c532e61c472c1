"""The BTI forms as documents: consent (with the drawn signatures), notification, observation."""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from typing import TypeVar

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Paragraph, Spacer, Table, TableStyle

from app.domain import consent as consent_rules
from app.domain import forms as form_texts
from app.domain import legal
from app.domain.messages import QT_TRANSLATE_NOOP, UserError
from app.domain.records import Case, Consent, ConsentGiver, Notification, Observation, PartyKind
from app.domain.signals import signal_text
from app.reports.common import BuildOptions, Document, cpr_text, printed_line, title_block
from app.reports.fonts import REGULAR
from app.reports.styles import RULE, field_table, grid_table, para, styles
from app.reports.template import DocumentInfo, content_size
from app.reports.text import fmt_date, fmt_time, local_time, markup, yes_no

logger = logging.getLogger(__name__)

WIDTH, _ = content_size()
CHECKED, UNCHECKED = "☒", "☐"
SIGNATURE_W, SIGNATURE_H = 60 * mm, 18 * mm

Record = TypeVar("Record", Consent, Notification, Observation)


def choose(records: Sequence[Record], record_uid: str | None, what: str, newest_key) -> Record:
    """The record asked for by uid, or the newest one; a clear message when there is none."""
    if not records:
        raise UserError(
            "Reports",
            QT_TRANSLATE_NOOP(
                "Reports", "Sagen har ingen {what} endnu. Udfyld skemaet i sagen først."
            ),
            what=what,
        )
    if record_uid is None:
        return max(records, key=newest_key)
    for record in records:
        if record.uid == record_uid:
            return record
    raise UserError(
        "Reports",
        QT_TRANSLATE_NOOP(
            "Reports", "Skemaet findes ikke i sagen. Vælg et af sagens skemaer ({what})."
        ),
        what=what,
    )


# ---------------------------------------------------------------------------------------------
# Consent
# ---------------------------------------------------------------------------------------------


def signature_image(giver: ConsentGiver) -> Flowable:
    """The strokes the giver drew on screen; a line to sign on when there are none.

    A consent given without drawing (typed name + tick, witnessed) is said in words instead.
    """
    if consent_rules.given_without_drawing(giver):
        return para(without_drawing_text(giver), "body")
    if giver.signature_png:
        try:
            image = Image(
                io.BytesIO(giver.signature_png), SIGNATURE_W, SIGNATURE_H, kind="proportional"
            )
            image.hAlign = "LEFT"
            return image
        except Exception:  # a damaged picture must not stop the document: say so instead
            logger.warning("a consent signature image could not be read")
            return para("(Underskriften kan ikke vises)", "muted")
    return Spacer(SIGNATURE_W, SIGNATURE_H)


def without_drawing_text(giver: ConsentGiver) -> str:
    """What stands on the signature line of a witnessed consent without a drawn signature."""
    at = giver.witnessed_at
    moment = f"den {fmt_date(local_time(at).date())} {fmt_time(at)}" if at else ""
    return (
        f"Samtykke givet uden underskrift, bevidnet af {giver.witnessed_by} {moment}. "
        f"{giver.typed_name} skrev sit navn og satte kryds ved »Jeg giver samtykke«."
    )


def signature_block(giver: ConsentGiver) -> list[Flowable]:
    line = Table([[signature_image(giver)]], colWidths=[SIGNATURE_W + 8 * mm])
    line.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("LINEBELOW", (0, 0), (-1, -1), 0.8, RULE),
                ("ALIGN", (0, 0), (-1, -1), "LEFT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    caption = f"{giver.name} ({giver.relation})"
    if consent_rules.given_without_drawing(giver) and giver.signed_on:
        caption += f" – givet {fmt_date(giver.signed_on)}"
    elif giver.signed_on:
        caption += f" – underskrevet {fmt_date(giver.signed_on)}"
    # The template's "Undertegnede [navn og cpr-nummer]": the signer writes the number by hand
    # on the printed form; Stafet does not store the parents' CPR numbers (databeskyttelsesloven
    # § 11: only what the purpose needs).
    return [line, para(caption, "small"), para(CPR_FIELD, "small"), Spacer(1, 4 * mm)]


CPR_FIELD = "Cpr-nr.: ______________________"


def legal_basis() -> str:
    """The consent template's paragraph on the legal basis, in today's law (app.domain.legal)."""
    return (
        "Lovgrundlaget: Oplysninger af fortrolig karakter må kun deles, når I har givet samtykke. "
        f"{legal.CONSENT.text}. {legal.CPR_NUMBERS.text}; behandlingen følger "
        f"databeskyttelsesforordningen. {legal.SSD_EXCHANGE.text}."
    )


def consent(case: Case, options: BuildOptions, record_uid: str | None = None) -> Document:
    chosen = choose(case.consents, record_uid, "samtykker", lambda c: c.signed_on)
    story = title_block("Samtykke fra forældre", f"Om {case.child.name}")
    story.append(
        para(
            "For at vi kan støtte jeres barn og familie bedst muligt, skal de medarbejdere, der "
            "hjælper, kunne tale sammen. Det må de kun, når I har givet skriftlig tilladelse. "
            "Samtykket gælder højst et år fra underskriften. I kan altid trække det tilbage ved at "
            "kontakte kommunen.",
            "body",
        )
    )
    lapses = consent_rules.lapses_on(chosen)
    state = consent_rules.status(chosen, options.printed_on)
    story.append(
        field_table(
            [
                ("Barnets navn", case.child.name),
                ("Barnets cpr-nr.", cpr_text(case, options)),
                (
                    "Samtykket gives af",
                    ", ".join(f"{g.name} ({g.relation})" for g in chosen.givers),
                ),
                ("Formål", chosen.purpose),
                ("Samtykket gælder til", fmt_date(lapses)),
                (f"Status {fmt_date(options.printed_on)}", consent_rules.STATUS_TITLES[state]),
            ],
            (48 * mm, WIDTH - 48 * mm),
        )
    )
    if chosen.revoked_on:
        story.append(Spacer(1, 2 * mm))
        story.append(
            para(
                f"<b>Samtykket er trukket tilbage {fmt_date(chosen.revoked_on)}.</b> "
                + markup(chosen.revocation_note),
                "body",
                raw=True,
            )
        )

    story.append(Spacer(1, 2 * mm))
    story.append(para(legal_basis(), "small"))

    story.append(para("Hvem må dele oplysninger med hinanden", "h1"))
    story.append(para("Kun de parter, der er sat kryds ved, er omfattet af samtykket.", "small"))
    rows: list[list[object]] = [
        [
            para("", "cell_bold"),
            para("Part", "cell_bold"),
            para("Navn, kontaktperson eller afdeling", "cell_bold"),
        ]
    ]
    for kind in PartyKind:
        named = [p.name for p in chosen.parties if p.kind == kind]
        mark = CHECKED if named else UNCHECKED
        rows.append(
            [
                para(mark, "cell"),
                para(consent_rules.PARTY_TITLES[kind], "cell"),
                para(", ".join(n for n in named if n) or ("Alle" if named else ""), "cell"),
            ]
        )
    story.append(grid_table(rows, [8 * mm, 70 * mm, WIDTH - 78 * mm]))
    story.append(
        para(
            f"Samtykket bortfalder senest et år efter underskriften "
            f"({consent_rules.ONE_YEAR_SOURCE}). {legal.CONSENT.text}.",
            "small",
        )
    )

    story.append(para("Underskrifter", "h1"))
    blocks = [signature_block(g) for g in chosen.givers]
    pairs = [
        blocks[i : i + 2] + [[Spacer(1, 1)]] * (2 - len(blocks[i : i + 2]))
        for i in range(0, len(blocks), 2)
    ]
    if pairs:  # side by side, two givers a row, as on the paper form
        grid = Table(pairs, colWidths=[WIDTH / 2] * 2, hAlign="LEFT", splitInRow=1)
        grid.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        story.append(grid)
    story.append(para("Når samtykket er underskrevet, får I en kopi.", "small"))
    story.append(printed_line(options))
    info = DocumentInfo(
        title=f"Samtykke {fmt_date(chosen.signed_on)} – {case.child.name}",
        header_title="Samtykke fra forældre",
        subject="Samtykke til udveksling af oplysninger",
        author=options.author,
        child_name=case.child.name,
    )
    return Document(info=info, story=story)


# ---------------------------------------------------------------------------------------------
# Notification
# ---------------------------------------------------------------------------------------------


def _signs(signs: list[str]) -> str:
    return "<br/>".join("• " + markup(signal_text(s)) for s in signs)


def notification(case: Case, options: BuildOptions, record_uid: str | None = None) -> Document:
    chosen = choose(case.notifications, record_uid, "underretninger", lambda n: n.made_on)
    title = form_texts.NOTIFICATION_TITLES[chosen.form]
    story = title_block(title, "Standardskema til underretning")
    story.append(
        para("Hvis der er et observationsskema, er det en god idé at vedlægge det.", "small")
    )
    story.append(
        field_table(
            [
                ("Barnets navn", case.child.name),
                ("Cpr-nr.", cpr_text(case, options)),
            ],
            (40 * mm, WIDTH - 40 * mm),
        )
    )
    story.append(para("Det har vi set og hørt", "h2"))
    story.append(para(chosen.observed or "Ikke udfyldt.", "body" if chosen.observed else "muted"))
    story.append(para("Det antager eller frygter vi", "h2"))
    story.append(para(chosen.assumed or "Ikke udfyldt.", "body" if chosen.assumed else "muted"))
    if chosen.signs:
        story.append(para("Signaler på mulig mistrivsel", "h2"))
        story.append(Paragraph(_signs(chosen.signs), styles()["body"]))

    for section in form_texts.sections_for(chosen.form):
        story.append(para(f"{section.number}. {section.title}", "h2"))
        for prompt in section.prompts:
            story.append(para(prompt, "hint"))
        if section.kind is form_texts.SectionKind.PARENTS_INFORMED:
            when = fmt_date(chosen.parents_informed_on) if chosen.parents_informed_on else "–"
            rows = [
                ("Forældrene er orienteret", yes_no(chosen.parents_informed)),
                ("Orienteret den", when),
            ]
            if form_texts.asks_talked_with_parents(chosen.form):
                talked = chosen.answers.get(form_texts.TALKED_WITH_PARENTS_KEY, "")
                answer = {"ja": "Ja", "nej": "Nej"}.get(talked, "–")
                rows.insert(0, (form_texts.TALKED_WITH_PARENTS, answer))
            story.append(field_table(rows, (50 * mm, WIDTH - 50 * mm)))
            remarks = chosen.answers.get(section.id, "")
            if remarks:
                story.append(para(remarks, "body"))
        elif section.kind is form_texts.SectionKind.SIGNATURE:
            story.append(
                field_table(
                    [
                        ("Navn", chosen.notifier.name),
                        (
                            "Arbejdsplads",
                            ", ".join(
                                v for v in (chosen.notifier.role, chosen.notifier.organisation) if v
                            ),
                        ),
                        ("Underskrift", ""),
                        ("Dato", fmt_date(chosen.made_on)),
                    ],
                    (40 * mm, WIDTH - 40 * mm),
                )
            )
        else:
            answer = chosen.answers.get(section.id, "")
            story.append(para(answer, "body") if answer else para("Ikke udfyldt.", "muted"))
    if chosen.acknowledged_on:
        story.append(
            para(f"Kommunen har bekræftet modtagelsen {fmt_date(chosen.acknowledged_on)}.", "small")
        )
    story.append(printed_line(options))
    info = DocumentInfo(
        title=f"Underretning {fmt_date(chosen.made_on)} – {case.child.name}",
        header_title="Underretning",
        subject=title,
        author=options.author,
        child_name=case.child.name,
    )
    return Document(info=info, story=story)


# ---------------------------------------------------------------------------------------------
# Observation
# ---------------------------------------------------------------------------------------------


def observation(case: Case, options: BuildOptions, record_uid: str | None = None) -> Document:
    records = [o for o in case.observations if not (o.internal and options.family_safe)]
    chosen = choose(records, record_uid, "observationsskemaer", lambda o: o.observed_on)
    story = title_block(form_texts.OBSERVATION_TITLE)
    story.append(
        field_table(
            [
                ("Barnets navn", case.child.name),
                ("Cpr-nr.", cpr_text(case, options)),
            ],
            (40 * mm, WIDTH - 40 * mm),
        )
    )
    known = {q.id for q in form_texts.OBSERVATION_QUESTIONS}
    for question in form_texts.OBSERVATION_QUESTIONS:
        story.append(para(question.text, "h2"))
        if question.hint:
            story.append(para(question.hint, "hint"))
        answer = chosen.answers.get(question.id, "")
        story.append(para(answer, "body") if answer else para("Ikke udfyldt.", "muted"))
    for extra_id, answer in chosen.answers.items():  # answers to questions this version lacks
        if extra_id not in known and answer:
            story.append(para(extra_id, "h2"))
            story.append(para(answer, "body"))
    if chosen.signs:
        story.append(para("Signaler på mulig mistrivsel", "h2"))
        story.append(Paragraph(_signs(chosen.signs), styles()["body"]))
    story.append(Spacer(1, 3 * mm))
    story.append(
        field_table(
            [
                ("Navn", chosen.observer),
                ("Arbejdsplads", chosen.workplace),
                ("Underskrift", ""),
                ("Dato", fmt_date(chosen.observed_on)),
            ],
            (40 * mm, WIDTH - 40 * mm),
        )
    )
    story.append(printed_line(options))
    info = DocumentInfo(
        title=f"Observationsskema {fmt_date(chosen.observed_on)} – {case.child.name}",
        header_title="Observationsskema",
        subject=form_texts.OBSERVATION_TITLE,
        author=options.author,
        child_name=case.child.name,
    )
    return Document(info=info, story=story)
