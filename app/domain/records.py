"""The BTI records (SPEC §2) as plain dataclasses: what storage, JSON, rules, PDFs and screens share.

Conventions that every layer relies on:
- Every record inside a case has a `uid` (uuid4 hex) that is stable across export/import; links
  between records of one case use uids, never database ids.
- History is never overwritten: a changed dated entry is a *new* entry whose `supersedes` names
  the uid of the one it replaces. The "current" view is derived (see `current_entries`).
- `internal=True` marks text hidden in the family-safe view and in documents for the family.
- Dates are `datetime.date`, moments are timezone-aware `datetime.datetime` in UTC.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum, IntEnum


def new_uid() -> str:
    return uuid.uuid4().hex


class Level(IntEnum):
    """Niveau 1: one workplace; 2: several services coordinate; 3: the municipality is involved."""

    ONE = 1
    TWO = 2
    THREE = 3


# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------


@dataclass(kw_only=True)
class Person:
    """A professional or relative named in a record (holder, assessor, actor, attendee)."""

    name: str
    organisation: str = ""
    role: str = ""
    contact: str = ""


@dataclass(kw_only=True)
class Child:
    name: str
    cpr: str | None = None  # "DDMMYY-SSSS"; None for an unborn child or when not yet known
    expected_birth_date: date | None = None  # only for an unborn child


@dataclass(kw_only=True)
class Custodian:
    uid: str = field(default_factory=new_uid)
    name: str
    relation: str  # "mor", "far", "plejemor", …
    has_custody: bool = True
    contact: str = ""


@dataclass(kw_only=True)
class Sibling:
    uid: str = field(default_factory=new_uid)
    name: str
    birth_date: date | None = None
    note: str = ""


# ---------------------------------------------------------------------------------------------
# The stafetlog
# ---------------------------------------------------------------------------------------------


class LogSection(str, Enum):
    """The dated sections of "Skabelon for stafetlog"; level 1 first, then levels 2–3."""

    CONCERN_AROSE = "concern_arose"  # Hvornår opstod bekymringen?
    CONCERN_REASON = "concern_reason"  # Hvorfor opstod bekymringen? (link observations)
    DISCUSSED_BY = "discussed_by"  # Hvem har drøftet bekymringen?
    ASSESSMENT = "assessment"  # Vurdering af barnets situation (link scale assessments)
    PARENTS_INFORMED = "parents_informed"  # Hvornår er forældrene orienteret?
    DECISION = "decision"  # Hvad har I besluttet at gøre?
    GOAL = "goal"  # Hvad er målet med indsatsen?
    REVIEW = "review"  # Hvornår tages situationen op igen? (entry.due_on = the date)
    MORE_ACTORS = "more_actors"  # Hvornår blev flere aktører inddraget?
    CONSENT = "consent"  # Er der indhentet samtykke? (link the consent)
    NOTIFICATION = "notification"  # Er der foretaget underretning? (link the notification)
    NETWORK_MAP = "network_map"  # Er der udfyldt netværkskort? (link the map)
    SHARED_GOAL_CHILD = "shared_goal_child"  # Fælles målsætning for barnet
    SHARED_GOAL_FAMILY = "shared_goal_family"  # Fælles målsætning for familiemedlemmer
    NOTE = "note"  # any other dated note in the log


LEVEL_ONE_SECTIONS = (
    LogSection.CONCERN_AROSE,
    LogSection.CONCERN_REASON,
    LogSection.DISCUSSED_BY,
    LogSection.ASSESSMENT,
    LogSection.PARENTS_INFORMED,
    LogSection.DECISION,
    LogSection.GOAL,
    LogSection.REVIEW,
)
JOINT_SECTIONS = (
    LogSection.MORE_ACTORS,
    LogSection.CONSENT,
    LogSection.NOTIFICATION,
    LogSection.NETWORK_MAP,
    LogSection.SHARED_GOAL_CHILD,
    LogSection.SHARED_GOAL_FAMILY,
)


class LinkKind(str, Enum):
    OBSERVATION = "observation"
    ASSESSMENT = "assessment"
    CONSENT = "consent"
    NOTIFICATION = "notification"
    NETWORK_MAP = "network_map"
    MEETING = "meeting"


@dataclass(kw_only=True)
class RecordLink:
    kind: LinkKind
    uid: str


@dataclass(kw_only=True)
class LogEntry:
    """One dated entry in a section. A correction is a new entry with `supersedes` set."""

    uid: str = field(default_factory=new_uid)
    section: LogSection
    entry_date: date  # the date the entry is about ("11.09.2007: Moderen fortæller …")
    text: str
    author: str = ""
    internal: bool = False
    yes: bool | None = None  # for the yes/no questions (consent, notification, network map)
    due_on: date | None = None  # for REVIEW: when the situation is taken up again
    about_uid: str | None = None  # SHARED_GOAL_FAMILY: the custodian/sibling uid it concerns
    links: list[RecordLink] = field(default_factory=list)
    supersedes: str | None = None
    # A resolved conflict: the other versions (written on another laptop) this one replaces too.
    also_supersedes: list[str] = field(default_factory=list)
    recorded_at: datetime | None = None  # set by storage when committed


@dataclass(kw_only=True)
class JointEffortSetting:
    """'Dato og personer ved fastlæggelse af indsatsen': who set or adjusted the joint effort."""

    uid: str = field(default_factory=new_uid)
    set_on: date
    persons: list[str]  # "Børnesagsbehandler (Arne Andersen)"


@dataclass(kw_only=True)
class ActorRow:
    """A row of the actors' table. A change is a new row that supersedes the old one."""

    uid: str = field(default_factory=new_uid)
    actor: str  # "Børnehaven", "Familiehuset"
    changed_on: date
    effort: str  # what effort is started
    follow_up_on: date | None = None
    follow_up_by: str = ""
    internal: bool = False
    from_meeting_uid: str | None = None  # a GØR agreement of this meeting created the row
    supersedes: str | None = None
    # A resolved conflict: the other versions (written on another laptop) this one replaces too.
    also_supersedes: list[str] = field(default_factory=list)


