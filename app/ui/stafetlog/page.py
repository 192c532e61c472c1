"""The stafetlog page of an open case: header, baton, level, the dated sections, actors, closing."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain import records as r
from app.domain.messages import QT_TRANSLATE_NOOP
from app.ui.case_page import CasePage
from app.ui.commands import AddRecordCommand
from app.ui.context import UiContext
from app.ui.form_layout import name_field
from app.ui.headings import mark_heading
from app.ui.stafetlog.actors import ActorsBox
from app.ui.stafetlog.baton import BatonBox
from app.ui.stafetlog.child_voice import ChildVoiceBox
from app.ui.stafetlog.closing import ClosingBox
from app.ui.stafetlog.conflicts import ConflictsBox
from app.ui.stafetlog.effort import JointEffortBox, LevelBox
from app.ui.stafetlog.family_court import FamilyCourtBox
from app.ui.stafetlog.header import HeaderBox
from app.ui.stafetlog.section import SectionEditor, draft_key
from app.ui.stafetlog.texts import SECTION_TITLES, tr, translate

logger = logging.getLogger(__name__)

# When another case is shown, the top of the page (header, baton, level) and the sections on
# screen are drawn at once; the other sections follow one per event-loop turn, top down. A
# rich-text section is laid out on the GUI thread, and fifteen of them at once froze a
# 10,000-entry case for half a second. Sections still waiting are emptied at once, so no other
# child's entries are ever on screen.


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(0, 12, 0, 0)
    return mark_heading(label, 2)


class StafetlogPage(CasePage):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("stafetlogPage")
        self._case: r.Case | None = None
        self._case_id: int | None = None
        outer = QHBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        self.nav = QListWidget()
        self.nav.setObjectName("stafetlogContents")
        name_field(self.nav, translate("Stafetlog", "Indhold"))
        self.nav.setMaximumWidth(260)
        self.nav.setMinimumWidth(180)
        self.nav.setWordWrap(True)
        self.nav.setSpacing(3)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.nav)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("stafetlogScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(self.scroll, 1)
        body = QWidget()
        body.setObjectName("stafetlogBody")
        self.column = QVBoxLayout(body)
        self.column.setSpacing(12)
        self.column.setContentsMargins(4, 0, 12, 24)
        self.scroll.setWidget(body)
        today = ctx.today
        self.family_plan_pdf = QPushButton(translate("Stafetlog", "Familiens plan som PDF…"))
        self.family_plan_pdf.setObjectName("familyPlanPdf")
        self.family_plan_pdf.clicked.connect(self.export_family_plan)
        self.column.addWidget(self.family_plan_pdf, 0, Qt.AlignmentFlag.AlignRight)

        self.header = HeaderBox(ctx)
        self._add(self.header, translate("Stafetlog", "Stafetlog"))
        self.conflicts = ConflictsBox()  # after a merge: versions written on two laptops
        self.column.addWidget(self.conflicts)
        self.baton = BatonBox(today)
        self._add(self.baton, translate("Stafetlog", "Stafetten og øje-på-barnet"))
        self.level = LevelBox(today)
        self._add(self.level, translate("Stafetlog", "Niveau"))
        self.family_court = FamilyCourtBox(today)
        self._add(self.family_court, translate("Stafetlog", "Familieretshuset"))
        self.sections: dict[r.LogSection, SectionEditor] = {}
        self._add_heading(translate("Stafetlog", "Niveau 1 – bekymringen og den lokale indsats"))
        for section in r.LEVEL_ONE_SECTIONS:
            self._add_section(section)
        # The child's own words, kept apart from the adults' assessments (BL § 5, stk. 3).
        self.child_voice = ChildVoiceBox(today)
        self._add(self.child_voice, translate("Stafetlog", "Barnets egne ord"))
        self._add_heading(translate("Stafetlog", "Niveau 2–3 – den fælles indsats"))
        self.joint = JointEffortBox(today)
        self._add(self.joint, translate("Stafetlog", "Fastlæggelse af indsatsen"))
        for section in r.JOINT_SECTIONS:
            self._add_section(section)
        self.actors = ActorsBox(today)
        self._add(self.actors, translate("Stafetlog", "Aktørernes indsats"))
        self._add_section(r.LogSection.NOTE)
        self.closing = ClosingBox(today)
        self._add(self.closing, translate("Stafetlog", "Afslut stafetloggen"))
        self.column.addStretch(1)
        # The sections not yet drawn for the case on screen (see the top of this file), one per
        # turn of the event loop; and what the page was last drawn for (case, view, editable).
        self._waiting: list[SectionEditor] = []
        self._drawn_for: tuple[str, bool, bool] | None = None
        self._editable = True
        self._copy_by: r.Person | None = None
        self._drawing = QTimer(self)
        self._drawing.setSingleShot(True)
        self._drawing.setInterval(0)
        self._drawing.timeout.connect(self._draw_next_section)
        self.nav.currentItemChanged.connect(self._nav_changed)
        self.nav.itemActivated.connect(self._nav_activated)

        self.baton.offer_requested.connect(self._offer)
        self.baton.accept_requested.connect(lambda on: self._baton_step("accept_baton", on))
        self.baton.decline_requested.connect(lambda on: self._baton_step("decline_baton", on))
        self.baton.withdraw_requested.connect(lambda on: self._baton_step("withdraw_offer", on))
        self.baton.eye_requested.connect(self._eye)
        self.baton.handover_requested.connect(self.send_handover)
        self.baton.receipt_accept_requested.connect(lambda: self._answer_handover(None))
        self.baton.receipt_decline_requested.connect(self._answer_handover)
        # (HandoverState, whose offer waits for our answer, whose receipt we wait for)
        self._handover: tuple[Any, str | None, str | None] | None = None
        self.level.level_requested.connect(self._level)
        self.joint.setting_requested.connect(self._joint)
        self.actors.add_requested.connect(self._add_actor_row)
        self.actors.model.revise_requested.connect(self._revise_actor_row)
        self.closing.close_requested.connect(self._close)
        self.family_court.save_requested.connect(self._save_family_court)
        self.child_voice.add_requested.connect(self._add_child_voice)
        self.child_voice.revise_requested.connect(self._revise_child_voice)
        self.conflicts.resolve_requested.connect(self._resolve_conflict)

    def _add(self, widget: QWidget, title: str) -> None:
        self.column.addWidget(widget)
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, widget)
        self.nav.addItem(item)

    def _add_heading(self, text: str) -> None:
        heading = _heading(text)
        self.column.addWidget(heading)
        item = QListWidgetItem(text)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        item.setData(Qt.ItemDataRole.UserRole, heading)
        self.nav.addItem(item)

    def _add_section(self, section: r.LogSection) -> None:
        editor = SectionEditor(section, self.ctx.today)
        editor.add_requested.connect(lambda entry, s=section: self._add_entry(s, entry))
        editor.revise_requested.connect(
            lambda old, entry, s=section: self._revise_entry(s, old, entry)
        )
        editor.draft_changed.connect(self._save_draft)
        self.sections[section] = editor
        self._add(editor, tr(SECTION_TITLES[section]))

    def _nav_changed(self, item: QListWidgetItem | None, _previous: Any) -> None:
        if item is not None:
            widget = item.data(Qt.ItemDataRole.UserRole)
            self.scroll.ensureWidgetVisible(widget, 0, 0)
            self.scroll.verticalScrollBar().setValue(widget.y())

    def _nav_activated(self, item: QListWidgetItem) -> None:
        """Enter (or a double click) on a section in the list: into that section, keyboard too."""
        self._nav_changed(item, None)
        widget = item.data(Qt.ItemDataRole.UserRole)
        editor = getattr(widget, "text", None)  # a log section: straight into its text field
        targets = [editor] if isinstance(editor, QWidget) else []
        targets += widget.findChildren(QWidget)
        for target in targets:
            if (
                target.isVisibleTo(self)
                and target.isEnabled()
                and target.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    # -- CasePage ------------------------------------------------------------------------------

    def page_title(self) -> str:
        return translate("Stafetlog", "Stafetlog")

    def show_case(self, case: r.Case) -> None:
        new_case = self._case is None or self._case.uid != case.uid
        self._case = case
        self._case_id = self.ctx.current_case_id
        if new_case:
            self._handover = None
        self._render()
        if self._case_id is not None and self.ctx.service is not None:
            self.ctx.run(self._handover_info, self._case_id, on_done=self._handover_loaded)
        if new_case and self._case_id is not None and self.ctx.service is not None:
            self.ctx.run(self.ctx.service.drafts, self._case_id, on_done=self._apply_drafts)

    def _render(self) -> None:
        case = self._case
        if case is None:
            return
        from app.domain.baton import BatonState, eye_on_child_at

        state = BatonState.from_events(case.baton)
        eye = None
        if case.eye_on_child:
            eye = max(case.eye_on_child, key=lambda e: e.since).person
            eye = eye_on_child_at(case.eye_on_child, self.ctx.today()) or eye
        open_case = case.closure is None
        marks = self._handover[0] if self._handover else None
        editable = open_case and not (marks is not None and marks.read_only)
        fs = self.family_safe
        self.header.show_case(case, holder=state.holder, eye=eye, family_safe=fs)
        self.conflicts.show_case(case, family_safe=fs, editable=editable)
        self.baton.show_case(case, state, editable)
        self.level.show_case(case, editable)
        self.family_court.show_case(case, editable=editable)
        self.joint.show_case(case, editable)
        self._draw_sections(case, fs, editable)
        self.actors.show_case(case, family_safe=fs, editable=editable)
        self.child_voice.show_case(
            case, family_safe=fs, editable=editable, heard_by=self._author()
        )
        # A handed-over or copied case can still be archived or destroyed (the closing flow).
        copy_by = self._local_copy_by()
        self._editable, self._copy_by = editable, copy_by
        self.closing.show_case(case, state.holder, open_case, local_copy_by=copy_by)
        info = self._handover or (None, None, None)
        self.baton.show_handover(self._read_only_text(), info[1], info[2])

    def _editable_now(self) -> bool:
        case = self._case
        marks = self._handover[0] if self._handover else None
        return (
            case is not None
            and case.closure is None
            and not (marks is not None and marks.read_only)
        )

    def _local_copy_by(self) -> r.Person | None:
        marks = self._handover[0] if self._handover else None
        if (
            self._case is not None
            and self._case.closure is None
            and marks is not None
            and marks.read_only
            and self.ctx.service is not None
        ):
            return r.Person(name=self.ctx.service.actor)
        return None

    def _draw_sections(self, case: r.Case, family_safe: bool, editable: bool) -> None:
        """Draw the dated sections. For another case: the sections on screen now, the rest turn
        by turn (emptied meanwhile). Anything else (a change to the case on screen, the
        family-safe view, read-only): every section at once, so nothing hidden stays visible;
        only the sections whose text changed are laid out again."""
        editors = list(self.sections.values())
        another_case = self._drawn_for is None or self._drawn_for[0] != case.uid
        self._drawn_for = (case.uid, family_safe, editable)
        if not another_case:
            self._drawing.stop()
            self._waiting = []
            for editor in editors:
                editor.show_entries(case, family_safe=family_safe, editable=editable)
            return
        first = self._sections_on_screen(editors)
        self._waiting = [e for e in editors if e not in first]
        for editor in self._waiting:
            editor.hold(editable=editable)
        for editor in first:
            editor.show_entries(case, family_safe=family_safe, editable=editable)
        if self._waiting:
            self._drawing.start()

    def _sections_on_screen(self, editors: list[SectionEditor]) -> list[SectionEditor]:
        """The sections the reader sees now, by the last layout (none before the first one:
        at the top of the page the header, the baton and the level fill the screen)."""
        top = self.scroll.verticalScrollBar().value()
        bottom = top + self.scroll.viewport().height()
        return [
            e
            for e in editors
            if e.height() > 0 and 0 < e.y() < bottom and e.y() + e.height() > top
        ]

    def _draw_next_section(self) -> None:
        case = self._case
        if not self._waiting or case is None or self._drawn_for is None:
            self._waiting = []
            return
        editor = self._waiting.pop(0)
        _uid, family_safe, editable = self._drawn_for
        editor.show_entries(case, family_safe=family_safe, editable=editable)
        if self._waiting:
            self._drawing.start()

    def finish_drawing(self) -> None:
        """Draw every waiting section now (before jumping to an entry, and for tests)."""
        self._drawing.stop()
        while self._waiting:
            self._draw_next_section()

    @property
    def drawing(self) -> bool:
        """True while some sections of the case on screen are still to be drawn."""
        return bool(self._waiting)

    # -- the handover between laptops (app/handover) -----------------------------------------

    def _handover_info(self, case_id: int) -> tuple[Any, str | None, str | None]:
        """On the worker: the case's handover marks, whose received offer waits for our answer,
        and whose receipt for our offer we wait for."""
        from app.ui.handover import handover_for

        handover = handover_for(self.ctx)
        marks = self.ctx.service.handover_state(case_id)
        contact = handover.waiting_offer(case_id)
        waiting = contact.card.name if contact is not None else None
        return marks, waiting, handover.awaiting_receipt(case_id)

    def _handover_loaded(self, info: tuple[Any, str | None, str | None]) -> None:
        if info == self._handover:
            return
        self._handover = info
        if self._editable_now() != self._editable or self._local_copy_by() != self._copy_by:
            self._render()  # read-only now (or again): every box changes
            return
        # Usually only the baton's handover line changes: the case is not drawn again.
        self.baton.show_handover(self._read_only_text(), info[1], info[2])

    def _read_only_text(self) -> str:
        marks = self._handover[0] if self._handover else None
        if marks is None or self._case is None or self._case.closure is not None:
            return ""
        if marks.handed_over_to:
            return translate(
                "Stafetlog",
                "Stafetten er givet videre til {name}. Stafetloggen kan læses her, og den kan "
                "arkiveres eller slettes, men ikke ændres.",
            ).format(name=marks.handed_over_to)
        if marks.is_copy:
            return translate(
                "Stafetlog",
                "Kopi til orientering. Stafetloggen kan læses, men ikke ændres; det gør "
                "stafetholderen.",
            )
        return ""

    def send_handover(self) -> Any:
        """The send dialog of "Overdrag stafetten…" (returned for tests)."""
        from app.ui.handover import SendDialog

        if self._case_id is None or self.ctx.service is None:
            return None
        dialog = SendDialog(self.ctx, self._case_id, self)

        def sent(name: str) -> None:
            self.ctx.reload_case()
            if dialog.via_server:
                self.ctx.user_message.emit(
                    translate(
                        "Stafetlog", "Overdragelsen til {name} sendes via kommunens server."
                    ).format(name=name)
                )
                _sync_soon(self)
                return
            self.ctx.user_message.emit(
                translate(
                    "Stafetlog", "Filen til {name} er skrevet. Giv {name} filen, fx på et USB-stik."
                ).format(name=name)
            )

        dialog.sent.connect(sent)
        dialog.open_consent.connect(self.open_consent_page)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_consent_page(self) -> None:
        """Show the consent form of this case (the case view's consent tab)."""
        view = self.parent()
        while view is not None and not hasattr(view, "pages"):
            view = view.parent()
        if view is None:
            return
        for index, page in enumerate(view.pages):
            if type(page).__name__ == "ConsentPage":
                view.tabs.setCurrentIndex(index)
                return

    def _answer_handover(self, reason: str | None) -> None:
        """Accept (reason None) or decline a received handover; the receipt file is chosen."""
        from app.ui.handover import choose_target, handover_for

        case_id, info = self._case_id, self._handover
        if case_id is None or self.ctx.service is None or not info or not info[1]:
            return
        name = info[1]
        stem = "kvittering" if reason is None else "afvisning"
        handover = handover_for(self.ctx)

        def done(sent: Any) -> None:
            self.baton.decline_reason.clear()
            self._handover = None
            self.ctx.reload_case()
            if sent.queued:
                self.ctx.user_message.emit(
                    translate(
                        "Stafetlog", "Kvitteringen til {name} sendes via kommunens server."
                    ).format(name=name)
                )
                _sync_soon(self)
                return
            self.ctx.user_message.emit(
                translate(
                    "Stafetlog", "Kvitteringen til {name} er skrevet. Giv {name} filen."
                ).format(name=name)
            )

        def answer(via_server: bool) -> None:
            # With a relay server the receipt is queued for it; else the person picks a file.
            target = None
            if not via_server:
                target = choose_target(
                    self, str(Path.home() / f"{stem}-til-{name.replace(' ', '-')}.stafet")
                )
                if target is None:
                    return
            if reason is None:
                self.ctx.run(handover.accept, case_id, target, self.ctx.today(), on_done=done)
            else:
                self.ctx.run(
                    handover.decline, case_id, reason, target, self.ctx.today(), on_done=done
                )

        self.ctx.run(_server_known, self.ctx.service.vault, on_done=answer)

    def _apply_drafts(self, drafts: dict[str, str]) -> None:
        for section, editor in self.sections.items():
            text = drafts.get(draft_key(section))
            if text:
                editor.set_draft(text)

    def set_family_safe(self, on: bool) -> None:
        super().set_family_safe(on)
        self.header.set_family_safe(on)
        self._render()

    def clear(self) -> None:
        self._drawing.stop()
        self._waiting = []
        self._drawn_for = None
        self._case = None
        self._case_id = None
        self.header.clear()
        self.conflicts.clear()
        self.baton.clear()
        self.level.clear()
        self.family_court.clear()
        self.joint.clear()
        for editor in self.sections.values():
            editor.clear()
        self.actors.clear()
        self.child_voice.clear()
        self.closing.clear()
        super().clear()

    def focus_target(self, uid: str) -> bool:
        if not uid:
            return False
        self.finish_drawing()
        for section, editor in self.sections.items():
            row = editor.focus_entry(uid)
            if row is not None:
                self.scroll.ensureWidgetVisible(row)
                editor.text.setFocus()
                return True
            if section.value == uid:
                self.scroll.ensureWidgetVisible(editor)
                self.scroll.verticalScrollBar().setValue(editor.y())
                editor.text.setFocus()
                return True
        if self.actors.select_row(uid):
            self.scroll.ensureWidgetVisible(self.actors)
            return True
        if uid in ("actor_row", "actors"):
            self.scroll.ensureWidgetVisible(self.actors)
            self.actors.view.setFocus()
            return True
        return False

    def export_family_plan(self):  # noqa: ANN201 - the export dialog, or None
        from app.ui.documents.export_dialog import open_export

        self.flush()
        return open_export(self, self.ctx, "family-plan")

    def flush(self) -> None:
        """Send every typed-but-not-yet-saved text to the vault now (before a lock or quit).

        Every editor holding text is sent, not only those whose typing pause is still running:
        a pause that ended while the case was still loading saved nothing, and a lock must not
        depend on that timing."""
        for editor in self.sections.values():
            if editor.has_pending_draft or editor.text.toPlainText().strip():
                editor.flush_draft()

    # -- writing -------------------------------------------------------------------------------

    def _author(self) -> str:
        return getattr(self.ctx.service, "actor", "") or ""

    def _push(self, text: str, add: Any, uid: str, on_added: Any = None) -> None:
        if self._case_id is None or self.ctx.service is None:
            return
        command = AddRecordCommand(self.ctx, self._case_id, text, add, uid, on_added=on_added)
        self.ctx.undo_stack.push(command)

    def _add_entry(self, section: r.LogSection, entry: r.LogEntry) -> None:
        from dataclasses import replace

        case_id = self._case_id
        entry = replace(entry, author=entry.author or self._author())
        editor = self.sections[section]

        def added() -> None:
            editor.entry_added()
            if self.ctx.service is not None and case_id is not None:
                self.ctx.run(self.ctx.service.discard_draft, case_id, draft_key(section))

        self._push(
            translate("Stafetlog", "Tilføj post: {title}").format(
                title=tr(SECTION_TITLES[section])
            ),
            lambda svc: svc.add_entry(case_id, entry),
            entry.uid,
            added,
        )

    def _revise_entry(self, section: r.LogSection, old_uid: str, entry: r.LogEntry) -> None:
        from dataclasses import replace

        case_id = self._case_id
        entry = replace(entry, author=entry.author or self._author())
        editor = self.sections[section]

        def added() -> None:
            editor.entry_added()
            if self.ctx.service is not None and case_id is not None:
                self.ctx.run(self.ctx.service.discard_draft, case_id, draft_key(section))

        self._push(
            translate("Stafetlog", "Ret post: {title}").format(title=tr(SECTION_TITLES[section])),
            lambda svc: svc.revise_entry(case_id, old_uid, entry),
            entry.uid,
            added,
        )

    def _save_draft(self, key: str, text: str) -> None:
        service, case_id = self.ctx.service, self._case_id
        if (
            service is None
            or case_id is None
            or self._case is None
            or self._case.closure is not None
        ):
            return
        if text.strip():
            self.ctx.run(service.save_draft, case_id, key, text)
        else:
            self.ctx.run(service.discard_draft, case_id, key)

    def _add_actor_row(self, row: r.ActorRow) -> None:
        case_id = self._case_id
        self._push(
            translate("Stafetlog", "Tilføj række i aktørtabellen"),
            lambda svc: svc.add_actor_row(case_id, row),
            row.uid,
            self.actors.done,
        )

    def _save_family_court(self, value: r.FamilyCourtCase | None) -> None:
        service, case_id = self.ctx.service, self._case_id
        if service is None or case_id is None:
            return

        def saved(_result: Any) -> None:
            self.ctx.reload_case()
            self.ctx.user_message.emit(
                translate("Stafetlog", "Sagen i Familieretshuset er gemt.")
                if value is not None
                else translate("Stafetlog", "Sagen i Familieretshuset er fjernet.")
            )

        self.ctx.run(service.set_family_court, case_id, value, on_done=saved)

    def _add_child_voice(self, voice: r.ChildVoice) -> None:
        case_id = self._case_id
        self._push(
            translate("Stafetlog", "Tilføj barnets egne ord"),
            lambda svc: svc.add_child_voice(case_id, voice),
            voice.uid,
            self.child_voice.done,
        )

    def _revise_child_voice(self, old_uid: str, voice: r.ChildVoice) -> None:
        case_id = self._case_id
        self._push(
            translate("Stafetlog", "Ret barnets egne ord"),
            lambda svc: svc.revise_child_voice(case_id, old_uid, voice),
            voice.uid,
            self.child_voice.done,
        )

    def _revise_actor_row(self, old: r.ActorRow, new: r.ActorRow) -> None:
        case_id = self._case_id
        self._push(
            translate("Stafetlog", "Ret række i aktørtabellen"),
            lambda svc: svc.revise_actor_row(case_id, old.uid, new),
            new.uid,
        )

    def _resolve_conflict(self, conflict: Any, keep_uid: str, text: str | None) -> None:
        """A new version superseding every version of the conflict; undo retracts it."""
        case_id = self._case_id
        self._push(
            translate("Stafetlog", "Løs konflikt"),
            lambda svc: svc.resolve_conflict(case_id, conflict, keep_uid, text),
            "",
        )

    def _level(self, change: r.LevelChange) -> None:
        case_id = self._case_id
        self._push(
            translate("Stafetlog", "Skift niveau"),
            lambda svc: svc.set_level(case_id, change),
            change.uid,
            self.level.done,
        )

    def _joint(self, setting: r.JointEffortSetting) -> None:
        case_id = self._case_id
        self._push(
            translate("Stafetlog", "Tilføj fastlæggelse af indsatsen"),
            lambda svc: svc.add_joint_effort(case_id, setting),
            setting.uid,
            self.joint.done,
        )

    def _eye(self, person: r.Person, since: Any) -> None:
        case_id = self._case_id
        self._push(
            translate("Stafetlog", "Nyt øje-på-barnet"),
            lambda svc: svc.set_eye_on_child(case_id, person, since),
            "",
            self.baton.step_done,
        )

    def _offer(self, person: r.Person, on: Any, note: str) -> None:
        case_id = self._case_id
        if self.ctx.service is None or case_id is None:
            return
        # Undoable like every other record: undo retracts the newest baton step.
        self._push(
            translate("Stafetlog", "Tilbyd stafetten"),
            lambda svc: svc.offer_baton(case_id, person, on, note),
            "",
            self.baton.step_done,
        )

    _BATON_STEP_TEXTS = {
        "accept_baton": QT_TRANSLATE_NOOP("Stafetlog", "Tag imod stafetten"),
        "decline_baton": QT_TRANSLATE_NOOP("Stafetlog", "Sig nej til stafetten"),
        "withdraw_offer": QT_TRANSLATE_NOOP("Stafetlog", "Træk tilbuddet tilbage"),
    }

    def _baton_step(self, method: str, on: Any) -> None:
        case_id = self._case_id
        if self.ctx.service is None or case_id is None:
            return
        self._push(
            translate("Stafetlog", self._BATON_STEP_TEXTS[method]),
            lambda svc: getattr(svc, method)(case_id, on),
            "",
            self.baton.step_done,
        )

    def _close(self, closure: r.CaseClosure) -> None:
        service, case_id = self.ctx.service, self._case_id
        if service is None or case_id is None:
            return

        def closed(_result: Any) -> None:
            self.ctx.undo_stack.clear()
            if closure.disposition is r.Disposition.DESTROY:
                self.clear()
                self.ctx.forget_case()
                self.ctx.case_removed.emit(case_id)
                self.ctx.user_message.emit(translate("Stafetlog", "Stafetloggen er slettet."))
            else:
                self.ctx.reload_case()
                self.ctx.user_message.emit(
                    translate("Stafetlog", "Stafetloggen er afsluttet og arkiveret.")
                )

        self.ctx.run(service.close_case, case_id, closure, on_done=closed)


def _server_known(vault: Any) -> bool:
    """On the worker: is a relay server remembered (app.sync)? Then nothing asks for a file."""
    from app.sync import store

    return store.remembered_server(vault) is not None


def _sync_soon(widget: QWidget) -> None:
    """Something was queued for the relay: the window's background sync sends it now."""
    relay = getattr(widget.window(), "relay_sync", None)
    if relay is not None:
        relay.sync_now()
