"""Planning a coordination meeting: when, where, who is invited, which agenda points, § 49 a."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import UTC, date, datetime, time

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain import agenda, legal, section49a
from app.domain.messages import RuleViolation
from app.domain.records import Case, Meeting, Participant
from app.ui.form_layout import FormLayout, name_field
from app.ui.live.common import (
    TabbingTimeEdit,
    current_holder,
    date_edit,
    date_of,
    message_label,
    plain_line,
    show_message,
)
from app.ui.live.labels import fmt_date, to_qdate
from app.ui.live.meeting_models import ParticipantsModel

logger = logging.getLogger(__name__)


def local_start(day: date, at: time) -> datetime:
    """The meeting's start as an aware UTC moment (records keep UTC; the screen shows local)."""
    # A naive time read as the machine's local time on that day, summer time included.
    return datetime.combine(day, at).astimezone().astimezone(UTC)


def local_parts(moment: datetime) -> tuple[date, time]:
    local = moment.astimezone()  # the machine's local time on that day
    return local.date(), local.time().replace(second=0, microsecond=0)


def suggested_participants(case: Case) -> list[Participant]:
    """The holder, the custodians (family) and everyone on the newest network map."""
    people: list[Participant] = []
    holder = current_holder(case)
    people.append(
        Participant(
            name=holder.name,
            organisation=holder.organisation,
            role=QCoreApplication.translate("MeetingPlan", "Stafetholder"),
        )
    )
    for custodian in case.custodians:
        people.append(Participant(name=custodian.name, role=custodian.relation, is_family=True))
    if case.network_maps:
        newest = max(enumerate(case.network_maps), key=lambda p: (p[1].made_on, p[0]))[1]
        for actor in newest.actors:
            people.append(
                Participant(
                    name=actor.name, organisation=actor.organisation, responsibility=actor.effort
                )
            )
    seen: set[str] = set()
    unique = []
    for p in people:
        key = p.name.casefold().strip()
        if key and key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