class BatonEventKind(str, Enum):
    CREATED = "created"  # the first holder, when the log is created
    OFFERED = "offered"  # the holder offers the baton to someone
    ACCEPTED = "accepted"  # the offered person accepts: from now on they hold it
    DECLINED = "declined"  # the offered person declines: the holder keeps it
    WITHDRAWN = "withdrawn"  # the holder withdraws an open offer
    CLOSED = "closed"  # the log is closed (see CaseClosure)


@dataclass(kw_only=True)
class BatonEvent:
    uid: str = field(default_factory=new_uid)
    kind: BatonEventKind
    on: date
    person: Person  # CREATED/ACCEPTED: the new holder; OFFERED/DECLINED: the offered person
    note: str = ""


@dataclass(kw_only=True)
class EyeOnChild:
    """Who keeps an eye on the child from `since` on (dated history; latest wins)."""

    uid: str = field(default_factory=new_uid)
    since: date
    person: Person


@dataclass(kw_only=True)
class LevelChange:
    uid: str = field(default_factory=new_uid)
    on: date
    level: Level
    note: str = ""


class ClosureReason(str, Enum):
    """The BTI conditions for closing (seed 003 ~1627-1633): all three must hold."""

    THRIVING = "thriving"  # the child thrives again
    LOW_RISK = "low_risk"  # and the risk of relapse is small
    DECIDED_TOGETHER = "decided_together"  # the holder decided it with the partners
    # Kept only so old vaults and files still load: neither closes a log any more. A family
    # that moves gets a new holder (the baton is handed over), the log does not end.
    MOVED = "moved"
    OTHER = "other"


class Disposition(str, Enum):
    ARCHIVE = "archive"
    DESTROY = "destroy"


@dataclass(kw_only=True)
class CaseClosure:
    closed_on: date
    reasons: list[ClosureReason]
    explanation: str
    disposition: Disposition
    closed_by: Person


# ---------------------------------------------------------------------------------------------
# Worry scales
# ---------------------------------------------------------------------------------------------


class ScaleKind(str, Enum):
    CHILD = "child"  # five categories (Roskildemodellen)
    PARENT = "parent"  # four categories


