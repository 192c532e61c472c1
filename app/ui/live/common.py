"""Small helpers the live pages share: messages, dates, navigation between pages, autosave."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.messages import UserError
from app.ui.announce import announce
from app.ui.case_page import CasePage
from app.ui.field_error import point_at, unmark
from app.ui.live.labels import from_qdate, to_qdate
from app.ui.plain_text_marks import attach_plain_marks

logger = logging.getLogger(__name__)

AUTOSAVE_MS = 600  # under the one second the spec allows, long enough to batch a typed word


class TabbingDateEdit(QDateEdit):
    """A date field that Tab leaves at once.

    QDateEdit uses Tab to step through day, month and year, so a keyboard user pressed Tab
    three times per date to reach the next field (the walk called it "swallowing Tab").
    Typing the digits moves through the parts by itself, and so do the arrow keys.
    """

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt override
        return QAbstractSpinBox.focusNextPrevChild(self, next)


class TabbingTimeEdit(QTimeEdit):
    """A time field that Tab leaves at once (see TabbingDateEdit)."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt override
        return QAbstractSpinBox.focusNextPrevChild(self, next)


def date_edit(value: date, parent: QWidget | None = None) -> QDateEdit:
    edit = TabbingDateEdit(to_qdate(value), parent)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setCalendarPopup(True)
    return edit


def tab_order(*widgets: QWidget) -> None:
    """Tab goes through `widgets` in this order.

    For fields made after the form around them (rebuilt sections, signature pads), which Qt
    otherwise puts at the end of the window's Tab order, below the save button.
    """
    for first, second in zip(widgets, widgets[1:]):
        QWidget.setTabOrder(first, second)


def date_of(edit: QDateEdit) -> date:
    return from_qdate(edit.date())


def plain_line(parent: QWidget | None = None, placeholder: str = "") -> QLineEdit:
    """A one-line free-text field with plain-language marks."""
    edit = QLineEdit(parent)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    attach_plain_marks(edit)
    return edit


def plain_text(
    parent: QWidget | None = None, placeholder: str = "", lines: int = 3, grow: bool = False
) -> QPlainTextEdit:
    """A multi-line free-text field with plain-language marks (it scrolls inside when long)."""
    edit = QPlainTextEdit(parent)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    height = edit.fontMetrics().lineSpacing() * lines + 16
    edit.setMinimumHeight(height)
    if not grow:
        # In a scrolling form a text box should not swallow the screen: long text scrolls inside.
        edit.setMaximumHeight(int(height * 1.7))
    attach_plain_marks(edit)
    return edit


