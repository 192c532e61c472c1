"""Screenshots of the handover between two laptops (send, refusal, preview, answer, read-only).

Run offscreen or under Xvfb, like scripts/screenshots.py:
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_handover.py [OUT_DIR]
Only synthetic people appear (Hans Hansen's demo family, Kirsten, Arne and Bente).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

PASSPHRASE = "stafet-demo-skærmbilleder"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", nargs="?", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="stafet-handover-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    os.environ["STAFET_LANG"] = "da"

    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "config"))
    from screenshots import settle, wait

    from app.domain import records as r
    from app.handover.service import Handover
    from app.models.service import CaseService
    from app.people import (
        ContactBook,
        Profile,
        card_from_bytes,
        card_to_bytes,
        my_card,
        set_profile,
    )
    from app.ui.handover import ReceivePreview
    from app.ui.launch import create_application
    from app.ui.main_window import MainWindow
    from app.ui.vault_gateway import VaultGateway
    from app.vault import KdfParams, Vault
    from app.vault.device import DeviceSecrets

    no_keyring = DeviceSecrets(None)  # never touch the real keyring from a script
    kdf = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
    people = {
        "kirsten": ("Kirsten Petersen", "leder", "Familiehuset"),
        "arne": ("Arne Andersen", "sagsbehandler", "Børn og Familie"),
        "bente": ("Bente Bruun", "lærer", "Solsikkeskolen"),
    }
    vaults = {}
    for key, (name, role, org) in people.items():
        vault, _ = Vault.create(
            tmp / key, PASSPHRASE, kdf=kdf, device_secrets=no_keyring, actor=name
        )
        set_profile(vault, Profile(name=name, role=role, organisation=org, contact=""))
        vaults[key] = vault
    for key, vault in vaults.items():
        book = ContactBook(vault)
        for other, theirs in vaults.items():
            if other != key:
                card = card_from_bytes(card_to_bytes(my_card(theirs)))
                book.mark_verified(book.add(card).id)
    today = date.today()
    kirsten = vaults["kirsten"]
    k_svc = CaseService(kirsten, actor="Kirsten Petersen")
    holder = r.Person(name="Kirsten Petersen", organisation="Familiehuset", role="leder")
    case_id = k_svc.create_case(
        r.Child(name="Hans Hansen", cpr="120320-4235"),
        holder,
        custodians=[r.Custodian(name="Lilly Hansen", relation="mor")],
        created_on=today - timedelta(days=40),
    )
    k_svc.add_entry(
        case_id,
        r.LogEntry(
            section=r.LogSection.CONCERN_AROSE,
            entry_date=today - timedelta(days=30),
            text="Hans er stille om morgenen og vil ikke slippe mor.",
            author="Kirsten Petersen",
        ),
    )
    signed = today - timedelta(days=10)
    k_svc.save_consent(
        case_id,
        r.Consent(
            purpose="Overgangen fra børnehave til skole",
            signed_on=signed,
            valid_until=signed + timedelta(days=300),
            givers=[r.ConsentGiver(name="Lilly Hansen", relation="mor", signed_on=signed)],
            parties=[r.ConsentParty(kind=r.PartyKind.CHILDREN_CASEWORKER, name="Arne Andersen")],
        ),
    )
    bundle_path = tmp / "til-arne.stafet"
    for vault in vaults.values():
        vault.lock()

    app = create_application()

    def window_for(key: str) -> MainWindow:
        gateway = VaultGateway(
            tmp / key, {"kdf": kdf, "device_secrets": no_keyring}, {"device_secrets": no_keyring}
        )
        window = MainWindow(gateway)
        window.resize(1280, 860)
        window.show()
        window.start()
        form = window.access.unlock_form
        wait(
            app, lambda: window.access.stack.currentWidget() is form and form.passphrase.isEnabled()
        )
        form.passphrase.setText(PASSPHRASE)
        form.unlock_button.click()
        wait(app, lambda: window.workspace is not None and not window.ctx.busy, 60)
        return window

    def idle(window: MainWindow) -> None:
        wait(app, lambda: not window.ctx.busy, 60)
        settle(app)

    def open_case(window: MainWindow, cid: int) -> object:
        window.workspace.open_case(cid)
        wait(app, lambda: window.ctx.case is not None, 60)
        idle(window)
        page = window.workspace.case_view.pages[0]
        page.scroll.ensureWidgetVisible(page.baton)
        settle(app)
        return page

    # Kirsten: the send dialog, a refusal, then the offer.
    window = window_for("kirsten")
    page = open_case(window, case_id)
    dialog = page.send_handover()
    wait(app, lambda: dialog.contact.count() == 2)
    index = next(i for i in range(2) if "Bente" in dialog.contact.itemText(i))
    dialog.contact.setCurrentIndex(index)
    dialog.path.setText(str(tmp / "til-bente.stafet"))
    dialog.send_button.click()
    idle(window)
    dialog.grab().save(str(out / "handover_send_refused.png"))
    dialog.contact.setCurrentIndex(1 - index)
    dialog.path.setText(str(bundle_path))
    dialog.message.clear()
    dialog.consent_button.hide()
    dialog.adjustSize()
    settle(app)
    dialog.grab().save(str(out / "handover_send.png"))
    dialog.send_button.click()
    idle(window)
    window.lock()
    idle(window)
    window.close()

    # Arne: the preview, then the answer in the baton section.
    window = window_for("arne")
    window.handover.open_file(bundle_path)
    wait(app, lambda: isinstance(window.handover.preview, ReceivePreview), 60)
    settle(app)
    window.handover.preview.grab().save(str(out / "handover_receive_preview.png"))
    window.handover.preview.accept()
    wait(app, lambda: window.ctx.case is not None, 60)
    idle(window)
    page = window.workspace.case_view.pages[0]
    wait(app, lambda: page.baton.incoming_box.isVisible(), 60)
    page.scroll.ensureWidgetVisible(page.baton)
    settle(app)
    page.baton.grab().save(str(out / "handover_answer.png"))
    a_vault = window.vault
    handover = Handover(a_vault, window.ctx.service)
    window.ctx.run(handover.accept, window.ctx.current_case_id, tmp / "kvittering.stafet")
    idle(window)
    window.lock()
    idle(window)
    window.close()

    # Kirsten again: the receipt makes her copy read-only.
    window = window_for("kirsten")
    window.handover.open_file(tmp / "kvittering.stafet")
    wait(app, lambda: isinstance(window.handover.preview, ReceivePreview), 60)
    window.handover.preview.accept()
    idle(window)
    page = open_case(window, case_id)
    wait(app, lambda: page.baton.read_only_note.isVisible(), 60)
    page.scroll.ensureWidgetVisible(page.baton)
    settle(app)
    page.baton.grab().save(str(out / "handover_read_only.png"))
    window.lock()
    idle(window)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
