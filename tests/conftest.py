"""Test-wide safety: offscreen Qt, every data/config/log path inside tmp, never the real keyring.

Each area keeps its own fixtures in tests/fixtures_<area>.py so the vault, the records, the PDFs
and the GUI can grow their fixtures without touching each other's.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# No time limits in unit tests: CI machines are shared and noisy. Hypothesis's default 200 ms
# deadline per example is such a limit, so it is off for every property test; speed is measured
# in bench/ instead.
settings.register_profile(
    "stafet", deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("stafet")

pytest_plugins = [
    "tests.fixtures_vault",
    "tests.fixtures_models",
    "tests.fixtures_reports",
    "tests.fixtures_ui",
    "tests.fixtures_people",
    "tests.fixtures_postgres",
    "tests.fixtures_relay",
]


@pytest.fixture(autouse=True)
def _isolated_paths(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """No test may read or write the developer's real data, config, cache or log folders."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("HOME", ""),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        target = home / sub
        target.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(target))
    monkeypatch.delenv("STAFET_VAULT", raising=False)
    yield home
