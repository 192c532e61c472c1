"""Issue 9 in the GUI: a vault that went backwards is refused on the unlock screen with the
restore path, and the create screen explains (and demands) a good passphrase."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.vault import Vault
from tests.fixtures_ui import (
    GUI_ORGANISATION,
    GUI_PASSPHRASE,
    GUI_ROLE,
    GUI_USER,
    WAIT_MS,
    create_vault_through_gui,
    wait_idle,
)


def test_an_older_vault_db_is_refused_on_the_unlock_screen_with_the_restore_path(
    qtbot, main_window, gateway, memory_keyring, tmp_path
):
    window = main_window
    create_vault_through_gui(qtbot, window)
    wait_idle(qtbot, window.ctx)
    window.lock()
    wait_idle(qtbot, window.ctx)
    db = gateway.directory / "vault.db"
    older = tmp_path / "older.db"
    shutil.copy2(db, older)
    with Vault.unlock(gateway.directory, GUI_PASSPHRASE, device_secrets=memory_keyring) as v:
        v.settings_set("kontor", "nyere")
        v.purge()
    for name in ("vault.db-wal", "vault.db-shm"):
        (gateway.directory / name).unlink(missing_ok=True)
    shutil.copy2(older, db)
    form = window.access.unlock_form
    qtbot.waitUntil(lambda: window.access.stack.currentWidget() is form)
    qtbot.waitUntil(form.unlock_button.isEnabled, timeout=WAIT_MS)
    qtbot.keyClicks(form.passphrase, GUI_PASSPHRASE)
    qtbot.mouseClick(form.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.message.isVisible() and form.busy.isHidden(), timeout=WAIT_MS)
    assert "stafet vault restore" in form.message.text()
    assert "sikkerhedskopi" in form.message.text()
    assert window.is_locked


def test_the_create_screen_gives_an_example_and_refuses_a_guessable_passphrase(
    qtbot, main_window, gateway
):
    access = main_window.access
    form = access.create_form
    qtbot.waitUntil(lambda: access.stack.currentWidget() is form)
    texts = " ".join(label.text() for label in form.findChildren(QLabel))
    assert "fire tilfældige ord" in texts and "kaktus lampe vandre november" in texts
    qtbot.keyClicks(form.user_name, GUI_USER)
    qtbot.keyClicks(form.profile_fields.role, GUI_ROLE)
    qtbot.keyClicks(form.profile_fields.organisation, GUI_ORGANISATION)
    qtbot.keyClicks(form.passphrase, "password1234")
    qtbot.keyClicks(form.repeat, "password1234")
    qtbot.mouseClick(form.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.message.isVisible() and form.busy.isHidden(), timeout=WAIT_MS)
    assert "for let at gætte" in form.message.text()
    wait_idle(qtbot, main_window.ctx)
    assert not gateway.exists()
