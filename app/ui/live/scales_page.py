"""The worry scales page: place the child or a parent, see the history, heed the duty to notify."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain import legal, records
from app.domain.records import ScaleAssessment, ScaleKind
from app.domain.scales import CHILD_SCALE, LEVEL_FOOTERS, PARENT_SCALE, WorryScale
from app.ui.form_layout import FormLayout, name_field
from app.ui.live.common import (
    LivePage,
    bring_forward,
    current_holder,
    date_edit,
    date_of,
    find_page,
    message_label,
    plain_line,
    plain_text,
    show_error,
    show_message,
)
from app.ui.live.labels import fmt_date, to_qdate
from app.ui.live.scale_picker import ScalePicker
from app.ui.live.signs_checklist import SignsChecklist
from app.ui.live.timeline_chart import ChartPoint, TimelineChart

logger = logging.getLogger(__name__)


def template_words_text(scale: WorryScale) -> str:
    """The scale template's bands, footers, reminder, snapshot note and source, as one text."""
    translate = QCoreApplication.translate
    lines = [
        QCoreApplication.translate("ScalesPage", "{band}: kategori {first}-{last}").format(
            band=translate("Scales", band.title), first=band.first, last=band.last
        )
        for band in scale.bands
    ]
    for level in sorted({c.level for c in scale.categories}):
        numbers = ", ".join(str(c.number) for c in scale.categories if c.level is level)
        lines.append(f"{translate('Scales', LEVEL_FOOTERS[level])}: {numbers}")
    reminder, snapshot = translate("Scales", scale.reminder), translate("Scales", scale.snapshot_note)
    lines.append(f"{reminder} {snapshot}")
    lines.append(translate("Scales", scale.source))
    return "\n".join(lines)


