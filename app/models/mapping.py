"""Turns record dataclasses into table rows and back; no session, no queries, no rules."""

from __future__ import annotations

import logging
from enum import Enum
from typing import Any, TypeVar

from app.domain import records as r
from app.models import tables as t

logger = logging.getLogger(__name__)

_E = TypeVar("_E", bound=Enum)


def _enum(cls: type[_E], value: Any) -> _E:
    """cls(value) through the enum's own lookup table: this runs for every row read."""
    found = cls._value2member_map_.get(value)
    return found if found is not None else cls(value)  # type: ignore[return-value]


# --- people ---------------------------------------------------------------------------------


def person_columns(prefix: str, person: r.Person) -> dict[str, str]:
    return {
        f"{prefix}_name": person.name,
        f"{prefix}_organisation": person.organisation,
        f"{prefix}_role": person.role,
        f"{prefix}_contact": person.contact,
    }


def person_from(row: Any, prefix: str) -> r.Person:
    return r.Person(
        name=getattr(row, f"{prefix}_name"),
        organisation=getattr(row, f"{prefix}_organisation"),
        role=getattr(row, f"{prefix}_role"),
        contact=getattr(row, f"{prefix}_contact"),
    )


# --- records → rows -------------------------------------------------------------------------


def header_columns(case: r.Case) -> dict[str, Any]:
    """The columns of the case row that come from the record (not the denormalised ones)."""
    cols: dict[str, Any] = {
        "uid": case.uid,
        "child_name": case.child.name,
        "child_cpr": case.child.cpr,
        "expected_birth_date": case.child.expected_birth_date,
        "created_on": case.created_on,
        "updated_at": case.updated_at,
        **person_columns("created_by", case.created_by),
        **municipal_columns(case.municipal),
        **family_court_columns(case.family_court),
    }
    cols.update(closure_columns(case.closure) if case.closure else NO_CLOSURE)
    return cols


NO_CLOSURE: dict[str, Any] = {
    "closed_on": None,
    "closure_reasons": [],
    "closure_explanation": "",
    "closure_disposition": None,
    **person_columns("closed_by", r.Person(name="")),
}


def municipal_columns(m: r.MunicipalSteps) -> dict[str, Any]:
    return {
        "aware_on": m.aware_on,
        "investigation_decided_on": m.investigation_decided_on,
        "investigation_done_on": m.investigation_done_on,
        "action_plan_on": m.action_plan_on,
        "action_plan_followups": list(m.action_plan_followups),
        "violence_or_abuse_suspected": m.violence_or_abuse_suspected,
        "police_or_hospital_involved": m.police_or_hospital_involved,
        "revision_decided_on": m.revision_decided_on,
        "help_started_on": m.help_started_on,
        "follow_up_every_months": m.follow_up_every_months,
    }


def family_court_columns(fc: r.FamilyCourtCase | None) -> dict[str, Any]:
    if fc is None:
        return {"family_court_noted_on": None, "family_court_track": None, "family_court_note": ""}
    return {
        "family_court_noted_on": fc.noted_on,
        "family_court_track": fc.track.value if fc.track is not None else None,
        "family_court_note": fc.note,
    }


def to_family_court(row: Any) -> r.FamilyCourtCase | None:
    if row.family_court_noted_on is None:
        return None
    track = row.family_court_track
    return r.FamilyCourtCase(
        noted_on=row.family_court_noted_on,
        track=_enum(r.FamilyCourtTrack, track) if track is not None else None,
        note=row.family_court_note or "",
    )


def closure_columns(closure: r.CaseClosure) -> dict[str, Any]:
    cols: dict[str, Any] = {
        "closed_on": closure.closed_on,
        "closure_reasons": [x.value for x in closure.reasons],
        "closure_explanation": closure.explanation,
        "closure_disposition": closure.disposition.value,
    }
    cols.update(person_columns("closed_by", closure.closed_by))
    return cols


def custodian_row(case_id: int, c: r.Custodian) -> t.CustodianRow:
    return t.CustodianRow(
        case_id=case_id,
        uid=c.uid,
        name=c.name,
        relation=c.relation,
        has_custody=c.has_custody,
        contact=c.contact,
    )


def sibling_row(case_id: int, s: r.Sibling) -> t.SiblingRow:
    return t.SiblingRow(
        case_id=case_id, uid=s.uid, name=s.name, birth_date=s.birth_date, note=s.note
    )


