"""One merge by record uid (SPEC §10, issue 11): two laptops, one case, never two cases of a uid."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain import records as r
from app.models import merge as mg
from app.models.interchange import to_json
from app.models.service import CaseService
from app.models.service_merge import MergeRefused
from app.vault import Vault
from tests.fixtures_models import ARNE, KIRSTEN, OLGA, cases, records, stored_like
from tests.fixtures_vault import FAST_KDF, PASSPHRASE, MemoryKeyring


@pytest.fixture
def other_svc(tmp_path: Path):
    """A second laptop: its own real vault."""
    vault, _ = Vault.create(
        tmp_path / "boks-arne", PASSPHRASE, kdf=FAST_KDF, device_secrets=MemoryKeyring()
    )
    yield CaseService(vault, actor="Arne Andersen")
    vault.lock()


def _entry(text: str, on: date = date(2025, 9, 2), **kw: Any) -> r.LogEntry:
    return r.LogEntry(section=r.LogSection.CONCERN_AROSE, entry_date=on, text=text, **kw)


def _audit_actions(svc: CaseService) -> list[str]:
    return [e.action for e in svc.vault.audit.entries()]


def _same(a: r.Case, b: r.Case) -> None:
    assert mg.normalised(a) == mg.normalised(b)


# --- the same data twice ----------------------------------------------------------------------


def test_importing_a_known_case_merges_it_and_twice_changes_nothing(svc, case_id):
    svc.add_entry(case_id, _entry("Hans græder ved aflevering."))
    document = svc.export_case(case_id)
    before = svc.load(case_id)
    audit_before = len(_audit_actions(svc))

    assert svc.import_case(document) == case_id
    result = svc.merge_case(document)

    assert (result.case_id, result.created, result.added, result.conflicts) == (
        case_id,
        False,
        0,
        0,
    )
    assert svc.case_count() == 1
    assert svc.load(case_id) == before
    actions = _audit_actions(svc)
    # one row per merge (and the two loads), no content
    assert actions[audit_before:].count("case.merge") == 2
    assert len(actions) == audit_before + 2 + 1


def test_a_merge_writes_one_audit_row_without_content(svc, other_svc, case_id):
    document = svc.export_case(case_id)
    other_id = other_svc.import_case(document)
    other_svc.add_entry(other_id, _entry("Hemmelig iagttagelse om Hans."))
    before = len(_audit_actions(svc))
    svc.merge_case(other_svc.export_case(other_id))
    rows = svc.vault.audit.entries()[before:]
    assert [row.action for row in rows] == ["case.merge"]
    assert "Hemmelig" not in repr(rows) and "Hans" not in repr(rows)


# --- two laptops --------------------------------------------------------------------------------


def test_two_laptops_diverge_and_merging_either_way_gives_one_and_the_same_case(
    svc, other_svc, case_id
):
    first = svc.add_entry(case_id, _entry("Første iagttagelse."))
    other_id = other_svc.merge_case(svc.export_case(case_id)).case_id
    assert other_svc.case_count() == 1

    # Olga's laptop: a correction, a meeting, a map, a level, an offer of the baton
    olga_fix = svc.revise_entry(case_id, first, _entry("Første iagttagelse (rettet af Olga)."))
    meeting = r.Meeting(
        starts_at=datetime(2025, 9, 10, 9, 0).astimezone(), title="Møde", place="Skolen"
    )
    svc.save_meeting(case_id, meeting)
    svc.add_network_map(case_id, r.NetworkMap(made_on=date(2025, 9, 3), holder=OLGA))
    svc.set_level(case_id, 2, on=date(2025, 9, 4))
    svc.offer_baton(case_id, ARNE, date(2025, 9, 5))
    # Arne's laptop: another correction of the same entry, an actor row, an observation
    arne_fix = other_svc.revise_entry(
        other_id, first, _entry("Første iagttagelse (rettet af Arne).")
    )
    other_svc.add_actor_row(
        other_id, r.ActorRow(actor="Familiehuset", changed_on=date(2025, 9, 3), effort="Samtaler")
    )
    other_svc.save_observation(
        other_id, r.Observation(observed_on=date(2025, 9, 3), observer="Arne", workplace="Skolen")
    )

    olga_copy = svc.export_case(case_id)
    arne_copy = other_svc.export_case(other_id)
    at_olga = svc.merge_case(arne_copy)
    at_arne = other_svc.merge_case(olga_copy)

    assert not at_olga.created and not at_arne.created
    assert at_olga.added == 3 and at_arne.added == 5
    assert at_olga.conflicts == at_arne.conflicts == 1
    _same(svc.load(case_id), other_svc.load(other_id))
    # both revisions are kept and shown as one conflict about the first entry
    (conflict,) = svc.conflicts(case_id)
    assert conflict.original_uid == first
    assert set(conflict.uids) == {olga_fix, arne_fix}
    # the merge kept Olga's offer: Arne's copy now shows the baton offered to him
    assert other_svc.list_cases()[0].level == r.Level.TWO


def test_resolving_a_conflict_adds_a_version_that_supersedes_both_and_travels(
    svc, other_svc, case_id
):
    first = svc.add_entry(case_id, _entry("Første iagttagelse."))
    other_id = other_svc.import_case(svc.export_case(case_id))
    a = svc.revise_entry(case_id, first, _entry("Udgave A."))
    b = other_svc.revise_entry(other_id, first, _entry("Udgave B."))
    svc.merge_case(other_svc.export_case(other_id))
    (conflict,) = svc.conflicts(case_id)

    new_uid = svc.resolve_conflict(case_id, conflict, keep_uid=a, text="Udgave A og B samlet.")

    case = svc.load(case_id)
    assert {a, b, first} <= {e.uid for e in case.entries}  # nothing deleted
    current = r.current_entries(case.entries)
    assert [e.text for e in current] == ["Udgave A og B samlet."]
    resolved = next(e for e in case.entries if e.uid == new_uid)
    assert (resolved.supersedes, resolved.also_supersedes) == (a, [b])
    assert svc.conflicts(case_id) == []
    # the resolution travels: Arne's laptop no longer shows the conflict either
    result = other_svc.merge_case(svc.export_case(case_id))
    assert result.conflicts == 0 and other_svc.conflicts(other_id) == []
    # resolving again is refused: the conflict is gone
    with pytest.raises(Exception, match="allerede løst"):
        svc.resolve_conflict(case_id, conflict, keep_uid=b)


def test_keeping_one_version_of_an_actor_row(svc, other_svc, case_id):
    row = svc.add_actor_row(
        case_id, r.ActorRow(actor="Skolen", changed_on=date(2025, 9, 2), effort="Lektiecafé")
    )
    other_id = other_svc.import_case(svc.export_case(case_id))
    svc.revise_actor_row(
        case_id, row, r.ActorRow(actor="Skolen", changed_on=date(2025, 9, 3), effort="A")
    )
    b = other_svc.revise_actor_row(
        other_id, row, r.ActorRow(actor="Skolen", changed_on=date(2025, 9, 3), effort="B")
    )
    svc.merge_case(other_svc.export_case(other_id))
    (conflict,) = svc.conflicts(case_id)
    assert conflict.record_type == "actor_row"
    svc.resolve_conflict(case_id, conflict, keep_uid=b)
    assert [x.effort for x in r.current_actor_rows(svc.load(case_id).actor_rows)] == ["B"]


def test_a_revoked_consent_stays_revoked_whichever_way_the_merge_goes(svc, other_svc, case_id):
    consent = r.Consent(
        purpose="Samarbejde",
        signed_on=date(2025, 9, 2),
        valid_until=date(2026, 9, 2),
        givers=[r.ConsentGiver(name="Lilly Hansen", relation="mor")],
        parties=[r.ConsentParty(kind=r.PartyKind.SCHOOL_DAYCARE, name="Skolen")],
    )
    svc.save_consent(case_id, consent)
    other_id = other_svc.import_case(svc.export_case(case_id))
    other_svc.revoke_consent(other_id, consent.uid, date(2025, 10, 1), "Mor trækker tilbage")
    svc.save_meeting(
        case_id,
        r.Meeting(
            starts_at=datetime(2025, 9, 10, 9, 0).astimezone(), title="Møde", place="Skolen"
        ),
    )
    at_olga = svc.merge_case(other_svc.export_case(other_id))
    other_svc.merge_case(svc.export_case(case_id))
    assert at_olga.changed == 1
    for service, cid in ((svc, case_id), (other_svc, other_id)):
        (kept,) = service.load(cid).consents
        assert kept.revoked_on == date(2025, 10, 1)
    _same(svc.load(case_id), other_svc.load(other_id))


def test_a_baton_passed_two_ways_is_refused_and_nothing_is_written(svc, other_svc, case_id):
    other_id = other_svc.import_case(svc.export_case(case_id))
    svc.offer_baton(case_id, ARNE, date(2025, 9, 5))
    other_svc.offer_baton(other_id, KIRSTEN, date(2025, 9, 5))
    before = svc.load(case_id)
    audit_before = len(_audit_actions(svc))
    with pytest.raises(MergeRefused, match="stafetten er givet videre på to forskellige måder"):
        svc.merge_case(other_svc.export_case(other_id))
    assert svc.load(case_id) == before
    assert len(_audit_actions(svc)) == audit_before + 1  # only the load above


def test_an_unknown_case_uid_is_created_and_a_known_one_never_twice(svc, other_svc, case_id):
    document = svc.export_case(case_id)
    result = other_svc.merge_case(document)
    assert result.created and result.added == 0
    for _ in range(2):
        other_svc.import_case(document)
    assert other_svc.case_count() == 1
    assert other_svc.vault.audit.entries()[-1].action == "case.merge"


# --- properties ---------------------------------------------------------------------------------


def _fresh(value: Any, counter: list[int]) -> Any:
    """Distinct uids for records one laptop adds (not clashing with the shared copy)."""
    for f in dataclasses.fields(value):
        if f.name == "uid":
            counter[0] += 1
            setattr(value, f.name, uuid.UUID(int=counter[0]).hex)
        else:
            inner = getattr(value, f.name)
            if dataclasses.is_dataclass(inner):
                _fresh(inner, counter)
            elif isinstance(inner, list):
                for item in inner:
                    if dataclasses.is_dataclass(item):
                        _fresh(item, counter)
    return value


_ADDABLE = {
    "entries": r.LogEntry,
    "actor_rows": r.ActorRow,
    "levels": r.LevelChange,
    "eye_on_child": r.EyeOnChild,
    "network_maps": r.NetworkMap,
    "observations": r.Observation,
    "notifications": r.Notification,
    "custodians": r.Custodian,
    "siblings": r.Sibling,
    "joint_effort": r.JointEffortSetting,
}


@st.composite
def laptop_copy(draw: st.DrawFn, base: r.Case, start: int) -> r.Case:
    """The shared case after one laptop's own work: new records and revisions of entries."""
    copy = _deep(base)
    counter = [start]
    for kind, cls in _ADDABLE.items():
        for extra in draw(st.lists(records(cls), max_size=2)):
            getattr(copy, kind).append(_fresh(extra, counter))
    for entry in draw(st.lists(st.sampled_from(base.entries), max_size=2)) if base.entries else []:
        counter[0] += 1
        copy.entries.append(
            dataclasses.replace(
                entry, uid=uuid.UUID(int=counter[0]).hex, supersedes=entry.uid, text="rettet"
            )
        )
    if copy.consents and draw(st.booleans()):
        copy.consents[0] = dataclasses.replace(
            copy.consents[0], revoked_on=date(2030, 1, 1) + timedelta(days=start % 7)
        )
    if copy.custodians and draw(st.booleans()):
        copy.custodians[0] = dataclasses.replace(copy.custodians[0], contact=f"tlf {start}")
    if draw(st.booleans()):
        copy.municipal = dataclasses.replace(copy.municipal, aware_on=date(2025, 1, start % 28 + 1))
    return copy


