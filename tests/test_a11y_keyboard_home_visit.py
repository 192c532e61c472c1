"""A whole home visit with the keyboard alone (issue 16; WCAG 2.1.1, EN 301 549 11.2.1.1).

Only key presses reach the app: QTest.keyClick / keyClicks to the widget that has the keyboard
focus (where a real keyboard's keys go), never a mouse event and never a method call on a
widget. The test only watches (which widget has focus, which tab is shown) to know when to
stop pressing Tab. Afterwards the vault is asked what the visit left behind.

The visit: unlock → open the case → a log entry → a worry-scale placement → the meeting through
VED, KAN, VIL and GØR → consent without drawing → the family plan printed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from app.domain import agenda
from app.domain import consent as consent_rules
from app.domain import records as r
from app.domain.baton import same_name
from tests.fixtures_ui import GUI_PASSPHRASE, GUI_USER, WAIT_MS, create_case_through_gui, wait_idle

NO = Qt.KeyboardModifier.NoModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


class Keyboard:
    """Keys go where the focus is, as on a real keyboard."""

    def __init__(self, qtbot, window) -> None:  # noqa: ANN001
        self.qtbot = qtbot
        self.window = window

    def target(self) -> QWidget:
        return QApplication.focusWidget() or QApplication.activeWindow() or self.window

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO) -> None:
        QTest.keyClick(self.target(), key, modifiers)

    def type(self, text: str) -> None:
        QTest.keyClicks(self.target(), text)

    def tab_to(self, wanted: Callable[[QWidget], bool], what: str, limit: int = 400) -> None:
        """Tab until the focused widget is the wanted one (a keyboard user's way there)."""
        for _ in range(limit):
            focused = QApplication.focusWidget()
            if focused is not None and wanted(focused):
                return
            self.press(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached {what}")

    def next_tab_until(self, wanted: Callable[[QWidget], bool], what: str) -> None:
        """Ctrl+Tab through the case's pages until the wanted one shows."""
        tabs = self.window.workspace.case_view.tabs
        for _ in range(tabs.count() + 1):
            if wanted(tabs.currentWidget()):
                return
            self.press(Qt.Key.Key_Tab, CTRL)
            self.qtbot.wait(10)
        raise AssertionError(f"Ctrl+Tab never showed {what}")


def _is(widget: QWidget) -> Callable[[QWidget], bool]:
    return lambda focused: focused is widget or widget.isAncestorOf(focused)


def _page(name: str) -> Callable[[QWidget], bool]:
    def wanted(page: QWidget) -> bool:
        inner = page.widget() if hasattr(page, "widget") and callable(page.widget) else page
        return type(page).__name__ == name or type(inner).__name__ == name

    return wanted


def _case_page(window, name: str) -> QWidget:  # noqa: ANN001
    return next(p for p in window.workspace.case_view.pages if type(p).__name__ == name)


def test_a_whole_home_visit_with_the_keyboard_alone(qtbot, unlocked_window, tmp_path):
    window = unlocked_window
    case_id = create_case_through_gui(qtbot, window)  # the case exists before the visit
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    keys = Keyboard(qtbot, window)

    # -- unlock (the laptop was locked on the way) -------------------------------------------
    keys.press(Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: window.is_locked, timeout=WAIT_MS)
    form = window.access.unlock_form
    qtbot.waitUntil(lambda: form.passphrase.isEnabled() and form.passphrase.hasFocus())
    keys.type(GUI_PASSPHRASE)
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.is_locked, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)
    service = window.ctx.service

    # -- open the case: Ctrl+F, the name, Return (to the list), Return (open) ---------------
    keys.press(Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is window.workspace.cases.search
    keys.type("Hans")
    qtbot.waitUntil(lambda: window.workspace.cases.model.rowCount() == 1, timeout=WAIT_MS)
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.ctx.current_case_id == case_id, timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)

    # -- a log entry: Tab to "Hvornår opstod bekymringen?", type, Ctrl+Return ---------------
    stafetlog = window.workspace.case_view.pages[0]
    concern = stafetlog.sections[r.LogSection.CONCERN_AROSE]
    keys.tab_to(_is(concern.text), "the first log section's text")
    keys.type("Hans græder, når han bliver afleveret om morgenen.")
    keys.press(Qt.Key.Key_Return, CTRL)
    wait_idle(qtbot, window.ctx)
    qtbot.waitUntil(lambda: bool(service.load(case_id).entries), timeout=WAIT_MS)

    # -- a worry-scale placement: the scales page, Alt+K to the categories, Space, Alt+G ----
    keys.next_tab_until(_page("ScalesPage"), "the worry scales")
    scales = _case_page(window, "ScalesPage")
    qtbot.waitUntil(lambda: scales.editor is not None and scales.editor.isVisible())
    keys.press(Qt.Key.Key_K, ALT)
    first_category = next(iter(scales.editor.picker.buttons.values()))
    assert QApplication.focusWidget() is first_category
    keys.press(Qt.Key.Key_Space)
    keys.press(Qt.Key.Key_G, ALT)
    wait_idle(qtbot, window.ctx)
    qtbot.waitUntil(lambda: bool(service.load(case_id).assessments), timeout=WAIT_MS)

    # -- the meeting: plan (Alt+P), place (Alt+T), start (Alt+S), VED-KAN-VIL-GØR -----------
    keys.next_tab_until(_page("MeetingPage"), "the meetings")
    meetings = _case_page(window, "MeetingPage")
    keys.press(Qt.Key.Key_P, ALT)
    wait_idle(qtbot, window.ctx)
    qtbot.waitUntil(lambda: meetings.plan.isVisible(), timeout=WAIT_MS)
    keys.press(Qt.Key.Key_T, ALT)
    assert QApplication.focusWidget() is meetings.plan.place
    keys.type("Hjemme hos familien")
    keys.press(Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: meetings.stack.currentWidget() is meetings.mode, timeout=WAIT_MS)
    mode = meetings.mode
    minutes = {
        agenda.Phase.VED: "Hans er stille i børnehaven.",
        agenda.Phase.KAN: "Familiehuset kan tilbyde et forløb.",
        agenda.Phase.VIL: "Hans leger med de andre børn igen.",
    }
    typed = {}
    for phase, text in minutes.items():
        for _ in range(40):
            if mode.current_phase() == phase:
                break
            keys.press(Qt.Key.Key_PageDown, CTRL)
        assert mode.current_phase() == phase
        keys.press(Qt.Key.Key_R, ALT)  # &Referat
        assert QApplication.focusWidget() is mode.minutes
        keys.type(text)
        typed[mode.current_point()] = text
    for _ in range(40):
        if mode.current_point() == "6b":
            break
        keys.press(Qt.Key.Key_PageDown, CTRL)
    assert mode.current_phase() == agenda.Phase.GOR and mode.agreements_panel.isVisible()
    keys.press(Qt.Key.Key_R, ALT)
    keys.type("Vi aftaler de første skridt.")
    typed["6b"] = "Vi aftaler de første skridt."
    keys.tab_to(_is(mode.who), "the agreement's Hvem")
    keys.type("Familiehuset")
    keys.press(Qt.Key.Key_Tab)
    assert _is(mode.what)(QApplication.focusWidget())
    keys.type("Starter familieforløb")
    keys.press(Qt.Key.Key_Tab)
    assert _is(mode.by_when)(QApplication.focusWidget())
    keys.press(Qt.Key.Key_Return)  # Return in the row adds the agreement
    assert mode.agreements.rowCount() == 1
    keys.press(Qt.Key.Key_A, ALT)  # &Afslut mødet
    qtbot.waitUntil(lambda: meetings.stack.currentWidget() is not mode, timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)

    # -- consent without drawing: purpose, a party, typed names and ticks, Alt+G ------------
    keys.next_tab_until(_page("ConsentPage"), "the consent")
    consent_page = _case_page(window, "ConsentPage")
    form = consent_page.form
    keys.press(Qt.Key.Key_E, ALT)  # Giv&et den
    keys.tab_to(_is(form.purpose), "the consent's purpose")
    keys.type("Børnehaven og Familiehuset må tale sammen om Hans.")
    daycare = form.party_ticks[r.PartyKind.SCHOOL_DAYCARE]
    keys.tab_to(_is(daycare), "the daycare party")
    keys.press(Qt.Key.Key_Space)
    assert [w.giver_name for w in form.signatures] == ["Lilly Hansen", "Ib Hansen"]
    for giver in form.signatures:
        keys.tab_to(_is(giver.typed_name), f"{giver.giver_name}'s typed name")
        keys.type(giver.giver_name)
        keys.press(Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is giver.tick
        keys.press(Qt.Key.Key_Space)
    keys.press(Qt.Key.Key_G, ALT)  # &Gem samtykket
    wait_idle(qtbot, window.ctx)
    qtbot.waitUntil(lambda: bool(service.load(case_id).consents), timeout=WAIT_MS)

    # -- the family plan: Ctrl+Shift+P shows the print preview; Esc closes it ---------------
    case_uid = service.load(case_id).uid
    printed_before = len(
        [e for e in window.vault.audit.extract(case_uid) if "family" in e.record_type]
    )
    keys.press(Qt.Key.Key_P, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, QPrintPreviewDialog) and w.isVisible()
            for w in QApplication.topLevelWidgets()
        ),
        timeout=WAIT_MS,
    )
    preview = next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QPrintPreviewDialog) and w.isVisible()
    )
    qtbot.waitUntil(lambda: QApplication.activeWindow() is preview)
    keys.press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not preview.isVisible(), timeout=WAIT_MS)

    # -- what the visit left in the vault ---------------------------------------------------
    case = service.load(case_id)
    assert [e.text for e in case.entries if e.section is r.LogSection.CONCERN_AROSE] == [
        "Hans græder, når han bliver afleveret om morgenen."
    ]
    (assessment,) = case.assessments
    assert assessment.category == 1 and assessment.assessors
    (meeting,) = case.meetings
    assert meeting.held and meeting.place == "Hjemme hos familien"
    for point, text in typed.items():
        assert meeting.minutes[point] == text
    assert [(a.who, a.what) for a in meeting.agreements] == [
        ("Familiehuset", "Starter familieforløb")
    ]
    (consent,) = case.consents
    assert {p.kind for p in consent.parties} == {r.PartyKind.SCHOOL_DAYCARE}
    for giver in consent.givers:
        assert consent_rules.given_without_drawing(giver)
        assert same_name(giver.typed_name, giver.name) and giver.ticked
        assert giver.witnessed_by == GUI_USER and giver.witnessed_at is not None
        assert giver.signature_png is None
    printed = [e for e in window.vault.audit.extract(case_uid) if "family" in e.record_type]
    assert len(printed) == printed_before + 1