def entry_row(case_id: int, e: r.LogEntry) -> t.LogEntryRow:
    return t.LogEntryRow(
        case_id=case_id,
        uid=e.uid,
        section=e.section.value,
        entry_date=e.entry_date,
        text=e.text,
        author=e.author,
        internal=e.internal,
        yes=e.yes,
        due_on=e.due_on,
        about_uid=e.about_uid,
        supersedes=e.supersedes,
        also_supersedes=list(e.also_supersedes),
        recorded_at=e.recorded_at,
        links=[
            t.EntryLinkRow(case_id=case_id, kind=link.kind.value, target_uid=link.uid)
            for link in e.links
        ],
    )


def joint_effort_row(case_id: int, j: r.JointEffortSetting) -> t.JointEffortRow:
    return t.JointEffortRow(case_id=case_id, uid=j.uid, set_on=j.set_on, persons=list(j.persons))


def actor_row_row(case_id: int, a: r.ActorRow) -> t.ActorRowRow:
    return t.ActorRowRow(
        case_id=case_id,
        uid=a.uid,
        actor=a.actor,
        changed_on=a.changed_on,
        effort=a.effort,
        follow_up_on=a.follow_up_on,
        follow_up_by=a.follow_up_by,
        internal=a.internal,
        from_meeting_uid=a.from_meeting_uid,
        supersedes=a.supersedes,
        also_supersedes=list(a.also_supersedes),
    )


def baton_row(case_id: int, b: r.BatonEvent) -> t.BatonEventRow:
    return t.BatonEventRow(
        case_id=case_id,
        uid=b.uid,
        kind=b.kind.value,
        on=b.on,
        note=b.note,
        **person_columns("person", b.person),
    )


def eye_row(case_id: int, e: r.EyeOnChild) -> t.EyeOnChildRow:
    return t.EyeOnChildRow(
        case_id=case_id, uid=e.uid, since=e.since, **person_columns("person", e.person)
    )


def level_row(case_id: int, lc: r.LevelChange) -> t.LevelChangeRow:
    return t.LevelChangeRow(
        case_id=case_id, uid=lc.uid, on=lc.on, level=int(lc.level), note=lc.note
    )


def assessment_row(case_id: int, a: r.ScaleAssessment) -> t.AssessmentRow:
    return t.AssessmentRow(
        case_id=case_id,
        uid=a.uid,
        scale=a.scale.value,
        subject_uid=a.subject_uid,
        assessed_on=a.assessed_on,
        category=a.category,
        assessors=list(a.assessors),
        signs=list(a.signs),
        other_signs=a.other_signs,
        note=a.note,
    )


def map_row(case_id: int, m: r.NetworkMap) -> t.NetworkMapRow:
    return t.NetworkMapRow(
        case_id=case_id,
        uid=m.uid,
        made_on=m.made_on,
        **person_columns("holder", m.holder),
        actors=[
            t.MapActorRow(
                case_id=case_id,
                uid=a.uid,
                row=a.row.value,
                column=a.column.value,
                name=a.name,
                organisation=a.organisation,
                contact=a.contact,
                effort=a.effort,
            )
            for a in m.actors
        ],
    )


def participant_row(case_id: int, p: r.Participant) -> t.ParticipantRow:
    return t.ParticipantRow(
        case_id=case_id,
        uid=p.uid,
        name=p.name,
        organisation=p.organisation,
        role=p.role,
        responsibility=p.responsibility,
        decision_authority=p.decision_authority,
        is_family=p.is_family,
        invited=p.invited,
        attended=p.attended,
    )


def agreement_row(case_id: int, a: r.Agreement) -> t.AgreementRow:
    return t.AgreementRow(
        case_id=case_id,
        uid=a.uid,
        who=a.who,
        what=a.what,
        by_when=a.by_when,
        follow_up_by=a.follow_up_by,
    )


def meeting_columns(m: r.Meeting) -> dict[str, Any]:
    return {
        "uid": m.uid,
        "starts_at": m.starts_at,
        "place": m.place,
        "title": m.title,
        "agenda": list(m.agenda),
        "next_meeting_on": m.next_meeting_on,
        "without_consent_49a": m.without_consent_49a,
        "follow_up_of_uid": m.follow_up_of_uid,
        "held": m.held,
    }


