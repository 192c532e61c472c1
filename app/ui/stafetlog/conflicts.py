"""Conflicts after a merge: one entry or actor row revised on two laptops, shown side by side.

The holder keeps one version or writes a combined text; either way the service adds a new
version that supersedes both (nothing is deleted). Hidden when there is nothing to resolve, and
in the family-safe view (resolving is the holder's work, and a version may be internal).
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import records as r
from app.domain.validation import format_date
from app.models.merge import Conflict, case_conflicts
from app.ui.form_layout import name_field
from app.ui.stafetlog.texts import SECTION_TITLES, tr, translate

logger = logging.getLogger(__name__)


def _moment(value: datetime | None) -> str:
    if value is None:
        return ""
    local = value.astimezone()
    return translate("Stafetlog", "{date} kl. {time}").format(
        date=format_date(local.date()), time=local.strftime("%H:%M")
    )


def version_byline(version: r.LogEntry | r.ActorRow) -> str:
    """Who wrote the version, and when (the log entry's author and recording moment)."""
    if isinstance(version, r.LogEntry):
        author = version.author or translate("Stafetlog", "ukendt")
        return translate("Stafetlog", "Skrevet af {author}, {when}").format(
            author=author, when=_moment(version.recorded_at)
        )
    return translate("Stafetlog", "{actor}, ændret {date}").format(
        actor=version.actor, date=format_date(version.changed_on)
    )


def version_text(version: r.LogEntry | r.ActorRow) -> str:
    return version.text if isinstance(version, r.LogEntry) else version.effort


class ConflictView(QFrame):
    """One conflict: the versions side by side, a keep button under each, a combined text."""

    resolve_requested = Signal(object, str, object)  # conflict, keep_uid, combined text or None

    def __init__(self, conflict: Conflict, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.setObjectName("mergeConflict")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(self)
        first = conflict.versions[0]
        if isinstance(first, r.LogEntry):
            where = tr(SECTION_TITLES[first.section])
            intro = translate(
                "Stafetlog",
                "Posten i »{where}« er rettet på to computere. Vælg den udgave, der skal "
                "gælde, eller skriv en samlet tekst. Begge udgaver bliver i historikken.",
            ).format(where=where)
        else:
            intro = translate(
                "Stafetlog",
                "Rækken for »{actor}« i aktørtabellen er rettet på to computere. Vælg den "
                "udgave, der skal gælde, eller skriv en samlet tekst. Begge udgaver bliver "
                "i historikken.",
            ).format(actor=first.actor)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        column.addWidget(self.intro)
        side_by_side = QHBoxLayout()
        self.bylines: list[QLabel] = []
        self.texts: list[QPlainTextEdit] = []
        self.keep_buttons: list[QPushButton] = []
        for number, version in enumerate(conflict.versions, start=1):
            box = QGroupBox(translate("Stafetlog", "Udgave {n}").format(n=number))
            inner = QVBoxLayout(box)
            byline = QLabel(version_byline(version))
            byline.setProperty("hint", True)
            byline.setWordWrap(True)
            text = QPlainTextEdit(version_text(version))
            text.setReadOnly(True)
            text.setProperty("personal", True)
            name_field(text, translate("Stafetlog", "Udgave {n}").format(n=number))
            keep = QPushButton(translate("Stafetlog", "Behold denne udgave"))
            keep.setObjectName(f"keepVersion{number}")
            keep.setEnabled(editable)
            keep.clicked.connect(lambda _=False, uid=version.uid: self._keep(uid))
            inner.addWidget(byline)
            inner.addWidget(text, 1)
            inner.addWidget(keep, 0, Qt.AlignmentFlag.AlignRight)
            side_by_side.addWidget(box, 1)
            self.bylines.append(byline)
            self.texts.append(text)
            self.keep_buttons.append(keep)
        column.addLayout(side_by_side)
        self.combined = QPlainTextEdit()
        self.combined.setObjectName("combinedText")
        self.combined.setProperty("personal", True)
        self.combined.setPlaceholderText(
            translate("Stafetlog", "Eller skriv en samlet tekst ud fra begge udgaver …")
        )
        name_field(self.combined, translate("Stafetlog", "Samlet tekst"))
        self.combined.setEnabled(editable)
        self.combined.setMaximumHeight(120)
        column.addWidget(self.combined)
        self.save_combined = QPushButton(translate("Stafetlog", "Gem den samlede tekst"))
        self.save_combined.setObjectName("saveCombined")
        self.save_combined.setEnabled(False)
        self.combined.textChanged.connect(
            lambda: self.save_combined.setEnabled(
                editable and bool(self.combined.toPlainText().strip())
            )
        )
        self.save_combined.clicked.connect(self._combine)
        column.addWidget(self.save_combined, 0, Qt.AlignmentFlag.AlignRight)

    def _keep(self, uid: str) -> None:
        self.resolve_requested.emit(self.conflict, uid, None)

    def _combine(self) -> None:
        text = self.combined.toPlainText().strip()
        if text:  # the newest version carries the combined text and supersedes the others
            self.resolve_requested.emit(self.conflict, self.conflict.versions[-1].uid, text)


class ConflictsBox(QGroupBox):
    """Every open conflict of the case; hidden when there is none."""

    resolve_requested = Signal(object, str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Stafetlog", "Rettet på to computere"), parent)
        self.setObjectName("mergeConflicts")
        self._column = QVBoxLayout(self)
        self.views: list[ConflictView] = []
        self.setVisible(False)

    def show_case(self, case: r.Case, *, family_safe: bool, editable: bool) -> None:
        self.clear()
        conflicts = [] if family_safe else case_conflicts(case)
        for conflict in conflicts:
            view = ConflictView(conflict, editable)
            view.resolve_requested.connect(self.resolve_requested)
            self._column.addWidget(view)
            self.views.append(view)
        self.setVisible(bool(self.views))

    def clear(self) -> None:
        for view in self.views:
            view.setParent(None)
            view.deleteLater()
        self.views = []
        self.setVisible(False)
