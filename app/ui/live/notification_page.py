"""The notifications page: underretninger, and the municipality's steps with the børnehus rule."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date
from types import SimpleNamespace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain import forms, legal
from app.domain.deadlines import children_house_required
from app.domain.records import (
    Case,
    LinkKind,
    LogSection,
    MunicipalSteps,
    Notification,
    Person,
)
from app.domain.validation import age_on
from app.ui.form_layout import make_label, name_field
from app.ui.live.common import (
    Debouncer,
    LivePage,
    current_holder,
    date_edit,
    date_of,
    error_text,
    list_beside_form,
    message_label,
    note_in_log,
    run_guarded,
    show_error,
    show_message,
)
from app.ui.live.labels import fmt_date, to_qdate
from app.ui.live.notification_form import NotificationFormWidget, OptionalDate

logger = logging.getLogger(__name__)


class MunicipalStepsBox(QGroupBox):
    """The steps that carry legal deadlines, the follow-ups (BL § 95) and the børnehus criteria."""

    follow_up_added = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Kommunens skridt"))
        self._steps = MunicipalSteps()
        self._loading = False
        self.aware = OptionalDate(self.tr("Kommunen blev opmærksom den"), self)
        self.violence = QCheckBox(
            self.tr("Viden eller mistanke om vold eller seksuelle overgreb"), self
        )
        self.decided = OptionalDate(self.tr("Børnefaglig undersøgelse besluttet den"), self)
        self.revision = OptionalDate(
            self.tr("Revision af en eksisterende undersøgelse besluttet den"), self
        )
        self.police = QCheckBox(self.tr("Politi eller sygehus er inddraget"), self)
        self.done = OptionalDate(self.tr("Undersøgelsen afsluttet den"), self)
        self.action_plan = OptionalDate(self.tr("Barnets plan lavet den"), self)
        self.help_started = OptionalDate(self.tr("Indsatsen begyndte den"), self)
        # Made in the order they stand, so Tab follows it: the follow-up row, then the cadence.
        self.follow_up_day = date_edit(date.today(), self)
        name_field(self.follow_up_day, self.tr("Opfølgning holdt den"))
        self.add_follow_up = QPushButton(self.tr("Registrér opfølgning"), self)
        self.add_follow_up.setObjectName("addFollowUp")
        self.add_follow_up.clicked.connect(self._add_follow_up)
        # BL § 95: the municipality decides the cadence at the first follow-up.
        self.cadence = QSpinBox(self)
        self.cadence.setObjectName("followUpCadence")
        self.cadence.setRange(0, 24)
        self.cadence.setSpecialValueText(self.tr("ikke besluttet endnu"))
        self.cadence.setSuffix(self.tr(" måneder"))
        name_field(self.cadence, self.tr("Opfølgning derefter hver"))
        self.follow_ups = QLabel(self)
        self.follow_ups.setObjectName("followUps")
        self.follow_ups.setWordWrap(True)
        self._child = None
        self.criteria = QLabel(self)
        self.criteria.setObjectName("childrenHouseCriteria")
        self.criteria.setWordWrap(True)
        # its colours (the duty background, an error-coloured edge) come from app/ui/theme.py
        self.criteria.hide()
        layout = QVBoxLayout(self)
        for widget in (
            self.aware,
            self.violence,
            self.decided,
            self.revision,
            self.police,
            self.done,
            self.action_plan,
            self.help_started,
        ):
            layout.addWidget(widget)
        follow_up_row = QHBoxLayout()
        follow_up_row.addWidget(make_label(self.tr("Opfølgning holdt den"), self.follow_up_day))
        follow_up_row.addWidget(self.follow_up_day)
        follow_up_row.addWidget(self.add_follow_up)
        follow_up_row.addStretch(1)
        layout.addLayout(follow_up_row)
        cadence_row = QHBoxLayout()
        cadence_row.addWidget(make_label(self.tr("Opfølgning derefter hver"), self.cadence))
        cadence_row.addWidget(self.cadence)
        cadence_row.addStretch(1)
        layout.addLayout(cadence_row)
        layout.addWidget(self.follow_ups)
        layout.addWidget(self.criteria)

    def load(self, steps: MunicipalSteps, today, child=None) -> None:  # noqa: ANN001
        self._loading = True
        try:
            self._steps = steps
            self._child = child
            self.aware.set_value(steps.aware_on, today)
            self.violence.setChecked(steps.violence_or_abuse_suspected)
            self.decided.set_value(steps.investigation_decided_on, today)
            self.revision.set_value(steps.revision_decided_on, today)
            self.police.setChecked(steps.police_or_hospital_involved)
            self.done.set_value(steps.investigation_done_on, today)
            self.action_plan.set_value(steps.action_plan_on, today)
            self.help_started.set_value(steps.help_started_on, today)
            self.cadence.setValue(steps.follow_up_every_months or 0)
            self.follow_up_day.setDate(to_qdate(today))
        finally:
            self._loading = False
        self._show_follow_ups()
        self.show_criteria()

    def steps(self) -> MunicipalSteps:
        return replace(
            self._steps,
            aware_on=self.aware.value(),
            violence_or_abuse_suspected=self.violence.isChecked(),
            investigation_decided_on=self.decided.value(),
            revision_decided_on=self.revision.value(),
            police_or_hospital_involved=self.police.isChecked(),
            investigation_done_on=self.done.value(),
            action_plan_on=self.action_plan.value(),
            help_started_on=self.help_started.value(),
            follow_up_every_months=self.cadence.value() or None,
        )

    def _add_follow_up(self) -> None:
        """A follow-up held (BL § 95): kept with the others; the next one is counted from it."""
        day = date_of(self.follow_up_day)
        if day in self._steps.action_plan_followups:
            return
        self._steps = replace(
            self._steps, action_plan_followups=sorted([*self._steps.action_plan_followups, day])
        )
        self._show_follow_ups()
        self.follow_up_added.emit()

    def _show_follow_ups(self) -> None:
        held = self._steps.action_plan_followups
        self.follow_ups.setText(
            self.tr("Opfølgninger holdt: {dates}").format(
                dates=", ".join(fmt_date(d) for d in sorted(held))
            )
            if held
            else self.tr("Ingen opfølgninger holdt endnu.")
        )

    def show_criteria(self) -> bool:
        """Show the børnehus rule when all its criteria are recorded; True when shown."""
        # The rule reads the case's municipal steps and the child: ask it about the screen.
        required = children_house_required(
            SimpleNamespace(municipal=self.steps(), child=self._child)
        )
        if required:
            self.criteria.setText(
                self.tr(
                    "Børnehuset skal bruges. Alle betingelser er opfyldt:\n"
                    "✔ viden eller mistanke om vold eller seksuelle overgreb\n"
                    "✔ der er truffet afgørelse om en børnefaglig undersøgelse eller en revision "
                    "af en eksisterende\n"
                    "✔ politi eller sygehus er inddraget\n"
                    "✔ barnet er under 18 år\n"
                    "({law} og bekendtgørelse om børnehuse)"
                ).format(law=legal.CHILDREN_HOUSE.paragraph)
            )
        self.criteria.setVisible(required)
        return required


class NotificationPage(LivePage):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(ctx, parent)
        self._case: Case | None = None
        self._saver = Debouncer(self.save, parent=self)
        self._steps_saver = Debouncer(self.save_steps, parent=self)

        self.notifications = QListWidget(self)
        name_field(self.notifications, self.tr("Underretninger"))
        self.notifications.currentItemChanged.connect(self._chosen)
        self.new_button = QPushButton(self.tr("&Ny underretning"), self)
        self.new_button.setObjectName("newNotification")
        self.new_button.clicked.connect(lambda: self.start_new())
        self.steps_box = MunicipalStepsBox(self)
        for widget in (
            self.steps_box.aware,
            self.steps_box.decided,
            self.steps_box.revision,
            self.steps_box.done,
            self.steps_box.action_plan,
            self.steps_box.help_started,
        ):
            widget.changed.connect(self._steps_edited)
        self.steps_box.cadence.valueChanged.connect(lambda _v: self._steps_edited())
        self.steps_box.follow_up_added.connect(self._steps_edited)
        for box in (self.steps_box.violence, self.steps_box.police):
            box.toggled.connect(self._steps_edited)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(make_label(self.tr("&Underretninger"), self.notifications))
        left_layout.addWidget(self.notifications, 1)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.steps_box)

        self.form = NotificationFormWidget(self)
        self.form.changed.connect(self._edited)
        self.save_button = QPushButton(self.tr("&Gem underretningen"), self)
        self.save_button.setObjectName("saveNotification")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(self)
        self.message = message_label(self)
        self.empty_note = QLabel(self.tr("Vælg en underretning, eller lav en ny."), self)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.empty_note)
        right_layout.addWidget(self.form)
        right_layout.addStretch(1)
        self.scroll, _splitter = list_beside_form(
            self, left, right, (self.message, self.status, self.save_button)
        )
        self._show_form(False)

    def page_title(self) -> str:
        return self.tr("Underretning")

    def _show_form(self, on: bool) -> None:
        self.form.setVisible(on)
        self.save_button.setVisible(on)
        self.empty_note.setVisible(not on)

    def show_case(self, case: Case) -> None:
        first = self._case is None or self._case.uid != case.uid
        self._case = case
        current = self.form.notification()
        self.notifications.blockSignals(True)
        self.notifications.clear()
        translate = QCoreApplication.translate
        for n in sorted(case.notifications, key=lambda n: n.made_on, reverse=True):
            told = (
                self.tr("forældre orienteret")
                if n.parents_informed
                else self.tr("forældre ikke orienteret")
            )
            title = translate("Forms", forms.NOTIFICATION_TITLES[n.form]).split(" (")[0]
            item = QListWidgetItem(f"{fmt_date(n.made_on)}: {title} – {told}")
            item.setData(Qt.ItemDataRole.UserRole, n.uid)
            self.notifications.addItem(item)
            if current is not None and n.uid == current.uid:
                self.notifications.setCurrentItem(item)
        self.notifications.blockSignals(False)
        if first:
            self._show_form(False)
        if not self._steps_saver.pending():
            self.steps_box.load(case.municipal, self.ctx.today(), case.child)

    def clear(self) -> None:
        self._saver.cancel()
        self._steps_saver.cancel()
        self._case = None
        self.notifications.clear()
        self._show_form(False)
        super().clear()

    def focus_target(self, uid: str) -> bool:
        for row in range(self.notifications.count()):
            if self.notifications.item(row).data(Qt.ItemDataRole.UserRole) == uid:
                self.notifications.setCurrentRow(row)
                self.form.observed.setFocus()
                return True
        return False

    def _saved_uids(self) -> set[str]:
        return {n.uid for n in self._case.notifications} if self._case else set()

    def _chosen(self, item: QListWidgetItem | None, _previous: object) -> None:
        self._saver.flush()
        if item is None or self._case is None:
            return
        uid = item.data(Qt.ItemDataRole.UserRole)
        found = next((n for n in self._case.notifications if n.uid == uid), None)
        if found is not None:
            self.form.load(found)
            self._show_form(True)
            self.status.clear()

    def start_new(self, signs: list[str] | None = None) -> Notification | None:
        """A fresh form: the right age form, today, the holder as notifier (the scales' path)."""
        case = self._case
        if case is None:
            return None
        self._saver.flush()
        today = self.ctx.today()
        holder = current_holder(case)
        notification = Notification(
            form=forms.form_for_age(age_on(case.child, today)),
            made_on=today,
            notifier=Person(
                name=holder.name, organisation=holder.organisation, contact=holder.contact
            ),
            signs=list(signs or []),
        )
        self.notifications.blockSignals(True)
        self.notifications.clearSelection()
        self.notifications.setCurrentItem(None)
        self.notifications.blockSignals(False)
        self.form.load(notification)
        self._show_form(True)
        self.status.setText(self.tr("Ny underretning – ikke gemt endnu."))
        self.form.observed.setFocus()
        self.scroll.ensureWidgetVisible(self.form.kind)
        return notification

    def _edited(self) -> None:
        notification = self.form.notification()
        if notification is not None and notification.uid in self._saved_uids():
            self.status.setText(self.tr("Gemmer …"))
            self._saver.poke()

    def save(self) -> None:
        service, case_id = self.ctx.service, self.ctx.current_case_id
        notification = self.form.notification()
        if service is None or case_id is None or notification is None:
            return
        if not notification.observed and not notification.answers:
            show_error(
                self.message, self.tr("Skriv først, hvad du har set eller hørt."), self.form.observed
            )
            return
        show_message(self.message, "")

        case = self._case
        first_save = notification.uid not in self._saved_uids()

        def done(_uid: object) -> None:
            self.status.setText(self.tr("Underretningen er gemt."))
            if first_save:
                note_in_log(
                    self,
                    case,
                    LogSection.NOTIFICATION,
                    notification.made_on,
                    f"{notification.notifier.name} har underrettet kommunen.",
                    LinkKind.NOTIFICATION,
                    notification.uid,
                )
            else:
                self.ctx.reload_case()

        run_guarded(
            self,
            service.save_notification,
            case_id,
            notification,
            on_done=done,
            on_error=lambda exc: show_message(self.message, error_text(exc)),
        )

    def _steps_edited(self, *_args: object) -> None:
        if self.steps_box._loading or self._case is None:
            return
        self.steps_box.show_criteria()
        self._steps_saver.poke()

    def save_steps(self) -> None:
        service, case_id = self.ctx.service, self.ctx.current_case_id
        if service is None or case_id is None:
            return
        run_guarded(
            self,
            service.save_municipal_steps,
            case_id,
            self.steps_box.steps(),
            on_done=lambda _r: self.ctx.reload_case(),
            on_error=lambda exc: show_message(self.message, error_text(exc)),
        )
