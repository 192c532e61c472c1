"""The case service's writes for the forms: scales, network map, meetings, consent, notification."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import selectinload

from app.domain import records as r
from app.models import mapping as mp
from app.models import tables as t
from app.models.errors import AmbiguousMeeting, RecordNotFound
from app.models.loader import load_case
from app.models.service_base import (
    ServiceBase,
    _check_supersedable,
    agreement_row_uid,
    checked,
    now,
)

logger = logging.getLogger(__name__)


class RecordWrites(ServiceBase):
    # -----------------------------------------------------------------------------------------
    # scales, network map, meetings
    # -----------------------------------------------------------------------------------------

    def add_assessment(self, case_id: int, assessment: r.ScaleAssessment) -> str:
        from app.domain.scales import scale_for

        scale = scale_for(assessment.scale)
        scale.category(assessment.category)  # raises ValidationError when out of range
        checked(assessment, "vurdering")
        with self._change(case_id, "add", "assessment") as ch:
            ch.s.add(mp.assessment_row(case_id, assessment))
            ch.record_id = assessment.uid
        return assessment.uid

    def add_network_map(self, case_id: int, network_map: r.NetworkMap) -> str:
        """A new dated version of the map; older versions are kept."""
        checked(network_map, "netværkskort")
        with self._change(case_id, "add", "network_map") as ch:
            ch.s.add(mp.map_row(case_id, network_map))
            ch.record_id = network_map.uid
        return network_map.uid

    def save_meeting(self, case_id: int, meeting: r.Meeting) -> str:
        """Create or replace the meeting with this uid (participants, minutes, agreements).

        A meeting without consent (tidl. serviceloven § 49 a) is checked against the case's other
        meetings, and only the SSD parties may take part.
        """
        from app.domain.section49a import check_meetings, check_parties

        checked(meeting, "møde")
        with self._change(case_id, "save", "meeting") as ch:
            if meeting.without_consent_49a:
                current = load_case(ch.s, case_id, deadline_view=True)
                others = [m for m in (current.meetings if current else []) if m.uid != meeting.uid]
                check_meetings([*others, meeting])  # as the case will read after this save
                check_parties(meeting)  # SSD parties only (not checked on import: old files)
            found = ch.s.scalar(
                select(t.MeetingRow).where(
                    t.MeetingRow.case_id == case_id, t.MeetingRow.uid == meeting.uid
                )
            )
            if found is None:
                ch.s.add(mp.meeting_row(case_id, meeting))
            else:
                for table in (t.ParticipantRow, t.MinutesRow, t.AgreementRow):
                    ch.s.execute(delete(table).where(table.meeting_id == found.id))
                for key, value in mp.meeting_columns(meeting).items():
                    setattr(found, key, value)
                ch.s.flush()
                ch.s.expire(found, ["participants", "minutes", "agreements"])
                parts = (
                    [mp.participant_row(case_id, p) for p in meeting.participants]
                    + [
                        t.MinutesRow(case_id=case_id, point=point, text=text)
                        for point, text in meeting.minutes.items()
                    ]
                    + [mp.agreement_row(case_id, a) for a in meeting.agreements]
                )
                for child in parts:
                    child.meeting_id = found.id
                    ch.s.add(child)
            ch.record_id = meeting.uid
        return meeting.uid

    def update_minutes(self, *args: Any, case_id: int | None = None) -> None:
        """Write the minutes of one agenda point, live during the meeting.

        Call as update_minutes(meeting_uid, point, text) (the contract) or with the case
        first: update_minutes(case_id, meeting_uid, point, text).
        """
        if len(args) == 4:
            case_id, meeting_uid, point, text = args
        else:
            meeting_uid, point, text = args
        checked({point: text}, "referat")
        if case_id is None:
            case_id = self._case_of_meeting(meeting_uid)
        with self._change(case_id, "change", "meeting_minutes", refresh=False) as ch:
            meeting = self._find(ch.s, t.MeetingRow, case_id, meeting_uid, "Mødet")
            found = ch.s.scalar(
                select(t.MinutesRow).where(
                    t.MinutesRow.meeting_id == meeting.id, t.MinutesRow.point == point
                )
            )
            if found is None:
                ch.s.add(
                    t.MinutesRow(case_id=case_id, meeting_id=meeting.id, point=point, text=text)
                )
            else:
                found.text = text
            ch.record_id = meeting_uid

    def _case_of_meeting(self, meeting_uid: str) -> int:
        with self._vault.read_session() as s:
            ids = s.scalars(
                select(t.MeetingRow.case_id).where(t.MeetingRow.uid == meeting_uid)
            ).all()
        if not ids:
            raise RecordNotFound("Mødet")
        if len(set(ids)) > 1:
            raise AmbiguousMeeting()
        return ids[0]

    def apply_agreements(self, case_id: int, meeting_uid: str) -> list[str]:
        """Each GØR agreement becomes an actor row (once); returns the uids of new rows."""
        added: list[str] = []
        with self._change(case_id, "apply_agreements", "meeting") as ch:
            meeting = ch.s.scalar(
                select(t.MeetingRow)
                .where(t.MeetingRow.case_id == case_id, t.MeetingRow.uid == meeting_uid)
                .options(selectinload(t.MeetingRow.agreements))
            )
            if meeting is None:
                raise RecordNotFound("Mødet")
            rows = ch.s.scalars(
                select(t.ActorRowRow).where(t.ActorRowRow.case_id == case_id)
            ).all()
            existing = {row.uid for row in rows}
            newer = {row.supersedes: row for row in rows if row.supersedes}
            for agreement in meeting.agreements:
                uid = agreement_row_uid(meeting_uid, agreement.uid)
                if uid in existing:
                    # Applied before: an agreement edited since then is written again, as a new
                    # version of the row's newest version (never overwritten, history kept).
                    head = next(row for row in rows if row.uid == uid)
                    while head.uid in newer:
                        head = newer[head.uid]
                    now_says = (agreement.who, agreement.what, agreement.by_when,
                                agreement.follow_up_by or "")
                    row_says = (head.actor, head.effort, head.follow_up_on, head.follow_up_by or "")
                    if now_says == row_says:
                        continue
                    revised = r.ActorRow(
                        actor=agreement.who,
                        changed_on=meeting.starts_at.date(),
                        effort=agreement.what,
                        follow_up_on=agreement.by_when,
                        follow_up_by=agreement.follow_up_by,
                        from_meeting_uid=meeting_uid,
                        supersedes=head.uid,
                    )
                    ch.s.add(mp.actor_row_row(case_id, revised))
                    added.append(revised.uid)
                    continue
                row = r.ActorRow(
                    uid=uid,
                    actor=agreement.who,
                    changed_on=meeting.starts_at.date(),
                    effort=agreement.what,
                    follow_up_on=agreement.by_when,
                    follow_up_by=agreement.follow_up_by,
                    from_meeting_uid=meeting_uid,
                )
                ch.s.add(mp.actor_row_row(case_id, row))
                added.append(uid)
            ch.record_id = meeting_uid
        return added

    # -----------------------------------------------------------------------------------------
    # consent, notification, observation, municipal steps
    # -----------------------------------------------------------------------------------------

    def save_consent(self, case_id: int, consent: r.Consent) -> str:
        from app.domain.consent import validate_consent

        validate_consent(consent)
        checked(consent, "samtykke")
        with self._change(case_id, "save", "consent") as ch:
            found = ch.s.scalar(
                select(t.ConsentRow).where(
                    t.ConsentRow.case_id == case_id, t.ConsentRow.uid == consent.uid
                )
            )
            if found is None:
                ch.s.add(mp.consent_row(case_id, consent))
            else:
                for table in (t.ConsentGiverRow, t.ConsentPartyRow):
                    ch.s.execute(delete(table).where(table.consent_id == found.id))
                for key, value in mp.consent_columns(consent).items():
                    setattr(found, key, value)
                ch.s.flush()
                ch.s.expire(found, ["givers", "parties"])
                children = mp.consent_children(case_id, consent)
                for child in (*children["givers"], *children["parties"]):
                    child.consent_id = found.id
                    ch.s.add(child)
            ch.record_id = consent.uid
        return consent.uid

    def revoke_consent(self, case_id: int, consent_uid: str, on: date, note: str = "") -> None:
        checked([on, note], "tilbagekaldelse")
        with self._change(case_id, "revoke", "consent") as ch:
            found = self._find(ch.s, t.ConsentRow, case_id, consent_uid, "Samtykket")
            found.revoked_on = on
            found.revocation_note = note
            ch.record_id = consent_uid

    def save_notification(self, case_id: int, notification: r.Notification) -> str:
        checked(notification, "underretning")
        with self._change(case_id, "save", "notification") as ch:
            found = ch.s.scalar(
                select(t.NotificationRow).where(
                    t.NotificationRow.case_id == case_id,
                    t.NotificationRow.uid == notification.uid,
                )
            )
            if found is None:
                ch.s.add(mp.notification_row(case_id, notification))
                # A new underretning moves the case to niveau 3 (seed 003 ~2296).
                from app.domain.levels import level_after_notification

                levels = ch.s.scalars(
                    select(t.LevelChangeRow)
                    .where(t.LevelChangeRow.case_id == case_id)
                    .order_by(t.LevelChangeRow.id)
                ).all()
                change = level_after_notification(
                    [mp.to_level(x) for x in levels], notification.made_on
                )
                if change is not None:
                    ch.s.add(mp.level_row(case_id, change))
            else:
                ch.s.execute(
                    delete(t.NotificationAnswerRow).where(
                        t.NotificationAnswerRow.notification_id == found.id
                    )
                )
                for key, value in mp.notification_columns(notification).items():
                    setattr(found, key, value)
                ch.s.flush()
                ch.s.expire(found, ["answers"])
                for child in mp.notification_answers(case_id, notification):
                    child.notification_id = found.id
                    ch.s.add(child)
            ch.record_id = notification.uid
        return notification.uid

    def save_observation(self, case_id: int, observation: r.Observation) -> str:
        checked(observation, "observation")
        with self._change(case_id, "save", "observation") as ch:
            found = ch.s.scalar(
                select(t.ObservationRow).where(
                    t.ObservationRow.case_id == case_id, t.ObservationRow.uid == observation.uid
                )
            )
            if found is None:
                ch.s.add(mp.observation_row(case_id, observation))
            else:
                ch.s.execute(
                    delete(t.ObservationAnswerRow).where(
                        t.ObservationAnswerRow.observation_id == found.id
                    )
                )
                for key, value in mp.observation_columns(observation).items():
                    setattr(found, key, value)
                ch.s.flush()
                ch.s.expire(found, ["answers"])
                for child in mp.observation_answers(case_id, observation):
                    child.observation_id = found.id
                    ch.s.add(child)
            ch.record_id = observation.uid
        return observation.uid

    def save_municipal_steps(self, case_id: int, steps: r.MunicipalSteps) -> None:
        checked(steps, "kommunens skridt")
        with self._change(case_id, "change", "municipal_steps") as ch:
            for key, value in mp.municipal_columns(steps).items():
                setattr(ch.row, key, value)

    # -----------------------------------------------------------------------------------------
    # the child's own voice, the case at Familieretshuset
    # -----------------------------------------------------------------------------------------

    def add_child_voice(self, case_id: int, voice: r.ChildVoice, *, action: str = "add") -> str:
        """The child's own words as a new record (BL § 5, stk. 3). Returns its uid."""
        from dataclasses import replace

        from app.domain.child_voice import validate

        validate(voice, date.today())
        checked(voice, "barnets ord")
        with self._change(case_id, action, "child_voice", refresh=False) as ch:
            if voice.supersedes:
                _check_supersedable(
                    ch.s, t.ChildVoiceRow, case_id, voice.supersedes, "Barnets ord"
                )
            ch.s.add(mp.child_voice_row(case_id, replace(voice, recorded_at=now())))
            ch.record_id = voice.uid
        return voice.uid

    def revise_child_voice(self, case_id: int, old_uid: str, voice: r.ChildVoice) -> str:
        """A corrected version that supersedes `old_uid`; the old words stay in the history."""
        from dataclasses import replace

        if voice.uid == old_uid:
            voice = replace(voice, uid=r.new_uid())
        return self.add_child_voice(
            case_id, replace(voice, supersedes=old_uid), action="revise"
        )

    def set_family_court(self, case_id: int, family_court: r.FamilyCourtCase | None) -> None:
        """Record (or clear, with None) that the family has a case at Familieretshuset."""
        from app.domain.validation import validate_date_range

        if family_court is not None:
            validate_date_range(family_court.noted_on, "dato", latest=date.today())
            checked(family_court, "Familieretshuset")
        with self._change(case_id, "change", "family_court", refresh=False) as ch:
            for key, value in mp.family_court_columns(family_court).items():
                setattr(ch.row, key, value)