@dataclass(kw_only=True)
class ScaleAssessment:
    """A dated placement on a worry scale. Always internal: hidden in the family-safe view."""

    uid: str = field(default_factory=new_uid)
    scale: ScaleKind
    subject_uid: str | None = None  # None: the child; else the custodian's uid
    assessed_on: date
    category: int  # 1–5 for the child scale, 1–4 for the parent scale
    assessors: list[str] = field(default_factory=list)
    signs: list[str] = field(default_factory=list)  # signal ids from app.domain.signals
    other_signs: str = ""
    note: str = ""


# ---------------------------------------------------------------------------------------------
# Network map
# ---------------------------------------------------------------------------------------------


class MapRow(str, Enum):
    CHILD = "child"
    MOTHER = "mother"
    FATHER = "father"
    SIBLINGS = "siblings"
    FAMILY = "family"


class MapColumn(str, Enum):
    OWN_MUNICIPALITY = "own_municipality"
    REGION = "region"
    OTHER_MUNICIPALITY = "other_municipality"
    PRIVATE = "private"  # private / self-governing services
    INFORMAL = "informal"  # civil society and the child's own network
    # Not one of the template's five columns: Familieretshuset (seed 000, issue 13.7), a state
    # agency that none of them fits, gets its own so the map shows it as a party.
    FAMILY_COURT = "family_court"


@dataclass(kw_only=True)
class MapActor:
    uid: str = field(default_factory=new_uid)
    row: MapRow
    column: MapColumn
    name: str
    organisation: str = ""
    contact: str = ""
    effort: str = ""


@dataclass(kw_only=True)
class NetworkMap:
    """One dated version of the map; a new version is a new NetworkMap, older ones are kept."""

    uid: str = field(default_factory=new_uid)
    made_on: date
    holder: Person
    actors: list[MapActor] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------
# Coordination meeting
# ---------------------------------------------------------------------------------------------


@dataclass(kw_only=True)
class Participant:
    uid: str = field(default_factory=new_uid)
    name: str
    organisation: str = ""
    role: str = ""
    responsibility: str = ""  # area of responsibility
    decision_authority: str = ""  # what they may decide
    is_family: bool = False  # parent, child or relative: gets the invitation in plain language
    invited: bool = True
    attended: bool = False


@dataclass(kw_only=True)
class Agreement:
    """A GØR agreement: who does what by when, and who follows up. Becomes an ActorRow."""

    uid: str = field(default_factory=new_uid)
    who: str
    what: str
    by_when: date | None = None
    follow_up_by: str = ""


@dataclass(kw_only=True)
class Meeting:
    uid: str = field(default_factory=new_uid)
    starts_at: datetime
    place: str
    title: str = "Koordinationsmøde"
    participants: list[Participant] = field(default_factory=list)
    agenda: list[str] = field(default_factory=list)  # agenda point ids, see app.domain.agenda
    minutes: dict[str, str] = field(default_factory=dict)  # agenda point id → minutes text
    agreements: list[Agreement] = field(default_factory=list)
    next_meeting_on: date | None = None
    without_consent_49a: bool = False  # exchange without consent (tidl. serviceloven § 49 a)
    follow_up_of_uid: str | None = None  # the § 49a meeting this one follows up
    held: bool = False


# ---------------------------------------------------------------------------------------------
# Consent
# ---------------------------------------------------------------------------------------------


class PartyKind(str, Enum):
    ADULT_CASEWORKER = "adult_caseworker"  # kommunal sagsbehandler, voksen
    JOBCENTRE = "jobcentre"
    CHILDREN_CASEWORKER = "children_caseworker"  # kommunal sagsbehandler, børn og unge
    HOSPITAL = "hospital"
    GP = "gp"  # praktiserende læge
    SOCIAL_PSYCHIATRY = "social_psychiatry"
    ADDICTION_TREATMENT = "addiction_treatment"
    SCHOOL_DAYCARE = "school_daycare"
    HEALTH_VISITOR = "health_visitor"  # sundhedsplejen
    PPR = "ppr"
    RELATIVES = "relatives"  # pårørende
    FAMILY_COURT = "family_court"  # Familieretshuset (seed 000)
    OTHER = "other"


