"""The child's own voice (issue 13 point 8, barnets lov § 5, stk. 3): rules, storage, travel."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain import child_voice as cv
from app.domain import records as r
from app.domain.messages import ValidationError
from app.models.interchange import from_json, to_json
from app.models.service import CaseService
from app.vault import Vault
from tests.fixtures_vault import FAST_KDF, PASSPHRASE, MemoryKeyring

TODAY = date(2025, 10, 1)


def _voice(words: str = "Jeg kan godt lide, når far henter mig.", **kw) -> r.ChildVoice:  # noqa
    values = {
        "heard_on": date(2025, 9, 20),
        "words": words,
        "heard_by": "Olga Jensen",
        "method": r.VoiceMethod.CONVERSATION,
        "situation": "i garderoben efter frokost",
    }
    values.update(kw)
    return r.ChildVoice(**values)


# --- the rules (app/domain/child_voice.py) ----------------------------------------------------


def test_the_words_and_who_heard_them_are_required():
    with pytest.raises(ValidationError) as info:
        cv.validate(_voice(words="   "), TODAY)
    assert info.value.field == "barnets ord"
    with pytest.raises(ValidationError) as info:
        cv.validate(_voice(heard_by=""), TODAY)
    assert info.value.field == "hvem hørte det"


def test_words_cannot_have_been_heard_after_today_but_today_is_fine():
    cv.validate(_voice(heard_on=TODAY), TODAY)
    with pytest.raises(ValidationError) as info:
        cv.validate(_voice(heard_on=TODAY + timedelta(days=1)), TODAY)
    assert info.value.field == "dato"


def test_a_house_belongs_exactly_to_the_three_houses():
    cv.validate(_voice(method=r.VoiceMethod.THREE_HOUSES, house=r.House.WISHES), TODAY)
    with pytest.raises(cv.HouseMissing):
        cv.validate(_voice(method=r.VoiceMethod.THREE_HOUSES), TODAY)
    with pytest.raises(cv.HouseWithoutThreeHouses):
        cv.validate(_voice(method=r.VoiceMethod.DRAWING, house=r.House.GOOD), TODAY)


def test_the_words_are_kept_verbatim_not_trimmed():
    words = "  nej.   Jeg VIL ikke!  "
    cv.validate(_voice(words=words), TODAY)  # no error, and nothing changed
    assert _voice(words=words).words == words


def test_a_correction_replaces_the_words_in_the_current_view_but_both_are_kept():
    first = _voice("Mor er sur", heard_on=date(2025, 9, 1))
    fix = _voice("Mor er ked af det", heard_on=date(2025, 9, 1), supersedes=first.uid)
    later = _voice("Jeg glæder mig til ferien", heard_on=date(2025, 9, 5))
    assert [v.words for v in cv.current([later, fix, first])] == [fix.words, later.words]


def test_words_the_child_has_not_agreed_to_share_stay_on_the_professionals_screen():
    shared = _voice("Jeg vil gerne bo hos mor", may_share=True, heard_on=date(2025, 9, 1))
    private = _voice("Far drikker", may_share=False, heard_on=date(2025, 9, 2))
    both = [private, shared]
    assert cv.shown(both, family_safe=False) == [shared, private]
    assert cv.shown(both, family_safe=True) == [shared]
    assert cv.for_documents(both) == [shared]
    assert cv.withheld(both) == 1
    # a superseded private version is not counted as held back
    fix = _voice("Far drikker øl", may_share=True, supersedes=private.uid)
    assert cv.withheld([private, shared, fix]) == 0


def test_the_three_houses_sheet_puts_each_thing_in_its_house():
    good = _voice("Fodbold", method=r.VoiceMethod.THREE_HOUSES, house=r.House.GOOD)
    worry = _voice("Når de råber", method=r.VoiceMethod.THREE_HOUSES, house=r.House.WORRIES)
    wish = _voice("En hund", method=r.VoiceMethod.THREE_HOUSES, house=r.House.WISHES)
    talk = _voice("Noget andet")
    sheet = cv.three_houses([good, worry, wish, talk])
    assert sheet == {r.House.GOOD: [good], r.House.WORRIES: [worry], r.House.WISHES: [wish]}
    assert list(sheet) == list(cv.HOUSES)


def test_the_meeting_prompt_sits_at_the_point_for_the_childs_view():
    from app.domain import agenda

    point = agenda.point(cv.VED_POINT)
    assert point.phase is agenda.Phase.VED
    assert "barnets" in point.title


@given(
    st.lists(
        st.tuples(st.integers(0, 30), st.booleans(), st.integers(-1, 5)), min_size=0, max_size=8
    )
)
def test_current_keeps_exactly_the_unsuperseded_versions(spec):
    """Property: whatever chain of corrections, `current` is every version nothing replaces."""
    voices: list[r.ChildVoice] = []
    for day, share, target in spec:
        supersedes = voices[target].uid if 0 <= target < len(voices) else None
        voices.append(
            _voice(heard_on=date(2025, 1, 1) + timedelta(days=day), may_share=share,
                   supersedes=supersedes)
        )
    replaced = {v.supersedes for v in voices if v.supersedes}
    now = cv.current(voices)
    assert {v.uid for v in now} == {v.uid for v in voices} - replaced
    assert [v.heard_on for v in now] == sorted(v.heard_on for v in now)
    assert cv.withheld(voices) + len(cv.for_documents(voices)) == len(now)


# --- storage, history, export and merge -------------------------------------------------------


def test_the_service_stores_the_words_with_history_and_undo(svc: CaseService, case_id: int):
    first = svc.add_child_voice(case_id, _voice("Mor er sur"))
    second = svc.revise_child_voice(case_id, first, _voice("Mor er ked af det", may_share=True))
    case = svc.load(case_id)
    assert {v.uid for v in case.child_voices} == {first, second}
    (now,) = cv.current(case.child_voices)
    assert now.words == "Mor er ked af det" and now.supersedes == first and now.may_share
    assert now.recorded_at is not None
    # the old words cannot be corrected twice, nor taken back once corrected
    from app.models.errors import AlreadyRevised, CannotRetract

    with pytest.raises(AlreadyRevised):
        svc.revise_child_voice(case_id, first, _voice("igen"))
    with pytest.raises(CannotRetract):
        svc.retract(case_id, first)
    svc.retract(case_id, second)  # undo of the newest version
    assert [v.uid for v in svc.load(case_id).child_voices] == [first]
    actions = [(e.action, e.record_type) for e in svc.vault.audit.entries()]
    for action in ("case.add", "case.revise", "case.retract"):
        assert (action, "child_voice") in actions


def test_bad_input_changes_nothing(svc: CaseService, case_id: int):
    before = len(svc.vault.audit.entries())
    with pytest.raises(ValidationError):
        svc.add_child_voice(case_id, _voice(method=r.VoiceMethod.THREE_HOUSES))
    with pytest.raises(ValidationError):
        svc.add_child_voice(case_id, _voice(words="ord\x00"))
    assert svc.load(case_id, audit=False).child_voices == []
    assert len(svc.vault.audit.entries()) == before


def test_the_words_travel_in_the_case_document_and_merge_by_uid(svc: CaseService, case_id: int,
                                                                tmp_path: Path):
    uid = svc.add_child_voice(
        case_id, _voice("En hund", method=r.VoiceMethod.THREE_HOUSES, house=r.House.WISHES,
                        may_share=True)
    )
    document = svc.export_case(case_id)
    (stored,) = document["case"]["child_voices"]
    assert stored["words"] == "En hund" and stored["house"] == "wishes"
    assert from_json(document).child_voices == svc.load(case_id).child_voices

    vault, _ = Vault.create(tmp_path / "arne", PASSPHRASE, kdf=FAST_KDF,
                            device_secrets=MemoryKeyring())
    try:
        other = CaseService(vault, actor="Arne Andersen")
        other_id = other.merge_case(document).case_id
        fix = other.revise_child_voice(other_id, uid, _voice("En lille hund",
                                                             method=r.VoiceMethod.THREE_HOUSES,
                                                             house=r.House.WISHES))
        result = svc.merge_case(other.export_case(other_id))
        assert result.added == 1 and not result.created
        # merging the same copy again adds nothing
        assert svc.merge_case(other.export_case(other_id)).added == 0
        (now,) = cv.current(svc.load(case_id).child_voices)
        assert now.uid == fix and now.words == "En lille hund"
    finally:
        vault.lock()


def test_an_old_case_document_without_child_voices_still_imports(svc: CaseService, case_id: int):
    document = svc.export_case(case_id)
    del document["case"]["child_voices"]
    del document["case"]["family_court"]
    case = from_json(document)
    assert case.child_voices == [] and case.family_court is None


def test_a_document_whose_corrections_go_round_in_a_circle_is_refused(svc, case_id):
    a, b = _voice("a"), _voice("b")
    a.supersedes, b.supersedes = b.uid, a.uid
    case = svc.load(case_id)
    case.child_voices = [a, b]
    from app.models.interchange import InvalidCaseJson

    with pytest.raises(InvalidCaseJson) as info:
        from_json(to_json(case))
    assert info.value.path.startswith("case.child_voices")


def test_an_older_vault_opens_with_its_cases_and_no_child_voices(
    vault_dir, passphrase, memory_keyring
):
    from alembic import command

    from app.vault import migrate

    vault, _ = Vault.create(vault_dir, passphrase, kdf=FAST_KDF, device_secrets=memory_keyring)
    svc = CaseService(vault, actor="Olga Jensen")
    case_id = svc.create_case(r.Child(name="Hans Hansen"), r.Person(name="Olga Jensen"),
                              created_on=date(2025, 9, 1))
    before = migrate.script_directory().get_revision("0009").down_revision
    with vault.session() as s:  # back to the schema before this change
        command.downgrade(migrate._config(s.connection()), before)
    vault.lock()

    again = Vault.unlock(vault_dir, passphrase, device_secrets=memory_keyring)
    try:
        assert again.upgraded_from == before and again.schema_revision == migrate.HEAD
        case = CaseService(again, actor="Olga Jensen").load(case_id)
        assert case.child.name == "Hans Hansen"
        assert case.child_voices == [] and case.family_court is None
    finally:
        again.lock()


# --- boundaries of the rules (for the mutation tests of app/domain) -----------------------------


def test_who_heard_it_may_be_500_characters_not_501():
    cv.validate(_voice(heard_by="x" * 500), TODAY)
    with pytest.raises(ValidationError):
        cv.validate(_voice(heard_by="x" * 501), TODAY)
    from app.domain.limits import check_record

    check_record(_voice(heard_by="x" * 500), "v")
    with pytest.raises(ValidationError):
        check_record(_voice(heard_by="x" * 501), "v")  # a short field in the one table of sizes


def test_a_control_character_in_the_situation_is_refused():
    with pytest.raises(ValidationError) as info:
        cv.validate(_voice(situation="i bilen\x07"), TODAY)
    assert info.value.field == "situation"


def test_same_day_words_keep_the_order_they_were_recorded_and_unsaved_come_last():
    from datetime import UTC, datetime

    day = date(2025, 9, 1)
    late = _voice("senere", heard_on=day, recorded_at=datetime(2025, 9, 1, 12, tzinfo=UTC))
    early = _voice("først", heard_on=day, recorded_at=datetime(2025, 9, 1, 9, tzinfo=UTC))
    unsaved = _voice("ikke gemt endnu", heard_on=day)
    older = _voice("dagen før", heard_on=day - timedelta(days=1))
    assert [v.words for v in cv.current([unsaved, late, early, older])] == [
        "dagen før", "først", "senere", "ikke gemt endnu",
    ]


def test_also_superseded_versions_are_not_current():
    a, b = _voice("a"), _voice("b")
    resolution = _voice("a og b", supersedes=a.uid, also_supersedes=[b.uid])
    assert cv.current([a, b, resolution]) == [resolution]


def test_a_house_on_words_not_said_with_the_three_houses_is_not_on_the_sheet():
    stray = _voice("tegning", method=r.VoiceMethod.DRAWING, house=r.House.GOOD)
    no_house = _voice("uden hus", method=r.VoiceMethod.THREE_HOUSES)
    assert cv.three_houses([stray, no_house]) == {h: [] for h in cv.HOUSES}


def test_words_belong_to_the_meeting_they_were_said_at():
    at, other = _voice("a", meeting_uid="m" * 32), _voice("b", meeting_uid="n" * 32)
    none = _voice("c")
    assert cv.at_meeting([at, other, none], "m" * 32) == [at]


def test_every_method_and_house_has_a_title():
    assert set(cv.METHOD_TITLES) == set(r.VoiceMethod)
    assert set(cv.HOUSE_TITLES) == set(r.House) == set(cv.HOUSES)
