"""Undo commands: each changes the records through the case service, never a widget.

The first redo (on push) adds the record; undo retracts that exact version through the
service; redo adds it again. The screens follow through UiContext.case_changed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from app.ui.context import UiContext

logger = logging.getLogger(__name__)


class AddRecordCommand(QUndoCommand):
    """Add one record (a log entry, an actor row, a level change, …); undo = retract it.

    `on_added` runs once, after the first add: a redo after an undo does not repeat it.
    """

    def __init__(
        self,
        ctx: UiContext,
        case_id: int,
        text: str,
        add: Callable[[Any], Any],
        uid: str,
        *,
        on_added: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.case_id = case_id
        self._add = add  # add(service) → stores the record (with the fixed uid)
        self.uid = uid
        self._on_added = on_added
        self.failed = False

    def redo(self) -> None:
        self.ctx.run(self._add, self.ctx.service, on_done=self._added, on_error=self._add_failed)

    def undo(self) -> None:
        if self.failed:
            return
        self.ctx.run(self.ctx.service.retract, self.case_id, self.uid, on_done=self._reload)

    def _added(self, result: Any) -> None:
        if isinstance(result, str) and result:
            self.uid = result  # a revision may get a fresh uid from the service
        on_added, self._on_added = self._on_added, None
        if on_added is not None:
            on_added()
        self._reload()

    def _add_failed(self, exc: BaseException) -> None:
        # Nothing was stored: make the command a no-op so undo never retracts something else.
        self.failed = True
        self.setObsolete(True)
        self.ctx.report_error(exc)
        stack = self.ctx.undo_stack
        if stack.index() > 0 and stack.command(stack.index() - 1) is self:
            stack.undo()  # drops it (obsolete commands are removed on undo)

    def _reload(self, _result: Any = None) -> None:
        if self.ctx.current_case_id == self.case_id:
            self.ctx.reload_case()
