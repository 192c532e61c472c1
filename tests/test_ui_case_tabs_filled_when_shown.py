"""Opening a case fills only the page on screen; every other tab shows the case when it is shown.

Through the real window on a real vault: what a tab paints after another child's case was
open, what a tab the caseworker never looked at holds, and the paths that bring a tab forward
without a click (a deadline's record, the worry scale's duty to notify, lock, family-safe).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget

from app.domain import records as r
from tests.fixtures_ui import create_case_through_gui, wait_idle

SIGNED = date.today() - timedelta(days=10)


def _consent(purpose: str, giver: str) -> r.Consent:
    return r.Consent(
        purpose=purpose,
        signed_on=SIGNED,
        valid_until=SIGNED + timedelta(days=300),
        givers=[r.ConsentGiver(name=giver, relation="mor", signed_on=SIGNED)],
        parties=[r.ConsentParty(kind=r.PartyKind.SCHOOL_DAYCARE, name="Børnehaven Solsikken")],
    )


def _page(window, name: str) -> QWidget:  # noqa: ANN001
    return next(p for p in window.workspace.case_view.pages if type(p).__name__ == name)


def _click_tab(qtbot, window, page: QWidget) -> None:  # noqa: ANN001
    """As the caseworker does: a click on the page's tab."""
    tabs = window.workspace.case_view.tabs
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tabs.indexOf(page)).center())
    assert tabs.currentWidget() is page


def _open(qtbot, window, case_id: int, **where) -> None:  # noqa: ANN001, ANN003
    uid = window.ctx.service.load(case_id, audit=False).uid
    window.workspace.open_case(case_id, **where)
    qtbot.waitUntil(lambda: window.ctx.case is not None and window.ctx.case.uid == uid)
    wait_idle(qtbot, window.ctx)


def _two_cases(qtbot, window) -> tuple[int, int]:  # noqa: ANN001
    """Hans' case and Ida's, each with a consent; Ida's is open, on the stafetlog."""
    hans = create_case_through_gui(qtbot, window, name="Hans Hansen", cpr="")
    ida = create_case_through_gui(qtbot, window, name="Ida Berg", cpr="")
    service = window.ctx.service
    service.save_consent(hans, _consent("Samarbejde om Hans i børnehaven.", "Lilly Hansen"))
    service.save_consent(ida, _consent("Samarbejde om Ida i dagplejen.", "Eva Berg"))
    return hans, ida


class PaintedTexts(QObject):
    """Every text a label and a list had on screen at the moment they were painted."""

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self.page = page
        self.seen: list[str] = []
        page.details.installEventFilter(self)
        page.consents.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.seen.append(self.page.details.text())
            self.seen += [
                self.page.consents.item(i).text() for i in range(self.page.consents.count())
            ]
        return False


def test_a_tab_shown_after_another_case_paints_only_the_new_childs_data(
    qtbot, unlocked_window
):
    window = unlocked_window
    hans, ida = _two_cases(qtbot, window)
    consent = _page(window, "ConsentPage")
    _open(qtbot, window, hans)
    _click_tab(qtbot, window, consent)
    qtbot.waitUntil(lambda: "Samarbejde om Hans" in consent.details.text())
    _click_tab(qtbot, window, window.workspace.case_view.pages[0])

    _open(qtbot, window, ida)
    painted = PaintedTexts(consent)
    _click_tab(qtbot, window, consent)
    qtbot.waitUntil(lambda: bool(painted.seen))
    assert any("Samarbejde om Ida" in text for text in painted.seen)
    assert not any("Hans" in text or "Lilly" in text for text in painted.seen)
    assert "Eva Berg" in consent.details.text()


def test_opening_a_case_leaves_the_other_tabs_unfilled_until_they_are_shown(
    qtbot, unlocked_window
):
    window = unlocked_window
    ida = create_case_through_gui(qtbot, window, name="Ida Berg", cpr="")
    window.ctx.service.save_consent(ida, _consent("Samarbejde om Ida i dagplejen.", "Eva Berg"))
    window.ctx.reload_case()
    wait_idle(qtbot, window.ctx)
    stafetlog, consent = window.workspace.case_view.pages[0], _page(window, "ConsentPage")
    assert stafetlog.header.values["child"].text() == "Ida Berg"  # the page on screen: filled
    # The consent tab was never shown: it has not been filled (the cost of opening a case is
    # the page on screen only) ...
    assert consent.consents.count() == 0 and consent.details.text() == ""
    # ... and shows the case the moment it is.
    _click_tab(qtbot, window, consent)
    assert consent.consents.count() == 1
    assert "Eva Berg" in consent.details.text()


def test_opening_a_case_at_a_record_on_a_tab_never_shown_selects_it(
    qtbot, unlocked_window
):
    """The deadlines dashboard opens a case at its record (a consent that lapses)."""
    window = unlocked_window
    hans, ida = _two_cases(qtbot, window)
    uid = window.ctx.service.load(ida).consents[0].uid
    _open(qtbot, window, hans)
    _open(qtbot, window, ida, target=uid)
    consent = _page(window, "ConsentPage")
    assert window.workspace.case_view.tabs.currentWidget() is consent
    assert consent.selected() is not None and consent.selected().uid == uid
    assert "Eva Berg" in consent.details.text() and "Lilly" not in consent.details.text()


