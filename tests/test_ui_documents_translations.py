"""The document dialogs ship in English too: every text translated, placeholders kept, shown."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from app.ui import i18n

TS = Path(i18n.TRANSLATIONS_DIR) / "stafet_documents_en.ts"


def _messages() -> list[tuple[str, str, str, str | None]]:
    root = ET.parse(TS).getroot()
    return [
        (
            c.findtext("name") or "",
            m.findtext("source") or "",
            m.findtext("translation") or "",
            m.find("translation").get("type"),
        )
        for c in root.iter("context")
        for m in c.iter("message")
    ]


def test_every_document_text_has_an_english_translation_with_its_placeholders() -> None:
    messages = _messages()
    assert len(messages) > 100
    assert [s for _c, s, english, kind in messages if not english.strip() or kind] == []
    for _context, source, english, _kind in messages:
        assert sorted(re.findall(r"\{\w+\}", source)) == sorted(re.findall(r"\{\w+\}", english))
        assert source.count("&") == english.count("&"), source


def test_the_loader_picks_up_the_documents_catalogue_and_the_dialog_speaks_english(
    qtbot,
    tmp_path,
    monkeypatch,  # noqa: ANN001
) -> None:
    from app.ui.context import UiContext
    from app.ui.documents.verify_dialog import VerifyDialog

    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    qm = tmp_path / "stafet_documents_en.qm"
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(qm)], check=True)
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path)
    try:
        loaded = i18n.install_translations("en")
        assert "stafet_documents_en" in loaded
        ctx = UiContext()
        dialog = VerifyDialog(ctx)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Check a signed PDF"
        assert dialog.check_button.text() == "C&heck"
        ctx.shutdown()
    finally:
        i18n.install_translations("da")
