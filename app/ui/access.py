"""The first screens: create a vault (with the one-time recovery key) or unlock it.

The key derivation runs on a worker thread: the window keeps painting and shows a busy bar.
"""

from __future__ import annotations

import logging
import math
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.messages import UserError
from app.ui.form_layout import FormLayout, name_field
from app.ui.headings import mark_heading
from app.ui.profile_dialog import ProfileFields
from app.ui.vault_gateway import VaultGateway, protection_notice

logger = logging.getLogger(__name__)

DEFAULT_MIN_PASSPHRASE = 8


def passphrase_strength(
    text: str, minimum: int, *, passphrase_only: bool = False
) -> tuple[int, str]:
    """0 too short, 1 weak (creating the vault would refuse it), 3 strong — with a hint.

    The same estimate (zxcvbn with Danish words) and the same bar as the vault applies when it
    is created, so the hint never calls strong what creating then refuses.
    """
    from app.vault.strength import minimum_score, score

    translate = QCoreApplication.translate
    if len(text) < minimum:
        return 0, translate("Access", "For kort: brug mindst {n} tegn.").format(n=minimum)
    if len(text.strip()) >= minimum and score(text) >= minimum_score(
        passphrase_only=passphrase_only
    ):
        return 3, translate("Access", "Stærk. Husk den – den kan ikke nulstilles.")
    return 1, translate("Access", "Svag: brug hellere fire almindelige ord med mellemrum.")


class _Busy(QProgressBar):
    """An indeterminate bar shown while the key is derived."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 0)
        self.setTextVisible(False)
        self.setMaximumHeight(8)
        self.hide()
        name_field(self, QCoreApplication.translate("Access", "Arbejder"))


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setWordWrap(True)
    return mark_heading(label, 1)


def _message_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName("calmMessage")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


class _AccessForm(QWidget):
    """An access form's footer: action button, busy bar, calm message, protection notice."""

    busy: _Busy
    message: QLabel
    notice: QLabel

    def _add_footer(self, layout: QVBoxLayout, button: QPushButton) -> None:
        """The action button at the right, then the busy bar, the message and the notice."""
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(button)
        layout.addLayout(buttons)
        self.busy = _Busy(self)
        layout.addWidget(self.busy)
        self._add_messages(layout)

    def _add_messages(self, layout: QVBoxLayout) -> None:
        self.message = _message_label()
        layout.addWidget(self.message)
        self.notice = _message_label()
        self.notice.setObjectName("protectionNotice")
        layout.addWidget(self.notice)
        layout.addStretch(1)

    def set_notice(self, notice: str) -> None:
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))


