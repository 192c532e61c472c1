"""Issue 16 (EN 301 549 / WCAG 2.1 AA): no keyboard traps, readable stafetlog, contrast, focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from tests.fixtures_ui import create_case_through_gui


def _within(widget: QWidget | None, root: QWidget) -> bool:
    while widget is not None:
        if widget is root:
            return True
        widget = widget.parentWidget()
    return False


def test_tab_leaves_every_table_on_every_case_page(qtbot, unlocked_window):
    window = unlocked_window
    create_case_through_gui(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    case_view = window.workspace.case_view
    checked = []
    for index, page in enumerate(case_view.pages):
        case_view.tabs.setCurrentIndex(index)
        for view in page.findChildren(QAbstractItemView):
            name = f"{type(page).__name__}: {view.accessibleName() or type(view).__name__}"
            # Qt's tab-between-cells wraps around, so Tab would never leave the table (WCAG 2.1.2)
            assert not view.tabKeyNavigation(), name
            if not view.isVisible() or not view.isEnabled():
                continue
            model = view.model()
            if model is not None and model.index(0, 0).isValid():
                view.setCurrentIndex(model.index(0, 0))
            view.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.waitUntil(lambda v=view: QApplication.focusWidget() is v)
            qtbot.keyClick(view, Qt.Key.Key_Tab)
            assert not _within(QApplication.focusWidget(), view), name
            checked.append(name)
    names = " ".join(checked)
    # the tables the audit named are among those really tabbed out of
    assert "Netværkskortets skema" in names, checked
    assert "Aktører i den valgte celle" in names, checked


def _accessible(widget: QWidget) -> tuple[str, str, str]:
    from PySide6.QtGui import QAccessible

    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None
    texts = (QAccessible.Text.Name, QAccessible.Text.Value, QAccessible.Text.Description)
    return tuple(iface.text(t) for t in texts)  # type: ignore[return-value]


def test_a_screen_reader_reads_the_entries_and_the_header_values(qtbot, unlocked_window):
    from app.domain import records as r
    from tests.fixtures_ui import wait_idle

    window = unlocked_window
    case_id = create_case_through_gui(qtbot, window, name="Hans Hansen", cpr="")
    page = window.workspace.case_view.pages[0]
    editor = page.sections[r.LogSection.CONCERN_AROSE]
    editor.text.setPlainText("Olga så det første gang i august")
    editor.submit()
    wait_idle(qtbot, window.ctx)
    assert [e.text for e in window.ctx.service.load(case_id).entries]
    qtbot.waitUntil(editor.history.isVisible)

    name, value, description = _accessible(editor.history)
    # the section is named, and the entry itself is read (not replaced by the caption)
    assert name
    assert "Olga så det første gang i august" in f"{name} {value} {description}"
    assert "<" not in description  # plain text, not the label's markup

    name, value, description = _accessible(page.header.values["child"])
    spoken = f"{name} {value} {description}"
    assert "Hans Hansen" in spoken and "Barnets navn" in spoken
    name, value, description = _accessible(page.header.values["parents"])
    assert "Lilly Hansen" in f"{name} {value} {description}"