@dataclass(kw_only=True)
class ConsentParty:
    uid: str = field(default_factory=new_uid)
    kind: PartyKind
    name: str = ""  # the named person or place within that kind


@dataclass(kw_only=True)
class ConsentGiver:
    uid: str = field(default_factory=new_uid)
    name: str
    relation: str  # "mor", "far", "barnet (15+)"
    is_child: bool = False
    signature_png: bytes | None = None  # strokes drawn on screen, stored as PNG
    signed_on: date | None = None
    # Consent without drawing (issue 16, for a giver who cannot draw): the giver types their
    # name and ticks "Jeg giver samtykke"; the caseworker witnesses it, named and timed.
    typed_name: str = ""
    ticked: bool = False
    witnessed_by: str = ""
    witnessed_at: datetime | None = None


@dataclass(kw_only=True)
class Consent:
    uid: str = field(default_factory=new_uid)
    purpose: str
    signed_on: date
    valid_until: date
    givers: list[ConsentGiver] = field(default_factory=list)
    parties: list[ConsentParty] = field(default_factory=list)
    revoked_on: date | None = None
    revocation_note: str = ""


# ---------------------------------------------------------------------------------------------
# Notification (underretning) and observation
# ---------------------------------------------------------------------------------------------


class NotificationForm(str, Enum):
    AGE_0_6 = "age_0_6"  # 12 sections
    AGE_6_18 = "age_6_18"  # 13 sections


@dataclass(kw_only=True)
class Notification:
    uid: str = field(default_factory=new_uid)
    form: NotificationForm
    made_on: date
    notifier: Person
    answers: dict[str, str] = field(default_factory=dict)  # section id → text
    observed: str = ""  # what was seen or heard
    assumed: str = ""  # what is assumed or feared: kept apart from what was observed
    signs: list[str] = field(default_factory=list)
    parents_informed: bool = False
    parents_informed_on: date | None = None
    acknowledged_on: date | None = None  # the municipality's receipt (due within 6 days)


@dataclass(kw_only=True)
class Observation:
    uid: str = field(default_factory=new_uid)
    observed_on: date
    observer: str
    workplace: str
    answers: dict[str, str] = field(default_factory=dict)  # question id → text
    signs: list[str] = field(default_factory=list)
    internal: bool = False


@dataclass(kw_only=True)
class MunicipalSteps:
    """Level 3: the municipality's steps that carry legal deadlines (seeds 001 and 002)."""

    aware_on: date | None = None  # became aware: a decided investigation ends within 4 months
    investigation_decided_on: date | None = None  # decision on a børnefaglig undersøgelse
    investigation_done_on: date | None = None
    action_plan_on: date | None = None  # barnets plan (BL § 91)
    action_plan_followups: list[date] = field(default_factory=list)  # follow-ups (BL § 95)
    violence_or_abuse_suspected: bool = False  # børnehus criterion 1
    police_or_hospital_involved: bool = False  # børnehus criterion 3
    # Børnehus criterion 2, the alternative: a decision to revise an existing investigation.
    revision_decided_on: date | None = None
    help_started_on: date | None = None  # the help began: first follow-up within 3 months
    follow_up_every_months: int | None = None  # the cadence decided at the first follow-up


class FamilyCourtTrack(str, Enum):
    """Familieretshuset's track for the family's case (seed 000: "røde sager", "grønt eller
    gult spor"): informal colours for the three kinds of case in familieretshusloven §§ 5-7."""

    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"


@dataclass(kw_only=True)
class FamilyCourtCase:
    """The family has a case at Familieretshuset (seed 000): when it was noted, and its track
    as the professionals were told it (None: not known). Stafet decides nothing on it."""

    noted_on: date
    track: FamilyCourtTrack | None = None
    note: str = ""


# ---------------------------------------------------------------------------------------------
# The child's own voice (BL § 5, stk. 3)
# ---------------------------------------------------------------------------------------------


