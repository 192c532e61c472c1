"""The child's own words in the PDFs: the stafetlog, the minutes (VED 3b) and the insight copy."""

from __future__ import annotations

from datetime import date

from app.domain import records as r
from app.reports.catalog import Form, build_document
from app.reports.common import BuildOptions
from tests.fixtures_reports import CPR, hansen_case, pdf_text

OPTIONS = BuildOptions(author="Olga Jensen", printed_on=date(2025, 10, 1))


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split())


def _pdf(form: Form, case: r.Case, **kw) -> str:  # noqa: ANN003
    return _flat(pdf_text(build_document(case, form, OPTIONS, **kw).to_pdf(invariant=True)))


def _case_with_voices() -> tuple[r.Case, r.Meeting]:
    case = hansen_case()
    meeting = next(m for m in case.meetings if m.held)
    meeting.agenda = sorted({*meeting.agenda, "3", "3b"})
    case.child_voices = [
        r.ChildVoice(
            heard_on=date(2007, 9, 12), words="Jeg kan godt lide, når far henter mig.",
            heard_by="Olga Jensen", situation="i garderoben", may_share=True,
        ),
        r.ChildVoice(
            heard_on=date(2007, 9, 13), words="Mor sover hele dagen.", heard_by="Olga Jensen",
            may_share=False,
        ),
        r.ChildVoice(
            heard_on=date(2007, 9, 14), words="En hund", heard_by="Arne Andersen",
            method=r.VoiceMethod.THREE_HOUSES, house=r.House.WISHES, may_share=True,
            meeting_uid=meeting.uid,
        ),
    ]
    return case, meeting


def test_the_stafetlog_prints_the_childs_shared_words_in_their_own_section():
    case, _ = _case_with_voices()
    text = _pdf(Form.STAFETLOG, case)
    start = text.index("Barnets egne ord")
    section = text[start : start + 900]
    assert "»Jeg kan godt lide, når far henter mig.«" in section
    assert "Hørt af Olga Jensen · I en samtale · i garderoben" in section
    assert "De tre huse – Drømmenes hus: det, jeg ønsker mig" in section
    assert "Barnets lov § 5, stk. 3" in section
    assert "Mor sover hele dagen" not in text  # the child did not say yes to sharing it
    assert "Ét udsagn fra barnet er ikke med" in section


def test_the_minutes_print_the_words_said_for_the_meeting_under_point_3b():
    case, meeting = _case_with_voices()
    text = _pdf(Form.MINUTES, case, meeting_uid=meeting.uid)
    point = text.index("b) Få barnets og forældrenes opfattelse af situationen")
    after = text[point : point + 600]
    assert "Barnets egne ord, sagt til dette møde (ordret): 14.09.2007 »En hund«" in after
    assert "far henter mig" not in text  # heard at another time, not at this meeting
    assert "Mor sover" not in text


def test_the_insight_copy_holds_the_shared_words_and_says_what_it_leaves_out():
    case, _ = _case_with_voices()
    text = _pdf(Form.INSIGHT, case)
    intro = text[: text.index("Det indeholder")]
    assert "Her er alt" not in intro  # it is not everything: it must not claim so
    assert "ét udsagn, som barnet selv har sagt, men ikke har sagt ja til at dele" in intro
    contents = text[text.index("Det indeholder") :][:600]
    assert "2 udsagn med barnets egne ord" in contents
    assert "»En hund«" in text and "Mor sover hele dagen" not in text

    everything = hansen_case()
    everything.child_voices = [v for v in case.child_voices if v.may_share]
    intro = _pdf(Form.INSIGHT, everything)
    assert "Her er alt, hvad Stafet har gemt" in intro
    assert "Kun cpr-numre på andre end barnet er udeladt" in intro


def test_the_three_houses_sheet_has_each_shared_thing_in_its_house_and_room_to_draw():
    case, _ = _case_with_voices()
    case.child_voices += [
        r.ChildVoice(heard_on=date(2007, 9, 14), words="Fodbold med Mads", heard_by="Arne",
                     method=r.VoiceMethod.THREE_HOUSES, house=r.House.GOOD, may_share=True),
        r.ChildVoice(heard_on=date(2007, 9, 14), words="Når mor ikke står op", heard_by="Arne",
                     method=r.VoiceMethod.THREE_HOUSES, house=r.House.WORRIES),
    ]
    text = _pdf(Form.THREE_HOUSES, case)
    good = text.index("Det gode hus: det, der går godt")
    worries = text.index("Bekymringernes hus: det, jeg er bekymret for")
    wishes = text.index("Drømmenes hus: det, jeg ønsker mig")
    assert good < worries < wishes
    assert "»Fodbold med Mads«" in text[good:worries]
    assert "Ikke udfyldt endnu." in text[worries:wishes]  # the worry was not for sharing
    assert "Når mor ikke står op" not in text
    assert "»En hund«" in text[wishes:]
    assert "far henter mig" not in text  # said in a conversation, not in a house
    assert "Ét udsagn fra barnet er ikke med" in text
    assert CPR not in text  # a family document: no CPR number


def test_the_sheet_counts_only_current_private_words():
    """A private worry later corrected into words said in a conversation is not on the sheet,
    and not counted as left out either."""
    case = hansen_case()
    first = r.ChildVoice(heard_on=date(2007, 9, 14), words="Når mor græder", heard_by="Arne",
                         method=r.VoiceMethod.THREE_HOUSES, house=r.House.WORRIES)
    fix = r.ChildVoice(heard_on=date(2007, 9, 14), words="Når mor er ked af det", heard_by="Arne",
                       may_share=True, supersedes=first.uid)
    case.child_voices = [first, fix]
    text = _pdf(Form.THREE_HOUSES, case)
    assert "Når mor" not in text
    assert "er ikke med" not in text
