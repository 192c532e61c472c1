"""Preferences: your profile and the idle-lock time (in the vault); language, contrast and text
size (QSettings: display preferences, nothing personal; contrast and text size apply at once)."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.ui.form_layout import FormLayout
from app.ui.i18n import chosen_language
from app.ui.inline_message import InlineMessage
from app.ui.profile_dialog import ProfileFields
from app.ui.settings import ui_settings
from app.ui.theme import TEXT_SCALES, apply_theme, saved_preferences

logger = logging.getLogger(__name__)


class PreferencesDialog(QDialog):
    def __init__(
        self, idle_seconds: float, parent: QWidget | None = None, *, profile: Any = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Indstillinger"))
        layout = QVBoxLayout(self)
        who = QGroupBox(self.tr("Din profil"))
        who.setObjectName("profileBox")
        who_form = FormLayout(who)
        self.profile_fields = ProfileFields(who_form)
        self.profile_fields.set_profile(profile)
        self.profile_message = InlineMessage()
        self.profile_message.setObjectName("profileMessage")
        who_form.addRow("", self.profile_message)
        layout.addWidget(who)
        form = FormLayout()
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("idleMinutes")
        from app.policy import current

        # IT's maximum (policy.toml) is the most the user can choose.
        self.idle_minutes.setRange(1, current().max_idle_minutes or 60)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setValue(max(1, round(idle_seconds / 60)))
        form.add_row(
            self.tr("&Lås efter inaktivitet:"),
            self.idle_minutes,
            help_text=self.tr(
                "Stafet låser sig selv, når tastatur og mus ikke har været brugt så længe."
            ),
        )
        self.language = QComboBox()
        self.language.setObjectName("language")
        offered = current().languages
        if "da" in offered:
            self.language.addItem(self.tr("Dansk"), "da")
        if "en" in offered:
            self.language.addItem("English", "en")
        current = chosen_language(str(ui_settings().value("ui/language", "") or ""))
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        form.add_row(self.tr("&Sprog:"), self.language)
        high_contrast, text_scale = saved_preferences()
        self.high_contrast = QCheckBox(self.tr("&Høj kontrast (hvid tekst på sort)"))
        self.high_contrast.setObjectName("highContrast")
        self.high_contrast.setChecked(high_contrast)
        form.addRow(self.high_contrast)
        self.text_scale = QSpinBox()
        self.text_scale.setObjectName("textScale")
        self.text_scale.setRange(TEXT_SCALES[0], TEXT_SCALES[-1])
        self.text_scale.setSingleStep(25)
        self.text_scale.setSuffix(" %")
        self.text_scale.setValue(text_scale)
        form.add_row(
            self.tr("Te&kststørrelse:"),
            self.text_scale,
            help_text=self.tr("100 % er normal størrelse; op til 200 %."),
        )
        self.pin = QLineEdit()
        self.pin.setObjectName("familySafePin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        form.add_row(
            self.tr("K&ode til familievisning:"),
            self.pin,
            help_text=self.tr(
                "Valgfri: en kode på mindst 4 cifre, som slår familievisning (F12) fra. Uden "
                "kode bruges adgangsfrasen. Lad feltet stå tomt for at beholde den nuværende."
            ),
        )
        layout.addLayout(form)
        note = QLabel(self.tr("Et nyt sprog bruges, næste gang Stafet starter."))
        note.setProperty("hint", True)
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        problem = self.profile_fields.problem()
        if problem:
            self.profile_message.say(problem)
            self.profile_fields.name.setFocus()
            return
        super().accept()

    def profile(self) -> Any:
        """The profile as typed (checked: accept refuses anything else)."""
        return self.profile_fields.profile()

    def new_pin(self) -> str:
        """The PIN typed here ('' keeps the one set before); only its hash is stored."""
        return self.pin.text().strip()

    def idle_seconds(self) -> int:
        return self.idle_minutes.value() * 60

    def save_ui_settings(self) -> None:
        settings = ui_settings()
        settings.setValue("ui/language", self.language.currentData())
        chosen = (self.high_contrast.isChecked(), self.text_scale.value())
        if chosen != saved_preferences():
            settings.setValue("ui/high_contrast", chosen[0])
            settings.setValue("ui/text_scale", chosen[1])
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app)
