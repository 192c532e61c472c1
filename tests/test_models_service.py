"""CaseService on a real vault: history kept, undo, baton, closing, agreements, drafts, audit."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa

from app.domain import records as r
from app.domain.messages import RuleViolation, ValidationError
from app.models import tables as t
from app.models.errors import AlreadyRevised, CannotRetract, CaseClosed, CaseNotFound
from app.models.service import CaseService
from tests.fixtures_models import ARNE, KIRSTEN, OLGA


def _entry(text: str, on: date = date(2025, 9, 3), **kw: object) -> r.LogEntry:
    return r.LogEntry(section=r.LogSection.DECISION, entry_date=on, text=text, **kw)


def _audit_actions(vault, case_uid: str) -> list[str]:  # noqa: ANN001
    return [e.action for e in vault.audit.entries(subject=case_uid)]


def test_a_new_case_starts_at_level_one_with_the_creator_holding_the_baton(svc, case_id):
    case = svc.load(case_id)
    assert case.child == r.Child(name="Hans Hansen", cpr="120320-4235")
    assert [c.name for c in case.custodians] == ["Lilly Hansen", "Ib Hansen"]
    assert [(e.kind, e.person.name, e.on) for e in case.baton] == [
        (r.BatonEventKind.CREATED, "Olga Jensen", date(2025, 9, 1))
    ]
    assert [(x.level, x.on) for x in case.levels] == [(r.Level.ONE, date(2025, 9, 1))]
    (summary,) = svc.list_cases()
    assert (summary.id, summary.holder, summary.level, summary.closed) == (
        case_id,
        "Olga Jensen",
        r.Level.ONE,
        False,
    )


def test_creating_a_case_for_an_impossible_cpr_is_refused_and_stores_nothing(svc):
    with pytest.raises(ValidationError) as err:
        svc.create_case(r.Child(name="Ny Pige", cpr="320120-4000"), OLGA)
    assert "rigtig dato" in str(err.value)
    assert svc.list_cases() == []


def test_revising_an_entry_keeps_the_old_version_and_the_log_reads_the_new(svc, case_id):
    old = svc.add_entry(case_id, _entry("Hans får ekstra opmærksomhed."))
    new = svc.revise_entry(
        case_id, old, _entry("Hans får ekstra opmærksomhed og ture ud af huset.")
    )
    case = svc.load(case_id)
    by_uid = {e.uid: e for e in case.entries}
    assert set(by_uid) == {old, new}
    assert by_uid[new].supersedes == old
    assert by_uid[old].text == "Hans får ekstra opmærksomhed."
    assert all(e.recorded_at is not None and e.recorded_at.tzinfo for e in case.entries)
    assert [e.uid for e in r.current_entries(case.entries)] == [new]
    with pytest.raises(AlreadyRevised):
        svc.revise_entry(case_id, old, _entry("En tredje udgave."))
    assert len(svc.load(case_id).entries) == 2


def test_retract_removes_only_the_newest_version_and_is_audited(svc, case_id, vault):
    old = svc.add_entry(case_id, _entry("Første udgave."))
    new = svc.revise_entry(case_id, old, _entry("Anden udgave."))
    with pytest.raises(CannotRetract):
        svc.retract(case_id, old)
    svc.retract(case_id, new)
    case = svc.load(case_id)
    assert [e.uid for e in case.entries] == [old]
    assert [e.text for e in r.current_entries(case.entries)] == ["Første udgave."]
    retracts = [e for e in vault.audit.entries(subject=case.uid) if e.action == "case.retract"]
    assert [(e.record_type, e.record_id) for e in retracts] == [("log_entry", new)]


def test_every_write_leaves_one_audit_row_without_content(svc, case_id, vault):
    uid = svc.load(case_id).uid
    before = len(vault.audit.entries(subject=uid))
    svc.add_entry(case_id, _entry("Hemmelig tekst om familien."))
    after = vault.audit.entries(subject=uid)
    assert len(after) == before + 1
    assert after[-1].action == "case.add" and after[-1].record_type == "log_entry"
    assert after[-1].actor == "Olga Jensen"
    assert all("Hemmelig" not in f"{e.record_id}{e.action}{e.record_type}" for e in after)


def test_a_failing_call_changes_nothing(svc, case_id, vault):
    head = vault.audit.head()
    with pytest.raises(ValidationError):
        svc.add_entry(case_id, _entry("   "))
    with pytest.raises(CaseNotFound):
        svc.add_entry(case_id + 100, _entry("Tekst."))
    assert vault.audit.head() == head
    assert svc.load(case_id).entries == []


def test_the_baton_moves_only_when_the_new_holder_accepts(svc, case_id):
    svc.offer_baton(case_id, ARNE, date(2025, 11, 12))
    assert svc.list_cases()[0].holder == "Olga Jensen"  # still Olga until Arne accepts
    with pytest.raises(RuleViolation):
        svc.offer_baton(case_id, KIRSTEN, date(2025, 11, 12))  # an offer is already open
    with pytest.raises(RuleViolation):
        svc.accept_baton(case_id, date(2025, 11, 12), person=KIRSTEN)  # not offered to her
    svc.accept_baton(case_id, date(2025, 11, 12))
    assert svc.list_cases()[0].holder == "Arne Andersen"
    svc.offer_baton(case_id, KIRSTEN, date(2026, 1, 15))
    svc.decline_baton(case_id, date(2026, 1, 16))
    assert svc.list_cases()[0].holder == "Arne Andersen"
    kinds = [e.kind for e in svc.load(case_id).baton]
    assert kinds == [
        r.BatonEventKind.CREATED,
        r.BatonEventKind.OFFERED,
        r.BatonEventKind.ACCEPTED,
        r.BatonEventKind.OFFERED,
        r.BatonEventKind.DECLINED,
    ]


def _closure(disposition: r.Disposition) -> r.CaseClosure:
    return r.CaseClosure(
        closed_on=date(2026, 6, 1),
        reasons=[
            r.ClosureReason.THRIVING,
            r.ClosureReason.LOW_RISK,
            r.ClosureReason.DECIDED_TOGETHER,
        ],
        explanation="Hans trives igen i børnehaven og derhjemme.",
        disposition=disposition,
        closed_by=OLGA,
    )


def _rows_of(vault, case_id: int) -> dict[str, int]:  # noqa: ANN001
    with vault.read_session() as s:
        counts = {
            table.__tablename__: s.scalar(
                sa.select(sa.func.count()).select_from(table).where(table.case_id == case_id)
            )
            for table in t.TABLES_BY_DEPTH
        }
        counts["cases"] = s.scalar(
            sa.select(sa.func.count()).select_from(t.CaseRow).where(t.CaseRow.id == case_id)
        )
    return counts


def _fill(svc: CaseService, case_id: int) -> None:
    svc.add_entry(
        case_id,
        _entry(
            "Vi giver Hans ekstra opmærksomhed.",
            links=[r.RecordLink(kind=r.LinkKind.ASSESSMENT, uid="a" * 32)],
        ),
    )
    svc.add_assessment(
        case_id,
        r.ScaleAssessment(
            scale=r.ScaleKind.CHILD, assessed_on=date(2025, 9, 3), category=2, signs=["young_quiet"]
        ),
    )
    svc.add_network_map(
        case_id,
        r.NetworkMap(
            made_on=date(2026, 1, 15),
            holder=KIRSTEN,
            actors=[
                r.MapActor(
                    row=r.MapRow.CHILD, column=r.MapColumn.OWN_MUNICIPALITY, name="Olga Jensen"
                )
            ],
        ),
    )
    svc.save_meeting(
        case_id,
        r.Meeting(
            starts_at=datetime(2026, 1, 15, 9, tzinfo=UTC),
            place="Familiehuset",
            participants=[r.Participant(name="Lilly Hansen", is_family=True)],
            minutes={"ved": "Vi ved at Hans er stille."},
            agreements=[r.Agreement(who="Familiehuset", what="Samtaler hver uge.")],
        ),
    )
    svc.save_consent(
        case_id,
        r.Consent(
            purpose="Samarbejde om Hans",
            signed_on=date(2025, 11, 8),
            valid_until=date(2026, 11, 8),
            givers=[
                r.ConsentGiver(name="Lilly Hansen", relation="mor", signature_png=b"\x89PNG\r\n\x1a\n..")
            ],
            parties=[r.ConsentParty(kind=r.PartyKind.SCHOOL_DAYCARE, name="Børnehaven")],
        ),
    )
    svc.save_notification(
        case_id,
        r.Notification(
            form=r.NotificationForm.AGE_0_6,
            made_on=date(2025, 11, 8),
            notifier=OLGA,
            answers={"1": "Hans er stille."},
        ),
    )
    svc.save_observation(
        case_id,
        r.Observation(
            observed_on=date(2025, 8, 20),
            observer="Olga Jensen",
            workplace="Børnehaven",
            answers={"q1": "Leger alene."},
        ),
    )
    svc.save_draft(case_id, "note", "Halvt skrevet")
    svc.apply_agreements(case_id, svc.load(case_id).meetings[0].uid)
    svc.add_joint_effort(case_id, r.JointEffortSetting(set_on=date(2025, 11, 12), persons=["Arne"]))
    svc.set_eye_on_child(case_id, OLGA, date(2025, 11, 12))
    svc.save_sibling(case_id, r.Sibling(name="Sara Hansen", birth_date=date(2022, 2, 28)))


def test_destroying_a_closed_case_deletes_every_row_and_leaves_an_audit_row(svc, case_id, vault):
    other = svc.create_case(r.Child(name="Lise Holm", cpr="010621-4321"), ARNE)
    _fill(svc, case_id)
    _fill(svc, other)
    uid = svc.load(case_id).uid
    assert all(n > 0 for n in _rows_of(vault, case_id).values())
    svc.close_case(case_id, _closure(r.Disposition.DESTROY))
    wal = vault.db_path.with_name(vault.db_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # no old page image left in the WAL
    assert set(_rows_of(vault, case_id).values()) == {0}
    with pytest.raises(CaseNotFound):
        svc.load(case_id)
    assert _audit_actions(vault, uid)[-1] == "case.destroy"
    assert [c.id for c in svc.list_cases()] == [other]
    assert len(svc.load(other).entries) == 1


def test_an_archived_case_is_read_only(svc, case_id):
    svc.close_case(case_id, _closure(r.Disposition.ARCHIVE))
    case = svc.load(case_id)
    assert case.closure == _closure(r.Disposition.ARCHIVE)
    assert case.baton[-1].kind == r.BatonEventKind.CLOSED
    assert svc.list_cases()[0].closed
    with pytest.raises(CaseClosed):
        svc.add_entry(case_id, _entry("Efter lukning."))
    with pytest.raises(CaseClosed):
        svc.save_draft(case_id, "note", "x")


def test_closing_without_a_reason_is_refused(svc, case_id):
    bad = r.CaseClosure(
        closed_on=date(2026, 6, 1),
        reasons=[],
        explanation="",
        disposition=r.Disposition.DESTROY,
        closed_by=OLGA,
    )
    with pytest.raises(RuleViolation):
        svc.close_case(case_id, bad)
    assert svc.load(case_id).closure is None


def test_only_the_holder_closes_through_the_service(svc, case_id, vault):
    someone_else = CaseService(vault, actor="Arne Andersen")
    with pytest.raises(RuleViolation, match="Kun stafetholderen"):
        someone_else.close_case(case_id, _closure(r.Disposition.ARCHIVE))
    by_other = dataclasses.replace(_closure(r.Disposition.ARCHIVE), closed_by=ARNE)
    with pytest.raises(RuleViolation, match="Kun stafetholderen"):
        svc.close_case(case_id, by_other)
    assert svc.load(case_id).closure is None
    svc.close_case(case_id, _closure(r.Disposition.ARCHIVE))
    assert svc.load(case_id).closure is not None


def test_the_service_refuses_moving_as_a_reason_to_close(svc, case_id):
    for reasons in ([r.ClosureReason.MOVED], [r.ClosureReason.THRIVING, r.ClosureReason.OTHER]):
        moved = dataclasses.replace(_closure(r.Disposition.DESTROY), reasons=reasons)
        with pytest.raises(RuleViolation):
            svc.close_case(case_id, moved)
        assert svc.load(case_id).closure is None


def test_gor_agreements_become_actor_rows_once(svc, case_id):
    meeting = r.Meeting(
        starts_at=datetime(2026, 1, 15, 9, 30, tzinfo=UTC),
        place="Familiehuset",
        agreements=[
            r.Agreement(
                who="Familiehuset",
                what="Ugentlige samtaler med Lilly og Hans.",
                by_when=date(2026, 2, 1),
                follow_up_by="Familiehuset",
            ),
            r.Agreement(
                who="Børnesagsbehandler",
                what="Finder en aflastningsfamilie.",
                by_when=date(2026, 2, 1),
                follow_up_by="Kirsten Petersen",
            ),
        ],
    )
    svc.save_meeting(case_id, meeting)
    first = svc.apply_agreements(case_id, meeting.uid)
    second = svc.apply_agreements(case_id, meeting.uid)
    assert len(first) == 2 and second == []
    rows = svc.load(case_id).actor_rows
    assert [
        (a.actor, a.effort, a.changed_on, a.follow_up_on, a.follow_up_by, a.from_meeting_uid)
        for a in rows
    ] == [
        (
            "Familiehuset",
            "Ugentlige samtaler med Lilly og Hans.",
            date(2026, 1, 15),
            date(2026, 2, 1),
            "Familiehuset",
            meeting.uid,
        ),
        (
            "Børnesagsbehandler",
            "Finder en aflastningsfamilie.",
            date(2026, 1, 15),
            date(2026, 2, 1),
            "Kirsten Petersen",
            meeting.uid,
        ),
    ]
    # a third agreement added later is applied on its own, the first two are not repeated
    meeting.agreements.append(r.Agreement(who="Psykiatrisk afdeling", what="Samtaler hver måned."))
    svc.save_meeting(case_id, meeting)
    assert len(svc.apply_agreements(case_id, meeting.uid)) == 1
    assert len(svc.load(case_id).actor_rows) == 3


def test_saving_a_meeting_again_replaces_its_parts_and_minutes_are_written_live(svc, case_id):
    meeting = r.Meeting(
        starts_at=datetime(2026, 1, 15, 9, 30, tzinfo=UTC),
        place="Familiehuset",
        participants=[r.Participant(name="Lilly Hansen", is_family=True)],
        agenda=["welcome", "ved"],
    )
    svc.save_meeting(case_id, meeting)
    meeting.participants.append(r.Participant(name="Arne Andersen", role="sagsbehandler"))
    meeting.place = "Rådhuset"
    svc.save_meeting(case_id, meeting)
    svc.update_minutes(meeting.uid, "ved", "Hans er stille i børnehaven.")
    svc.update_minutes(case_id, meeting.uid, "ved", "Hans er stille og trist i børnehaven.")
    svc.update_minutes(meeting.uid, "kan", "Vi kan tilbyde samtaler.")
    (stored,) = svc.load(case_id).meetings
    assert stored.place == "Rådhuset"
    assert [p.name for p in stored.participants] == ["Lilly Hansen", "Arne Andersen"]
    assert stored.minutes == {
        "ved": "Hans er stille og trist i børnehaven.",
        "kan": "Vi kan tilbyde samtaler.",
    }


def test_consent_keeps_the_signature_and_can_be_revoked(svc, case_id):
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4  # every byte value after the PNG header
    consent = r.Consent(
        purpose="Samarbejde om Hans",
        signed_on=date(2025, 11, 8),
        valid_until=date(2026, 11, 8),
        givers=[
            r.ConsentGiver(
                name="Lilly Hansen", relation="mor", signature_png=png, signed_on=date(2025, 11, 8)
            )
        ],
        parties=[r.ConsentParty(kind=r.PartyKind.HOSPITAL, name="Psykiatrisk afdeling")],
    )
    svc.save_consent(case_id, consent)
    svc.revoke_consent(case_id, consent.uid, date(2026, 2, 1), "Lilly ønsker det ikke mere.")
    (stored,) = svc.load(case_id).consents
    assert stored.givers[0].signature_png == png
    assert stored.revoked_on == date(2026, 2, 1)
    too_long = r.Consent(
        purpose="x",
        signed_on=date(2025, 1, 1),
        valid_until=date(2026, 6, 1),
        givers=consent.givers,
        parties=consent.parties,
    )
    with pytest.raises(RuleViolation):
        svc.save_consent(case_id, too_long)


def test_drafts_are_saved_overwritten_and_discarded(svc, case_id):
    svc.save_draft(case_id, "entry:decision", "Vi har")
    svc.save_draft(case_id, "entry:decision", "Vi har besluttet")
    svc.save_draft(case_id, "entry:goal", "Målet")
    assert svc.drafts(case_id) == {"entry:decision": "Vi har besluttet", "entry:goal": "Målet"}
    svc.discard_draft(case_id, "entry:decision")
    assert svc.drafts(case_id) == {"entry:goal": "Målet"}


def test_the_case_list_shows_the_next_deadline_and_the_level(svc, case_id):
    svc.add_entry(
        case_id,
        r.LogEntry(
            section=r.LogSection.REVIEW,
            entry_date=date(2025, 9, 11),
            text="Vi mødes igen.",
            due_on=date(2025, 10, 24),
        ),
    )
    svc.set_level(case_id, r.Level.TWO, date(2025, 11, 8))
    (summary,) = svc.list_cases()
    assert summary.level == r.Level.TWO
    assert summary.next_deadline is not None
    assert summary.next_deadline.on == date(2025, 10, 24)


def test_eye_on_child_and_joint_effort_history_is_kept(svc, case_id):
    svc.set_eye_on_child(case_id, OLGA, date(2025, 11, 12))
    svc.set_eye_on_child(case_id, KIRSTEN, date(2026, 1, 15))
    svc.add_joint_effort(
        case_id, r.JointEffortSetting(set_on=date(2025, 11, 12), persons=["Arne Andersen"])
    )
    case = svc.load(case_id)
    assert [(e.person.name, e.since) for e in case.eye_on_child] == [
        ("Olga Jensen", date(2025, 11, 12)),
        ("Kirsten Petersen", date(2026, 1, 15)),
    ]
    assert case.joint_effort[0].persons == ["Arne Andersen"]


def test_an_entry_dated_in_an_impossible_year_is_refused(svc, case_id):
    with pytest.raises(ValidationError) as err:
        svc.add_entry(case_id, _entry("Tekst.", on=date(1850, 1, 1)))
    assert "1900" in str(err.value)
    with pytest.raises(ValidationError):
        svc.add_entry(case_id, _entry("Tekst.", due_on=date(2300, 1, 1)))
    assert svc.load(case_id).entries == []


def test_a_draft_is_not_an_update_of_the_log_but_an_entry_is(svc, case_id):
    before = svc.load(case_id).updated_at
    svc.save_draft(case_id, "entry:goal", "Målet er")
    assert svc.load(case_id).updated_at == before
    svc.add_entry(case_id, _entry("Målet er, at Hans trives."))
    after = svc.load(case_id).updated_at
    assert before is not None and after is not None and after > before


def test_a_third_meeting_without_consent_is_refused(svc, case_id):
    def meeting(day: int, **kw: object) -> r.Meeting:
        return r.Meeting(
            starts_at=datetime(2025, 10, day, 9, tzinfo=UTC),
            place="Skolen",
            without_consent_49a=True,
            **kw,
        )

    first = meeting(1)
    svc.save_meeting(case_id, first)
    with pytest.raises(RuleViolation):
        svc.save_meeting(case_id, meeting(8))  # not marked as a follow-up
    svc.save_meeting(case_id, meeting(8, follow_up_of_uid=first.uid))
    with pytest.raises(RuleViolation) as err:
        svc.save_meeting(case_id, meeting(15, follow_up_of_uid=first.uid))
    assert "§ 49 a" in str(err.value)
    svc.save_meeting(case_id, first)  # editing the first one again is fine
    assert len(svc.load(case_id).meetings) == 2


def test_an_underretning_moves_the_case_to_niveau_3_once(svc, case_id):
    svc.set_level(case_id, r.Level.TWO, date(2025, 11, 8))
    for made in (date(2025, 11, 20), date(2025, 12, 1)):
        svc.save_notification(
            case_id, r.Notification(form=r.NotificationForm.AGE_0_6, made_on=made, notifier=OLGA)
        )
    case = svc.load(case_id)
    assert case.level is r.Level.THREE and svc.list_cases()[0].level == r.Level.THREE
    threes = [c for c in case.levels if c.level is r.Level.THREE]
    assert [c.on for c in threes] == [date(2025, 11, 20)]  # one change, the first underretning
    assert "underretning" in threes[0].note


def test_a_meeting_without_consent_is_saved_only_with_ssd_parties(svc, case_id):
    def meeting(*participants: r.Participant) -> r.Meeting:
        return r.Meeting(
            starts_at=datetime(2026, 1, 15, 9, 30, tzinfo=UTC),
            place="Skolen",
            without_consent_49a=True,
            participants=list(participants),
        )

    teacher = r.Participant(name="Bente Holm", organisation="Skovbakkeskolen")
    doctor = r.Participant(name="Jens Due", organisation="Lægehuset")
    with pytest.raises(RuleViolation, match="Deltager nr. 2"):
        svc.save_meeting(case_id, meeting(teacher, doctor))
    assert svc.load(case_id).meetings == []
    svc.save_meeting(case_id, meeting(teacher, r.Participant(name="Olga", organisation="Børnehaven")))
    assert len(svc.load(case_id).meetings) == 1


def test_an_edited_gor_agreement_is_applied_again_as_a_new_version_of_its_row(svc, case_id):
    from dataclasses import replace

    from app.domain.records import current_actor_rows

    agreement = r.Agreement(
        who="Familiehuset",
        what="Ugentlige samtaler med Lilly og Hans.",
        by_when=date(2026, 2, 1),
        follow_up_by="Familiehuset",
    )
    meeting = r.Meeting(
        starts_at=datetime(2026, 1, 15, 9, 30, tzinfo=UTC), place="", agreements=[agreement]
    )
    svc.save_meeting(case_id, meeting)
    (first,) = svc.apply_agreements(case_id, meeting.uid)
    edited = replace(agreement, what="Samtaler hver 14. dag.", by_when=date(2026, 2, 15))
    svc.save_meeting(case_id, replace(meeting, agreements=[edited]))
    (second,) = svc.apply_agreements(case_id, meeting.uid)
    assert svc.apply_agreements(case_id, meeting.uid) == []  # unchanged: nothing new
    case = svc.load(case_id)
    (row,) = current_actor_rows(case.actor_rows)
    assert (row.effort, row.follow_up_on, row.supersedes) == (
        "Samtaler hver 14. dag.",
        date(2026, 2, 15),
        first,
    )
    assert row.uid == second and len(case.actor_rows) == 2  # the first version is kept
