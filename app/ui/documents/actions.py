"""The "Dokumenter" menu: export/print, the signing identity, verify (in the main window)."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

logger = logging.getLogger(__name__)


class DocumentActions(QObject):
    """Owns the document actions of a MainWindow; enabled only while the vault is open."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.export = self._action(
            "actionExportDocument",
            self.tr("&Gem eller udskriv dokument…"),
            QKeySequence.keyBindings(QKeySequence.StandardKey.Print),
            self.open_export,
        )
        self.export.setToolTip(self.tr("Lav en PDF af et dokument fra den åbne sag (Ctrl+P)"))
        self.print_plan = self._action(
            "actionPrintFamilyPlan",
            self.tr("Udskriv familiens &plan…"),
            [QKeySequence("Ctrl+Shift+P")],
            self.print_family_plan,
        )
        self.print_plan.setToolTip(
            self.tr("Vis og udskriv familiens plan for den åbne sag (Ctrl+Shift+P)")
        )
        self.identity = self._action(
            "actionSigningIdentity", self.tr("&Digital signatur…"), [], self.open_identity
        )
        self.verify = self._action(
            "actionVerifyPdf", self.tr("&Kontrollér en underskrevet PDF…"), [], self.open_verify
        )
        bar = window.menuBar()
        self.menu = bar.addMenu(self.tr("&Dokumenter"))
        self.menu.setObjectName("menuDocuments")
        help_menu = window.findChild(QObject, "menuHelp")
        if help_menu is not None:
            bar.insertMenu(help_menu.menuAction(), self.menu)
        self.menu.addAction(self.export)
        self.menu.addAction(self.print_plan)
        self.menu.addSeparator()
        self.menu.addAction(self.identity)
        self.menu.addAction(self.verify)
        file_menu = window.findChild(QObject, "menuFile")
        if file_menu is not None:
            actions = file_menu.actions()
            before = actions[1] if len(actions) > 1 else None
            file_menu.insertAction(before, self.export)
            file_menu.insertAction(before, self.verify)
        toolbar = getattr(window, "toolbar", None)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(self.export)
            toolbar.addAction(self.print_plan)
        self.ctx.unlocked.connect(lambda: self.set_enabled(True))
        self.ctx.locked.connect(lambda: self.set_enabled(False))
        self.ctx.family_safe_changed.connect(
            lambda _on: self.set_enabled(not getattr(window, "is_locked", True))
        )
        self.set_enabled(not getattr(window, "is_locked", True))

    def _action(self, name: str, text: str, keys: list, slot: Any) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if keys:
            action.setShortcuts(keys)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def set_enabled(self, on: bool) -> None:
        for action in (self.export, self.print_plan, self.identity, self.verify):
            action.setEnabled(on)
        # A PDF picked from disk may be another family's: not while the family is looking.
        self.verify.setEnabled(on and not self.ctx.family_safe)

    def open_export(self) -> Any:
        from app.ui.documents.export_dialog import open_export

        return open_export(self.window, self.ctx)

    def print_family_plan(self) -> None:
        from app.ui.documents.printing import print_family_plan

        if self.ctx.current_case_id is None:
            self.ctx.user_message.emit(
                self.tr("Åbn en sag først: familiens plan udskrives fra den åbne sag.")
            )
            return
        print_family_plan(self.window, self.ctx, on_shown=self._preview_shown)

    def _preview_shown(self, dialog: Any) -> None:
        self.preview = dialog

    def open_identity(self) -> Any:
        from app.ui.documents.identity_dialog import IdentityDialog

        dialog = IdentityDialog(self.ctx, self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_verify(self) -> Any:
        from app.ui.documents.verify_dialog import VerifyDialog

        dialog = VerifyDialog(self.ctx, self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
