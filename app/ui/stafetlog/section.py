"""One dated section of the stafetlog: its whole history, never overwritten, and an editor."""

from __future__ import annotations

import html
import logging
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocumentFragment
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import records as r
from app.domain.messages import UserError
from app.domain.validation import format_date, validate_text
from app.ui.date_field import DateField
from app.ui.field_error import field_named
from app.ui.form_layout import FormLayout
from app.ui.inline_message import InlineMessage
from app.ui.link_names import name_links
from app.ui.plain_text_marks import attach_plain_marks
from app.ui.stafetlog.texts import (
    LINK_TITLES,
    SECTION_HINTS,
    SECTION_LINKS,
    SECTION_TITLES,
    YES_NO_SECTIONS,
    tr,
    translate,
)
from app.ui.theme import current_theme

logger = logging.getLogger(__name__)

# A section opens with its newest versions; older ones are drawn when asked for, so a log with
# 10,000 entries opens as fast as one with fifty.
NEWEST_SHOWN = 10
DRAFT_DELAY_MS = 400  # a pause in typing saves the draft
DRAFT_MAX_WAIT_MS = 800  # and typing on without a pause saves at least this often
RECORD_DATES = {
    "observations": "observed_on",
    "assessments": "assessed_on",
    "consents": "signed_on",
    "notifications": "made_on",
    "network_maps": "made_on",
}


def draft_key(section: r.LogSection) -> str:
    return f"entry:{section.value}"


def entry_html(entry: r.LogEntry, *, superseded: bool, editable: bool, links: str) -> str:
    """One version of an entry: date, text, author; struck through and grey when superseded."""
    parts = [f"<b>{format_date(entry.entry_date)}</b>"]
    if entry.yes is not None:
        parts.append(
            html.escape(
                translate("Stafetlog", "Ja") if entry.yes else translate("Stafetlog", "Nej")
            )
            + "."
        )
    if entry.due_on:
        parts.append(
            html.escape(
                translate("Stafetlog", "Tages op igen {date}.").format(
                    date=format_date(entry.due_on)
                )
            )
        )
    if entry.text:
        parts.append(html.escape(entry.text).replace("\n", "<br>"))
    if links:
        parts.append(f"<i>{html.escape(links)}</i>")
    meta = []
    if entry.author:
        meta.append(html.escape(entry.author))
    if entry.internal:
        meta.append(html.escape(translate("Stafetlog", "intern")))
    if superseded:
        meta.append(html.escape(translate("Stafetlog", "rettet senere")))
    if meta:
        parts.append(f"<span style='color:{current_theme().hint}'>— {' · '.join(meta)}</span>")
    body = " ".join(parts)
    if superseded:
        grey = current_theme().superseded
        return f"<p style='margin:2px 0'><s><span style='color:{grey}'>{body}</span></s></p>"
    if editable:
        body += (
            f" &nbsp;<a href='revise:{entry.uid}'>{html.escape(translate('Stafetlog', 'Ret'))}</a>"
        )
    return f"<p style='margin:2px 0'>{body}</p>"


class HistoryLabel(QLabel):
    """The rich-text label of a section's history, remembering its height at each width.

    Qt asks a word-wrapped label for its height at a width many times in each layout pass (the
    group box, the form and the scroll area each ask), and QLabel lays its whole text out again
    for every question: with fifteen sections of long entries, every change anywhere on the page
    re-laid out all of them (about a second for a 10,000-entry case). The answer changes only
    with the text, the font or the width.
    """

    def __init__(self) -> None:
        super().__init__()
        self._heights: dict[int, int] = {}
        self._heights_for: tuple[str, str] = ("", "")

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        key = (self.text(), self.font().key())
        if key != self._heights_for:
            self._heights = {}
            self._heights_for = key
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) > 32:
                self._heights.clear()
            height = self._heights[width] = super().heightForWidth(width)
        return height


