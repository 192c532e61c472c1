"""Check a signed PDF: intact, changed after signing, or invalid; who signed, when, trusted."""

from __future__ import annotations

import logging
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.messages import QT_TRANSLATE_NOOP, UserError
from app.domain.validation import format_date
from app.ui.documents.choices import vault_of
from app.ui.form_layout import FormLayout

logger = logging.getLogger(__name__)

UNREADABLE = QT_TRANSLATE_NOOP("Verify", "Filen kan ikke læses. Vælg en anden fil.")


class Outcome(Enum):
    INTACT = "intact"  # signed, unchanged since, signature valid
    CHANGED = "changed"  # changed or added to after signing
    INVALID = "invalid"  # no signature, not a PDF, a signature that does not hold


def check_file(path: str, vault: Any) -> Any:
    """On the worker: read the file and verify it against the vault's trusted roots."""
    from app.reports import verify

    try:
        data = Path(path).read_bytes()
    except OSError:
        raise UserError("Verify", UNREADABLE) from None
    roots = None
    if vault is not None:
        from app.reports.identity import trust_roots

        roots = trust_roots(vault)
    return verify.verify_pdf(data, roots)


def outcome_of(verdict: Any) -> Outcome:
    from app.reports import verify

    if verdict.ok:
        return Outcome.INTACT
    problems = set(verdict.problems)
    for sig in verdict.signatures:
        problems.update(sig.problems)
    if problems & {verify.NOT_INTACT, verify.NOT_WHOLE_FILE, verify.MODIFIED}:
        return Outcome.CHANGED
    return Outcome.INVALID


class VerifyDialog(QDialog):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("verifyDialog")
        self.setWindowTitle(self.tr("Kontrollér en underskrevet PDF"))
        self.outcome: Outcome | None = None

        self.path = QLineEdit()
        self.path.setObjectName("verifyFile")
        self.browse = QPushButton(self.tr("&Vælg PDF…"))
        self.browse.setObjectName("verifyBrowse")
        self.browse.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        form = FormLayout()
        form.add_row(self.tr("&Fil:"), row, focus=self.path)
        self.check_button = QPushButton(self.tr("&Kontrollér"))
        self.check_button.setObjectName("verifyCheck")
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)

        self.headline = QLabel()
        self.headline.setObjectName("verifyHeadline")
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.headline.setFont(font)
        self.details = QLabel()
        self.details.setObjectName("verifyDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QPushButton(self.tr("&Luk"))
        close.setObjectName("verifyClose")
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.headline)
        layout.addWidget(self.details)
        layout.addStretch(1)
        self.resize(600, 360)
        ctx.locked.connect(self.reject)

    def choose_file(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self, self.tr("Vælg den PDF, der skal kontrolleres"), "", self.tr("PDF-filer (*.pdf)")
        )
        if path:
            self.path.setText(path)
            self.check()

    def check(self) -> None:
        path = self.path.text().strip()
        if not path:
            self.headline.setText(self.tr("Vælg først en PDF-fil."))
            return
        self.outcome = None
        self.headline.setText(self.tr("Kontrollerer …"))
        self.details.clear()
        self.check_button.setEnabled(False)
        self.ctx.run(
            check_file, path, vault_of(self.ctx.service), on_done=self._show, on_error=self._failed
        )

    def _failed(self, exc: BaseException) -> None:
        self.check_button.setEnabled(True)
        self.outcome = Outcome.INVALID
        self.headline.setText(self.tr("Filen kunne ikke kontrolleres."))
        self.details.setText(self.ctx.error_text(exc))

    def _show(self, verdict: Any) -> None:
        self.check_button.setEnabled(True)
        self.outcome = outcome_of(verdict)
        if self.outcome is Outcome.INTACT:
            headline = self.tr(
                "Underskriften er i orden: dokumentet er uændret, siden det blev underskrevet."
            )
            color = "#22543d"
        elif self.outcome is Outcome.CHANGED:
            headline = self.tr(
                "Dokumentet er ændret, efter at det blev underskrevet. Stol ikke på indholdet."
            )
            color = "#9b2c2c"
        else:
            headline = self.tr("Underskriften er ugyldig, eller filen er ikke underskrevet.")
            color = "#9b2c2c"
        self.headline.setText(headline)
        self.headline.setStyleSheet(f"color: {color};")
        self.details.setText("\n".join(self.detail_lines(verdict)))

    def detail_lines(self, verdict: Any) -> list[str]:
        from app.reports.text import local_time

        lines: list[str] = []
        for sig in verdict.signatures:
            who = sig.signer + (f" ({sig.signer_details})" if sig.signer_details else "")
            lines.append(self.tr("Underskrevet af: {who}").format(who=who))
            if sig.signed_at is not None:
                when = local_time(sig.signed_at)
                source = (
                    self.tr("ifølge tidsstemplet")
                    if sig.timestamped
                    else self.tr("ifølge underskriverens ur")
                )
                lines.append(
                    self.tr("Tidspunkt: {date} kl. {time} ({source})").format(
                        date=format_date(when), time=when.strftime("%H.%M"), source=source
                    )
                )
            if sig.trusted is None:
                lines.append(self.tr("Udsteder: ikke kontrolleret (boksen er låst)"))
            elif sig.trusted:
                lines.append(self.tr("Udsteder: kæder til et betroet rodcertifikat"))
            else:
                lines.append(
                    self.tr(
                        "Udsteder: kæder ikke til et betroet rodcertifikat. Tilføj udstederens "
                        "rodcertifikat under Dokumenter → Digital signatur, hvis du stoler på det."
                    )
                )
        problems = list(verdict.problems)
        for sig in verdict.signatures:
            problems += [p for p in sig.problems if p not in problems]
        for problem in problems:
            lines.append(QCoreApplication.translate("Verify", problem))
        return lines
