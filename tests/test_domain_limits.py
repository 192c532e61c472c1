"""The table of field sizes every stored or imported record meets (app.domain.limits): each limit
exactly at its edge and one past it, and every refusal with its Danish message (issue 17)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.domain import limits
from app.domain.limits import (
    BadCpr,
    BadId,
    NotAPicture,
    TooMany,
    VersionLoop,
    check_record,
    check_versions,
)
from app.domain.messages import ValidationError
from app.domain.records import (
    ActorRow,
    Child,
    ConsentGiver,
    LogEntry,
    LogSection,
    Meeting,
    Observation,
    Person,
)

TODAY = date(2026, 11, 23)
UID = "0123456789abcdef0123456789abcdef"


def refusal(value, path: str = "sag") -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        check_record(value, path, today=TODAY)
    return caught.value


def entry(**changes) -> LogEntry:
    values = dict(section=LogSection.REVIEW, entry_date=date(2026, 11, 2), text="Tages op igen")
    values.update(changes)
    return LogEntry(**values)


def test_a_name_holds_500_characters_and_not_501():
    check_record(Person(name="a" * limits.NAME_CHARS), "person", today=TODAY)
    err = refusal(Person(name="a" * (limits.NAME_CHARS + 1)), "person")
    assert err.field == "person.name"
    assert str(err) == ("Teksten i feltet person.name er for lang (501 tegn). "
                        "Der er plads til 500 tegn.")


def test_a_note_holds_20000_characters_and_not_20001():
    check_record(entry(text="a" * limits.TEXT_CHARS), "sag.entries[0]", today=TODAY)
    err = refusal(entry(text="a" * (limits.TEXT_CHARS + 1)), "sag.entries[0]")
    assert err.field == "sag.entries[0].text"
    assert "(20.001 tegn)" in str(err) and "plads til 20.000 tegn" in str(err)


def test_every_short_field_is_held_to_the_name_size_and_other_text_to_the_note_size():
    assert {f: limits.chars_allowed(f) for f in ("actor", "who", "cpr", "text", "effort")} == {
        "actor": 500, "who": 500, "cpr": 500, "text": 20_000, "effort": 20_000}
    assert all(limits.chars_allowed(f) == 500 for f in limits.SHORT_FIELDS)
    row = ActorRow(actor="a" * 501, changed_on=TODAY, effort="b" * 20_000)
    assert refusal(row, "row").field == "row.actor"


def test_a_form_answer_key_holds_200_characters_and_not_201_and_is_named_by_position():
    ok = Observation(observed_on=TODAY, observer="Olga Jensen", workplace="Skolen",
                     answers={"k" * limits.KEY_CHARS: "svar"})
    check_record(ok, "obs", today=TODAY)
    long_key = Observation(observed_on=TODAY, observer="Olga Jensen", workplace="Skolen",
                           answers={"a": "svar", "k" * (limits.KEY_CHARS + 1): "svar"})
    err = refusal(long_key, "obs")
    assert err.field == "obs.answers[1]"  # the key itself may be personal text: never repeated
    assert "k" * 10 not in str(err) and "plads til 200 tegn" in str(err)
    blank = Observation(observed_on=TODAY, observer="Olga Jensen", workplace="Skolen",
                        answers={" ": "svar"})
    assert str(refusal(blank, "obs")) == "Feltet obs.answers[0] skal udfyldes."


def test_a_list_of_short_texts_holds_500_items_and_not_501():
    ok = Meeting(starts_at=datetime(2026, 11, 2, 9), place="Skolen",
                 agenda=["punkt"] * limits.WORDS_ITEMS)
    check_record(ok, "m", today=TODAY)
    too_many = Meeting(starts_at=datetime(2026, 11, 2, 9), place="Skolen",
                       agenda=["punkt"] * (limits.WORDS_ITEMS + 1))
    err = refusal(too_many, "m")
    assert isinstance(err, TooMany) and err.field == "m.agenda"
    assert str(err) == "Listen m.agenda har for mange punkter (højst 500)."


def test_a_list_of_records_or_ids_holds_10000_items_and_not_10001():
    check_record([Person(name="x")] * limits.LIST_ITEMS, "personer", today=TODAY)
    err = refusal([Person(name="x")] * (limits.LIST_ITEMS + 1), "personer")
    assert isinstance(err, TooMany) and str(err) == (
        "Listen personer har for mange punkter (højst 10.000).")
    # ids are strings but not short texts: the record limit holds for them
    check_record(entry(also_supersedes=[UID] * (limits.WORDS_ITEMS + 1)), "e", today=TODAY)
    err = refusal(entry(also_supersedes=[UID] * (limits.LIST_ITEMS + 1)), "e")
    assert err.field == "e.also_supersedes"


def test_a_dict_holds_500_keys_and_not_501():
    answers = {f"q{i}": "svar" for i in range(limits.WORDS_ITEMS)}
    check_record(Observation(observed_on=TODAY, observer="O", workplace="S", answers=answers),
                 "obs", today=TODAY)
    answers["one more"] = "svar"
    err = refusal(Observation(observed_on=TODAY, observer="O", workplace="S", answers=answers),
                  "obs")
    assert isinstance(err, TooMany) and err.field == "obs.answers"
    assert "højst 500" in str(err)


def test_each_item_is_checked_and_named_by_its_place_in_the_list():
    people = [Person(name="a"), Person(name="b"), Person(name="c\x00")]
    err = refusal(people, "sag.personer")
    assert err.field == "sag.personer[2].name"
    assert str(err) == ("Feltet sag.personer[2].name indeholder et usynligt styretegn "
                        "(tegn nummer 2). Skriv teksten igen eller indsæt den som ren tekst.")
    err = refusal({"a": "ok", "b": "x\x07"}, "svar")
    assert err.field == "svar[1]"


def test_a_signature_is_a_png_of_at_most_2_mb():
    png = limits.PNG_MAGIC + b"\x00" * (limits.SIGNATURE_BYTES - len(limits.PNG_MAGIC))
    assert len(png) == 2_000_000
    check_record(ConsentGiver(name="Lilly Hansen", relation="mor", signature_png=png), "giver",
                 today=TODAY)
    for bad in (png + b"\x00", b"GIF89a" + b"\x00" * 10, limits.PNG_MAGIC[:-1]):
        err = refusal(ConsentGiver(name="Lilly Hansen", relation="mor", signature_png=bad),
                      "giver")
        assert isinstance(err, NotAPicture) and err.field == "giver.signature_png"
        assert str(err) == ("Feltet giver.signature_png skal være et billede i PNG-format "
                            "på højst 2 MB.")


def test_ids_are_32_lowercase_hex_characters():
    check_record(entry(uid=UID, supersedes=UID, about_uid=UID), "e", today=TODAY)
    for field, bad in (("uid", UID.upper()), ("supersedes", UID[:-1]), ("about_uid", UID + "0"),
                       ("uid", "g" * 32)):
        err = refusal(entry(**{field: bad}), "e")
        assert isinstance(err, BadId) and err.field == f"e.{field}"
        assert str(err) == f"Feltet e.{field} skal være et id på 32 tegn (0-9 og a-f)."
    err = refusal(entry(also_supersedes=[UID, "x"]), "e")
    assert isinstance(err, BadId) and err.field == "e.also_supersedes[1]"


def test_a_cpr_field_has_exactly_the_form_ddmmyy_xxxx():
    check_record(Child(name="Hans", cpr="211108-4235"), "barn", today=TODAY)
    for bad in ("2111084235", "211108-42351", " 211108-4235", "211108-423a"):
        err = refusal(Child(name="Hans", cpr=bad), "barn")
        assert isinstance(err, BadCpr) and err.field == "barn.cpr"
        assert str(err) == "Feltet barn.cpr skal have formen DDMMÅÅ-XXXX og intet andet."


def test_dates_and_moments_are_held_to_the_date_range():
    err = refusal(entry(entry_date=date(1899, 12, 31)), "e")
    assert str(err) == "Datoen i feltet e.entry_date må ikke ligge før 01.01.1900."
    err = refusal(Meeting(starts_at=datetime(1899, 12, 31, 9), place="Skolen"), "m")
    assert err.field == "m.starts_at"


def test_a_version_that_supersedes_itself_is_refused():
    first = entry(uid=UID)
    check_versions([first], "sag.entries")
    with pytest.raises(VersionLoop) as err:
        check_versions([entry(), entry(uid=UID, supersedes=UID)], "sag.entries")
    assert err.value.field == "sag.entries[1]"
    assert str(err.value) == ("Udgaverne i sag.entries[1] afløser sig selv eller hinanden i "
                              "ring, så ingen af dem er den nyeste.")
    with pytest.raises(VersionLoop):
        check_versions([entry(uid=UID, also_supersedes=[UID])], "sag.entries")


def test_versions_going_round_in_a_circle_are_refused_and_a_chain_is_not():
    a, b, c = entry(), entry(), entry()
    a.supersedes, b.supersedes = b.uid, c.uid  # a → b → c: a chain
    check_versions([a, b, c], "v")
    check_versions([c, b, a], "v")
    c.supersedes = a.uid  # … → a: round
    with pytest.raises(VersionLoop) as err:
        check_versions([a, b, c], "v")
    assert err.value.field == "v[0]"
    # a chain hanging off a circle is caught too, whichever version comes first
    d = entry(supersedes=a.uid)
    with pytest.raises(VersionLoop):
        check_versions([d, a, b, c], "v")


def test_many_versions_sharing_one_old_chain_are_each_followed_once():
    # versions already followed are not walked again (done), and that never hides a loop
    base = entry()
    versions = [base] + [entry(supersedes=base.uid) for _ in range(50)]
    check_versions(versions, "v")
    looped = entry()
    looped.supersedes = looped.uid
    with pytest.raises(VersionLoop):
        check_versions([*versions, looped], "v")


def test_a_value_checked_alone_is_judged_by_the_last_part_of_its_path():
    # the import checks single fields too: "sag.barn.cpr" is a CPR field, "sag.entries[0].uid"
    # an id, "sag.barn.name" a name
    check_record("211108-4235", "sag.barn.cpr", today=TODAY)
    assert isinstance(refusal("2111084235", "sag.barn.cpr"), BadCpr)
    assert isinstance(refusal("abc", "sag.entries[0].uid"), BadId)
    assert "plads til 500 tegn" in str(refusal("a" * 501, "sag.barn.name"))


def test_a_list_with_a_single_short_text_is_checked_as_short_texts():
    check_record(Meeting(starts_at=datetime(2026, 11, 2, 9), place="Skolen", agenda=["punkt"]),
                 "m", today=TODAY)
    err = refusal(Meeting(starts_at=datetime(2026, 11, 2, 9), place="Skolen", agenda=["a\x00"]),
                  "m")
    assert err.field == "m.agenda[0]"
