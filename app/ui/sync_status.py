"""The relay in the GUI: a background sync, "Synkronisér nu" (Filer) and its state in the
status bar — last sync, what waits, or why it failed.

The network never runs on the GUI thread nor on the context's write worker (an autosave must
never wait behind a slow server): one "stafet-sync" thread runs app.sync.run.sync. It uses the
vault through its own pooled connections; the vault's write lock keeps its few short writes
(a pushed mark, a stored bundle) apart from the worker's. The result comes back to the GUI
thread by a queued signal. Pulled bundles are not received there: each is shown with the same
preview a `.stafet` file gets, and only "Modtag" writes (on the write worker).

It syncs after unlocking, every few minutes, after something was queued, and on demand.
Locking stops it: the thread is told to stop between steps, results of a sync begun before
the lock are dropped, and the status and the queue of previews are cleared.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

logger = logging.getLogger(__name__)

translate = QCoreApplication.translate
SYNC_EVERY_MS = 5 * 60 * 1000
FIRST_SYNC_MS = 1500  # after unlocking: let the case list come first
AFTER_CHANGE_MS = 30_000  # a changed case: its copies' updates go out once the typing settles


def _sync_job(vault: Any, handover: Any, cancelled: Any) -> tuple[str, Any, list[str]]:
    """On the sync thread: one sync without receiving; ("none"|"done", summary, waiting ids)."""
    from app.sync import run, store

    server = store.remembered_server(vault)
    if server is None:
        return "none", None, []
    summary = run.sync(handover, server, receive=False, cancelled=cancelled)
    return "done", summary, [item.bundle_id for item in store.not_received(vault)]


def _read_pulled(handover: Any, bundle_id: str) -> Any:
    """On the write worker: a pulled bundle checked like a file (nothing written); a refusal is
    kept with the bundle so it is not shown again."""
    from app.domain.messages import UserError
    from app.handover.errors import REPLAYED
    from app.sync import store

    vault = handover.vault
    found = next((p for p in store.not_received(vault) if p.bundle_id == bundle_id), None)
    if found is None:
        return None
    try:
        return handover.read(found.data)
    except UserError as err:
        if err.source == REPLAYED:
            store.mark_received(vault, bundle_id)  # it came as a file first
            return None
        store.mark_refused(vault, bundle_id, store.why(err))
        raise


class SyncStatus(QObject):
    """Owned by the main window (`window.relay_sync`)."""

    state_changed = Signal(str)  # the status text shown (tests and screen readers)
    _finished = Signal(int, object)  # generation, (kind, summary, waiting) or an exception

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="stafet-sync")
        self._cancel = threading.Event()
        self._generation = 0
        self._running = False
        self._again = False
        self._manual = False  # the person asked: a missing server is said, not kept silent
        self._shown: set[str] = set()  # previews already offered this session
        self._previews: list[str] = []
        self._previewing = False
        self.label = QLabel()
        self.label.setObjectName("syncStatus")
        self.label.setAccessibleName(translate("Sync", "Synkronisering"))
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        self.action = QAction(translate("Sync", "S&ynkronisér nu"), window)
        self.action.setObjectName("actionSyncNow")
        self.action.setStatusTip(
            translate(
                "Sync", "Send det, der venter, via kommunens server, og hent det, der er til dig"
            )
        )
        self.action.triggered.connect(lambda: self.sync_now(manual=True))
        self.action.setEnabled(False)
        window.addAction(self.action)
        file_menu = window.findChild(QObject, "menuFile")
        if file_menu is not None:
            receive = getattr(getattr(window, "handover", None), "receive", None)
            actions = file_menu.actions()
            after = actions.index(receive) + 1 if receive in actions else 1
            file_menu.insertAction(actions[after] if after < len(actions) else None, self.action)
        self.timer = QTimer(self)
        self.timer.setInterval(SYNC_EVERY_MS)
        self.timer.timeout.connect(self.sync_now)
        self.after_change = QTimer(self)
        self.after_change.setSingleShot(True)
        self.after_change.setInterval(AFTER_CHANGE_MS)
        self.after_change.timeout.connect(self.sync_now)
        self._server_known = False  # the last sync found a remembered server
        self.ctx.case_changed.connect(self._case_changed)
        self._finished.connect(self._on_finished)
        self.ctx.unlocked.connect(self.start)
        self.ctx.locked.connect(self.stop)

    # -- start, stop ----------------------------------------------------------------------------

    @Slot()
    def start(self) -> None:
        self._cancel = threading.Event()
        self.action.setEnabled(True)
        self.timer.start()
        QTimer.singleShot(FIRST_SYNC_MS, self.sync_now)

    @Slot(object)
    def _case_changed(self, _case: object) -> None:
        """A copy of this case may be out of date now (point 4 of the relay): sync soon."""
        if self._server_known and not self._cancel.is_set():
            self.after_change.start()

    @Slot()
    def stop(self) -> None:
        """Locking: the running sync stops at its next step; nothing of it reaches the screen."""
        self._cancel.set()
        self._generation += 1
        self._server_known = False
        self.timer.stop()
        self.after_change.stop()
        self.action.setEnabled(False)
        self._running = self._again = self._manual = False
        self._previews.clear()
        self._shown.clear()
        self._previewing = False
        self._show("")
        preview = getattr(getattr(self.window, "handover", None), "preview", None)
        try:
            if preview is not None and preview.isVisible():
                preview.reject()  # who sent what about which child leaves the screen too
        except RuntimeError:
            pass  # already deleted

    def shutdown(self) -> None:
        self.stop()
        self._executor.shutdown(wait=True)

    @property
    def running(self) -> bool:
        return self._running

    # -- one sync -------------------------------------------------------------------------------

    def sync_now(self, manual: bool = False) -> None:
        service = self.ctx.service
        if service is None or self._cancel.is_set():
            return
        self._manual = self._manual or manual
        if self._running:
            self._again = True  # something was queued meanwhile: once more when this ends
            return
        from app.ui.handover import handover_for

        self._running = True
        self._show(translate("Sync", "Synkroniserer …"), keep_hidden=not self.label.text())
        generation = self._generation
        vault, handover, cancel = service.vault, handover_for(self.ctx), self._cancel

        def work() -> None:
            try:
                result: Any = _sync_job(vault, handover, cancel.is_set)
            except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread as a state
                result = exc
            self._finished.emit(generation, result)

        self._executor.submit(work)

    @Slot(int, object)
    def _on_finished(self, generation: int, result: Any) -> None:
        if generation != self._generation:
            return  # begun before a lock: its result may name people
        self._running = False
        moment = datetime.now().strftime("%H:%M")
        if isinstance(result, BaseException):
            from app.sync.run import Cancelled

            if not isinstance(result, Cancelled):
                self._server_known = True  # only a remembered server can fail
                reason = self.ctx.error_text(result)
                self._show(
                    translate("Sync", "Synkronisering mislykkedes kl. {time}: {reason}").format(
                        time=moment, reason=reason
                    )
                )
        else:
            kind, summary, waiting = result
            self._server_known = kind != "none"
            if kind == "none":
                self._show("")
                if self._manual:
                    self.ctx.user_message.emit(
                        translate(
                            "Sync",
                            "Der er ingen server at synkronisere med. Forbind én gang til "
                            "kommunens server med „stafet sync --server URL --ca FIL“ (spørg IT).",
                        )
                    )
            else:
                self._show(self._done_text(summary, moment))
                for ident in waiting:
                    if ident not in self._shown and ident not in self._previews:
                        self._previews.append(ident)
                self._next_preview()
        self._manual = False
        if self._again:
            self._again = False
            self.sync_now()

    def _done_text(self, summary: Any, moment: str) -> str:
        waiting = summary.waiting_out + summary.waiting_in
        if summary.updates_stopped:
            name, err = summary.updates_stopped[0]
            return translate(
                "Sync",
                "Synkroniseret kl. {time}. Kopien til {name} holdes ikke længere opdateret: "
                "{reason}",
            ).format(time=moment, name=name, reason=err.render(translate))
        if summary.push_refused:
            problem = summary.push_refused[0].render(translate)
            return translate("Sync", "Synkroniseret kl. {time}, men: {reason}").format(
                time=moment, reason=problem
            )
        if waiting:
            return translate("Sync", "Synkroniseret kl. {time} · venter: {count}").format(
                time=moment, count=waiting
            )
        return translate("Sync", "Synkroniseret kl. {time}").format(time=moment)

    def _show(self, text: str, keep_hidden: bool = False) -> None:
        self.label.setText(text)
        self.label.setToolTip(text)
        self.label.setVisible(bool(text) and not keep_hidden)
        self.state_changed.emit(text)

    # -- pulled bundles: the file's preview, one at a time --------------------------------------

    def _next_preview(self) -> None:
        if self._previewing or not self._previews or self.ctx.service is None:
            return
        ident = self._previews.pop(0)
        self._shown.add(ident)
        self._previewing = True
        generation = self._generation
        from app.ui.handover import handover_for

        handover = handover_for(self.ctx)

        def checked(incoming: Any) -> None:
            if generation != self._generation:
                return
            if incoming is None:
                self._preview_done(generation)
                return
            self._show_preview(handover, ident, incoming, generation)

        def refused(exc: BaseException) -> None:
            self.ctx.report_error(exc)
            self._preview_done(generation)

        self.ctx.run(_read_pulled, handover, ident, on_done=checked, on_error=refused)

    def _show_preview(self, handover: Any, ident: str, incoming: Any, generation: int) -> None:
        from app.sync.run import receive_one

        actions = self.window.handover
        actions._show_preview(
            incoming,
            receive=lambda found: receive_one(handover, ident, found),
            after=lambda: self._preview_done(generation),
        )

    def _preview_done(self, generation: int) -> None:
        if generation != self._generation:
            return
        self._previewing = False
        self._next_preview()
