"""The first screens: create (with the recovery key shown once), unlock, wrong passphrases."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.vault import Vault
from tests.fixtures_ui import (
    GUI_ORGANISATION,
    GUI_PASSPHRASE,
    GUI_ROLE,
    GUI_USER,
    WAIT_MS,
    create_vault_through_gui,
    unlock_through_gui,
    wait_idle,
)


def test_create_shows_the_recovery_key_once_and_it_opens_the_vault(
    qtbot, main_window, gateway, memory_keyring
):
    window = main_window
    key = create_vault_through_gui(qtbot, window)
    assert len(key.replace("-", "")) >= 32
    assert window.access.recovery_form.key_label.text() == ""  # not left on screen
    from app.people import Profile, profile

    assert profile(window.vault) == Profile(GUI_USER, GUI_ROLE, GUI_ORGANISATION, "")
    assert window.ctx.service.actor == window.vault.actor == GUI_USER
    window.lock()
    wait_idle(qtbot, window.ctx)
    reopened = Vault.unlock_with_recovery_key(gateway.directory, key, device_secrets=memory_keyring)
    assert not reopened.is_locked
    reopened.lock()


def test_continue_needs_the_stored_tick(qtbot, main_window):
    access = main_window.access
    form = access.create_form
    qtbot.waitUntil(lambda: access.stack.currentWidget() is form)
    qtbot.keyClicks(form.user_name, GUI_USER)
    qtbot.keyClicks(form.profile_fields.role, GUI_ROLE)
    qtbot.keyClicks(form.profile_fields.organisation, GUI_ORGANISATION)
    qtbot.keyClicks(form.passphrase, GUI_PASSPHRASE)
    qtbot.keyClicks(form.repeat, GUI_PASSPHRASE)
    qtbot.mouseClick(form.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: access.stack.currentWidget() is access.recovery_form, timeout=WAIT_MS)
    assert not access.recovery_form.continue_button.isEnabled()
    qtbot.mouseClick(access.recovery_form.stored, Qt.MouseButton.LeftButton)
    assert access.recovery_form.continue_button.isEnabled()


def test_the_strength_hint_never_calls_strong_what_creating_refuses(qtbot, main_window):
    """Long but guessable passphrases (a repeated letter or word, a digit run) used to be called
    "Stærk" by length alone, and then refused by the vault's estimate when creating."""
    from app.vault.strength import minimum_score, score

    form = main_window.access.create_form
    for weak in ("a" * 30, "passwordpasswordpassword", "1234567812345678123456789"):
        form.passphrase.clear()
        qtbot.keyClicks(form.passphrase, weak)
        assert score(weak) < minimum_score(passphrase_only=False)
        assert form.strength.property("strength") == 1
        assert "fire almindelige ord" in form.strength.text()


def test_create_refuses_mismatched_or_short_passphrases(qtbot, main_window, gateway):
    access = main_window.access
    form = access.create_form
    qtbot.waitUntil(lambda: access.stack.currentWidget() is form)
    qtbot.keyClicks(form.user_name, GUI_USER)
    qtbot.keyClicks(form.profile_fields.role, GUI_ROLE)
    qtbot.keyClicks(form.profile_fields.organisation, GUI_ORGANISATION)
    qtbot.keyClicks(form.passphrase, "kort")
    assert form.strength.property("strength") == 0
    qtbot.mouseClick(form.create_button, Qt.MouseButton.LeftButton)
    assert form.message.isVisible() and "tegn" in form.message.text()
    form.passphrase.clear()
    qtbot.keyClicks(form.passphrase, GUI_PASSPHRASE)
    assert form.strength.property("strength") == 3
    qtbot.keyClicks(form.repeat, GUI_PASSPHRASE + "x")
    qtbot.mouseClick(form.create_button, Qt.MouseButton.LeftButton)
    assert "ikke ens" in form.message.text()
    wait_idle(qtbot, main_window.ctx)
    assert not gateway.exists()