def message_label(parent: QWidget | None = None) -> QLabel:
    """An inline message line (no modal dialog in front of the family)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setObjectName("inlineMessage")
    # its colour (red, ≥ 4.5:1 in every theme) comes from app/ui/theme.py
    label.hide()
    return label


def show_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))
    unmark(label)
    announce(label, text)  # saved, locked, problems: a screen reader hears them too


def show_error(label: QLabel, text: str, field: QWidget | None) -> None:
    """An error in the form: shown, read at once, and focus on the field it is about."""
    label.setText(text)
    label.setVisible(bool(text))
    point_at(label, text, field)


def error_text(exc: BaseException) -> str:
    if isinstance(exc, UserError):
        return exc.render(QCoreApplication.translate)
    logger.error("unexpected %s in a live page", type(exc).__name__)
    return QCoreApplication.translate(
        "LivePages", "Det kunne ikke gemmes. Intet er gået tabt – prøv igen om lidt."
    )


def list_beside_form(
    page: QWidget,
    left: QWidget,
    form: QWidget,
    footer: tuple[QLabel, QLabel, QPushButton] | None = None,
) -> tuple[QScrollArea, QSplitter]:
    """Lay out `page`: the list on the left, the form scrolling on the right (three times wider).

    `footer` (message, status, save button) stays in view below the scrolling form.
    """
    scroll = QScrollArea(page)
    scroll.setWidgetResizable(True)
    scroll.setWidget(form)
    splitter = QSplitter(Qt.Orientation.Horizontal, page)
    splitter.addWidget(left)
    if footer is None:
        splitter.addWidget(scroll)
    else:
        message, status, save_button = footer
        form_side = QWidget(page)
        side_layout = QVBoxLayout(form_side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(scroll, 1)
        side_layout.addWidget(message)
        bottom = QHBoxLayout()
        bottom.addWidget(status, 1)
        bottom.addWidget(save_button)
        side_layout.addLayout(bottom)
        splitter.addWidget(form_side)
    splitter.setStretchFactor(0, 1)
    splitter.setStretchFactor(1, 3)
    layout = QVBoxLayout(page)
    layout.addWidget(splitter)
    return scroll, splitter


def bring_forward(page: QWidget) -> None:
    """Make `page` the visible one in whatever tab widgets or stacks hold it."""
    child: QWidget = page
    parent = page.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget):
            tabs = parent.parentWidget()
            if isinstance(tabs, QTabWidget):
                tabs.setCurrentWidget(child)
            else:
                parent.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()
    page.setFocus()


def find_page(anchor: QWidget, page_type: type) -> QWidget | None:
    """The sibling page of this type in the same window (the case view owns one of each),
    showing the open case (a tab not shown yet is filled first, so what the caller starts on
    it is not reset when it comes forward)."""
    window = anchor.window()
    found = window.findChildren(page_type)
    if not found:
        return None
    page = found[0]
    page.ensure_filled()
    return page


class Debouncer(QObject):
    """Calls `action` once, `delay_ms` after the last `poke()` (autosave while typing)."""

    def __init__(
        self, action: Callable[[], None], delay_ms: int = AUTOSAVE_MS, parent: QObject | None = None
    ):
        super().__init__(parent)
        self._action = action
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._fire)

    def poke(self) -> None:
        self._timer.start()

    def pending(self) -> bool:
        return self._timer.isActive()

    def delay_ms(self) -> int:
        return self._timer.interval()

    def flush(self) -> None:
        """Save now what is waiting (leaving a page, locking)."""
        if self._timer.isActive():
            self._timer.stop()
            self._fire()

    def cancel(self) -> None:
        self._timer.stop()

    def _fire(self) -> None:
        self._action()


def current_holder(case):  # noqa: ANN001, ANN201 - records.Case → records.Person
    """The stafetholder now: the last person who was created as or accepted as holder."""
    from app.domain.records import BatonEventKind

    holder = case.created_by
    for event in sorted(case.baton, key=lambda e: e.on):
        if event.kind in (BatonEventKind.CREATED, BatonEventKind.ACCEPTED):
            holder = event.person
    return holder


def member_names(case) -> dict:  # noqa: ANN001
    """Names for the family members on the network map picture (first names are enough)."""
    from app.domain.records import MapRow

    names = {MapRow.CHILD: case.child.name.split()[0] if case.child.name else ""}
    for custodian in case.custodians:
        relation = custodian.relation.strip().lower()
        if relation in ("mor", "plejemor", "stedmor") and MapRow.MOTHER not in names:
            names[MapRow.MOTHER] = f"{custodian.name.split()[0]} ({custodian.relation})"
        elif relation in ("far", "plejefar", "stedfar") and MapRow.FATHER not in names:
            names[MapRow.FATHER] = f"{custodian.name.split()[0]} ({custodian.relation})"
    return {k: v for k, v in names.items() if v}


class LivePage(CasePage):
    """A live page: whatever waits to be autosaved is written when the page is left or closed."""

    def flush(self) -> None:
        for saver in self.findChildren(Debouncer):
            saver.flush()

    def hideEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        self.flush()
        super().hideEvent(event)


def run_guarded(
    owner: QWidget, fn: Callable[..., object], *args: object, on_done=None, on_error=None
):  # noqa: ANN001, ANN201, E501
    """`owner.ctx.run`, but the result is dropped if `owner` was deleted meanwhile."""

    def alive() -> bool:
        return shiboken6.isValid(owner)

    def done(result: object) -> None:
        if on_done is not None and alive():
            on_done(result)

    def failed(exc: BaseException) -> None:
        if not alive():
            logger.warning("a %s arrived after its page was closed", type(exc).__name__)
            return
        if on_error is not None:
            on_error(exc)
        else:
            owner.ctx.report_error(exc)

    return owner.ctx.run(fn, *args, on_done=done, on_error=failed)


def note_in_log(owner: QWidget, case, section, on: date, text: str, kind, uid: str) -> None:  # noqa: ANN001
    """Answer the stafetlog's yes/no question for a record just made, linked to it.

    The text is written into the family's Danish log, so it is Danish data, not a screen text.
    """
    from app.domain.records import LogEntry, RecordLink

    service, case_id = owner.ctx.service, owner.ctx.current_case_id
    if service is None or case_id is None:
        return
    entry = LogEntry(
        section=section,
        entry_date=on,
        text=text,
        # The person writing (the profile), not whoever holds the baton.
        author=getattr(service, "actor", "") or current_holder(case).name,
        yes=True,
        links=[RecordLink(kind=kind, uid=uid)],
    )
    run_guarded(
        owner, service.add_entry, case_id, entry, on_done=lambda _r: owner.ctx.reload_case()
    )


def discard(widget: QWidget) -> None:
    """Take a widget off the screen and out of the tree now, and free it later.

    Out of the tree at once, so nothing it showed (a name, a signature) can still be found
    before Qt gets round to deleting it.
    """
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()
