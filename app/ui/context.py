"""What the open workspace shares: the case service, the write worker, undo, family-safe."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QClipboard, QGuiApplication, QUndoStack

from app.domain.messages import UserError

logger = logging.getLogger(__name__)

SECRET_CLIPBOARD_MS = 30_000


def secret_mime_data(text: str) -> QMimeData:
    """Plain text plus the hints clipboard managers honour (the ones KeePassXC sets)."""
    mime = QMimeData()
    mime.setText(text)
    if sys.platform.startswith("win"):
        mime.setData("ExcludeClipboardContentFromMonitorProcessing", b"\x01\x00\x00\x00")
        mime.setData("CanIncludeInClipboardHistory", b"\x00\x00\x00\x00")
        mime.setData("CanUploadToCloudClipboard", b"\x00\x00\x00\x00")
    elif sys.platform == "darwin":
        mime.setData("application/x-nspasteboard-concealed-type", b"secret")
        mime.setData("org.nspasteboard.ConcealedType", b"secret")
    # Linux (KDE's Klipper and friends) – set everywhere, harmless elsewhere.
    mime.setData("x-kde-passwordManagerHint", b"secret")
    return mime


class UiContext(QObject):
    """What every page of the workspace shares.

    All service calls go through `run`: one worker thread serialises the writes (SQLite wants
    exactly one writer) and the result comes back to the GUI thread through a queued signal, so
    no widget is ever touched from the worker.
    """

    case_changed = Signal(object)  # records.Case, freshly loaded after a change
    family_safe_changed = Signal(bool)
    busy_changed = Signal(bool)
    user_message = Signal(str)  # a translated, personal-data-free message for the status bar/dialog
    locked = Signal()  # the vault key was dropped; pages have been cleared
    case_removed = Signal(int)  # a case was destroyed: screens showing it let go of it
    unlocked = Signal()
    _deliver = Signal(object)  # internal: a callable to run on the GUI thread

    def __init__(
        self,
        service: Any = None,
        *,
        today: Callable[[], date] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self.profile: Any = None  # app.people.Profile of the person at the keyboard, once known
        self._today = today or date.today
        self._family_safe = False
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="stafet-write")
        # Long read-only queries (the deadlines across 5,000 cases take seconds) run beside the
        # writer, so an autosave never waits behind them.
        self._reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="stafet-read")
        self._pending = 0
        self._generation = 0  # raised on lock: results of older calls are dropped unseen
        self.undo_stack = QUndoStack(self)
        self.current_case_id: int | None = None
        self.case: Any = None  # the last records.Case delivered through case_changed
        self._secret_text: str | None = None
        self._secret_timer = QTimer(self)
        self._secret_timer.setSingleShot(True)
        self._secret_timer.timeout.connect(self.clear_secret_clipboard)
        self._deliver.connect(self._on_deliver)

    # -- service and worker --------------------------------------------------------------------

    @property
    def service(self) -> Any:
        return self._service

    @service.setter
    def service(self, service: Any) -> None:
        self._service = service

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def today(self) -> date:
        return self._today()

    def set_today(self, today: Callable[[], date]) -> None:
        """Tests pin the date so deadlines and default dates are predictable."""
        self._today = today

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        **kwargs: Any,
    ) -> Future:
        """Run `fn(*args)` on the write worker; `on_done(result)`/`on_error(exc)` on the GUI thread.

        Without `on_error` a UserError is shown in the user's language and anything else as a
        calm generic message (the exception text may carry personal data, so it is not shown).
        """
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        generation = self._generation

        read_only = bool(kwargs.pop("_read_only", False))

        def work() -> Any:
            try:
                result = fn(*args, **kwargs)
            except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
                error = exc
                self._deliver.emit(lambda: self._finish(None, error, on_done, on_error, generation))
                raise
            self._deliver.emit(lambda: self._finish(result, None, on_done, on_error, generation))
            return result

        return (self._reader if read_only else self._executor).submit(work)

    def run_read(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Future:
        """Like `run`, for a slow read-only call (searching, the deadlines across all cases)."""
        return self.run(fn, *args, on_done=on_done, on_error=on_error, _read_only=True)

    @Slot(object)
    def _on_deliver(self, callback: Callable[[], None]) -> None:
        callback()

    def _finish(
        self,
        result: Any,
        exc: BaseException | None,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        generation: int = 0,
    ) -> None:
        self._pending -= 1
        if self._pending == 0:
            # Every command commits as it runs: once the queue is empty nothing is unsaved.
            self.undo_stack.setClean()
            self.busy_changed.emit(False)
        if generation != self._generation:
            # Submitted before the lock: its result may carry personal data the screens must
            # no longer show.
            return
        if exc is None:
            if on_done is not None:
                on_done(result)
            return
        if on_error is not None:
            on_error(exc)
        else:
            self.report_error(exc)

    def report_error(self, exc: BaseException) -> None:
        self.user_message.emit(self.error_text(exc))

    @staticmethod
    def error_text(exc: BaseException) -> str:
        if isinstance(exc, UserError):
            return exc.render(QCoreApplication.translate)
        # Never show or log the text: an ORM or sqlite error can quote the data it choked on.
        logger.error("unexpected %s in a background task", type(exc).__name__)
        return QCoreApplication.translate(
            "UiContext",
            "Noget gik galt, og handlingen blev ikke gennemført. Intet er gået tabt. "
            "Prøv igen, og kontakt IT-supporten, hvis det sker igen.",
        )

    def lock_generation(self) -> None:
        """Called on lock: results of calls made before now are not delivered to the screens."""
        self._generation += 1

    def wait_idle(self, timeout: float = 10.0) -> None:
        """Block until queued work is done (quit and lock only; results still arrive by signal)."""
        self._executor.submit(lambda: None).result(timeout=timeout)
        self._reader.submit(lambda: None).result(timeout=timeout)

    def shutdown(self) -> None:
        self.clear_secret_clipboard()
        self._executor.shutdown(wait=True)
        self._reader.shutdown(wait=True)

    # -- the open case -------------------------------------------------------------------------

    def open_case(self, case_id: int, on_done: Callable[[Any], None] | None = None) -> None:
        if case_id != self.current_case_id:
            self.undo_stack.clear()
        self.current_case_id = case_id
        self.reload_case(on_done)
        if self._service is not None:
            # Queued behind the read on the same worker: the case shows without waiting for
            # the audit's fsync, and the row is durable before any export queued after it.
            self.run(self._service.record_view, case_id, on_error=self._view_not_recorded)

    @staticmethod
    def _view_not_recorded(exc: BaseException) -> None:
        logger.warning("viewing a case was not audited: %s", type(exc).__name__)

    def reload_case(self, on_done: Callable[[Any], None] | None = None) -> None:
        """Load the current case on the worker and announce it with case_changed (a reload after
        a change is not another viewing: the change has its own audit row)."""
        case_id = self.current_case_id
        service = self._service
        if case_id is None or service is None:
            return

        def loaded(case: Any) -> None:
            if case_id != self.current_case_id or self._service is None:
                return  # the user moved on or locked while it loaded
            self.case = case
            self.case_changed.emit(case)
            if on_done is not None:
                on_done(case)

        self.run(service.load, case_id, audit=False, on_done=loaded)

    def forget_case(self) -> None:
        self.current_case_id = None
        self.case = None
        self.undo_stack.clear()

    # -- family-safe view ----------------------------------------------------------------------

    @property
    def family_safe(self) -> bool:
        return self._family_safe

    @family_safe.setter
    def family_safe(self, on: bool) -> None:
        self.set_family_safe(on)

    def set_family_safe(self, on: bool) -> None:
        on = bool(on)
        if on != self._family_safe:
            self._family_safe = on
            self.family_safe_changed.emit(on)

    # -- clipboard -----------------------------------------------------------------------------

    def copy_secret(self, text: str) -> None:
        """Copy a CPR number: marked secret for clipboard managers, cleared after 30 s."""
        clipboard = QGuiApplication.clipboard()
        clipboard.setMimeData(secret_mime_data(text), QClipboard.Mode.Clipboard)
        self._secret_text = text
        self._secret_timer.start(SECRET_CLIPBOARD_MS)

    def clear_secret_clipboard(self) -> None:
        """Empty the clipboard if it still holds our secret (never the user's own later copy)."""
        self._secret_timer.stop()
        secret, self._secret_text = self._secret_text, None
        if not secret:
            return
        app = QGuiApplication.instance()
        if app is None:
            return
        clipboard = QGuiApplication.clipboard()
        if clipboard.text(QClipboard.Mode.Clipboard) == secret:
            clipboard.clear(QClipboard.Mode.Clipboard)
