"""The observation form for 0–18-year-olds: the questions, the signs, observer, workplace, date."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import forms
from app.domain.records import Case, Observation
from app.ui.form_layout import FormLayout, make_label, name_field
from app.ui.headings import mark_heading
from app.ui.live.common import (
    Debouncer,
    LivePage,
    current_holder,
    date_edit,
    date_of,
    error_text,
    list_beside_form,
    message_label,
    plain_text,
    run_guarded,
    show_error,
    show_message,
    tab_order,
)
from app.ui.live.labels import fmt_date, to_qdate
from app.ui.live.signs_checklist import SignsChecklist

logger = logging.getLogger(__name__)


class ObservationForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._observation: Observation | None = None
        self.loading = False
        self.observed_on = date_edit(date.today(), self)
        self.observer = QLineEdit(self)
        self.workplace = QLineEdit(self)
        self.internal = QCheckBox(self.tr("Kun til internt brug (vises ikke for familien)"), self)
        self.signs = SignsChecklist(self)
        self.answers: dict[str, QPlainTextEdit] = {}
        form = FormLayout(self)
        form.add_row(self.tr("Dat&o:"), self.observed_on)
        form.add_row(self.tr("&Observatør:"), self.observer)
        form.add_row(self.tr("&Arbejdssted:"), self.workplace)
        questions = FormLayout()
        # The questions are long: each stands above its answer, full width.
        questions.setRowWrapPolicy(FormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(questions)
        translate = QCoreApplication.translate
        for number, question in enumerate(forms.OBSERVATION_QUESTIONS, start=1):
            hint = translate("Forms", question.hint) if question.hint else ""
            edit = plain_text(self, hint, lines=2)
            label = questions.add_row(
                f"{number}. {translate('Forms', question.text)}", edit, help_text=hint
            )
            label.setWordWrap(True)
            self.answers[question.id] = edit
        form.add_row(self.tr("&Signaler:"), self.signs)
        form.add_row(self.tr("&Internt:"), self.internal)
        # The answers are made after the tick box and the signs below them: Tab in reading order.
        tab_order(self.workplace, *self.answers.values(), self.signs, self.internal)

    def load(self, observation: Observation) -> None:
        self.loading = True
        try:
            self._observation = observation
            self.observed_on.setDate(to_qdate(observation.observed_on))
            self.observer.setText(observation.observer)
            self.workplace.setText(observation.workplace)
            for key, edit in self.answers.items():
                edit.setPlainText(observation.answers.get(key, ""))
            self.signs.set_checked_ids(observation.signs)
            self.internal.setChecked(observation.internal)
        finally:
            self.loading = False

    def observation(self) -> Observation | None:
        if self._observation is None:
            return None
        answers = {k: e.toPlainText().strip() for k, e in self.answers.items()}
        # Keep answers to questions this version does not show, so nothing is lost.
        kept = {k: v for k, v in self._observation.answers.items() if k not in self.answers}
        return replace(
            self._observation,
            observed_on=date_of(self.observed_on),
            observer=" ".join(self.observer.text().split()),
            workplace=" ".join(self.workplace.text().split()),
            answers={**kept, **{k: v for k, v in answers.items() if v}},
            signs=self.signs.checked_ids(),
            internal=self.internal.isChecked(),
        )


class ObservationPage(LivePage):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(ctx, parent)
        self._case: Case | None = None
        self._saver = Debouncer(self.save, parent=self)
        self.observations = QListWidget(self)
        name_field(self.observations, self.tr("Observationer"))
        self.observations.setWordWrap(True)
        self.observations.currentItemChanged.connect(self._chosen)
        self.new_button = QPushButton(self.tr("&Ny observation"), self)
        self.new_button.setObjectName("newObservation")
        self.new_button.clicked.connect(self.start_new)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(make_label(self.tr("O&bservationer"), self.observations))
        left_layout.addWidget(self.observations, 1)
        left_layout.addWidget(self.new_button)

        self.form = ObservationForm(self)
        for edit in self.form.answers.values():
            edit.textChanged.connect(self._edited)
        self.form.observer.textChanged.connect(self._edited)
        self.form.workplace.textChanged.connect(self._edited)
        self.form.observed_on.dateChanged.connect(self._edited)
        self.form.internal.toggled.connect(self._edited)
        self.form.signs.signs.selection_changed.connect(self._edited)
        self.save_button = QPushButton(self.tr("&Gem observationen"), self)
        self.save_button.setObjectName("saveObservation")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(self)
        self.message = message_label(self)
        self.empty_note = QLabel(self.tr("Vælg en observation, eller lav en ny."), self)
        title = QLabel(QCoreApplication.translate("Forms", forms.OBSERVATION_TITLE), self)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        mark_heading(title, 2)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(title)
        right_layout.addWidget(self.empty_note)
        right_layout.addWidget(self.form)
        right_layout.addStretch(1)
        list_beside_form(self, left, right, (self.message, self.status, self.save_button))
        self._show_form(False)

    def page_title(self) -> str:
        return self.tr("Observationer")

    def _show_form(self, on: bool) -> None:
        self.form.setVisible(on)
        self.save_button.setVisible(on)
        self.empty_note.setVisible(not on)

    def show_case(self, case: Case) -> None:
        first = self._case is None or self._case.uid != case.uid
        self._case = case
        self._fill_list()
        if first:
            self._show_form(False)

    def _fill_list(self) -> None:
        case = self._case
        current = self.form.observation()
        self.observations.blockSignals(True)
        self.observations.clear()
        for o in sorted(
            case.observations if case else [], key=lambda o: o.observed_on, reverse=True
        ):
            if o.internal and self.family_safe:
                continue
            text = self.tr("{date}: {observer}, {workplace}").format(
                date=fmt_date(o.observed_on), observer=o.observer, workplace=o.workplace
            )
            if o.internal:
                text += " " + self.tr("(internt)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, o.uid)
            self.observations.addItem(item)
            if current is not None and o.uid == current.uid:
                self.observations.setCurrentItem(item)
        self.observations.blockSignals(False)

    def set_family_safe(self, on: bool) -> None:
        super().set_family_safe(on)
        current = self.form.observation()
        if on and current is not None and current.internal:
            self._saver.flush()
            self.form.load(Observation(observed_on=self.ctx.today(), observer="", workplace=""))
            self.form._observation = None
            self._show_form(False)
        self._fill_list()

    def clear(self) -> None:
        self._saver.cancel()
        self._case = None
        self.observations.clear()
        self._show_form(False)
        super().clear()

    def focus_target(self, uid: str) -> bool:
        for row in range(self.observations.count()):
            if self.observations.item(row).data(Qt.ItemDataRole.UserRole) == uid:
                self.observations.setCurrentRow(row)
                return True
        return False

    def _chosen(self, item: QListWidgetItem | None, _previous: object) -> None:
        self._saver.flush()
        if item is None or self._case is None:
            return
        uid = item.data(Qt.ItemDataRole.UserRole)
        found = next((o for o in self._case.observations if o.uid == uid), None)
        if found is not None:
            self.form.load(found)
            self._show_form(True)
            self.status.clear()

    def start_new(self) -> Observation | None:
        if self._case is None:
            return None
        self._saver.flush()
        holder = current_holder(self._case)
        observation = Observation(
            observed_on=self.ctx.today(), observer=holder.name, workplace=holder.organisation
        )
        self.observations.blockSignals(True)
        self.observations.setCurrentItem(None)
        self.observations.blockSignals(False)
        self.form.load(observation)
        self._show_form(True)
        self.status.setText(self.tr("Ny observation – ikke gemt endnu."))
        return observation

    def _edited(self, *_args: object) -> None:
        if self.form.loading or self._case is None:
            return
        current = self.form.observation()
        if current is not None and any(o.uid == current.uid for o in self._case.observations):
            self.status.setText(self.tr("Gemmer …"))
            self._saver.poke()

    def save(self) -> None:
        service, case_id = self.ctx.service, self.ctx.current_case_id
        observation = self.form.observation()
        if service is None or case_id is None or observation is None:
            return
        if not observation.observer:
            show_error(
                self.message, self.tr("Skriv hvem der har observeret."), self.form.observer
            )
            return
        show_message(self.message, "")
        run_guarded(
            self,
            service.save_observation,
            case_id,
            observation,
            on_done=lambda _r: (
                self.status.setText(self.tr("Observationen er gemt.")),
                self.ctx.reload_case(),
            ),
            on_error=lambda exc: show_message(self.message, error_text(exc)),
        )
