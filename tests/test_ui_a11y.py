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
