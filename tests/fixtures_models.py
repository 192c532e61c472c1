"""Fixtures for the records tests: a CaseService on a real vault, small synthetic cases, and
hypothesis strategies for whole records.Case trees (odd Unicode, 29 February, long texts)."""

from __future__ import annotations

import dataclasses
import types
import typing
import uuid
from datetime import UTC, date, datetime, timedelta
from enum import Enum
from typing import Any

import pytest
from hypothesis import strategies as st

from app.domain import records as r
from app.domain.limits import NAME_CHARS, PNG_MAGIC, SHORT_FIELDS
from app.models.service import CaseService

OLGA = r.Person(name="Olga Jensen", organisation="Børnehaven Solsikken", role="stuepædagog")
ARNE = r.Person(name="Arne Andersen", organisation="Børn og Familie", role="sagsbehandler")
KIRSTEN = r.Person(name="Kirsten Petersen", organisation="Familiehuset", role="leder")


@pytest.fixture
def svc(vault) -> CaseService:  # noqa: ANN001 - app.vault.Vault from tests.fixtures_vault
    """The case service on a real, empty SQLCipher vault (migrations 0001 and 0002 applied)."""
    return CaseService(vault, actor="Olga Jensen")


@pytest.fixture
def case_id(svc: CaseService) -> int:
    """A fresh level-1 case for Hans Hansen (synthetic) created by Olga Jensen on 01.09.2025."""
    return svc.create_case(
        r.Child(name="Hans Hansen", cpr="120320-4235"),
        OLGA,
        custodians=[
            r.Custodian(name="Lilly Hansen", relation="mor"),
            r.Custodian(name="Ib Hansen", relation="far"),
        ],
        created_on=date(2025, 9, 1),
    )


# --- hypothesis strategies ------------------------------------------------------------------

ODD_TEXTS = [
    "",
    "Æble, øl og å",
    'Hans\' far sagde: "nej"',
    "👨‍👩‍👧‍👦 familie",
    "e\u0301 og \u200b usynligt mellemrum",
    "linje et\nlinje to\tmed tab\r\n",
    "العربية עברית",
    "x" * 5000,
    "\U0010fffd",
]

TEXT = st.one_of(
    st.text(
        alphabet=st.characters(codec="utf-8", exclude_categories=("Cc", "Cs"))
        | st.sampled_from("\n\t"),
        max_size=30,
    ),
    st.sampled_from(ODD_TEXTS),
)
# The range the app accepts: 1900 to 20 years ahead (validation.validate_date_range).
DATES = st.one_of(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2045, 12, 31)),
    st.sampled_from([date(2024, 2, 29), date(2000, 2, 29), date(2028, 2, 29)]),
)
MOMENTS = st.datetimes(
    min_value=datetime(1970, 1, 1), max_value=datetime(2045, 1, 1), timezones=st.just(UTC)
)


@st.composite
def cpr_numbers(draw: st.DrawFn) -> str:
    born = draw(st.dates(min_value=date(1937, 1, 1), max_value=date(2036, 12, 31)))
    first = draw(st.sampled_from("4" if born.year >= 2000 else "0123"))
    rest = draw(st.integers(0, 999))
    return f"{born:%d%m}{born.year % 100:02d}-{first}{rest:03d}"


def _strategy(tp: Any, name: str) -> st.SearchStrategy[Any]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [a for a in typing.get_args(tp) if a is not type(None)]
        return st.none() | _strategy(inner, name)
    if origin is list:
        (item,) = typing.get_args(tp)
        return st.lists(_strategy(item, name), max_size=2)
    if origin is dict:
        return st.dictionaries(NAMES, TEXT, max_size=2)  # keys: agenda points, questions
    if isinstance(tp, type) and issubclass(tp, Enum):
        return st.sampled_from(list(tp))
    if dataclasses.is_dataclass(tp):
        return records(tp)
    if tp is bool:
        return st.booleans()
    if tp is int:
        return st.integers(1, 5)
    if tp is date:
        return DATES
    if tp is datetime:
        return MOMENTS
    if tp is bytes:  # signatures are PNG images (checked on import and save)
        return st.binary(max_size=200).map(lambda b: PNG_MAGIC + b)
    if tp is str:
        if name == "cpr":
            return cpr_numbers()
        if name == "uid" or name.endswith("_uid") or name in ("supersedes", "also_supersedes"):
            return st.uuids().map(lambda u: u.hex)
        if name in SHORT_FIELDS:
            return TEXT.filter(lambda t: len(t) <= NAME_CHARS)
        return TEXT
    raise TypeError(tp)


