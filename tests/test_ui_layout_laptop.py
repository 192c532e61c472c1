"""Issue 10, point 9: the layout at 1366×768 (and so at 200 %), checked as a user would see it.

Each test opens the synthetic demo case (Hans Hansen) at laptop size and asserts what a user
notices: a line fully in view, a field not squashed, labels that don't overlap, text big enough.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from tests.fixtures_documents import TODAY, demo_window  # noqa: F401 - the fixture
from tests.fixtures_ui import wait_idle
from tests.layout_checks import (
    at_laptop_size,
    fully_seen,
    settle,
    squashed,
    why_not_seen,
    window_rect,
)

# ruff: noqa: F811 - pytest hands the imported demo_window fixture to the tests


def _page(window, page_type):  # noqa: ANN001, ANN202
    views = window.workspace.case_view
    index = next(i for i, p in enumerate(views.pages) if isinstance(p, page_type))
    views.set_current_page_index(index)
    return views.pages[index]


def test_the_meeting_pages_status_lines_are_fully_in_view(qtbot, demo_window) -> None:  # noqa: ANN001
    from app.ui.live.common import show_message
    from app.ui.live.meeting_page import MeetingPage

    window = demo_window
    at_laptop_size(qtbot, window)
    page = _page(window, MeetingPage)
    page.plan_new()
    wait_idle(qtbot, window.ctx)
    qtbot.waitUntil(lambda: page.plan_status.text() == "Planen er gemt.")
    show_message(page.message, "Vælg mindst ét punkt på dagsordenen.")
    settle(qtbot)
    for line in (page.message, page.plan_status):
        assert fully_seen(line), why_not_seen(line)
        assert not squashed(line), why_not_seen(line)

    held = next(m for m in window.ctx.case.meetings if m.held)
    page._meeting_finished(held.uid)  # the end screen: the family plan is one click away
    settle(qtbot)
    for widget in (page.plan_status, page.print_plan_done):
        assert fully_seen(widget), why_not_seen(widget)
    assert page.plan_status.text().startswith("Mødet er afsluttet")


def _save_consent_signed_on_the_pad(qtbot, window) -> None:  # noqa: ANN001
    """A consent whose signatures were drawn on the form's pad (wide pictures, about 7:1)."""
    from app.domain import records as r
    from app.models.demo import signature_png

    case_id, service = window.ctx.current_case_id, window.ctx.service
    givers = [
        r.ConsentGiver(
            name=name,
            relation=relation,
            signature_png=signature_png(seed, width=860, height=130),
            signed_on=TODAY,
        )
        for seed, (name, relation) in enumerate((("Lilly Hansen", "mor"), ("Ib Hansen", "far")))
    ]
    consent = r.Consent(
        purpose="Lilly og Ib giver lov til, at Olga og Arne taler sammen om Hans.",
        signed_on=TODAY,
        valid_until=TODAY.replace(year=TODAY.year + 1),
        givers=givers,
        parties=[r.ConsentParty(kind=r.PartyKind.SCHOOL_DAYCARE, name="Olga Jensen")],
    )
    window.ctx.run(lambda: service.save_consent(case_id, consent))
    wait_idle(qtbot, window.ctx)
    window.ctx.reload_case()
    wait_idle(qtbot, window.ctx)


def test_choosing_a_saved_consent_keeps_the_new_consent_form_in_view(qtbot, demo_window) -> None:  # noqa: ANN001, E501
    from app.ui.live.consent_page import ConsentPage

    window = demo_window
    at_laptop_size(qtbot, window)
    _save_consent_signed_on_the_pad(qtbot, window)
    page = _page(window, ConsentPage)
    qtbot.waitUntil(lambda: page.consents.count() == 2)
    page.consents.setCurrentRow(0)  # the newest: two signatures drawn on the pad
    settle(qtbot)
    images = page.signature_images
    assert sum(1 for i in range(images.count()) if images.itemAt(i).widget()) == 2
    form = page.form
    scroll = form.parentWidget().parentWidget().parentWidget()  # form → column → viewport → area
    assert scroll.horizontalScrollBar().maximum() == 0, "the form went behind a scrollbar"
    width = page.width()
    assert page.consents.width() <= width * 0.4, (page.consents.width(), width)
    # Scrolling down to the signature pads is fine; nothing may be cut at the right edge.
    view = window_rect(scroll.viewport())
    for field in (form.purpose, form.save_button, *form.party_names.values()):
        rect = window_rect(field)
        assert view.left() <= rect.left() and rect.right() <= view.right(), why_not_seen(field)


def test_the_signature_dialogs_fields_and_buttons_get_their_full_height(qtbot, demo_window) -> None:  # noqa: ANN001, E501
    window = demo_window
    at_laptop_size(qtbot, window)
    dialog = window.documents.open_identity()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.current_text.text() != "Henter …")
    wait_idle(qtbot, window.ctx)
    settle(qtbot)
    assert dialog.height() <= 768 and dialog.width() <= 1366
    controls = (
        dialog.name,
        dialog.role,
        dialog.organisation,
        dialog.create_button,
        dialog.p12_path,
        dialog.p12_browse,
        dialog.p12_secret,
        dialog.import_button,
        dialog.trust_button,
    )
    for control in controls:
        assert fully_seen(control), why_not_seen(control)
        # A line edit or button lower than it wants cuts its text (it was 17 px and clipped).
        assert control.height() >= control.sizeHint().height(), why_not_seen(control)
    dialog.reject()


