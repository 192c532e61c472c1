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
from app.ui.headings import mark_heading
from app.ui.theme import restyle

logger = logging.getLogger(__name__)

UNREADABLE = QT_TRANSLATE_NOOP("Verify", "Filen kan ikke læses. Vælg en anden fil.")


class Outcome(Enum):
    INTACT = "intact"  # i orden: unchanged since, trusted signer, certificate valid at signing
    CHANGED = "changed"  # changed or added to after signing
    INVALID = "invalid"  # no signature, not a PDF, a signature that does not hold
    UNTRUSTED = "untrusted"  # unchanged, but who signed is not confirmed (a forgery looks so)
    CERT_NOT_VALID = "cert_not_valid"  # unchanged, trusted, certificate expired/not yet valid


def check_file(path: str, vault: Any) -> Any:
    """On the worker: read the file and verify it against everything the user trusts."""
    from app.reports import verify
    from app.reports.trust import gather_trust_anchors

    try:
        data = Path(path).read_bytes()
    except OSError:
        raise UserError("Verify", UNREADABLE) from None
    return verify.verify_pdf(data, gather_trust_anchors(vault))


def outcome_of(verdict: Any) -> Outcome:
    from app.reports import verify

    found = verdict.outcome
    if found is verify.Outcome.OK:
        return Outcome.INTACT
    if found is verify.Outcome.UNTRUSTED:
        return Outcome.UNTRUSTED
    if found is verify.Outcome.CERT_NOT_VALID:
        return Outcome.CERT_NOT_VALID
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
        mark_heading(self.headline, 1)
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
                "Underskriften er i orden: dokumentet er uændret, siden det blev underskrevet, "
                "underskriveren er betroet, og certifikatet var gyldigt."
            )
            verdict_kind = "ok"
        elif self.outcome is Outcome.UNTRUSTED:
            headline = self.tr(
                "Underskriften er IKKE i orden: dokumentet er uændret, men det er ikke bekræftet, "
                "hvem der har underskrevet. Navnet kan være forfalsket."
            )
            verdict_kind = "problem"
        elif self.outcome is Outcome.CERT_NOT_VALID:
            headline = self.tr(
                "Underskriften er IKKE i orden: dokumentet er uændret, men certifikatet var ikke "
                "gyldigt, da der blev underskrevet."
            )
            verdict_kind = "problem"
        elif self.outcome is Outcome.CHANGED:
            headline = self.tr(
                "Dokumentet er ændret, efter at det blev underskrevet. Stol ikke på indholdet."
            )
            verdict_kind = "problem"
        else:
            headline = self.tr("Underskriften er ugyldig, eller filen er ikke underskrevet.")
            verdict_kind = "problem"
        self.headline.setText(headline)
        restyle(self.headline, "verdict", verdict_kind)  # green or red from app/ui/theme.py
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
            if sig.valid_from is not None and sig.valid_until is not None:
                lines.append(
                    self.tr("Certifikatet gælder fra {start} til {end}").format(
                        start=format_date(local_time(sig.valid_from)),
                        end=format_date(local_time(sig.valid_until)),
                    )
                )
            if sig.trusted:
                lines.append(self.tr("Underskriveren er betroet: {why}").format(why=sig.trusted_by))
            else:
                lines.append(
                    self.tr(
                        "Underskriveren er ikke betroet. Tilføj udstederens rodcertifikat under "
                        "Dokumenter → Digital signatur, eller kontrollér kontaktens fingeraftryk, "
                        "hvis du stoler på den."
                    )
                )
        head = verdict.audit_head
        if head is not None and verdict.unchanged:
            lines.append(
                self.tr("Revisionsspor ved underskrift: nr. {seq}").format(seq=head.seq)
            )
            if not verdict.trusted:
                lines.append(
                    self.tr(
                        "Revisionssporets nummer er kun en påstand, så længe underskriveren ikke "
                        "er betroet."
                    )
                )
        problems = list(verdict.problems)
        for sig in verdict.signatures:
            problems += [p for p in sig.problems if p not in problems]
        for problem in problems:
            params: dict[str, str] = {}
            for sig in verdict.signatures:
                params.update(sig.params(problem))
            lines.append(QCoreApplication.translate("Verify", problem).format(**params))
        return lines
