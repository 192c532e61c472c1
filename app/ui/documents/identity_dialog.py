"""The signing identity: see it, create a local one, import a PKCS#12, trust a root CA."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.validation import format_date
from app.ui.documents.choices import vault_of
from app.ui.form_layout import FormLayout
from app.ui.theme import restyle

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class IdentitySummary:
    """What the dialog shows; the key itself never leaves the worker."""

    name: str
    role: str
    organisation: str
    kind: str
    valid_until: datetime
    issuer: str
    roots: tuple[str, ...]


def _common_name(name: Any) -> str:
    from cryptography.x509.oid import NameOID

    values = name.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(values[0].value) if values else name.rfc4514_string()


def read_summary(vault: Any) -> IdentitySummary | None:
    """On the worker: the identity in the vault (None if there is none) and the trusted roots."""
    from app.reports import identity

    roots = tuple(_common_name(r.subject) for r in identity.trust_roots(vault))
    if not identity.has_identity(vault):
        return IdentitySummary("", "", "", "", datetime.min, "", roots) if roots else None
    made = identity.load_identity(vault)
    return IdentitySummary(
        name=made.name,
        role=made.role,
        organisation=made.organisation,
        kind=made.kind,
        valid_until=made.not_after,
        issuer=_common_name(made.certificate.issuer),
        roots=roots,
    )


def _import_file(vault: Any, path: str, secret: bytes | None) -> Any:
    from app.domain.messages import QT_TRANSLATE_NOOP
    from app.reports.identity import SigningError, import_pkcs12

    try:
        data = Path(path).read_bytes()
    except OSError:
        raise SigningError(
            QT_TRANSLATE_NOOP("Signing", "Filen kan ikke læses. Vælg en anden fil.")
        ) from None
    return import_pkcs12(vault, data, secret)


def _trust_file(vault: Any, path: str) -> Any:
    from app.domain.messages import QT_TRANSLATE_NOOP
    from app.reports.identity import SigningError, add_trust_root

    try:
        data = Path(path).read_bytes()
    except OSError:
        raise SigningError(
            QT_TRANSLATE_NOOP("Signing", "Filen kan ikke læses. Vælg en anden fil.")
        ) from None
    return add_trust_root(vault, data)


class IdentityDialog(QDialog):
    identity_changed = Signal()

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("identityDialog")
        self.setWindowTitle(self.tr("Din digitale signatur"))
        self.summary: IdentitySummary | None = None

        current = QGroupBox(self.tr("Signaturen i boksen"))
        self.current_text = QLabel(self.tr("Henter …"))
        self.current_text.setObjectName("identityCurrent")
        self.current_text.setWordWrap(True)
        self.current_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(current).addWidget(self.current_text)

        create = QGroupBox(self.tr("Opret en lokal signatur"))
        self.name = QLineEdit()
        self.name.setObjectName("identityName")
        self.role = QLineEdit()
        self.role.setObjectName("identityRole")
        self.organisation = QLineEdit()
        self.organisation.setObjectName("identityOrganisation")
        me = getattr(ctx, "profile", None)  # the signature names the person in the profile
        if me is not None:
            self.name.setText(me.name)
            self.role.setText(me.role)
            self.organisation.setText(me.organisation)
        self.create_button = QPushButton(self.tr("&Opret signatur"))
        self.create_button.setObjectName("identityCreate")
        self.create_button.clicked.connect(self.create_local)
        create_box = QVBoxLayout(create)
        create_form = FormLayout()
        create_form.add_row(
            self.tr("&Navn:"), self.name, help_text=self.tr("Som det skal stå i underskriften")
        )
        create_form.add_row(self.tr("&Stilling:"), self.role)
        create_form.add_row(self.tr("&Arbejdsplads:"), self.organisation)
        create_form.addRow("", self.create_button)
        note = QLabel(
            self.tr(
                "Stafet laver et lille lokalt nøglecenter og et personligt certifikat, "
                "der gælder i "
                "3 år. Nøglerne gemmes kun krypteret i boksen."
            )
        )
        note.setWordWrap(True)
        create_box.addWidget(note)
        create_box.addLayout(create_form)

        imported = QGroupBox(self.tr("Importér din medarbejdersignatur (PKCS#12)"))
        self.p12_path = QLineEdit()
        self.p12_path.setObjectName("identityP12File")
        self.p12_browse = QPushButton(self.tr("&Vælg fil…"))
        self.p12_browse.setObjectName("identityP12Browse")
        self.p12_browse.clicked.connect(self._choose_p12)
        file_row = QHBoxLayout()
        file_row.addWidget(self.p12_path, 1)
        file_row.addWidget(self.p12_browse)
        self.p12_secret = QLineEdit()
        self.p12_secret.setObjectName("identityP12Passphrase")
        self.p12_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.import_button = QPushButton(self.tr("&Importér"))
        self.import_button.setObjectName("identityImport")
        self.import_button.clicked.connect(self.import_p12)
        import_form = FormLayout(imported)
        import_form.add_row(self.tr("&Fil (.p12/.pfx):"), file_row, focus=self.p12_path)
        import_form.add_row(self.tr("&Adgangskode til filen:"), self.p12_secret)
        import_form.addRow("", self.import_button)

        trust = QGroupBox(self.tr("Betroede rodcertifikater"))
        self.trust_button = QPushButton(self.tr("&Tilføj et betroet rodcertifikat…"))
        self.trust_button.setObjectName("identityTrustRoot")
        self.trust_button.clicked.connect(self._choose_root)
        trust_layout = QVBoxLayout(trust)
        trust_note = QLabel(
            self.tr(
                "Underskrifter, der kæder til et betroet rodcertifikat (fx kommunens), vises som "
                "betroede, når du kontrollerer en PDF."
            )
        )
        trust_note.setWordWrap(True)
        trust_layout.addWidget(trust_note)
        trust_layout.addWidget(self.trust_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.message = QLabel()
        self.message.setObjectName("identityMessage")
        self.message.setWordWrap(True)
        close = QPushButton(self.tr("&Luk"))
        close.setObjectName("identityClose")
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        for box in (current, create, imported, trust):
            layout.addWidget(box)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        ctx.locked.connect(self._locked)
        self.refresh()

    # -- showing -------------------------------------------------------------------------------

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """Tall enough for the wrapped notes at this width.

        Qt's first estimate of a window with wrapped labels in group boxes is too low, and it
        kept it: the name fields and buttons were squashed to a clipped 17 px.
        """
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        need = layout.heightForWidth(self.width())
        if need > self.minimumHeight() or need < self.minimumHeight() - 1:
            self.setMinimumHeight(need)
        if self.height() < need:
            self.resize(self.width(), need)

    def _vault(self) -> Any:
        return vault_of(self.ctx.service)

    def refresh(self) -> None:
        vault = self._vault()
        if vault is None:
            return
        self.ctx.run(read_summary, vault, on_done=self._show_summary, on_error=self._failed)

    def _show_summary(self, summary: IdentitySummary | None) -> None:
        self.summary = summary if summary is not None and summary.name else None
        if self.summary is None:
            text = self.tr("Der er ingen signatur i boksen endnu.")
        else:
            s = self.summary
            kind = self.tr("lokal signatur") if s.kind == "local" else self.tr("importeret")
            text = self.tr(
                "Navn: {name}\nStilling: {role}\nArbejdsplads: {organisation}\n"
                "Gyldig til: {until}\nUdstedt af: {issuer} ({kind})"
            ).format(
                name=s.name,
                role=s.role or "–",
                organisation=s.organisation or "–",
                until=format_date(s.valid_until),
                issuer=s.issuer,
                kind=kind,
            )
        roots = summary.roots if summary is not None else ()
        if roots:
            text += "\n" + self.tr("Betroede rødder: {roots}").format(roots="; ".join(roots))
        self.current_text.setText(text)
        self._fit_height()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        restyle(self.message, "problem", bool(error))
        self._fit_height()

    def _failed(self, exc: BaseException) -> None:
        self._say(self.ctx.error_text(exc), error=True)

    # -- changing ------------------------------------------------------------------------------

    def create_local(self) -> None:
        vault = self._vault()
        if vault is None:
            return
        from app.reports.identity import create_local_identity

        self._say(self.tr("Opretter signaturen …"))
        self.ctx.run(
            create_local_identity,
            vault,
            name=self.name.text(),
            role=self.role.text(),
            organisation=self.organisation.text(),
            on_done=lambda made: self._changed(
                self.tr("Signaturen for {name} er oprettet.").format(name=made.name)
            ),
            on_error=self._failed,
        )

    def _choose_p12(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self, self.tr("Vælg din PKCS#12-fil"), "", self.tr("PKCS#12 (*.p12 *.pfx)")
        )
        if path:
            self.p12_path.setText(path)

    def import_p12(self) -> None:
        vault = self._vault()
        path = self.p12_path.text().strip()
        if vault is None:
            return
        if not path:
            self._say(self.tr("Vælg først PKCS#12-filen."), error=True)
            return
        secret = self.p12_secret.text().encode() or None
        self.p12_secret.clear()  # not kept on screen or in memory longer than needed
        self._say(self.tr("Importerer …"))
        self.ctx.run(
            _import_file,
            vault,
            path,
            secret,
            on_done=lambda made: self._changed(
                self.tr("Signaturen for {name} er importeret. Filen bruges ikke længere.").format(
                    name=made.name
                )
            ),
            on_error=self._failed,
        )

    def _choose_root(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self,
            self.tr("Vælg et rodcertifikat"),
            "",
            self.tr("Certifikater (*.pem *.crt *.cer *.der)"),
        )
        if path:
            self.trust_file(path)

    def trust_file(self, path: str) -> None:
        vault = self._vault()
        if vault is None:
            return
        self.ctx.run(
            _trust_file,
            vault,
            path,
            on_done=lambda cert: self._changed(
                self.tr("Stafet stoler nu på underskrifter udstedt af {issuer}.").format(
                    issuer=_common_name(cert.subject)
                )
            ),
            on_error=self._failed,
        )

    def _changed(self, text: str) -> None:
        self._say(text)
        self.identity_changed.emit()
        self.refresh()

    def _locked(self) -> None:
        self.p12_secret.clear()
        self.current_text.clear()
        self.reject()
