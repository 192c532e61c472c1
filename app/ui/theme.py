"""A calm, restrained look: Fusion with a soft palette, generous spacing and readable type.

Three themes (light, dark, high contrast) set text and background together, so a dark or
inverse system palette never leaves white text on our light grey. The light or dark one follows
the system's colour scheme; high contrast and the text size (100–200 %) are the user's choice in
Indstillinger (kept in QSettings: a display preference, nothing personal). Every colour pair is
checked against WCAG 2.1 AA by tests/test_ui_a11y.py: text ≥ 4.5:1, UI parts and focus ≥ 3:1.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from string import Template

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

logger = logging.getLogger(__name__)

ACCENT = "#2f6f73"  # a quiet teal
TEXT_SCALES = (100, 125, 150, 175, 200)  # percent; WCAG 1.4.4 asks for 200 %
FOCUS_WIDTH_PX = 2


@dataclass(frozen=True)
class Theme:
    name: str
    window: str  # the background of pages and dialogs
    text: str  # text on window and base
    base: str  # the background of fields, lists and tables
    alternate_base: str
    button: str
    button_text: str
    highlight: str  # a selected row
    highlighted_text: str
    link: str
    placeholder: str
    disabled_text: str
    hint: str  # help texts under fields ("hint" labels)
    error: str  # inline errors, overdue deadlines
    superseded: str  # corrected entries, closed cases
    field_border: str  # the edge of an input: a UI part, ≥ 3:1 against its surroundings
    focus: str  # the focus ring, ≥ 3:1 against window and base
    duty_background: str  # a worry-scale category with the duty to notify
    note_background: str  # calm notices (the baton, "retter …")
    note_border: str
    banner_background: str  # the family-safe banner
    banner_text: str
    tooltip_background: str
    tooltip_text: str
    strength_weak: str
    strength_fair: str
    strength_good: str
    deadline_due: str  # a deadline due soon in the case list (text on base)
    deadline_upcoming: str
    # Meeting mode's phases INTRO, VED, KAN, VIL, GØR: each is text on window (the other
    # phases) and the background of window-coloured text (the current phase), ≥ 4.5:1 both ways.
    phases: tuple[str, str, str, str, str]


@dataclass(frozen=True)
class Paper:
    """Pictures drawn as on paper (signature pad, timeline chart, network-map picture).

    They look the same in every theme because they are the screen copy of what is printed or
    signed; their colours are measured against their own white background instead.
    """

    background: str = "#ffffff"
    text: str = "#1f2628"
    muted: str = "#4b5563"  # axis labels, dates: ≥ 4.5:1 on the background
    rule: str = "#6b7280"  # axes, the signature line: ≥ 3:1
    faint: str = "#d1d5db"  # grid lines: decoration only, never the only carrier
    ink: str = "#141e50"  # a drawn signature
    line: str = "#1f3a68"  # the timeline of assessments
    duty: str = "#b91c1c"  # assessments in a category with the duty to notify
    duty_band: str = "#faebeb"  # behind the categories with that duty
    family_fill: str = "#fff3c4"  # the family in the middle of the network map
    family_edge: str = "#8a6d00"
    node_fill: str = "#ffffff"  # a family member with helpers
    node_fill_empty: str = "#f2f2f2"  # … and without
    node_edge: str = "#555555"
    connector: str = "#777777"


PAPER = Paper()


LIGHT = Theme(
    name="light",
    window="#f5f7f7",
    text="#1f2628",
    base="#ffffff",
    alternate_base="#f0f4f4",
    button="#e8eded",
    button_text="#1f2628",
    highlight=ACCENT,
    highlighted_text="#ffffff",
    link="#1f5f63",
    placeholder="#5c676a",
    disabled_text="#616b6e",
    hint="#4f595c",
    error="#9a2a1a",
    superseded="#5c676a",
    field_border="#75807f",
    focus="#0b57a4",
    duty_background="#fdecea",
    note_background="#fdf6e3",
    note_border="#8a7433",
    banner_background=ACCENT,
    banner_text="#ffffff",
    tooltip_background="#fffdf5",
    tooltip_text="#222222",
    strength_weak="#9a4a1a",
    strength_fair="#6b5d1a",
    strength_good="#2f6f3a",
    deadline_due="#7a4f00",
    deadline_upcoming="#2f5f63",
    phases=("#4b5563", "#1d4ed8", "#047857", "#a14a08", "#9d174d"),
)

DARK = Theme(
    name="dark",
    window="#1d2325",
    text="#e8eeee",
    base="#141819",
    alternate_base="#1b2123",
    button="#2b3336",
    button_text="#e8eeee",
    highlight="#6cc0c5",
    highlighted_text="#0b1112",
    link="#7fd0d5",
    placeholder="#a3aeb1",
    disabled_text="#98a3a6",
    hint="#b4bec1",
    error="#ff9d8c",
    superseded="#a3aeb1",
    field_border="#8a9699",
    focus="#8cc8ff",
    duty_background="#3a2422",
    note_background="#332d1c",
    note_border="#a89358",
    banner_background="#6cc0c5",
    banner_text="#0b1112",
    tooltip_background="#2b3336",
    tooltip_text="#e8eeee",
    strength_weak="#ffab80",
    strength_fair="#e6d37a",
    strength_good="#8fd69b",
    deadline_due="#e6d37a",
    deadline_upcoming="#7fd0d5",
    phases=("#c3cad3", "#9cc0ff", "#6ee7b7", "#fcd34d", "#f9a8d4"),
)

HIGH_CONTRAST = Theme(
    name="high_contrast",
    window="#000000",
    text="#ffffff",
    base="#000000",
    alternate_base="#000000",
    button="#000000",
    button_text="#ffffff",
    highlight="#ffff00",
    highlighted_text="#000000",
    link="#8fe3ff",
    placeholder="#d8d8d8",
    disabled_text="#c0c0c0",
    hint="#ffffff",
    error="#ffb3a6",
    superseded="#d8d8d8",
    field_border="#ffffff",
    focus="#ffff00",
    duty_background="#000000",
    note_background="#000000",
    note_border="#ffffff",
    banner_background="#ffff00",
    banner_text="#000000",
    tooltip_background="#000000",
    tooltip_text="#ffffff",
    strength_weak="#ffb38a",
    strength_fair="#fff27a",
    strength_good="#9dff9d",
    deadline_due="#fff27a",
    deadline_upcoming="#8fe3ff",
    phases=("#ffffff", "#8fe3ff", "#9dff9d", "#fff27a", "#ffb3e6"),
)

THEMES = {t.name: t for t in (LIGHT, DARK, HIGH_CONTRAST)}

STYLE_TEMPLATE = Template(
    """