def test_the_duty_to_notify_opens_a_form_on_a_notification_tab_never_shown(
    qtbot, unlocked_window
):
    window = unlocked_window
    create_case_through_gui(qtbot, window, name="Ida Berg", cpr="")
    scales, notification = _page(window, "ScalesPage"), _page(window, "NotificationPage")
    _click_tab(qtbot, window, scales)
    page = scales.open_notification_form(["Ida kommer ofte sulten i dagplejen."])
    assert page is notification
    assert window.workspace.case_view.tabs.currentWidget() is notification
    # the new form stays open: showing the case on the tab did not reset it
    qtbot.waitUntil(notification.form.isVisible)
    assert notification.status.text() == "Ny underretning – ikke gemt endnu."
    assert notification.form.notification().signs == ["Ida kommer ofte sulten i dagplejen."]


def test_a_lock_drops_what_a_tab_was_holding(qtbot, unlocked_window):
    window = unlocked_window
    ida = create_case_through_gui(qtbot, window, name="Ida Berg", cpr="")
    window.ctx.service.save_consent(ida, _consent("Samarbejde om Ida i dagplejen.", "Eva Berg"))
    window.ctx.reload_case()
    wait_idle(qtbot, window.ctx)
    consent = _page(window, "ConsentPage")
    window.lock()
    consent.ensure_filled()  # whatever asks the page to show itself after the lock
    assert consent.consents.count() == 0
    assert "Eva" not in consent.details.text() and "Ida" not in consent.details.text()


def test_family_safe_turned_on_before_a_tab_is_shown_still_hides_internal_notes(
    qtbot, unlocked_window
):
    window = unlocked_window
    ida = create_case_through_gui(qtbot, window, name="Ida Berg", cpr="")
    service = window.ctx.service
    for observer, internal in (("Olga Jensen", False), ("Karin Holm", True)):
        service.save_observation(
            ida,
            r.Observation(
                observed_on=SIGNED, observer=observer, workplace="Dagplejen", internal=internal
            ),
        )
    window.ctx.reload_case()
    wait_idle(qtbot, window.ctx)
    observations = _page(window, "ObservationPage")
    window.ctx.set_family_safe(True)
    _click_tab(qtbot, window, observations)
    listed = observations.observations
    shown = [listed.item(i).text() for i in range(listed.count())]
    assert len(shown) == 1 and "Olga Jensen" in shown[0]
    assert not any("Karin" in text for text in shown)


def _drawn_signature() -> bytes:
    """A real PNG of a few strokes, as the signature pad stores it."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage, QPainter, QPen

    image = QImage(300, 90, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(QPen(QColor("black"), 2.6))
    for x in range(10, 280, 30):
        painter.drawLine(x, 70, x + 20, 20)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


class PaintedSignatures(QObject):
    """Whose signature pictures were painted (by their tooltips, the giver's name)."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and watched.objectName() == "signatureImage":
            self.seen.append(watched.toolTip())
        return False


def _signature_tips(page: QWidget) -> list[str]:
    from PySide6.QtWidgets import QLabel

    return [
        label.toolTip()
        for label in page.findChildren(QLabel, "signatureImage")
        if label.isVisible() and not label.pixmap().isNull()
    ]


def test_signature_pictures_show_with_the_consent_and_only_the_open_childs(
    qtbot, unlocked_window
):
    from PySide6.QtWidgets import QApplication

    window = unlocked_window
    hans = create_case_through_gui(qtbot, window, name="Hans Hansen", cpr="")
    ida = create_case_through_gui(qtbot, window, name="Ida Berg", cpr="")
    service, png = window.ctx.service, _drawn_signature()
    for case_id, giver in ((hans, "Lilly Hansen"), (ida, "Eva Berg")):
        consent = _consent("Samarbejde i dagtilbuddet.", giver)
        consent.givers[0].signature_png = png
        service.save_consent(case_id, consent)
    consent_page = _page(window, "ConsentPage")
    _open(qtbot, window, ida)
    _click_tab(qtbot, window, consent_page)
    qtbot.waitUntil(lambda: _signature_tips(consent_page) == ["Underskrift: Eva Berg"])
    window.ctx.reload_case()  # as after every save: the picture stays
    wait_idle(qtbot, window.ctx)
    qtbot.waitUntil(lambda: _signature_tips(consent_page) == ["Underskrift: Eva Berg"])

    painted = PaintedSignatures()
    QApplication.instance().installEventFilter(painted)
    # Counted from the moment Hans' case reaches the screens (until then the case tab still
    # shows the case that was open, as it always has while the next one loads).
    window.ctx.case_changed.connect(lambda _case: painted.seen.clear())
    try:
        window.workspace.show_cases()
        _open(qtbot, window, hans)  # back on the consent tab, now with Hans' case
        assert window.workspace.case_view.tabs.currentWidget() is consent_page
        qtbot.waitUntil(lambda: _signature_tips(consent_page) == ["Underskrift: Lilly Hansen"])
        qtbot.waitUntil(lambda: "Underskrift: Lilly Hansen" in painted.seen)
    finally:
        QApplication.instance().removeEventFilter(painted)
    assert "Underskrift: Eva Berg" not in painted.seen
    window.lock()
    assert _signature_tips(consent_page) == []
