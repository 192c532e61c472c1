"""Benchmark launch to the unlock window: a fresh `python` process, the same steps as
`stafet` without a sub-command (app.ui.launch.run_gui), until the event loop has shown the
window once. Offscreen Qt; settings and data in a temporary home. Prints one JSON line.

Budget (SPEC §8): ≤ 1.0 s median.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 7

# Mirrors run_gui(): create_application, MainWindow on the vault gateway, show, start; then
# quits from the first turn of the event loop (after the window's expose and paint events).
CHILD = """
import sys
from pathlib import Path
from app.vault.hardening import harden_process
harden_process()
from app.ui.launch import create_application
from app.ui.main_window import MainWindow
from app.ui.vault_gateway import VaultGateway
from PySide6.QtCore import QTimer
app = create_application()
window = MainWindow(VaultGateway(Path(sys.argv[1])))
window.show()
window.start()
def shown():
    print("shown", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def launch_once(vault_dir: Path, home: Path) -> float:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(vault_dir)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    _, err = proc.communicate()
    if line.strip() != "shown":
        raise RuntimeError(f"window did not show: {err.strip().splitlines()[-1:]}")
    return elapsed


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from app.vault import DeviceSecrets, KdfParams, Vault

    with tempfile.TemporaryDirectory(prefix="stafet-launch-") as name:
        tmp = Path(name)
        vault_dir = tmp / "boks"
        # The unlock window of an existing vault is what users see; the KDF does not matter here.
        Vault.create(
            vault_dir,
            "benchmark frase med god længde",
            kdf=KdfParams(time_cost=1, memory_kib=1024, parallelism=1),
            device_secrets=DeviceSecrets(None),
        )[0].lock()
        launch_once(vault_dir, tmp)  # warm the OS file cache like a second start of the day
        times = [launch_once(vault_dir, tmp) for _ in range(RUNS)]
    print(
        json.dumps(
            {
                "launch_to_unlock_window_s_median": round(statistics.median(times), 3),
                "launch_to_unlock_window_s_max": round(max(times), 3),
                "runs": RUNS,
                "load_average_1min": round(os.getloadavg()[0], 2),
                "budget_s": 1.0,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
