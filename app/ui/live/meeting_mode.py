"""Running the meeting: big type, the VED → KAN → VIL → GØR phase in front, minutes typed live."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import agenda
from app.domain import child_voice as cv
from app.domain.agenda import Phase
from app.domain.records import Agreement, Case, Meeting, Participant
from app.domain.scales import CHILD_SCALE
from app.ui.announce import announce
from app.ui.form_layout import make_label, name_field
from app.ui.live.common import (
    Debouncer,
    error_text,
    message_label,
    plain_text,
    run_guarded,
    show_message,
)
from app.ui.live.labels import fmt_date
from app.ui.live.meeting_agreements import BASE_POINT_SIZE, AgreementsPanel, meeting_font
from app.ui.theme import current_theme
from app.ui.toggle_buttons import toggle_button

logger = logging.getLogger(__name__)

PHASES = (Phase.INTRO, Phase.VED, Phase.KAN, Phase.VIL, Phase.GOR)


def phase_colour(phase: Phase) -> str:
    """The phase's colour in the theme in use (app/ui/theme.py: ≥ 4.5:1 both ways round)."""
    return current_theme().phases[PHASES.index(phase)]


class MeetingMode(QWidget):
    """One agenda point at a time; every keystroke reaches the vault within a second."""

    back_requested = Signal()
    finished = Signal(str)  # the meeting uid, after it is marked held and the agreements applied

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.ctx = ctx
        self._case: Case | None = None
        self._meeting: Meeting | None = None
        self._points: list[str] = []
        self._index = 0
        self._dirty_points: set[str] = set()
        self._showing = False
        self._minutes_saver = Debouncer(self._save_minutes, parent=self)
        self._meeting_saver = Debouncer(self._save_meeting, parent=self)
        self.setFont(meeting_font(BASE_POINT_SIZE))

        # The phase strip: where we are in VED-KAN-VIL-GØR, visible from the sofa.
        self.phase_labels: dict[Phase, QPushButton] = {}
        strip = QHBoxLayout()
        strip.setSpacing(6)
        translate = QCoreApplication.translate
        for phase in PHASES:
            # They look like buttons, so they are: a click jumps to the phase's first point.
            label = QPushButton(translate("Agenda", agenda.PHASE_TITLES[phase]), self)
            label.setObjectName(f"phase_{phase.name.lower()}")
            label.setMinimumHeight(46)
            label.setCursor(Qt.CursorShape.PointingHandCursor)
            label.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the agenda list is the keyboard's way
            label.clicked.connect(lambda _checked=False, p=phase: self.jump_to_phase(p))
            strip.addWidget(label, 1)
            self.phase_labels[phase] = label
        self.full_screen = QPushButton(self.tr("Fuld skærm"), self)
        self.full_screen.setObjectName("meetingFullScreen")
        toggle_button(self.full_screen)  # read as a toggle button, pressed or not
        self.full_screen.toggled.connect(self._toggle_full_screen)
        strip.addWidget(self.full_screen)

        # Left: the agenda to jump around in, and who came.
        self.agenda_view = QListWidget(self)
        self.agenda_view.setFont(meeting_font(BASE_POINT_SIZE - 3))
        self.agenda_view.setWordWrap(True)
        self.agenda_view.currentRowChanged.connect(self._jump)
        self.attendance = QListWidget(self)
        self.attendance.setFont(meeting_font(BASE_POINT_SIZE - 3))
        self.attendance.itemChanged.connect(self._attendance_changed)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(make_label(self.tr("&Dagsorden"), self.agenda_view))
        left_layout.addWidget(self.agenda_view, 3)
        left_layout.addWidget(make_label(self.tr("&Hvem er med"), self.attendance))
        left_layout.addWidget(self.attendance, 2)
        # Someone not invited joins (a grandparent, an interpreter): add them on the spot.
        self.newcomer = QLineEdit(self)
        self.newcomer.setPlaceholderText(self.tr("Navn på en, der også kom"))
        self.newcomer.setFont(meeting_font(BASE_POINT_SIZE - 4))
        self.newcomer.returnPressed.connect(self.add_newcomer)
        self.add_newcomer_button = QPushButton(self.tr("Tilføj"), self)
        self.add_newcomer_button.setFont(meeting_font(BASE_POINT_SIZE - 4))
        self.add_newcomer_button.clicked.connect(self.add_newcomer)
        name_field(self.newcomer, self.tr("Tilføj en deltager, der ikke var inviteret"))
        newcomer_row = QHBoxLayout()
        newcomer_row.addWidget(self.newcomer, 1)
        newcomer_row.addWidget(self.add_newcomer_button)
        left_layout.addLayout(newcomer_row)

        # Centre: the point, its guidance and the minutes.
        self.point_title = QLabel(self)
        self.point_title.setObjectName("meetingPointTitle")
        self.point_title.setFont(meeting_font(BASE_POINT_SIZE + 7, bold=True))
        self.point_title.setWordWrap(True)
        self.guidance = QLabel(self)
        self.guidance.setObjectName("meetingGuidance")
        self.guidance.setFont(meeting_font(BASE_POINT_SIZE + 1))
        self.guidance.setWordWrap(True)
        self.minutes = plain_text(self, self.tr("Skriv referatet her, mens I taler."), grow=True)
        self.minutes.setFont(meeting_font(BASE_POINT_SIZE + 2))
        self.minutes.textChanged.connect(self._minutes_typed)
        self.minutes_label = make_label(self.tr("&Referat"), self.minutes)
        self.saved_note = QLabel(self)
        self.saved_note.setObjectName("meetingSaved")
        self.saved_note.setFont(meeting_font(BASE_POINT_SIZE - 4))

        self.agreements_panel = AgreementsPanel(self)
        self.agreements_panel.hide()
        self.agreements_panel.edited.connect(self._meeting_saver.poke)
        self.agreements_panel.apply_requested.connect(self.apply_agreements)
        self.agreements_panel.problem.connect(lambda text: show_message(self.message, text))
        # The panel's parts under their old names (tests and shortcuts reach them here).
        panel = self.agreements_panel
        self.agreements = panel.model
        self.who, self.what, self.by_when = panel.who, panel.what, panel.by_when
        self.follow_up_by = panel.follow_up_by
        self.add_agreement_button = panel.add_agreement_button
        self.agreements_table = panel.agreements_table
        self.next_meeting, self.next_meeting_on = panel.next_meeting, panel.next_meeting_on
        self.apply_button = panel.apply_button

        self.message = message_label(self)
        self.previous_button = QPushButton(self.tr("◀ &Forrige punkt"), self)
        self.previous_button.setObjectName("previousPoint")
        self.previous_button.clicked.connect(lambda: self.go_to(self._index - 1))
        self.next_button = QPushButton(self.tr("&Næste punkt ▶"), self)
        self.next_button.setObjectName("nextPoint")
        self.next_button.clicked.connect(lambda: self.go_to(self._index + 1))
        self.back_button = QPushButton(self.tr("Tilbage til planen"), self)
        self.back_button.clicked.connect(self._back)
        self.finish_button = QPushButton(self.tr("&Afslut mødet"), self)
        self.finish_button.setObjectName("finishMeeting")
        self.finish_button.clicked.connect(self.finish)
        for button in (self.previous_button, self.next_button, self.finish_button):
            button.setMinimumHeight(44)
        QShortcut(QKeySequence("Ctrl+PgDown"), self, activated=lambda: self.go_to(self._index + 1))
        QShortcut(QKeySequence("Ctrl+PgUp"), self, activated=lambda: self.go_to(self._index - 1))
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.FullScreen),
            self,
            activated=self.full_screen.toggle,
        )
        # Escape leaves full screen; only live while in it, so editors keep their Escape.
        self._leave_full_screen = QShortcut(
            QKeySequence(Qt.Key.Key_Escape),
            self,
            activated=lambda: self.full_screen.setChecked(False),
        )
        self._leave_full_screen.setEnabled(False)

        centre = QWidget(self)
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.point_title)
        centre_layout.addWidget(self.guidance)
        centre_layout.addWidget(self.minutes_label)
        centre_layout.addWidget(self.minutes, 2)
        centre_layout.addWidget(self.saved_note)
        centre_layout.addWidget(self._build_voice_panel())
        # Seed 000's coordination points, when Familieretshuset takes part (VED point 3).
        self.court_panel = QLabel(self)
        self.court_panel.setObjectName("meetingFamilyCourt")
        self.court_panel.setWordWrap(True)
        self.court_panel.setFont(meeting_font(BASE_POINT_SIZE - 3))
        self.court_panel.hide()
        centre_layout.addWidget(self.court_panel)
        centre_layout.addWidget(self.agreements_panel, 3)

        # For the caseworker's eyes only; never shown while the family looks at the screen.
        self.internal_panel = QLabel(self)
        self.internal_panel.setObjectName("meetingInternal")
        self.internal_panel.setWordWrap(True)
        self.internal_panel.setFont(meeting_font(BASE_POINT_SIZE - 4))
        self.internal_panel.setProperty("personal", True)
        self.internal_panel.hide()
        # Off by default: the family sees this screen, so internal notes only on request.
        self.internal_toggle = QPushButton(self.tr("Vis intern note (kun til dig)"), self)
        self.internal_toggle.setObjectName("showInternalNote")
        toggle_button(self.internal_toggle)
        self.internal_toggle.setFont(meeting_font(BASE_POINT_SIZE - 5))
        self.internal_toggle.toggled.connect(lambda _on: self._show_internal())
        left_layout.addWidget(self.internal_toggle)
        left_layout.addWidget(self.internal_panel)

        # Tab in reading order: the left column ends with the internal note's switch (made
        # last), and the bottom row starts at "Tilbage til planen" on its left.
        QWidget.setTabOrder(self.add_newcomer_button, self.internal_toggle)
        QWidget.setTabOrder(self.apply_button, self.back_button)
        QWidget.setTabOrder(self.back_button, self.previous_button)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(centre)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 1000])

        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        bottom.addWidget(self.previous_button)
        bottom.addWidget(self.next_button)
        bottom.addSpacing(24)
        bottom.addWidget(self.finish_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(strip)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self.set_family_safe(ctx.family_safe)
        ctx.family_safe_changed.connect(self.set_family_safe)

    # -- the child's own words at VED point 3b (BL § 5, stk. 3) --------------------------------

    def _build_voice_panel(self) -> QWidget:
        self.voice_panel = QGroupBox(
            QCoreApplication.translate("ChildVoice", cv.TITLE), self
        )
        self.voice_panel.setObjectName("meetingChildVoice")
        self.voice_panel.setFont(meeting_font(BASE_POINT_SIZE - 3))
        layout = QVBoxLayout(self.voice_panel)
        self.voice_prompt = QLabel(QCoreApplication.translate("ChildVoice", cv.MEETING_PROMPT))
        self.voice_prompt.setWordWrap(True)
        layout.addWidget(self.voice_prompt)
        self.voice_words = QLabel(self.voice_panel)
        self.voice_words.setObjectName("meetingChildVoiceWords")
        self.voice_words.setProperty("personal", True)
        self.voice_words.setWordWrap(True)
        self.voice_words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.voice_words)
        self.voice_button = QPushButton(self.tr("Skriv barnets egne ord …"), self.voice_panel)
        self.voice_button.setObjectName("meetingChildVoiceAdd")
        self.voice_button.clicked.connect(self.record_child_voice)
        layout.addWidget(self.voice_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.voice_panel.hide()
        return self.voice_panel

    def _show_voices(self) -> None:
        """The words the child agreed to share: the family sees this screen, so no others."""
        from app.ui.stafetlog.child_voice import describe

        voices = self._case.child_voices if self._case is not None else []
        shared = cv.for_documents(voices)
        lines = [describe(v) for v in shared[-5:]]  # the newest few: the room needs the minutes
        if not lines:
            lines = [QCoreApplication.translate("ChildVoice", cv.NOTHING_YET)]
        held = cv.withheld(voices)
        if held and not self.ctx.family_safe:
            lines.append(
                self.tr(
                    "Kun til dig: {count} udsagn vises ikke, fordi barnet ikke har sagt ja til "
                    "at dele dem."
                ).format(count=held)
            )
        self.voice_words.setText("\n\n".join(lines))

    def _show_court_points(self, pid: str) -> None:
        from app.domain import family_court

        meeting = self._meeting
        shown = pid == "3" and meeting is not None and family_court.takes_part(
            meeting.participants
        )
        self.court_panel.setVisible(shown)
        if shown:
            translate = QCoreApplication.translate
            lines = [self.tr("Familieretshuset deltager. Aftal også:")]
            prompts = family_court.COORDINATION_PROMPTS
            lines += [f"• {translate('FamilyCourt', p)}" for p in prompts]
            self.court_panel.setText("\n".join(lines))

    def record_child_voice(self):  # noqa: ANN201 - the dialog (returned for tests)
        """The words the child says now, at the meeting: saved as the child's own record."""
        from app.ui.stafetlog.child_voice import ChildVoiceDialog

        service, case_id = self.ctx.service, self.ctx.current_case_id
        if service is None or case_id is None or self._meeting is None:
            return None
        dialog = ChildVoiceDialog(
            self.ctx.today, getattr(service, "actor", "") or "", self._meeting.uid, self
        )

        def saved() -> None:
            voice = dialog.result_voice
            if voice is None:
                return

            def stored(_uid: object) -> None:
                if self._case is not None:
                    self._case = replace(
                        self._case, child_voices=[*self._case.child_voices, voice]
                    )
                self._show_voices()
                self.saved_note.setText(self.tr("Barnets ord er gemt i stafetloggen."))
                self.ctx.reload_case()

            run_guarded(
                self, service.add_child_voice, case_id, voice, on_done=stored,
                on_error=self._failed,
            )

        dialog.accepted.connect(saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- the menu bar steps aside -------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        super().showEvent(event)
        self._show_menu_bar(False)

    def hideEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        super().hideEvent(event)
        self._show_menu_bar(True)

    def _show_menu_bar(self, visible: bool) -> None:
        """The meeting has its own Alt-letters (H&vem, &Referat, &Dagsorden …); with the menu
        bar out of the way they never open Filer or Vis mid-meeting. Ctrl+L, F12 and the other
        window shortcuts keep working."""
        from PySide6.QtWidgets import QMainWindow

        window = self.window()
        if isinstance(window, QMainWindow) and window is not self:
            window.menuBar().setVisible(visible)

    # -- showing a meeting ---------------------------------------------------------------------

    def start(self, case: Case, meeting: Meeting) -> None:
        self._case = case
        self._meeting = replace(
            meeting,
            minutes=dict(meeting.minutes),
            participants=[replace(p) for p in meeting.participants],
        )
        self._points = agenda.ordered(meeting.agenda) or agenda.first_meeting_agenda()
        self._dirty_points.clear()
        translate = QCoreApplication.translate
        self.agenda_view.blockSignals(True)
        self.agenda_view.clear()
        for pid in self._points:
            point = agenda.point(pid)
            indent = "    " if point.parent_id else ""
            self.agenda_view.addItem(f"{indent}{point.label} {translate('Agenda', point.title)}")
        self.agenda_view.blockSignals(False)
        self.attendance.blockSignals(True)
        self.attendance.clear()
        for participant in self._meeting.participants:
            if not participant.invited and not participant.attended:
                continue
            item = QListWidgetItem(participant.name or "–")
            item.setData(Qt.ItemDataRole.UserRole, participant.uid)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if participant.attended else Qt.CheckState.Unchecked
            )
            self.attendance.addItem(item)
        self.attendance.blockSignals(False)
        self.agreements_panel.load(
            self._meeting.agreements,
            [p.name for p in self._meeting.participants if p.name],
            self._meeting.next_meeting_on,
            self.ctx.today(),
        )
        self.internal_toggle.setChecked(False)
        self._show_internal()
        self.saved_note.clear()
        show_message(self.message, "")
        self._index = -1
        self.go_to(0)

    def meeting(self) -> Meeting | None:
        """The meeting as it stands on screen (minutes, attendance, agreements, next meeting)."""
        if self._meeting is None:
            return None
        attended = {}
        for row in range(self.attendance.count()):
            item = self.attendance.item(row)
            attended[item.data(Qt.ItemDataRole.UserRole)] = (
                item.checkState() == Qt.CheckState.Checked
            )
        participants = [
            replace(p, attended=attended.get(p.uid, p.attended)) for p in self._meeting.participants
        ]
        return replace(
            self._meeting,
            participants=participants,
            minutes=dict(self._meeting.minutes),
            agreements=self.agreements.agreements(),
            next_meeting_on=self.agreements_panel.next_meeting_date(),
        )

    def current_point(self) -> str | None:
        return self._points[self._index] if 0 <= self._index < len(self._points) else None

    def current_phase(self) -> Phase | None:
        pid = self.current_point()
        return agenda.point(pid).phase if pid else None

    def go_to(self, index: int) -> None:
        if not self._points:
            return
        index = max(0, min(index, len(self._points) - 1))
        if index == self._index:
            return
        self._minutes_saver.flush()
        self._index = index
        pid = self._points[index]
        point = agenda.point(pid)
        translate = QCoreApplication.translate
        parent = agenda.POINTS_BY_ID.get(point.parent_id) if point.parent_id else None
        title = translate("Agenda", point.title)
        if parent is not None:
            title = f"{parent.id}{point.label} {title}"
        else:
            title = f"{point.label} {title}"
        self.point_title.setText(title)
        self.guidance.setText(translate("Agenda", point.guidance))
        self._showing = True
        self.minutes.setPlainText(self._meeting.minutes.get(pid, "") if self._meeting else "")
        self._showing = False
        self.minutes.setAccessibleName(self.tr("Referat af punkt {point}").format(point=pid))
        self.agenda_view.blockSignals(True)
        self.agenda_view.setCurrentRow(index)
        self.agenda_view.blockSignals(False)
        phase_changed = self.phase_labels[point.phase].property("current") is not True
        self._show_phase(point.phase)
        # The phase boxes change colour only: say the new point (and phase) to a screen reader.
        heard = title
        if phase_changed:
            heard = self.tr("{phase}: {point}").format(
                phase=self.phase_labels[point.phase].text(), point=title
            )
        announce(self.point_title, heard)
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self._points) - 1)
        self.agreements_panel.setVisible(point.phase == Phase.GOR)
        self.voice_panel.setVisible(pid == cv.VED_POINT)
        self._show_court_points(pid)
        if pid == cv.VED_POINT:
            self._show_voices()
        # In GØR the agreements need the room; the minutes shrink to a few lines.
        gor = point.phase == Phase.GOR
        self.minutes.setMinimumHeight(80 if gor else 160)
        self.minutes.setMaximumHeight(120 if gor else 16777215)
        if self.isVisible():
            self.minutes.setFocus()  # after a click on "next", the next words go in the minutes

    def _jump(self, row: int) -> None:
        if row >= 0:
            self.go_to(row)

    def jump_to_phase(self, phase: Phase) -> None:
        """To the first agenda point of `phase` (nothing happens if the agenda leaves it out)."""
        for index, pid in enumerate(self._points):
            if agenda.point(pid).phase is phase:
                self.go_to(index)
                return

    def _show_phase(self, current: Phase) -> None:
        for phase, label in self.phase_labels.items():
            on = phase == current
            colour, window = phase_colour(phase), current_theme().window
            label.setProperty("current", on)
            label.setEnabled(any(agenda.point(p).phase is phase for p in self._points))
            label.setFont(meeting_font(BASE_POINT_SIZE + (9 if on else 3), bold=on))
            label.setStyleSheet(
                f"background: {colour}; color: {window}; border-radius: 6px; padding: 4px 10px;"
                if on
                else f"color: {colour}; border: 2px solid {colour}; border-radius: 6px;"
                f" padding: 4px 10px; background: {window};"
            )
            label.setAccessibleName(
                self.tr("Nu: {phase}").format(phase=label.text()) if on else label.text()
            )

    def _show_internal(self) -> None:
        case = self._case
        self.internal_toggle.setVisible(not self.ctx.family_safe)
        if case is None or self.ctx.family_safe or not self.internal_toggle.isChecked():
            self.internal_panel.clear()
            self.internal_panel.hide()
            if self.ctx.family_safe:
                self.internal_toggle.setChecked(False)
            return
        child = [a for a in case.assessments if a.subject_uid is None]
        if child:
            latest = max(child, key=lambda a: a.assessed_on)
            title = QCoreApplication.translate(
                "Scales", CHILD_SCALE.category(latest.category).title
            )
            text = self.tr("Kun til dig: seneste vurdering {date}: {number}. {title}").format(
                date=fmt_date(latest.assessed_on), number=latest.category, title=title
            )
        else:
            text = self.tr("Kun til dig: barnet er ikke vurderet på bekymringsskalaen endnu.")
        self.internal_panel.setText(text)
        self.internal_panel.show()

    def set_family_safe(self, on: bool) -> None:
        del on  # read back from the context so every path agrees
        self._show_internal()
        if self.current_point() == cv.VED_POINT:
            self._show_voices()

    def _toggle_full_screen(self, on: bool) -> None:
        """The whole screen for the meeting: the window fills it and the tab rows step aside.

        Menus, the toolbar and the family-safe banner stay, so F12 and locking work as always.
        """
        window = self.window()
        self._leave_full_screen.setEnabled(on)
        parent = self.parentWidget()
        while parent is not None:
            if isinstance(parent, QTabWidget):
                parent.tabBar().setVisible(not on)
            parent = parent.parentWidget()
        if on:
            self._was_maximized = window.isMaximized()
            window.showFullScreen()
        elif getattr(self, "_was_maximized", False):
            window.showMaximized()
        else:
            window.showNormal()

    # -- saving --------------------------------------------------------------------------------

    def _minutes_typed(self) -> None:
        pid = self.current_point()
        if self._showing or pid is None or self._meeting is None:
            return
        self._meeting.minutes[pid] = self.minutes.toPlainText()
        self._dirty_points.add(pid)
        self.saved_note.setText(self.tr("Gemmer …"))
        self._minutes_saver.poke()

    def _save_minutes(self) -> None:
        service, meeting = self.ctx.service, self._meeting
        if service is None or meeting is None:
            return
        points, self._dirty_points = sorted(self._dirty_points), set()
        for pid in points:
            run_guarded(
                self,
                service.update_minutes,
                meeting.uid,
                pid,
                meeting.minutes.get(pid, ""),
                on_done=lambda _r: self.saved_note.setText(self.tr("Referatet er gemt.")),
                on_error=self._failed,
            )

    def _attendance_changed(self, _item: QListWidgetItem) -> None:
        self._meeting_saver.poke()

    def add_newcomer(self) -> Participant | None:
        """A participant who was not invited but came: ticked as present and saved."""
        name = " ".join(self.newcomer.text().split())
        if not name or self._meeting is None:
            return None
        participant = Participant(name=name, invited=False, attended=True)
        self._meeting.participants.append(participant)
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, participant.uid)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        self.attendance.blockSignals(True)
        self.attendance.addItem(item)
        self.attendance.blockSignals(False)
        self.agreements_panel.add_name(name)
        self.newcomer.clear()
        self._meeting_saver.poke()
        return participant

    def _save_meeting(self, on_done=None) -> None:  # noqa: ANN001
        service, case_id, meeting = self.ctx.service, self.ctx.current_case_id, self.meeting()
        if service is None or case_id is None or meeting is None:
            return
        self._meeting = replace(meeting, minutes=dict(meeting.minutes))
        run_guarded(
            self, service.save_meeting, case_id, meeting, on_done=on_done, on_error=self._failed
        )

    def flush(self) -> None:
        """Write anything still waiting (leaving the meeting, locking the vault)."""
        self._minutes_saver.flush()
        self._meeting_saver.flush()

    def _failed(self, exc: BaseException) -> None:
        show_message(self.message, error_text(exc))

    def add_agreement(self) -> Agreement | None:
        return self.agreements_panel.add_agreement()

    def apply_agreements(self) -> None:
        """Save the meeting, then turn the agreements into rows of the actors' table."""
        service, case_id, meeting = self.ctx.service, self.ctx.current_case_id, self._meeting
        if service is None or case_id is None or meeting is None:
            return
        self._minutes_saver.flush()
        self._meeting_saver.cancel()
        self._save_meeting()
        run_guarded(
            self,
            service.apply_agreements,
            case_id,
            meeting.uid,
            on_done=self._applied,
            on_error=self._failed,
        )

    def _applied(self, added: list[str]) -> None:
        count = len(added or [])
        show_message(self.message, "")
        self.saved_note.setText(
            (
                self.tr("%n ny aftale er skrevet i stafetloggens aktørtabel.", "", count)
                if count == 1  # Danish has no plural catalogue: the source's two forms
                else self.tr("%n nye aftaler er skrevet i stafetloggens aktørtabel.", "", count)
            )
            if count
            else self.tr("Aftalerne står allerede i stafetloggen.")
        )
        self.ctx.reload_case()

    def finish(self) -> None:
        """Mark the meeting held, write the agreements into the log, and go back to the plan."""
        service, case_id = self.ctx.service, self.ctx.current_case_id
        if service is None or case_id is None or self._meeting is None:
            return
        self._minutes_saver.flush()
        self._meeting_saver.cancel()
        meeting = self.meeting()
        meeting.held = True
        self._meeting = replace(meeting, minutes=dict(meeting.minutes))
        uid = meeting.uid
        run_guarded(self, service.save_meeting, case_id, meeting, on_error=self._failed)
        run_guarded(
            self,
            service.apply_agreements,
            case_id,
            uid,
            on_done=lambda _added: self._finished(uid),
            on_error=self._failed,
        )

    def _finished(self, uid: str) -> None:
        if self.full_screen.isChecked():
            self.full_screen.setChecked(False)
        self.ctx.reload_case()
        self.finished.emit(uid)

    def _back(self) -> None:
        self.flush()
        if self.full_screen.isChecked():
            self.full_screen.setChecked(False)
        self.back_requested.emit()

    def clear(self) -> None:
        self._minutes_saver.cancel()
        self._meeting_saver.cancel()
        self._case = None
        self._meeting = None
        self._points = []
        self._index = 0
        self.agenda_view.clear()
        self.attendance.clear()
        self.agreements_panel.clear()
        self.internal_panel.clear()
        self.voice_words.clear()
        self.point_title.clear()
        self.guidance.clear()
        self.minutes.clear()
