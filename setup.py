"""Build hook: every wheel and sdist carries the compiled translations (.qm).

The metadata is in pyproject.toml; this file only makes `build_py` and `sdist` compile the .ts
catalogues first, so a wheel built from a clean checkout is not silently Danish-only.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist

ROOT = Path(__file__).resolve().parent


def compile_translations() -> None:
    script = ROOT / "scripts" / "build_translations.py"
    spec = importlib.util.spec_from_file_location("build_translations", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not module.compile_catalogues(ROOT / "app" / "resources" / "translations"):
        raise SystemExit("no translation catalogues found in app/resources/translations")


class BuildPyWithTranslations(build_py):
    def run(self) -> None:
        compile_translations()
        super().run()


class SdistWithTranslations(sdist):
    def run(self) -> None:
        compile_translations()
        super().run()


setup(cmdclass={"build_py": BuildPyWithTranslations, "sdist": SdistWithTranslations})
