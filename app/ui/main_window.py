"""The main window: unlock screen or workspace, actions, idle lock and the family-safe view."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.ui.access import AccessPage
from app.ui.context import UiContext
from app.ui.idle import DEFAULT_IDLE_SECONDS, IdleWatcher
from app.ui.settings import ui_settings
from app.ui.vault_gateway import VaultGateway

logger = logging.getLogger(__name__)
PREBUILD_AFTER_MS = 300  # after the first paint of the unlock window

IDLE_SETTING = "idle_lock_seconds"
USER_NAME_SETTING = "user_name"
MESSAGE_MS = 20_000


class MainWindow(QMainWindow):
    """One window. Locked: the access page. Unlocked: the workspace (built on first unlock)."""

    def __init__(
        self, gateway: VaultGateway, *, ctx: UiContext | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Stafet") + "[*]")
        self.ctx = ctx or UiContext(parent=self)
        self.gateway = gateway
        self.vault: Any = None
        self.workspace: Any = None
        self._return_to: dict[str, Any] | None = None
        self.profile_dialog: Any = None  # asked at the first unlock of a vault without a profile
        self.contacts_dialog: Any = None

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.banner = QLabel(
            self.tr(
                "Familievisning er slået til: kun denne sag vises, og CPR-numre, "
                "bekymringsskalaer og interne noter er skjult. Tryk F12 og skriv din adgangsfrase "
                "eller kode for at slå den fra."
            )
        )
        self.banner.setObjectName("familySafeBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        layout.addWidget(self.banner)
        self.message_bar = QLabel()
        self.message_bar.setObjectName("calmMessage")
        self.message_bar.setWordWrap(True)
        self.message_bar.hide()
        layout.addWidget(self.message_bar)
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self.message_bar.hide)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.access = AccessPage(gateway, self.ctx.run)
        self.access.opened.connect(self._vault_opened)
        # Build the workspace while the key derivation runs on the worker (about half a second
        # the GUI thread would otherwise wait), once the busy bar has been painted.
        self.access.unlock_started.connect(lambda: QTimer.singleShot(0, self, self._ensure_workspace))
        self.stack.addWidget(self.access)

        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        from app.ui.documents.actions import DocumentActions

        self.documents = DocumentActions(self)  # the "Dokumenter" menu: export, sign, verify
        from app.ui.handover import HandoverActions

        self.handover = HandoverActions(self)  # "Modtag overdragelse…" and .stafet drops
        from app.ui.sync_status import SyncStatus

        self.relay_sync = SyncStatus(self)  # the relay server: background sync and its state
        self.statusBar()
        self.ctx.user_message.connect(self.show_message)
        self.ctx.family_safe_changed.connect(self._family_safe_changed)
        self.ctx.undo_stack.cleanChanged.connect(lambda clean: self.setWindowModified(not clean))
        self._held_by_lock: list[QAction] = []
        self._set_unlocked_actions(False)
        self._hold_actions_while_locked()
        self._restore_window_state()

    # -- actions -------------------------------------------------------------------------------

    def _action(
        self,
        name: str,
        text: str,
        shortcut: Any = None,
        slot: Any = None,
        *,
        checkable: bool = False,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            sequences = []
            for key in keys:
                sequences.extend(
                    QKeySequence.keyBindings(key)
                    if isinstance(key, QKeySequence.StandardKey)
                    else [QKeySequence(key)]
                )
            unique: list[QKeySequence] = []
            for sequence in sequences:  # Ctrl+Q twice is an "ambiguous overload": it does nothing
                if not sequence.isEmpty() and sequence not in unique:
                    unique.append(sequence)
            action.setShortcuts(unique)
        action.setCheckable(checkable)
        if slot is not None:
            (action.toggled if checkable else action.triggered).connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        SK = QKeySequence.StandardKey
        self.action_new_case = self._action(
            "actionNewCase", self.tr("&Ny sag…"), SK.New, self._new_case
        )
        self.action_find = self._action(
            "actionFind", self.tr("&Søg efter sag"), SK.Find, self._find
        )
        self.action_lock = self._action("actionLock", self.tr("&Lås"), "Ctrl+L", self.lock)
        self.action_family_safe = self._action(
            "actionFamilySafe",
            self.tr("&Familievisning"),
            "F12",
            self._family_safe_toggled,
            checkable=True,
        )
        self.action_family_safe.setToolTip(
            self.tr("Skjul CPR-numre, bekymringsskalaer og interne noter (F12)")
        )
        self.action_preferences = self._action(
            "actionPreferences",
            self.tr("&Indstillinger…"),
            [SK.Preferences, "Ctrl+,"],
            self._preferences,
        )
        self.action_contacts = self._action(
            "actionContacts", self.tr("&Kontakter…"), None, self.open_contacts
        )
        self.action_quit = self._action(
            "actionQuit", self.tr("&Afslut"), [SK.Quit, "Ctrl+Q"], self.close
        )
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.action_undo = self.ctx.undo_stack.createUndoAction(self, self.tr("&Fortryd"))
        self.action_undo.setObjectName("actionUndo")
        self.action_undo.setShortcuts(QKeySequence.keyBindings(SK.Undo))
        self.action_redo = self.ctx.undo_stack.createRedoAction(self, self.tr("&Gentag"))
        self.action_redo.setObjectName("actionRedo")
        self.action_redo.setShortcuts(QKeySequence.keyBindings(SK.Redo))
        for action in (self.action_undo, self.action_redo):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        self.action_show_cases = self._action(
            "actionShowCases", self.tr("&Sager"), "Ctrl+1", self._show_cases
        )
        self.action_show_deadlines = self._action(
            "actionShowDeadlines", self.tr("&Frister"), "Ctrl+2", self._show_deadlines
        )
        self.action_about = self._action("actionAbout", self.tr("&Om Stafet"), None, self._about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Filer"))
        file_menu.setObjectName("menuFile")
        file_menu.addAction(self.action_new_case)
        file_menu.addSeparator()
        file_menu.addAction(self.action_lock)
        file_menu.addAction(self.action_preferences)
        file_menu.addAction(self.action_contacts)
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)
        edit_menu = bar.addMenu(self.tr("&Rediger"))
        edit_menu.setObjectName("menuEdit")
        edit_menu.addAction(self.action_undo)
        edit_menu.addAction(self.action_redo)
        edit_menu.addSeparator()
        edit_menu.addAction(self.action_find)
        view_menu = bar.addMenu(self.tr("&Vis"))
        view_menu.setObjectName("menuView")
        view_menu.addAction(self.action_show_cases)
        view_menu.addAction(self.action_show_deadlines)
        view_menu.addSeparator()
        view_menu.addAction(self.action_family_safe)
        help_menu = bar.addMenu(self.tr("&Hjælp"))
        help_menu.setObjectName("menuHelp")
        help_menu.addAction(self.action_about)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Værktøjslinje"), self)
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.action_show_cases, self.action_show_deadlines, self.action_new_case):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.action_family_safe)
        toolbar.addAction(self.action_lock)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar = toolbar

    def _set_unlocked_actions(self, on: bool) -> None:
        for action in (
            self.action_new_case,
            self.action_find,
            self.action_lock,
            self.action_preferences,
            self.action_contacts,
            self.action_show_cases,
            self.action_show_deadlines,
            self.action_undo,
            self.action_redo,
        ):
            action.setEnabled(on)
        if on:
            self.action_undo.setEnabled(self.ctx.undo_stack.canUndo())
            self.action_redo.setEnabled(self.ctx.undo_stack.canRedo())
        self.toolbar.setVisible(on)
        self._apply_family_safe_actions()

    def _other_cases_actions(self) -> list[QAction]:
        """What shows other families' cases: hidden behind the family-safe view."""
        return [
            self.action_new_case,
            self.action_find,
            self.action_show_cases,
            self.action_show_deadlines,
            self.action_preferences,  # the PIN that ends the view is set there
        ]

    def _apply_family_safe_actions(self) -> None:
        if self.vault is None:
            return
        for action in self._other_cases_actions():
            action.setEnabled(not self.ctx.family_safe)
            action.setVisible(not self.ctx.family_safe)  # not even greyed out for the family

    # -- locked: nothing but the unlock screen takes keys -------------------------------------

    def _window_actions(self) -> list[QAction]:
        """Every action of the window, its menus and its pages (others add theirs later)."""
        seen: dict[int, QAction] = {}
        for action in [*self.actions(), *self.findChildren(QAction)]:
            seen.setdefault(id(action), action)
        return list(seen.values())

    def _hold_actions_while_locked(self) -> None:
        """Disable the menu bar and every action, so typing a passphrase can never open a menu
        or run "Afslut" (the unlock screen's own buttons are widgets, not actions)."""
        self.menuBar().setEnabled(False)
        for action in self._window_actions():
            if action.isEnabled() and not action.menu():
                action.setEnabled(False)
                self._held_by_lock.append(action)

    def _release_actions(self) -> None:
        held, self._held_by_lock = self._held_by_lock, []
        for action in held:
            try:
                action.setEnabled(True)
            except RuntimeError:
                pass  # deleted while locked
        self.menuBar().setEnabled(True)

    # -- start, unlock, lock -------------------------------------------------------------------

    def start(self) -> None:
        self.stack.setCurrentWidget(self.access)
        self.access.start()
        # The empty workspace (no personal data) is built while the passphrase is typed, after
        # the unlock window has been painted: the first unlock then waits only for the key
        # derivation and the case list (SPEC §8: ≤ 1 s), not for half a second of widgets.
        QTimer.singleShot(PREBUILD_AFTER_MS, self, self._prebuild_workspace)

    def _prebuild_workspace(self) -> None:
        """In two turns of the event loop: the workspace's code, then its widgets."""
        if self.workspace is not None or not self.is_locked:
            return
        # The pages' modules and what the unlocked vault's first steps use (_vault_opened).
        import app.models.service  # noqa: F401
        import app.people  # noqa: F401
        import app.ui.profile_dialog  # noqa: F401 - asked at the first unlock without a profile
        import app.ui.workspace  # noqa: F401

        QTimer.singleShot(0, self, self._ensure_workspace)

    def _vault_opened(self, vault: Any) -> None:
        self.vault = vault
        new_profile = self.access.take_new_profile()  # typed on the create screen, if new

        def prepare() -> tuple[Any, float, Any, str]:
            from app.models.service import CaseService
            from app.people import profile, set_profile

            if new_profile is not None:
                set_profile(vault, new_profile)  # also makes it the audit trail's actor
            me = profile(vault)
            # A vault from before profiles may know a name typed on its create screen.
            hint = str(vault.settings_get(USER_NAME_SETTING) or "")
            try:
                idle = float(vault.settings_get(IDLE_SETTING) or DEFAULT_IDLE_SECONDS)
            except (TypeError, ValueError):
                idle = DEFAULT_IDLE_SECONDS
            from app.policy import current

            idle = current().idle_seconds(idle)  # never past IT's maximum
            return CaseService(vault, actor=me.name if me else ""), idle, me, hint

        self.ctx.run(prepare, on_done=self._service_ready)

    def _service_ready(self, result: tuple[Any, float, Any, str]) -> None:
        service, idle_seconds, me, name_hint = result
        self.ctx.service = service
        self.ctx.profile = me
        self._ensure_workspace()
        self.stack.setCurrentWidget(self.workspace)
        self._release_actions()
        self._set_unlocked_actions(True)
        self.idle.set_seconds(idle_seconds)
        self.idle.start()
        self.ctx.unlocked.emit()
        self.workspace.activate(self._return_to)
        self._return_to = None
        if me is None:
            self.ask_profile(name_hint)

    def ask_profile(self, name_hint: str = "") -> None:
        """First unlock of a vault without a profile (made on the command line, or older)."""
        from app.ui.profile_dialog import ProfileDialog

        dialog = ProfileDialog(None, name_hint=name_hint, parent=self)
        dialog.accepted.connect(lambda: self.store_profile(dialog.profile()))
        dialog.rejected.connect(self._profile_postponed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _code: setattr(self, "profile_dialog", None))
        self.profile_dialog = dialog
        dialog.open()

    def _profile_postponed(self) -> None:
        self.show_message(
            self.tr(
                "Uden en profil står der „ukendt bruger“ i revisionssporet. Skriv, hvem du er, "
                "i Indstillinger."
            )
        )

    def store_profile(self, me: Any) -> None:
        """Save the profile; the author of new records and the audit actor follow at once."""
        vault = self.vault
        if vault is None:
            return
        from app.people import set_profile

        def stored(_result: object) -> None:
            self.ctx.profile = me
            if self.ctx.service is not None:
                self.ctx.service.actor = me.name
            self.show_message(self.tr("Din profil er gemt."))

        self.ctx.run(set_profile, vault, me, on_done=stored)

    def _ensure_workspace(self) -> None:
        if self.workspace is None:
            from app.ui.workspace import Workspace

            self.workspace = Workspace(self.ctx, self)
            self.workspace.message.connect(self.show_message)
            self.stack.addWidget(self.workspace)

    @property
    def is_locked(self) -> bool:
        return self.vault is None

    def lock(self) -> None:
        """Save what is typed, clear every screen, drop the key, show the unlock screen."""
        if self.vault is None:
            return
        self.idle.stop()
        if self.profile_dialog is not None:  # asked again at the next unlock, without a message
            self.profile_dialog.rejected.disconnect(self._profile_postponed)
            self.profile_dialog.reject()
        if self.contacts_dialog is not None:
            self.contacts_dialog.reject()  # names and fingerprints leave the screen with the key
        if self.workspace is not None:
            self.workspace.flush()
            self._return_to = self.workspace.location()
            self.workspace.clear()
        self.ctx.lock_generation()
        self.ctx.undo_stack.clear()
        self.ctx.clear_secret_clipboard()
        vault, self.vault = self.vault, None
        self.ctx.service = None
        self.ctx.forget_case()
        # The worker runs in order: the drafts flushed above are committed before the key goes.
        self.ctx.run(
            vault.lock, on_error=lambda exc: logger.warning("lock: %s", type(exc).__name__)
        )
        self._set_unlocked_actions(False)
        self.message_bar.hide()
        self.stack.setCurrentWidget(self.access)
        self.access.show_unlock()
        self.ctx.locked.emit()
        self._hold_actions_while_locked()

    # -- small actions -------------------------------------------------------------------------

    def _new_case(self) -> None:
        if self.workspace is not None:
            self.workspace.new_case()

    def _find(self) -> None:
        if self.workspace is not None:
            self.workspace.focus_search()

    def _show_cases(self) -> None:
        if self.workspace is not None:
            self.workspace.show_cases()

    def _show_deadlines(self) -> None:
        if self.workspace is not None:
            self.workspace.show_deadlines()

    def _preferences(self) -> None:
        if self.vault is None:
            return
        from app.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.idle.seconds, self, profile=self.ctx.profile)
        if dialog.exec() != PreferencesDialog.DialogCode.Accepted:
            return
        me = dialog.profile()
        if me != self.ctx.profile:
            self.store_profile(me)
        seconds = dialog.idle_seconds()
        self.idle.set_seconds(seconds)
        vault = self.vault
        self.ctx.run(vault.settings_set, IDLE_SETTING, int(seconds))
        pin = dialog.new_pin()
        if pin:
            from app.vault.pin import set_pin

            self.ctx.run(set_pin, vault, pin)  # a short PIN: a plain Danish message, nothing set
        dialog.save_ui_settings()

    def open_contacts(self) -> Any:
        """Kontakter: the address book (import a card, verify, revoke, export my card)."""
        if self.vault is None:
            return None
        from app.ui.contacts_dialog import ContactsDialog

        if self.contacts_dialog is None:
            dialog = ContactsDialog(self.ctx, self.vault, self)
            dialog.finished.connect(dialog.deleteLater)
            dialog.finished.connect(lambda _code: setattr(self, "contacts_dialog", None))
            self.contacts_dialog = dialog
        self.contacts_dialog.open()
        return self.contacts_dialog

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from app.diagnostics import version

        QMessageBox.about(
            self,
            self.tr("Om Stafet"),
            self.tr(
                "Stafet hjælper med at koordinere indsatsen for et barn efter modellen Bedre "
                "Tværfaglig Indsats: stafetlog, netværkskort, bekymringsskalaer og "
                "koordinationsmøder. Alt gemmes krypteret på denne computer."
            )
            + "\n\n"
            + self.tr("Version {version}").replace("{version}", version()),
        )

    def show_message(self, text: str) -> None:
        self.message_bar.setText(text)
        self.message_bar.show()
        self._message_timer.start(MESSAGE_MS)

    def _family_safe_changed(self, on: bool) -> None:
        self.banner.setVisible(on)
        if self.action_family_safe.isChecked() != on:
            blocked = self.action_family_safe.blockSignals(True)
            self.action_family_safe.setChecked(on)
            self.action_family_safe.blockSignals(blocked)
        self._apply_family_safe_actions()

    def _family_safe_toggled(self, on: bool) -> None:
        """On at once; off only with the passphrase or the PIN (the family may hold the mouse)."""
        if on or not self.ctx.family_safe:
            self.ctx.set_family_safe(on)
            return
        blocked = self.action_family_safe.blockSignals(True)
        self.action_family_safe.setChecked(True)
        self.action_family_safe.blockSignals(blocked)
        if self.vault is None:
            return
        from app.ui.family_safe_exit import LeaveFamilySafeDialog

        dialog = LeaveFamilySafeDialog(self.ctx, self.vault, self)
        dialog.accepted.connect(lambda: self.ctx.set_family_safe(False))
        dialog.finished.connect(dialog.deleteLater)
        self._leave_dialog = dialog
        dialog.open()

    # -- window state --------------------------------------------------------------------------

    def _restore_window_state(self) -> None:
        settings = ui_settings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self._fit_to_screen()
        state = settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def _fit_to_screen(self) -> None:
        """First start: a laptop screen (1366×768) gets the whole screen, a big one 1400×900."""
        screen = self.screen()
        if screen is None:
            self.resize(1100, 720)
            return
        free = screen.availableGeometry()
        if free.width() <= 1600 or free.height() <= 960:
            self.resize(free.size())
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        else:
            self.resize(1400, 900)

    def save_window_state(self) -> None:
        settings = ui_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        if self.workspace is not None:
            self.workspace.save_ui_state(settings)
        settings.sync()

    def meeting_in_progress(self) -> bool:
        """A coordination meeting is on screen (started, not finished)."""
        from app.ui.live.meeting_mode import MeetingMode

        return any(
            mode.isVisible() and mode.meeting() is not None and not mode.meeting().held
            for mode in self.findChildren(MeetingMode)
        )

    def _confirm_quit(self) -> bool:
        if self.vault is None or not self.meeting_in_progress():
            return True  # drafts autosave: nothing else is lost by quitting
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Afslut Stafet"))
        box.setText(
            self.tr(
                "Et koordinationsmøde er i gang. Det, der er skrevet, er gemt, men mødet er ikke "
                "afsluttet. Vil du afslutte Stafet alligevel?"
            )
        )
        quit_button = box.addButton(self.tr("&Afslut Stafet"), QMessageBox.ButtonRole.AcceptRole)
        stay = box.addButton(self.tr("&Bliv i mødet"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.exec()
        return box.clickedButton() is quit_button

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self._confirm_quit():
            event.ignore()
            return
        self.save_window_state()
        self.lock()
        try:
            self.ctx.wait_idle(timeout=15)
        except Exception:  # noqa: BLE001 - quitting must not hang on a stuck write
            logger.warning("the write worker did not finish before quitting")
        self.ctx.shutdown()
        event.accept()
