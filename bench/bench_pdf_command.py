"""`stafet pdf --sign` as a whole command (process start, unlock, render, sign) on the 500-entry
case, beside LibreOffice converting the same text (SPEC §8: no slower than
`soffice --headless --convert-to pdf`). Prints one JSON line; LibreOffice is skipped, with a
note, when it is not installed.
"""

from __future__ import annotations

import html
import json
import os
import random
import shutil
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

import make_big_vault  # noqa: E402

RUNS = 3
PASSPHRASE = "benchmark frase med god laengde og flere ord"


def stafet(vault: Path, secret: Path, *args: str) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "app", "--vault", str(vault), "--passphrase-file", str(secret), *args],
        check=True,
        capture_output=True,
        env=env,
        cwd=ROOT,
    )
    return time.perf_counter() - started


def fodt(texts: list[str]) -> str:
    """A flat OpenDocument text with the same paragraphs as the stafetlog PDF."""
    body = "".join(f"<text:p>{html.escape(t)}</text:p>" for t in texts)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
        f"<office:body><office:text>{body}</office:text></office:body></office:document>"
    )


def main() -> int:
    from app.models.interchange import to_json
    from app.models.service import CaseService
    from app.vault import DeviceSecrets, KdfParams, Vault

    figures: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="stafet-pdf-command-") as name:
        tmp = Path(name)
        secret = tmp / "frase.txt"
        secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
        vault, _key = Vault.create(
            tmp / "boks", PASSPHRASE, kdf=KdfParams.production(), device_secrets=DeviceSecrets(None)
        )
        case = make_big_vault.make_case(random.Random(500), 1, True)
        case_id = CaseService(vault, actor="benchmark").import_case(to_json(case))
        vault.lock()
        figures["entries"] = len(case.entries)
        stafet(tmp / "boks", secret, "profile", "set", "--name", "Olga Jensen", "--role",
               "stuepædagog", "--organisation", "Børnehaven Solsikken")
        stafet(tmp / "boks", secret, "signing-identity", "create", "--name", "Olga Jensen",
               "--role", "stuepædagog", "--organisation", "Børnehaven Solsikken")
        out = tmp / "log.pdf"
        runs = [
            stafet(tmp / "boks", secret, "pdf", str(case_id), "--form", "stafetlog", "--sign",
                   "-o", str(out))
            for _ in range(RUNS)
        ]
        figures["stafet_pdf_sign_s_median"] = round(statistics.median(runs), 2)
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if soffice is None:
            figures["libreoffice"] = "not installed: comparison skipped (apt-get install libreoffice-writer)"
        else:
            document = tmp / "log.fodt"
            document.write_text(fodt([e.text for e in case.entries]), encoding="utf-8")
            profile = tmp / "lo-profile"
            times = []
            for _ in range(RUNS):
                started = time.perf_counter()
                subprocess.run(
                    [soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                     "--convert-to", "pdf", "--outdir", str(tmp), str(document)],
                    check=True, capture_output=True,
                )
                times.append(time.perf_counter() - started)
            figures["libreoffice_convert_s_median"] = round(statistics.median(times), 2)
            figures["over_budget"] = (
                ["stafet_pdf_sign_s_median"]
                if figures["stafet_pdf_sign_s_median"] > figures["libreoffice_convert_s_median"]
                else []
            )
    figures["load_average_1min"] = round(os.getloadavg()[0], 2)
    print(json.dumps(figures, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