def meeting_row(case_id: int, m: r.Meeting) -> t.MeetingRow:
    return t.MeetingRow(
        case_id=case_id,
        **meeting_columns(m),
        participants=[participant_row(case_id, p) for p in m.participants],
        minutes=[
            t.MinutesRow(case_id=case_id, point=point, text=text)
            for point, text in m.minutes.items()
        ],
        agreements=[agreement_row(case_id, a) for a in m.agreements],
    )


def consent_columns(c: r.Consent) -> dict[str, Any]:
    return {
        "uid": c.uid,
        "purpose": c.purpose,
        "signed_on": c.signed_on,
        "valid_until": c.valid_until,
        "revoked_on": c.revoked_on,
        "revocation_note": c.revocation_note,
    }


def consent_children(case_id: int, c: r.Consent) -> dict[str, Any]:
    return {
        "givers": [
            t.ConsentGiverRow(
                case_id=case_id,
                uid=g.uid,
                name=g.name,
                relation=g.relation,
                is_child=g.is_child,
                signature_png=g.signature_png,
                signed_on=g.signed_on,
                typed_name=g.typed_name,
                ticked=g.ticked,
                witnessed_by=g.witnessed_by,
                witnessed_at=g.witnessed_at,
            )
            for g in c.givers
        ],
        "parties": [
            t.ConsentPartyRow(case_id=case_id, uid=p.uid, kind=p.kind.value, name=p.name)
            for p in c.parties
        ],
    }


def consent_row(case_id: int, c: r.Consent) -> t.ConsentRow:
    return t.ConsentRow(case_id=case_id, **consent_columns(c), **consent_children(case_id, c))


def notification_columns(n: r.Notification) -> dict[str, Any]:
    return {
        "uid": n.uid,
        "form": n.form.value,
        "made_on": n.made_on,
        "observed": n.observed,
        "assumed": n.assumed,
        "signs": list(n.signs),
        "parents_informed": n.parents_informed,
        "parents_informed_on": n.parents_informed_on,
        "acknowledged_on": n.acknowledged_on,
        **person_columns("notifier", n.notifier),
    }


def notification_answers(case_id: int, n: r.Notification) -> list[t.NotificationAnswerRow]:
    return [
        t.NotificationAnswerRow(case_id=case_id, section=k, text=v) for k, v in n.answers.items()
    ]


def notification_row(case_id: int, n: r.Notification) -> t.NotificationRow:
    return t.NotificationRow(
        case_id=case_id, **notification_columns(n), answers=notification_answers(case_id, n)
    )


def observation_columns(o: r.Observation) -> dict[str, Any]:
    return {
        "uid": o.uid,
        "observed_on": o.observed_on,
        "observer": o.observer,
        "workplace": o.workplace,
        "signs": list(o.signs),
        "internal": o.internal,
    }


def observation_answers(case_id: int, o: r.Observation) -> list[t.ObservationAnswerRow]:
    return [
        t.ObservationAnswerRow(case_id=case_id, question=k, text=v) for k, v in o.answers.items()
    ]


def observation_row(case_id: int, o: r.Observation) -> t.ObservationRow:
    return t.ObservationRow(
        case_id=case_id, **observation_columns(o), answers=observation_answers(case_id, o)
    )


def child_voice_row(case_id: int, v: r.ChildVoice) -> t.ChildVoiceRow:
    return t.ChildVoiceRow(
        case_id=case_id,
        uid=v.uid,
        heard_on=v.heard_on,
        words=v.words,
        heard_by=v.heard_by,
        method=v.method.value,
        situation=v.situation,
        house=v.house.value if v.house is not None else None,
        may_share=v.may_share,
        meeting_uid=v.meeting_uid,
        supersedes=v.supersedes,
        also_supersedes=list(v.also_supersedes),
        recorded_at=v.recorded_at,
    )


def body_rows(case_id: int, case: r.Case) -> list[Any]:
    """Every row below the case header, for creating or importing a whole case at once."""
    rows: list[Any] = []
    rows += [custodian_row(case_id, c) for c in case.custodians]
    rows += [sibling_row(case_id, s) for s in case.siblings]
    rows += [level_row(case_id, x) for x in case.levels]
    rows += [entry_row(case_id, e) for e in case.entries]
    rows += [joint_effort_row(case_id, j) for j in case.joint_effort]
    rows += [actor_row_row(case_id, a) for a in case.actor_rows]
    rows += [baton_row(case_id, b) for b in case.baton]
    rows += [eye_row(case_id, e) for e in case.eye_on_child]
    rows += [assessment_row(case_id, a) for a in case.assessments]
    rows += [map_row(case_id, m) for m in case.network_maps]
    rows += [meeting_row(case_id, m) for m in case.meetings]
    rows += [consent_row(case_id, c) for c in case.consents]
    rows += [notification_row(case_id, n) for n in case.notifications]
    rows += [observation_row(case_id, o) for o in case.observations]
    rows += [child_voice_row(case_id, v) for v in case.child_voices]
    return rows


