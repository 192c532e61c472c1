"""Every document of the example case read back by poppler: fields, Danish letters, fonts, pages."""

from __future__ import annotations

import re
from datetime import date

import pytest

from app.domain.messages import UserError
from app.reports import catalog
from app.reports.catalog import Form, build_document
from app.reports.common import BuildOptions
from tests.fixtures_reports import (
    CPR,
    INTERNAL_MARK,
    OLD_VERSION_MARK,
    big_case,
    hansen_case,
    pdf_fonts,
    pdf_image_count,
    pdf_info,
    pdf_pages,
    pdf_text,
)

OPTIONS = BuildOptions(printed_on=date(2008, 1, 20), author="Kirsten Petersen")


def build(form: Form, case=None, **kw) -> bytes:
    return build_document(case or hansen_case(), form, OPTIONS, **kw).to_pdf(invariant=True)


def words(text: str) -> str:
    """pdftotext output with line breaks folded, so phrases that wrap still match."""
    return re.sub(r"\s+", " ", text)


# What a caseworker looks for first in each document: the template's own field names.
EXPECTED = {
    Form.STAFETLOG: [
        "Stafetlog",
        "Barnets navn",
        "Barnets cpr-nr.",
        CPR,
        "Forældres navne",
        "Lilly Hansen og Ib Hansen",
        "Stafetloggen er oprettet af",
        "Nuværende stafetholder",
        "Kirsten Petersen",
        "Dato for sidste opdatering",
        "15.01.2008",
        "Hvornår opstod bekymringen?",
        "Niveau 1",
        "Niveau 2 og 3",
        "De forskellige aktører",
        "Hvornår følges der op på indsatsen?",
        "Hvem har „øje-på-barnet“?",
        "Fælles målsætning for barnet",
        "Dato og personer ved fastlæggelse af indsatsen",
        "Ib Hansen (far)",
    ],
    Form.NETWORK_MAP: [
        "Netværkskort",
        "Tilbud i egen kommune",
        "Tilbud i regionen",
        "Indsats for mor (Lilly Hansen)",
        "Mogens Mogensen",
        "Mormor Else",
        "Netværkskortet som tegning",
        "Familien",
    ],
    Form.SCALES: [
        "Bekymringsskalaer",
        "Hans Hansen – Bekymringsskala vedrørende børn",
        "Lilly Hansen (mor) – Bekymringsskala vedrørende forældre",
        "Børn med særlige behov",
        "Møde 12.11.07",
        "Virker deprimeret",
    ],
    Form.INVITATION: [
        "Invitation: Opfølgningsmøde",
        "Kære Lilly Hansen og Ib Hansen",
        "fredag 01.02.2008 kl. 14.30",
        "Familiehuset, Skovvej 2",
        "Dagsorden",
        "Velkomst og kort præsentation",
    ],
    Form.MINUTES: [
        "Referat: Koordinationsmøde",
        "mandag 12.11.2007 kl. 10.00",
        "VED-fasen",
        "GØR-fasen",
        "Lilly fortæller, at hun har det svært for tiden.",
        "Hvem følger op",
        "Finder en aflastningsfamilie.",
        "Næste møde",
    ],
    Form.FAMILY_PLAN: [
        "Vores plan for Hans",
        "Det vil vi gerne nå sammen",
        "Hvem gør hvad – og hvornår",
        "Næste gang vi mødes",
        "fredag 01.02.2008 kl. 14.30",
        "Har I spørgsmål? Ring til",
        "tlf. 22 33 44 55",
    ],
    Form.CONSENT: [
        "Samtykke fra forældre",
        "Hvem må dele oplysninger med hinanden",
        "Kommunal sagsbehandler, børn og unge",
        "Arne Andersen",
        "Lilly Hansen (mor) – underskrevet 08.11.2007",
        "07.11.2008",
        CPR,
    ],
    Form.NOTIFICATION: [
        "Underretning om barn 0-6 år",
        "Anledning til bekymring",
        "Hans er stille og trist",
        "Det har vi set og hørt",
        "Det antager eller frygter vi",
        "Forældrene er orienteret",
        "08.11.2007",
        "Samlet faglig vurdering af barnet",
    ],
    Form.OBSERVATION: [
        "Observationsskema til 0-18-årige børn og unge",
        "Hans leger ikke med de andre børn",
        "Arbejdsplads",
        "Børnehaven Solsikken",
        "30.08.2007",
    ],
    Form.INSIGHT: [
        "Stafetloggen for Hans Hansen",
        "Jeres fulde indsigt",
        "[Intern note]",
        INTERNAL_MARK,
        "Vores vurderinger af, hvordan det går",
        "Referat: ",  # every held meeting's minutes, not just a list of meetings
    ],
    Form.THREE_HOUSES: [
        "De tre huse",
        "Det gode hus: det, der går godt",
        "Bekymringernes hus: det, jeg er bekymret for",
        "Drømmenes hus: det, jeg ønsker mig",
        "Hans Hansen",
    ],
}


