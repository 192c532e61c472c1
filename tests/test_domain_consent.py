"""Consent: one year at most, revocable, covers named parties, and who has to give it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.consent import (
    ConsentStatus,
    covering_consent,
    covers,
    current_consent,
    default_valid_until,
    lapses_on,
    missing_givers,
    required_givers,
    status,
    validate_consent,
)
from app.domain.messages import RuleViolation
from app.domain.records import (
    Case,
    Child,
    Consent,
    ConsentGiver,
    ConsentParty,
    Custodian,
    PartyKind,
    Person,
)

SIGNED = date(2026, 3, 1)


def consent(**changes) -> Consent:
    values = dict(
        purpose="Dele oplysninger om Hans' trivsel mellem børnehave, Familiehuset og psykiatrien.",
        signed_on=SIGNED,
        valid_until=date(2027, 3, 1),
        givers=[ConsentGiver(name="Lilly Hansen", relation="mor"),
                ConsentGiver(name="Ib Hansen", relation="far")],
        parties=[
            ConsentParty(kind=PartyKind.SCHOOL_DAYCARE, name="Børnehaven Solsikken"),
            ConsentParty(kind=PartyKind.CHILDREN_CASEWORKER, name=""),
        ],
    )
    values.update(changes)
    return Consent(**values)


def test_one_year_is_the_default_and_29_february_becomes_28_february():
    assert default_valid_until(date(2026, 3, 1)) == date(2027, 3, 1)
    assert default_valid_until(date(2024, 2, 29)) == date(2025, 2, 28)


def test_a_consent_longer_than_one_year_is_refused_with_the_law_and_the_latest_date():
    validate_consent(consent())
    with pytest.raises(RuleViolation) as caught:
        validate_consent(consent(valid_until=date(2027, 3, 2)))
    assert "BTI-materialet" in str(caught.value) and "01.03.2027" in str(caught.value)
    assert "§ 28, stk. 5" not in str(caught.value)  # the one year is BTI practice, not statute


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"purpose": " "}, "formålet"),
        ({"givers": []}, "hvem der giver"),
        ({"parties": []}, "mindst én part"),
        ({"valid_until": date(2026, 2, 28)}, "før det er givet"),
        ({"revoked_on": date(2026, 2, 1)}, "trækkes tilbage"),
    ],
)
def test_incomplete_consents_are_refused_in_plain_danish(changes, message):
    with pytest.raises(RuleViolation, match=message):
        validate_consent(consent(**changes))


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (date(2026, 2, 28), ConsentStatus.NOT_YET_VALID),
        (SIGNED, ConsentStatus.ACTIVE),
        (date(2027, 1, 29), ConsentStatus.ACTIVE),  # 31 days left
        (date(2027, 1, 30), ConsentStatus.EXPIRES_SOON),  # 30 days left
        (date(2027, 3, 1), ConsentStatus.EXPIRES_SOON),  # the last day
        (date(2027, 3, 2), ConsentStatus.EXPIRED),
    ],
)
def test_status_over_the_year(on, expected):
    assert status(consent(), on) is expected


def test_a_stored_end_date_beyond_one_year_still_lapses_after_one_year_by_law():
    too_long = consent(valid_until=date(2028, 1, 1))
    assert lapses_on(too_long) == date(2027, 3, 1)
    assert status(too_long, date(2027, 3, 2)) is ConsentStatus.EXPIRED


def test_revocation_ends_the_consent_from_its_date():
    revoked = consent(revoked_on=date(2026, 6, 1))
    assert status(revoked, date(2026, 5, 31)) is ConsentStatus.ACTIVE
    assert status(revoked, date(2026, 6, 1)) is ConsentStatus.REVOKED
    assert not covers(revoked, PartyKind.SCHOOL_DAYCARE, date(2026, 6, 1), "Børnehaven Solsikken")


def test_a_recipient_must_be_a_party_the_consent_names_by_kind_and_name():
    c = consent()
    on = date(2026, 5, 1)
    assert covers(c, "school_daycare", on, name="  børnehaven   SOLSIKKEN ")
    assert not covers(c, PartyKind.SCHOOL_DAYCARE, on)  # a kind alone is not enough
    assert not covers(c, PartyKind.SCHOOL_DAYCARE, on, name="")
    assert not covers(c, PartyKind.SCHOOL_DAYCARE, on, name="Skovbrynets Skole")
    assert not covers(c, PartyKind.HOSPITAL, on, name="Børnehaven Solsikken")  # wrong kind
    # a ticked kind without a name names no one: not Arne, and not the kind as a whole
    assert not covers(c, PartyKind.CHILDREN_CASEWORKER, on, name="Arne Andersen")
    assert not covers(c, PartyKind.CHILDREN_CASEWORKER, on)
    assert not covers(c, PartyKind.SCHOOL_DAYCARE, date(2027, 3, 2), "Børnehaven Solsikken")
    assert not covers(c, PartyKind.SCHOOL_DAYCARE, date(2026, 2, 1), "Børnehaven Solsikken")


def test_the_covering_consent_is_the_one_that_names_the_recipient_not_the_newest():
    school = consent(signed_on=date(2026, 1, 10), valid_until=date(2027, 1, 10))
    doctor = consent(
        signed_on=date(2026, 4, 1),
        valid_until=date(2027, 4, 1),
        parties=[ConsentParty(kind=PartyKind.GP, name="Lægehuset Nord")],
    )
    on = date(2026, 5, 1)
    assert current_consent([school, doctor], on) is doctor
    assert covering_consent([school, doctor], PartyKind.SCHOOL_DAYCARE, "Børnehaven Solsikken",
                            on) is school
    assert covering_consent([school, doctor], PartyKind.GP, "lægehuset nord", on) is doctor
    assert covering_consent([school, doctor], PartyKind.GP, None, on) is None


def case_with(child: Child) -> Case:
    return Case(
        child=child,
        custodians=[
            Custodian(name="Lilly Hansen", relation="mor"),
            Custodian(name="Ib Hansen", relation="far"),
            Custodian(name="Bente Hansen", relation="mormor", has_custody=False),
        ],
        created_by=Person(name="Olga Jensen"),
        created_on=date(2026, 1, 1),
    )


def test_every_custodian_with_custody_gives_consent_and_the_child_too_from_15():
    case = case_with(Child(name="Hans Hansen", cpr="150611-4321"))  # 15 on 15.06.2026
    before = required_givers(case, date(2026, 6, 14))
    assert [g.name for g in before] == ["Lilly Hansen", "Ib Hansen"]
    on_birthday = required_givers(case, date(2026, 6, 15))
    assert [g.name for g in on_birthday] == ["Lilly Hansen", "Ib Hansen", "Hans Hansen"]
    assert on_birthday[-1].is_child


def test_missing_givers_names_those_who_have_not_signed():
    case = case_with(Child(name="Hans Hansen", cpr="150611-4321"))
    c = consent(givers=[ConsentGiver(name="lilly hansen", relation="mor")])
    missing = missing_givers(c, case, date(2026, 7, 1))
    assert [g.name for g in missing] == ["Ib Hansen", "Hans Hansen"]
    c.givers.append(ConsentGiver(name="Hans", relation="barnet", is_child=True))
    assert [g.name for g in missing_givers(c, case, date(2026, 7, 1))] == ["Ib Hansen"]


def test_an_unborn_child_gives_no_consent():
    case = case_with(Child(name="Baby Hansen", expected_birth_date=date(2027, 1, 1)))
    assert all(not g.is_child for g in required_givers(case, date(2026, 6, 1)))


def test_current_consent_is_the_newest_in_force():
    old = consent(signed_on=date(2025, 4, 1), valid_until=date(2026, 4, 1))
    new = consent(signed_on=date(2026, 3, 15), valid_until=date(2027, 3, 15))
    revoked = consent(signed_on=date(2026, 3, 20), valid_until=date(2027, 3, 20),
                      revoked_on=date(2026, 3, 25))
    assert current_consent([old, new, revoked], date(2026, 3, 10)) is old
    assert current_consent([old, new, revoked], date(2026, 3, 22)) is revoked
    assert current_consent([old, new, revoked], date(2026, 4, 1)) is new
    assert current_consent([old], date(2026, 4, 2)) is None


ORDER = [ConsentStatus.NOT_YET_VALID, ConsentStatus.ACTIVE, ConsentStatus.EXPIRES_SOON,
         ConsentStatus.EXPIRED]


@settings(deadline=None)  # no time limits in unit tests
@given(
    signed=st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 1, 1)),
    length=st.integers(0, 400),
    first=st.integers(-400, 800),
    later=st.integers(0, 800),
)
def test_status_only_moves_forward_and_in_force_means_within_one_year(signed, length, first, later):
    c = consent(signed_on=signed, valid_until=signed + timedelta(days=length))
    a = status(c, signed + timedelta(days=first))
    b = status(c, signed + timedelta(days=first + later))
    assert ORDER.index(a) <= ORDER.index(b)
    on = signed + timedelta(days=first)
    if a.in_force:
        assert signed <= on <= default_valid_until(signed)
        assert covers(c, PartyKind.SCHOOL_DAYCARE, on, "Børnehaven Solsikken")
    else:
        assert not covers(c, PartyKind.SCHOOL_DAYCARE, on, "Børnehaven Solsikken")


PARTY_NAMES = st.sampled_from(["Børnehaven Solsikken", "Lægehuset Nord", "Arne Andersen", "", " "])


@settings(deadline=None)
@given(
    parties=st.lists(st.tuples(st.sampled_from(list(PartyKind)), PARTY_NAMES), min_size=1),
    kind=st.sampled_from(list(PartyKind)),
    name=st.one_of(st.none(), PARTY_NAMES, st.text(max_size=20)),
)
def test_covered_exactly_when_a_party_of_that_kind_has_that_name(parties, kind, name):
    from app.domain.baton import same_name

    c = consent(parties=[ConsentParty(kind=k, name=n) for k, n in parties])
    on = date(2026, 5, 1)
    expected = bool(name and name.strip()) and any(
        k == kind and n.strip() and same_name(n, name) for k, n in parties
    )
    assert covers(c, kind, on, name) is expected
    assert not covers(c, kind, on)  # a kind alone never


# -- edges and every refusal's message (issue 17) --------------------------------------------------


def test_a_consent_ending_or_revoked_on_its_signing_day_is_accepted():
    validate_consent(consent(valid_until=SIGNED))
    validate_consent(consent(revoked_on=SIGNED))
    one_day = consent(valid_until=SIGNED)
    assert status(one_day, SIGNED) is ConsentStatus.EXPIRES_SOON
    assert status(one_day, SIGNED + timedelta(days=1)) is ConsentStatus.EXPIRED
    assert status(consent(revoked_on=SIGNED), SIGNED) is ConsentStatus.REVOKED


def test_a_consent_ending_or_revoked_the_day_before_signing_is_refused_with_the_message():
    with pytest.raises(RuleViolation) as caught:
        validate_consent(consent(valid_until=SIGNED - timedelta(days=1)))
    assert str(caught.value) == "Samtykket kan ikke udløbe, før det er givet. Ret datoerne."
    with pytest.raises(RuleViolation) as caught:
        validate_consent(consent(revoked_on=SIGNED - timedelta(days=1)))
    assert str(caught.value) == (
        "Samtykket kan ikke trækkes tilbage, før det er givet. Ret datoen."
    )


def test_each_incomplete_consent_gets_its_full_danish_message():
    expected = {
        "purpose": ("\n", "Skriv formålet: hvad forældrene giver samtykke til."),
        "givers": ([], "Skriv hvem der giver samtykket."),
        "parties": ([], "Vælg mindst én part, som samtykket gælder for."),
    }
    for field, (value, message) in expected.items():
        with pytest.raises(RuleViolation) as caught:
            validate_consent(consent(**{field: value}))
        assert str(caught.value) == message
    with pytest.raises(RuleViolation) as caught:
        validate_consent(consent(valid_until=date(2027, 3, 2)))
    message = str(caught.value)  # the source it names is the module's legal source
    assert message.startswith("Et samtykke gælder højst et år (")
    assert message.endswith("). Vælg en slutdato senest 01.03.2027.")


def test_when_two_consents_cover_a_party_the_one_lasting_longest_is_used():
    older_longer = consent(signed_on=date(2026, 1, 10), valid_until=date(2027, 1, 10))
    newer_shorter = consent(signed_on=date(2026, 4, 1), valid_until=date(2026, 9, 1))
    on = date(2026, 5, 1)
    for order in ([older_longer, newer_shorter], [newer_shorter, older_longer]):
        assert covering_consent(order, PartyKind.SCHOOL_DAYCARE, "Børnehaven Solsikken",
                                on) is older_longer
        assert current_consent(order, on) is newer_shorter
    # equally long: the later signed one
    same_end_later = consent(signed_on=date(2026, 2, 1), valid_until=date(2027, 1, 10))
    for order in ([older_longer, same_end_later], [same_end_later, older_longer]):
        assert covering_consent(order, PartyKind.SCHOOL_DAYCARE, "Børnehaven Solsikken",
                                on) is same_end_later


def test_two_consents_signed_the_same_day_the_longer_one_is_current():
    short = consent(valid_until=date(2026, 6, 1))
    long = consent(valid_until=date(2027, 1, 1))
    for order in ([short, long], [long, short]):
        assert current_consent(order, date(2026, 4, 1)) is long


def test_a_child_of_15_who_signs_by_name_has_given_consent():
    case = case_with(Child(name="Hans Hansen", cpr="150611-4321"))
    c = consent(givers=[ConsentGiver(name="Lilly Hansen", relation="mor"),
                        ConsentGiver(name="Ib Hansen", relation="far"),
                        ConsentGiver(name="hans  hansen", relation="barnet")])
    assert missing_givers(c, case, date(2026, 7, 1)) == []
    # a custodian is found by name only: the child's box does not stand in for a parent
    c = consent(givers=[ConsentGiver(name="Lilly Hansen", relation="mor"),
                        ConsentGiver(name="Hans", relation="barnet", is_child=True)])
    assert [g.name for g in missing_givers(c, case, date(2026, 7, 1))] == ["Ib Hansen"]


# -- consent without drawing: each refusal says what is missing (issue 17) -----------------------


def test_each_incomplete_typed_consent_is_refused_with_what_is_missing():
    from datetime import UTC, datetime

    from app.domain.consent import validate_typed_consent
    from app.domain.records import ConsentGiver

    def typed(**changes) -> ConsentGiver:
        values = dict(name="Lilly Hansen", relation="mor", typed_name="Lilly Hansen", ticked=True,
                      witnessed_by="Arne Andersen",
                      witnessed_at=datetime(2026, 3, 1, 9, 30, tzinfo=UTC))
        values.update(changes)
        return ConsentGiver(**values)

    validate_typed_consent(typed())
    validate_typed_consent(typed(typed_name="  lilly  hansen "))  # the same name, typed loosely
    cases = [
        (typed(typed_name="  "),
         "Den, der giver samtykke uden underskrift, skal skrive sit navn."),
        (typed(typed_name="Karen Hansen"),
         "Det skrevne navn svarer ikke til navnet på den, der giver samtykke. Skriv navnet, som "
         "det står i sagen."),
        (typed(ticked=False),
         "Den, der giver samtykke uden underskrift, skal sætte kryds ved »Jeg giver samtykke«."),
        (typed(witnessed_by=" "),
         "Et samtykke uden underskrift skal bevidnes: udfyld din profil med dit navn."),
        (typed(witnessed_at=None),
         "Et samtykke uden underskrift skal bevidnes: udfyld din profil med dit navn."),
        # any one part of it makes it a typed consent that must be whole
        (ConsentGiver(name="Lilly Hansen", relation="mor", ticked=True),
         "Den, der giver samtykke uden underskrift, skal skrive sit navn."),
        (ConsentGiver(name="Lilly Hansen", relation="mor", witnessed_by="Arne Andersen"),
         "Den, der giver samtykke uden underskrift, skal skrive sit navn."),
        (ConsentGiver(name="Lilly Hansen", relation="mor",
                      witnessed_at=datetime(2026, 3, 1, 9, 30, tzinfo=UTC)),
         "Den, der giver samtykke uden underskrift, skal skrive sit navn."),
    ]
    for giver, message in cases:
        with pytest.raises(RuleViolation) as err:
            validate_typed_consent(giver)
        assert str(err.value) == message
    # a drawn signature (nothing typed, ticked or witnessed) is not this rule's business
    validate_typed_consent(ConsentGiver(name="Lilly Hansen", relation="mor"))
