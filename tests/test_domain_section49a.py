"""§ 49 a: one meeting without consent per child, and one follow-up in special cases."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.domain.messages import RuleViolation
from app.domain.records import Meeting
from app.domain.section49a import check_meetings, check_new_meeting, meetings_left


def meeting(day: int, *, without_consent: bool = True, follow_up_of: str | None = None) -> Meeting:
    return Meeting(
        starts_at=datetime(2026, 3, day, 9, 0, tzinfo=UTC),
        place="Skovbrynets Skole",
        without_consent_49a=without_consent,
        follow_up_of_uid=follow_up_of,
    )


def test_the_first_meeting_without_consent_is_allowed():
    check_new_meeting([meeting(1, without_consent=False)])
    assert meetings_left([]) == 2


def test_the_first_meeting_cannot_be_a_follow_up():
    with pytest.raises(RuleViolation, match="intet tidligere møde"):
        check_new_meeting([], follow_up_of="abc")


def test_a_second_meeting_is_allowed_only_as_follow_up_of_the_first():
    first = meeting(1)
    check_new_meeting([first], follow_up_of=first)
    check_new_meeting([first], follow_up_of=first.uid)
    with pytest.raises(RuleViolation, match="kun tilladt som opfølgning"):
        check_new_meeting([first])
    with pytest.raises(RuleViolation, match="følge op på det første"):
        check_new_meeting([first], follow_up_of="another-uid")


def test_a_third_meeting_is_refused_with_the_reason():
    first = meeting(1)
    second = meeting(8, follow_up_of=first.uid)
    assert meetings_left([first, second]) == 0
    with pytest.raises(RuleViolation) as caught:
        check_new_meeting([first, second, meeting(9, without_consent=False)], follow_up_of=second)
    assert "samtykke" in str(caught.value) and "opfølgende" in str(caught.value)


def test_meetings_with_consent_do_not_count():
    first = meeting(1)
    ordinary = [meeting(d, without_consent=False) for d in range(2, 9)]
    check_new_meeting([first, *ordinary], follow_up_of=first)


def test_a_whole_imported_list_is_checked_in_date_order():
    first = meeting(1)
    check_meetings([meeting(5, follow_up_of=first.uid), first])
    with pytest.raises(RuleViolation):
        check_meetings([first, meeting(5)])


def test_meetings_without_a_time_zone_are_ordered_with_the_others():
    naive = Meeting(starts_at=datetime(2026, 2, 1, 9, 0), place="Skolen", without_consent_49a=True)
    later = meeting(1, follow_up_of=naive.uid)
    check_meetings([later, naive])


def _ssd_meeting(*participants):
    from datetime import UTC, datetime

    from app.domain.records import Meeting

    return Meeting(
        starts_at=datetime(2026, 3, 1, 9, tzinfo=UTC),
        place="Skolen",
        without_consent_49a=True,
        participants=list(participants),
    )


def test_only_ssd_parties_take_part_in_a_meeting_without_consent():
    from app.domain.records import Participant
    from app.domain.section49a import check_parties

    school = Participant(name="Bente Holm", organisation="Skovbakkeskolen", role="klasselærer")
    nurse = Participant(name="Rikke Lund", organisation="Sundhedsplejen")
    daycare = Participant(name="Olga Jensen", organisation="Børnehaven Mælkebøtten")
    social = Participant(name="Arne Andersen", organisation="Børn og Familie", role="sagsbehandler")
    mother = Participant(name="Lilly Hansen", is_family=True)
    check_parties(_ssd_meeting(school, nurse, daycare, social, mother))
    doctor = Participant(name="Jens Due", organisation="Lægehuset", role="praktiserende læge")
    court = Participant(name="Eva Ravn", organisation="Familieretshuset", role="rådgiver")
    with pytest.raises(RuleViolation, match="Deltager nr. 2, 4") as err:
        check_parties(_ssd_meeting(school, doctor, daycare, court))
    assert "Jens" not in str(err.value) and "tidl. serviceloven § 49 a" in str(err.value)
    ordinary = _ssd_meeting(doctor)
    ordinary.without_consent_49a = False
    check_parties(ordinary)  # with consent anyone the consent names may take part


# -- every refusal with its Danish message (issue 17) ----------------------------------------------


def test_after_one_meeting_without_consent_one_follow_up_is_left():
    first = meeting(1)
    assert meetings_left([first, meeting(2, without_consent=False)]) == 1


def test_each_refusal_explains_the_rule_in_danish():
    first = meeting(1)
    with pytest.raises(RuleViolation) as caught:
        check_new_meeting([], follow_up_of=first)
    assert str(caught.value) == (
        "Der er intet tidligere møde uden samtykke at følge op på. Det første møde kan ikke "
        "være en opfølgning."
    )
    with pytest.raises(RuleViolation) as caught:
        check_new_meeting([first])
    assert str(caught.value) == (
        "Der har allerede været et møde uden samtykke om barnet. Et nyt møde uden samtykke er "
        "kun tilladt som opfølgning på det første, i særlige tilfælde. Marker mødet som "
        "opfølgning, eller bed forældrene om samtykke."
    )
    with pytest.raises(RuleViolation) as caught:
        check_new_meeting([first], follow_up_of=meeting(2))
    assert str(caught.value) == (
        "Et opfølgende møde uden samtykke skal følge op på det første møde uden samtykke om "
        "barnet."
    )
    second = meeting(8, follow_up_of=first.uid)
    with pytest.raises(RuleViolation) as caught:
        check_new_meeting([first, second])
    message = str(caught.value)  # the paragraph it names is app.domain's legal source
    assert message.startswith("Der har allerede været et møde uden samtykke ")
    assert "og et opfølgende møde" in message
    assert message.endswith("Loven tillader ikke flere. Bed forældrene om samtykke.")


def test_a_follow_up_must_follow_the_earliest_meeting_not_a_later_one_with_consent():
    first = meeting(1)
    ordinary = meeting(3, without_consent=False)
    with pytest.raises(RuleViolation):
        check_new_meeting([ordinary, first], follow_up_of=ordinary)
    check_new_meeting([ordinary, first], follow_up_of=first)


def test_never_fewer_than_no_meetings_left_even_when_two_laptops_each_held_one():
    first = meeting(1)
    merged = [first, meeting(8, follow_up_of=first.uid), meeting(9, follow_up_of=first.uid)]
    assert meetings_left(merged) == 0
