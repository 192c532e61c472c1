"""Issue 16 (EN 301 549 / WCAG 2.1 AA): no keyboard traps, readable stafetlog, contrast, focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from tests.fixtures_ui import create_case_through_gui


def _within(widget: QWidget | None, root: QWidget) -> bool:
    while widget is not None:
        if widget is root:
            return True
        widget = widget.parentWidget()
    return False


def test_tab_leaves_every_table_on_every_case_page(qtbot, unlocked_window):
    window = unlocked_window
    create_case_through_gui(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    case_view = window.workspace.case_view
    checked = []
    for index, page in enumerate(case_view.pages):
        case_view.tabs.setCurrentIndex(index)
        for view in page.findChildren(QAbstractItemView):
            name = f"{type(page).__name__}: {view.accessibleName() or type(view).__name__}"
            # Qt's tab-between-cells wraps around, so Tab would never leave the table (WCAG 2.1.2)
            assert not view.tabKeyNavigation(), name
            if not view.isVisible() or not view.isEnabled():
                continue
            model = view.model()
            if model is not None and model.index(0, 0).isValid():
                view.setCurrentIndex(model.index(0, 0))
            view.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.waitUntil(lambda v=view: QApplication.focusWidget() is v)
            qtbot.keyClick(view, Qt.Key.Key_Tab)
            assert not _within(QApplication.focusWidget(), view), name
            checked.append(name)
    names = " ".join(checked)
    # the tables the audit named are among those really tabbed out of
    assert "Netværkskortets skema" in names, checked
    assert "Aktører i den valgte celle" in names, checked


def _accessible(widget: QWidget) -> tuple[str, str, str]:
    from PySide6.QtGui import QAccessible

    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None
    texts = (QAccessible.Text.Name, QAccessible.Text.Value, QAccessible.Text.Description)
    return tuple(iface.text(t) for t in texts)  # type: ignore[return-value]


def test_a_screen_reader_reads_the_entries_and_the_header_values(qtbot, unlocked_window):
    from app.domain import records as r
    from tests.fixtures_ui import wait_idle

    window = unlocked_window
    case_id = create_case_through_gui(qtbot, window, name="Hans Hansen", cpr="")
    page = window.workspace.case_view.pages[0]
    editor = page.sections[r.LogSection.CONCERN_AROSE]
    editor.text.setPlainText("Olga så det første gang i august")
    editor.submit()
    wait_idle(qtbot, window.ctx)
    assert [e.text for e in window.ctx.service.load(case_id).entries]
    qtbot.waitUntil(editor.history.isVisible)

    name, value, description = _accessible(editor.history)
    # the section is named, and the entry itself is read (not replaced by the caption)
    assert name
    assert "Olga så det første gang i august" in f"{name} {value} {description}"
    assert "<" not in description  # plain text, not the label's markup

    name, value, description = _accessible(page.header.values["child"])
    spoken = f"{name} {value} {description}"
    assert "Hans Hansen" in spoken and "Barnets navn" in spoken
    name, value, description = _accessible(page.header.values["parents"])
    assert "Lilly Hansen" in f"{name} {value} {description}"


# --- contrast and focus (WCAG 1.4.3, 1.4.11, 2.4.7; EN 301 549 11.1.4.3, 11.1.4.11, 11.2.4.7) ---

TEXT_ON = {  # text colour -> the backgrounds it is drawn on
    "text": ("window", "base", "alternate_base", "note_background", "duty_background", "button"),
    "button_text": ("button",),
    "hint": ("window", "base", "note_background"),
    "error": ("window", "base", "alternate_base", "duty_background"),
    "superseded": ("window", "base", "alternate_base"),
    "placeholder": ("base",),
    "link": ("window", "base", "button"),
    "highlighted_text": ("highlight",),
    "banner_text": ("banner_background",),
    "tooltip_text": ("tooltip_background",),
    "strength_weak": ("window", "base"),
    "strength_fair": ("window", "base"),
    "strength_good": ("window", "base"),
}
PARTS_ON = {  # UI parts and focus indicators -> what they sit next to
    "field_border": ("window", "base", "alternate_base"),
    "focus": ("window", "base", "alternate_base", "button"),
    "highlighted_text": ("highlight",),  # the focus ring of a selected, focused cell
    "highlight": ("base",),  # a selected row against the rest
}


def test_every_theme_reaches_wcag_aa_contrast():
    from app.ui import theme

    too_low = []
    for t in theme.THEMES.values():
        for fore, backs in TEXT_ON.items():
            for back in backs:
                ratio = theme.contrast_ratio(getattr(t, fore), getattr(t, back))
                if ratio < 4.5:
                    too_low.append(f"{t.name}: {fore} on {back} {ratio:.2f}:1")
        for part, backs in PARTS_ON.items():
            for back in backs:
                ratio = theme.contrast_ratio(getattr(t, part), getattr(t, back))
                if ratio < 3:
                    too_low.append(f"{t.name}: {part} next to {back} {ratio:.2f}:1")
    assert too_low == []
    assert theme.FOCUS_WIDTH_PX >= 2
    import re
    from pathlib import Path

    for t in theme.THEMES.values():  # the spin-box arrows the style sheet points at are there
        for path in re.findall(r'url\("([^"]+)"\)', theme.style_sheet(t)):
            assert Path(path).is_file(), path
    assert round(theme.contrast_ratio("#ffffff", "#f5f7f7"), 2) == 1.08  # the audit's figure


def _restore_look(app):  # noqa: ANN001, ANN202
    from app.ui import theme

    saved = (
        app.style().name(), app.palette(), app.font(), app.styleSheet(), theme._current,
        theme._text_scale,
    )

    def restore() -> None:
        app.setStyle(saved[0])
        app.setPalette(saved[1])
        app.setFont(saved[2])
        app.setStyleSheet(saved[3])
        theme._current = saved[4]
        theme._text_scale = saved[5]  # the meeting's fonts read it (a 200 % left behind grows them)

    return restore


def test_the_palette_sets_text_and_background_together_under_a_dark_system(
    qapp, monkeypatch, ui_settings_dir
):
    from PySide6.QtGui import QPalette

    from app.ui import theme

    restore = _restore_look(qapp)
    try:
        monkeypatch.setattr(theme, "system_is_dark", lambda: True)
        chosen = theme.apply_theme(qapp, high_contrast=False, text_scale=100)
        assert chosen is theme.DARK
        p = qapp.palette()
        roles = QPalette.ColorRole
        for fore, back in (
            (roles.WindowText, roles.Window),
            (roles.Text, roles.Base),
            (roles.ButtonText, roles.Button),
            (roles.HighlightedText, roles.Highlight),
            (roles.PlaceholderText, roles.Base),
            (roles.ToolTipText, roles.ToolTipBase),
        ):
            ratio = theme.contrast_ratio(p.color(fore).name(), p.color(back).name())
            assert ratio >= 4.5, (fore, back, ratio)
        assert p.color(roles.Window).name() != "#f5f7f7"  # no white on the light grey
        # the style sheet draws its focus ring in the theme's focus colour, 2 px wide
        assert f"{theme.FOCUS_WIDTH_PX}px solid {theme.DARK.focus}" in qapp.styleSheet()
    finally:
        restore()


def test_a_dark_system_palette_is_recognised(qapp, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QPalette

    from app.ui import theme

    hints = qapp.styleHints()
    if hints.colorScheme() != Qt.ColorScheme.Unknown:
        return  # the platform says it itself (the offscreen platform does not)
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    monkeypatch.setattr(theme, "_system_palette", dark)
    assert theme.system_is_dark()
    monkeypatch.setattr(theme, "_system_palette", QPalette(QColor("#f0f0f0")))
    assert not theme.system_is_dark()


def test_high_contrast_and_text_size_are_set_in_preferences(qtbot, qapp, ui_settings_dir):
    from PySide6.QtGui import QPalette

    from app.ui import theme
    from app.ui.preferences import PreferencesDialog

    restore = _restore_look(qapp)
    try:
        theme.apply_theme(qapp)
        base_size = qapp.font().pointSizeF()
        dialog = PreferencesDialog(300)
        qtbot.addWidget(dialog)
        assert dialog.text_scale.minimum() == 100 and dialog.text_scale.maximum() == 200
        assert dialog.high_contrast.text() and dialog.text_scale.accessibleName()
        dialog.high_contrast.setChecked(True)
        dialog.text_scale.setValue(200)
        dialog.save_ui_settings()
        # applied at once, and kept for the next start
        assert theme.current_theme() is theme.HIGH_CONTRAST
        assert qapp.palette().color(QPalette.ColorRole.Window).name() == "#000000"
        assert qapp.palette().color(QPalette.ColorRole.WindowText).name() == "#ffffff"
        assert abs(qapp.font().pointSizeF() - 2 * base_size) < 0.6
        assert theme.saved_preferences() == (True, 200)
        again = PreferencesDialog(300)
        qtbot.addWidget(again)
        assert again.high_contrast.isChecked() and again.text_scale.value() == 200
    finally:
        restore()


def test_an_overdue_deadline_is_said_in_words_not_by_colour_alone(svc, case_id):
    from datetime import date

    from PySide6.QtCore import Qt

    from app.domain import records as r
    from app.ui.qtmodels.case_list import DEADLINE, CaseListModel
    from app.ui.theme import contrast_ratio, current_theme

    svc.add_entry(
        case_id,
        r.LogEntry(
            section=r.LogSection.REVIEW,
            entry_date=date(2025, 9, 11),
            text="Vi mødes igen.",
            due_on=date(2025, 10, 24),
        ),
    )
    cases = svc.list_cases()
    model = CaseListModel()
    model.set_page(cases, len(cases), None, today=date(2025, 11, 1))
    shown = model.data(model.index(0, DEADLINE))
    assert "24.10.2025" in shown and "Overskredet" in shown
    colour = model.data(model.index(0, DEADLINE), Qt.ItemDataRole.ForegroundRole)
    assert contrast_ratio(colour.name(), current_theme().base) >= 4.5
    model.set_page(cases, len(cases), None, today=date(2025, 10, 1))
    assert "Overskredet" not in model.data(model.index(0, DEADLINE))


def _page(window, cls_name: str):  # noqa: ANN001, ANN202
    case_view = window.workspace.case_view
    for index, page in enumerate(case_view.pages):
        if type(page).__name__ == cls_name:
            case_view.tabs.setCurrentIndex(index)
            return page
    raise AssertionError(cls_name)


def test_the_worry_scale_categories_are_in_tab_order_and_carry_the_duty(qtbot, unlocked_window):
    window = unlocked_window
    create_case_through_gui(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    editor = _page(window, "ScalesPage").editor
    picker = editor.picker
    buttons = list(picker.buttons.values())
    assert buttons

    # Tab goes from "Vurderet af" into the categories, not past the rest of the form
    editor.assessors.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.assessors)
    qtbot.keyClick(editor.assessors, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() in buttons
    seen = []
    while QApplication.focusWidget() in buttons and len(seen) < 20:
        seen.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert _within(QApplication.focusWidget(), editor.signs)  # then the signs, in reading order

    # the "Kategori" label's buddy takes focus (Alt+K lands on a category)
    from PySide6.QtWidgets import QLabel

    (kategori,) = [lb for lb in editor.findChildren(QLabel) if lb.buddy() is picker]
    editor.assessors.setFocus()
    kategori.buddy().setFocus(Qt.FocusReason.ShortcutFocusReason)
    assert QApplication.focusWidget() in buttons
    picker.choose(3)
    editor.assessors.setFocus()
    kategori.buddy().setFocus(Qt.FocusReason.ShortcutFocusReason)
    assert QApplication.focusWidget() is picker.buttons[3]  # the chosen one

    # the duty to notify is read with its category, not as a loose label after it
    duty = [c.number for c in editor.scale().categories if c.requires_notification]
    assert duty
    for number, button in picker.buttons.items():
        spoken = _accessible(button)[2]
        assert ("pligt til at underrette" in spoken) == (number in duty), number


def _tab_stops_without_a_name(root: QWidget) -> list[str]:
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox

    missing = []
    for w in root.findChildren(QWidget):
        if not (w.focusPolicy() & Qt.FocusPolicy.TabFocus) or not w.isEnabled():
            continue
        if w.focusProxy() is not None:
            continue  # focus goes to the proxy (a tab widget's tab bar), which is checked itself
        parent = w.parentWidget()
        owner = parent
        while owner is not None and not isinstance(owner, (QAbstractSpinBox, QComboBox)):
            owner = owner.parentWidget()
        if owner is not None:
            continue  # the inner parts of a spin/combo box (its drop-down list) go with it
        iface = QAccessible.queryAccessibleInterface(w)
        if iface is None or not iface.text(QAccessible.Text.Name).strip():
            missing.append(f"{type(w).__name__} in {type(parent).__name__}")
    return missing


def test_focus_never_lands_on_an_unnamed_container(qtbot, unlocked_window):
    window = unlocked_window
    create_case_through_gui(qtbot, window)
    case_view = window.workspace.case_view
    for index in range(case_view.tabs.count()):
        case_view.tabs.setCurrentIndex(index)
        assert _tab_stops_without_a_name(window) == [], case_view.tabs.tabText(index)


# --- messages and states announced (WCAG 4.1.3 status messages; EN 301 549 11.4.1.3) ---


def _heard(monkeypatch) -> list[tuple[str, object]]:  # noqa: ANN001
    """What reaches the accessibility layer as announcements (text, politeness)."""
    from app.ui import announce

    heard: list[tuple[str, object]] = []

    def send(event) -> None:  # noqa: ANN001
        heard.append((event.message(), event.politeness()))

    monkeypatch.setattr(announce, "_send", send)
    return heard


def test_the_signature_pad_says_whether_it_is_empty_or_signed(qtbot, monkeypatch):
    from PySide6.QtGui import QAccessible

    from app.ui.live.signature_pad import SignaturePad
    from tests.test_ui_live_consent import scribble

    heard = _heard(monkeypatch)
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.show()
    assert "Tom" in _accessible(pad)[2]
    scribble(pad)
    assert "Underskrevet" in _accessible(pad)[2]
    assert heard == [("Underskrevet.", QAccessible.AnnouncementPoliteness.Polite)]
    pad.clear()
    assert "Tom" in _accessible(pad)[2]
    assert heard[-1][0].startswith("Tom")


def test_messages_are_announced_errors_at_once(qtbot, monkeypatch):
    from PySide6.QtGui import QAccessible

    from app.ui.inline_message import InlineMessage
    from app.ui.live.common import message_label, show_message

    heard = _heard(monkeypatch)
    label = message_label()
    qtbot.addWidget(label)
    show_message(label, "Vurderingen er gemt.")
    error = InlineMessage()
    qtbot.addWidget(error)
    error.say("Skriv barnets navn.")
    assert heard == [
        ("Vurderingen er gemt.", QAccessible.AnnouncementPoliteness.Polite),
        ("Skriv barnets navn.", QAccessible.AnnouncementPoliteness.Assertive),
    ]


def test_the_network_map_picture_is_described_as_a_list(qtbot):
    from app.domain.records import MapActor, MapColumn, MapRow
    from app.ui.live.network_map_scene import NetworkMapScene, NetworkMapView

    scene = NetworkMapScene()
    view = NetworkMapView(scene)
    qtbot.addWidget(view)
    actors = [
        MapActor(
            row=MapRow.CHILD,
            column=MapColumn.OWN_MUNICIPALITY,
            name="Mette Kjær",
            organisation="Børnehaven Solsikken",
        ),
        MapActor(row=MapRow.MOTHER, column=MapColumn.INFORMAL, name="Moster Anne"),
    ]
    scene.show_map(actors, "Hans Hansen", {MapRow.MOTHER: "Lilly Hansen"})
    spoken = _accessible(view)[2]
    lines = spoken.splitlines()
    assert len(lines) == len(MapRow)  # one line per family member, helpers or not
    assert any(
        line.startswith("Barnet:") and "Mette Kjær, Børnehaven Solsikken (Egen kommune)" in line
        for line in lines
    ), lines
    assert any(
        line.startswith("Lilly Hansen:") and "Moster Anne (Civilsamfund og eget netværk)" in line
        for line in lines
    ), lines
    scene.clear()  # as on locking: no names left behind in the accessibility tree
    assert "Mette" not in _accessible(view)[2]