QToolTip { background: $tooltip_background; color: $tooltip_text; border: 1px solid $text; }
QLabel#calmMessage, QLabel#batonPending, QLabel#protectionNotice {
    background: $note_background;
    color: $text;
    border: 1px solid $note_border;
    border-radius: 6px;
    padding: 8px;
}
QLabel#familySafeBanner {
    background: $banner_background; color: $banner_text; padding: 6px 12px; font-weight: 600;
}
QLabel#recoveryKey {
    font-size: ${key_points}pt;
    padding: 12px;
    border: 1px dashed $field_border;
    border-radius: 6px;
    background: $base;
    color: $text;
}
QLabel[strength="0"], QLabel[strength="1"] { color: $strength_weak; }
QLabel[strength="2"] { color: $strength_fair; }
QLabel[strength="3"] { color: $strength_good; }
QLabel.sectionHint, QLabel[hint="true"] { color: $hint; }
QLabel[inlineError="true"], QLabel#dutyNote { color: $error; }
QLabel#inlineMessage { color: $error; font-weight: 600; }
QFrame#dutyCategory {
    background: $duty_background; border: 1px solid $error; border-radius: 4px;
}
QFrame#category {
    background: $alternate_base; border: 1px solid $field_border; border-radius: 4px;
}
QGroupBox {
    font-weight: 600;
    margin-top: 14px;
    border: 1px solid $field_border;
    border-radius: 6px;
    padding: 10px 8px 8px 8px;
}
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; }
QTabWidget::pane { border-top: 1px solid $field_border; }
QToolBar { spacing: 6px; padding: 4px; }
QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox {
    border: 1px solid $field_border; border-radius: 3px; padding: 3px;
    background: $base; color: $text;
    selection-background-color: $highlight; selection-color: $highlighted_text;
}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractSpinBox:focus {
    border: ${focus_width}px solid $focus; padding: 2px;
}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button, QDateEdit::drop-down {
    subcontrol-origin: padding; width: 16px; border-left: 1px solid $field_border;
    background: $button;
}
QAbstractSpinBox::up-button { subcontrol-position: top right; }
QAbstractSpinBox::down-button { subcontrol-position: bottom right; }
QDateEdit::drop-down { subcontrol-position: center right; height: 100%; }
QAbstractSpinBox::up-arrow { image: url("$arrow_up"); width: 8px; height: 8px; }
QAbstractSpinBox::down-arrow, QDateEdit::down-arrow {
    image: url("$arrow_down"); width: 8px; height: 8px;
}
QLineEdit[plainFindings="true"] { border-bottom: 2px dotted $strength_fair; }
QCheckBox::indicator, QRadioButton::indicator {
    width: 13px; height: 13px; border: 2px solid $field_border; background: $base;
}
QRadioButton::indicator { border-radius: 8px; }
QCheckBox::indicator:checked, QRadioButton::indicator:checked {
    background: $highlight; border-color: $text;
}
QCheckBox::indicator:indeterminate { background: $field_border; }
QComboBox:focus, QCheckBox:focus, QRadioButton:focus, QTabBar::tab:focus {
    border: ${focus_width}px solid $focus;
}
QPushButton {
    border: 1px solid $field_border; border-radius: 4px; padding: 5px 12px;
    background: $button; color: $button_text;
}
QPushButton:default { border-color: $text; font-weight: 600; }
QPushButton:checked { background: $highlight; color: $highlighted_text; }
QPushButton:disabled { color: $disabled_text; }
QPushButton:flat { border: 1px solid transparent; background: transparent; color: $link; }
QPushButton:focus, QToolButton:focus {
    border: ${focus_width}px solid $focus; padding: 4px 11px;
}
QAbstractItemView {
    border: 1px solid $field_border;
    background: $base; alternate-background-color: $alternate_base; color: $text;
    selection-background-color: $highlight; selection-color: $highlighted_text;
}
QAbstractItemView:focus { border: ${focus_width}px solid $focus; }
QAbstractItemView::item:focus { border: ${focus_width}px solid $focus; }
QAbstractItemView::item:selected:focus { border: ${focus_width}px solid $highlighted_text; }
QTableView::item { padding: 3px 4px; }
QListWidget#stafetlogContents::item { padding: 2px 4px; }
QLabel#childrenHouseCriteria {
    background: $duty_background; border: 2px solid $error; border-radius: 6px; padding: 8px;
    color: $text;
}
QLabel#meetingInternal {
    background: $note_background; border: 1px solid $note_border; padding: 6px; color: $text;
}
QLabel#meetingGuidance { color: $text; }
QLabel#meetingSaved { color: $hint; }
QLabel[problem="true"] { color: $error; font-weight: 600; }
QLabel#verifyHeadline[verdict="ok"] { color: $strength_good; }
QLabel#verifyHeadline[verdict="problem"] { color: $error; }
QLabel#signatureImage { background: $paper; border: 1px solid $field_border; }
"""
)


def relative_luminance(colour: str) -> float:
    """WCAG 2.1's relative luminance of an sRGB colour."""
    c = QColor(colour)

    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast_ratio(a: str, b: str) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def focus_colour_on(background: str) -> str:
    """The focus colour for a surface of its own colour (the white signature pad): ≥ 3:1."""
    for colour in (_current.focus, LIGHT.focus, DARK.focus):
        if contrast_ratio(colour, background) >= 3:
            return colour
    return _current.text


