"""GUI benchmark: launch to the unlock window, unlock to the case list, opening the largest case,
and how long the event loop stalls while drafts autosave during typing. Prints one JSON line.

Uses the 5,000-case benchmark vault from bench/make_big_vault.py (built once, then reused; its
largest cases have 500 log entries, 50 assessments and 20 meetings). Offscreen Qt by default.
Figures are measurements on this machine, not assertions.
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

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RUNS = 5


def ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def wait(app, condition, timeout: float = 60.0) -> None:  # noqa: ANN001
    end = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > end:
            raise TimeoutError("the GUI did not get there in time")
        app.processEvents()
        time.sleep(0.0005)


# `stafet-gui` (app.ui.launch:main): the GUI entry point, straight to the window.
GUI_CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import app.ui.main_window as mw
_show = mw.MainWindow.show
def show(self):
    _show(self)
    QTimer.singleShot(0, lambda: (print("shown", flush=True), QApplication.instance().quit()))
mw.MainWindow.show = show
from app.ui.launch import main
sys.argv = ["stafet-gui", "--vault", sys.argv[1]]
main()
"""
# The whole `stafet` command (python -m app): argument parsing and process hardening first.
CLI_CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import app.ui.main_window as mw
_show = mw.MainWindow.show
def show(self):
    _show(self)
    QTimer.singleShot(0, lambda: (print("shown", flush=True), QApplication.instance().quit()))