@pytest.mark.parametrize("form", list(Form), ids=lambda f: f.value)
def test_each_document_shows_its_template_fields_and_danish_letters(form):
    text = words(pdf_text(build(form)))
    for expected in EXPECTED[form]:
        assert expected in text, expected
    assert re.search("[æøå]", text) and "Hans" in text


@pytest.mark.parametrize("form", list(Form), ids=lambda f: f.value)
def test_each_document_embeds_only_dejavu(form, tmp_path):
    path = tmp_path / "doc.pdf"
    path.write_bytes(build(form))
    fonts = pdf_fonts(path)
    assert fonts, "pdffonts found no fonts at all"
    for name, _kind, embedded in fonts:
        assert embedded == "yes", name
        assert "DejaVuSans" in name, name  # no standard-14 Helvetica sneaking in


@pytest.mark.parametrize("form", list(Form), ids=lambda f: f.value)
def test_each_document_has_metadata_language_and_page_numbers(form):
    pdf = build(form)
    info = pdf_info(pdf)
    assert info["Author"] == "Stafet"  # neutral: no person's name in the metadata
    assert info["Title"] and info["Subject"]
    assert b"/Lang (da-DK)" in pdf
    pages = pdf_pages(pdf)
    assert f"Side {pages} af {pages}" in pdf_text(pdf)


def test_invariant_builds_are_byte_identical():
    for form in (Form.STAFETLOG, Form.FAMILY_PLAN, Form.NETWORK_MAP, Form.CONSENT):
        assert build(form) == build(form)


def test_stafetlog_keeps_superseded_versions_as_history():
    text = words(pdf_text(build(Form.STAFETLOG)))
    assert "Tidligere udgave, ændret" in text and OLD_VERSION_MARK in text
    assert "Tidligere rækker (ændret siden)" in text


def test_long_stafetlog_runs_over_pages_and_repeats_table_headers():
    from app.domain.records import ActorRow

    case = big_case(500)
    for i in range(150):
        case.actor_rows.append(
            ActorRow(
                actor=f"Aktør {i}",
                changed_on=date(2008, 1, 15),
                effort=f"Indsats nummer {i} for Hans og familien.",
                follow_up_on=date(2008, 3, 1),
                follow_up_by="Kirsten",
            )
        )
    pdf = build(Form.STAFETLOG, case)
    assert pdf_pages(pdf) > 20
    pages = pdf_text(pdf).split("\f")
    last = 500 - len(hansen_case().entries)
    first_page = next(i for i, p in enumerate(pages) if "Opfølgning nr. 1:" in p)
    last_page = next(i for i, p in enumerate(pages) if f"Opfølgning nr. {last}:" in p)
    assert last_page > first_page  # every entry printed, over many pages
    with_rows = [p for p in pages if re.search(r"Aktør \d+", p)]
    assert len(with_rows) >= 3
    for page in with_rows:  # the actors' table header is repeated on every page it runs over
        assert "Hvilken indsats iværksættes?" in page


