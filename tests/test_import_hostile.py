"""Import accepts nothing the app would never write (issue 9.7): the hostile corpus and more.

Every file in tests/hostile/ (made by tests/hostile/make_corpus.py) is refused by `case import`
with a Danish message and a non-zero exit that is not 70 ("uventet fejl"), the message never
repeats the value, and the vault is unchanged. A hypothesis strategy makes more such documents.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.cli import common
from app.cli import main
from app.domain.messages import UserError
from app.vault import KdfParams
from tests.fixtures_vault import FAST_KDF

HOSTILE = Path(__file__).parent / "hostile"
FILES = sorted(p for p in HOSTILE.glob("*.json") if p.name != "valid_base.json")
SECRETS_IN_CORPUS = ["Hans Hansen 120320", "\\ud800", "9999999999", "xxxxxxxxxx", "nnnnnnnnnn"]


@pytest.fixture
def cli(tmp_path, monkeypatch, memory_keyring):
    monkeypatch.setattr(KdfParams, "production", classmethod(lambda cls: FAST_KDF))
    monkeypatch.setattr(common, "device_secrets", lambda: memory_keyring)
    secret = tmp_path / "frase.txt"
    secret.write_text("min gode lange frase\n", encoding="utf-8")

    def run(*args: str) -> int:
        return main(["--vault", str(tmp_path / "boks"), "--passphrase-file", str(secret), *args])

    assert run("vault", "init") == 0
    return run


def _state(cli, capsys) -> tuple[str, str]:  # noqa: ANN001
    capsys.readouterr()
    assert cli("case", "list") == 0
    listed = capsys.readouterr().out
    assert cli("audit", "verify") == 0
    return listed, capsys.readouterr().out


def test_the_corpus_is_the_one_the_script_makes():
    assert len(FILES) >= 25
    assert (HOSTILE / "valid_base.json").exists()


def test_the_valid_base_of_the_corpus_imports(cli, capsys):
    assert cli("case", "import", str(HOSTILE / "valid_base.json")) == 0


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_each_hostile_file_is_refused_in_danish_and_nothing_is_written(cli, capsys, path):
    before = _state(cli, capsys)
    code = cli("case", "import", str(path))
    err = capsys.readouterr().err
    assert code not in (0, 70), err
    assert "uventet" not in err and "Traceback" not in err
    assert err.startswith("stafet: ") and ("kan ikke" in err or "Filen" in err), err
    for secret in SECRETS_IN_CORPUS:
        assert secret not in err
    assert _state(cli, capsys)[0] == before[0]


def test_a_key_of_10_mb_is_refused(cli, capsys, tmp_path):
    doc = json.loads((HOSTILE / "valid_base.json").read_text("utf-8"))
    doc["case"]["meetings"][0]["minutes"] = {"k" * 10_000_000: "x"}
    big = tmp_path / "stor.json"
    big.write_text(json.dumps(doc), "utf-8")
    before = _state(cli, capsys)
    assert cli("case", "import", str(big)) == 2
    err = capsys.readouterr().err
    assert "case.meetings[0].minutes[0]" in err and "kkkkkkkkkk" not in err
    assert _state(cli, capsys)[0] == before[0]


# --- more of the same, made by hypothesis ----------------------------------------------------

HOSTILE_VALUES = st.one_of(
    st.sampled_from(
        [
            "",
            " ",
            "\x00",
            "a\x1b[31m",
            "\ud800",
            "x" * 20_001,
            "0001-01-01",
            "9999-12-31",
            "2099-06-01",
            "9999-12-31T23:59:59-05:00",
            "120320-4235\n",
            f"{3:032x}",
            f"{4:032x}",
            True,
            False,
            None,
            10**30,
            -1,
            1.5,
            [],
            {},
            [None],
            {"\x00": "x"},
            "iVBORw0KGgo=",
            "R0lGODlhAQABAAAAACw=",
        ]
    ),
    st.text(max_size=5),
    st.integers(),
)


def _places(value: Any, found: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    if isinstance(value, dict):
        for key, item in value.items():
            found.append((value, key))
            _places(item, found)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.append((value, index))
            _places(item, found)
    return found


@st.composite
def hostile_documents(draw: st.DrawFn) -> Any:
    """The corpus's valid base with one to three hostile values put anywhere."""
    doc = copy.deepcopy(json.loads((HOSTILE / "valid_base.json").read_text("utf-8")))
    doc["case"]["uid"] = draw(st.uuids()).hex  # a new case each time keeps the check simple
    case = doc["case"]
    for _ in range(draw(st.integers(1, 3))):
        container, key = draw(st.sampled_from(_places(doc, [])))
        if container is not case or key != "uid":
            container[key] = draw(HOSTILE_VALUES)
    return doc


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(doc=hostile_documents())
def test_a_hostile_document_is_refused_or_imported_and_never_crashes(svc, doc):
    cases_before = svc.case_count()
    audit_before = len(svc.vault.audit.entries())
    try:
        case_id = svc.import_case(doc)
    except UserError as err:
        message = str(err)
        assert "\ud800" not in message and "x" * 100 not in message
        assert svc.case_count() == cases_before
        assert len(svc.vault.audit.entries()) == audit_before
        return
    # imported: the case reads back and exports to a document that imports again
    exported = svc.export_case(case_id)
    assert svc.import_case(json.loads(json.dumps(exported))) == case_id
