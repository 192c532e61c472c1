"""Choose a category on a worry scale with every category's text in view."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOption,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from app.domain import signals
from app.domain.scales import ScaleCategory, WorryScale
from app.ui.live.common import discard

logger = logging.getLogger(__name__)


def criteria_text(category: ScaleCategory) -> str:
    """The template's full criteria of a category, translated: what the child shows, then the
    parents' care (child scale), or what the parents show with the template's sign lists."""
    translate = QCoreApplication.translate
    lines = [translate("Scales", line) for line in category.child_criteria]
    care = [translate("Scales", line) for line in category.parent_criteria]
    if lines and care:
        lines.append("")  # the template's second row: the parents' care
    lines += care
    for group in category.sign_groups:
        signs = ", ".join(translate("Signals", s.text) for s in signals.signals_of((group,)))
        lines.append(f"{translate('Signals', signals.GROUP_TITLES[group])} {signs}")
    return "\n".join(lines) or translate("Scales", category.description)


class WrappingRadioButton(QRadioButton):
    """A radio button whose title wraps onto more lines instead of being cut in a narrow pane.

    QRadioButton draws its text on one line; the scales' long titles ("3. Signaler hos forældre
    med misbrugsproblemer eller sindslidelser") were cut off at the pane's edge. The text,
    mnemonic, focus and accessibility stay the radio button's own; only the drawing wraps.
    """

    FLAGS = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _indicator(self) -> QSize:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        style = self.style()
        return QSize(
            style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, option, self),
            style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorHeight, option, self),
        )

    def _text_left(self) -> int:
        spacing = self.style().pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing, None, self)
        return self._indicator().width() + spacing + 4

    def _text_rect(self, width: int) -> QRect:
        left = self._text_left()
        room = QRect(left, 2, max(1, width - left - 4), 10_000)
        return self.fontMetrics().boundingRect(room, int(self.FLAGS), self.text())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return max(self._text_rect(width).height(), self._indicator().height()) + 6

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        width = self._text_left() + self.fontMetrics().horizontalAdvance(self.text()) + 8
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        words = self.text().replace("&", "").split() or [""]
        width = self._text_left() + max(self.fontMetrics().horizontalAdvance(w) for w in words) + 8
        return QSize(width, self.heightForWidth(width))

    def hitButton(self, pos) -> bool:  # noqa: N802, ANN001 - Qt override: the whole title clicks
        return self.rect().contains(pos)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QStylePainter(self)
        frame = QStyleOption()
        frame.initFrom(self)
        painter.drawPrimitive(QStyle.PrimitiveElement.PE_Widget, frame)  # the theme's focus ring
        option = QStyleOptionButton()
        self.initStyleOption(option)
        size = self._indicator()
        text = self._text_rect(self.width())
        first_line = self.fontMetrics().height()
        option.rect = QRect(4, 2 + max(0, (first_line - size.height()) // 2), size.width(), size.height())
        painter.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorRadioButton, option)
        painter.drawItemText(
            text,
            int(self.FLAGS | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            self.palette(),
            self.isEnabled(),
            self.text(),
            QPalette.ColorRole.WindowText,
        )


class ScalePicker(QFrame):
    """One radio button per category, its description underneath; duty categories tinted."""

    category_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scalePicker")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._group.idClicked.connect(self.category_chosen)
        self._scale: WorryScale | None = None
        self.buttons: dict[int, QRadioButton] = {}
        # A label's mnemonic (Alt+K, "Kategori") focuses its buddy only if the buddy takes
        # focus; focusInEvent then hands it to the chosen (or first) category. Click focus,
        # not Tab focus: the picker is no Tab stop of its own.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._after: QWidget | None = None

    def follow_in_tab_order(self, field: QWidget) -> None:
        """Tab comes to the categories from `field` (the form's field above the picker).

        Moving the form into its scroll area moves the picker in the focus chain, so its own
        place there is no guide.
        """
        self._after = field

    def set_scale(self, scale: WorryScale) -> None:
        if self._scale is scale:
            return
        self._scale = scale
        for button in self._group.buttons():
            self._group.removeButton(button)
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget() is not None:
                discard(item.widget())
        self.buttons = {}
        translate = QCoreApplication.translate
        for category in scale.categories:
            box = QFrame(self)
            box.setObjectName("dutyCategory" if category.requires_notification else "category")
            # its colours come from the theme (light, dark, high contrast)
            inner = QVBoxLayout(box)
            inner.setContentsMargins(8, 6, 8, 6)
            inner.setSpacing(2)
            button = WrappingRadioButton(
                f"{category.number}. {translate('Scales', category.title)}", box
            )
            font = button.font()
            font.setBold(True)
            button.setFont(font)
            description = QLabel(criteria_text(category), box)
            description.setObjectName("categoryCriteria")
            description.setWordWrap(True)
            inner.addWidget(button)
            inner.addWidget(description)
            spoken = description.text()
            if category.requires_notification:
                duty = QLabel(self.tr("Her har du pligt til at underrette kommunen."), box)
                duty.setObjectName("dutyNote")
                inner.addWidget(duty)
                spoken = f"{duty.text()} {spoken}"  # the duty is read with its category
            button.setAccessibleDescription(spoken)
            self._group.addButton(button, category.number)
            self.buttons[category.number] = button
            self._layout.addWidget(box)
        # The buttons are made after the form around them: put them where the picker stands in
        # the tab order, and let the picker (the "Kategori" label's buddy) hand focus to them.
        previous = self._after
        if previous is None:
            previous = self.previousInFocusChain()
            while previous is not self and self.isAncestorOf(previous):
                previous = previous.previousInFocusChain()
        for button in self.buttons.values():
            QWidget.setTabOrder(previous, button)
            previous = button

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        """The "Kategori" label's buddy hands the focus to the chosen category (or the first).

        Not a focus proxy: Qt 6 counts a widget with a proxy as a Tab stop where it stands in
        the focus chain, and the picker stands at the end of the page (the form is moved into
        its scroll area after it), so Tab from the last field looped back to the categories.
        """
        target = self._group.checkedButton() or next(iter(self.buttons.values()), None)
        if target is not None:
            target.setFocus(event.reason())
        else:
            super().focusInEvent(event)

    def category(self) -> int | None:
        chosen = self._group.checkedId()
        return chosen if chosen > 0 else None

    def set_category(self, number: int | None) -> None:
        if number is None or number not in self.buttons:
            self._group.setExclusive(False)
            for button in self.buttons.values():
                button.setChecked(False)
            self._group.setExclusive(True)
            return
        self.buttons[number].setChecked(True)

    def choose(self, number: int) -> None:
        """As if the user clicked the category (what tests and keyboard shortcuts use)."""
        self.buttons[number].click()
