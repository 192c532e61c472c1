"""Copies that outlive their data: no child's name (or anyone's) in a PDF's metadata by default.

File managers, search indexes and "recent files" lists show a PDF's /Title and /Author long
after the case is closed. Every document kind, unsigned and signed, through the one export path;
the metadata is read back with pyHanko's own PDF reader.
"""

from __future__ import annotations

import io
from datetime import date

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from app.cli import main
from app.models.interchange import to_json
from app.models.service import CaseService
from app.reports import identity
from app.reports.catalog import Form, file_name
from app.reports.service import export_pdf
from tests.fixtures_reports import hansen_case

IN_FORCE = date(2008, 1, 20)
NAMES = ("Hans", "Hansen", "Kirsten", "Petersen", "Arne", "Andersen")  # child, caseworkers


@pytest.fixture
def case_in_vault(vault) -> int:  # noqa: ANN001
    return CaseService(vault).import_case(to_json(hansen_case()))


def metadata(pdf: bytes) -> dict[str, str]:
    """Every /Info entry and the XMP packet (if any), as text."""
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    info = reader.trailer["/Info"]
    found = {str(key): str(info[key]) for key in info}
    xmp = reader.root.get("/Metadata")
    if xmp is not None:
        found["XMP"] = xmp.get_object().data.decode("utf-8", "replace")
    return found


@pytest.mark.parametrize("form", list(Form), ids=lambda f: f.value)
def test_no_document_kind_names_anyone_in_its_metadata(vault, case_in_vault, tmp_path, form):
    identity.create_local_identity(vault, name="Arne Andersen", role="sagsbehandler")
    for signed in (False, True):
        out = tmp_path / f"{form.value}-{signed}.pdf"
        export_pdf(vault, case_in_vault, form, out_path=out, today=IN_FORCE, sign=signed)
        meta = metadata(out.read_bytes())
        assert meta["/Author"] == "Stafet"
        assert meta["/Title"]
        for name in NAMES:
            for key, value in meta.items():
                if key.startswith("/Stafet"):
                    continue
                assert name not in value, (form.value, signed, key)


def test_the_childs_name_goes_into_the_title_only_on_purpose(vault, case_in_vault, tmp_path):
    out = tmp_path / "log.pdf"
    export_pdf(vault, case_in_vault, Form.STAFETLOG, out_path=out, today=IN_FORCE)
    assert metadata(out.read_bytes())["/Title"] == "Stafetlog"
    export_pdf(
        vault, case_in_vault, Form.STAFETLOG, out_path=out, today=IN_FORCE, name_in_title=True
    )
    assert metadata(out.read_bytes())["/Title"] == "Stafetlog – Hans Hansen"


def test_default_file_names_are_neutral_and_never_hold_a_cpr_number():
    on = date(2026, 11, 23)
    assert file_name("Stafetlog", on) == "Stafetlog - 23.11.2026.pdf"
    assert file_name("Stafetlog", on, "Hans Hansen") == "Stafetlog - Hans Hansen - 23.11.2026.pdf"
    assert file_name("Referat", on, "Hans 150611-4321 Hansen/x") == (
        "Referat - Hans Hansen x - 23.11.2026.pdf"
    )


def test_cli_without_output_writes_a_neutral_name_in_the_current_folder(
    vault, vault_dir, passphrase, memory_keyring, tmp_path, monkeypatch, capsys
):  # noqa: ANN001
    from app.cli import common

    CaseService(vault).import_case(to_json(hansen_case()))
    vault.lock()
    monkeypatch.setattr(common, "device_secrets", lambda: memory_keyring)
    secret = tmp_path / "frase.txt"
    secret.write_text(passphrase, encoding="utf-8")
    work = tmp_path / "ud"
    work.mkdir()
    monkeypatch.chdir(work)
    prefix = ["--vault", str(vault_dir), "--passphrase-file", str(secret)]
    assert main([*prefix, "pdf", "1", "--form", "family-plan"]) == 0
    assert main([*prefix, "pdf", "1", "--form", "family-plan"]) == 0  # never overwrites
    assert main([*prefix, "pdf", "1", "--form", "stafetlog", "--with-child-name"]) == 0
    today = date.today().strftime("%d.%m.%Y")
    assert sorted(p.name for p in work.iterdir()) == [
        f"Familiens plan - {today} (2).pdf",
        f"Familiens plan - {today}.pdf",
        f"Stafetlog - Hans Hansen - {today}.pdf",
    ]
    assert metadata((work / f"Familiens plan - {today}.pdf").read_bytes())["/Author"] == "Stafet"
    capsys.readouterr()
