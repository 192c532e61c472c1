"""Every translatable text in the sources has an English translation in exactly one catalogue."""

from __future__ import annotations

import importlib.util
import shutil
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "update_translations.py"


def _load_script():
    spec = importlib.util.spec_from_file_location("update_translations", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_refreshing_the_catalogues_from_the_sources_finds_nothing_untranslated(tmp_path):
    """A button added without its English text fails here, not in front of an English user."""
    script = _load_script()
    texts: Counter[tuple[str, str]] = Counter()
    for name, (folders, excluded) in script.CATALOGUES.items():
        copy = tmp_path / name
        shutil.copy(script.TS_DIR / name, copy)
        assert script.update(copy, script.sources(folders, excluded)) == 0
        for context in ET.parse(copy).getroot().iter("context"):
            context_name = context.findtext("name")
            for message in context.iter("message"):
                translation = message.find("translation")
                assert translation is not None and translation.get("type") is None, (
                    f"{name}: {context_name!r} / {message.findtext('source')!r} has no English"
                )
                texts[(context_name, message.findtext("source"))] += 1
    assert [text for text, count in texts.items() if count > 1] == []