# --- rows → records -------------------------------------------------------------------------


def to_entry(e: t.LogEntryRow) -> r.LogEntry:
    return r.LogEntry(
        uid=e.uid,
        section=_enum(r.LogSection, e.section),
        entry_date=e.entry_date,
        text=e.text,
        author=e.author,
        internal=e.internal,
        yes=e.yes,
        due_on=e.due_on,
        about_uid=e.about_uid,
        links=[r.RecordLink(kind=_enum(r.LinkKind, x.kind), uid=x.target_uid) for x in e.links],
        supersedes=e.supersedes,
        also_supersedes=list(e.also_supersedes),
        recorded_at=e.recorded_at,
    )


def to_actor_row(a: t.ActorRowRow) -> r.ActorRow:
    return r.ActorRow(
        uid=a.uid,
        actor=a.actor,
        changed_on=a.changed_on,
        effort=a.effort,
        follow_up_on=a.follow_up_on,
        follow_up_by=a.follow_up_by,
        internal=a.internal,
        from_meeting_uid=a.from_meeting_uid,
        supersedes=a.supersedes,
        also_supersedes=list(a.also_supersedes),
    )


def to_baton(b: t.BatonEventRow) -> r.BatonEvent:
    return r.BatonEvent(
        uid=b.uid,
        kind=_enum(r.BatonEventKind, b.kind),
        on=b.on,
        person=person_from(b, "person"),
        note=b.note,
    )


def to_level(x: t.LevelChangeRow) -> r.LevelChange:
    return r.LevelChange(uid=x.uid, on=x.on, level=_enum(r.Level, x.level), note=x.note)


def to_meeting(m: t.MeetingRow) -> r.Meeting:
    return r.Meeting(
        uid=m.uid,
        starts_at=m.starts_at,
        place=m.place,
        title=m.title,
        participants=[
            r.Participant(
                uid=p.uid,
                name=p.name,
                organisation=p.organisation,
                role=p.role,
                responsibility=p.responsibility,
                decision_authority=p.decision_authority,
                is_family=p.is_family,
                invited=p.invited,
                attended=p.attended,
            )
            for p in m.participants
        ],
        agenda=list(m.agenda),
        minutes={x.point: x.text for x in m.minutes},
        agreements=[
            r.Agreement(
                uid=a.uid, who=a.who, what=a.what, by_when=a.by_when, follow_up_by=a.follow_up_by
            )
            for a in m.agreements
        ],
        next_meeting_on=m.next_meeting_on,
        without_consent_49a=m.without_consent_49a,
        follow_up_of_uid=m.follow_up_of_uid,
        held=m.held,
    )


def to_consent(c: t.ConsentRow) -> r.Consent:
    return r.Consent(
        uid=c.uid,
        purpose=c.purpose,
        signed_on=c.signed_on,
        valid_until=c.valid_until,
        givers=[
            r.ConsentGiver(
                uid=g.uid,
                name=g.name,
                relation=g.relation,
                is_child=g.is_child,
                signature_png=g.signature_png,
                signed_on=g.signed_on,
                typed_name=g.typed_name,
                ticked=g.ticked,
                witnessed_by=g.witnessed_by,
                witnessed_at=g.witnessed_at,
            )
            for g in c.givers
        ],
        parties=[
            r.ConsentParty(uid=p.uid, kind=_enum(r.PartyKind, p.kind), name=p.name)
            for p in c.parties
        ],
        revoked_on=c.revoked_on,
        revocation_note=c.revocation_note,
    )


def to_notification(n: t.NotificationRow) -> r.Notification:
    return r.Notification(
        uid=n.uid,
        form=_enum(r.NotificationForm, n.form),
        made_on=n.made_on,
        notifier=person_from(n, "notifier"),
        answers={x.section: x.text for x in n.answers},
        observed=n.observed,
        assumed=n.assumed,
        signs=list(n.signs),
        parents_informed=n.parents_informed,
        parents_informed_on=n.parents_informed_on,
        acknowledged_on=n.acknowledged_on,
    )


