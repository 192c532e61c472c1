"""The audit trail: append-only, chained, and any edit, deletion or reordering is found."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.cli import main
from app.vault import Vault
from tests.fixtures_vault import FAST_KDF, MemoryKeyring


def fill(vault: Vault, n: int = 6) -> None:
    for i in range(n):
        vault.audit.append("entry.add", "log_entry", i, subject=f"sag-{i % 2}")


def raw(vault: Vault, *statements: str) -> None:
    """What an attacker with the key could do: drop the guards, then change rows by hand."""
    with vault.session() as s:
        s.execute(sa.text("DROP TRIGGER IF EXISTS audit_log_no_update"))
        s.execute(sa.text("DROP TRIGGER IF EXISTS audit_log_no_delete"))
        for statement in statements:
            s.execute(sa.text(statement))


def test_rows_hold_who_what_when_and_never_content(vault):
    vault.audit.append("entry.add", "log_entry", 17, subject="sag-1")
    entry = vault.audit.entries()[-1]
    assert (entry.actor, entry.action, entry.record_type, entry.record_id, entry.subject) == (
        "Olga Jensen",
        "entry.add",
        "log_entry",
        "17",
        "sag-1",
    )
    columns = {c["name"] for c in sa.inspect(vault.engine).get_columns("audit_log")}
    assert columns == {
        "seq",
        "at",
        "actor",
        "action",
        "record_type",
        "record_id",
        "subject",
        "chain",
    }


def test_the_database_refuses_update_and_delete(vault):
    fill(vault)
    for statement in (
        "UPDATE audit_log SET action = 'x' WHERE seq = 2",
        "DELETE FROM audit_log WHERE seq = 2",
    ):
        with pytest.raises(sa.exc.IntegrityError, match="append-only"):
            with vault.session() as s:
                s.execute(sa.text(statement))
    assert vault.audit.verify().intact


def test_an_edited_row_is_found(vault):
    fill(vault)
    raw(vault, "UPDATE audit_log SET record_id = '99' WHERE seq = 4")
    report = vault.audit.verify()
    assert not report.intact
    assert report.first_broken_seq == 4
    assert "nr. 4" in report.problem


def test_a_deleted_row_is_found(vault):
    fill(vault)
    raw(vault, "DELETE FROM audit_log WHERE seq = 3")
    report = vault.audit.verify()
    assert (report.intact, report.first_broken_seq) == (False, 3)


def test_reordered_rows_are_found(vault):
    fill(vault)
    raw(
        vault,
        "UPDATE audit_log SET seq = -1 WHERE seq = 3",
        "UPDATE audit_log SET seq = 3 WHERE seq = 5",
        "UPDATE audit_log SET seq = 5 WHERE seq = -1",
    )
    report = vault.audit.verify()
    assert (report.intact, report.first_broken_seq) == (False, 3)


def test_a_cut_off_tail_is_found_against_an_anchor(vault):
    fill(vault)
    anchor = vault.audit.head()
    raw(vault, f"DELETE FROM audit_log WHERE seq >= {anchor[0] - 1}")
    assert vault.audit.verify().intact  # alone the chain cannot know it was longer …
    report = vault.audit.verify(anchor)  # … the anchor saved earlier can
    assert not report.intact
    assert report.first_broken_seq == anchor[0] - 1


def test_a_forged_chain_without_the_key_is_found(vault):
    fill(vault)
    # Recomputing the hash without the vault's key does not help: it is an HMAC, not a hash.
    raw(vault, "UPDATE audit_log SET actor = 'Arne Andersen', chain = randomblob(32) WHERE seq = 2")
    assert vault.audit.verify().first_broken_seq == 2


def test_extract_gives_every_row_about_one_person(vault):
    fill(vault, 7)
    rows = vault.audit.extract("sag-1")
    assert [r.record_id for r in rows] == ["1", "3", "5"]
    assert {r.subject for r in rows} == {"sag-1"}


def test_head_moves_with_each_row(vault):
    seq, chain = vault.audit.head()
    vault.audit.append("case.view", "case", 1, subject="sag-1")
    seq2, chain2 = vault.audit.head()
    assert seq2 == seq + 1 and chain2 != chain and len(chain2) == 64


@pytest.fixture(scope="module")
def trail_vault(tmp_path_factory):
    vault, _ = Vault.create(
        tmp_path_factory.mktemp("spor") / "boks",
        "en god lang frase",
        kdf=FAST_KDF,
        device_secrets=MemoryKeyring(),
    )
    fill(vault, 12)
    yield vault
    vault.lock()


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    seq=st.integers(min_value=1, max_value=13),
    column=st.sampled_from(["at", "actor", "action", "record_type", "record_id", "subject"]),
)
def test_any_change_to_any_field_of_any_row_is_pinpointed(trail_vault, seq, column):
    with trail_vault.session() as s:
        original = s.execute(
            sa.text(f"SELECT {column} FROM audit_log WHERE seq = :q"), {"q": seq}
        ).scalar()
    raw(
        trail_vault,
        f"UPDATE audit_log SET {column} = coalesce({column}, '') || '!' WHERE seq = {seq}",
    )
    try:
        report = trail_vault.audit.verify()
        assert (report.intact, report.first_broken_seq) == (False, seq)
    finally:
        with trail_vault.session() as s:
            s.execute(
                sa.text(f"UPDATE audit_log SET {column} = :v WHERE seq = :q"),
                {"v": original, "q": seq},
            )
    assert trail_vault.audit.verify().intact


def test_audit_verify_command_exit_codes(
    vault, vault_dir, passphrase, tmp_path, monkeypatch, memory_keyring, capsys
):
    from app.cli import common

    monkeypatch.setattr(common, "device_secrets", lambda: memory_keyring)
    fill(vault)
    secret = tmp_path / "frase.txt"
    secret.write_text(passphrase + "\n", encoding="utf-8")
    args = ["--vault", str(vault_dir), "--passphrase-file", str(secret), "audit", "verify"]
    vault.lock()
    assert main(args) == 0
    assert "intakt" in capsys.readouterr().out
    opened = Vault.unlock(vault_dir, passphrase, device_secrets=memory_keyring)
    raw(opened, "UPDATE audit_log SET action = 'case.delete' WHERE seq = 5")
    opened.lock()
    assert main(args) == 1
    out = capsys.readouterr().out
    assert "brudt" in out and "Post nr. 5" in out


# -- issue 9, point 3: looking people up by CPR and the deadlines overview are audited views ---


def _service(vault):
    import datetime as dt

    from app.domain import records as r
    from app.models.service import CaseService

    svc = CaseService(vault, actor="Olga Jensen")
    ids = []
    for name, cpr in (("Ida Testbarn", "010120-4000"), ("Eli Testbarn", "020220-4000")):
        ids.append(
            svc.create_case(
                r.Child(name=name, cpr=cpr),
                r.Person(name="Olga Jensen", role="lærer", organisation="Testskolen"),
                created_on=dt.date(2026, 11, 2),
            )
        )
    return svc, ids


def test_a_cpr_search_is_audited_as_a_view_of_each_case_found_without_the_number(vault):
    svc, _ids = _service(vault)
    found = svc.list_cases("010120")
    assert len(found) == 1
    rows = [e for e in vault.audit.entries() if e.action == "case.view_cpr_search"]
    assert [(e.subject, e.actor) for e in rows] == [(found[0].uid, "Olga Jensen")]
    everything = " ".join(
        f"{e.actor} {e.action} {e.record_type} {e.record_id} {e.subject}"
        for e in vault.audit.entries()
    )
    assert "010120" not in everything and "0101204000" not in everything.replace("-", "")
    svc.list_cases("999999")  # nothing found is still a lookup
    rows = [e for e in vault.audit.entries() if e.action == "case.view_cpr_search"]
    assert len(rows) == 2 and rows[-1].subject is None


def test_a_name_search_and_a_short_number_are_not_cpr_lookups(vault):
    svc, _ids = _service(vault)
    svc.list_cases("Ida")
    svc.list_cases("01")
    assert not [e for e in vault.audit.entries() if e.action == "case.view_cpr_search"]


def test_the_deadlines_overview_is_an_audited_view(vault):
    import datetime as dt

    svc, _ids = _service(vault)
    shown = svc.deadlines(dt.date(2026, 11, 30), horizon_days=400)
    rows = [e for e in vault.audit.entries() if e.action == "case.view_deadlines"]
    assert len(rows) == 1 and rows[0].record_id == str(len({d.case_uid for d in shown}))
    assert rows[0].actor == "Olga Jensen" and rows[0].subject is None
