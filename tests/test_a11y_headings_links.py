"""Headings a screen reader lists as headings, and "Ret" links that say what they edit (issue 16).

WCAG 1.3.1 / 2.4.6 (EN 301 549 11.1.3.1, 11.2.4.6): page and section headings carry the heading
role through QAccessible, not only a bold font. WCAG 2.4.4 / 4.1.2: each "Ret" link after a
stafetlog entry, reached with Tab, is announced with the entry it edits.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from app.domain import records as r
from app.ui.headings import heading_level
from tests.fixtures_ui import create_case_through_gui, wait_idle


def _heard(monkeypatch) -> list[str]:  # noqa: ANN001
    from app.ui import announce

    heard: list[str] = []
    monkeypatch.setattr(announce, "_send", lambda event: heard.append(event.message()))
    return heard


def _headings(root: QWidget) -> dict[str, int]:
    """Every label under `root` that a screen reader hears as a heading: name → level."""
    found = {}
    for label in root.findChildren(QLabel):
        face = QAccessible.queryAccessibleInterface(label)
        if face is not None and face.role() == QAccessible.Role.Heading:
            found[face.text(QAccessible.Text.Name)] = heading_level(label)
    return found


def test_the_unlock_screen_and_the_stafetlog_have_heading_roles(qtbot, main_window):
    from tests.fixtures_ui import create_vault_through_gui

    assert "Opret din boks" in _headings(main_window)  # the first screen's page heading
    create_vault_through_gui(qtbot, main_window)
    create_case_through_gui(qtbot, main_window, name="Hans Hansen", cpr="")
    page = main_window.workspace.case_view.pages[0]
    found = _headings(page)
    assert found.get("Niveau 1 – bekymringen og den lokale indsats") == 2
    assert found.get("Niveau 2–3 – den fælles indsats") == 2
    consent = next(
        p for p in main_window.workspace.case_view.pages if type(p).__name__ == "ConsentPage"
    )
    found = _headings(consent)
    assert found.get("Nyt samtykke") == 2 and found.get("Underskrifter") == 3
    # an ordinary label is still a label
    face = QAccessible.queryAccessibleInterface(consent.details)
    assert face.role() == QAccessible.Role.StaticText


def test_each_ret_link_says_which_entry_it_edits(qtbot, unlocked_window, monkeypatch):
    window = unlocked_window
    case_id = create_case_through_gui(qtbot, window, name="Hans Hansen", cpr="")
    page = window.workspace.case_view.pages[0]
    editor = page.sections[r.LogSection.CONCERN_AROSE]
    for text in ("Olga så det første gang i august", "Hans sov dårligt hele september"):
        editor.text.setPlainText(text)
        editor.submit()
        wait_idle(qtbot, window.ctx)
    assert len(window.ctx.service.load(case_id).entries) == 2
    qtbot.waitUntil(lambda: editor.history.text().count("revise:") == 2)

    heard = _heard(monkeypatch)
    window.activateWindow()
    editor.history.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.history)
    said = []
    for _ in range(2):
        QTest.keyClick(editor.history, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda n=len(said): len([h for h in heard if h.startswith("Ret ")]) > n)
        said = [h for h in heard if h.startswith("Ret ")]
    assert QApplication.focusWidget() is editor.history  # Tab moved between its links
    title = "Hvornår opstod bekymringen?"
    assert len(said) == 2 and all(f"i »{title}«" in s for s in said), said
    assert {s.split(": ", 1)[1] for s in said} == {
        "Olga så det første gang i august",
        "Hans sov dårligt hele september",
    }
    assert all(s.startswith("Ret posten fra ") for s in said)
