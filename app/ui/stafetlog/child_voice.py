"""The child's own words (barnets lov § 5, stk. 3): a list kept apart from the log, and a form.

The form is shared by the stafetlog page and the meeting (VED point 3b), so the words are
written the same way wherever the child says them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import child_voice as cv
from app.domain import legal
from app.domain import records as r
from app.domain.messages import UserError
from app.domain.validation import format_date
from app.ui.date_field import DateField
from app.ui.form_layout import FormLayout, name_field
from app.ui.inline_message import InlineMessage

logger = logging.getLogger(__name__)

translate = QCoreApplication.translate  # lupdate reads translate("ChildVoice", "…") calls


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChildVoice", text)


def describe(voice: r.ChildVoice) -> str:
    """One record as the list shows it: the words in quotes first, then who, how and where."""
    lines = [f"{format_date(voice.heard_on)}: »{voice.words}«"]
    how = _tr(cv.METHOD_TITLES[voice.method])
    if voice.house is not None:
        how = f"{how} – {_tr(cv.HOUSE_TITLES[voice.house])}"
    details = [translate("ChildVoice", "Hørt af {name}").format(name=voice.heard_by), how]
    if voice.situation:
        details.append(voice.situation)
    lines.append(" · ".join(details))
    if not voice.may_share:
        lines.append(translate("ChildVoice", "Barnet har ikke sagt ja til at dele dette."))
    if voice.supersedes:
        lines.append(translate("ChildVoice", "(rettet udgave)"))
    return "\n".join(lines)


class ChildVoiceForm(QWidget):
    """The fields of one record; `voice()` gives the record or raises the domain's UserError."""

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        form = FormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.words = QPlainTextEdit()
        self.words.setObjectName("childVoiceWords")
        self.words.setTabChangesFocus(True)
        self.words.setPlaceholderText(
            translate("ChildVoice", "Skriv præcis det, barnet sagde, med barnets egne ord.")
        )
        self.words.setMaximumHeight(110)
        form.add_row(translate("ChildVoice", "Barnets &ord (ordret):"), self.words)
        self.heard_on = DateField(translate("ChildVoice", "dato"))
        self.heard_on.setObjectName("childVoiceDate")
        self.heard_on.default_to(today)
        form.add_row(translate("ChildVoice", "Dato:"), self.heard_on)
        self.heard_by = QLineEdit()
        self.heard_by.setObjectName("childVoiceHeardBy")
        form.add_row(translate("ChildVoice", "Hørt af:"), self.heard_by)
        self.method = QComboBox()
        self.method.setObjectName("childVoiceMethod")
        for method, title in cv.METHOD_TITLES.items():
            self.method.addItem(_tr(title), method.value)
        form.add_row(translate("ChildVoice", "Hvordan:"), self.method)
        self.house = QComboBox()
        self.house.setObjectName("childVoiceHouse")
        for house in cv.HOUSES:
            self.house.addItem(_tr(cv.HOUSE_TITLES[house]), house.value)
        self.house_label = form.add_row(translate("ChildVoice", "Hvilket hus:"), self.house)
        self.situation = QLineEdit()
        self.situation.setObjectName("childVoiceSituation")
        self.situation.setPlaceholderText(
            translate("ChildVoice", "Fx i bilen på vej hjem, eller mens vi tegnede")
        )
        form.add_row(translate("ChildVoice", "Hvor og hvornår:"), self.situation)
        self.may_share = QCheckBox(
            translate("ChildVoice", "Barnet har sagt ja til, at ordene må deles")
        )
        self.may_share.setObjectName("childVoiceMayShare")
        form.addRow("", self.may_share)
        self.method.currentIndexChanged.connect(self._method_changed)
        self._method_changed()

    def _method_changed(self) -> None:
        three = self.method.currentData() == r.VoiceMethod.THREE_HOUSES.value
        self.house.setVisible(three)
        self.house_label.setVisible(three)

    def set_method(self, method: r.VoiceMethod) -> None:
        self.method.setCurrentIndex(self.method.findData(method.value))

    def voice(self, meeting_uid: str | None = None) -> r.ChildVoice:
        method = r.VoiceMethod(self.method.currentData())
        house = (
            r.House(self.house.currentData()) if method is r.VoiceMethod.THREE_HOUSES else None
        )
        voice = r.ChildVoice(
            heard_on=self.heard_on.value() or self._today(),
            words=self.words.toPlainText(),
            heard_by=self.heard_by.text().strip(),
            method=method,
            situation=self.situation.text().strip(),
            house=house,
            may_share=self.may_share.isChecked(),
            meeting_uid=meeting_uid,
        )
        cv.validate(voice, self._today())
        return voice

    def load(self, voice: r.ChildVoice) -> None:
        self.words.setPlainText(voice.words)
        self.heard_on.set_value(voice.heard_on)
        self.heard_by.setText(voice.heard_by)
        self.set_method(voice.method)
        if voice.house is not None:
            self.house.setCurrentIndex(self.house.findData(voice.house.value))
        self.situation.setText(voice.situation)
        self.may_share.setChecked(voice.may_share)

    def reset(self, heard_by: str = "") -> None:
        self.words.clear()
        self.heard_on.clear()
        self.heard_on.restore_default()
        self.heard_by.setText(heard_by)
        self.situation.clear()
        self.may_share.setChecked(False)