class SectionEditor(QGroupBox):
    add_requested = Signal(object)  # a new LogEntry
    revise_requested = Signal(str, object)  # old uid, the corrected LogEntry
    draft_changed = Signal(str, str)  # draft key, text

    def __init__(self, section: r.LogSection, today: Any, parent: QWidget | None = None) -> None:
        super().__init__(tr(SECTION_TITLES[section]), parent)
        self.section = section
        self.setObjectName(f"section_{section.value}")
        self._today = today
        self._revising: r.LogEntry | None = None
        self._family_safe = False
        self._case: r.Case | None = None
        self._editable = True
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        hint = SECTION_HINTS.get(section)
        if hint:
            label = QLabel(tr(hint))
            label.setProperty("hint", True)
            label.setWordWrap(True)
            layout.addWidget(label)
        # One rich-text label per section (not a widget per entry): a 500-entry log opens fast.
        # "Ret" is a link; Tab reaches it and Enter follows it.
        self.history = HistoryLabel()
        self.history.setObjectName(f"{section.value}_history")
        self.history.setProperty("personal", True)
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.history.setWordWrap(True)
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.history.setOpenExternalLinks(False)
        self.history.setAccessibleName(
            translate("Stafetlog", "Poster: {title}").format(title=tr(SECTION_TITLES[section]))
        )
        self.history.linkActivated.connect(self._link_activated)
        name_links(self.history, self.link_name)  # each "Ret" says which entry it edits
        self.history.hide()
        self.older_button = QPushButton()
        self.older_button.setObjectName(f"{section.value}_older")
        self.older_button.setFlat(True)
        self.older_button.setText(translate("Stafetlog", "Vis de ældre versioner ({n})").format(n=0))
        self.older_button.clicked.connect(self.show_all_history)
        self.older_button.hide()
        layout.addWidget(self.older_button)
        layout.addWidget(self.history)
        self._all_history = False
        self.empty = QLabel(translate("Stafetlog", "Ingen poster endnu."))
        self.empty.setProperty("hint", True)
        layout.addWidget(self.empty)
        self.shown_entries: list[r.LogEntry] = []
        self.superseded_uids: set[str] = set()

        self.editor = QWidget()
        form = FormLayout(self.editor)
        self.revising_note = QLabel()
        self.revising_note.setWordWrap(True)
        self.revising_note.setObjectName("calmMessage")
        self.revising_note.hide()
        form.addRow(self.revising_note)
        self.entry_date = DateField(translate("Stafetlog", "dato"))
        self.entry_date.setObjectName(f"{section.value}_date")
        form.add_row(translate("Stafetlog", "Dato:"), self.entry_date)
        self.yes_no: QComboBox | None = None
        if section in YES_NO_SECTIONS:
            self.yes_no = QComboBox()
            self.yes_no.addItem(translate("Stafetlog", "Ja"), True)
            self.yes_no.addItem(translate("Stafetlog", "Nej"), False)
            form.add_row(translate("Stafetlog", "Svar:"), self.yes_no)
        self.due_on: DateField | None = None
        if section is r.LogSection.REVIEW:
            self.due_on = DateField(translate("Stafetlog", "tages op igen"))
            self.due_on.setObjectName("review_due_on")
            form.add_row(translate("Stafetlog", "Tages op igen den:"), self.due_on)
        self.about: QComboBox | None = None
        if section is r.LogSection.SHARED_GOAL_FAMILY:
            self.about = QComboBox()
            form.add_row(translate("Stafetlog", "Familiemedlem:"), self.about)
        self.link: QComboBox | None = None
        if section in SECTION_LINKS:
            self.link = QComboBox()
            form.add_row(translate("Stafetlog", "Knyt til:"), self.link)
        self.text = QPlainTextEdit()
        self.text.setObjectName(f"{section.value}_text")
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 16)
        self.text.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 16)
        form.add_row(
            translate("Stafetlog", "Ny post:")
            if section not in YES_NO_SECTIONS
            else translate("Stafetlog", "Uddybning:"),
            self.text,
        )
        attach_plain_marks(self.text)
        # Ctrl+Enter adds the entry without leaving the keyboard.
        add_shortcut = QShortcut(QKeySequence("Ctrl+Return"), self.text)
        add_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        add_shortcut.activated.connect(self.submit)
        self.internal = QCheckBox(
            translate("Stafetlog", "Intern note (skjules i familievisningen)")
        )
        form.addRow("", self.internal)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_revision = QPushButton(translate("Stafetlog", "Annullér rettelsen"))
        self.cancel_revision.hide()
        self.cancel_revision.clicked.connect(self.stop_revising)
        buttons.addWidget(self.cancel_revision)
        self.add_button = QPushButton(translate("Stafetlog", "Tilføj"))
        self.add_button.setObjectName(f"{section.value}_add")
        self.add_button.setToolTip(translate("Stafetlog", "Tilføj posten (Ctrl+Enter)"))
        self.add_button.setAccessibleName(
            translate("Stafetlog", "Tilføj post: {title}").format(title=tr(SECTION_TITLES[section]))
        )
        self.add_button.clicked.connect(self.submit)
        buttons.addWidget(self.add_button)
        form.addRow(buttons)
        self.message = InlineMessage()
        form.addRow(self.message)
        layout.addWidget(self.editor)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.flush_draft)
        self._draft_deadline = QTimer(self)
        self._draft_deadline.setSingleShot(True)
        self._draft_deadline.setInterval(DRAFT_MAX_WAIT_MS)
        self._draft_deadline.timeout.connect(self.flush_draft)
        self.text.textChanged.connect(self._typed)
        self.entry_date.default_to(today)

    # -- showing -------------------------------------------------------------------------------

    def show_entries(self, case: r.Case, *, family_safe: bool, editable: bool) -> None:
        if self._case is None or self._case.uid != case.uid:
            self._all_history = False  # another child's log opens with its newest versions
        self._case = case
        self._family_safe = family_safe
        self._editable = editable
        entries = [e for e in case.entries if e.section == self.section]
        superseded = r.superseded_uids(entries)
        ordered = sorted(
            entries, key=lambda e: (e.entry_date, e.recorded_at.timestamp() if e.recorded_at else 0)
        )
        self.shown_entries = [e for e in ordered if not (family_safe and e.internal)]
        self.superseded_uids = superseded
        self._draw_history()
        self.history.setVisible(bool(self.shown_entries))
        self.empty.setVisible(not self.shown_entries)
        self.editor.setVisible(editable)
        self._fill_choices(case, family_safe)
        if self._revising is not None and self._revising.uid in superseded:
            self.stop_revising()

    def _draw_history(self) -> None:
        case = self._case
        drawn = self.shown_entries
        hidden = 0 if self._all_history else max(0, len(drawn) - NEWEST_SHOWN)
        if hidden:
            drawn = drawn[hidden:]
        self.older_button.setText(translate("Stafetlog", "Vis de ældre versioner ({n})").format(n=hidden))
        self.older_button.setVisible(bool(hidden))
        links = {
            e.uid: self._describe_links(e, case, self._family_safe) if case else "" for e in drawn
        }
        self.history.setText(
            "".join(
                entry_html(
                    e,
                    superseded=e.uid in self.superseded_uids,
                    editable=self._editable,
                    links=links[e.uid],
                )
                for e in drawn
            )
        )
        # The name says which section this is; the description carries the entries themselves, so
        # a screen reader reads them (a rich-text label's name alone would replace them).
        self.history.setAccessibleDescription(
            "\n".join(
                QTextDocumentFragment.fromHtml(
                    entry_html(
                        e,
                        superseded=e.uid in self.superseded_uids,
                        editable=False,
                        links=links[e.uid],
                    )
                ).toPlainText()
                for e in drawn
            )
        )

    def show_all_history(self) -> None:
        """Draw every version, oldest first (asked for with the "Vis … ældre" button)."""
        self._all_history = True
        self._draw_history()
        self.history.setFocus()

    def _describe_links(self, entry: r.LogEntry, case: r.Case, family_safe: bool) -> str:
        out = []
        for link in entry.links:
            if family_safe and link.kind is r.LinkKind.ASSESSMENT:
                continue  # worry scales are an internal tool
            out.append(self._link_label(link.kind, link.uid, case))
        return (
            translate("Stafetlog", "Knyttet til: {what}").format(what=", ".join(out)) if out else ""
        )

    def _link_label(self, kind: r.LinkKind, uid: str, case: r.Case) -> str:
        attribute = SECTION_LINKS.get(self.section, (kind, ""))[1] or {
            r.LinkKind.MEETING: "meetings"
        }.get(kind, "")
        for record in getattr(case, attribute, []) or []:
            if record.uid == uid:
                on = getattr(record, RECORD_DATES.get(attribute, ""), None)
                if on:
                    return f"{tr(LINK_TITLES[kind])} {format_date(on)}"
        return tr(LINK_TITLES[kind])

    def _fill_choices(self, case: r.Case, family_safe: bool) -> None:
        if self.link is not None:
            kind, attribute = SECTION_LINKS[self.section]
            self.link.clear()
            self.link.addItem(translate("Stafetlog", "(intet)"), None)
            if not (family_safe and kind is r.LinkKind.ASSESSMENT):
                for record in getattr(case, attribute, []) or []:
                    on = getattr(record, RECORD_DATES[attribute], None)
                    self.link.addItem(
                        f"{tr(LINK_TITLES[kind])} {format_date(on) if on else ''}".strip(),
                        record.uid,
                    )
        if self.about is not None:
            self.about.clear()
            for person in case.custodians:
                self.about.addItem(f"{person.name} ({person.relation})", person.uid)
            sibling_word = translate("Stafetlog", "søskende")
            for sibling in case.siblings:
                self.about.addItem(f"{sibling.name} ({sibling_word})", sibling.uid)

    def _clear_rows(self) -> None:
        self.history.clear()
        self.history.setAccessibleDescription("")
        self.history.hide()
        self.older_button.hide()
        self._all_history = False
        self.shown_entries = []
        self.superseded_uids = set()

    def link_name(self, href: str) -> str:
        """What a screen reader hears on a "Ret" link: the entry it edits (date, first words)."""
        uid = href.split(":", 1)[1] if href.startswith("revise:") else ""
        entry = next((e for e in self.shown_entries if e.uid == uid), None)
        if entry is None:
            return ""
        words = entry.text.split()
        start = " ".join(words[:8]) + (" …" if len(words) > 8 else "")
        return translate("Stafetlog", "Ret posten fra {date} i »{title}«: {start}").format(
            date=format_date(entry.entry_date), title=tr(SECTION_TITLES[self.section]), start=start
        )

    def hold(self, *, editable: bool) -> None:
        """Waiting to be drawn for another case or view: nothing of the previous one stays on
        screen meanwhile (not "no entries" either: that would be untrue for a moment), and a
        log that became read-only takes no new entry meanwhile."""
        self._clear_rows()
        self.empty.hide()
        self.editor.setVisible(editable)
        if not editable and self._revising is not None:
            self.stop_revising()

    def _link_activated(self, href: str) -> None:
        if href.startswith("revise:"):
            uid = href.split(":", 1)[1]
            for entry in self.shown_entries:
                if entry.uid == uid and uid not in self.superseded_uids:
                    self.start_revising(entry)
                    return

    def clear(self) -> None:
        """On lock: no entry, draft, choice or typed text remains in this section."""
        self._draft_timer.stop()
        self._draft_deadline.stop()
        self._clear_rows()
        self._case = None
        self._revising = None
        self.revising_note.clear()
        self.revising_note.hide()
        self.cancel_revision.hide()
        self._loading = True
        self.text.clear()
        self._loading = False
        self.text.document().clearUndoRedoStacks()
        for combo in (self.link, self.about):
            if combo is not None:
                combo.clear()
        self.message.clear()
        self.empty.show()

    def set_draft(self, text: str) -> None:
        """A draft saved earlier (before a lock or a crash) comes back into the editor."""
        if text and not self.text.toPlainText():
            self._loading = True
            self.text.setPlainText(text)
            self._loading = False

    def focus_entry(self, uid: str) -> QWidget | None:
        """The widget showing the entry with this uid (the section's history), or None."""
        if any(entry.uid == uid for entry in self.shown_entries):
            return self.history
        return None

    # -- editing -------------------------------------------------------------------------------

    def _typed(self) -> None:
        if not self._loading:
            self._draft_timer.start()
            if not self._draft_deadline.isActive():
                self._draft_deadline.start()

    def flush_draft(self) -> None:
        """Send the typed text to the vault now (the timer does this while typing)."""
        self._draft_timer.stop()
        self._draft_deadline.stop()
        self.draft_changed.emit(draft_key(self.section), self.text.toPlainText())

    @property
    def has_pending_draft(self) -> bool:
        return self._draft_timer.isActive() or self._draft_deadline.isActive()

    def start_revising(self, entry: r.LogEntry) -> None:
        self._revising = entry
        self.revising_note.setText(
            translate(
                "Stafetlog",
                "Du retter posten fra {date}. "
                "Den gamle version bliver stående i loggen, overstreget.",
            ).format(date=format_date(entry.entry_date))
        )
        self.revising_note.show()
        self.cancel_revision.show()
        self.entry_date.set_value(entry.entry_date)
        self.text.setPlainText(entry.text)
        self.internal.setChecked(entry.internal)
        if self.yes_no is not None and entry.yes is not None:
            self.yes_no.setCurrentIndex(0 if entry.yes else 1)
        if self.due_on is not None:
            self.due_on.set_value(entry.due_on)
        self.add_button.setText(translate("Stafetlog", "Gem rettelsen"))
        self.text.setFocus()

    def stop_revising(self) -> None:
        self._revising = None
        self.revising_note.hide()
        self.cancel_revision.hide()
        self.add_button.setText(translate("Stafetlog", "Tilføj"))
        self.reset_editor()

    def reset_editor(self) -> None:
        self.text.clear()
        self.internal.setChecked(False)
        self.entry_date.set_value(self._today())
        if self.due_on is not None:
            self.due_on.clear()
        if self.link is not None:
            self.link.setCurrentIndex(0)
        self.message.clear()

    def build_entry(self) -> r.LogEntry:
        """The entry the editor describes; raises the domain's UserError for bad input."""
        on = self.entry_date.value()
        assert on is not None
        # Every entry says something in words, also a yes/no answer (the log is read by parents).
        text = validate_text(
            self.text.toPlainText().strip(), translate("Stafetlog", "ny post"), required=True
        )
        yes = self.yes_no.currentData() if self.yes_no is not None else None
        due = (
            self.due_on.value() if self.due_on is not None and self.due_on.text().strip() else None
        )
        if self.section is r.LogSection.REVIEW and due is None:
            due = self.due_on.value() if self.due_on is not None else None
        links = []
        if self.link is not None and self.link.currentData():
            links.append(
                r.RecordLink(kind=SECTION_LINKS[self.section][0], uid=self.link.currentData())
            )
        about = self.about.currentData() if self.about is not None else None
        return r.LogEntry(
            section=self.section,
            entry_date=on,
            text=text,
            internal=self.internal.isChecked(),
            yes=yes,
            due_on=due,
            about_uid=about,
            links=links,
        )

    def submit(self) -> None:
        self.message.clear()
        try:
            entry = self.build_entry()
        except UserError as err:
            from PySide6.QtCore import QCoreApplication

            where = field_named(
                err, self.entry_date, (translate("Stafetlog", "ny post"), self.text), self.due_on
            )
            self.message.say(err.render(QCoreApplication.translate), where)
            return
        if self._revising is not None:
            self.revise_requested.emit(self._revising.uid, entry)
        else:
            self.add_requested.emit(entry)

    def entry_added(self) -> None:
        """The service stored the entry: empty the editor (its draft is discarded by the page)."""
        self._revising = None
        self.revising_note.hide()
        self.cancel_revision.hide()
        self.add_button.setText(translate("Stafetlog", "Tilføj"))
        self._loading = True
        self.reset_editor()
        self._loading = False
