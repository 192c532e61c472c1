"""The meetings page: the list of coordination meetings, the plan form and the meeting mode."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date, time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import agenda
from app.domain.records import Case, Meeting
from app.ui.form_layout import name_field
from app.ui.live.common import (
    Debouncer,
    LivePage,
    error_text,
    message_label,
    run_guarded,
    show_error,
    show_message,
)
from app.ui.live.labels import fmt_date, to_qdate
from app.ui.live.meeting_mode import MeetingMode
from app.ui.live.meeting_plan import (
    MeetingPlanForm,
    local_parts,
    local_start,
    suggested_participants,
)

logger = logging.getLogger(__name__)


def new_meeting(case: Case, today) -> Meeting:  # noqa: ANN001
    """A first meeting gets the whole standard agenda; later ones mostly the last points."""
    first = not case.meetings
    return Meeting(
        # Today: a meeting planned and started at once must not date its minutes a week ahead.
        starts_at=local_start(today, time(9, 0)),
        place="",
        participants=suggested_participants(case),
        agenda=agenda.first_meeting_agenda() if first else agenda.follow_up_agenda(),
    )


class MeetingPage(LivePage):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(ctx, parent)
        self._case: Case | None = None
        self._current_uid: str | None = None
        self._unsaved: Meeting | None = None  # a new plan not written yet
        self._plan_saver = Debouncer(self.save_plan, parent=self)

        self.meetings = QListWidget(self)
        name_field(self.meetings, self.tr("Møder"))
        self.meetings.currentItemChanged.connect(self._meeting_chosen)
        self.new_button = QPushButton(self.tr("&Planlæg nyt møde"), self)
        self.new_button.setObjectName("newMeeting")
        self.new_button.clicked.connect(self.plan_new)
        list_side = QWidget(self)
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(QLabel(self.tr("Koordinationsmøder"), list_side))
        list_layout.addWidget(self.meetings, 1)
        list_layout.addWidget(self.new_button)
        self.invitation_pdf = QPushButton(self.tr("&Invitation som PDF…"), self)
        self.invitation_pdf.setObjectName("invitationPdf")
        self.invitation_pdf.clicked.connect(lambda: self.export_pdf("invitation"))
        self.minutes_pdf = QPushButton(self.tr("Referat so&m PDF…"), self)
        self.minutes_pdf.setObjectName("minutesPdf")
        self.minutes_pdf.clicked.connect(lambda: self.export_pdf("minutes"))
        list_layout.addWidget(self.invitation_pdf)
        list_layout.addWidget(self.minutes_pdf)
        self.print_plan = QPushButton(self.tr("Udskriv familiens plan…"), self)
        self.print_plan.setObjectName("printFamilyPlan")
        self.print_plan.setToolTip(self.tr("Til familien: print den, før du går"))
        self.print_plan.clicked.connect(self.print_family_plan)
        list_layout.addWidget(self.print_plan)

        self.plan = MeetingPlanForm(self)
        self.plan.changed.connect(self._plan_edited)
        self.plan.start_requested.connect(self.start_meeting)
        self.plan_status = QLabel(self)
        self.message = message_label(self)
        self.empty_note = QLabel(self.tr("Vælg et møde i listen, eller planlæg et nyt."), self)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        plan_side = QWidget(self)
        plan_layout = QVBoxLayout(plan_side)
        plan_layout.addWidget(self.empty_note)
        plan_layout.addWidget(self.plan)
        plan_layout.addStretch(1)
        # The meeting's end screen: the family's plan is one click away.
        self.print_plan_done = QPushButton(self.tr("Udskriv familiens plan nu…"), self)
        self.print_plan_done.setObjectName("printFamilyPlanAfterMeeting")
        self.print_plan_done.clicked.connect(self.print_family_plan)
        self.print_plan_done.hide()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(plan_side)
        self.plan_scroll = scroll
        # The status lines and the end screen's button stay in view below the scrolling plan
        # (inside the scroll area they were half hidden at 1366×768).
        self.message.setWordWrap(True)
        self.plan_status.setWordWrap(True)
        plan_column = QWidget(self)
        column_layout = QVBoxLayout(plan_column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.addWidget(scroll, 1)
        column_layout.addWidget(self.message)
        column_layout.addWidget(self.plan_status)
        column_layout.addWidget(self.print_plan_done, 0, Qt.AlignmentFlag.AlignLeft)

        overview = QSplitter(Qt.Orientation.Horizontal, self)
        overview.addWidget(list_side)
        overview.addWidget(plan_column)
        overview.setStretchFactor(0, 1)
        overview.setStretchFactor(1, 3)

        self.mode = MeetingMode(ctx, self)
        self.mode.back_requested.connect(self.show_plan)
        self.mode.finished.connect(self._meeting_finished)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(overview)
        self.stack.addWidget(self.mode)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._overview = overview
        self.plan.setVisible(False)
        self.print_plan_done.hide()

    # -- CasePage ------------------------------------------------------------------------------

    def page_title(self) -> str:
        return self.tr("Møder")

    def show_case(self, case: Case) -> None:
        if self._case is not None and self._case.uid != case.uid:
            self._current_uid = None
            self._unsaved = None
            self.show_plan()
        self._case = case
        self._fill_list()
        if self.stack.currentWidget() is self.mode:
            return  # the meeting runs from its own copy; a reload must not disturb the typing
        meeting = self._find(self._current_uid)
        # Reload the form only when the stored plan differs from what is on screen, so an
        # autosave's own reload never moves the cursor of someone typing.
        if (
            meeting is not None
            and not self._plan_saver.pending()
            and self.plan.meeting() != meeting
        ):
            self.plan.load(case, meeting)
        else:
            self.plan.set_case(case)

    def set_family_safe(self, on: bool) -> None:
        super().set_family_safe(on)
        self.mode.set_family_safe(on)

    def clear(self) -> None:
        self._plan_saver.cancel()
        self.mode.clear()
        self._case = None
        self._current_uid = None
        self._unsaved = None
        self.meetings.clear()
        self.plan.participants.set_participants([])
        self.plan.setVisible(False)
        self.print_plan_done.hide()
        self.empty_note.setVisible(True)
        self.stack.setCurrentWidget(self._overview)
        super().clear()

    def focus_target(self, uid: str) -> bool:
        if self._find(uid) is None:
            return False
        self.show_plan()
        self._select(uid)
        self.meetings.setFocus()
        return True

    # -- list and plan -------------------------------------------------------------------------

    def _find(self, uid: str | None) -> Meeting | None:
        if uid is None:
            return None
        if self._unsaved is not None and self._unsaved.uid == uid:
            return self._unsaved
        case = self._case
        return next((m for m in case.meetings if m.uid == uid), None) if case else None

    def _fill_list(self) -> None:
        case = self._case
        self.meetings.blockSignals(True)
        self.meetings.clear()
        meetings = list(case.meetings) if case else []
        if self._unsaved is not None and all(m.uid != self._unsaved.uid for m in meetings):
            meetings.append(self._unsaved)
        for meeting in sorted(meetings, key=lambda m: m.starts_at, reverse=True):
            day, at = local_parts(meeting.starts_at)
            state = self.tr("holdt") if meeting.held else self.tr("planlagt")
            text = self.tr("{date} kl. {time} – {state}").format(
                date=fmt_date(day), time=at.strftime("%H:%M"), state=state
            )
            if meeting.without_consent_49a:
                text += " – § 49 a"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, meeting.uid)
            self.meetings.addItem(item)
            if meeting.uid == self._current_uid:
                self.meetings.setCurrentItem(item)
        self.meetings.blockSignals(False)

    def _select(self, uid: str) -> None:
        for row in range(self.meetings.count()):
            if self.meetings.item(row).data(Qt.ItemDataRole.UserRole) == uid:
                self.meetings.setCurrentRow(row)

    def _meeting_chosen(self, item: QListWidgetItem | None, _previous: object) -> None:
        self._plan_saver.flush()
        self.print_plan_done.hide()
        if item is None or self._case is None:
            return
        uid = item.data(Qt.ItemDataRole.UserRole)
        meeting = self._find(uid)
        if meeting is None:
            return
        self._current_uid = uid
        self.plan.load(self._case, meeting)
        self.plan.setVisible(True)
        self.empty_note.setVisible(False)
        self.plan_status.clear()

    def plan_new(self) -> Meeting | None:
        if self._case is None:
            return None
        self._plan_saver.flush()
        today = self.ctx.today()
        same_day = [
            m
            for m in self._case.meetings
            if not m.held and local_parts(m.starts_at)[0] == today
        ]
        if same_day:
            # Planning twice on one day is almost always a second click: show the one there is.
            existing = same_day[0]
            self._select(existing.uid)
            self._current_uid = existing.uid
            self.plan.load(self._case, existing)
            self.plan.setVisible(True)
            self.empty_note.setVisible(False)
            self.plan_status.setText(
                self.tr(
                    "Der er allerede planlagt et møde i dag ({date}). Det er valgt her. Vælg en "
                    "anden dato i planen, hvis det er et nyt møde."
                ).format(date=fmt_date(today))
            )
            return existing
        meeting = new_meeting(self._case, today)
        self._unsaved = meeting
        self._current_uid = meeting.uid
        self._fill_list()
        self.plan.load(self._case, meeting)
        self.plan.setVisible(True)
        self.empty_note.setVisible(False)
        self.plan_status.setText(self.tr("Planen gemmes automatisk, mens du skriver."))
        self.save_plan()
        return meeting

    def _plan_edited(self) -> None:
        self.plan_status.setText(self.tr("Gemmer …"))
        self._plan_saver.poke()

    def save_plan(self, on_done=None) -> None:  # noqa: ANN001
        service, case_id = self.ctx.service, self.ctx.current_case_id
        meeting = self.plan.meeting()
        if service is None or case_id is None or meeting is None:
            return
        show_message(self.message, "")

        def done(result: object) -> None:
            if self._unsaved is not None and self._unsaved.uid == meeting.uid:
                self._unsaved = None
            self.plan_status.setText(self.tr("Planen er gemt."))
            self.ctx.reload_case()
            if on_done is not None:
                on_done(result)

        run_guarded(
            self,
            service.save_meeting,
            case_id,
            meeting,
            on_done=done,
            on_error=lambda exc: show_message(self.message, error_text(exc)),
        )

    def export_pdf(self, form: str):  # noqa: ANN201 - the export dialog, or None
        """Open the export dialog for the chosen meeting (saved first, so the PDF has it all)."""
        from app.ui.documents.export_dialog import open_export

        self.flush()
        return open_export(self, self.ctx, form, record_uid=self._current_uid)

    # -- running the meeting -------------------------------------------------------------------

    def start_meeting(self) -> None:
        """Save the plan, then switch to the meeting mode with the saved meeting."""
        meeting = self.plan.meeting()
        if meeting is None or self._case is None:
            return
        if not meeting.agenda:
            show_error(
                self.message,
                self.tr("Vælg mindst ét punkt på dagsordenen."),
                self.plan.agenda_list,
            )
            return
        today = self.ctx.today()
        planned_day = local_parts(meeting.starts_at)[0]
        if planned_day != today:
            choice = self._ask_meeting_date(planned_day, today)
            if choice is None:
                return
            if choice != planned_day:
                self.plan.day.setDate(to_qdate(choice))
                meeting = self.plan.meeting()
        self._plan_saver.cancel()
        case = self._case
        self.save_plan(on_done=lambda _r: self._enter_mode(case, meeting))

    def _ask_meeting_date(self, planned: date, today: date) -> date | None:
        """The minutes, agreements and timeline take the meeting's date: ask which one holds."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setObjectName("meetingDateQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Hvilken dato holdes mødet?"))
        box.setText(
            self.tr(
                "Mødet er planlagt til {planned}, men i dag er det {today}. Referatet, aftalerne "
                "og tidslinjen får mødets dato. Hvilken dato gælder?"
            ).format(planned=fmt_date(planned), today=fmt_date(today))
        )
        use_today = box.addButton(
            self.tr("Mødet holdes i dag, {today}").format(today=fmt_date(today)),
            QMessageBox.ButtonRole.AcceptRole,
        )
        keep = box.addButton(
            self.tr("Behold {planned}").format(planned=fmt_date(planned)),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(use_today)
        box.exec()
        clicked = box.clickedButton()
        if clicked is use_today:
            return today
        if clicked is keep:
            return planned
        return None

    def _enter_mode(self, case: Case, meeting: Meeting) -> None:
        self.mode.start(case, replace(meeting))
        self.stack.setCurrentWidget(self.mode)
        self.mode.minutes.setFocus()

    def show_plan(self) -> None:
        self.stack.setCurrentWidget(self._overview)
        case = self._case
        meeting = self._find(self._current_uid)
        if case is not None and meeting is not None:
            self.plan.load(case, meeting)
            # Back from the meeting, the keyboard is one key from resuming it.
            self.plan.start_button.setFocus()

    def print_family_plan(self) -> None:
        from app.ui.documents.printing import print_family_plan

        self.flush()
        print_family_plan(self, self.ctx, on_shown=self._plan_preview_shown)

    def _plan_preview_shown(self, dialog) -> None:  # noqa: ANN001 - QPrintPreviewDialog
        self.preview = dialog

    def _meeting_finished(self, uid: str) -> None:
        self._current_uid = uid
        self.print_plan_done.show()
        self.print_plan_done.setFocus()
        self.stack.setCurrentWidget(self._overview)
        self.plan_status.setText(self.tr("Mødet er afsluttet, og aftalerne står i stafetloggen."))