class UnlockForm(_AccessForm):
    """Passphrase → vault. Wrong passphrases get a calm message and a growing wait."""

    started = Signal()  # the key derivation began: the workspace can be built meanwhile
    opened = Signal(object)

    def __init__(self, gateway: VaultGateway, run: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gateway = gateway
        self._run = run
        self._wait_left = 0
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(_heading(self.tr("Lås Stafet op")))
        intro = QLabel(self.tr("Skriv din adgangsfrase for at åbne boksen med dine sager."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = FormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("unlockPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label = form.add_row(self.tr("&Adgangsfrase:"), self.passphrase)
        layout.addLayout(form)
        self.use_recovery = QCheckBox(self.tr("Brug &gendannelsesnøglen i stedet"))
        self.use_recovery.setObjectName("useRecoveryKey")
        self.use_recovery.toggled.connect(self._recovery_toggled)
        layout.addWidget(self.use_recovery)
        self.unlock_button = QPushButton(self.tr("&Lås op"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        self._add_footer(layout, self.unlock_button)
        self.passphrase.returnPressed.connect(self.unlock)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        # A coarse timer may fire early; the vault would then refuse the next try once more.
        self._countdown.setTimerType(Qt.TimerType.PreciseTimer)
        self._countdown.timeout.connect(self._tick)

    def _recovery_toggled(self, on: bool) -> None:
        self.passphrase.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        )
        label = self.tr("Gendannelsesnøgle") if on else self.tr("Adgangsfrase")
        self.passphrase.setAccessibleName(label)
        self.passphrase_label.setText(
            self.tr("&Gendannelsesnøgle:") if on else self.tr("&Adgangsfrase:")
        )
        self.passphrase.clear()
        self.passphrase.setFocus()

    def reset(self) -> None:
        self.passphrase.clear()
        self.message.hide()
        self.busy.hide()
        self.use_recovery.setChecked(False)
        self._set_enabled(self._wait_left <= 0)
        self.passphrase.setFocus()

    def wait_before_next_try(self, wait: float) -> None:
        """After repeated wrong passphrases (also from an earlier session): count down first."""
        if wait > 0 and self._wait_left <= 0:
            self._wait_left = math.ceil(wait + 0.2)  # a little margin over the vault's clock
            self.message.setText(
                self.tr("Der er tastet forkert for mange gange. Vent lidt, og prøv igen.")
            )
            self.message.show()
            self._show_wait()
            self._countdown.start()
        self._set_enabled(self._wait_left <= 0)
        self.passphrase.setFocus()

    def _set_enabled(self, on: bool) -> None:
        self.passphrase.setEnabled(on)
        self.unlock_button.setEnabled(on)
        self.use_recovery.setEnabled(on)

    def unlock(self) -> None:
        secret = self.passphrase.text()
        if not secret or not self.unlock_button.isEnabled():
            return
        self._set_enabled(False)
        self.busy.show()
        self.message.hide()
        self.started.emit()
        call = (
            self.gateway.unlock_with_recovery_key
            if self.use_recovery.isChecked()
            else self.gateway.unlock
        )
        self._run(call, secret, on_done=self._done, on_error=self._failed)

    def _done(self, vault: Any) -> None:
        self.busy.hide()
        self.passphrase.clear()
        self._set_enabled(True)
        logger.info("vault unlocked")
        self.opened.emit(vault)

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self.passphrase.clear()
        if isinstance(exc, UserError):
            logger.info("unlock refused: %s", type(exc).__name__)  # the kind, for IT
            text = exc.render(QCoreApplication.translate)
        else:
            logger.error("unlock failed: %s", type(exc).__name__)
            text = self.tr("Boksen kunne ikke åbnes. Intet er ændret.")
        wait = float(getattr(exc, "retry_after", 0.0) or 0.0)
        self.message.setText(text)
        self.message.show()
        if wait > 0:
            self._wait_left = math.ceil(wait + 0.2)  # a little margin over the vault's clock
            self._show_wait()
            self._countdown.start()
        else:
            self._set_enabled(True)
            self.passphrase.setFocus()

    def _show_wait(self) -> None:
        self.unlock_button.setText(self.tr("Vent {n} s").format(n=self._wait_left))

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left > 0:
            self._show_wait()
            return
        self._countdown.stop()
        self.unlock_button.setText(self.tr("&Lås op"))
        self._set_enabled(True)
        self.passphrase.setFocus()


class CreateForm(_AccessForm):
    """A new vault: who you are, a passphrase twice (with a strength hint)."""

    created = Signal(object, str)  # vault, recovery key

    def __init__(self, gateway: VaultGateway, run: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gateway = gateway
        self._run = run
        self.minimum = DEFAULT_MIN_PASSPHRASE  # the vault's own minimum arrives with the probe
        # No secure keyring: the passphrase alone guards the vault, and it must be stronger.
        self.passphrase_only = False
        self.user_name_value = ""
        self.profile_value: Any = None  # app.people.Profile, stored once the vault is open
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(_heading(self.tr("Opret din boks")))
        intro = QLabel(
            self.tr(
                "Stafet gemmer alle sager krypteret i en boks på denne computer. Vælg en "
                "adgangsfrase, som kun du kender: fire tilfældige ord, der ikke hænger sammen, "
                "fx «kaktus lampe vandre november». Undgå navne, datoer og kendte ord."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = FormLayout()
        self.user_name = QLineEdit()
        self.user_name.setObjectName("createUserName")
        form.add_row(
            self.tr("Dit &navn:"),
            self.user_name,
            help_text=self.tr("Står i loggen ved det, du skriver."),
        )
        self.profile_fields = ProfileFields(form, name=self.user_name)  # who you are, all of it
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("createPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.add_row(self.tr("&Adgangsfrase:"), self.passphrase)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("createRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.add_row(self.tr("&Gentag adgangsfrasen:"), self.repeat)
        self.strength = QLabel()
        self.strength.setObjectName("strengthHint")
        self.strength.setWordWrap(True)
        form.addRow("", self.strength)
        layout.addLayout(form)
        self.create_button = QPushButton(self.tr("&Opret boksen"))
        self.create_button.setObjectName("createButton")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create)
        self._add_footer(layout, self.create_button)
        self.passphrase.textChanged.connect(self._update_hint)
        self.repeat.textChanged.connect(self._update_hint)
        self._update_hint()

    def _update_hint(self) -> None:
        score, hint = passphrase_strength(
            self.passphrase.text(), self.minimum, passphrase_only=self.passphrase_only
        )
        if self.repeat.text() and self.repeat.text() != self.passphrase.text():
            hint += " " + self.tr("De to felter er ikke ens endnu.")
        self.strength.setText(hint)
        self.strength.setProperty("strength", score)
        self.strength.style().unpolish(self.strength)
        self.strength.style().polish(self.strength)

    def problem(self) -> str:
        """The first thing to fix before the vault can be created, or ''."""
        if not self.user_name.text().strip():
            return self.tr("Skriv dit navn. Det står ved det, du skriver i loggen.")
        if len(self.passphrase.text()) < self.minimum:
            return self.tr("Adgangsfrasen skal være mindst {n} tegn.").format(n=self.minimum)
        if self.passphrase.text() != self.repeat.text():
            return self.tr("De to adgangsfraser er ikke ens. Skriv dem igen.")
        return self.profile_fields.problem()  # stilling and arbejdsplads, checked like the CLI

    def create(self) -> None:
        problem = self.problem()
        if problem:
            self.message.setText(problem)
            self.message.show()
            return
        self.message.hide()
        self.create_button.setEnabled(False)
        self.busy.show()
        self.user_name_value = self.user_name.text().strip()
        self.profile_value = self.profile_fields.profile()
        self._run(
            self.gateway.create, self.passphrase.text(), on_done=self._done, on_error=self._failed
        )

    def _done(self, result: tuple[Any, str]) -> None:
        vault, recovery_key = result
        self.busy.hide()
        self.passphrase.clear()
        self.repeat.clear()
        self.create_button.setEnabled(True)
        self.created.emit(vault, str(recovery_key))

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self.create_button.setEnabled(True)
        if isinstance(exc, UserError):
            logger.info("creating the vault refused: %s", type(exc).__name__)
            self.message.setText(exc.render(QCoreApplication.translate))
        else:
            logger.error("creating the vault failed: %s", type(exc).__name__)
            self.message.setText(self.tr("Boksen kunne ikke oprettes. Intet er gemt."))
        self.message.show()


class RecoveryKeyForm(_AccessForm):
    """Shown once: the recovery key, print/save, and a tick that it is stored safely."""

    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(_heading(self.tr("Din gendannelsesnøgle")))
        intro = QLabel(
            self.tr(
                "Hvis du glemmer adgangsfrasen, eller computeren skiftes ud, kan boksen kun "
                "åbnes med denne nøgle. Den vises kun denne ene gang. Skriv den ned, udskriv "
                "den eller gem den på et USB-stik, og opbevar den låst inde."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.key_label = QLabel()
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setProperty("personal", True)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        name_field(self.key_label, self.tr("Gendannelsesnøgle"))
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.key_label)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("&Udskriv…"))
        self.print_button.setObjectName("printRecoveryKey")
        self.print_button.clicked.connect(self.print_key)
        self.save_button = QPushButton(self.tr("&Gem som fil…"))
        self.save_button.setObjectName("saveRecoveryKey")
        self.save_button.clicked.connect(self.save_key)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.stored = QCheckBox(self.tr("Jeg har &gemt gendannelsesnøglen et sikkert sted"))
        self.stored.setObjectName("recoveryStored")
        layout.addWidget(self.stored)
        done_row = QHBoxLayout()
        done_row.addStretch(1)
        self.continue_button = QPushButton(self.tr("&Fortsæt"))
        self.continue_button.setObjectName("recoveryContinue")
        self.continue_button.setEnabled(False)
        self.stored.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._continue)
        done_row.addWidget(self.continue_button)
        layout.addLayout(done_row)
        self._add_messages(layout)

    def show_key(self, key: str, notice: str = "") -> None:
        self.key_label.setText(key)
        self.stored.setChecked(False)
        self.set_notice(notice)

    def key_document_text(self) -> str:
        return self.tr(
            "Stafet – gendannelsesnøgle\n\n{key}\n\nOpbevar dette papir låst inde. Med nøglen kan "
            "boksen åbnes uden adgangsfrasen."
        ).format(key=self.key_label.text())

    def print_key(self) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        document.setPlainText(self.key_document_text())
        document.print_(printer)

    def save_key(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Gem gendannelsesnøglen"),
            self.tr("stafet-gendannelsesnoegle.txt"),
            self.tr("Tekstfiler (*.txt)"),
        )
        if not path:
            return
        try:
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(self.key_document_text() + "\n")
        except OSError as exc:
            logger.warning("saving the recovery key failed: %s", type(exc).__name__)
            self.message.setText(self.tr("Filen kunne ikke gemmes. Vælg et andet sted."))
            self.message.show()
            return
        self.message.setText(
            self.tr("Gemt. Flyt filen til et USB-stik, og slet den fra computeren.")
        )
        self.message.show()

    def _continue(self) -> None:
        if self.stored.isChecked():
            self.key_label.clear()
            self.confirmed.emit()


class AccessPage(QWidget):
    """Create, show the recovery key, or unlock — whichever fits the vault folder."""

    opened = Signal(object)  # the unlocked vault
    unlock_started = Signal()

    def __init__(self, gateway: VaultGateway, run: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gateway = gateway
        self._run = run
        self._new_vault: Any = None
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.addStretch(1)
        self.stack = QStackedWidget()
        self.stack.setMinimumWidth(420)
        self.stack.setMaximumWidth(620)
        column.addWidget(self.stack)
        column.addStretch(2)
        outer.addLayout(column, 3)
        outer.addStretch(1)
        self.unlock_form = UnlockForm(gateway, run)
        self.create_form = CreateForm(gateway, run)
        self.recovery_form = RecoveryKeyForm()
        for form in (self.unlock_form, self.create_form, self.recovery_form):
            self.stack.addWidget(form)
        self.unlock_form.opened.connect(self.opened)
        self.unlock_form.started.connect(self.unlock_started)
        self.create_form.created.connect(self._created)
        self.recovery_form.confirmed.connect(self._recovery_confirmed)

    @property
    def user_name(self) -> str:
        return self.create_form.user_name_value

    def take_new_profile(self) -> Any:
        """The profile typed on the create screen (once; None after, or for an unlock)."""
        value, self.create_form.profile_value = self.create_form.profile_value, None
        return value

    def start(self) -> None:
        """Show the create screen for an empty folder, else the unlock screen.

        The first guess looks only at file names, so the window appears before the vault code
        (and SQLAlchemy) is imported; the probe on the worker then fills in the details.
        """
        if self.gateway.looks_like_vault():
            self.show_unlock()
        else:
            self._show_create()
            self._probe()

    def _show_create(self) -> None:
        self.stack.setCurrentWidget(self.create_form)
        self.create_form.user_name.setFocus()

    def _probe(self) -> None:
        gateway = self.gateway

        def probe() -> tuple[bool, str, float, int]:
            try:
                exists = gateway.exists()
            except UserError:
                exists = True
            notice = gateway.passphrase_only_notice(existing=exists)
            wait = gateway.unlock_wait() if exists else 0.0
            if not exists:  # the strength hint's dictionaries load here, not at the first key
                from app.vault.strength import score

                score("forvarmning")
            return exists, notice, wait, gateway.min_passphrase()

        self._run(probe, on_done=self._probed, on_error=lambda exc: None)

    def _probed(self, result: tuple[bool, str, float, int]) -> None:
        exists, notice, wait, minimum = result
        self.create_form.minimum = minimum
        self.create_form.passphrase_only = bool(notice)
        self.create_form._update_hint()
        if exists:
            if self.stack.currentWidget() is self.create_form:
                self.show_unlock()
            self.unlock_form.set_notice(notice)
            self.unlock_form.wait_before_next_try(wait)
        else:
            self.create_form.set_notice(notice)
            if self.stack.currentWidget() is self.unlock_form:
                self._show_create()

    def show_unlock(self) -> None:
        self.unlock_form.reset()
        self.stack.setCurrentWidget(self.unlock_form)
        self.unlock_form.passphrase.setFocus()
        self._probe()  # the protection notice and any wait left from earlier mistakes

    def _created(self, vault: Any, recovery_key: str) -> None:
        self._new_vault = vault
        self.recovery_form.show_key(recovery_key, protection_notice(vault))
        self.stack.setCurrentWidget(self.recovery_form)
        self.recovery_form.stored.setFocus()

    def _recovery_confirmed(self) -> None:
        vault, self._new_vault = self._new_vault, None
        self.opened.emit(vault)
