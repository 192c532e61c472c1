"""IT policy (app/policy.py): the documented example parses, and each setting takes effect."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from hypothesis import given
from hypothesis import strategies as st

from app import paths, policy
from app.cli import common, main
from app.reports.identity import trust_roots
from app.vault import KdfParams, Vault
from tests.fixtures_vault import FAST_KDF

DOC = Path(__file__).resolve().parent.parent / "docs" / "it-policy.md"


@pytest.fixture
def policy_file(tmp_path, monkeypatch):
    """Write a policy.toml and make it the one in force (read afresh, as at a new start)."""
    path = tmp_path / "policy.toml"
    monkeypatch.setenv("STAFET_POLICY", str(path))
    policy.current.cache_clear()

    def write(text: str) -> Path:
        path.write_text(text, encoding="utf-8")
        policy.current.cache_clear()
        return path

    yield write
    policy.current.cache_clear()


def documented_example() -> str:
    return re.search(r"```toml\n(.*?)```", DOC.read_text("utf-8"), re.S).group(1)


def test_the_documented_example_is_valid_and_sets_every_key(monkeypatch):
    monkeypatch.setenv("USERNAME", "olga")
    p = policy.parse(documented_example())
    assert p.vault_folder == Path("D:\\Stafet\\olga")
    assert p.max_idle_minutes == 10
    assert len(p.trusted_roots) == 1
    assert p.timestamp_server == ""  # "none": never timestamp
    assert p.export_folder is not None
    assert p.languages == ("da", "en")
    assert p.keep_copies_days == 14


def test_the_kept_copies_period_from_the_policy_reaches_the_vault(policy_file, monkeypatch):
    """A command that opens a vault applies IT's period before the vault prunes its copies."""
    from app.vault import retention

    monkeypatch.setattr(retention, "KEEP_COPIES_DAYS", retention.KEEP_COPIES_DAYS)
    policy_file("[vault]\nkeep_copies_days = 7\n")
    common.vault_directory(type("Args", (), {"vault": None})())
    assert retention.KEEP_COPIES_DAYS == 7
    policy_file("[vault]\nkeep_copies_days = 0\n")
    with pytest.raises(policy.PolicyError):
        policy.current()


def test_no_policy_file_leaves_every_choice_to_the_user(policy_file, tmp_path):
    p = policy.current()
    assert p == policy.Policy()
    assert p.idle_seconds(3600) == 3600 and p.timestamp_url("http://tsa") == "http://tsa"


def test_policy_vault_folder_is_the_default_but_not_over_an_explicit_one(
    policy_file, tmp_path, monkeypatch
):
    policy_file(f'[vault]\nfolder = "{(tmp_path / "it").as_posix()}"\n')
    assert paths.vault_dir() == tmp_path / "it"
    assert paths.vault_dir(tmp_path / "mine") == tmp_path / "mine"
    monkeypatch.setenv("STAFET_VAULT", str(tmp_path / "env"))
    assert paths.vault_dir() == tmp_path / "env"


@given(wanted=st.integers(min_value=1, max_value=24 * 60), cap=st.integers(1, 60))
def test_idle_lock_never_exceeds_the_maximum(wanted, cap):
    allowed = policy.Policy(max_idle_minutes=cap).idle_seconds(wanted * 60)
    assert allowed == min(wanted, cap) * 60


def test_preferences_cannot_go_past_the_maximum(policy_file, qtbot):
    from app.ui.preferences import PreferencesDialog

    policy_file("[lock]\nmax_idle_minutes = 7\n")
    dialog = PreferencesDialog(30 * 60)
    qtbot.addWidget(dialog)
    assert dialog.idle_minutes.maximum() == 7
    assert dialog.idle_seconds() == 7 * 60


def test_timestamp_policy_wins_over_the_user(policy_file):
    policy_file('[signing]\ntimestamp_server = "none"\n')
    assert policy.current().timestamp_url("http://brugerens.tsa") is None
    policy_file('[signing]\ntimestamp_server = "https://tsa.kommune.dk"\n')
    assert policy.current().timestamp_url(None) == "https://tsa.kommune.dk"