def test_network_map_is_landscape_with_the_picture_on_its_own_page():
    pdf = build(Form.NETWORK_MAP)
    info = pdf_info(pdf)
    width, height = (float(v) for v in re.findall(r"[\d.]+", info["Page size"])[:2])
    assert width > height
    pages = pdf_text(pdf).split("\f")
    assert "Netværkskortet som tegning" in pages[1] and "Søren Sørensen" in pages[1]


def test_network_map_chooses_an_older_version_by_uid():
    from app.domain.records import MapActor, MapColumn, MapRow, NetworkMap
    from tests.fixtures_reports import KIRSTEN

    case = hansen_case()
    old = NetworkMap(
        made_on=date(2007, 11, 12),
        holder=KIRSTEN,
        actors=[MapActor(row=MapRow.CHILD, column=MapColumn.INFORMAL, name="Fodboldtræner Bo")],
    )
    case.network_maps.append(old)
    newest = words(pdf_text(build(Form.NETWORK_MAP, case)))
    assert "15.01.2008" in newest and "Fodboldtræner Bo" not in newest
    assert "Andre udgaver af netværkskortet i sagen: 12.11.2007" in newest
    older = words(pdf_text(build(Form.NETWORK_MAP, case, record_uid=old.uid)))
    assert "Fodboldtræner Bo" in older


def test_minutes_show_gor_agreements_as_a_table_row_per_agreement():
    layout = pdf_text(build(Form.MINUTES), layout=True)
    row = next(line for line in layout.splitlines() if "Finder en aflastningsfamilie" in line)
    assert "Arne Andersen" in row and "15.01.2008" in row


def test_consent_shows_ticked_and_unticked_parties_and_the_drawn_signatures():
    pdf = build(Form.CONSENT)
    text = pdf_text(pdf, layout=True)
    hospital = next(line for line in text.splitlines() if "Hospital" in line)
    gp = next(line for line in text.splitlines() if "Praktiserende læge" in line)
    assert "☒" in hospital and "☐" in gp
    assert pdf_image_count(pdf) == 2  # one drawn signature per parent


def test_consent_has_the_signers_cpr_field_and_the_legal_basis_in_current_law():
    text = words(pdf_text(build(Form.CONSENT)))
    assert text.count("Cpr-nr.: ____") == 2  # one per signing parent, as on the template
    assert "Forvaltningsloven § 28, stk. 3-4" in text and "Databeskyttelsesloven § 11" in text
    assert "(tidl. serviceloven § 49 a)" in text
    assert "Persondataloven" not in text and "§ 28, stk. 5" not in text


def test_scales_pdf_carries_the_templates_own_words():
    text = words(pdf_text(build(Form.SCALES)))
    assert "Børn med behov for særlig støtte – underretningspligt: kategori 3-5" in text
    assert "Problemerne kræver bistand fra andre (niveau 2)" in text
    assert "Husk altid at inddrage forældrene." in text and "øjebliksbillede" in text
    assert "Kilde: Tilpasset efter Roskildemodellen" in text


def test_familieretshuset_is_a_consent_party_and_brings_its_coordination_points():
    import dataclasses

    from app.domain.records import Participant

    consent_text = words(pdf_text(build(Form.CONSENT)))
    assert "Familieretshuset" in consent_text  # a party to tick on the consent
    case = hansen_case()
    held = next(m for m in case.meetings if m.held)
    minutes = words(pdf_text(build(Form.MINUTES, case)))
    assert "Når Familieretshuset deltager" not in minutes
    court = Participant(name="Eva Ravn", organisation="Familieretshuset", role="rådgiver")
    case.meetings = [
        dataclasses.replace(m, participants=[*m.participants, court]) if m is held else m
        for m in case.meetings
    ]
    minutes = words(pdf_text(build(Form.MINUTES, case)))
    assert "Når Familieretshuset deltager" in minutes
    assert "Hvem følger barnets trivsel, når sagen i Familieretshuset er slut?" in minutes