class ChildVoiceBox(QGroupBox):
    """The stafetlog's section of the child's own words: what the child said, apart from us."""

    add_requested = Signal(object)  # ChildVoice
    revise_requested = Signal(str, object)  # old uid, ChildVoice

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(_tr(cv.TITLE), parent)
        self.setObjectName("childVoiceBox")
        self._voices: list[r.ChildVoice] = []
        self._family_safe = False
        self._editing: str | None = None
        self._heard_by = ""
        layout = QVBoxLayout(self)
        law = QCoreApplication.translate("Legal", legal.CHILDS_VIEW.text)
        hint = QLabel(f"{_tr(cv.KEPT_APART)} ({law})")
        hint.setProperty("hint", True)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.list = QListWidget()
        self.list.setObjectName("childVoiceList")
        self.list.setProperty("personal", True)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        name_field(self.list, _tr(cv.TITLE))
        self.list.currentItemChanged.connect(lambda *_: self._selection_changed())
        layout.addWidget(self.list)
        self.withheld = QLabel()
        self.withheld.setObjectName("childVoiceWithheld")
        self.withheld.setWordWrap(True)
        layout.addWidget(self.withheld)
        row = QHBoxLayout()
        self.show_history = QCheckBox(translate("ChildVoice", "Vis tidligere udgaver"))
        self.show_history.setObjectName("childVoiceHistory")
        self.show_history.toggled.connect(lambda _on: self._fill())
        row.addWidget(self.show_history)
        row.addStretch(1)
        self.revise_button = QPushButton(translate("ChildVoice", "Ret de valgte ord"))
        self.revise_button.setObjectName("childVoiceRevise")
        self.revise_button.clicked.connect(self._start_revision)
        row.addWidget(self.revise_button)
        layout.addLayout(row)

        self.editor = QGroupBox(translate("ChildVoice", "Skriv barnets ord"))
        editor_layout = QVBoxLayout(self.editor)
        self.form = ChildVoiceForm(today)
        editor_layout.addWidget(self.form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(translate("ChildVoice", "Fortryd rettelsen"))
        self.cancel_button.setObjectName("childVoiceCancel")
        self.cancel_button.clicked.connect(self.done)
        buttons.addWidget(self.cancel_button)
        self.add_button = QPushButton(translate("ChildVoice", "Gem barnets ord"))
        self.add_button.setObjectName("childVoiceAdd")
        self.add_button.clicked.connect(self._submit)
        buttons.addWidget(self.add_button)
        editor_layout.addLayout(buttons)
        self.message = InlineMessage()
        editor_layout.addWidget(self.message)
        layout.addWidget(self.editor)
        self.done()

    def show_case(
        self, case: r.Case, *, family_safe: bool, editable: bool, heard_by: str = ""
    ) -> None:
        self._voices = list(case.child_voices)
        self._family_safe = family_safe
        if heard_by and not self.form.heard_by.text().strip():
            self.form.heard_by.setText(heard_by)
        self._heard_by = heard_by
        self.editor.setVisible(editable and not family_safe)
        self._fill()

    def _fill(self) -> None:
        history = self.show_history.isChecked() and not self._family_safe
        chosen = (
            sorted(self._voices, key=lambda v: v.heard_on)
            if history
            else cv.shown(self._voices, family_safe=self._family_safe)
        )
        current = {v.uid for v in cv.current(self._voices)}
        self.list.clear()
        for voice in chosen:
            text = describe(voice)
            if voice.uid not in current:
                text += "\n" + translate("ChildVoice", "(erstattet af en nyere udgave)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, voice.uid)
            self.list.addItem(item)
        if not chosen:
            self.list.addItem(_tr(cv.NOTHING_YET))
        self.list.setFixedHeight(min(90 + 60 * len(chosen), 420))
        held = cv.withheld(self._voices)
        self.withheld.setVisible(bool(held) and not self._family_safe)
        self.withheld.setText(
            translate(
                "ChildVoice",
                "Udsagn, som barnet ikke har sagt ja til at dele: {count}. De vises kun her og "
                "kommer ikke med i familievisningen eller i dokumenter.",
            ).format(count=held)
        )
        self._selection_changed()

    def _selected(self) -> r.ChildVoice | None:
        item = self.list.currentItem()
        uid = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        current = {v.uid: v for v in cv.current(self._voices)}
        return current.get(uid) if uid else None

    def _selection_changed(self) -> None:
        editable = self.editor.isVisibleTo(self)
        self.revise_button.setEnabled(editable and self._selected() is not None)

    def _start_revision(self) -> None:
        voice = self._selected()
        if voice is None:
            return
        self._editing = voice.uid
        self.form.load(voice)
        self.editor.setTitle(translate("ChildVoice", "Ret barnets ord (den gamle udgave gemmes)"))
        self.add_button.setText(translate("ChildVoice", "Gem rettelsen"))
        self.cancel_button.show()
        self.form.words.setFocus()

    def _submit(self) -> None:
        self.message.clear()
        try:
            voice = self.form.voice()
        except UserError as err:
            self.message.say(err.render(QCoreApplication.translate))
            return
        if self._editing:
            self.revise_requested.emit(self._editing, voice)
        else:
            self.add_requested.emit(voice)

    def done(self) -> None:
        """After a save (or to cancel a correction): an empty form for new words."""
        self._editing = None
        self.form.reset(self._heard_by)
        self.message.clear()
        self.editor.setTitle(translate("ChildVoice", "Skriv barnets ord"))
        self.add_button.setText(translate("ChildVoice", "Gem barnets ord"))
        self.cancel_button.hide()

    def clear(self) -> None:
        self._voices = []
        self.list.clear()
        self.withheld.clear()
        self._heard_by = ""
        self.done()


class ChildVoiceDialog(QDialog):
    """The form on its own, for the meeting: the words the child says at VED point 3b."""

    def __init__(
        self,
        today: Callable[[], date],
        heard_by: str,
        meeting_uid: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("childVoiceDialog")
        self.setWindowTitle(_tr(cv.TITLE))
        self._meeting_uid = meeting_uid
        self.result_voice: r.ChildVoice | None = None
        layout = QVBoxLayout(self)
        hint = QLabel(_tr(cv.KEPT_APART))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.form = ChildVoiceForm(today)
        self.form.reset(heard_by)
        self.form.set_method(r.VoiceMethod.MEETING)
        layout.addWidget(self.form)
        self.message = InlineMessage()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons

    def _save(self) -> None:
        try:
            self.result_voice = self.form.voice(self._meeting_uid)
        except UserError as err:
            self.message.say(err.render(QCoreApplication.translate))
            return
        self.accept()