def test_languages_offered(policy_file, qtbot):
    from app.ui import i18n
    from app.ui.preferences import PreferencesDialog

    policy_file('[language]\noffered = ["da"]\n')
    assert i18n.chosen_language("en") == "da"
    dialog = PreferencesDialog(300)
    qtbot.addWidget(dialog)
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == ["da"]


def test_export_folder_avoids_a_synced_documents_folder(policy_file, tmp_path, monkeypatch):
    onedrive = tmp_path / "OneDrive - Kommune"
    documents = onedrive / "Documents"
    documents.mkdir(parents=True)
    monkeypatch.setenv("OneDriveCommercial", str(onedrive))
    assert paths.is_synced(documents)
    assert paths.export_folder(documents) == Path.home() / "Stafet dokumenter"
    local = tmp_path / "Dokumenter"
    local.mkdir()
    assert not paths.is_synced(local)
    assert paths.export_folder(local) == local
    policy_file(f'[export]\nfolder = "{(tmp_path / "it-eksport").as_posix()}"\n')
    assert paths.export_folder(local) == tmp_path / "it-eksport"


@pytest.mark.parametrize(
    "text",
    [
        "[lock]\nmax_idle_minutes = 0\n",
        "[lock]\nmax_idle_minutes = true\n",
        '[language]\noffered = ["de"]\n',
        '[signing]\ntimestamp_server = "ftp://x"\n',
        "[vault\n",
    ],
)
def test_a_broken_policy_stops_the_cli_with_a_clear_message(policy_file, text, capsys):
    path = policy_file(text)
    assert main(["--vault", "x", "about"]) == 0  # `about` still shows where things are
    code = main(["verify", str(path)])
    assert code == policy.PolicyError.exit_code
    err = capsys.readouterr().err
    assert "IT-politikken" in err and str(path) in err


def test_policy_trusted_root_makes_verify_trust_the_signer(
    policy_file, tmp_path, monkeypatch, memory_keyring, capsys
):
    monkeypatch.setattr(KdfParams, "production", classmethod(lambda cls: FAST_KDF))
    monkeypatch.setattr(common, "device_secrets", lambda: memory_keyring)
    secret = tmp_path / "frase.txt"
    secret.write_text("en god lang frase\n", encoding="utf-8")
    vault_args = ["--vault", str(tmp_path / "boks"), "--passphrase-file", str(secret)]
    assert main([*vault_args, "vault", "init"]) == 0
    assert main([*vault_args, "demo"]) == 0
    assert main([*vault_args, "signing-identity", "create", "--name", "Arne Andersen"]) == 0
    signed = tmp_path / "plan.pdf"
    pdf = ["pdf", "1", "--form", "family-plan", "--sign", "-o", str(signed)]
    assert main([*vault_args, *pdf]) == 0
    vault = Vault.unlock(tmp_path / "boks", "en god lang frase", device_secrets=memory_keyring)
    try:
        ca = trust_roots(vault)[0]
    finally:
        vault.lock()
    root = tmp_path / "kommunens-ca.pem"
    root.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    capsys.readouterr()
    assert main(["verify", str(signed)]) == 3  # without a vault nothing is trusted
    assert "Betroet: nej" in capsys.readouterr().out
    policy_file(f'[signing]\ntrusted_roots = ["{root.as_posix()}"]\n')
    assert main(["verify", str(signed)]) == 0
    out = capsys.readouterr().out
    assert "Betroet: ja" in out and "IT-politik" in out


def test_a_broken_policy_stops_the_gui_with_a_message(policy_file, qapp, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from app.ui.launch import run_gui

    path = policy_file("[lock]\nmax_idle_minutes = 600\n")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: said.append(text))
    assert run_gui(vault=tmp_path / "boks") == policy.PolicyError.exit_code
    assert len(said) == 1 and str(path) in said[0] and "max_idle_minutes" in said[0]
