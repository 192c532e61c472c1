"""No widget uses a colour outside the theme palettes (issue 16: the remaining inline light styles).

Every colour the UI draws or styles with comes from app/ui/theme.py: one of the three themes
(light, dark, high contrast) or PAPER (pictures drawn as on paper, white in every theme). A
colour written anywhere else would be a light style that breaks the dark and high-contrast
themes, so the source is scanned for colour literals, and the running window's style sheets are
checked under the dark theme.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from app.ui import theme

UI = Path(theme.__file__).resolve().parent
HEX = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")
LITERALS = (
    HEX,
    re.compile(r"QColor\(\s*[\"'][a-zA-Z]"),  # QColor("white")
    re.compile(r"QColor\(\s*\d"),  # QColor(20, 30, 80)
    re.compile(r"Qt\.GlobalColor\.(?!transparent)"),
    re.compile(r"(?<![\w$])(?:color|background)\s*:\s*(?:white|black|red|gr[ae]y)\b"),
)


def _palette_colours() -> set[str]:
    colours = {theme.PAPER.__dict__[f.name] for f in dataclasses.fields(theme.Paper)}
    for t in theme.THEMES.values():
        for f in dataclasses.fields(t):
            value = getattr(t, f.name)
            colours.update(value if isinstance(value, tuple) else [value])
    return {c.lower() for c in colours if isinstance(c, str) and c.startswith("#")}


def test_no_ui_module_writes_a_colour_of_its_own():
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "theme.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.lstrip().startswith("#"):
                continue
            code = line.split("  # ", 1)[0]
            if any(p.search(code) for p in LITERALS):
                found.append(f"{path.relative_to(UI)}:{number}: {line.strip()}")
    assert found == []


def test_the_new_theme_colours_reach_aa_contrast():
    low = []
    for t in theme.THEMES.values():
        for name in ("deadline_due", "deadline_upcoming", "error"):
            for back in ("base", "alternate_base", "window"):
                ratio = theme.contrast_ratio(getattr(t, name), getattr(t, back))
                if ratio < 4.5:
                    low.append(f"{t.name}: {name} on {back} {ratio:.2f}")
        for index, phase in enumerate(t.phases):  # text on window, and window text on it
            ratio = theme.contrast_ratio(phase, t.window)
            if ratio < 4.5:
                low.append(f"{t.name}: phase {index} {ratio:.2f}")
    paper = theme.PAPER
    for name in ("text", "muted", "line", "ink", "duty", "node_edge", "family_edge"):
        ratio = theme.contrast_ratio(getattr(paper, name), paper.background)
        if ratio < 4.5:
            low.append(f"paper: {name} {ratio:.2f}")
    for name in ("rule", "connector"):
        if theme.contrast_ratio(getattr(paper, name), paper.background) < 3:
            low.append(f"paper: {name}")
    assert low == []
    assert len(set(theme.LIGHT.phases)) == 5  # the phases are told apart (and named in words)


def test_the_running_window_styles_only_with_the_theme_in_use(
    qtbot, qapp, unlocked_window, monkeypatch, ui_settings_dir
):
    from tests.fixtures_ui import create_case_through_gui
    from tests.test_ui_a11y import _restore_look

    restore = _restore_look(qapp)
    try:
        monkeypatch.setattr(theme, "system_is_dark", lambda: True)
        assert theme.apply_theme(qapp, high_contrast=False, text_scale=100) is theme.DARK
        create_case_through_gui(qtbot, unlocked_window, name="Hans Hansen", cpr="")
        dark = {
            c.lower()
            for f in dataclasses.fields(theme.DARK)
            for c in (
                getattr(theme.DARK, f.name)
                if isinstance(getattr(theme.DARK, f.name), tuple)
                else [getattr(theme.DARK, f.name)]
            )
            if c.startswith("#")
        } | {c.lower() for c in theme.PAPER.__dict__.values()}
        widgets = [unlocked_window, *unlocked_window.findChildren(QWidget)]
        widgets += [w for w in QApplication.topLevelWidgets() if w not in widgets]
        strange = {}
        for widget in widgets:
            sheet = widget.styleSheet()
            for colour in HEX.findall(sheet):
                if colour.lower() not in dark:
                    strange[widget.objectName() or type(widget).__name__] = colour
        for colour in HEX.findall(qapp.styleSheet()):
            if colour.lower() not in dark:
                strange["application"] = colour
        assert strange == {}
        # the palette as a whole: every colour the themes name is a theme colour
        assert dark <= _palette_colours()
    finally:
        restore()
