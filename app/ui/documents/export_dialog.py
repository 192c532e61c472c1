"""The export dialog: document, record, recipient (consent checked live), sign, save, open."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.messages import QT_TRANSLATE_NOOP
from app.reports.catalog import MEETING_FORMS, RECORD_FORMS, Form
from app.ui.documents import choices
from app.ui.form_layout import FormLayout
from app.ui.theme import restyle

logger = logging.getLogger(__name__)

_RECORD_LABELS = {
    Form.INVITATION: QT_TRANSLATE_NOOP("ExportDialog", "Hvilket møde"),
    Form.MINUTES: QT_TRANSLATE_NOOP("ExportDialog", "Hvilket møde"),
    Form.NETWORK_MAP: QT_TRANSLATE_NOOP("ExportDialog", "Hvilket netværkskort"),
    Form.CONSENT: QT_TRANSLATE_NOOP("ExportDialog", "Hvilket samtykke"),
    Form.NOTIFICATION: QT_TRANSLATE_NOOP("ExportDialog", "Hvilken underretning"),
    Form.OBSERVATION: QT_TRANSLATE_NOOP("ExportDialog", "Hvilket observationsskema"),
}
_ANY_RECORD = QT_TRANSLATE_NOOP("ExportDialog", "Hvilken")
_CHOOSES_RECORD = MEETING_FORMS | RECORD_FORMS  # documents about one meeting or one form


def _translate(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


class ExportDialog(QDialog):
    """Not modal: the caseworker may look something up in the case while it is open."""

    exported = Signal(str)  # the path written

    def __init__(
        self,
        ctx: Any,
        parent: QWidget | None = None,
        *,
        form: Form | str | None = None,
        record_uid: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Gem eller udskriv et dokument"))
        self.family_safe = bool(ctx.family_safe)
        self.case = ctx.case
        self.case_id = ctx.current_case_id
        self.has_identity = False
        self.last_path: Path | None = None
        self._wanted_record = record_uid

        self.intro = QLabel(
            self.tr(
                "Dokumentet laves som PDF. Gem det, eller udskriv det med det samme (du ser det "
                "først)."
            )
        )
        self.intro.setWordWrap(True)
        self.form_combo = QComboBox()
        self.form_combo.setObjectName("documentForm")
        for value, name in choices.form_names(self.family_safe):
            self.form_combo.addItem(name, value.value)
        self.record_combo = QComboBox()
        self.record_combo.setObjectName("documentRecord")
        self.record_note = QLabel()
        self.record_note.setWordWrap(True)
        self.recipient_combo = QComboBox()
        self.recipient_combo.setObjectName("documentRecipient")
        for item in choices.recipient_choices(self.case, self.family_safe):
            self.recipient_combo.addItem(item.label, item.code)
        self.check_label = QLabel()
        self.check_label.setObjectName("consentCheck")
        self.check_label.setWordWrap(True)
        self.check_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sign_box = QCheckBox(self.tr("&Underskriv digitalt"))
        self.sign_box.setObjectName("signDocument")
        self.sign_box.setAccessibleName(self.tr("Underskriv digitalt"))
        self.sign_box.setEnabled(False)
        self.identity_button = QPushButton(self.tr("Opret eller importér en &signatur…"))
        self.identity_button.setObjectName("createIdentity")
        self.identity_button.clicked.connect(self._edit_identity)
        sign_row = QHBoxLayout()
        sign_row.addWidget(self.sign_box)
        sign_row.addWidget(self.identity_button)
        sign_row.addStretch(1)
        self.sign_note = QLabel()
        self.sign_note.setWordWrap(True)

        self.file_name = QLineEdit()
        self.file_name.setObjectName("documentFileName")
        # Off by default: file names and PDF titles show up in file lists, search indexes and
        # "recent files", long after the case is closed.
        self.name_box = QCheckBox(self.tr("Sæt barnets &navn i filnavnet og PDF'ens titel"))
        self.name_box.setObjectName("nameInTitle")
        self.name_box.setAccessibleName(self.tr("Sæt barnets navn i filnavnet og PDF'ens titel"))
        self.name_box.setToolTip(
            self.tr(
                "Filnavne og titler ses i fillister, søgning og „seneste filer“, også efter at "
                "sagen er lukket. Sæt kun navnet på, når du har brug for det."
            )
        )

        form_layout = self._form_layout = FormLayout()
        form_layout.add_row(self.tr("&Dokument:"), self.form_combo)
        self.record_label = form_layout.add_row(self.tr("&Hvilken:"), self.record_combo)
        form_layout.addRow("", self.record_note)
        form_layout.add_row(self.tr("&Til hvem:"), self.recipient_combo)
        form_layout.addRow("", self.check_label)
        self.unnamed_note = QLabel(choices.unnamed_parties_note(self.case, ctx.today()))
        self.unnamed_note.setObjectName("unnamedParties")
        self.unnamed_note.setWordWrap(True)
        form_layout.addRow("", self.unnamed_note)
        form_layout.setRowVisible(self.unnamed_note, bool(self.unnamed_note.text()))
        form_layout.addRow("", sign_row)
        form_layout.addRow("", self.sign_note)
        form_layout.add_row(
            self.tr("&Filnavn:"),
            self.file_name,
            help_text=self.tr("Forslaget indeholder aldrig et CPR-nummer."),
        )
        form_layout.addRow("", self.name_box)

        self.message = QLabel()
        self.message.setObjectName("exportMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("&Gem som PDF…"))
        self.save_button.setObjectName("exportSave")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.choose_file_and_export)
        self.print_button = QPushButton(self.tr("Uds&kriv…"))
        self.print_button.setObjectName("exportPrint")
        self.print_button.setToolTip(
            self.tr("Vis dokumentet, og udskriv det på en printer (samme regler som at gemme)")
        )
        self.print_button.clicked.connect(self.print_document)
        self.open_button = QPushButton(self.tr("Å&bn"))
        self.open_button.setObjectName("exportOpen")
        self.open_button.setToolTip(
            self.tr("Åbn PDF'en i din PDF-fremviser, fx for at udskrive den")
        )
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_last)
        self.close_button = QPushButton(self.tr("&Luk"))
        self.close_button.setObjectName("exportClose")
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form_layout)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(620, 420)

        self.form_combo.currentIndexChanged.connect(self._form_changed)
        self.record_combo.currentIndexChanged.connect(self._update_state)
        self.recipient_combo.currentIndexChanged.connect(self._update_state)
        self.name_box.toggled.connect(self._suggest_file_name)
        ctx.locked.connect(self._locked)
        ctx.family_safe_changed.connect(self._family_safe_changed)
        fallback = form is not None and not self.select_form(Form(form))
        self._form_changed()
        if fallback:
            # Say why the document asked for is not the one shown (e.g. "Referat som PDF…").
            self._show(
                self.tr(
                    "Familievisning er slået til, så kun dokumenter til familien kan vælges. "
                    "{chosen} er valgt i stedet."
                ).format(chosen=self.form_combo.currentText())
            )
        self.refresh_identity()

    # -- what is chosen ------------------------------------------------------------------------

    @property
    def form(self) -> Form:
        return Form(self.form_combo.currentData())

    @property
    def recipient_code(self) -> str:
        return str(self.recipient_combo.currentData() or "")

    @property
    def record_uid(self) -> str | None:
        if self.form not in _CHOOSES_RECORD:
            return None
        data = self.record_combo.currentData()
        return str(data) if data else None

    def select_form(self, form: Form) -> bool:
        index = self.form_combo.findData(form.value)
        if index >= 0:
            self.form_combo.setCurrentIndex(index)
        return index >= 0

    def select_recipient(self, code: str) -> bool:
        index = self.recipient_combo.findData(code)
        if index < 0:
            return False
        self.recipient_combo.setCurrentIndex(index)
        return True

    def select_record(self, uid: str) -> bool:
        index = self.record_combo.findData(uid)
        if index >= 0:
            self.record_combo.setCurrentIndex(index)
        return index >= 0

    # -- keeping the dialog in step ------------------------------------------------------------

    def _form_changed(self) -> None:
        form = self.form
        wants_record = form in _CHOOSES_RECORD
        found = choices.record_choices(self.case, form)
        self.record_combo.blockSignals(True)
        self.record_combo.clear()
        for item in found:
            self.record_combo.addItem(item.label, item.uid)
        chosen = self._wanted_record or choices.default_record(self.case, form, found)
        self._wanted_record = None
        if chosen:
            self.select_record(chosen)
        self.record_combo.blockSignals(False)
        label = _translate(_RECORD_LABELS.get(form, _ANY_RECORD))
        self.record_label.setText(label + ":")
        self.record_combo.setAccessibleName(label)
        self.record_label.setVisible(wants_record)
        self.record_combo.setVisible(wants_record)
        if wants_record and not found:
            what = self.tr("møder") if form in MEETING_FORMS else self.tr("sådanne skemaer")
            self.record_note.setText(self.tr("Sagen har ingen {what} endnu.").format(what=what))
        else:
            self.record_note.clear()
        self._form_layout.setRowVisible(self.record_note, bool(self.record_note.text()))
        self._suggest_file_name()
        # A new document: the last one's "gemt" message and its Åbn button belong to that file.
        self.last_path = None
        self.open_button.setEnabled(False)
        self._show("")
        self._update_state()

    def _suggest_file_name(self) -> None:
        with_name = self.name_box.isChecked() and self.case is not None
        child = self.case.child.name if with_name else ""
        self.file_name.setText(choices.file_name(self.form, child, self.ctx.today()))

    def _update_state(self) -> None:
        check = choices.check_recipient(self.case, self.form, self.recipient_code, self.ctx.today())
        self.check_label.setText(("✓ " if check.allowed else "✗ ") + check.text)
        self.check_label.setProperty("refused", not check.allowed)
        restyle(self.check_label, "problem", not check.allowed)  # the error colour of the theme
        needs_record = self.form in _CHOOSES_RECORD
        ready = (
            check.allowed
            and self.case_id is not None
            and (not needs_record or self.record_uid is not None)
        )
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    def refresh_identity(self) -> None:
        vault = choices.vault_of(self.ctx.service)
        if vault is None:
            self._identity_known(False)
            return
        from app.reports.identity import has_identity

        self.ctx.run(
            has_identity,
            vault,
            on_done=self._identity_known,
            on_error=lambda _e: self._identity_known(False),
        )

    def _identity_known(self, present: bool) -> None:
        self.has_identity = bool(present)
        self.sign_box.setEnabled(self.has_identity)
        self.sign_box.setChecked(self.has_identity)
        self.identity_button.setVisible(not self.has_identity)
        self.sign_note.setText(
            ""
            if self.has_identity
            else self.tr(
                "Du har ingen digital signatur i boksen endnu. Opret en lokal signatur eller "
                "importér din medarbejdersignatur for at underskrive dokumenter, du deler."
            )
        )
        self._form_layout.setRowVisible(self.sign_note, not self.has_identity)

    def _edit_identity(self) -> None:
        from app.ui.documents.identity_dialog import IdentityDialog

        dialog = IdentityDialog(self.ctx, self)
        dialog.identity_changed.connect(self.refresh_identity)
        dialog.finished.connect(dialog.deleteLater)
        self._identity_dialog = dialog
        dialog.open()

    # -- exporting -----------------------------------------------------------------------------

    def suggested_path(self) -> str:
        from app.paths import export_folder

        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        folder = export_folder(Path(documents) if documents else None)
        try:  # the local fallback (Documents synced to the cloud) may not exist yet
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            folder = Path.home()
        name = self.file_name.text().strip() or choices.file_name(self.form, "", self.ctx.today())
        return str(Path(folder) / name)

    def choose_file_and_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Gem dokumentet som PDF"),
            self.suggested_path(),
            self.tr("PDF-filer (*.pdf)"),
        )
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """Build, sign and write on the worker; the result comes back as a message."""
        vault = choices.vault_of(self.ctx.service)
        if vault is None or self.case_id is None:
            self._show(self.tr("Åbn en sag først."), error=True)
            return
        from app.reports.service import export_pdf

        code = self.recipient_code
        self.save_button.setEnabled(False)
        self._show(self.tr("Laver dokumentet …"))
        meeting = self.record_uid if self.form in MEETING_FORMS else None
        record = self.record_uid if self.form in RECORD_FORMS else None
        self.ctx.run(
            export_pdf,
            vault,
            self.case_id,
            self.form.value,
            meeting_uid=meeting,
            record_uid=record,
            for_party=code or None,
            sign=self.sign_box.isChecked() and self.sign_box.isEnabled(),
            out_path=path,
            today=self.ctx.today(),
            name_in_title=self.name_box.isChecked(),
            on_done=self._exported,
            on_error=self._failed,
        )

    def print_document(self) -> None:
        """The same document, recipient and consent check as saving; shown before printing."""
        from app.ui.documents.printing import print_document

        code = self.recipient_code
        self._show(self.tr("Laver dokumentet …"))
        self.print_button.setEnabled(False)

        def shown(dialog: Any) -> None:
            self._update_state()
            self._show("")
            self.preview = dialog

        print_document(
            self,
            self.ctx,
            self.form.value,
            meeting_uid=self.record_uid if self.form in MEETING_FORMS else None,
            record_uid=self.record_uid if self.form in RECORD_FORMS else None,
            for_party=code or None,
            title=self.form_combo.currentText(),
            on_shown=shown,
            on_error=self._failed,
        )

    def _exported(self, result: Any) -> None:
        self.last_path = Path(result.path)
        self.open_button.setEnabled(True)
        self._update_state()
        text = (
            self.tr("Dokumentet er gemt og underskrevet: {name}")
            if result.signed
            else self.tr("Dokumentet er gemt: {name}")
        ).format(name=self.last_path.name)
        self._show(text + " " + self.tr("Tryk Åbn for at se eller udskrive det."))
        self.ctx.user_message.emit(text)
        self.exported.emit(str(self.last_path))

    def _failed(self, exc: BaseException) -> None:
        self._update_state()
        self._show(self.ctx.error_text(exc), error=True)

    def _show(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("error", error)
        restyle(self.message, "problem", bool(error))

    def open_last(self) -> None:
        if self.last_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_path)))

    def _family_safe_changed(self, on: bool) -> None:
        if on and not self.family_safe:
            self.reject()  # it may offer documents that are not for the family's eyes

    def _locked(self) -> None:
        """The key is gone: the dialog shows a child's name, so it goes too."""
        self.case = None
        self.file_name.clear()
        self.reject()


def open_export(
    parent: QWidget, ctx: Any, form: Form | str | None = None, record_uid: str | None = None
) -> ExportDialog | None:
    """Open the export dialog for the open case (pages and the menu call this)."""
    if ctx.current_case_id is None or ctx.case is None:
        ctx.user_message.emit(_translate("Åbn en sag først: dokumenter laves fra den åbne sag."))
        return None
    dialog = ExportDialog(ctx, parent, form=form, record_uid=record_uid)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    return dialog
