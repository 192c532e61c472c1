"""CPR numbers, Danish dates, ages and free text: what the user may type and what is refused."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.messages import ValidationError
from app.domain.records import Child
from app.domain.validation import (
    Cpr,
    age_on,
    birth_date_from_cpr,
    format_date,
    parse_cpr,
    parse_danish_date,
    validate_child,
    validate_date_range,
    validate_text,
)

TODAY = date(2026, 11, 23)


# -- CPR -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "normalised", "born"),
    [
        ("060907-1234", "060907-1234", date(1907, 9, 6)),  # 7th digit 0–3: 1900s
        ("0609071234", "060907-1234", date(1907, 9, 6)),  # ten digits without dash
        ("  060907-1234 ", "060907-1234", date(1907, 9, 6)),
        ("060907-4234", "060907-4234", date(2007, 9, 6)),  # 4 and year ≤ 36: 2000s
        ("010260-4234", "010260-4234", date(1960, 2, 1)),  # 4 and year ≥ 37: 1900s
        ("010236-9999", "010236-9999", date(2036, 2, 1)),
        ("010237-9999", "010237-9999", date(1937, 2, 1)),
        ("010257-5000", "010257-5000", date(2057, 2, 1)),  # 5–8 and year ≤ 57: 2000s
        ("010258-8000", "010258-8000", date(1858, 2, 1)),  # 5–8 and year ≥ 58: 1800s
        ("290200-4000", "290200-4000", date(2000, 2, 29)),  # leap day in 2000
    ],
)
def test_parse_cpr_accepts_real_dates_and_normalises_to_the_dashed_form(text, normalised, born):
    cpr = parse_cpr(text)
    assert cpr.value == normalised
    assert str(cpr) == normalised
    assert cpr.birth_date == born
    assert birth_date_from_cpr(text) == born


@pytest.mark.parametrize(
    "text",
    [
        "123456-7891",  # the handbook's example: month 34 does not exist
        "320107-1234",  # day 32
        "290200-0000",  # 1900 was no leap year
        "290201-4000",  # 2001 neither
        "000107-1234",
        "060907-123",  # nine digits
        "06090712345",  # eleven digits
        "0609-071234",
        "abcdef-ghij",
        "",
        "٠٦٠٩٠٧-١٢٣٤",  # Arabic-Indic digits are not CPR digits
    ],
)
def test_parse_cpr_refuses_wrong_numbers_with_a_message_that_never_repeats_the_number(text):
    with pytest.raises(ValidationError) as caught:
        parse_cpr(text, "barnets cpr-nummer")
    message = str(caught.value)
    assert "barnets cpr-nummer" in message
    digits = "".join(ch for ch in text if ch.isdigit())
    assert not digits or digits not in message.replace("-", "")
    assert caught.value.field == "barnets cpr-nummer"


def test_cpr_repr_hides_the_number():
    cpr = parse_cpr("060907-1234")
    assert "0609" not in repr(cpr) and "1234" not in repr(cpr)
    assert "0609" not in repr([cpr])


def _seventh_digits(year: int) -> list[int]:
    digits = []
    if 1900 <= year <= 1999:
        digits += [0, 1, 2, 3]
    if 2000 <= year <= 2036 or 1937 <= year <= 1999:
        digits += [4, 9]
    if 2000 <= year <= 2057 or 1858 <= year <= 1899:
        digits += [5, 6, 7, 8]
    return digits


@settings(deadline=None)  # no time limits in unit tests
@given(
    born=st.dates(min_value=date(1858, 1, 1), max_value=date(2057, 12, 31)),
    data=st.data(),
    rest=st.integers(0, 999),
    dashed=st.booleans(),
)
def test_every_real_birth_date_round_trips_through_a_cpr_number(born, data, rest, dashed):
    seventh = data.draw(st.sampled_from(_seventh_digits(born.year)))
    digits = f"{born:%d%m}{born.year % 100:02d}"
    serial = f"{seventh}{rest:03d}"
    cpr = parse_cpr(f"{digits}-{serial}" if dashed else digits + serial)
    assert cpr.birth_date == born
    assert cpr.value == f"{digits}-{serial}"
    assert parse_cpr(cpr.value) == cpr


@settings(deadline=None)  # no time limits in unit tests
@given(day=st.integers(0, 99), month=st.integers(0, 99), year=st.integers(0, 99),
       serial=st.integers(0, 9999))
def test_impossible_dates_are_refused_and_possible_ones_accepted(day, month, year, serial):
    text = f"{day:02d}{month:02d}{year:02d}-{serial:04d}"
    seventh = serial // 1000
    century = {0: 1900, 1: 1900, 2: 1900, 3: 1900}.get(seventh)
    if century is None:
        if seventh in (4, 9):
            century = 2000 if year <= 36 else 1900
        else:
            century = 2000 if year <= 57 else 1800
    try:
        expected = date(century + year, month, day)
    except ValueError:
        with pytest.raises(ValidationError):
            parse_cpr(text)
    else:
        assert parse_cpr(text).birth_date == expected


# -- ages and children -----------------------------------------------------------------------------


def test_age_counts_whole_years_and_a_leap_day_birthday_counts_on_first_march():
    child = Child(name="Hans Hansen", cpr="290204-4321")  # 29.02.2004
    assert age_on(child, date(2022, 2, 28)) == 17
    assert age_on(child, date(2022, 3, 1)) == 18
    assert age_on(child, date(2024, 2, 29)) == 20
    assert age_on(child, date(2004, 2, 28)) is None  # not born yet


def test_age_of_an_unborn_child_is_unknown_until_the_expected_date():
    child = Child(name="Baby Hansen", expected_birth_date=date(2027, 3, 1))
    assert age_on(child, TODAY) is None
    assert age_on(Child(name="Uden cpr"), TODAY) is None


def test_young_people_up_to_and_including_23_may_have_a_log():
    born = date(2003, 1, 15)  # 23 on 15.01.2026, 24 on 15.01.2027
    cpr = f"{born:%d%m}03-4111"
    validate_child(Child(name="Ung Person", cpr=cpr), date(2027, 1, 14))
    with pytest.raises(ValidationError) as caught:
        validate_child(Child(name="Ung Person", cpr=cpr), date(2027, 1, 15))
    assert "23" in str(caught.value)


def test_a_cpr_number_from_the_future_is_refused():
    with pytest.raises(ValidationError, match="fremtiden"):
        validate_child(Child(name="Hans", cpr="010130-4000"), TODAY)


def test_unborn_child_needs_a_sensible_expected_date_and_no_cpr_number():
    validate_child(Child(name="Baby", expected_birth_date=TODAY + timedelta(days=120)), TODAY)
    with pytest.raises(ValidationError) as caught:
        validate_child(Child(name="Baby", expected_birth_date=TODAY + timedelta(days=400)), TODAY)
    assert caught.value.field == "forventet fødselsdato"
    with pytest.raises(ValidationError):
        validate_child(Child(name="Baby", expected_birth_date=date(2020, 1, 1)), TODAY)
    with pytest.raises(ValidationError, match="forventet fødselsdato"):
        validate_child(
            Child(name="Baby", cpr="060907-4234", expected_birth_date=TODAY), TODAY
        )


def test_a_child_needs_a_name():
    with pytest.raises(ValidationError, match="barnets navn"):
        validate_child(Child(name="   ", cpr="060907-4234"), TODAY)


def test_a_wrong_cpr_on_a_child_names_the_field():
    with pytest.raises(ValidationError) as caught:
        validate_child(Child(name="Hans", cpr="123456-7891"), TODAY)
    assert caught.value.field == "barnets cpr-nummer"
    assert "7891" not in str(caught.value)


# -- dates -----------------------------------------------------------------------------------------


def test_dates_before_1900_or_absurdly_late_are_refused():
    assert validate_date_range(date(2007, 9, 6), "oprettet", today=TODAY) == date(2007, 9, 6)
    with pytest.raises(ValidationError, match="01.01.1900"):
        validate_date_range(date(1899, 12, 31), "oprettet", today=TODAY)
    with pytest.raises(ValidationError, match="oprettet"):
        validate_date_range(date(2226, 11, 23), "oprettet", today=TODAY)
    with pytest.raises(ValidationError):
        validate_date_range(date(2026, 12, 1), "mødedato", latest=date(2026, 11, 30))


@pytest.mark.parametrize(
    ("text", "expected"),
    [("06.09.2007", date(2007, 9, 6)), ("6.9.2007", date(2007, 9, 6)),
     (" 29.02.2024 ", date(2024, 2, 29)), ("31.12.1999", date(1999, 12, 31))],
)
def test_danish_dates_are_read(text, expected):
    assert parse_danish_date(text) == expected


@pytest.mark.parametrize(
    "text", ["31.02.2024", "29.02.2023", "2007-09-06", "06/09/2007", "6.9.07", "", "00.01.2020"]
)
def test_impossible_or_foreign_dates_are_refused_with_the_field_name(text):
    with pytest.raises(ValidationError) as caught:
        parse_danish_date(text, "mødedato")
    assert "mødedato" in str(caught.value)


@settings(deadline=None)  # no time limits in unit tests
@given(st.dates(min_value=date(1000, 1, 1)))
def test_format_and_parse_danish_dates_round_trip(value):
    text = format_date(value)
    assert len(text) == 10 and text[2] == "." and text[5] == "."
    assert parse_danish_date(text) == value


# -- text ------------------------------------------------------------------------------------------


def test_a_100000_character_note_with_odd_unicode_is_fine():
    note = ("Mor fortæller, at Hans sover dårligt. Ærø, Øresund, Åbenrå 😀 ñ ü\n\t" * 1700)[:100_000]
    assert validate_text(note, "notat") == note


def test_text_over_a_million_characters_is_refused_with_the_length():
    with pytest.raises(ValidationError) as caught:
        validate_text("a" * 1_000_001, "notat")
    assert "1.000.001" in str(caught.value) and "notat" in str(caught.value)


@pytest.mark.parametrize("bad", ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\ud800"])
def test_control_characters_are_refused_but_newlines_and_tabs_are_not(bad):
    validate_text("linje 1\nlinje 2\r\n\tindrykket", "notat")
    with pytest.raises(ValidationError) as caught:
        validate_text(f"Mor ringede{bad} i går", "notat")
    assert "tegn nummer 12" in str(caught.value)


def test_required_text_must_not_be_blank():
    with pytest.raises(ValidationError, match="formål"):
        validate_text(" \n ", "formål", required=True)


def test_non_text_is_refused_clearly():
    with pytest.raises(ValidationError, match="tekst"):
        validate_text(None, "notat")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        parse_cpr(1234567890)  # type: ignore[arg-type]


def test_cpr_objects_compare_by_value():
    assert parse_cpr("0609071234") == Cpr(value="060907-1234", birth_date=date(1907, 9, 6))


# -- every limit at its edge and one step past (issue 17) ------------------------------------------


def test_a_newborn_whose_cpr_birth_date_is_today_is_accepted_and_tomorrow_is_refused():
    today_cpr = f"{TODAY:%d%m%y}-4111"
    validate_child(Child(name="Nyfødt Barn", cpr=today_cpr), TODAY)
    with pytest.raises(ValidationError) as caught:
        validate_child(Child(name="Nyfødt Barn", cpr=today_cpr), TODAY - timedelta(days=1))
    assert str(caught.value) == "Fødselsdatoen i barnets cpr-nummer ligger i fremtiden."
    assert caught.value.field == "barnets cpr-nummer"


def test_the_oldest_allowed_age_is_23_on_the_day_before_the_24th_birthday():
    born = date(2002, 11, 23)  # 24 on TODAY
    cpr = f"{born:%d%m%y}-4111"
    validate_child(Child(name="Ung Person", cpr=cpr), TODAY - timedelta(days=1))
    with pytest.raises(ValidationError) as caught:
        validate_child(Child(name="Ung Person", cpr=cpr), TODAY)
    assert str(caught.value) == (
        "En stafetlog kan kun oprettes for børn og unge til og med 23 år. "
        "Cpr-nummeret viser en ældre person."
    )


def test_a_cpr_number_and_an_expected_birth_date_together_are_refused_with_the_message():
    with pytest.raises(ValidationError) as caught:
        validate_child(Child(name="Baby", cpr="060907-4234", expected_birth_date=TODAY), TODAY)
    assert str(caught.value) == (
        "Et barn med cpr-nummer har ingen forventet fødselsdato. Fjern datoen."
    )
    assert caught.value.field == "forventet fødselsdato"


_UNBORN_REFUSED = (
    "Den forventede fødselsdato skal ligge inden for de næste 300 dage. "
    "Er barnet født, så skriv cpr-nummeret i stedet."
)


@pytest.mark.parametrize("days", [300, 0, -366])
def test_an_expected_birth_date_at_the_edge_of_the_unborn_window_is_accepted(days):
    validate_child(Child(name="Baby", expected_birth_date=TODAY + timedelta(days=days)), TODAY)


@pytest.mark.parametrize("days", [301, -367])
def test_an_expected_birth_date_one_day_outside_the_unborn_window_is_refused(days):
    with pytest.raises(ValidationError) as caught:
        validate_child(Child(name="Baby", expected_birth_date=TODAY + timedelta(days=days)), TODAY)
    assert str(caught.value) == _UNBORN_REFUSED
    assert caught.value.field == "forventet fødselsdato"


def test_a_child_without_cpr_or_expected_date_is_accepted_for_now():
    validate_child(Child(name="Barn Uden Cpr"), TODAY)


def test_a_blank_child_name_is_refused_with_the_message():
    with pytest.raises(ValidationError) as caught:
        validate_child(Child(name=" \t ", expected_birth_date=TODAY), TODAY)
    assert str(caught.value) == "Feltet barnets navn skal udfyldes."
    assert caught.value.field == "barnets navn"


def test_a_child_name_of_500_characters_is_accepted_and_501_refused():
    validate_child(Child(name="A" * 500, cpr="060907-4234"), TODAY)
    with pytest.raises(ValidationError) as caught:
        validate_child(Child(name="A" * 501, cpr="060907-4234"), TODAY)
    assert str(caught.value) == (
        "Teksten i feltet barnets navn er for lang (501 tegn). Der er plads til 500 tegn."
    )


@pytest.mark.parametrize(
    ("text", "born"),
    [("010199-3999", date(1999, 1, 1)),  # 7th digit 3: still the 1900s
     ("010136-4999", date(2036, 1, 1)),  # 7th digit 4 and year 36: 2000s
     ("010199-9999", date(1999, 1, 1)),  # 7th digit 9 and year 99: 1900s
     ("010100-9000", date(2000, 1, 1))],
)
def test_the_century_table_at_its_edges(text, born):
    assert parse_cpr(text).birth_date == born


def test_a_wrong_cpr_number_gets_the_form_message_and_an_impossible_date_its_own():
    with pytest.raises(ValidationError) as caught:
        parse_cpr("06090-71234", "barnets cpr-nummer")
    assert str(caught.value) == (
        "Feltet barnets cpr-nummer skal have formen DDMMÅÅ-XXXX: ti cifre, gerne med "
        "bindestreg efter de første seks."
    )
    with pytest.raises(ValidationError) as caught:
        parse_cpr("320107-1234", "barnets cpr-nummer")
    assert str(caught.value) == (
        "Feltet barnets cpr-nummer indeholder ikke en rigtig dato i de første seks cifre."
    )
    with pytest.raises(ValidationError) as caught:
        parse_cpr(None, "barnets cpr-nummer")  # type: ignore[arg-type]
    assert str(caught.value) == "Feltet barnets cpr-nummer skal være tekst."


def test_the_earliest_date_is_accepted_and_the_day_before_refused():
    assert validate_date_range(date(1900, 1, 1), "oprettet", today=TODAY) == date(1900, 1, 1)
    with pytest.raises(ValidationError) as caught:
        validate_date_range(date(1899, 12, 31), "oprettet", today=TODAY)
    assert str(caught.value) == "Datoen i feltet oprettet må ikke ligge før 01.01.1900."
    assert caught.value.field == "oprettet"


def test_a_date_exactly_20_years_ahead_is_accepted_and_the_next_day_refused():
    edge = date(2046, 11, 23)
    assert validate_date_range(edge, "frist", today=TODAY) == edge
    with pytest.raises(ValidationError) as caught:
        validate_date_range(edge + timedelta(days=1), "frist", today=TODAY)
    assert str(caught.value) == "Datoen i feltet frist må ikke ligge efter 23.11.2046."
    assert caught.value.field == "frist"


def test_without_today_the_20_year_limit_counts_from_the_real_today():
    real_today = date.today()
    edge = real_today.replace(year=real_today.year + 20) if (real_today.month, real_today.day) != (
        2, 29) else date(real_today.year + 20, 2, 28)
    assert validate_date_range(edge, "frist") == edge
    with pytest.raises(ValidationError):
        validate_date_range(edge + timedelta(days=1), "frist")


def test_an_explicit_latest_date_is_itself_allowed():
    latest = date(2026, 11, 30)
    assert validate_date_range(latest, "mødedato", latest=latest) == latest
    with pytest.raises(ValidationError) as caught:
        validate_date_range(latest + timedelta(days=1), "mødedato", latest=latest)
    assert str(caught.value) == "Datoen i feltet mødedato må ikke ligge efter 30.11.2026."


def test_text_of_exactly_a_million_characters_is_accepted():
    text = "a" * 1_000_000
    assert validate_text(text, "notat") is text


def test_the_length_limit_of_a_field_is_exact_and_named_in_the_message():
    assert validate_text("abc", "navn", max_chars=3) == "abc"
    with pytest.raises(ValidationError) as caught:
        validate_text("abcd", "navn", max_chars=3)
    assert str(caught.value) == (
        "Teksten i feltet navn er for lang (4 tegn). Der er plads til 3 tegn."
    )


def test_blank_text_is_fine_when_the_field_is_not_required():
    assert validate_text("   ", "notat") == "   "
    assert validate_text("", "notat") == ""
    assert validate_text(" x ", "formål", required=True) == " x "


def test_refusals_of_text_say_so_in_plain_danish():
    with pytest.raises(ValidationError) as caught:
        validate_text(" \n ", "formål", required=True)
    assert str(caught.value) == "Feltet formål skal udfyldes."
    with pytest.raises(ValidationError) as caught:
        validate_text(None, "notat")  # type: ignore[arg-type]
    assert str(caught.value) == "Feltet notat skal være tekst."
    with pytest.raises(ValidationError) as caught:
        validate_text("\x00", "notat")
    assert str(caught.value) == (
        "Feltet notat indeholder et usynligt styretegn (tegn nummer 1). "
        "Skriv teksten igen eller indsæt den som ren tekst."
    )


def test_danish_date_refusals_say_what_is_wrong():
    with pytest.raises(ValidationError) as caught:
        parse_danish_date("2007-09-06", "mødedato")
    assert str(caught.value) == (
        "Skriv datoen i feltet mødedato som dd.mm.åååå, for eksempel 06.09.2007."
    )
    with pytest.raises(ValidationError) as caught:
        parse_danish_date("31.02.2024", "mødedato")
    assert str(caught.value) == "Datoen i feltet mødedato findes ikke i kalenderen."
    with pytest.raises(ValidationError) as caught:
        parse_danish_date(None, "mødedato")  # type: ignore[arg-type]
    assert caught.value.field == "mødedato"


def test_a_child_is_zero_years_old_on_the_day_it_is_born():
    child = Child(name="Nyfødt Barn", cpr="231126-4111")  # 23.11.2026
    assert age_on(child, date(2026, 11, 23)) == 0
    assert age_on(child, date(2026, 11, 22)) is None