def to_observation(o: t.ObservationRow) -> r.Observation:
    return r.Observation(
        uid=o.uid,
        observed_on=o.observed_on,
        observer=o.observer,
        workplace=o.workplace,
        answers={x.question: x.text for x in o.answers},
        signs=list(o.signs),
        internal=o.internal,
    )


def to_child_voice(v: t.ChildVoiceRow) -> r.ChildVoice:
    return r.ChildVoice(
        uid=v.uid,
        heard_on=v.heard_on,
        words=v.words,
        heard_by=v.heard_by,
        method=_enum(r.VoiceMethod, v.method),
        situation=v.situation,
        house=_enum(r.House, v.house) if v.house is not None else None,
        may_share=v.may_share,
        meeting_uid=v.meeting_uid,
        supersedes=v.supersedes,
        also_supersedes=list(v.also_supersedes),
        recorded_at=v.recorded_at,
    )


def to_case(row: t.CaseRow) -> r.Case:
    """The whole case; every collection of `row` must already be loaded (see loader.py)."""
    closure = None
    if row.closed_on is not None:
        closure = r.CaseClosure(
            closed_on=row.closed_on,
            reasons=[_enum(r.ClosureReason, x) for x in row.closure_reasons],
            explanation=row.closure_explanation,
            disposition=_enum(
                r.Disposition, row.closure_disposition or r.Disposition.ARCHIVE.value
            ),
            closed_by=person_from(row, "closed_by"),
        )
    return r.Case(
        uid=row.uid,
        child=r.Child(
            name=row.child_name, cpr=row.child_cpr, expected_birth_date=row.expected_birth_date
        ),
        custodians=[
            r.Custodian(
                uid=c.uid,
                name=c.name,
                relation=c.relation,
                has_custody=c.has_custody,
                contact=c.contact,
            )
            for c in row.custodians
        ],
        siblings=[
            r.Sibling(uid=s.uid, name=s.name, birth_date=s.birth_date, note=s.note)
            for s in row.siblings
        ],
        created_by=person_from(row, "created_by"),
        created_on=row.created_on,
        levels=[to_level(x) for x in row.levels],
        entries=[to_entry(e) for e in row.entries],
        joint_effort=[
            r.JointEffortSetting(uid=j.uid, set_on=j.set_on, persons=list(j.persons))
            for j in row.joint_effort
        ],
        actor_rows=[to_actor_row(a) for a in row.actor_rows],
        baton=[to_baton(b) for b in row.baton],
        eye_on_child=[
            r.EyeOnChild(uid=e.uid, since=e.since, person=person_from(e, "person"))
            for e in row.eye_on_child
        ],
        assessments=[
            r.ScaleAssessment(
                uid=a.uid,
                scale=_enum(r.ScaleKind, a.scale),
                subject_uid=a.subject_uid,
                assessed_on=a.assessed_on,
                category=a.category,
                assessors=list(a.assessors),
                signs=list(a.signs),
                other_signs=a.other_signs,
                note=a.note,
            )
            for a in row.assessments
        ],
        network_maps=[
            r.NetworkMap(
                uid=m.uid,
                made_on=m.made_on,
                holder=person_from(m, "holder"),
                actors=[
                    r.MapActor(
                        uid=a.uid,
                        row=_enum(r.MapRow, a.row),
                        column=_enum(r.MapColumn, a.column),
                        name=a.name,
                        organisation=a.organisation,
                        contact=a.contact,
                        effort=a.effort,
                    )
                    for a in m.actors
                ],
            )
            for m in row.network_maps
        ],
        meetings=[to_meeting(m) for m in row.meetings],
        consents=[to_consent(c) for c in row.consents],
        notifications=[to_notification(n) for n in row.notifications],
        observations=[to_observation(o) for o in row.observations],
        child_voices=[to_child_voice(v) for v in row.child_voices],
        municipal=r.MunicipalSteps(
            aware_on=row.aware_on,
            investigation_decided_on=row.investigation_decided_on,
            investigation_done_on=row.investigation_done_on,
            action_plan_on=row.action_plan_on,
            action_plan_followups=list(row.action_plan_followups),
            violence_or_abuse_suspected=row.violence_or_abuse_suspected,
            police_or_hospital_involved=row.police_or_hospital_involved,
            revision_decided_on=row.revision_decided_on,
            help_started_on=row.help_started_on,
            follow_up_every_months=row.follow_up_every_months,
        ),
        family_court=to_family_court(row),
        closure=closure,
        updated_at=row.updated_at,
    )