def style_sheet(theme: Theme, scale: int = 100) -> str:
    # Styling a spin box's border drops Fusion's arrows: ours are drawn in the theme's text colour.
    arrows = Path(__file__).resolve().parent.parent / "resources" / "arrows"  # PNG: no plugin
    return STYLE_TEMPLATE.substitute(
        vars(theme),
        key_points=round(15 * scale / 100),
        focus_width=FOCUS_WIDTH_PX,
        arrow_up=(arrows / f"{theme.name}-up.png").as_posix(),
        arrow_down=(arrows / f"{theme.name}-down.png").as_posix(),
        paper=PAPER.background,
    )


def palette(theme: Theme) -> QPalette:
    """Every role that carries text or background, so none is left to the system's palette."""
    p = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, theme.window),
        (roles.WindowText, theme.text),
        (roles.Base, theme.base),
        (roles.AlternateBase, theme.alternate_base),
        (roles.Text, theme.text),
        (roles.Button, theme.button),
        (roles.ButtonText, theme.button_text),
        (roles.BrightText, theme.error),
        (roles.Highlight, theme.highlight),
        (roles.HighlightedText, theme.highlighted_text),
        (roles.Link, theme.link),
        (roles.LinkVisited, theme.link),
        (roles.PlaceholderText, theme.placeholder),
        (roles.ToolTipBase, theme.tooltip_background),
        (roles.ToolTipText, theme.tooltip_text),
        (roles.Light, theme.base),
        (roles.Midlight, theme.alternate_base),
        (roles.Mid, theme.field_border),
        (roles.Dark, theme.field_border),
        (roles.Shadow, theme.text),
    ):
        p.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(theme.disabled_text))
    return p


