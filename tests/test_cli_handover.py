"""`stafet handover send|receive|accept|decline` between two real vaults, as in the issue."""

from __future__ import annotations

import pytest

from app.cli import common, main
from app.domain import records as r
from tests.fixtures_handover import consent_for, exchange_cards, make_laptop, start_case


@pytest.fixture
def two(tmp_path, monkeypatch):  # noqa: ANN001, ANN201
    """Kirsten (holder of case 1) and Arne, set up and locked; `run(lap, *args)` runs stafet."""
    kirsten = make_laptop(tmp_path, "Kirsten Petersen", "leder", "Familiehuset")
    arne = make_laptop(tmp_path, "Arne Andersen", "sagsbehandler", "Børn og Familie")
    exchange_cards(kirsten, arne)
    case_id = start_case(kirsten, consent_for(("Arne Andersen", r.PartyKind.CHILDREN_CASEWORKER)))
    assert case_id == 1
    secret = tmp_path / "frase.txt"
    from tests.fixtures_vault import PASSPHRASE

    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    for lap in (kirsten, arne):
        lap.vault.lock()

    def run(lap, *args: str) -> int:  # noqa: ANN001
        monkeypatch.setattr(common, "device_secrets", lambda: lap.keyring)
        return main(["--vault", str(lap.folder), "--passphrase-file", str(secret), *args])

    return kirsten, arne, run


def _holder(run, lap, capsys) -> str:  # noqa: ANN001
    assert run(lap, "case", "list") == 0
    row = capsys.readouterr().out.splitlines()[1]
    return "Arne Andersen" if "Arne Andersen" in row else row


def test_the_command_line_relay(two, tmp_path, capsys):  # noqa: ANN001
    kirsten, arne, run = two
    bundle_file, receipt = tmp_path / "til-arne.stafet", tmp_path / "kvittering.stafet"
    assert (
        run(kirsten, "handover", "send", "1", "--to", "arne  ANDERSEN", "-o", str(bundle_file)) == 0
    )
    assert "tilbudt til Arne Andersen" in capsys.readouterr().err
    assert run(arne, "handover", "receive", str(bundle_file)) == 0
    out = capsys.readouterr()
    assert out.out.strip() == "1"
    assert "Modtaget fra Kirsten Petersen" in out.err and "stafetten tilbydes dig" in out.err
    assert run(arne, "handover", "accept", "1", "-o", str(receipt)) == 0
    capsys.readouterr()
    assert _holder(run, arne, capsys) == "Arne Andersen"
    assert "Kirsten Petersen" in _holder(run, kirsten, capsys)
    assert run(kirsten, "handover", "receive", str(receipt)) == 0
    assert capsys.readouterr().out.strip() == "1"
    assert _holder(run, kirsten, capsys) == "Arne Andersen"
    # The same receipt again: a clear refusal, exit code 2, nothing changed.
    assert run(kirsten, "handover", "receive", str(receipt)) == 2
    assert "allerede modtaget" in capsys.readouterr().err


def test_decline_and_bad_input_on_the_command_line(two, tmp_path, capsys):  # noqa: ANN001
    kirsten, arne, run = two
    path = tmp_path / "til-arne.stafet"
    assert run(kirsten, "handover", "send", "1", "--to", "Bente Bruun", "-o", str(path)) == 2
    assert capsys.readouterr().err.startswith("stafet: ")
    assert not path.exists()
    assert run(arne, "handover", "receive", str(tmp_path / "findes-ikke.stafet")) == 2
    assert "kan ikke læses" in capsys.readouterr().err
    assert run(arne, "handover", "accept", "1", "-o", str(tmp_path / "k.stafet")) == 3
    capsys.readouterr()
    assert run(kirsten, "handover", "send", "1", "--to", "Arne Andersen", "-o", str(path)) == 0
    assert run(arne, "handover", "receive", str(path)) == 0
    capsys.readouterr()
    no = tmp_path / "nej.stafet"
    assert (
        run(arne, "handover", "decline", "1", "--reason", "Forkert distrikt.", "-o", str(no)) == 0
    )
    assert run(kirsten, "handover", "receive", str(no)) == 0
    assert "afvist" in capsys.readouterr().err
    assert "Kirsten Petersen" in _holder(run, kirsten, capsys)