def ask_to_notify(parent: QWidget, text: str) -> bool:
    """The underretning prompt; True when the user wants the notification form now."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ScalesPage", "Pligt til at underrette"))
    box.setText(text)
    open_button = box.addButton(
        QCoreApplication.translate("ScalesPage", "Åbn underretningsskemaet"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("ScalesPage", "Senere"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(open_button)
    box.exec()
    return box.clickedButton() is open_button


class ScalesEditor(QWidget):
    """Everything with scale content; the page throws it away in the family-safe view."""

    save_requested = Signal(object)  # ScaleAssessment

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._case: records.Case | None = None

        self.person = QComboBox(self)
        self.person.currentIndexChanged.connect(self._person_changed)
        self.assessed_on = date_edit(date.today(), self)
        self.assessors = plain_line(self, self.tr("Navne, adskilt med komma"))
        self.picker = ScalePicker(self)
        # The template's own words around the scale: bands, reminder, snapshot note, source.
        self.template_words = QLabel(self)
        self.template_words.setObjectName("scaleTemplateWords")
        self.template_words.setWordWrap(True)
        self.template_words.setProperty("hint", True)
        self.signs = SignsChecklist(self)
        self.other_signs = plain_text(self, self.tr("Andre tegn, med dine egne ord"), lines=2)
        self.note = plain_text(self, self.tr("Hvad bygger vurderingen på?"), lines=3)
        self.save_button = QPushButton(self.tr("&Gem vurderingen"), self)
        self.save_button.setObjectName("saveAssessment")
        self.save_button.clicked.connect(self._save)
        self.message = message_label(self)

        form = FormLayout()
        form.add_row(self.tr("Hv&em vurderes:"), self.person)
        form.add_row(self.tr("Dat&o:"), self.assessed_on)
        form.add_row(
            self.tr("V&urderet af:"),
            self.assessors,
            help_text=self.tr("Skriv navnene, adskilt med komma."),
        )
        form.add_row(self.tr("&Kategori:"), self.picker, focus=self.picker)
        self.picker.follow_in_tab_order(self.assessors)
        name_field(self.picker, self.tr("Kategori"))
        form.addRow(self.template_words)  # spans the row: a hint, no field of its own
        form.add_row(self.tr("&Tegn der støtter vurderingen:"), self.signs)
        form.add_row(self.tr("&Andre tegn:"), self.other_signs)
        form.add_row(self.tr("&Note:"), self.note)

        form_widget = QWidget(self)
        form_widget.setLayout(form)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)
        # The save button stays in view below the scrolling form.
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(scroll, 1)
        left_layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        left_layout.addLayout(buttons)

        self.chart = TimelineChart(self)
        name_field(self.chart, self.tr("Udviklingen over tid"))
        self.history = QListWidget(self)
        name_field(self.history, self.tr("Tidligere vurderinger"))
        self.history.setWordWrap(True)
        history_box = QGroupBox(self.tr("Udviklingen over tid"), self)
        history_layout = QVBoxLayout(history_box)
        self.chart_caption = QLabel(history_box)
        self.chart_caption.setWordWrap(True)
        history_layout.addWidget(self.chart_caption)
        history_layout.addWidget(self.chart, 2)
        history_layout.addWidget(self.history, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(history_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # -- data ----------------------------------------------------------------------------------

    def show_case(self, case: records.Case, today: Any) -> None:
        first = self._case is None or self._case.uid != case.uid
        self._case = case
        chosen = self.person.currentData() if not first else None
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("Barnet: {name}").format(name=case.child.name), None)
        for custodian in case.custodians:
            self.person.addItem(
                self.tr("{relation}: {name}").format(
                    relation=custodian.relation.capitalize(), name=custodian.name
                ),
                custodian.uid,
            )
        index = max(0, self.person.findData(chosen)) if chosen else 0
        self.person.setCurrentIndex(index)
        self.person.blockSignals(False)
        if first:
            self.assessed_on.setDate(to_qdate(today))
        # The holder is the default assessor; after a handover the new holder, unless the
        # caseworker typed another name into the field.
        holder = current_holder(case).name
        typed = self.assessors.text()
        if not typed or typed == getattr(self, "_default_assessor", None):
            self.assessors.setText(holder)
        self._default_assessor = holder
        self._person_changed()

    def subject_uid(self) -> str | None:
        return self.person.currentData()

    def scale(self) -> WorryScale:
        return CHILD_SCALE if self.subject_uid() is None else PARENT_SCALE

    def _person_changed(self, _index: int = 0) -> None:
        scale = self.scale()
        self.picker.set_scale(scale)
        self.signs.set_groups(scale.checklist)  # the parents' scale has its own sign lists
        self.template_words.setText(template_words_text(scale))
        self._show_history()

    def _show_history(self) -> None:
        case = self._case
        self.history.clear()
        if case is None:
            self.chart.clear()
            return
        scale = self.scale()
        subject = self.subject_uid()
        mine = sorted(
            (a for a in case.assessments if a.scale == scale.kind and a.subject_uid == subject),
            key=lambda a: a.assessed_on,
        )
        translate = QCoreApplication.translate
        for a in reversed(mine):
            title = (
                translate("Scales", scale.category(a.category).title) if _known(scale, a) else "?"
            )
            who = ", ".join(a.assessors)
            self.history.addItem(
                self.tr("{date}: {number}. {title} ({who})").format(
                    date=fmt_date(a.assessed_on), number=a.category, title=title, who=who
                )
            )
        meetings = [m.starts_at.date() for m in case.meetings if m.held]
        self.chart.set_history(
            [ChartPoint(a.assessed_on, a.category) for a in mine],
            meetings,
            len(scale.categories),
            scale.notification_from,
            [translate("Scales", c.title) for c in scale.categories],
        )
        self.chart_caption.setText(
            self.tr(
                "Kategori 1 er nederst. Det røde felt er kategorierne med pligt til at "
                "underrette. Stiplede linjer er møder."
            )
        )

    def assessment(self) -> ScaleAssessment | None:
        category = self.picker.category()
        if category is None:
            return None
        assessors = [n.strip() for n in self.assessors.text().split(",") if n.strip()]
        return ScaleAssessment(
            scale=self.scale().kind,
            subject_uid=self.subject_uid(),
            assessed_on=date_of(self.assessed_on),
            category=category,
            assessors=assessors,
            signs=self.signs.checked_ids(),
            other_signs=self.other_signs.toPlainText().strip(),
            note=self.note.toPlainText().strip(),
        )

    def _save(self) -> None:
        assessment = self.assessment()
        if assessment is None:
            show_error(
                self.message, self.tr("Vælg en kategori på skalaen først."), self.picker
            )
            return
        if not assessment.assessors:
            show_error(
                self.message, self.tr("Skriv hvem der har lavet vurderingen."), self.assessors
            )
            return
        show_message(self.message, "")
        self.save_requested.emit(assessment)

    def reset_after_save(self) -> None:
        self.picker.set_category(None)
        self.signs.set_checked_ids([])
        self.other_signs.clear()
        self.note.clear()

    # -- the form's state survives the family-safe view in memory only -------------------------

    def state(self) -> dict[str, Any]:
        return {
            "person": self.subject_uid(),
            "date": self.assessed_on.date(),
            "assessors": self.assessors.text(),
            "category": self.picker.category(),
            "signs": self.signs.checked_ids(),
            "other": self.other_signs.toPlainText(),
            "note": self.note.toPlainText(),
        }

    def restore(self, state: dict[str, Any]) -> None:
        index = self.person.findData(state["person"])
        if index >= 0:
            self.person.setCurrentIndex(index)
        self.assessed_on.setDate(state["date"])
        self.assessors.setText(state["assessors"])
        self.picker.set_category(state["category"])
        self.signs.set_checked_ids(state["signs"])
        self.other_signs.setPlainText(state["other"])
        self.note.setPlainText(state["note"])


def _known(scale: WorryScale, assessment: ScaleAssessment) -> bool:
    return any(c.number == assessment.category for c in scale.categories)


class ScalesPage(LivePage):
    """Hidden entirely (the widgets are destroyed, not just hidden) in the family-safe view."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(ctx, parent)
        self._case: records.Case | None = None
        self._kept_state: dict[str, Any] | None = None
        self.editor: ScalesEditor | None = None
        self._layout = QVBoxLayout(self)
        self.hidden_note = QLabel(
            self.tr(
                "Bekymringsskalaerne er skjult, mens familien ser med.\n"
                "Slå familievisningen fra for at se dem."
            ),
            self,
        )
        self.hidden_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.hidden_note.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.hidden_note.setFont(font)
        self._layout.addWidget(self.hidden_note)
        self.set_family_safe(ctx.family_safe)

    def page_title(self) -> str:
        return self.tr("Bekymringsskalaer")

    def _build_editor(self) -> None:
        self.editor = ScalesEditor(self)
        self.editor.save_requested.connect(self._save)
        self._layout.addWidget(self.editor)
        self.editor.show()  # a child added to a page already on screen starts hidden
        if self._case is not None:
            self.editor.show_case(self._case, self.ctx.today())
        if self._kept_state is not None:
            self.editor.restore(self._kept_state)
            self._kept_state = None

    def _drop_editor(self, keep: bool) -> None:
        if self.editor is None:
            return
        self._kept_state = self.editor.state() if keep else None
        self._layout.removeWidget(self.editor)
        self.editor.hide()
        self.editor.setParent(None)
        self.editor.deleteLater()
        self.editor = None

    def set_family_safe(self, on: bool) -> None:
        super().set_family_safe(on)
        if on:
            self._drop_editor(keep=True)
        elif self.editor is None:
            self._build_editor()
        self.hidden_note.setVisible(on)

    def show_case(self, case: records.Case) -> None:
        self._case = case
        if self.editor is not None:
            self.editor.show_case(case, self.ctx.today())

    def clear(self) -> None:
        self._case = None
        self._kept_state = None
        if self.editor is not None:
            self._drop_editor(keep=False)
            if not self.family_safe:
                self._build_editor()
        super().clear()

    def focus_target(self, uid: str) -> bool:
        case = self._case
        if case is None or self.editor is None:
            return False
        found = next((a for a in case.assessments if a.uid == uid), None)
        if found is None:
            return False
        index = self.editor.person.findData(found.subject_uid)
        self.editor.person.setCurrentIndex(max(0, index))
        self.editor.history.setFocus()
        return True

    # -- saving and the duty to notify ---------------------------------------------------------

    def _save(self, assessment: ScaleAssessment) -> None:
        """Through the undo stack: a misplaced category is one Ctrl+Z away (retracted)."""
        from app.ui.commands import AddRecordCommand

        service, case_id = self.ctx.service, self.ctx.current_case_id
        if service is None or case_id is None:
            return

        def added() -> None:  # the first add only: a redo after an undo does not ask again
            if not shiboken6.isValid(self):
                return
            if self.editor is not None:
                self.editor.reset_after_save()
            self.prompt_if_duty(assessment)

        self.ctx.undo_stack.push(
            AddRecordCommand(
                self.ctx,
                case_id,
                self.tr("Placering på bekymringsskalaen"),
                lambda svc: svc.add_assessment(case_id, assessment),
                assessment.uid,
                on_added=added,
            )
        )

    def prompt_if_duty(self, assessment: ScaleAssessment) -> bool:
        """Ask about the underretning when the category carries the duty; True if asked."""
        scale = CHILD_SCALE if assessment.scale == ScaleKind.CHILD else PARENT_SCALE
        if not scale.category(assessment.category).requires_notification:
            return False
        if assessment.scale == ScaleKind.CHILD:
            text = self.tr(
                "Du har placeret barnet i kategori {number}. Her har du pligt til at underrette "
                "kommunen ({law}).\n\nVil du lave eller registrere underretningen nu?"
            ).format(number=assessment.category, law=legal.DUTY_TO_NOTIFY.paragraph)
        else:
            text = self.tr(
                "Du har placeret en forælder i kategori {number}. Her skal myndighederne "
                "underrettes ({law}).\n\nVil du lave eller registrere "
                "underretningen nu?"
            ).format(number=assessment.category, law=legal.DUTY_TO_NOTIFY.paragraph)
        if ask_to_notify(self, text):
            self.open_notification_form(assessment.signs)
        return True

    def open_notification_form(self, signs: list[str]) -> QWidget | None:
        from app.ui.live.notification_page import NotificationPage

        page = find_page(self, NotificationPage)
        if page is None:
            logger.warning("no notification page in this window")
            return None
        page.start_new(signs=signs)
        bring_forward(page)
        return page
