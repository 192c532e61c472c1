"""Two copies of one case made into one: a union by record uid (SPEC §10, issue 11).

Records are never overwritten in place by the log (a revision is a new record that
`supersedes` the old one), so most of a merge is a union: every record either copy has is kept.
The rules are symmetric on purpose, so merging A into B gives the same case as B into A, and
merging a copy into itself changes nothing:

- a record only one copy has is added;
- the same uid with the same content is one record;
- the child's own words (`child_voices`) are versioned like log entries: a correction is a new
  record, so a merge only adds;
- the same uid with different content can only be a record the forms save in place (custodian,
  sibling, meeting, consent, notification, observation) or the case header. The version that
  carries more is kept by a fixed rule (a revoked consent stays revoked, a held meeting stays
  held, a known CPR number is kept), else the same deterministic choice on both sides;
- two revisions of the same log entry or actor row made on two laptops both stay. They show as
  a conflict (`find_conflicts`) until the holder resolves it with a new version that supersedes
  both (`also_supersedes`); nothing is deleted.

Pure functions on records: no session, no SQL. The service writes the result.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from app.domain import records as r

logger = logging.getLogger(__name__)

# The lists of a case, in the order they are written; each item has a uid.
RECORD_LISTS = (
    "custodians",
    "siblings",
    "levels",
    "entries",
    "joint_effort",
    "actor_rows",
    "baton",
    "eye_on_child",
    "assessments",
    "network_maps",
    "meetings",
    "consents",
    "notifications",
    "observations",
    "child_voices",
)


def _canonical(value: Any) -> str:
    """A stable text of a record: the deterministic tie-break between two versions."""
    from app.models.interchange import _dump

    return json.dumps(_dump(value), sort_keys=True, ensure_ascii=True)


def _rank_consent(c: r.Consent) -> tuple[Any, ...]:
    # A revocation is the parents' decision: a merge must never bring a revoked consent back.
    return (c.revoked_on is not None,)


def _rank_meeting(m: r.Meeting) -> tuple[Any, ...]:
    return (m.held, len(m.minutes), len(m.agreements))


_RANKS: dict[str, Callable[[Any], tuple[Any, ...]]] = {
    "consents": _rank_consent,
    "meetings": _rank_meeting,
}


def pick(kind: str, a: Any, b: Any) -> Any:
    """One of two versions of the same record, chosen the same way whichever is local."""
    if a == b:
        return a
    rank = _RANKS.get(kind, lambda _x: ())
    return max((a, b), key=lambda v: (rank(v), _canonical(v)))


@dataclass
class MergePlan:
    """What merging `incoming` into `local` does: the merged case and what changes in storage."""

    merged: r.Case
    added: dict[str, list[Any]]  # list name → records new to the local copy
    replaced: dict[str, list[Any]]  # list name → local records whose other version wins
    header_changed: bool

    @property
    def added_count(self) -> int:
        return sum(len(v) for v in self.added.values())

    @property
    def replaced_count(self) -> int:
        return sum(len(v) for v in self.replaced.values())

    @property
    def changes_anything(self) -> bool:
        return self.header_changed or bool(self.added_count or self.replaced_count)


def _earliest(a: date | None, b: date | None) -> date | None:
    if a is None or b is None:
        return a or b
    return min(a, b)


def _merge_municipal(a: r.MunicipalSteps, b: r.MunicipalSteps) -> r.MunicipalSteps:
    """Field by field: a step noted on either laptop is noted (the earliest date counts)."""
    if a == b:
        return a
    return r.MunicipalSteps(
        aware_on=_earliest(a.aware_on, b.aware_on),
        investigation_decided_on=_earliest(a.investigation_decided_on, b.investigation_decided_on),
        investigation_done_on=_earliest(a.investigation_done_on, b.investigation_done_on),
        action_plan_on=_earliest(a.action_plan_on, b.action_plan_on),
        action_plan_followups=sorted(set(a.action_plan_followups) | set(b.action_plan_followups)),
        violence_or_abuse_suspected=a.violence_or_abuse_suspected or b.violence_or_abuse_suspected,
        police_or_hospital_involved=a.police_or_hospital_involved or b.police_or_hospital_involved,
        revision_decided_on=_earliest(a.revision_decided_on, b.revision_decided_on),
        help_started_on=_earliest(a.help_started_on, b.help_started_on),
        follow_up_every_months=a.follow_up_every_months or b.follow_up_every_months,
    )


def _merge_child(a: r.Child, b: r.Child) -> r.Child:
    if a == b:
        return a
    return max((a, b), key=lambda c: (c.cpr is not None, _canonical(c)))


def _merge_family_court(
    a: r.FamilyCourtCase | None, b: r.FamilyCourtCase | None
) -> r.FamilyCourtCase | None:
    """A case at Familieretshuset noted on either laptop is noted; a known track beats none."""
    if a is None or b is None:
        return a or b
    if a == b:
        return a
    return max((a, b), key=lambda x: (x.track is not None, _canonical(x)))


def _merge_closure(a: r.CaseClosure | None, b: r.CaseClosure | None) -> r.CaseClosure | None:
    if a is None or b is None:
        return a or b
    return pick("closure", a, b)


def _later(a: Any, b: Any) -> Any:
    if a is None or b is None:
        return a or b
    return max(a, b)


def plan_merge(local: r.Case, incoming: r.Case) -> MergePlan:
    """The union of two copies of the case with the same uid (see the module's rules)."""
    if local.uid != incoming.uid:
        raise ValueError("plan_merge joins two copies of one case")
    added: dict[str, list[Any]] = {}
    replaced: dict[str, list[Any]] = {}
    lists: dict[str, list[Any]] = {}
    for kind in RECORD_LISTS:
        mine: list[Any] = getattr(local, kind)
        theirs: list[Any] = getattr(incoming, kind)
        by_uid = {x.uid: x for x in mine}
        result = list(mine)
        position = {x.uid: i for i, x in enumerate(mine)}
        for other in theirs:
            here = by_uid.get(other.uid)
            if here is None:
                added.setdefault(kind, []).append(other)
                by_uid[other.uid] = other
                position[other.uid] = len(result)
                result.append(other)
                continue
            chosen = pick(kind, here, other)
            if chosen is not here:
                replaced.setdefault(kind, []).append(chosen)
                result[position[other.uid]] = chosen
                by_uid[other.uid] = chosen
        lists[kind] = result
    header = {
        "child": _merge_child(local.child, incoming.child),
        "created_by": local.created_by
        if local.created_by == incoming.created_by
        else pick("created_by", local.created_by, incoming.created_by),
        "created_on": min(local.created_on, incoming.created_on),
        "municipal": _merge_municipal(local.municipal, incoming.municipal),
        "family_court": _merge_family_court(local.family_court, incoming.family_court),
        "closure": _merge_closure(local.closure, incoming.closure),
    }
    header_changed = any(getattr(local, k) != v for k, v in header.items())
    merged = replace(
        local,
        **lists,
        **header,
        updated_at=_later(local.updated_at, incoming.updated_at),
    )
    return MergePlan(merged, added, replaced, header_changed)


# ---------------------------------------------------------------------------------------------
# Conflicts: two current versions of one record
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Conflict:
    """Two (or more) current versions of one log entry or actor row, made on two laptops.

    `record_type` is "log_entry" or "actor_row"; `original_uid` the first version they both
    revise; `versions` the current versions, oldest recorded first.
    """

    record_type: str
    original_uid: str
    versions: tuple[Any, ...]

    @property
    def uids(self) -> tuple[str, ...]:
        return tuple(v.uid for v in self.versions)


def _root(uid: str, by_uid: dict[str, Any]) -> str:
    seen = {uid}
    step = by_uid[uid].supersedes
    while step and step in by_uid and step not in seen:  # a looped chain ends the walk
        seen.add(step)
        uid = step
        step = by_uid[step].supersedes
    return uid


def find_conflicts(versions: Sequence[Any], record_type: str) -> list[Conflict]:
    """Records with more than one current version (none supersedes the others)."""
    by_uid = {v.uid: v for v in versions}
    superseded = r.superseded_uids(versions)
    groups: dict[str, list[Any]] = {}
    for v in versions:
        if v.uid in superseded or not v.supersedes:
            continue
        groups.setdefault(_root(v.uid, by_uid), []).append(v)
    found = []
    for root, current in groups.items():
        if len(current) < 2:
            continue
        current.sort(key=_version_order)
        found.append(Conflict(record_type, root, tuple(current)))
    found.sort(key=lambda c: c.original_uid)
    return found


def _version_order(v: Any) -> tuple[Any, ...]:
    moment = getattr(v, "recorded_at", None)
    return (moment.timestamp() if moment else 0.0, getattr(v, "changed_on", date.min), v.uid)


def case_conflicts(case: r.Case) -> list[Conflict]:
    return [
        *find_conflicts(case.entries, "log_entry"),
        *find_conflicts(case.actor_rows, "actor_row"),
    ]


def resolution(conflict: Conflict, keep_uid: str, text: str | None = None) -> Any:
    """The new version that ends a conflict: the kept one (or a combined text) superseding all."""
    chosen = next((v for v in conflict.versions if v.uid == keep_uid), None)
    if chosen is None:
        raise KeyError(keep_uid)
    others = sorted(v.uid for v in conflict.versions if v.uid != keep_uid)
    changes: dict[str, Any] = {
        "uid": r.new_uid(),
        "supersedes": keep_uid,
        "also_supersedes": others,
    }
    if text is not None:
        changes["text" if isinstance(chosen, r.LogEntry) else "effort"] = text
    if isinstance(chosen, r.LogEntry):
        changes["recorded_at"] = None
    return dataclasses.replace(chosen, **changes)


def normalised(case: r.Case) -> r.Case:
    """The case with every list in uid order: two merges compare equal when they hold the same."""
    lists = {k: sorted(getattr(case, k), key=lambda x: x.uid) for k in RECORD_LISTS}
    return replace(case, **lists)


def same_records(a: Iterable[Any], b: Iterable[Any]) -> bool:
    return sorted(_canonical(x) for x in a) == sorted(_canonical(x) for x in b)