class MeetingPlanForm(QWidget):
    """Edits the plan of one meeting; `changed` fires on every edit (the page autosaves)."""

    changed = Signal()
    start_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._case: Case | None = None
        self._meeting: Meeting | None = None
        self._loading = False

        self.day = date_edit(date.today(), self)
        self.at = TabbingTimeEdit(QTime(9, 0), self)
        self.at.setDisplayFormat("HH:mm")
        self.place = plain_line(self, self.tr("For eksempel: hjemme hos familien"))
        self.participants = ParticipantsModel(self)
        self.invitees = QTableView(self)
        self.invitees.setModel(self.participants)
        self.invitees.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.invitees.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.invitees.setMinimumHeight(150)
        self.invitees.setTabKeyNavigation(False)  # arrows move between cells; Tab leaves the table
        self.from_map = QPushButton(self.tr("Hent fra &netværkskortet"), self)
        self.from_map.setObjectName("inviteFromNetworkMap")
        self.from_map.clicked.connect(self.add_suggested)
        self.add_person = QPushButton(self.tr("Ti&lføj person"), self)
        self.add_person.clicked.connect(self._add_person)
        self.remove_person = QPushButton(self.tr("Fjern person"), self)
        self.remove_person.clicked.connect(
            lambda: self.participants.remove(self.invitees.currentIndex().row())
        )
        people_buttons = QHBoxLayout()
        people_buttons.addWidget(self.from_map)
        people_buttons.addWidget(self.add_person)
        people_buttons.addWidget(self.remove_person)
        people_buttons.addStretch(1)
        people = QVBoxLayout()
        people.addWidget(self.invitees)
        people.addLayout(people_buttons)

        self.agenda_list = QListWidget(self)
        self.agenda_list.setMinimumHeight(180)
        translate = QCoreApplication.translate
        for point in agenda.STANDARD_AGENDA:
            indent = "      " if point.parent_id else ""
            item = QListWidgetItem(f"{indent}{point.label} {translate('Agenda', point.title)}")
            item.setData(Qt.ItemDataRole.UserRole, point.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(translate("Agenda", point.guidance))
            self.agenda_list.addItem(item)
        self.agenda_list.itemChanged.connect(lambda _i: self._edited())
        self.all_points = QPushButton(self.tr("Alle punkter (første møde)"), self)
        self.all_points.clicked.connect(lambda: self.set_agenda(agenda.first_meeting_agenda()))
        self.follow_points = QPushButton(self.tr("Opfølgende møde"), self)
        self.follow_points.clicked.connect(lambda: self.set_agenda(agenda.follow_up_agenda()))
        agenda_buttons = QHBoxLayout()
        agenda_buttons.addWidget(self.all_points)
        agenda_buttons.addWidget(self.follow_points)
        agenda_buttons.addStretch(1)
        self.agenda_note = QLabel(self)
        self.agenda_note.setObjectName("agendaNote")
        self.agenda_note.setWordWrap(True)
        self.agenda_note.setProperty("hint", True)
        self.agenda_list.itemChanged.connect(lambda _i: self._explain_agenda())
        agenda_box = QVBoxLayout()
        agenda_box.addWidget(self.agenda_list)
        agenda_box.addLayout(agenda_buttons)
        agenda_box.addWidget(self.agenda_note)

        self.without_consent = QCheckBox(
            self.tr("Udveksling uden samtykke i SSD-samarbejdet ({law})").format(
                law=legal.SSD_EXCHANGE.paragraph
            ),
            self,
        )
        self.without_consent.toggled.connect(self._check_49a)
        self.rule_message = message_label(self)

        self.start_button = QPushButton(self.tr("&Start mødet"), self)
        self.start_button.setObjectName("startMeeting")
        font = self.start_button.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.start_button.setFont(font)
        self.start_button.clicked.connect(self.start_requested)

        form = FormLayout()
        when = QHBoxLayout()
        when.addWidget(self.day)
        when.addWidget(QLabel(self.tr("kl."), self))
        when.addWidget(self.at)
        when.addStretch(1)
        form.add_row(self.tr("Dat&o:"), when, focus=self.day)
        name_field(self.at, self.tr("Klokkeslæt"))
        form.add_row(self.tr("S&ted:"), self.place)
        form.add_row(self.tr("Invit&erede:"), people, focus=self.invitees)
        form.add_row(self.tr("Da&gsorden:"), agenda_box, focus=self.agenda_list)
        form.add_row(self.tr("§ &49 a:"), self.without_consent)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.rule_message)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.start_button)
        layout.addLayout(bottom)

        for signal in (self.day.dateChanged, self.at.timeChanged, self.place.textChanged):
            signal.connect(lambda *_a: self._edited())
        self.participants.edited.connect(self._edited)

    # -- loading and reading back --------------------------------------------------------------

    def load(self, case: Case, meeting: Meeting) -> None:
        self._loading = True
        try:
            self._case = case
            self._meeting = meeting
            day, at = local_parts(meeting.starts_at)
            self.day.setDate(to_qdate(day))
            self.at.setTime(QTime(at.hour, at.minute))
            self.place.setText(meeting.place)
            self.participants.set_participants(meeting.participants)
            self.set_agenda(meeting.agenda)
            self.without_consent.setChecked(meeting.without_consent_49a)
            show_message(self.rule_message, "")
        finally:
            self._loading = False

    def set_case(self, case: Case) -> None:
        """A fresh case (other meetings, the newest map) without touching the fields."""
        self._case = case

    def meeting(self) -> Meeting | None:
        """The plan as a Meeting (minutes, agreements, held flag kept from the loaded one)."""
        if self._meeting is None:
            return None
        qtime = self.at.time()
        return replace(
            self._meeting,
            starts_at=local_start(date_of(self.day), time(qtime.hour(), qtime.minute())),
            place=" ".join(self.place.text().split()),
            participants=self.participants.participants(),
            agenda=self.agenda(),
            without_consent_49a=self.without_consent.isChecked(),
        )

    def agenda(self) -> list[str]:
        chosen = []
        for row in range(self.agenda_list.count()):
            item = self.agenda_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append(item.data(Qt.ItemDataRole.UserRole))
        return agenda.with_parents(chosen)

    def set_agenda(self, point_ids: list[str]) -> None:
        wanted = set(point_ids)
        self.agenda_list.blockSignals(True)
        for row in range(self.agenda_list.count()):
            item = self.agenda_list.item(row)
            pid = item.data(Qt.ItemDataRole.UserRole)
            item.setCheckState(Qt.CheckState.Checked if pid in wanted else Qt.CheckState.Unchecked)
        self.agenda_list.blockSignals(False)
        self._explain_agenda()
        self._edited()

    def _explain_agenda(self) -> None:
        """A follow-up agenda leaves KAN out on purpose: say so, instead of skipping it quietly."""
        chosen = self.agenda()
        no_kan = bool(chosen) and not any(
            agenda.point(pid).phase is agenda.Phase.KAN for pid in chosen
        )
        self.agenda_note.setText(
            self.tr(
                "KAN (punkt 4) er ikke på dagsordenen: et opfølgende møde ser på, hvad der er "
                "sket siden sidst. Sæt flueben ved punkt 4, hvis I vil drøfte nye muligheder."
            )
            if no_kan
            else ""
        )
        self.agenda_note.setVisible(no_kan)

    def add_suggested(self) -> int:
        """Invite the holder, the family and the map's actors not already on the list."""
        if self._case is None:
            return 0
        known = self.participants.names()
        added = 0
        for person in suggested_participants(self._case):
            if person.name.casefold() not in known:
                self.participants.add(person)
                added += 1
        return added

    def _add_person(self) -> None:
        row = self.participants.add(Participant(name=""))
        index = self.participants.index(row, 0)
        self.invitees.setCurrentIndex(index)
        self.invitees.edit(index)

    def _check_49a(self, on: bool) -> None:
        show_message(self.rule_message, "")
        if on and self._case is not None and self._meeting is not None:
            others = [m for m in self._case.meetings if m.uid != self._meeting.uid]
            earlier = section49a.exchange_meetings(others)
            follow_up = self._meeting.follow_up_of_uid
            if len(earlier) == 1 and follow_up is None:
                # The only lawful second § 49 a meeting is the follow-up of the first one.
                follow_up = earlier[0].uid
            try:
                section49a.check_new_meeting(others, follow_up_of=follow_up)
            except RuleViolation as exc:
                show_message(self.rule_message, exc.render(QCoreApplication.translate))
                self.without_consent.blockSignals(True)
                self.without_consent.setChecked(False)
                self.without_consent.blockSignals(False)
                return
            self._meeting.follow_up_of_uid = follow_up
            if follow_up is not None:
                first_day = local_parts(earlier[0].starts_at)[0]
                show_message(
                    self.rule_message,
                    self.tr(
                        "Mødet bliver opfølgningen på mødet uden samtykke den {date}. Det er kun "
                        "tilladt i særlige tilfælde, og det er det sidste møde uden samtykke."
                    ).format(date=fmt_date(first_day)),
                )
        elif not on and self._meeting is not None:
            self._meeting.follow_up_of_uid = None
        self._edited()

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()