def system_is_dark() -> bool:
    """The system's colour scheme (Qt ≥ 6.5), else the lightness of its window colour."""
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hints is not None else Qt.ColorScheme.Unknown
    if scheme != Qt.ColorScheme.Unknown:
        return scheme == Qt.ColorScheme.Dark
    app = QGuiApplication.instance()
    system = _system_palette if _system_palette is not None else (app.palette() if app else None)
    return system is not None and system.color(QPalette.ColorRole.Window).lightness() < 128


def system_wants_high_contrast() -> bool:
    hints = QGuiApplication.styleHints()
    access = getattr(hints, "accessibility", None)
    if access is None:
        return False
    try:
        return access().contrastPreference() == Qt.ContrastPreference.HighContrast
    except (AttributeError, RuntimeError):
        return False


def chosen_theme(*, high_contrast: bool, dark: bool) -> Theme:
    if high_contrast:
        return HIGH_CONTRAST
    return DARK if dark else LIGHT


def saved_preferences() -> tuple[bool, int]:
    """(high contrast, text size in percent) from QSettings, sane if missing or damaged."""
    from app.ui.settings import ui_settings

    settings = ui_settings()
    high = str(settings.value("ui/high_contrast", "false")).lower() in ("true", "1")
    try:
        scale = int(settings.value("ui/text_scale", 100) or 100)
    except (TypeError, ValueError):
        scale = 100
    return high, min(max(scale, TEXT_SCALES[0]), TEXT_SCALES[-1])


_system_palette: QPalette | None = None
_base_font: QFont | None = None
_current: Theme = LIGHT
_text_scale: int = 100


def restyle(widget: QWidget, name: str, value: object) -> None:
    """Set a property the style sheet selects on (e.g. problem="true") and show it at once."""
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def text_scale() -> int:
    """The text size in percent (Indstillinger), for fonts sized in code, e.g. the meeting's."""
    return _text_scale


def current_theme() -> Theme:
    """The theme in use (for colours drawn in code: rich text, item models)."""
    return _current


def apply_theme(
    app: QApplication, *, high_contrast: bool | None = None, text_scale: int | None = None
) -> Theme:
    """Style the whole application; without arguments from the saved preferences."""
    global _system_palette, _base_font, _current, _text_scale
    if _system_palette is None:
        _system_palette = QPalette(app.palette())
        _base_font = QFont(app.font())
    saved_high, saved_scale = saved_preferences()
    high = saved_high if high_contrast is None else high_contrast
    scale = saved_scale if text_scale is None else text_scale
    theme = chosen_theme(
        high_contrast=high or system_wants_high_contrast(), dark=system_is_dark()
    )
    _current = theme
    _text_scale = scale
    app.setStyle("Fusion")
    app.setPalette(palette(theme))
    font = QFont(_base_font)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale / 100)
    else:
        font.setPixelSize(max(1, round(font.pixelSize() * scale / 100)))
    app.setFont(font)
    app.setStyleSheet(style_sheet(theme, scale))
    return theme