def test_the_timelines_date_labels_never_overlap(qtbot, demo_window) -> None:  # noqa: ANN001
    from datetime import date
    from itertools import combinations

    from app.ui.live.scales_page import ScalesPage
    from app.ui.live.timeline_chart import ChartPoint, TimelineChart

    window = demo_window
    at_laptop_size(qtbot, window)
    page = _page(window, ScalesPage)
    settle(qtbot)
    (chart,) = page.findChildren(TimelineChart)
    assert fully_seen(chart), why_not_seen(chart)
    # The walk's case: meetings three weeks apart, assessments days apart ("Møde 17.11Møde 07.12").
    points = [
        ChartPoint(date(2026, 7, 6), 2),
        ChartPoint(date(2026, 9, 9), 3),
        ChartPoint(date(2026, 11, 12), 3),
        ChartPoint(date(2026, 11, 16), 2),
    ]
    meetings = [date(2026, 9, 10), date(2026, 11, 17), date(2026, 12, 7)]
    chart.set_history(points, meetings, categories=5, duty_from=3)
    settle(qtbot)
    rects = chart.label_rects()
    assert len(rects) == len(points) + len(meetings)  # none left out here
    for a, b in combinations(rects, 2):
        assert not a.intersects(b), (a, b)
    inside = chart.rect().toRectF()
    assert all(inside.contains(r) for r in rects), (inside, rects)
    assert not chart.grab().isNull()  # and it paints with them


@given(
    st.lists(
        st.tuples(st.floats(0, 2000), st.floats(1, 300)), max_size=30
    ).map(lambda spans: sorted(spans)),
    st.floats(300, 2000),
    st.integers(1, 3),
)
def test_staggered_labels_on_one_line_keep_apart_and_on_the_widget(spans, total, lines) -> None:  # noqa: ANN001
    from app.ui.live.timeline_chart import stagger

    placed = stagger(spans, total, lines)
    assert len(placed) == len(spans)
    if spans:
        assert placed[0] is not None and placed[0][1] == 0  # the first always gets line one
    by_line: dict[int, list[tuple[float, float]]] = {}
    for (_centre, width), place in zip(spans, placed, strict=True):
        if place is not None:
            left, line = place
            assert 0 <= line < lines
            if width <= total - 4:
                assert 0 <= left and left + width <= total
            by_line.setdefault(line, []).append((left, left + width))
    for row in by_line.values():
        for (_a, end), (start, _b) in zip(row, row[1:]):
            assert start >= end  # never overlapping, in x order


def test_the_network_maps_text_is_at_least_11_points_on_screen(qtbot, demo_window) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    from app.ui.live.network_map_page import NetworkMapPage

    window = demo_window
    at_laptop_size(qtbot, window)
    page = _page(window, NetworkMapPage)
    settle(qtbot)
    view = page.picture
    assert fully_seen(view), why_not_seen(view)
    texts = [i for i in page.scene.items() if isinstance(i, QGraphicsSimpleTextItem) and i.text()]
    assert len(texts) >= 15  # the family, five members, the helpers, the legend
    scale = view.transform().m11()
    for item in texts:
        # Points as the screen shows them: the font's size times the view's zoom (100 % here).
        shown = item.font().pointSizeF() * scale
        assert shown >= 11.0, (item.text(), round(shown, 1))
    assert min(view.text_point_sizes()) >= 11.0
    # The family is in view, in the middle, even when the helpers need scrolling to.
    centre = view.mapFromScene(0, 0)
    assert view.viewport().rect().contains(centre)


def test_long_worry_scale_titles_wrap_instead_of_being_cut(qtbot, demo_window) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QScrollArea, QSplitter

    from app.ui.live.scales_page import ScalesPage

    window = demo_window
    at_laptop_size(qtbot, window)
    page = _page(window, ScalesPage)
    settle(qtbot)
    editor = page.editor
    editor.person.setCurrentIndex(1)  # a parent: the longest titles
    settle(qtbot)
    picker = editor.picker
    longest = max(picker.buttons.values(), key=lambda b: len(b.text()))
    assert "misbrugsproblemer" in longest.text()
    # The history beside it drawn wider, as a caseworker does to read the timeline.
    (splitter,) = [s for s in editor.findChildren(QSplitter) if s.count() == 2][:1]
    splitter.setSizes([430, page.width() - 430])
    settle(qtbot)
    area = next(a for a in editor.findChildren(QScrollArea) if a.isAncestorOf(picker))
    assert area.horizontalScrollBar().maximum() == 0, "the form went wider than its pane"
    view = window_rect(area.viewport())
    for number, button in picker.buttons.items():
        rect = window_rect(button)
        assert view.left() <= rect.left() and rect.right() <= view.right(), why_not_seen(button)
        # The whole title is drawn inside the button: every line of it.
        need = button.fontMetrics().boundingRect(
            0, 0, button.width() - 40, 10_000, int(Qt.TextFlag.TextWordWrap), button.text()
        )
        assert need.width() <= button.width() - 30 and need.height() <= button.height(), (
            number,
            button.text(),
        )