mw.MainWindow.show = show
from app.cli import main
main(["--vault", sys.argv[1]])
"""


def launch_once(child: str, vault_dir: Path, home: Path) -> float:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "HOME": str(home),
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", child, str(vault_dir)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    line = proc.stdout.readline() if proc.stdout else ""
    elapsed = time.perf_counter() - started
    _out, err = proc.communicate()
    if line.strip() != "shown":
        raise RuntimeError(f"window did not show: {err.strip().splitlines()[-1:]}")
    return elapsed


def bench_launch() -> dict[str, float]:
    from app.vault import DeviceSecrets, KdfParams, Vault

    figures = {}
    with tempfile.TemporaryDirectory(prefix="stafet-gui-launch-") as name:
        tmp = Path(name)
        Vault.create(
            tmp / "boks",
            "benchmark frase med god længde",
            kdf=KdfParams(time_cost=1, memory_kib=1024, parallelism=1),
            device_secrets=DeviceSecrets(None),
        )[0].lock()
        for key, child in (("gui", GUI_CHILD), ("stafet_command", CLI_CHILD)):
            launch_once(child, tmp / "boks", tmp)  # warm the file cache: a second start of the day
            times = [launch_once(child, tmp / "boks", tmp) for _ in range(RUNS)]
            figures[f"launch_to_unlock_window_{key}_s_median"] = round(statistics.median(times), 3)
            figures[f"launch_to_unlock_window_{key}_s_max"] = round(max(times), 3)
    return figures


def main() -> int:
    figures: dict[str, object] = {}
    figures.update(bench_launch())

    import make_big_vault

    # Its own copy: other benchmarks may rebuild the shared one with other sizes meanwhile.
    vault_dir = Path(
        os.environ.get(
            "STAFET_GUI_BENCH_VAULT", Path(tempfile.gettempdir()) / "stafet-gui-bench-5000"
        )
    )
    made = make_big_vault.build(vault_dir, 5000, 5)
    figures["vault_cases"] = made["cases"]

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtTest import QTest

    tmp = Path(tempfile.mkdtemp(prefix="stafet-gui-bench-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp))
    from app.domain import records as r
    from app.ui.launch import create_application
    from app.ui.main_window import MainWindow
    from app.ui.vault_gateway import VaultGateway
    from app.vault import DeviceSecrets

    app = create_application()
    gateway = VaultGateway(vault_dir, unlock_options={"device_secrets": DeviceSecrets(None)})
    window = MainWindow(gateway)
    window.resize(1280, 720)
    window.show()
    window.start()
    wait(app, lambda: not window.ctx.busy)

    # Unlock (production Argon2id) to a filled case list: what the user waits for each morning.
    unlock_times = []
    for _ in range(3):
        form = window.access.unlock_form
        wait(app, lambda: form.unlock_button.isEnabled())
        form.passphrase.setText(make_big_vault.PASSPHRASE)
        started = time.perf_counter()
        form.unlock()
        wait(
            app,
            lambda: (
                window.workspace is not None
                and not window.is_locked
                and window.workspace.cases.model.rowCount() > 0
                and not window.ctx.busy
            ),
        )
        unlock_times.append(time.perf_counter() - started)
        window.lock()
        wait(app, lambda: not window.ctx.busy)
    figures["unlock_to_case_list_ms_median"] = ms(statistics.median(unlock_times))
    form = window.access.unlock_form
    form.passphrase.setText(make_big_vault.PASSPHRASE)
    form.unlock()
    wait(
        app,
        lambda: (
            not window.is_locked
            and window.workspace.cases.model.rowCount() > 0
            and not window.ctx.busy
        ),
    )

    # Opening the largest case: load on the worker, then every page shows it on the GUI thread.
    workspace = window.workspace
    big_id = 1
    open_times, shown_times, render_times = [], [], []
    shown_at: list[float] = []
    window.ctx.case_changed.connect(lambda _case: shown_at.append(time.perf_counter()))
    for _ in range(RUNS):
        window.ctx.forget_case()
        workspace.show_cases()
        app.processEvents()
        started = time.perf_counter()
        workspace.open_case(big_id)
        wait(app, lambda: window.ctx.case is not None and not window.ctx.busy)
        app.processEvents()
        open_times.append(time.perf_counter() - started)
        shown_times.append(shown_at[-1] - started)  # the case is on screen (drafts still loading)
        started = time.perf_counter()
        workspace.case_view.show_case(window.ctx.case)
        render_times.append(time.perf_counter() - started)
    case = window.ctx.case
    figures["largest_case"] = {
        "entries": len(case.entries),
        "assessments": len(case.assessments),
        "meetings": len(case.meetings),
    }
    figures["open_largest_case_shown_ms_median"] = ms(statistics.median(shown_times))
    figures["open_largest_case_all_done_ms_median"] = ms(statistics.median(open_times))
    figures["render_largest_case_gui_thread_ms_median"] = ms(statistics.median(render_times))

    # Typing with autosave: a heartbeat timer shows how long the event loop is ever blocked.
    editor = workspace.case_view.pages[0].sections[r.LogSection.NOTE]
    editor.text.setFocus()
    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(2)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    saves = []
    window.ctx.busy_changed.connect(lambda on: on and saves.append(time.perf_counter()))
    text = "Lilly og Olga taler om, hvordan Hans har det hjemme og i børnehaven. " * 2
    heartbeat.start()
    typing_started = time.perf_counter()
    for char in text:
        QTest.keyClicks(editor.text, char)
        end = time.perf_counter() + 0.06  # about 16 characters a second
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.001)
    typing_s = time.perf_counter() - typing_started
    wait(app, lambda: not window.ctx.busy and not editor.has_pending_draft)
    heartbeat.stop()
    gaps = [b - a for a, b in zip(beats, beats[1:], strict=False)]
    figures["typing"] = {
        "seconds": round(typing_s, 1),
        "draft_saves": len(saves),
        "event_loop_gap_ms_max": ms(max(gaps)),
        "event_loop_gap_ms_p99": ms(percentile(gaps, 0.99)),
        "event_loop_gap_ms_median": ms(statistics.median(gaps)),
    }
    window.close()
    figures["budgets"] = {"launch_s": 1.0, "open_case_ms": 150, "unlock_s": "0.3-1.0"}
    figures["load_average_1min"] = round(os.getloadavg()[0], 2)
    print(json.dumps(figures, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
