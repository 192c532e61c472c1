"""The live tools ship in English too: every text translated, placeholders kept, shown on screen."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

TS = Path(__file__).resolve().parent.parent / "app/resources/translations/stafet_live_en.ts"
PLACEHOLDER = re.compile(r"\{\w+\}")


def _messages() -> list[tuple[str, str, str]]:
    root = ET.parse(TS).getroot()
    return [
        (
            context.findtext("name") or "",
            m.findtext("source") or "",
            # Plural texts (%n) keep their forms in <numerusform>s: all of them count.
            " ".join(t.strip() for t in m.find("translation").itertext() if t.strip()),
        )
        for context in root.iter("context")
        for m in context.iter("message")
    ]


def test_every_live_text_has_an_english_translation() -> None:
    messages = _messages()
    assert len(messages) > 200
    untranslated = [source for _c, source, english in messages if not english.strip()]
    assert untranslated == []
    unfinished = ET.parse(TS).getroot().findall(".//translation[@type='unfinished']")
    assert unfinished == []


def test_placeholders_and_shortcut_marks_survive_translation() -> None:
    for _context, source, english in _messages():
        assert set(PLACEHOLDER.findall(source)) == set(PLACEHOLDER.findall(english)), source
        assert ("&" in source.replace("&&", "")) == ("&" in english.replace("&&", "")), source


def test_the_meeting_mode_speaks_english(qtbot, tmp_path) -> None:  # noqa: ANN001
    qm = tmp_path / "stafet_live_en.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        from app.ui.context import UiContext
        from app.ui.live.meeting_page import MeetingPage

        ctx = UiContext()
        page = MeetingPage(ctx)
        qtbot.addWidget(page)
        assert page.mode.finish_button.text() == "&Finish the meeting"
        assert page.page_title() == "Meetings"
        assert page.plan.start_button.text() == "&Start the meeting"
        ctx.shutdown()
    finally:
        QCoreApplication.removeTranslator(translator)
