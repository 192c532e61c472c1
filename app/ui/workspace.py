"""The unlocked workspace: the case list, the deadlines dashboard and the open case, as tabs."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.ui.case_list import CaseListPanel
from app.ui.case_view import CaseView
from app.ui.context import UiContext
from app.ui.deadlines_panel import DeadlinesPanel

logger = logging.getLogger(__name__)

CASES_TAB, DEADLINES_TAB, CASE_TAB = range(3)


class Workspace(QWidget):
    message = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("workspace")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("workspaceTabs")
        self.cases = CaseListPanel(ctx)
        self.deadlines = DeadlinesPanel(ctx)
        self.case_view = CaseView(ctx)
        self.tabs.addTab(self.cases, self.tr("Sager"))
        self.tabs.addTab(self.deadlines, self.tr("Frister"))
        self.tabs.addTab(self.case_view, self.tr("Åben sag"))
        self.tabs.setTabEnabled(CASE_TAB, False)
        layout.addWidget(self.tabs)
        self.cases.open_requested.connect(self.open_case)
        self.cases.new_case_requested.connect(self.new_case)
        self.deadlines.open_requested.connect(self._open_at)
        self.tabs.currentChanged.connect(self._tab_changed)
        ctx.case_changed.connect(self._case_changed)
        ctx.case_removed.connect(self._case_removed)
        ctx.family_safe_changed.connect(self._family_safe_changed)

    # -- opening -------------------------------------------------------------------------------

    def activate(self, where: dict[str, Any] | None = None) -> None:
        """After unlocking: fill the lists, and return to the case and page the user was on."""
        if self.ctx.family_safe:
            self._family_safe_changed(True)
            if where and where.get("case_id") is not None:
                self.open_case(int(where["case_id"]), page=int(where.get("page", 0)))
            return
        self.cases.refresh()
        if self.tabs.currentIndex() == DEADLINES_TAB:
            self.deadlines.refresh()  # else when the tab is shown: it reads every open case
        if where and where.get("case_id") is not None:
            self.open_case(int(where["case_id"]), page=int(where.get("page", 0)))
            if where.get("tab", CASE_TAB) != CASE_TAB:
                self.tabs.setCurrentIndex(int(where["tab"]))
        elif where:
            self.tabs.setCurrentIndex(int(where.get("tab", CASES_TAB)))
        else:
            self.tabs.setCurrentIndex(CASES_TAB)
            self.cases.focus_search()

    def open_case(
        self, case_id: int, *, page: int | None = None, target: str | None = None
    ) -> None:
        self.case_view.focus_after_load(target)
        self.ctx.open_case(case_id)
        self.tabs.setTabEnabled(CASE_TAB, True)
        self.tabs.setCurrentIndex(CASE_TAB)
        if page is not None:
            self.case_view.set_current_page_index(page)

    def _open_at(self, case_id: int, target: Any) -> None:
        key = (
            getattr(target, "uid", None)
            or getattr(target, "section", None)
            or getattr(target, "record", None)
        )
        self.open_case(case_id, target=key)

    def _case_changed(self, case: Any) -> None:
        self.tabs.setTabText(CASE_TAB, self.tr("Åben sag"))

    def _case_removed(self, _case_id: int) -> None:
        self.case_view.clear()
        self.tabs.setTabEnabled(CASE_TAB, False)
        self.show_cases()
        self.cases.refresh()

    def _family_safe_changed(self, on: bool) -> None:
        """Family-safe: only the open case is reachable; the lists of other families are emptied
        (not just hidden) and come back when the caseworker turns the view off."""
        self.tabs.setTabVisible(CASES_TAB, not on)
        self.tabs.setTabVisible(DEADLINES_TAB, not on)
        if on:
            self.cases.clear()
            self.deadlines.clear()
            if self.tabs.isTabEnabled(CASE_TAB):
                self.tabs.setCurrentIndex(CASE_TAB)
        elif self.ctx.service is not None:
            self.cases.refresh()
            if self.tabs.currentIndex() == DEADLINES_TAB:
                self.deadlines.refresh()

    def _tab_changed(self, index: int) -> None:
        if self.ctx.family_safe:
            return  # the lists stay empty while the family is looking
        if index == DEADLINES_TAB:
            self.deadlines.refresh_if_stale()
        elif index == CASES_TAB:
            self.cases.refresh()

    def new_case(self) -> None:
        if self.ctx.family_safe:
            return
        from app.ui.create_case import CreateCaseDialog

        dialog = CreateCaseDialog(self.ctx, self)
        dialog.created.connect(self._created)
        dialog.finished.connect(dialog.deleteLater)
        self._create_dialog = dialog
        dialog.open()

    def _created(self, case_id: int) -> None:
        self.cases.refresh()
        self.open_case(case_id, page=0)
        self.message.emit(self.tr("Stafetloggen er oprettet. Du er stafetholder."))

    # -- navigation ----------------------------------------------------------------------------

    def show_cases(self) -> None:
        if self.ctx.family_safe:
            return
        self.tabs.setCurrentIndex(CASES_TAB)
        self.cases.view.setFocus()

    def show_deadlines(self) -> None:
        if self.ctx.family_safe:
            return
        self.tabs.setCurrentIndex(DEADLINES_TAB)
        self.deadlines.view.setFocus()

    def focus_search(self) -> None:
        if self.ctx.family_safe:
            return
        self.tabs.setCurrentIndex(CASES_TAB)
        self.cases.focus_search()

    # -- lock ----------------------------------------------------------------------------------

    def location(self) -> dict[str, Any]:
        return {
            "tab": self.tabs.currentIndex(),
            "case_id": self.ctx.current_case_id,
            "page": self.case_view.current_page_index(),
        }

    def flush(self) -> None:
        self.case_view.flush()

    def clear(self) -> None:
        dialog = getattr(self, "_create_dialog", None)
        if dialog is not None:
            try:
                dialog.reject()
            except RuntimeError:
                pass  # already gone
            self._create_dialog = None
        self.case_view.clear()
        self.cases.clear()
        self.deadlines.clear()
        self.tabs.setTabEnabled(CASE_TAB, False)

    def save_ui_state(self, settings: QSettings) -> None:
        settings.setValue("workspace/case_columns", self.cases.view.horizontalHeader().saveState())
