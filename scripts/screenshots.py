"""Screenshots of every main screen with the synthetic demo case (for the README and for review).

Run under a display (Xvfb) or offscreen:
    Xvfb :99 -screen 0 1366x768x24 &  DISPLAY=:99 .venv/bin/python scripts/screenshots.py OUT_DIR
    QT_SCALE_FACTOR=2 ... --suffix @2x for 200 % (Xvfb -screen 0 2732x1536x24), --lang en.
Only the demo family (Hans Hansen and the people around him) appears: it is synthetic.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASSPHRASE = "stafet-demo-skærmbilleder"


def settle(app, rounds: int = 30) -> None:  # noqa: ANN001
    import time

    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.01)


def wait(app, condition, timeout: float = 20.0) -> None:  # noqa: ANN001
    import time

    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("screen did not settle")
        app.processEvents()
        time.sleep(0.01)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", nargs="?", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--suffix", default="", help="added to every file name, e.g. @2x")
    parser.add_argument("--lang", default="da")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    import os

    os.environ["STAFET_LANG"] = args.lang
    tmp = Path(tempfile.mkdtemp(prefix="stafet-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")

    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "config"))
    from app.models.demo import install_demo
    from app.models.service import CaseService
    from app.ui.launch import create_application
    from app.ui.main_window import MainWindow
    from app.ui.vault_gateway import VaultGateway
    from app.vault import KdfParams, Vault
    from app.vault.device import DeviceSecrets

    no_keyring = DeviceSecrets(None)  # never touch the real keyring from a script
    kdf = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
    vault_dir = tmp / "vault"
    vault, _ = Vault.create(
        vault_dir, PASSPHRASE, kdf=kdf, device_secrets=no_keyring, actor="Olga Jensen"
    )
    vault.settings_set("user_name", "Olga Jensen")
    install_demo(CaseService(vault, actor="Olga Jensen"))
    vault.lock()

    app = create_application()
    gateway = VaultGateway(
        vault_dir, {"kdf": kdf, "device_secrets": no_keyring}, {"device_secrets": no_keyring}
    )
    window = MainWindow(gateway)  # sized to the screen, as on a first start
    window.show()
    window.start()
    settle(app)

    def shot(name: str, widget=None) -> None:  # noqa: ANN001
        settle(app)
        image = (widget or window).grab().toImage()
        # 8-bit palette PNGs: a quarter of the size, no visible loss on a flat UI.
        from PySide6.QtCore import Qt as _Qt
        from PySide6.QtGui import QImage

        image = image.convertToFormat(
            QImage.Format.Format_Indexed8, _Qt.ImageConversionFlag.ThresholdDither
        )
        image.save(str(out / f"{name}{args.suffix}.png"), "PNG", 9)

    shot("01-unlock")
    form = window.access.unlock_form
    form.passphrase.setText(PASSPHRASE)
    form.unlock()
    wait(
        app,
        lambda: (
            window.workspace is not None
            and not window.ctx.busy
            and window.workspace.cases.model.rowCount() > 0
        ),
    )
    shot("02-case-list")
    window.workspace.show_deadlines()
    wait(app, lambda: window.workspace.deadlines.model.rowCount() > 0 and not window.ctx.busy)
    shot("03-deadlines")
    window.workspace.show_cases()
    settle(app)
    cases = window.workspace.cases
    hans = next(
        cases.model.case_at(i).id
        for i in range(cases.model.rowCount())
        if cases.model.case_at(i).child_name == "Hans Hansen"
    )
    cases.select_case(hans)
    cases.open_selected()
    wait(app, lambda: window.ctx.case is not None and not window.ctx.busy)
    page = window.workspace.case_view.pages[0]
    shot("04-stafetlog-header")
    page.scroll.verticalScrollBar().setValue(page.baton.y())
    page.baton.offer_toggle.setChecked(True)
    shot("05-stafetlog-baton")
    page.baton.offer_toggle.setChecked(False)
    from app.domain import records as r

    editor = page.sections[r.LogSection.DECISION]
    settle(app)
    page.scroll.verticalScrollBar().setValue(editor.y() - 8)
    editor.text.setPlainText("Vi kontakter jer snarest, såfremt der er behov.")
    shot("06-stafetlog-sections")
    page.scroll.verticalScrollBar().setValue(page.actors.y())
    shot("07-stafetlog-actors")
    editor.text.clear()
    for index in range(1, window.workspace.case_view.tabs.count()):
        window.workspace.case_view.tabs.setCurrentIndex(index)
        shot(f"09-page-{index}")
    # The family-safe view (F12) on every page: only Hans's case, nothing internal.
    window.ctx.set_family_safe(True)
    page.scroll.verticalScrollBar().setValue(0)
    for index in range(window.workspace.case_view.tabs.count()):
        window.workspace.case_view.tabs.setCurrentIndex(index)
        shot(f"08-family-safe-page-{index}")
    window.workspace.case_view.tabs.setCurrentIndex(0)
    # Leaving it asks for the passphrase or the PIN.
    window.action_family_safe.trigger()
    settle(app)
    shot("08-family-safe-leave", window._leave_dialog)
    window._leave_dialog.secret.setText(PASSPHRASE)
    window._leave_dialog.check()
    wait(app, lambda: not window.ctx.family_safe and not window.ctx.busy)
    # Meeting mode: plan today's meeting and start it.
    from app.ui.live.meeting_page import MeetingPage

    views = window.workspace.case_view
    meetings = next(p for p in views.pages if isinstance(p, MeetingPage))
    views.set_current_page_index(views.pages.index(meetings))
    meetings.plan_new()
    wait(app, lambda: not window.ctx.busy)
    shot("12-meeting-plan")
    meetings.start_meeting()
    wait(app, lambda: meetings.stack.currentWidget() is meetings.mode and not window.ctx.busy)
    meetings.mode.go_to(2)
    shot("13-meeting-mode")
    meetings.mode.go_to(meetings.mode._points.index("6b"))
    shot("14-meeting-agreements")
    meetings.mode.flush()
    meetings.show_plan()
    wait(app, lambda: not window.ctx.busy)
    # Printing the family plan: Qt's print preview of the app's own PDF.
    window.documents.print_family_plan()
    wait(app, lambda: getattr(window.documents, "preview", None) is not None)
    preview = window.documents.preview
    preview.resize(window.size() * 0.9)
    settle(app, 60)
    shot("15-print-preview", preview)
    preview.reject()
    # The signature dialog: every field at its full height (it was squashed at 1366×768).
    identity = window.documents.open_identity()
    wait(app, lambda: not window.ctx.busy)
    settle(app, 30)
    shot("16-signature", identity)
    identity.reject()
    views.set_current_page_index(0)
    window.workspace.new_case()
    dialog = window.workspace._create_dialog
    settle(app)
    shot("10-new-case", dialog)
    dialog.reject()
    window.lock()
    wait(app, lambda: not window.ctx.busy)
    shot("11-locked")
    window.close()
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