def test_damaged_signature_picture_is_reported_not_fatal():
    case = hansen_case()
    case.consents[0].givers[0].signature_png = b"\x89PNG not really"
    text = pdf_text(build(Form.CONSENT, case))
    assert "Underskriften kan ikke vises" in text


def test_missing_records_give_a_clear_danish_message():
    case = hansen_case()
    case.notifications.clear()
    case.network_maps.clear()
    with pytest.raises(UserError, match="ingen underretninger"):
        build(Form.NOTIFICATION, case)
    with pytest.raises(UserError, match="intet netværkskort"):
        build(Form.NETWORK_MAP, case)
    with pytest.raises(UserError, match="findes ikke"):
        catalog.parse_form("dagbog")


def test_odd_text_is_escaped_not_interpreted():
    case = hansen_case()
    case.entries[0].text = "<b>ikke fed</b> & <font size=40>x</font> \u200b 𝔘 emoji 🙂"
    text = pdf_text(build(Form.STAFETLOG, case))
    assert "<b>ikke fed</b> &" in text


def test_huge_texts_flow_over_pages_and_nothing_is_lost():
    case = hansen_case()
    case.entries[0].text = "Lang note. " * 2000 + "SLUTMÆRKE"
    case.actor_rows[0].effort = "z" * 9000 + " RÆKKESLUT"
    case.meetings[0].minutes["1"] = "w" * 9000
    case.consents[0].givers[0].name = "Ab" * 3000
    case.network_maps[0].actors[0].effort = "u " * 3000
    for form in Form:
        pdf = build(form, case)
        assert pdf_pages(pdf) >= 1
    text = pdf_text(build(Form.STAFETLOG, case))
    assert "SLUTMÆRKE" in text and "RÆKKESLUT" in text


def test_the_6_to_18_notification_asks_whether_you_talked_with_the_parents():
    from app.domain.records import NotificationForm

    case = hansen_case()
    case.notifications[0].form = NotificationForm.AGE_6_18
    case.notifications[0].answers = {"parents_talked": "nej"}
    text = words(pdf_text(build(Form.NOTIFICATION, case)))
    assert "Har I talt med forældrene om bekymringen? Nej" in text
    case.notifications[0].form = NotificationForm.AGE_0_6  # the 0-6 form has no such question
    assert "Har I talt med forældrene" not in words(pdf_text(build(Form.NOTIFICATION, case)))


def test_notification_for_a_school_child_uses_the_6_to_18_form():
    from app.domain.records import NotificationForm

    case = hansen_case()
    case.notifications[0].form = NotificationForm.AGE_6_18
    case.notifications[0].answers = {"current_school": "Skovbakkeskolen, 2.b, Bente Holm"}
    text = words(pdf_text(build(Form.NOTIFICATION, case)))
    assert "Underretning om barn og ung 6-18 år" in text
    assert "4. Nuværende skole og klasselærer" in text and "Skovbakkeskolen, 2.b" in text
    assert "13. Navn, arbejdsplads, underskrift og dato" in text


def test_closed_log_says_why_and_what_happens_to_it():
    from app.domain.records import CaseClosure, ClosureReason, Disposition
    from tests.fixtures_reports import KIRSTEN

    case = hansen_case()
    case.closure = CaseClosure(
        closed_on=date(2008, 6, 30),
        reasons=[ClosureReason.THRIVING, ClosureReason.LOW_RISK, ClosureReason.DECIDED_TOGETHER],
        explanation="Hans trives igen, og familien klarer sig selv.",
        disposition=Disposition.ARCHIVE,
        closed_by=KIRSTEN,
    )
    text = words(pdf_text(build(Form.STAFETLOG, case)))
    assert "Stafetloggen er afsluttet" in text and "30.06.2008" in text
    # The same wording as on screen (app.domain.closing.REASON_TITLES), one per reason.
    assert (
        "Barnet trives igen, Risikoen for tilbagefald er lille, Stafetholderen og "
        "samarbejdspartnerne har besluttet det sammen" in text
    )
    assert "arkiveres" in text
