"""Copies that the consent covers stay current (issue 15, point 4): an update holds only the
records the recipient lacks, and together the updates make the whole case at the recipient."""

from __future__ import annotations

import copy
import uuid
from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain import records as r
from app.handover.errors import HandoverError
from app.models import merge as mg
from app.models.interchange import from_json
from app.sync import store
from tests.fixtures_handover import (
    TODAY,
    consent_for,
    exchange_cards,
    make_laptop,
    start_case,
)
from tests.fixtures_sync import remember_a_server

SCHOOL = "Bente Bruun"


@pytest.fixture(scope="module")
def document(tmp_path_factory):  # noqa: ANN001, ANN201
    """Hans's case as a "stafet-case" document, made by a real vault once."""
    lap = make_laptop(tmp_path_factory.mktemp("doc"), "Kirsten Petersen", "leder", "Familiehuset")
    case_id = start_case(lap, consent_for((SCHOOL, r.PartyKind.SCHOOL_DAYCARE)))
    made = lap.svc.export_case(case_id)
    lap.vault.lock()
    return made


def _edit(doc: dict, edit: tuple[str, int]) -> None:
    """One change the log allows: a new entry, a revision, a consent revoked in place, a
    custodian added."""
    kind, n = edit
    case = doc["case"]
    if kind == "entry":
        entry = copy.deepcopy(case["entries"][0])
        entry.update(uid=uuid.uuid4().hex, text=f"Ny iagttagelse nummer {n}.")
        case["entries"].append(entry)
    elif kind == "revise":
        old = case["entries"][n % len(case["entries"])]
        entry = copy.deepcopy(old)
        entry.update(uid=uuid.uuid4().hex, supersedes=old["uid"], text=f"Rettet tekst {n}.")
        if any(e.get("supersedes") == old["uid"] for e in case["entries"]):
            return  # one revision per version keeps the example free of conflicts
        case["entries"].append(entry)
    elif kind == "revoke":
        consent = case["consents"][0]
        if consent["revoked_on"] is None:
            consent["revoked_on"] = TODAY.isoformat()
    elif kind == "custodian":
        case["custodians"].append(
            {
                "uid": uuid.uuid4().hex,
                "name": f"Værge {n}",
                "relation": "værge",
                "has_custody": True,
                "contact": "",
            }
        )


def _same_case(a: r.Case, b: r.Case) -> bool:
    return all(mg.same_records(getattr(a, k), getattr(b, k)) for k in mg.RECORD_LISTS) and (
        a.child == b.child
    )


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["entry", "revise", "revoke", "custodian", "nothing"]),
            st.integers(0, 50),
        ),
        max_size=12,
    ),
    st.lists(st.booleans(), min_size=12, max_size=12),
)
def test_the_updates_together_make_the_whole_case(document, edits, sync_after):  # noqa: ANN001
    """For any sequence of edits, with a sync after any of them, the first copy merged with
    every update equals the case; no update carries a record the recipient already had."""
    doc = copy.deepcopy(document)
    has = store.record_digests(doc)
    at_recipient = from_json(copy.deepcopy(doc))
    for edit, sync in zip(edits, sync_after, strict=False):
        _edit(doc, edit)
        if not sync:
            continue
        update, carried = store.lacking(doc, has)
        if update is None:
            assert carried == {}
            continue
        for kind in mg.RECORD_LISTS:
            if kind in store.ALWAYS_WHOLE:
                continue
            for item in update["case"][kind]:
                assert has.get(item["uid"]) != carried[item["uid"]]  # they lacked it
        has.update(carried)
        at_recipient = mg.plan_merge(at_recipient, from_json(update)).merged
    update, carried = store.lacking(doc, has)
    if update is not None:
        at_recipient = mg.plan_merge(at_recipient, from_json(update)).merged
        has.update(carried)
    assert _same_case(at_recipient, from_json(doc))
    assert store.lacking(doc, has) == (None, {})


def test_an_update_reaches_the_copy_and_a_lapsed_consent_stops_them(tmp_path):  # noqa: ANN001
    kirsten = make_laptop(tmp_path, "Kirsten Petersen", "leder", "Familiehuset")
    school = make_laptop(tmp_path, SCHOOL, "lærer", "Skolen")
    exchange_cards(kirsten, school)
    case_id = start_case(kirsten, consent_for((SCHOOL, r.PartyKind.SCHOOL_DAYCARE)))
    remember_a_server(kirsten.vault, tmp_path / "k")
    kirsten.handover.send(case_id, kirsten.contact(SCHOOL), copy=True)
    [first] = store.to_push(kirsten.vault)
    assert kirsten.handover.update_copies().queued == 0  # nothing new yet
    kirsten.svc.add_entry(
        case_id,
        r.LogEntry(
            section=r.LogSection.DECISION,
            entry_date=TODAY,
            text="Hans får en støttepædagog to dage om ugen.",
            author=kirsten.name,
        ),
    )
    assert kirsten.handover.update_copies().queued == 1
    update = store.to_push(kirsten.vault)[-1]
    # The update alone (the copy not received yet) never becomes a case of its own.
    with pytest.raises(HandoverError) as refused:
        school.handover.read(update.data)
    assert "opdatering af en kopi, som du ikke har endnu" in str(refused.value)
    assert school.svc.list_cases() == []
    school_case = school.handover.receive(school.handover.read(first.data))
    incoming = school.handover.read(update.data)
    assert incoming.kind == "copy" and incoming.entries == 1  # only the new entry travels
    assert school.handover.receive(incoming) == school_case
    texts = [e.text for e in school.svc.load(school_case).entries]
    assert len(texts) == 3 and "Hans får en støttepædagog to dage om ugen." in texts
    assert school.svc.handover_state(school_case).is_copy

    # The parents withdraw their consent: the next change is not sent, and the result says so.
    consent = kirsten.svc.load(case_id).consents[0]
    kirsten.svc.revoke_consent(case_id, consent.uid, TODAY)
    before = len(store.to_push(kirsten.vault))
    result = kirsten.handover.update_copies()
    assert result.queued == 0 and [name for name, _err in result.stopped] == [SCHOOL]
    assert "trak samtykket" in str(result.stopped[0][1])
    assert len(store.to_push(kirsten.vault)) == before
    kirsten.svc.add_entry(
        case_id,
        r.LogEntry(
            section=r.LogSection.DECISION,
            entry_date=TODAY + timedelta(days=1),
            text="Endnu en beslutning.",
            author=kirsten.name,
        ),
    )
    assert kirsten.handover.update_copies().queued == 0  # stopped stays stopped
    assert len(store.to_push(kirsten.vault)) == before
    for lap in (kirsten, school):
        lap.vault.lock()
