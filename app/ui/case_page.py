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

    The case view fills only the page on screen; the others hold the newest case
    (`hold_case`) and show it when they are shown (`ensure_filled`), so opening a case costs
    one page, not every tab.
    """

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.family_safe = ctx.family_safe
        self._held_case: records.Case | None = None  # handed over, not shown yet

    def hold_case(self, case: records.Case | None) -> None:
        """Remember the newest case to show when this page is next shown (it is hidden now).

        Only the newest counts: `show_case` takes the whole freshly loaded case each time.
        """
        self._held_case = case

    def has_held_case(self) -> bool:
        return self._held_case is not None

    def ensure_filled(self) -> None:
        """Show the held case now, if there is one: before this page is shown or used.

        The tab switch calls it before the page paints, so another child's data held from
        before is never on screen.
        """
        case, self._held_case = self._held_case, None
        if case is None:
            return
        try:
            self.show_case(case)
        except Exception:  # noqa: BLE001 - show the rest; the log has the type only
            logger.error("page %s could not show the case", type(self).__name__)
            logger.debug("details", exc_info=True)

    def page_title(self) -> str:
        raise NotImplementedError

    def show_case(self, case: records.Case) -> None:
        raise NotImplementedError

    def set_family_safe(self, on: bool) -> None:
        self.family_safe = on

    def clear(self) -> None:
        self._held_case = None
        clear_personal_texts(self)

    def focus_target(self, uid: str) -> bool:
        return False