def _deep(case: r.Case) -> r.Case:
    from app.models.interchange import _load

    return _load(to_json(case)["case"], r.Case)  # type: ignore[no-any-return]


@st.composite
def diverging(draw: st.DrawFn) -> tuple[r.Case, r.Case]:
    base = draw(cases)
    return draw(laptop_copy(base, 1_000_000)), draw(laptop_copy(base, 2_000_000))


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(diverging())
def test_merging_in_either_order_gives_the_same_case_and_a_copy_into_itself_nothing(pair):
    a, b = pair
    ab = mg.plan_merge(a, b).merged
    ba = mg.plan_merge(b, a).merged
    assert mg.normalised(ab) == mg.normalised(ba)
    assert mg.case_conflicts(mg.normalised(ab)) == mg.case_conflicts(mg.normalised(ba))
    itself = mg.plan_merge(a, a)
    assert itself.merged == a and not itself.changes_anything
    again = mg.plan_merge(ab, b)
    assert mg.normalised(again.merged) == mg.normalised(ab) and not again.changes_anything


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
@given(pair=diverging())
def test_the_vault_merges_in_either_order_to_the_same_case(svc, pair):
    moment = datetime(2025, 3, 1, 12, 0, 0, 123456).astimezone()
    a, b = (stored_like(x, moment) for x in pair)
    uid_ab, uid_ba = r.new_uid(), r.new_uid()
    first = svc.import_case(to_json(dataclasses.replace(a, uid=uid_ab)))
    svc.merge_case(to_json(dataclasses.replace(b, uid=uid_ab)))
    second = svc.import_case(to_json(dataclasses.replace(b, uid=uid_ba)))
    svc.merge_case(to_json(dataclasses.replace(a, uid=uid_ba)))
    ab, ba = svc.load(first), svc.load(second)
    _same(ab, dataclasses.replace(ba, uid=uid_ab))
    _same(ab, dataclasses.replace(mg.plan_merge(a, b).merged, uid=uid_ab))


def test_the_service_stores_a_cpr_number_with_a_newline_or_without_dash_in_the_one_form(svc):
    for typed in ("120320-4235\n", "1203204235", " 120320-4235 "):
        case_id = svc.create_case(r.Child(name="Hans Hansen", cpr=typed), OLGA)
        assert svc.load(case_id).child.cpr == "120320-4235"
        svc.update_child(case_id, r.Child(name="Hans Hansen", cpr=typed))
        exported = svc.export_case(case_id)
        assert exported["case"]["child"]["cpr"] == "120320-4235"


def test_a_document_without_recording_moments_merged_twice_changes_nothing(svc, case_id):
    svc.add_entry(case_id, _entry("Fra et andet program."))
    document = svc.export_case(case_id)
    for entry in document["case"]["entries"]:
        entry["recorded_at"] = None
    document["case"]["updated_at"] = None
    before = svc.load(case_id)
    first = svc.merge_case(document)
    second = svc.merge_case(document)
    assert (first.added, first.changed, second.added, second.changed) == (0, 0, 0, 0)
    assert svc.load(case_id) == before