def records(cls: type) -> st.SearchStrategy[Any]:
    hints = typing.get_type_hints(cls)
    return st.builds(
        cls,
        **{
            f.name: st.deferred(lambda f=f: _strategy(hints[f.name], f.name))
            for f in dataclasses.fields(cls)
        },
    )


def _renumber(value: Any, counter: list[int]) -> None:
    """Give every record a distinct uid (hypothesis likes repeating values)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            if f.name == "uid":
                counter[0] += 1
                value.uid = uuid.UUID(int=counter[0]).hex
            else:
                _renumber(getattr(value, f.name), counter)
    elif isinstance(value, list):
        for item in value:
            _renumber(item, counter)


def stored_like(case: r.Case, moment: datetime) -> r.Case:
    """As storage hands it back: every entry has recorded_at, the case has updated_at."""
    for entry in case.entries:
        if entry.recorded_at is None:
            entry.recorded_at = moment
    if case.updated_at is None:
        case.updated_at = moment
    return case


NAMES = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zs", "Zl", "Zp")),
    min_size=1,
    max_size=12,
)


@st.composite
def baton_histories(draw: st.DrawFn) -> list[r.BatonEvent]:
    """A history the baton rules accept: created, then offers that are answered or withdrawn."""
    names = draw(
        st.lists(NAMES, min_size=1, max_size=4, unique_by=lambda n: " ".join(n.casefold().split()))
    )
    people = [
        draw(records(r.Person).map(lambda p, n=n: dataclasses.replace(p, name=n))) for n in names
    ]
    on = draw(st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 1, 1)))
    events = [r.BatonEvent(kind=r.BatonEventKind.CREATED, on=on, person=people[0])]
    for person in people[1:]:
        on += timedelta(days=draw(st.integers(0, 400)))
        events.append(r.BatonEvent(kind=r.BatonEventKind.OFFERED, on=on, person=person))
        answer = draw(
            st.sampled_from(
                [r.BatonEventKind.ACCEPTED, r.BatonEventKind.DECLINED, r.BatonEventKind.WITHDRAWN]
            )
        )
        on += timedelta(days=draw(st.integers(0, 30)))
        events.append(r.BatonEvent(kind=answer, on=on, person=person, note=draw(TEXT)))
    return events


def _with_baton(case: r.Case, baton: list[r.BatonEvent]) -> r.Case:
    """Make the generated case one the domain rules accept (checked on import)."""
    case.baton = baton
    if not case.child.name.strip():
        case.child.name = "Barn"  # the app never stores a child without a name
    if not case.levels:
        case.levels = [r.LevelChange(on=case.created_on, level=r.Level.ONE)]
    for assessment in case.assessments:
        if assessment.scale is r.ScaleKind.PARENT:
            assessment.category = min(assessment.category, 4)
    for meeting in case.meetings[1:]:  # at most one § 49 a meeting, so no follow-up rules
        meeting.without_consent_49a = False
    for meeting in case.meetings[:1]:
        if meeting.without_consent_49a:
            meeting.follow_up_of_uid = None  # the first such meeting follows up nothing
    if case.closure is not None:  # closed by the holder, on the BTI conditions
        from app.domain.baton import BatonState

        holder = BatonState.from_events(baton).holder
        case.closure.closed_by = holder
        case.closure.reasons = [
            r.ClosureReason.THRIVING,
            r.ClosureReason.LOW_RISK,
            r.ClosureReason.DECIDED_TOGETHER,
        ]
        case.closure.closed_on = max(case.closure.closed_on, baton[-1].on)
        if not case.closure.explanation.strip():
            case.closure.explanation = "Barnet trives."
    _renumber(case, [0])
    return case


cases = st.builds(_with_baton, records(r.Case), baton_histories())
