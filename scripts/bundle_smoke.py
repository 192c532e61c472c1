"""Smoke test of the desktop bundle, as a user's machine would run it.

Copies the bundle (default dist/Stafet) to a new folder whose name has a space and a Danish
letter, then runs it there with an empty environment: no venv, no source tree, no PYTHONPATH,
only a fresh HOME (so nothing touches the real one). It creates a vault, installs the demo,
writes every PDF, signs and verifies one, backs up and restores, checks the audit trail, and
starts the GUI offscreen to the unlock window. Exits non-zero on the first failure.

    python scripts/bundle_smoke.py [dist/Stafet]
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE = ".exe" if sys.platform == "win32" else ""
PASSPHRASE = "røgprøve af det flyttede bundt"
FORMS = (
    "stafetlog",
    "network-map",
    "scales",
    "invitation",
    "minutes",
    "family-plan",
    "consent",
    "notification",
    "observation",
    "insight",
)


class SmokeFailure(Exception):
    pass


def empty_environment(home: Path, **extra: str) -> dict[str, str]:
    env = {"HOME": str(home), **extra}
    if sys.platform == "win32":  # Windows cannot start a process without these two
        for name in ("SYSTEMROOT", "SYSTEMDRIVE"):
            if name in os.environ:
                env[name] = os.environ[name]
        env["APPDATA"] = str(home / "AppData" / "Roaming")
        env["LOCALAPPDATA"] = str(home / "AppData" / "Local")
        env["USERPROFILE"] = str(home)
    return env


class Bundle:
    def __init__(self, folder: Path, work: Path) -> None:
        self.folder = folder
        self.work = work
        self.home = work / "home"
        self.home.mkdir()
        self.vault = work / "boks"
        self.passfile = work / "frase.txt"
        self.passfile.write_text(PASSPHRASE + "\n", encoding="utf-8")

    def run(
        self, *args: str, program: str = "stafet", expect: int = 0, vault: Path | None = None,
        env: dict[str, str] | None = None, no_vault: bool = False,
    ) -> str:
        exe = self.folder / (program + EXE)
        base = [str(exe)]
        if program == "stafet" and not no_vault:
            base += ["--vault", str(vault or self.vault), "--passphrase-file", str(self.passfile)]
        proc = subprocess.run(
            [*base, *args],
            cwd=self.work,
            env=env or empty_environment(self.home),
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=300,
        )
        if proc.returncode != expect:
            raise SmokeFailure(
                f"{program} {' '.join(args)}: exit {proc.returncode}, wanted {expect}\n"
                f"{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}"
            )
        return proc.stdout


def check_pdf(path: Path) -> None:
    data = path.read_bytes() if path.exists() else b""
    if not data.startswith(b"%PDF-") or len(data) < 1000:
        raise SmokeFailure(f"{path.name} is not a PDF")


def smoke(source: Path) -> dict[str, object]:
    steps: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="stafet-smoke-") as name:
        work = Path(name)
        moved = work / "Flyttet Stafet æøå"
        started = time.perf_counter()
        shutil.copytree(source, moved, symlinks=True)
        steps["copy_s"] = time.perf_counter() - started
        b = Bundle(moved, work)

        def step(label: str, *args: str, **kwargs: object) -> str:
            t0 = time.perf_counter()
            out = b.run(*args, **kwargs)  # type: ignore[arg-type]
            steps[label] = round(time.perf_counter() - t0, 3)
            return out

        version = step("version", "--version", no_vault=True).strip()
        if not version.startswith("stafet "):
            raise SmokeFailure(f"--version printed {version!r}")
        about = step("about", "about", no_vault=True)
        if str(b.home) not in about:
            raise SmokeFailure("`stafet about` does not show the folders under HOME")
        step("vault_init", "vault", "init")
        demo = step("demo", "demo")
        if "Hans Hansen" not in demo:
            raise SmokeFailure("the demo did not install Hans Hansen's case")
        listed = step("case_list", "case", "list")
        step("deadlines", "deadlines")
        for form in FORMS:
            out = work / f"{form}.pdf"
            step(f"pdf_{form}", "pdf", "1", "--form", form, "-o", str(out))
            check_pdf(out)
        step(
            "identity", "signing-identity", "create", "--name", "Arne Andersen",
            "--role", "sagsbehandler", "--organisation", "Eksempel Kommune",
        )
        signed = work / "underskrevet.pdf"
        step("pdf_signed", "pdf", "1", "--form", "family-plan", "--sign", "-o", str(signed))
        check_pdf(signed)
        verified = step("verify", "verify", str(signed))
        if "i orden" not in verified:
            raise SmokeFailure(f"verify did not accept the signature: {verified}")
        tampered = work / "ændret.pdf"
        tampered.write_bytes(signed.read_bytes() + b"\n%ekstra\n")
        step("verify_tampered", "verify", str(tampered), expect=1)
        step("audit_verify", "audit", "verify")
        backup = work / "kopi.stafetbackup"
        step("backup", "vault", "backup", str(backup))
        restored = work / "gendannet"
        step("restore", "vault", "restore", str(backup), vault=restored)
        if step("case_list_restored", "case", "list", vault=restored) != listed:
            raise SmokeFailure("the restored vault lists other cases than the original")
        step("missing_vault", "case", "list", vault=work / "ingen", expect=2)
        gui_env = empty_environment(b.home, QT_QPA_PLATFORM="offscreen")
        shown = step(
            "gui_to_unlock_window", "--vault", str(b.vault), "--quit-when-shown",
            program="stafet-gui", env=gui_env,
        )
        # A windowed Windows program may have no stdout; its exit code (0) said it then.
        if shown.strip() != "shown unlock" and not (sys.platform == "win32" and not shown):
            raise SmokeFailure(f"the GUI did not show the unlock window: {shown!r}")
        log = b.home / ".local" / "state" / "Stafet" / "log" / "stafet.log"
        if sys.platform.startswith("linux") and not log.exists():
            raise SmokeFailure("no log file was written")
    return {"bundle": str(source), "version": version, "steps_s": steps}


SERVER_PARTS = ("starlette", "uvicorn", "psycopg", "psycopg_binary")


def check_no_server_parts(bundle: Path) -> None:
    """The relay server (app/server, the `server` extra) belongs on IT's machine, not here."""
    names = {p.name for p in bundle.rglob("*")}
    found = sorted(n for n in names if n in SERVER_PARTS or n.startswith("psycopg"))
    found += [m for m in bundled_modules(bundle / ("stafet" + EXE)) if _is_server_module(m)]
    if found:
        raise SmokeFailure(f"server parts in the desktop bundle: {sorted(set(found))[:5]}")


def _is_server_module(name: str) -> bool:
    return name == "app.server" or name.startswith("app.server.") or (
        name.split(".")[0] in SERVER_PARTS
    )


def bundled_modules(exe: Path) -> list[str]:
    """The Python modules inside the executable's PYZ archive (PyInstaller's own reader; the
    smoke runs from the build environment, which has PyInstaller)."""
    try:
        from PyInstaller.archive.readers import CArchiveReader
    except ImportError:
        return []
    archive = CArchiveReader(str(exe))
    pyz = next((name for name in archive.toc if name.endswith(".pyz")), None)
    if pyz is None:
        return []
    return list(archive.open_embedded_archive(pyz).toc)


def main() -> int:
    source = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "dist" / "Stafet").resolve()
    if not (source / ("stafet" + EXE)).exists():
        print(f"bundle_smoke: no bundle in {source}; run `make bundle` first", file=sys.stderr)
        return 2
    try:
        check_no_server_parts(source)
        result = smoke(source)
    except SmokeFailure as failure:
        print(f"bundle_smoke: FAILED: {failure}", file=sys.stderr)
        return 1
    print(json.dumps(result, ensure_ascii=False))
    print("bundle_smoke: the moved bundle works", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
