"""The stafetlog page of an open case."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.ui.case_page import CasePage

logger = logging.getLogger(__name__)


class StafetlogPage(CasePage):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        self._title = QLabel(self)
        self._title.setProperty("personal", True)
        layout.addWidget(self._title)

    def page_title(self) -> str:
        return self.tr("Stafetlog")

    def show_case(self, case) -> None:
        self._title.setText(case.child.name)
