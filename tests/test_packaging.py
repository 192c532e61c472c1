"""What packaging relies on: translations compiled by any build, the icon, the desktop entry."""

from __future__ import annotations

import configparser
import importlib.util
import shutil
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent


def _build_translations_module():
    spec = importlib.util.spec_from_file_location(
        "build_translations", ROOT / "scripts" / "build_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_build_hook_compiles_every_catalogue_from_sources_alone(tmp_path, qapp):
    from PySide6.QtCore import QTranslator

    for ts in (ROOT / "app" / "resources" / "translations").glob("*.ts"):
        shutil.copy(ts, tmp_path)
    built = _build_translations_module().compile_catalogues(tmp_path)
    assert sorted(p.name for p in built) == [
        "stafet_documents_en.qm",
        "stafet_en.qm",
        "stafet_live_en.qm",
    ]
    translator = QTranslator()
    assert translator.load(str(tmp_path / "stafet_en.qm"))
    assert translator.translate("CrashDialog", "Uventet fejl") == "Unexpected error"


def test_setup_py_hooks_wheel_and_sdist_builds():
    text = (ROOT / "setup.py").read_text("utf-8")
    assert '"build_py": BuildPyWithTranslations' in text
    assert '"sdist": SdistWithTranslations' in text


def test_icons_exist_in_every_format():
    with Image.open(ROOT / "app" / "resources" / "icons" / "stafet.png") as png:
        assert png.size == (256, 256)
    with Image.open(ROOT / "packaging" / "icons" / "stafet.ico") as ico:
        assert (16, 16) in ico.info["sizes"] and (256, 256) in ico.info["sizes"]
    assert (ROOT / "packaging" / "icons" / "stafet.icns").read_bytes()[:4] == b"icns"


def test_the_application_has_its_window_icon(qapp):
    from app.ui.launch import create_application

    app = create_application()
    assert not app.windowIcon().isNull()


def test_desktop_entry_starts_the_gui_with_the_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "packaging" / "stafet.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"] == "stafet-gui"
    assert section["Icon"] == "stafet"


def test_quit_when_shown_reports_the_screen_by_exit_code(qapp, tmp_path, capsys, monkeypatch):
    import sys

    from app.ui.launch import run_gui
    from app.vault import DeviceSecrets, Vault
    from tests.fixtures_vault import FAST_KDF

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs the crash hook
    assert run_gui(vault=tmp_path / "tom", quit_when_shown=True) == 4
    assert capsys.readouterr().out.strip() == "shown create"
    Vault.create(
        tmp_path / "boks", "en god lang frase", kdf=FAST_KDF, device_secrets=DeviceSecrets(None)
    )[0].lock()
    assert run_gui(vault=tmp_path / "boks", quit_when_shown=True) == 0
    assert capsys.readouterr().out.strip() == "shown unlock"
