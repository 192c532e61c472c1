"""An open case: its pages (the stafetlog, then the live-meeting pages) as tabs.

Only the page on screen is filled when a case arrives; every other tab holds the case and
fills itself when it is shown (before it paints), so opening a case costs one page.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from app.ui.context import UiContext
from app.ui.pages import case_page_classes

logger = logging.getLogger(__name__)


class CaseView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("caseView")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel(self.tr("Vælg en sag i listen over sager."))
        self.placeholder.setProperty("hint", True)
        layout.addWidget(self.placeholder)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("casePages")
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)
        self.pages: list[Any] = []
        for cls in case_page_classes():
            try:
                page = cls(ctx, self)
            except Exception:  # noqa: BLE001 - one broken page must not take the case view down
                logger.exception("could not build the page %s", cls.__name__)
                continue
            self.pages.append(page)
            self.tabs.addTab(page, page.page_title())
            name_scroll_areas(page, page.page_title())
        self.tabs.hide()
        self.tabs.currentChanged.connect(self._page_shown)
        self._pending_target: str | None = None
        ctx.case_changed.connect(self.show_case)
        ctx.family_safe_changed.connect(self.set_family_safe)

    def show_case(self, case: Any) -> None:
        self.placeholder.hide()
        self.tabs.show()
        for page in self.pages:
            page.hold_case(case)
        current = self.tabs.currentWidget()
        if current is not None:
            current.ensure_filled()
        self.restore_defaults()
        if self._pending_target:
            target, self._pending_target = self._pending_target, None
            self.focus_target(target)

    def restore_defaults(self) -> None:
        """A lock empties every field; the dates that default to today get today back."""
        from app.ui.date_field import DateField

        for field in self.findChildren(DateField):
            field.restore_default()

    def focus_after_load(self, target: str | None) -> None:
        self._pending_target = target

    def _page_shown(self, index: int) -> None:
        # currentChanged comes before the page's first paint: it never shows what it held.
        page = self.tabs.widget(index)
        if page is None or not page.has_held_case():
            return
        page.ensure_filled()
        # Widgets the fill put into the now visible page are shown by Qt one event later; show
        # them now, so the page (and its tab order) is whole before a key or a paint reaches it,
        # as if it had been filled while hidden.
        for widget in page.findChildren(QWidget):
            QCoreApplication.sendPostedEvents(widget, QEvent.Type.MetaCall)

    def focus_target(self, uid: str) -> bool:
        for index, page in enumerate(self.pages):
            page.ensure_filled()  # a page can only find the record once it shows the case
            if page.focus_target(uid):
                self.tabs.setCurrentIndex(index)
                return True
        return False

    def set_family_safe(self, on: bool) -> None:
        for page in self.pages:
            page.set_family_safe(on)

    def flush(self) -> None:
        for page in self.pages:
            flush = getattr(page, "flush", None)
            if callable(flush):
                flush()

    def clear(self) -> None:
        for page in self.pages:
            page.clear()
            page.hold_case(None)  # nothing held survives a lock, even if a page forgot super()
        self.tabs.hide()
        self.placeholder.show()

    def current_page_index(self) -> int:
        return self.tabs.currentIndex()

    def set_current_page_index(self, index: int) -> None:
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)


def name_scroll_areas(page: QWidget, title: str) -> None:
    """Name a page's scroll areas after the page: they stay tab stops, and a reader says where.

    A keyboard needs the stop to scroll text that has no fields in it.
    """
    for area in page.findChildren(QScrollArea):
        if not area.accessibleName():
            area.setAccessibleName(title)
