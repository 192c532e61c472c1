"""Fixtures for the GUI tests: a real vault in tmp (fast KDF, in-memory keyring), the window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fixtures_vault import FAST_KDF

GUI_PASSPHRASE = "solsikke kaffe cykel regnvejr"
# Waits are generous (a loaded CI machine is slow); the speed promises are checked as
# configuration here and measured by bench/bench_gui.py, never timed inside a test.
WAIT_MS = 60_000
GUI_USER = "Olga Jensen"
GUI_ROLE = "Stuepædagog"
GUI_ORGANISATION = "Børnehaven Solsikken"


@pytest.fixture
def ui_settings_dir(tmp_path: Path) -> Path:
    """QSettings caches its folder per process: point it at this test's tmp dir explicitly."""
    from PySide6.QtCore import QSettings

    folder = tmp_path / "qsettings"
    folder.mkdir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def gateway(tmp_path: Path, memory_keyring):  # noqa: ANN001, ANN201
    from app.ui.vault_gateway import VaultGateway

    return VaultGateway(
        tmp_path / "gui-boks",
        create_options={"kdf": FAST_KDF, "device_secrets": memory_keyring},
        unlock_options={"device_secrets": memory_keyring},
    )


@pytest.fixture
def main_window(qtbot, gateway, ui_settings_dir, monkeypatch) -> Iterator:  # noqa: ANN001
    """The main window on an empty vault folder (so it shows the create screen)."""
    from app.ui.main_window import MainWindow

    wait_until = qtbot.waitUntil
    def generous(callback, *, timeout=WAIT_MS):  # noqa: ANN001, ANN202
        return wait_until(callback, timeout=WAIT_MS)

    monkeypatch.setattr(qtbot, "waitUntil", generous)

    window = MainWindow(gateway)
    qtbot.addWidget(window)
    window.show()
    window.start()
    yield window
    if not window.is_locked or window.ctx.busy:
        window.close()
    else:
        window.ctx.shutdown()


def wait_idle(qtbot, ctx) -> None:  # noqa: ANN001
    """Until every queued vault call has run and its result reached the GUI thread."""
    qtbot.waitUntil(lambda: not ctx.busy, timeout=WAIT_MS)


def create_vault_through_gui(
    qtbot, window, user: str = GUI_USER, passphrase: str = GUI_PASSPHRASE
) -> str:  # noqa: ANN001
    """Type a new vault into the create screen, tick the recovery key as stored; returns the key."""
    from PySide6.QtCore import Qt

    access = window.access
    qtbot.waitUntil(lambda: access.stack.currentWidget() is access.create_form)
    form = access.create_form
    qtbot.keyClicks(form.user_name, user)
    qtbot.keyClicks(form.profile_fields.role, GUI_ROLE)  # the create screen asks who you are
    qtbot.keyClicks(form.profile_fields.organisation, GUI_ORGANISATION)
    qtbot.keyClicks(form.passphrase, passphrase)
    qtbot.keyClicks(form.repeat, passphrase)
    qtbot.mouseClick(form.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: access.stack.currentWidget() is access.recovery_form, timeout=WAIT_MS)
    key = access.recovery_form.key_label.text()
    access.recovery_form.stored.setChecked(True)
    qtbot.mouseClick(access.recovery_form.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.workspace is not None and window.stack.currentWidget() is window.workspace,
        timeout=WAIT_MS,
    )
    wait_idle(qtbot, window.ctx)
    return key


def unlock_through_gui(qtbot, window, passphrase: str = GUI_PASSPHRASE) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt

    form = window.access.unlock_form
    qtbot.waitUntil(lambda: window.access.stack.currentWidget() is form)
    qtbot.waitUntil(form.passphrase.isEnabled, timeout=WAIT_MS)
    qtbot.keyClicks(form.passphrase, passphrase)
    qtbot.mouseClick(form.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: not window.is_locked and window.stack.currentWidget() is window.workspace,
        timeout=WAIT_MS,
    )
    wait_idle(qtbot, window.ctx)


@pytest.fixture
def unlocked_window(qtbot, main_window):  # noqa: ANN001, ANN201
    create_vault_through_gui(qtbot, main_window)
    return main_window


def create_case_through_gui(
    qtbot, window, name: str = "Hans Hansen", cpr: str = "120320-4235"
) -> int:  # noqa: ANN001
    """Fill in the new-case dialog with the keyboard and mouse; returns the new case id."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from app.ui.create_case import CreateCaseDialog

    window.action_new_case.trigger()
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, CreateCaseDialog) and w.isVisible()
            for w in QApplication.topLevelWidgets()
        )
    )
    dialog = next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, CreateCaseDialog) and w.isVisible()
    )
    qtbot.keyClicks(dialog.child_name, name)
    if cpr:
        qtbot.keyClicks(dialog.cpr, cpr)
    qtbot.keyClicks(dialog.first.name, "Lilly Hansen")
    qtbot.keyClicks(dialog.second.name, "Ib Hansen")
    qtbot.keyClicks(dialog.organisation, "Børnehaven Solsikken")
    qtbot.keyClicks(dialog.role, "stuepædagog")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.ctx.case is not None and window.ctx.case.child.name == name, timeout=WAIT_MS
    )
    wait_idle(qtbot, window.ctx)
    return int(window.ctx.current_case_id)