class VoiceMethod(str, Enum):
    """How the words were heard: the situation the child spoke in."""

    CONVERSATION = "conversation"  # a conversation with the child
    DRAWING = "drawing"  # while drawing, or about a drawing
    THREE_HOUSES = "three_houses"  # the three houses: good, worries, wishes
    PLAY = "play"  # during play or an activity
    MEETING = "meeting"  # at a coordination meeting
    OTHER = "other"


class House(str, Enum):
    """The three houses (de tre huse): what works, what worries me, what I wish for."""

    GOOD = "good"
    WORRIES = "worries"
    WISHES = "wishes"


@dataclass(kw_only=True)
class ChildVoice:
    """What the child said, in the child's own words: never the adults' reading of it.

    A correction is a new version with `supersedes` (history kept, like log entries). Words
    the child has not agreed to share (`may_share` False) stay on the professional's screen:
    hidden in the family-safe view and left out of every document (app.domain.child_voice).
    """

    uid: str = field(default_factory=new_uid)
    heard_on: date
    words: str  # verbatim, as the child said it
    heard_by: str  # who heard it
    method: VoiceMethod = VoiceMethod.CONVERSATION
    situation: str = ""  # where and how ("i bilen på vej hjem fra skole")
    house: House | None = None  # only with THREE_HOUSES: which house the words belong in
    may_share: bool = False  # the child said yes to sharing these words
    meeting_uid: str | None = None  # heard at (or brought to) this coordination meeting
    supersedes: str | None = None
    also_supersedes: list[str] = field(default_factory=list)
    recorded_at: datetime | None = None  # set by storage when committed


# ---------------------------------------------------------------------------------------------
# The case: one child, one course
# ---------------------------------------------------------------------------------------------


@dataclass(kw_only=True)
class Case:
    uid: str = field(default_factory=new_uid)
    child: Child
    custodians: list[Custodian] = field(default_factory=list)
    siblings: list[Sibling] = field(default_factory=list)
    created_by: Person
    created_on: date
    levels: list[LevelChange] = field(default_factory=list)
    entries: list[LogEntry] = field(default_factory=list)
    joint_effort: list[JointEffortSetting] = field(default_factory=list)
    actor_rows: list[ActorRow] = field(default_factory=list)
    baton: list[BatonEvent] = field(default_factory=list)
    eye_on_child: list[EyeOnChild] = field(default_factory=list)
    assessments: list[ScaleAssessment] = field(default_factory=list)
    network_maps: list[NetworkMap] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    consents: list[Consent] = field(default_factory=list)
    notifications: list[Notification] = field(default_factory=list)
    observations: list[Observation] = field(default_factory=list)
    child_voices: list[ChildVoice] = field(default_factory=list)  # migration 0009
    municipal: MunicipalSteps = field(default_factory=MunicipalSteps)
    family_court: FamilyCourtCase | None = None  # migration 0009
    closure: CaseClosure | None = None
    updated_at: datetime | None = None  # "dato for sidste opdatering"; set by storage

    @property
    def level(self) -> Level:
        # On a same-day tie the change recorded last wins (the list is in recording order).
        if not self.levels:
            return Level.ONE
        return max(enumerate(self.levels), key=lambda pair: (pair[1].on, pair[0]))[1].level


def superseded_uids(versions: Iterable[LogEntry | ActorRow | ChildVoice]) -> set[str]:
    """The uids a later version replaces (`supersedes`; `also_supersedes` of a resolution)."""
    found: set[str] = set()
    for v in versions:
        if v.supersedes:
            found.add(v.supersedes)
        found.update(v.also_supersedes)
    return found


def current_entries(entries: list[LogEntry], section: LogSection | None = None) -> list[LogEntry]:
    """The entries not superseded by a later one, in date order (the log as it reads today)."""
    superseded = superseded_uids(entries)
    chosen = [
        e for e in entries if e.uid not in superseded and (section is None or e.section == section)
    ]
    return sorted(chosen, key=lambda e: (e.entry_date, _moment(e.recorded_at)))


def _moment(value: datetime | None) -> float:
    return value.timestamp() if value else float("inf")  # not yet stored: newest


def current_actor_rows(rows: list[ActorRow]) -> list[ActorRow]:
    superseded = superseded_uids(rows)
    return sorted((r for r in rows if r.uid not in superseded), key=lambda r: r.changed_on)
