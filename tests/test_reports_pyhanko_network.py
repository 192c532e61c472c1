"""pyHanko's aiohttp clients load only when a timestamp server or a fetcher is used (issue 14):
`stafet pdf --sign` without a timestamp server never imports aiohttp, and with one it still
reaches the server through pyHanko's own client."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


def test_signing_without_a_timestamp_server_never_loads_the_network_client() -> None:
    out = _run(
        """
        import sys
        from datetime import date
        from app.reports.catalog import Form, build_document
        from app.reports.common import BuildOptions
        from app.reports.identity import create_local_identity
        from app.reports.signing import sign_pdf
        from app.reports.template import SignaturePlace
        from app.reports.verify import verify_pdf
        from tests.fixtures_reports import hansen_case

        class Secrets(dict):  # the vault's secret store, in memory
            put_secret = dict.__setitem__
            get_secret = dict.get

        me = create_local_identity(Secrets(), name="Kirsten Petersen", role="leder")
        place = SignaturePlace()
        options = BuildOptions(printed_on=date(2008, 1, 20), author="Kirsten Petersen")
        pdf = build_document(hansen_case(), Form.CONSENT, options).to_pdf(signature=place)
        verdict = verify_pdf(sign_pdf(pdf, me, place))
        print(verdict.unchanged, "aiohttp" in sys.modules)
        """
    )
    assert out == "True False"


def test_a_timestamp_server_gets_pyhankos_own_client() -> None:
    out = _run(
        """
        import app.reports.service  # noqa: F401 - pyHanko's signing, with the stand-ins
        from pyhanko.sign.timestamps import HTTPTimeStamper
        from pyhanko_certvalidator.fetchers import _default_fetcher_backend

        stamper = HTTPTimeStamper("http://127.0.0.1:9/tsa")
        backend = _default_fetcher_backend()
        print(type(stamper).__module__, type(backend).__module__)
        """
    )
    assert out == (
        "pyhanko.sign.timestamps.aiohttp_client "
        "pyhanko_certvalidator.fetchers.aiohttp_fetchers"
    )
