"""The whole relay between real vaults: Kirsten → Arne, accept, receipt, then Arne → Bente.

After each step both laptops' logs, holders, audit trails and deadlines are checked.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.domain import records as r
from app.models.errors import CaseHandedOver, CaseIsCopy
from tests.fixtures_handover import (
    REVIEW_TEXT,
    TODAY,
    consent_for,
    exchange_cards,
    make_laptop,
    start_case,
)

KIND = r.BatonEventKind


def _baton(lap, case_id):  # noqa: ANN001, ANN202
    return [(e.kind, e.person.name) for e in lap.svc.load(case_id).baton]


def _reviews(lap, uid):  # noqa: ANN001, ANN202
    return [d for d in lap.svc.deadlines(TODAY) if d.case_uid == uid and d.kind.value == "review"]


def _new_actions(lap, before):  # noqa: ANN001, ANN202
    """The audit rows since `before`, without the "viewed" rows that reading the log adds."""
    return [a for a in lap.audit_actions()[len(before) :] if a != "case.view"]


def test_the_baton_moves_on_acceptance_and_on_again(tmp_path):  # noqa: ANN001
    kirsten = make_laptop(tmp_path, "Kirsten Petersen", "leder", "Familiehuset")
    arne = make_laptop(tmp_path, "Arne Andersen", "sagsbehandler", "Børn og Familie")
    bente = make_laptop(tmp_path, "Bente Bruun", "lærer", "Solsikkeskolen")
    exchange_cards(kirsten, arne, bente)
    k_case = start_case(
        kirsten,
        consent_for(
            ("Arne Andersen", r.PartyKind.CHILDREN_CASEWORKER),
            ("Bente Bruun", r.PartyKind.SCHOOL_DAYCARE),
        ),
    )
    uid = kirsten.svc.load(k_case).uid
    assert len(_reviews(kirsten, uid)) == 1

    # 1. Kirsten offers the baton to Arne: the offer is in her log, she still holds it.
    k_audit = kirsten.audit_actions()
    kirsten.handover.send(k_case, kirsten.contact("Arne Andersen"), tmp_path / "til-arne.stafet")
    assert _baton(kirsten, k_case)[-1] == (KIND.OFFERED, "Arne Andersen")
    assert kirsten.case_summary(uid).holder == "Kirsten Petersen"
    assert _new_actions(kirsten, k_audit) == ["case.offer", "case.export", "handover.send.bundle"]
    assert len(_reviews(kirsten, uid)) == 1

    # 2. Arne opens it: who sent what, and when, before anything is written.
    a_audit = arne.audit_actions()
    incoming = arne.handover.read(tmp_path / "til-arne.stafet")
    assert (incoming.kind, incoming.sender_name, incoming.child_name) == (
        "bundle",
        "Kirsten Petersen",
        "Hans Hansen",
    )
    assert incoming.entries == 2
    assert abs((incoming.sent_at.date() - TODAY).days) <= 1
    assert arne.svc.list_cases() == [] and arne.audit_actions() == a_audit
    a_case = arne.handover.receive(incoming)
    assert arne.case_summary(uid).holder == "Kirsten Petersen"
    assert _baton(arne, a_case) == _baton(kirsten, k_case)
    assert _new_actions(arne, a_audit)[-1] == "handover.receive.bundle"
    assert [e.text for e in arne.svc.load(a_case).entries][-1] == REVIEW_TEXT

    # 3. Arne accepts: he holds the baton in his vault; a receipt goes back to Kirsten.
    a_audit = arne.audit_actions()
    arne.handover.accept(a_case, tmp_path / "kvittering.stafet")
    assert arne.case_summary(uid).holder == "Arne Andersen"
    assert _baton(arne, a_case)[-1] == (KIND.ACCEPTED, "Arne Andersen")
    assert {"case.handover", "handover.accept"} <= set(_new_actions(arne, a_audit))
    assert len(_reviews(arne, uid)) == 1
    # Kirsten's log does not move before the receipt is in.
    assert kirsten.case_summary(uid).holder == "Kirsten Petersen"

    # 4. Kirsten receives the receipt: now her log shows Arne, and her copy is read-only.
    k_audit = kirsten.audit_actions()
    receipt = kirsten.handover.read(tmp_path / "kvittering.stafet")
    assert (receipt.kind, receipt.answer, receipt.sender_name) == (
        "receipt",
        "accepted",
        "Arne Andersen",
    )
    assert kirsten.handover.receive(receipt) == k_case
    assert kirsten.case_summary(uid).holder == "Arne Andersen"
    k_events = kirsten.svc.load(k_case).baton
    a_events = arne.svc.load(a_case).baton
    assert [e.uid for e in k_events] == [e.uid for e in a_events]  # the same events on both
    assert _new_actions(kirsten, k_audit)[-2:] == ["case.receipt", "handover.receipt.accepted"]
    assert kirsten.svc.handover_state(k_case).handed_over_to == "Arne Andersen"
    assert _reviews(kirsten, uid) == []  # no longer hers to follow up
    assert len(_reviews(arne, uid)) == 1
    with pytest.raises(CaseHandedOver) as refused:
        kirsten.svc.add_entry(
            k_case,
            r.LogEntry(section=r.LogSection.DECISION, entry_date=TODAY, text="Ny note."),
        )
    assert "Stafetten er givet videre til Arne Andersen" in str(refused.value)

    # 5. Arne passes it on to Bente, who accepts; Arne's receipt makes his copy read-only.
    arne.handover.send(a_case, arne.contact("Bente Bruun"), tmp_path / "til-bente.stafet")
    assert _baton(arne, a_case)[-1] == (KIND.OFFERED, "Bente Bruun")
    b_case = bente.handover.receive(bente.handover.read(tmp_path / "til-bente.stafet"))
    assert bente.case_summary(uid).holder == "Arne Andersen"
    bente.handover.accept(b_case, tmp_path / "kvittering-bente.stafet")
    assert bente.case_summary(uid).holder == "Bente Bruun"
    assert len(_reviews(bente, uid)) == 1
    assert arne.case_summary(uid).holder == "Arne Andersen"
    arne.handover.receive(arne.handover.read(tmp_path / "kvittering-bente.stafet"))
    assert arne.case_summary(uid).holder == "Bente Bruun"
    assert arne.svc.handover_state(a_case).handed_over_to == "Bente Bruun"
    assert _reviews(arne, uid) == []
    assert [k for k, _ in _baton(bente, b_case)] == [
        KIND.CREATED,
        KIND.OFFERED,
        KIND.ACCEPTED,
        KIND.OFFERED,
        KIND.ACCEPTED,
    ]
    assert [e.uid for e in bente.svc.load(b_case).baton] == [
        e.uid for e in arne.svc.load(a_case).baton
    ]
    assert kirsten.case_summary(uid).holder == "Arne Andersen"  # Kirsten was not asked again
    for lap, action in (
        (kirsten, "handover.send.bundle"),
        (arne, "handover.receive.bundle"),
        (arne, "handover.accept"),
        (arne, "handover.send.bundle"),
        (arne, "handover.receipt.accepted"),
        (bente, "handover.receive.bundle"),
        (bente, "handover.accept"),
    ):
        assert action in lap.audit_actions()
    for lap in (kirsten, arne, bente):
        assert lap.vault.audit.verify().intact

    # 6. A handed-over copy can still be archived with the existing closing flow.
    kirsten.svc.close_case(
        k_case,
        r.CaseClosure(
            closed_on=TODAY,
            reasons=[r.ClosureReason.OTHER],
            explanation="Stafetten er givet videre til Arne Andersen.",
            disposition=r.Disposition.ARCHIVE,
            closed_by=kirsten.person,
        ),
    )
    assert kirsten.case_summary(uid).closed


def test_declining_keeps_the_baton_with_the_sender(tmp_path):  # noqa: ANN001
    kirsten = make_laptop(tmp_path, "Kirsten Petersen", "leder", "Familiehuset")
    arne = make_laptop(tmp_path, "Arne Andersen", "sagsbehandler", "Børn og Familie")
    exchange_cards(kirsten, arne)
    k_case = start_case(kirsten, consent_for(("Arne Andersen", r.PartyKind.CHILDREN_CASEWORKER)))
    uid = kirsten.svc.load(k_case).uid
    kirsten.handover.send(k_case, kirsten.contact("Arne Andersen"), tmp_path / "a.stafet")
    a_case = arne.handover.receive(arne.handover.read(tmp_path / "a.stafet"))
    arne.handover.decline(
        a_case, "Familien er flyttet til en anden kommune.", tmp_path / "nej.stafet"
    )
    assert arne.case_summary(uid).holder == "Kirsten Petersen"
    assert arne.svc.handover_state(a_case).is_copy  # kept for information only
    with pytest.raises(CaseIsCopy):
        arne.svc.set_level(a_case, 2)
    assert "handover.decline" in arne.audit_actions()
    receipt = kirsten.handover.read(tmp_path / "nej.stafet")
    assert (receipt.answer, receipt.reason) == (
        "declined",
        "Familien er flyttet til en anden kommune.",
    )
    kirsten.handover.receive(receipt)
    assert _baton(kirsten, k_case)[-1] == (KIND.DECLINED, "Arne Andersen")
    assert kirsten.case_summary(uid).holder == "Kirsten Petersen"
    assert not kirsten.svc.handover_state(k_case).read_only
    assert len(_reviews(kirsten, uid)) == 1
    assert "handover.receipt.declined" in kirsten.audit_actions()


def test_a_copy_is_read_only_and_moves_no_baton(tmp_path):  # noqa: ANN001
    kirsten = make_laptop(tmp_path, "Kirsten Petersen", "leder", "Familiehuset")
    bente = make_laptop(tmp_path, "Bente Bruun", "lærer", "Solsikkeskolen")
    exchange_cards(kirsten, bente)
    k_case = start_case(kirsten, consent_for(("Bente Bruun", r.PartyKind.SCHOOL_DAYCARE)))
    uid = kirsten.svc.load(k_case).uid
    kirsten.handover.send(k_case, kirsten.contact("Bente Bruun"), tmp_path / "c.stafet", copy=True)
    assert [k for k, _ in _baton(kirsten, k_case)] == [KIND.CREATED]
    assert "handover.send.copy" in kirsten.audit_actions()
    incoming = bente.handover.read(tmp_path / "c.stafet")
    assert incoming.kind == "copy"
    b_case = bente.handover.receive(incoming)
    assert bente.svc.handover_state(b_case).is_copy
    assert bente.case_summary(uid).holder == "Kirsten Petersen"
    assert _reviews(bente, uid) == []
    with pytest.raises(CaseIsCopy):
        bente.svc.add_entry(
            b_case, r.LogEntry(section=r.LogSection.GOAL, entry_date=TODAY, text="Mål.")
        )
    assert "handover.receive.copy" in bente.audit_actions()
    # Nothing to answer for a copy.
    from app.handover.errors import HandoverError

    with pytest.raises(HandoverError):
        bente.handover.accept(b_case, tmp_path / "x.stafet")
    assert not (tmp_path / "x.stafet").exists()
    assert TODAY - timedelta(days=1) <= incoming.sent_at.date() <= TODAY + timedelta(days=1)


def test_the_baton_can_come_back_to_a_laptop_that_handed_it_over(tmp_path):  # noqa: ANN001
    """Kirsten → Arne → Kirsten: her read-only copy is merged by record uid and is hers again."""
    kirsten = make_laptop(tmp_path, "Kirsten Petersen", "leder", "Familiehuset")
    arne = make_laptop(tmp_path, "Arne Andersen", "sagsbehandler", "Børn og Familie")
    exchange_cards(kirsten, arne)
    k_case = start_case(
        kirsten,
        consent_for(
            ("Arne Andersen", r.PartyKind.CHILDREN_CASEWORKER),
            ("Kirsten Petersen", r.PartyKind.OTHER),
        ),
    )
    uid = kirsten.svc.case_uid(k_case)
    kirsten.handover.send(k_case, kirsten.contact("Arne Andersen"), tmp_path / "1.stafet")
    a_case = arne.handover.receive(arne.handover.read(tmp_path / "1.stafet"))
    arne.handover.accept(a_case, tmp_path / "2.stafet")
    kirsten.handover.receive(kirsten.handover.read(tmp_path / "2.stafet"))
    arne.svc.add_entry(
        a_case,
        r.LogEntry(section=r.LogSection.DECISION, entry_date=TODAY, text="Skolestart aftalt."),
    )
    arne.handover.send(a_case, arne.contact("Kirsten Petersen"), tmp_path / "3.stafet")
    back = kirsten.handover.read(tmp_path / "3.stafet")
    assert kirsten.handover.receive(back) == k_case  # the same case, not a second one
    assert [c.uid for c in kirsten.svc.list_cases()] == [uid]
    assert not kirsten.svc.handover_state(k_case).read_only
    assert "Skolestart aftalt." in [e.text for e in kirsten.svc.load(k_case).entries]
    kirsten.handover.accept(k_case, tmp_path / "4.stafet")
    assert kirsten.case_summary(uid).holder == "Kirsten Petersen"
    assert len(_reviews(kirsten, uid)) == 1
    arne.handover.receive(arne.handover.read(tmp_path / "4.stafet"))
    assert arne.svc.handover_state(a_case).handed_over_to == "Kirsten Petersen"
    assert [e.uid for e in kirsten.svc.load(k_case).baton] == [
        e.uid for e in arne.svc.load(a_case).baton
    ]
