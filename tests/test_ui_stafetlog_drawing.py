"""The stafetlog page draws another case's sections over a few event-loop turns (issue 14.2).

What the reader must never notice: another child's entries under this child's header, an entry
that cannot be reached, a jump to an entry that lands nowhere, or a section too small for its
text after a font change.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtGui import QFont

from app.domain import records as r
from app.ui.stafetlog.section import NEWEST_SHOWN, HistoryLabel
from tests.fixtures_ui import WAIT_MS, create_case_through_gui, wait_idle

SECTIONS = [*r.LEVEL_ONE_SECTIONS, r.LogSection.NOTE]


def _fill(service, case_id: int, word: str, per_section: int) -> None:  # noqa: ANN001
    start = date(2025, 1, 1)
    for section in SECTIONS:
        for n in range(per_section):
            service.add_entry(
                case_id,
                r.LogEntry(
                    section=section,
                    entry_date=start + timedelta(days=n),
                    text=f"{word} {section.value} nr. {n:03d}",
                    author="Olga Jensen",
                ),
            )


def _page(window):  # noqa: ANN001, ANN202
    return window.workspace.case_view.pages[0]


def _section_texts(page) -> list[str]:  # noqa: ANN001
    return [
        text
        for editor in page.sections.values()
        for text in (editor.history.text(), editor.history.accessibleDescription())
    ]


def test_another_case_never_shows_the_previous_childs_entries_while_it_is_drawn(
    qtbot, unlocked_window
):
    window = unlocked_window
    first = create_case_through_gui(qtbot, window, name="Alma Berg", cpr="")
    second = create_case_through_gui(qtbot, window, name="Karl Holm", cpr="")
    service = window.ctx.service
    _fill(service, first, "Alfa", 3)
    _fill(service, second, "Beta", 3)
    page = _page(window)
    window.workspace.open_case(first)
    wait_idle(qtbot, window.ctx)
    qtbot.waitUntil(lambda: not page.drawing, timeout=WAIT_MS)
    assert any("Alfa" in text for text in _section_texts(page))

    # The moment the second case is on screen (the first turn), and at every turn after it.
    seen: list[list[str]] = []
    window.ctx.case_changed.connect(lambda _case: seen.append(_section_texts(page)))
    page._drawing.timeout.connect(lambda: seen.append(_section_texts(page)))  # noqa: SLF001
    window.workspace.open_case(second)
    wait_idle(qtbot, window.ctx)
    qtbot.waitUntil(lambda: not page.drawing, timeout=WAIT_MS)
    assert seen
    assert not any("Alfa" in text for texts in seen for text in texts)
    for section in SECTIONS:
        editor = page.sections[section]
        assert editor.history.isVisibleTo(page) and not editor.empty.isVisibleTo(page)
        assert f"Beta {section.value} nr. 002" in editor.history.text()


def test_every_entry_of_a_long_log_can_be_reached_once_the_page_is_drawn(
    qtbot, unlocked_window
):
    window = unlocked_window
    case_id = create_case_through_gui(qtbot, window)
    _fill(window.ctx.service, case_id, "Post", NEWEST_SHOWN + 3)
    page = _page(window)
    window.ctx.reload_case()
    wait_idle(qtbot, window.ctx)
    qtbot.waitUntil(lambda: not page.drawing, timeout=WAIT_MS)
    for section in SECTIONS:
        editor = page.sections[section]
        assert len(editor.shown_entries) == NEWEST_SHOWN + 3
        assert f"Post {section.value} nr. {NEWEST_SHOWN + 2:03d}" in editor.history.text()
        editor.older_button.click()
        for n in range(NEWEST_SHOWN + 3):
            wanted = f"Post {section.value} nr. {n:03d}"
            assert wanted in editor.history.text()
            assert wanted in editor.history.accessibleDescription()  # a screen reader reads it


def test_jumping_to_an_entry_of_the_last_section_works_while_the_page_is_drawn(
    qtbot, unlocked_window
):
    window = unlocked_window
    first = create_case_through_gui(qtbot, window, name="Alma Berg", cpr="")
    second = create_case_through_gui(qtbot, window, name="Karl Holm", cpr="")
    service = window.ctx.service
    _fill(service, first, "Alfa", 2)
    _fill(service, second, "Beta", 2)
    last = service.load(second).entries[-1]
    assert last.section is r.LogSection.NOTE
    page = _page(window)
    window.workspace.open_case(first)
    wait_idle(qtbot, window.ctx)
    # As the deadlines list does: open the case at one entry (the last section is drawn last).
    window.workspace.open_case(second, target=last.uid)
    wait_idle(qtbot, window.ctx)
    note = page.sections[r.LogSection.NOTE]
    assert last in note.shown_entries
    assert f"Beta {r.LogSection.NOTE.value} nr. 001" in note.history.text()
    assert note.text.hasFocus() or window.focusWidget() is note.text


def test_a_section_grows_with_a_longer_text_and_a_bigger_font(qtbot):
    label = HistoryLabel()
    qtbot.addWidget(label)
    label.setWordWrap(True)
    label.setText("<p>Hans er glad.</p>")
    short = label.heightForWidth(300)
    label.setText("<p>" + "Hans er stille i børnehaven og leger mest alene. " * 20 + "</p>")
    longer = label.heightForWidth(300)
    assert longer > short
    assert label.heightForWidth(150) > longer  # narrower: more lines
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    label.setFont(font)  # the text-size setting
    assert label.heightForWidth(300) > longer