def test_wrong_passphrase_is_calm_and_repeated_tries_must_wait(qtbot, main_window):
    window = main_window
    create_vault_through_gui(qtbot, window)
    window.lock()
    wait_idle(qtbot, window.ctx)
    form = window.access.unlock_form
    for attempt in range(3):
        qtbot.waitUntil(form.unlock_button.isEnabled, timeout=WAIT_MS)
        qtbot.keyClicks(form.passphrase, "forkert forkert forkert")
        qtbot.mouseClick(form.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: form.message.isVisible() and form.busy.isHidden(), timeout=WAIT_MS)
        assert "Forkert adgangsfrase" in form.message.text()
        assert form.passphrase.text() == ""
    # The third mistake in a row starts a wait: the button counts down instead of trying.
    assert not form.unlock_button.isEnabled()
    assert "Vent" in form.unlock_button.text()
    assert window.is_locked
    unlock_through_gui(qtbot, window)
    assert not window.is_locked


def test_passphrase_only_vault_says_so_in_the_dialog(qtbot, tmp_path, ui_settings_dir):
    from app.ui.main_window import MainWindow
    from app.ui.vault_gateway import VaultGateway
    from app.vault.device import DeviceSecrets
    from tests.fixtures_vault import FAST_KDF

    no_keyring = DeviceSecrets(None)
    gateway = VaultGateway(
        tmp_path / "boks",
        {"kdf": FAST_KDF, "device_secrets": no_keyring},
        {"device_secrets": no_keyring},
    )
    window = MainWindow(gateway)
    qtbot.addWidget(window)
    window.show()
    window.start()
    notice = window.access.create_form.notice
    qtbot.waitUntil(notice.isVisible, timeout=WAIT_MS)
    assert "kun" in notice.text() and "adgangsfrase" in notice.text()
    create_vault_through_gui(qtbot, window)
    window.lock()
    wait_idle(qtbot, window.ctx)
    assert window.access.unlock_form.notice.isVisible()
    window.close()


def test_the_key_derivation_runs_off_the_gui_thread(qtbot, main_window, monkeypatch):
    import threading

    import app.ui.vault_gateway as gw

    seen = []
    original = gw.VaultGateway.create

    def spy(self, passphrase):
        seen.append(threading.current_thread() is threading.main_thread())
        return original(self, passphrase)

    monkeypatch.setattr(gw.VaultGateway, "create", spy)
    create_vault_through_gui(qtbot, main_window)
    assert seen == [False]


def test_the_recovery_key_opens_the_vault_from_the_unlock_screen(qtbot, main_window):
    window = main_window
    key = create_vault_through_gui(qtbot, window)
    window.lock()
    wait_idle(qtbot, window.ctx)
    form = window.access.unlock_form
    form.use_recovery.click()
    assert form.passphrase.accessibleName() == "Gendannelsesnøgle"
    assert form.passphrase_label.text() == "&Gendannelsesnøgle:"
    qtbot.keyClicks(form.passphrase, key)
    qtbot.mouseClick(form.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_locked, timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)


def test_the_recovery_key_can_be_saved_to_a_file_of_the_users_choice(
    qtbot, main_window, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    access = main_window.access
    form = access.create_form
    qtbot.waitUntil(lambda: access.stack.currentWidget() is form)
    qtbot.keyClicks(form.user_name, GUI_USER)
    qtbot.keyClicks(form.profile_fields.role, GUI_ROLE)
    qtbot.keyClicks(form.profile_fields.organisation, GUI_ORGANISATION)
    qtbot.keyClicks(form.passphrase, GUI_PASSPHRASE)
    qtbot.keyClicks(form.repeat, GUI_PASSPHRASE)
    qtbot.mouseClick(form.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: access.stack.currentWidget() is access.recovery_form, timeout=WAIT_MS)
    target = tmp_path / "usb" / "noegle.txt"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(access.recovery_form.save_button, Qt.MouseButton.LeftButton)
    assert access.recovery_form.key_label.text() in target.read_text("utf-8")
    assert "USB" in access.recovery_form.message.text()
