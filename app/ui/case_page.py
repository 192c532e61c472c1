"""The base of every page shown inside an open case (the stafetlog, and the live-meeting pages)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.ui.personal_text import clear_personal_texts

if TYPE_CHECKING:
    from app.domain import records
    from app.ui.context import UiContext

logger = logging.getLogger(__name__)


class CasePage(QWidget):
    """A page of the case view. The case view calls these methods; subclasses fill them in.

    - `show_case(case)`: display the (freshly reloaded) case; called after every change.
    - `set_family_safe(on)`: hide CPR numbers, worry scales and internal notes while on.
    - `clear()`: on lock, remove every personal text from every widget and model of the page.
    - `focus_target(uid)`: scroll to and focus the record with this uid; False if not on this page.
    """

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.family_safe = ctx.family_safe

    def page_title(self) -> str:
        raise NotImplementedError

    def show_case(self, case: records.Case) -> None:
        raise NotImplementedError

    def set_family_safe(self, on: bool) -> None:
        self.family_safe = on

    def clear(self) -> None:
        clear_personal_texts(self)

    def focus_target(self, uid: str) -> bool:
        return False
