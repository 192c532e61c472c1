"""The document dialogs: export through the GUI, consent refusals, signing and verifying."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel

from app.domain.records import PartyKind
from app.reports.catalog import Form
from app.ui.documents.export_dialog import ExportDialog
from app.ui.documents.verify_dialog import Outcome, VerifyDialog
from tests.fixtures_documents import TODAY, demo_window  # noqa: F401 - the fixture

# ruff: noqa: F811 - pytest hands the imported demo_window fixture to the tests
from tests.fixtures_reports import pdf_text
from tests.fixtures_ui import wait_idle
from tests.test_ui_live_support import unnamed_inputs

CPR = re.compile(r"\d{6}-?\d{4}")


def _export_dialog(qtbot, window, form: Form | None = None) -> ExportDialog:  # noqa: ANN001
    before = {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, ExportDialog)}
    window.documents.export.trigger()  # the menu action (Ctrl+P)
    dialog = next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, ExportDialog) and id(w) not in before and w.isVisible()
    )
    qtbot.addWidget(dialog)
    wait_idle(qtbot, window.ctx)  # the identity check
    if form is not None:
        assert dialog.select_form(form)
    return dialog


def _stub_save(monkeypatch, path: Path) -> list[str]:  # noqa: ANN001
    proposed: list[str] = []

    def fake(parent, caption, proposal, filters):  # noqa: ANN001, ANN202
        proposed.append(proposal)
        return str(path), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return proposed


def _case_goals(window) -> list[str]:  # noqa: ANN001
    from datetime import datetime, time

    from app.reports.data import family_plan

    plan = family_plan(window.ctx.case, datetime.combine(TODAY, time(12)).astimezone())
    return plan.goals


def test_the_family_plan_exported_through_the_dialog_has_the_goals_and_no_cpr(
    qtbot,
    demo_window,
    tmp_path,
    monkeypatch,  # noqa: ANN001, F811
) -> None:
    window = demo_window
    target = tmp_path / "ud" / "plan.pdf"
    target.parent.mkdir()
    proposed = _stub_save(monkeypatch, target)
    dialog = _export_dialog(qtbot, window, Form.FAMILY_PLAN)
    assert dialog.file_name.text() == "Familiens plan - 23.11.2026.pdf"  # no name by default
    assert not dialog.name_box.isChecked()
    dialog.name_box.setChecked(True)  # on purpose
    assert dialog.file_name.text() == "Familiens plan - Hans Hansen - 23.11.2026.pdf"
    dialog.name_box.setChecked(False)
    assert dialog.file_name.text() == "Familiens plan - 23.11.2026.pdf"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window.ctx)

    assert proposed and Path(proposed[0]).name == "Familiens plan - 23.11.2026.pdf"
    assert target.exists()
    from tests.fixtures_reports import pdf_info

    assert "Hans" not in " ".join(pdf_info(target.read_bytes()).values())
    text = " ".join(pdf_text(target).split())
    goals = _case_goals(window)
    assert goals, "the demo case has shared goals"
    assert " ".join(goals[0].split())[:40] in text
    assert not CPR.search(text)
    assert "plan.pdf" in dialog.message.text()
    assert dialog.open_button.isEnabled()
    assert "plan.pdf" in window.message_bar.text()  # the status line says it too

    opened: list[str] = []
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()))
    )
    dialog.open_button.click()
    assert opened == [str(target)]


def test_sharing_with_a_party_the_consent_does_not_cover_is_refused_and_writes_nothing(
    qtbot,
    demo_window,
    tmp_path,
    monkeypatch,  # noqa: ANN001, F811
) -> None:
    window = demo_window
    target = tmp_path / "til-laegen.pdf"
    _stub_save(monkeypatch, target)
    dialog = _export_dialog(qtbot, window, Form.STAFETLOG)
    codes = [dialog.recipient_combo.itemData(i) for i in range(dialog.recipient_combo.count())]
    assert "school_daycare:Olga Jensen" in codes  # the parties the consent names, by name
    assert not any(code in {k.value for k in PartyKind} for code in codes)  # never a bare kind
    assert not dialog.select_recipient("gp")
    # A recipient the consent does not name (as a stale list or a printing caller might pass):
    dialog.recipient_combo.addItem("Lægehuset Nord", "gp:Lægehuset Nord")
    assert dialog.select_recipient("gp:Lægehuset Nord")
    assert "omfatter ikke denne modtager" in dialog.check_label.text()
    assert not dialog.save_button.isEnabled()
    # Even forced past the button, the export refuses with the explanation and writes nothing.
    dialog.export_to(str(target))
    wait_idle(qtbot, window.ctx)
    assert "omfatter ikke denne modtager" in dialog.message.text()
    assert not target.exists()
    assert list(tmp_path.glob("*.part")) == []

    assert dialog.select_recipient("school_daycare:Olga Jensen")
    (consent,) = window.ctx.case.consents
    assert f"Samtykket underskrevet {consent.signed_on:%d.%m.%Y} nævner denne modtager" in (
        dialog.check_label.text()
    )
    assert dialog.save_button.isEnabled()


def test_minutes_offer_the_meetings_newest_first(qtbot, demo_window) -> None:  # noqa: ANN001, F811
    dialog = _export_dialog(qtbot, demo_window, Form.MINUTES)
    meetings = sorted(demo_window.ctx.case.meetings, key=lambda m: m.starts_at, reverse=True)
    uids = [dialog.record_combo.itemData(i) for i in range(dialog.record_combo.count())]
    assert uids == [m.uid for m in meetings]
    assert dialog.record_combo.isVisibleTo(dialog)
    held = max((m for m in meetings if m.held), key=lambda m: m.starts_at)
    assert dialog.record_uid == held.uid  # as the command line: the last held meeting


def _create_identity(qtbot, window) -> None:  # noqa: ANN001
    dialog = window.documents.open_identity()
    qtbot.addWidget(dialog)
    wait_idle(qtbot, window.ctx)
    assert "ingen signatur" in dialog.current_text.text()
    qtbot.keyClicks(dialog.name, "Olga Jensen")
    qtbot.keyClicks(dialog.role, "stuepædagog")
    qtbot.keyClicks(dialog.organisation, "Børnehaven Solsikken")
    dialog.create_button.click()
    wait_idle(qtbot, window.ctx)
    wait_idle(qtbot, window.ctx)
    shown = dialog.current_text.text()
    assert "Olga Jensen" in shown and "Stafet lokal CA" in shown
    assert re.search(r"Gyldig til: \d\d\.\d\d\.\d{4}\n", shown)  # dd.mm.yyyy
    dialog.accept()


def _verify(qtbot, window, path: Path) -> VerifyDialog:  # noqa: ANN001
    dialog = window.documents.open_verify()
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20_000)
    return dialog


def _forged_olga_jensen() -> bytes:
    from datetime import date

    from app.reports import identity, signing
    from app.reports.catalog import build_document
    from app.reports.common import BuildOptions
    from app.reports.template import SignaturePlace
    from tests.fixtures_reports import hansen_case

    ca_key, ca_cert = identity.make_local_ca("Olga Jensen", "Familiehuset")
    key, cert = identity.issue_personal(
        ca_key, ca_cert, name="Olga Jensen", role="", organisation="Familiehuset"
    )
    forger = identity.SigningIdentity(
        "Olga Jensen", "", "Familiehuset", "local", key, cert, (ca_cert,)
    )
    place = SignaturePlace()
    options = BuildOptions(printed_on=date(2026, 3, 1), author="Olga Jensen")
    pdf = build_document(hansen_case(), Form.INVITATION, options).to_pdf(signature=place)
    return signing.sign_pdf(pdf, forger, place, audit_head=signing.AuditHead(7, "ab" * 32))


def test_a_signed_export_verifies_intact_and_a_flipped_byte_is_reported_changed(
    qtbot,
    demo_window,
    tmp_path,
    monkeypatch,  # noqa: ANN001, F811
) -> None:
    window = demo_window
    target = tmp_path / "invitation.pdf"
    _stub_save(monkeypatch, target)
    before = _export_dialog(qtbot, window, Form.INVITATION)
    assert not before.sign_box.isEnabled() and before.identity_button.isVisible()
    before.reject()

    _create_identity(qtbot, window)
    dialog = _export_dialog(qtbot, window, Form.INVITATION)
    assert dialog.sign_box.isEnabled() and dialog.sign_box.isChecked()
    dialog.save_button.click()
    wait_idle(qtbot, window.ctx)
    assert "underskrevet" in dialog.message.text()

    good = _verify(qtbot, window, target)
    assert good.outcome is Outcome.INTACT
    assert "uændret" in good.headline.text()
    assert "Olga Jensen" in good.details.text()
    assert "Underskriveren er betroet: kæder til roden" in good.details.text()
    assert "i orden" in good.headline.text()

    forged = tmp_path / "falsk.pdf"  # anyone's own CA, issuing "Olga Jensen"
    forged.write_bytes(_forged_olga_jensen())
    fake = _verify(qtbot, window, forged)
    assert fake.outcome is Outcome.UNTRUSTED
    assert "IKKE i orden" in fake.headline.text() and "forfalsket" in fake.headline.text()
    assert "kun en påstand" in fake.details.text()
    assert re.search(r"Tidspunkt: \d\d\.\d\d\.\d{4} kl\. \d\d\.\d\d", good.details.text())

    data = bytearray(target.read_bytes())
    start = data.index(b"stream", len(data) // 4) + 20  # inside a content stream, a signed range
    data[start] ^= 0x01
    tampered = tmp_path / "ændret.pdf"
    tampered.write_bytes(bytes(data))
    bad = _verify(qtbot, window, tampered)
    assert bad.outcome is Outcome.CHANGED
    assert "ændret" in bad.headline.text()
    assert "Traceback" not in bad.details.text()


def test_a_file_that_is_not_a_pdf_gets_a_calm_answer(qtbot, demo_window, tmp_path) -> None:  # noqa: ANN001, F811
    junk = tmp_path / "noget.pdf"
    junk.write_bytes(b"ikke en pdf")
    dialog = _verify(qtbot, demo_window, junk)
    assert dialog.outcome is Outcome.INVALID
    assert "ugyldig" in dialog.headline.text()
    missing = _verify(qtbot, demo_window, tmp_path / "findes-ikke.pdf")
    assert missing.outcome is Outcome.INVALID
    assert "kan ikke læses" in missing.details.text()


def test_the_family_safe_view_offers_only_family_documents_and_no_cpr(
    qtbot,
    demo_window,  # noqa: ANN001, F811
) -> None:
    window = demo_window
    window.action_family_safe.setChecked(True)
    dialog = _export_dialog(qtbot, window)
    forms = {dialog.form_combo.itemData(i) for i in range(dialog.form_combo.count())}
    assert forms == {"family-plan", "invitation", "insight", "consent"}
    recipients = [dialog.recipient_combo.itemData(i) for i in range(dialog.recipient_combo.count())]
    assert recipients == ["parents"]
    texts = [w.text() for w in dialog.findChildren(QLabel)]
    texts += [dialog.file_name.text()]
    for i in range(dialog.form_combo.count()):
        dialog.form_combo.setCurrentIndex(i)
        texts += [dialog.record_combo.itemText(j) for j in range(dialog.record_combo.count())]
        texts.append(dialog.file_name.text())
    assert not any(CPR.search(t) for t in texts)
    # Turning the family view on closes a dialog opened without it.
    window.ctx.set_family_safe(False)  # as after the passphrase (F12 off asks for it)
    other = _export_dialog(qtbot, window)
    window.action_family_safe.setChecked(True)
    assert not other.isVisible()


@pytest.mark.parametrize("opener", ["export", "identity", "verify"])
def test_every_input_of_the_document_dialogs_has_an_accessible_name(
    qtbot,
    demo_window,
    opener,  # noqa: ANN001, F811
) -> None:
    window = demo_window
    if opener == "export":
        dialog = _export_dialog(qtbot, window, Form.CONSENT)
    elif opener == "identity":
        dialog = window.documents.open_identity()
    else:
        dialog = window.documents.open_verify()
    qtbot.addWidget(dialog)
    wait_idle(qtbot, window.ctx)
    assert unnamed_inputs(dialog) == []
    assert all(b.accessibleName() or b.text() for b in dialog.findChildren(QAbstractButton))


def test_the_document_actions_are_disabled_while_locked(qtbot, demo_window) -> None:  # noqa: ANN001, F811
    window = demo_window
    actions = window.documents
    assert actions.export.isEnabled()
    assert actions.export.objectName() == "actionExportDocument"
    assert not actions.export.shortcut().isEmpty()
    dialog = _export_dialog(qtbot, window, Form.FAMILY_PLAN)
    window.lock()
    assert not actions.export.isEnabled() and not actions.verify.isEnabled()
    assert not dialog.isVisible()
    assert dialog.file_name.text() == ""
    wait_idle(qtbot, window.ctx)


def test_the_meeting_page_opens_the_export_for_the_chosen_meeting(qtbot, demo_window) -> None:  # noqa: ANN001, F811
    from app.ui.live.meeting_page import MeetingPage

    window = demo_window
    page = window.findChildren(MeetingPage)[0]
    window.workspace.case_view.tabs.setCurrentWidget(page)
    oldest = min(window.ctx.case.meetings, key=lambda m: m.starts_at)
    page.focus_target(oldest.uid)
    for button, form in ((page.invitation_pdf, "invitation"), (page.minutes_pdf, "minutes")):
        before = {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, ExportDialog)}
        button.click()
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ExportDialog) and id(w) not in before and w.isVisible()
        )
        qtbot.addWidget(dialog)
        wait_idle(qtbot, window.ctx)
        assert dialog.form.value == form
        assert dialog.record_uid == oldest.uid  # the meeting chosen on the page, not the default
        dialog.reject()


def test_the_stafetlog_page_opens_the_family_plan_export(qtbot, demo_window) -> None:  # noqa: ANN001
    from app.ui.stafetlog.page import StafetlogPage

    page = demo_window.findChildren(StafetlogPage)[0]
    page.family_plan_pdf.click()
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, ExportDialog) and w.isVisible()
    )
    qtbot.addWidget(dialog)
    wait_idle(qtbot, demo_window.ctx)
    assert dialog.form is Form.FAMILY_PLAN
    assert not dialog.record_combo.isVisibleTo(dialog)  # the plan is made from the whole case


def test_an_employee_certificate_is_imported_and_a_root_trusted_through_the_dialog(
    qtbot, demo_window, tmp_path
) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    from app.reports.identity import issue_personal, make_local_ca

    ca_key, ca_cert = make_local_ca("Kommunen", "Aarhus Kommune")
    key, cert = issue_personal(
        ca_key, ca_cert, name="Arne Andersen", role="sagsbehandler", organisation="Børn og Familie"
    )
    p12 = tmp_path / "arne.p12"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"arne", key, cert, [ca_cert], serialization.BestAvailableEncryption(b"hemmelig")
        )
    )
    root = tmp_path / "kommunen.pem"
    root.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))

    window = demo_window
    dialog = window.documents.open_identity()
    qtbot.addWidget(dialog)
    wait_idle(qtbot, window.ctx)
    dialog.p12_path.setText(str(p12))
    qtbot.keyClicks(dialog.p12_secret, "forkert")
    dialog.import_button.click()
    wait_idle(qtbot, window.ctx)
    assert "adgangskoden er forkert" in dialog.message.text()
    assert dialog.p12_secret.text() == ""  # the passphrase does not stay on screen
    assert "ingen signatur" in dialog.current_text.text()

    qtbot.keyClicks(dialog.p12_secret, "hemmelig")
    dialog.import_button.click()
    wait_idle(qtbot, window.ctx)
    wait_idle(qtbot, window.ctx)
    assert "Arne Andersen" in dialog.message.text()
    assert "Arne Andersen" in dialog.current_text.text()
    assert "importeret" in dialog.current_text.text()

    dialog.trust_file(str(root))
    wait_idle(qtbot, window.ctx)
    wait_idle(qtbot, window.ctx)
    assert "Stafet lokal CA – Kommunen" in dialog.current_text.text()  # listed as trusted
    dialog.trust_file(str(p12))  # not a certificate: a calm refusal
    wait_idle(qtbot, window.ctx)
    assert "ikke et CA-certifikat" in dialog.message.text()


def test_an_unexpected_failure_gets_a_calm_message_without_personal_data(
    qtbot, demo_window, tmp_path, monkeypatch
) -> None:
    import app.reports.service

    def broken(*_args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
        raise RuntimeError("Hans Hansen 120320-4235 kunne ikke skrives")

    monkeypatch.setattr(app.reports.service, "export_pdf", broken)
    dialog = _export_dialog(qtbot, demo_window, Form.FAMILY_PLAN)
    dialog.export_to(str(tmp_path / "plan.pdf"))
    wait_idle(qtbot, demo_window.ctx)
    shown = dialog.message.text()
    assert "Intet er gået tabt" in shown
    assert "Hans" not in shown and not CPR.search(shown)
    assert not (tmp_path / "plan.pdf").exists()
    assert dialog.save_button.isEnabled()  # the caseworker can try again


def test_the_insight_check_says_what_the_parents_get_not_less() -> None:
    from datetime import date

    from app.ui.documents import choices
    from tests.fixtures_reports import hansen_case

    case = hansen_case()
    insight = choices.check_recipient(case, Form.INSIGHT, choices.PARENTS, date(2008, 1, 20))
    assert insight.allowed and "alt i loggen" in insight.text and "interne noter" in insight.text
    plan = choices.check_recipient(case, Form.FAMILY_PLAN, choices.PARENTS, date(2008, 1, 20))
    assert "uden CPR-nummer" in plan.text


def test_a_kind_ticked_without_a_name_is_explained_not_offered() -> None:
    from datetime import date

    from app.domain.records import ConsentParty
    from app.ui.documents import choices
    from tests.fixtures_reports import hansen_case

    case = hansen_case()
    on = date(2008, 1, 20)
    assert choices.unnamed_parties_note(case, on) == ""
    case.consents[0].parties.append(ConsentParty(kind=PartyKind.GP, name=""))
    codes = [c.code for c in choices.recipient_choices(case, family_safe=False)]
    assert not any(code.startswith("gp") for code in codes)
    note = choices.unnamed_parties_note(case, on)
    assert "praktiserende læge" in note and "ved navn" in note
