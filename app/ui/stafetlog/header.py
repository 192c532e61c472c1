"""The stafetlog header: child, CPR (masked), parents, creator, holder, last update, level."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from app.domain import records as r
from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.validation import format_date
from app.ui.context import UiContext
from app.ui.cpr import shown_cpr
from app.ui.stafetlog.texts import tr, translate

logger = logging.getLogger(__name__)


def current_level(case: r.Case) -> r.Level:
    """The newest level; on a tie of dates the one recorded last (Case.level takes the first)."""
    if not case.levels:
        return r.Level.ONE
    newest = max(c.on for c in case.levels)
    return [c for c in case.levels if c.on == newest][-1].level


def person_text(person: r.Person | None) -> str:
    if person is None:
        return ""
    extra = ", ".join(p for p in (person.role, person.organisation) if p)
    return f"{person.name} ({extra})" if extra else person.name


class HeaderBox(QGroupBox):
    FIELDS = (
        ("child", QT_TRANSLATE_NOOP("Stafetlog", "Barnets navn:")),
        ("cpr", QT_TRANSLATE_NOOP("Stafetlog", "Cpr-nr.:")),
        ("parents", QT_TRANSLATE_NOOP("Stafetlog", "Forældres navne:")),
        ("created_by", QT_TRANSLATE_NOOP("Stafetlog", "Oprettet af:")),
        ("created_on", QT_TRANSLATE_NOOP("Stafetlog", "Dato for oprettelse:")),
        ("holder", QT_TRANSLATE_NOOP("Stafetlog", "Nuværende stafetholder:")),
        ("eye", QT_TRANSLATE_NOOP("Stafetlog", "Øje-på-barnet:")),
        ("level", QT_TRANSLATE_NOOP("Stafetlog", "Niveau:")),
        ("updated", QT_TRANSLATE_NOOP("Stafetlog", "Dato for sidste opdatering:")),
    )

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(translate("Stafetlog", "Stafetlog"), parent)
        self.ctx = ctx
        self.setObjectName("stafetlogHeader")
        self._cpr: str | None = None
        self._revealed = False
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        self.values: dict[str, QLabel] = {}
        for i, (key, title) in enumerate(self.FIELDS):
            row, col = i % 5, (i // 5) * 2
            caption = QLabel(tr(title))
            caption.setProperty("hint", True)
            value = QLabel()
            value.setObjectName(f"header_{key}")
            value.setProperty("personal", True)
            value.setWordWrap(key != "cpr")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            caption.setBuddy(value)
            value.setAccessibleName(tr(title).rstrip(":"))
            grid.addWidget(caption, row, col, Qt.AlignmentFlag.AlignTop)
            if key == "cpr":
                box = QHBoxLayout()
                box.setSpacing(8)
                box.addWidget(value)
                box.addSpacing(8)  # the number must not touch its "Vis" button
                self.reveal = QPushButton(translate("Stafetlog", "Vis"))
                self.reveal.setObjectName("headerRevealCpr")
                self.reveal.setAccessibleName(translate("Stafetlog", "Vis hele cpr-nummeret"))
                self.reveal.clicked.connect(self.toggle_reveal)
                self.copy = QPushButton(translate("Stafetlog", "Kopiér"))
                self.copy.setObjectName("headerCopyCpr")
                self.copy.setAccessibleName(translate("Stafetlog", "Kopiér cpr-nummeret"))
                self.copy.setToolTip(
                    translate("Stafetlog", "Udklipsholderen tømmes igen efter 30 sekunder.")
                )
                self.copy.clicked.connect(self.copy_cpr)
                box.addWidget(self.reveal)
                box.addWidget(self.copy)
                box.addStretch(1)
                grid.addLayout(box, row, col + 1)
            else:
                grid.addWidget(value, row, col + 1, Qt.AlignmentFlag.AlignTop)
            self.values[key] = value
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    def show_case(
        self, case: r.Case, *, holder: r.Person | None, eye: r.Person | None, family_safe: bool
    ) -> None:
        self._put("child", case.child.name)
        self._cpr = case.child.cpr
        if not case.child.cpr and case.child.expected_birth_date:
            self._cpr = None
            self._put(
                "cpr",
                translate("Stafetlog", "ufødt – forventet {date}").format(
                    date=format_date(case.child.expected_birth_date)
                ),
            )
        self._show_cpr(family_safe)
        self._put(
            "parents",
            ", ".join(f"{c.name} ({c.relation})" for c in case.custodians)
            or translate("Stafetlog", "ikke udfyldt"),
        )
        self._put("created_by", person_text(case.created_by))
        self._put("created_on", format_date(case.created_on))
        self._put(
            "holder", person_text(holder) or translate("Stafetlog", "ingen (loggen er afsluttet)")
        )
        self._put("eye", person_text(eye) or translate("Stafetlog", "ikke valgt endnu"))
        self._put("level", translate("Stafetlog", "Niveau {n}").format(n=int(current_level(case))))
        # Stored in UTC; the caseworker reads the date of their own clock.
        updated = case.updated_at.astimezone().date() if case.updated_at else case.created_on
        self._put("updated", format_date(updated))

    def _put(self, key: str, text: str) -> None:
        """Show a value; its accessible name is caption and value, so a screen reader reads both."""
        label = self.values[key]
        label.setText(text)
        caption = tr(dict(self.FIELDS)[key]).rstrip(":")
        label.setAccessibleName(f"{caption}: {text}" if text else caption)

    def _show_cpr(self, family_safe: bool) -> None:
        has = bool(self._cpr)
        if has:
            self._put(
                "cpr", shown_cpr(self._cpr, revealed=self._revealed, family_safe=family_safe)
            )
        elif not self.values["cpr"].text():
            self._put("cpr", translate("Stafetlog", "ikke kendt"))
        self.reveal.setVisible(has and not family_safe)
        self.copy.setVisible(has and not family_safe)
        self.reveal.setText(
            translate("Stafetlog", "Skjul") if self._revealed else translate("Stafetlog", "Vis")
        )

    def set_family_safe(self, on: bool) -> None:
        if on:
            self._revealed = False
        if self._cpr is not None:
            self._show_cpr(on)

    def toggle_reveal(self) -> None:
        if self._cpr and not self.ctx.family_safe:
            self._revealed = not self._revealed
            self._show_cpr(False)

    def copy_cpr(self) -> None:
        if self._cpr and not self.ctx.family_safe:
            self.ctx.copy_secret(self._cpr)
            self.ctx.user_message.emit(
                translate(
                    "Stafetlog", "Cpr-nummeret er kopieret. Udklipsholderen tømmes om 30 sekunder."
                )
            )

    def clear(self) -> None:
        self._cpr = None
        self._revealed = False
        for key in self.values:
            self._put(key, "")
