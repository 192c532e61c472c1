"""Killing Stafet right after the autosave loses nothing typed: the draft is in the vault."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# The child builds a vault and a case, types into the stafetlog like a user and is then killed
# without any chance to clean up.
CHILD = r"""
import os, signal, sys
from pathlib import Path
import time
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
from app.domain import records as r
from app.models.service import CaseService
from app.ui.main_window import MainWindow
from app.ui.vault_gateway import VaultGateway
from app.vault import DeviceSecrets, KdfParams, Vault
kdf = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
none = DeviceSecrets(None)
vault, _ = Vault.create(sys.argv[1], "korrekt hest batteri", kdf=kdf, device_secrets=none)
child = r.Child(name="Hans Hansen", cpr="120320-4235")
case_id = CaseService(vault).create_case(child, r.Person(name="Olga Jensen"))
vault.lock()
app = QApplication([])
window = MainWindow(VaultGateway(Path(sys.argv[1]), {}, {"device_secrets": none}))
window.show()
window.start()
def settle(condition):
    while not condition():
        app.processEvents()
        time.sleep(0.005)  # lets the worker thread run
settle(lambda: window.access.stack.currentWidget() is window.access.unlock_form)
window.access.unlock_form.passphrase.setText("korrekt hest batteri")
window.access.unlock_form.unlock()
settle(lambda: window.workspace is not None and window.workspace.cases.model.rowCount() > 0)
window.workspace.open_case(case_id)
settle(lambda: window.ctx.case is not None and not window.ctx.busy)
editor = window.workspace.case_view.pages[0].sections[r.LogSection.DECISION]
QTest.keyClicks(editor.text, "Olga ringer til Lilly hver fredag kl. 10")
# The real event loop runs on its own (nothing calls a save); once the autosave has gone
# through, the process dies hard. The one-second promise itself is configuration and bench.
def kill_when_saved():
    if editor.has_pending_draft or window.ctx.busy:
        QTimer.singleShot(50, kill_when_saved)
    else:
        os.kill(os.getpid(), signal.SIGKILL)
QTimer.singleShot(50, kill_when_saved)
app.exec()
"""


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_text_typed_before_a_crash_is_in_the_vault(tmp_path):
    from app.models.service import CaseService
    from app.vault import DeviceSecrets, Vault

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "boks"), str(tmp_path / "settings")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr[-2000:]
    vault = Vault.unlock(
        tmp_path / "boks", "korrekt hest batteri", device_secrets=DeviceSecrets(None)
    )
    try:
        service = CaseService(vault)
        [summary] = service.list_cases()
        assert service.drafts(summary.id) == {
            "entry:decision": "Olga ringer til Lilly hver fredag kl. 10"
        }
    finally:
        vault.lock()
