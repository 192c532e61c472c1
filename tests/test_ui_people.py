"""The profile and the address book in the GUI: first unlock, Indstillinger, Ny sag, Kontakter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from app.people import ContactBook, Profile, card_from_bytes, card_to_bytes, fingerprint, profile
from app.vault import Vault
from app.vault.core import NO_PROFILE_ACTOR
from tests.fixtures_ui import (
    GUI_ORGANISATION,
    GUI_PASSPHRASE,
    GUI_ROLE,
    GUI_USER,
    unlock_through_gui,
    wait_idle,
)
from tests.fixtures_vault import FAST_KDF
from tests.test_ui_accessibility import _buddies_named, _unnamed


def _cli_made_vault(gateway, memory_keyring) -> None:
    """A vault made on the command line (or by an older Stafet): no profile yet."""
    made, _ = Vault.create(
        gateway.directory, GUI_PASSPHRASE, kdf=FAST_KDF, device_secrets=memory_keyring
    )
    made.settings_set("user_name", "Olga J.")  # what an older create screen kept
    made.lock()


def test_first_unlock_without_a_profile_asks_and_stores_it(
    qtbot, main_window, gateway, memory_keyring
):
    _cli_made_vault(gateway, memory_keyring)
    window = main_window
    window.start()
    unlock_through_gui(qtbot, window)
    qtbot.waitUntil(lambda: window.profile_dialog is not None)
    dialog = window.profile_dialog
    assert dialog.isVisible()
    assert _unnamed(dialog) == [] and _buddies_named(dialog) == []
    fields = dialog.fields
    assert fields.name.text() == "Olga J."  # the old name is offered, to be corrected
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)  # OK, incomplete
    assert dialog.isVisible() and "stilling" in dialog.message.text()
    fields.name.clear()
    qtbot.keyClicks(fields.name, GUI_USER)
    qtbot.keyClicks(fields.role, GUI_ROLE)
    qtbot.keyClicks(fields.organisation, GUI_ORGANISATION)
    qtbot.keyClicks(fields.contact, "olga@example.invalid")
    dialog.accept()
    wait_idle(qtbot, window.ctx)
    me = Profile(GUI_USER, GUI_ROLE, GUI_ORGANISATION, "olga@example.invalid")
    assert profile(window.vault) == me and window.ctx.profile == me
    assert window.ctx.service.actor == GUI_USER
    last = list(window.vault.audit.entries())[-1]
    assert (last.actor, last.action) == (GUI_USER, "profile.set")
    window.lock()
    unlock_through_gui(qtbot, window)
    assert window.profile_dialog is None  # asked once: the profile is there now


def test_locking_closes_the_profile_question_and_the_next_unlock_asks_again(
    qtbot, main_window, gateway, memory_keyring
):
    _cli_made_vault(gateway, memory_keyring)
    window = main_window
    window.start()
    unlock_through_gui(qtbot, window)
    qtbot.waitUntil(lambda: window.profile_dialog is not None)
    dialog = window.profile_dialog
    qtbot.keyClicks(dialog.fields.role, GUI_ROLE)
    window.lock()
    assert not dialog.isVisible() and not window.message_bar.isVisible()
    unlock_through_gui(qtbot, window)
    qtbot.waitUntil(lambda: window.profile_dialog is not None)
    assert window.profile_dialog.fields.role.text() == ""  # nothing typed was kept


def test_without_a_profile_the_audit_names_nobody_and_new_case_has_no_guess(
    qtbot, main_window, gateway, memory_keyring, monkeypatch
):
    monkeypatch.setenv("LOGNAME", "root")
    monkeypatch.setenv("USER", "root")
    _cli_made_vault(gateway, memory_keyring)
    window = main_window
    window.start()
    unlock_through_gui(qtbot, window)
    qtbot.waitUntil(lambda: window.profile_dialog is not None)
    window.profile_dialog.reject()
    qtbot.waitUntil(lambda: window.profile_dialog is None)
    assert "Indstillinger" in window.message_bar.text()
    assert profile(window.vault) is None
    assert list(window.vault.audit.entries())[-1].actor == NO_PROFILE_ACTOR
    from app.ui.create_case import CreateCaseDialog

    dialog = CreateCaseDialog(window.ctx, window)
    assert dialog.creator.text() == "" and "root" not in dialog.creator.text()


def test_new_case_shows_the_profile_not_the_os_login(qtbot, unlocked_window, monkeypatch):
    from app.ui.create_case import CreateCaseDialog

    window = unlocked_window
    dialog = CreateCaseDialog(window.ctx, window)
    assert (dialog.creator.text(), dialog.role.text(), dialog.organisation.text()) == (
        GUI_USER,
        GUI_ROLE,
        GUI_ORGANISATION,
    )


def test_indstillinger_changes_the_profile(qtbot, unlocked_window, monkeypatch):
    from app.ui.preferences import PreferencesDialog

    window = unlocked_window
    seen = {}

    def answer(dialog):
        seen["named"] = _unnamed(dialog)
        fields = dialog.profile_fields
        assert fields.name.text() == GUI_USER  # the current profile is shown
        fields.role.clear()
        dialog.accept()  # refused: the role is missing
        seen["message"] = dialog.profile_message.text()
        qtbot.keyClicks(fields.role, "Leder")
        return PreferencesDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", answer)
    window.action_preferences.trigger()
    wait_idle(qtbot, window.ctx)
    assert seen["named"] == [] and "stilling" in seen["message"]
    assert profile(window.vault).role == "Leder" and window.ctx.profile.role == "Leder"


def _contacts(qtbot, window):
    window.action_contacts.trigger()
    dialog = window.contacts_dialog
    qtbot.waitUntil(dialog.isVisible)
    wait_idle(qtbot, window.ctx)
    return dialog


def test_contacts_import_shows_the_fingerprint_before_anything_is_written(
    qtbot, unlocked_window, arne_card, tmp_path, monkeypatch
):
    window = unlocked_window
    dialog = _contacts(qtbot, window)
    assert _unnamed(dialog) == [] and dialog.table.rowCount() == 0
    card_file = tmp_path / "arne.stafetkort"
    card_file.write_bytes(card_to_bytes(arne_card))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(card_file), ""))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window.ctx)
    assert dialog.pending_box.isVisible()
    assert dialog.pending_fingerprint.text() == fingerprint(arne_card)
    assert "Arne Prøvesen" in dialog.pending_who.text()
    assert ContactBook(window.vault).list() == []  # nothing written while the user compares
    qtbot.mouseClick(dialog.add_verified_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window.ctx)
    [arne] = ContactBook(window.vault).list()
    assert arne.verified and not dialog.pending_box.isVisible()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 3).text() == "kontrolleret"
    assert dialog.table.item(0, 4).text() == fingerprint(arne_card)
    monkeypatch.setattr(type(dialog), "confirm_revoke", lambda self, contact: True)
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window.ctx)
    assert ContactBook(window.vault).list()[0].revoked
    assert dialog.table.item(0, 3).text() == "spærret"


def test_a_junk_or_tampered_card_gets_a_danish_message_and_nothing_is_written(
    qtbot, unlocked_window, arne_card, tmp_path
):
    window = unlocked_window
    dialog = _contacts(qtbot, window)
    head = window.vault.audit.head()
    junk = tmp_path / "junk.stafetkort"
    junk.write_bytes(b"{\"format\": \"stafet-kontaktkort\"")
    tampered = tmp_path / "tampered.stafetkort"
    tampered.write_bytes(card_to_bytes(arne_card).replace(b"Arne Pr", b"Arno Pr"))
    for bad, words in ((junk, "ikke et Stafet-kontaktkort"), (tampered, "ændret")):
        dialog.read_card(str(bad))
        wait_idle(qtbot, window.ctx)
        assert words in dialog.message.text() and not dialog.pending_box.isVisible()
    assert ContactBook(window.vault).list() == [] and window.vault.audit.head() == head


def test_mit_kontaktkort_writes_my_card_and_shows_my_fingerprint(
    qtbot, unlocked_window, tmp_path, monkeypatch
):
    window = unlocked_window
    dialog = _contacts(qtbot, window)
    target = tmp_path / "mig.stafetkort"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window.ctx)
    card = card_from_bytes(target.read_bytes())
    assert (card.name, card.role, card.organisation) == (GUI_USER, GUI_ROLE, GUI_ORGANISATION)
    assert fingerprint(card) in dialog.info.text()
    window.lock()
    assert window.contacts_dialog is None or not window.contacts_dialog.isVisible()
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert not any(w.objectName() == "contactsDialog" for w in shown)


def test_the_signature_dialog_offers_the_profile(qtbot, unlocked_window):
    from app.ui.documents.identity_dialog import IdentityDialog

    window = unlocked_window
    dialog = IdentityDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    assert (dialog.name.text(), dialog.role.text(), dialog.organisation.text()) == (
        GUI_USER,
        GUI_ROLE,
        GUI_ORGANISATION,
    )
    wait_idle(qtbot, window.ctx)
