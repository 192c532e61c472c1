"""Danish by default, English when chosen: the catalogue is complete and changes the window."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.ui import i18n

TS = Path(i18n.TRANSLATIONS_DIR) / "stafet_en.ts"


def _messages():
    for context in ET.parse(TS).getroot():
        for message in context.findall("message"):
            yield context.findtext("name"), message


@pytest.fixture
def english(tmp_path, monkeypatch):
    """Stafet's English catalogue compiled from the .ts (as the build does), then installed."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run(
        [str(lrelease), "-silent", str(TS), "-qm", str(tmp_path / "stafet_en.qm")], check=True
    )
    for other in sorted(Path(i18n.TRANSLATIONS_DIR).glob("stafet_*_en.ts")):  # live, documents…
        qm = tmp_path / other.with_suffix(".qm").name
        subprocess.run([str(lrelease), "-silent", str(other), "-qm", str(qm)], check=True)
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path)
    loaded = i18n.install_translations("en")
    yield loaded
    i18n.install_translations("da")


def test_danish_is_the_default_and_english_is_chosen_by_setting_or_environment(monkeypatch):
    monkeypatch.delenv("STAFET_LANG", raising=False)
    assert i18n.chosen_language(None) == "da"
    assert i18n.chosen_language("en") == "en"
    assert i18n.chosen_language("klingon") == "da"
    monkeypatch.setenv("STAFET_LANG", "en_GB.UTF-8")
    assert i18n.chosen_language("da") == "en"


def test_every_text_has_a_finished_english_translation_with_the_same_placeholders():
    unfinished, broken = [], []
    for context, message in _messages():
        source = message.findtext("source")
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            unfinished.append((context, source))
            continue
        wanted = sorted(re.findall(r"\{\w*\}", source))
        for form in forms:
            if sorted(re.findall(r"\{\w*\}", form)) != wanted:
                broken.append((context, source))
    assert len(list(_messages())) > 300
    assert unfinished == []
    assert broken == []


def test_english_changes_the_main_window_texts(qtbot, english, gateway, ui_settings_dir):
    from app.ui.main_window import MainWindow

    assert "stafet_en" in english
    window = MainWindow(gateway)
    qtbot.addWidget(window)
    window.show()
    window.start()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Documents", "&Help"]
    assert window.action_lock.text() == "&Lock"
    assert window.action_family_safe.text() == "&Family-safe view"
    assert window.access.create_form.create_button.text() == "&Create the vault"
    assert window.access.unlock_form.unlock_button.text() == "&Unlock"
    window.ctx.shutdown()


def test_domain_messages_are_shown_in_english_too(english):
    from PySide6.QtCore import QCoreApplication

    from app.domain.messages import UserError
    from app.domain.validation import parse_danish_date

    with pytest.raises(UserError) as caught:
        parse_danish_date("31.02.2024", "dato")
    assert (
        caught.value.render(QCoreApplication.translate)
        == "The date in the field dato does not exist in the calendar."
    )
    assert (
        str(caught.value) == "Datoen i feltet dato findes ikke i kalenderen."
    )  # the CLI stays Danish
