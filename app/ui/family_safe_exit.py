"""Leaving the family-safe view: the caseworker proves it is them (passphrase or PIN)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.context import UiContext
from app.ui.form_layout import name_field


class LeaveFamilySafeDialog(QDialog):
    """Accepted only when the passphrase (or the PIN) is right; the check runs on the worker."""

    def __init__(self, ctx: UiContext, vault: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leaveFamilySafeDialog")
        self.setWindowTitle(self.tr("Slå familievisning fra"))
        self.ctx = ctx
        self.vault = vault
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Familievisningen viser kun den åbne sag. Skriv din adgangsfrase eller din kode "
                "for at se alle sager igen."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.secret = QLineEdit()
        self.secret.setObjectName("leaveFamilySafeSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        name_field(self.secret, self.tr("Adgangsfrase eller kode"))
        layout.addWidget(self.secret)
        self.error = QLabel()
        self.error.setObjectName("leaveFamilySafeError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Slå &fra"))
        self.buttons.accepted.connect(self.check)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.secret.setFocus()

    def check(self) -> None:
        from app.vault.pin import check_passphrase_or_pin

        text = self.secret.text()
        if not text.strip():
            return
        self.buttons.setEnabled(False)
        self.ctx.run(
            check_passphrase_or_pin, self.vault, text, on_done=self._right, on_error=self._wrong
        )

    def _right(self, _result: object) -> None:
        self.secret.clear()
        self.accept()

    def _wrong(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.secret.clear()
        self.secret.setFocus()
        self.error.setText(self.ctx.error_text(exc))
        self.error.show()
