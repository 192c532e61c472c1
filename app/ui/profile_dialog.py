"""Who I am, in the GUI: the profile's fields (name, role, organisation, contact) and a dialog.

The same rows serve the create screen, the first unlock of a vault without a profile, and
Indstillinger. Checking is app.people's (no database): the dialog only shows its Danish message.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.messages import UserError
from app.ui.form_layout import FormLayout
from app.ui.inline_message import InlineMessage

logger = logging.getLogger(__name__)


class ProfileFields:
    """Four rows added to a form; `name` may be an existing field (the create screen's)."""

    def __init__(self, form: FormLayout, *, name: QLineEdit | None = None) -> None:
        translate = QCoreApplication.translate
        if name is None:
            name = QLineEdit()
            name.setObjectName("profileName")
            form.add_row(
                translate("Profile", "Dit &navn:"),
                name,
                help_text=translate("Profile", "Står ved alt, du skriver, og i loggen."),
            )
        self.name = name
        self.role = QLineEdit()
        self.role.setObjectName("profileRole")
        form.add_row(
            translate("Profile", "Din st&illing:"),
            self.role,
            help_text=translate(
                "Profile", "For eksempel sagsbehandler, pædagog, lærer, sundhedsplejerske."
            ),
        )
        self.organisation = QLineEdit()
        self.organisation.setObjectName("profileOrganisation")
        form.add_row(translate("Profile", "Din a&rbejdsplads:"), self.organisation)
        self.contact = QLineEdit()
        self.contact.setObjectName("profileContact")
        form.add_row(
            translate("Profile", "&Telefon eller e-mail:"),
            self.contact,
            help_text=translate(
                "Profile", "Står på dit kontaktkort, så andre kan ringe og kontrollere det."
            ),
        )

    def fields(self) -> tuple[QLineEdit, ...]:
        return (self.name, self.role, self.organisation, self.contact)

    def set_profile(self, p: Any) -> None:
        if p is None:
            return
        for field, value in zip(
            self.fields(), (p.name, p.role, p.organisation, p.contact), strict=True
        ):
            field.setText(value)

    def profile(self) -> Any:
        """The checked profile; UserError (Danish) when a field is missing or wrong."""
        from app.people.profile import Profile, checked

        return checked(Profile(*(f.text() for f in self.fields())))

    def problem(self) -> str:
        """The first thing to fix, translated, or ''."""
        try:
            self.profile()
        except UserError as err:
            return err.render(QCoreApplication.translate)
        return ""


class ProfileDialog(QDialog):
    """Asked at the first unlock of a vault without a profile (and usable on its own)."""

    def __init__(
        self, current: Any = None, *, name_hint: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("profileDialog")
        self.setWindowTitle(self.tr("Hvem er du?"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Skriv dit navn, din stilling og din arbejdsplads. Navnet står ved alt, du "
                "skriver, i revisionssporet og på dine PDF'er; det hele står på dit kontaktkort."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = FormLayout()
        self.fields = ProfileFields(form)
        self.fields.set_profile(current)
        if current is None and name_hint:
            self.fields.name.setText(name_hint)
        layout.addLayout(form)
        self.message = InlineMessage()
        self.message.setObjectName("profileMessage")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        first_empty = next((f for f in self.fields.fields() if not f.text().strip()), None)
        (first_empty or self.fields.name).setFocus()

    def accept(self) -> None:
        problem = self.fields.problem()
        if problem:
            self.message.say(problem)
            return
        self.message.clear()
        super().accept()

    def profile(self) -> Any:
        return self.fields.profile()
