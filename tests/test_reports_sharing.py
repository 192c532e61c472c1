"""Sharing: consent checks per party, atomic writes, the export service and its audit rows."""

from __future__ import annotations

import os
from datetime import date

import pytest
import sqlalchemy as sa
from hypothesis import given
from hypothesis import strategies as st

from app.domain.records import PartyKind
from app.models.interchange import to_json
from app.models.service import CaseService
from app.reports import identity, sharing
from app.reports.service import export_pdf, resolve_choice
from app.reports.trust import gather_trust_anchors
from app.reports.verify import verify_pdf
from app.vault.schema import audit_log
from tests.fixtures_reports import CPR, hansen_case, pdf_text

IN_FORCE = date(2008, 1, 20)  # the example consent runs 08.11.2007–07.11.2008


@pytest.fixture
def case_in_vault(vault) -> int:  # noqa: ANN001 - app.vault.Vault
    return CaseService(vault).import_case(to_json(hansen_case()))


def audit_rows(vault) -> list[tuple[str, str, str]]:  # noqa: ANN001
    with vault.read_session() as s:
        rows = s.execute(
            sa.select(audit_log.c.action, audit_log.c.record_type, audit_log.c.subject).order_by(
                audit_log.c.seq
            )
        ).all()
    return [tuple(r) for r in rows]


# --- who may receive what ---------------------------------------------------------------------


def test_recipients_in_danish_or_by_party_kind():
    assert sharing.parse_recipient("forældre").is_family
    assert sharing.parse_recipient("skole").kind is PartyKind.SCHOOL_DAYCARE
    named = sharing.parse_recipient("school_daycare: Børnehaven Solsikken ")
    assert (named.kind, named.name) == (PartyKind.SCHOOL_DAYCARE, "Børnehaven Solsikken")
    with pytest.raises(sharing.SharingRefused, match="kendes ikke"):
        sharing.parse_recipient("naboen")


@given(
    st.sampled_from(list(PartyKind)),
    st.text(
        alphabet=st.characters(blacklist_characters=":", blacklist_categories=("Cs",)), max_size=30
    ),
)
def test_any_party_kind_with_any_name_parses_back(kind, name):
    parsed = sharing.parse_recipient(f"{kind.value}:{name}")
    assert parsed.kind is kind and parsed.name == (name.strip() or None)


def test_a_covered_party_and_the_family_may_receive():
    case = hansen_case()
    covering = sharing.check_share(
        case, sharing.parse_recipient("børnesagsbehandler:Arne Andersen"), IN_FORCE
    )
    assert covering is case.consents[0]
    sharing.check_share(case, sharing.parse_recipient("hospital:Psykiatrisk afdeling"), IN_FORCE)
    case.consents.clear()
    assert sharing.check_share(case, sharing.parse_recipient("forældre"), IN_FORCE) is None


@pytest.mark.parametrize("party", ["skole", "andre", "børnesagsbehandler", "school_daycare: "])
def test_a_kind_alone_is_refused_with_a_danish_reason_that_asks_for_the_name(party):
    """Today's opposite: `--for skole` passed a consent that names its parties."""
    case = hansen_case()
    with pytest.raises(sharing.SharingRefused, match="skriv også modtagerens navn") as refused:
        sharing.check_share(case, sharing.parse_recipient(party), IN_FORCE)
    assert ':Navn"' in str(refused.value)


@pytest.mark.parametrize(
    ("change", "party", "on", "says"),
    [
        ("none", "gp:Lægehuset", IN_FORCE, "intet samtykke"),
        ("keep", "gp:Lægehuset", IN_FORCE, "omfatter ikke denne modtager"),
        ("keep", "hospital:Rigshospitalet", IN_FORCE, "omfatter ikke"),
        ("keep", "skole:Børnehaven Solsikken", date(2008, 11, 8), "udløb 07.11.2008"),
        ("revoke", "skole:Børnehaven Solsikken", IN_FORCE, "trak samtykket tilbage 10.01.2008"),
    ],
)
def test_sharing_outside_the_consent_is_refused_with_why_and_what_to_do(change, party, on, says):
    case = hansen_case()
    if change == "none":
        case.consents.clear()
    if change == "revoke":
        case.consents[0].revoked_on = date(2008, 1, 10)
    with pytest.raises(sharing.SharingRefused, match=says) as refused:
        sharing.check_share(case, sharing.parse_recipient(party), on)
    assert any(w in str(refused.value) for w in ("Få ", "Bed ", "Tal med"))  # what to do
    assert CPR not in str(refused.value)


def test_a_refusal_names_the_consent_that_named_the_recipient_not_the_newest():
    import dataclasses

    from app.domain.records import ConsentParty

    case = hansen_case()
    old = case.consents[0]  # names the school; revoked
    old.revoked_on = date(2008, 1, 10)
    newer = dataclasses.replace(
        old,
        uid="ny",
        signed_on=date(2008, 1, 15),
        valid_until=date(2009, 1, 15),
        revoked_on=None,
        parties=[ConsentParty(kind=PartyKind.GP, name="Lægehuset Nord")],
    )
    case.consents.append(newer)
    with pytest.raises(sharing.SharingRefused, match="trak samtykket tilbage 10.01.2008"):
        sharing.check_share(case, sharing.parse_recipient("skole:Børnehaven Solsikken"), IN_FORCE)
    assert sharing.check_share(case, sharing.parse_recipient("laege:lægehuset nord"), IN_FORCE) is (
        newer
    )


# --- writing files ------------------------------------------------------------------------------


def test_atomic_write_replaces_the_file_and_leaves_no_temp_files(tmp_path):
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")
    sharing.write_atomically(target, b"%PDF new")
    assert target.read_bytes() == b"%PDF new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.pdf"]


def test_failed_write_keeps_the_old_file_and_cleans_up(tmp_path, monkeypatch):
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")

    def full_disk(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(sharing.SharingRefused, match="disken er fuld"):
        sharing.write_atomically(target, b"%PDF new")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.pdf"]


def test_missing_folder_is_a_clear_message(tmp_path):
    with pytest.raises(sharing.SharingRefused, match="findes ikke"):
        sharing.write_atomically(tmp_path / "ingen" / "plan.pdf", b"x")


# --- the export service -------------------------------------------------------------------------


def test_export_writes_the_pdf_and_audits_form_and_recipient(vault, case_in_vault, tmp_path):
    out = tmp_path / "plan.pdf"
    result = export_pdf(
        vault, case_in_vault, "family-plan", for_party="forældre", out_path=out, today=IN_FORCE
    )
    assert result.path == out and "Vores plan for Hans" in pdf_text(out)
    action, record_type, subject = audit_rows(vault)[-1]
    assert (action, record_type) == ("pdf.share.parents", "pdf.family-plan")
    stored_uid = CaseService(vault).load(case_in_vault).uid
    assert subject == stored_uid


def test_refused_export_writes_nothing_and_audits_no_share(vault, case_in_vault, tmp_path):
    before = audit_rows(vault)
    folder = tmp_path / "ud"
    folder.mkdir()
    with pytest.raises(sharing.SharingRefused, match="omfatter ikke"):
        export_pdf(
            vault,
            case_in_vault,
            "stafetlog",
            for_party="laege:Lægehuset Nord",
            out_path=folder / "log.pdf",
            today=IN_FORCE,
        )
    assert list(folder.iterdir()) == []
    assert not any(a.startswith("pdf.") for a, _t, _s in audit_rows(vault)[len(before) :])


def test_signed_export_carries_the_audit_head_and_verifies(vault, case_in_vault, tmp_path):
    identity.create_local_identity(
        vault, name="Arne Andersen", role="sagsbehandler", organisation="Børn og Familie"
    )
    out = tmp_path / "underretning.pdf"
    result = export_pdf(
        vault,
        case_in_vault,
        "notification",
        sign=True,
        for_party="børnesagsbehandler:Arne Andersen",
        out_path=out,
        today=IN_FORCE,
    )
    verdict = verify_pdf(out.read_bytes(), gather_trust_anchors(vault))
    assert verdict.ok and verdict.trusted
    assert verdict.audit_head == result.signed_with_head
    assert result.audit_seq == result.signed_with_head.seq + 1  # the export row comes after
    assert vault.audit.verify(anchor=(verdict.audit_head.seq, verdict.audit_head.chain)).intact
    assert audit_rows(vault)[-1][:2] == ("pdf.share.children_caseworker", "pdf.notification.signed")


def test_meetings_and_records_are_chosen_by_number_or_id_prefix(vault, case_in_vault, tmp_path):
    case = CaseService(vault).load(case_in_vault)
    first = min(case.meetings, key=lambda m: m.starts_at)
    out = tmp_path / "referat.pdf"
    export_pdf(vault, case_in_vault, "minutes", meeting_uid="1", out_path=out, today=IN_FORCE)
    assert "12.11.2007" in pdf_text(out)
    export_pdf(
        vault, case_in_vault, "invitation", meeting_uid=first.uid[:8], out_path=out, today=IN_FORCE
    )
    assert "12.11.2007" in pdf_text(out)
    with pytest.raises(Exception, match="fra 1 til 2"):
        export_pdf(vault, case_in_vault, "minutes", meeting_uid="7", out_path=out)


def test_resolve_choice_by_index_and_prefix():
    case = hansen_case()
    meetings = sorted(case.meetings, key=lambda m: m.starts_at)
    assert resolve_choice(meetings, "2", "møder") == meetings[1].uid
    assert resolve_choice(meetings, meetings[0].uid.upper(), "møder") == meetings[0].uid
    assert resolve_choice(meetings, None, "møder") is None


def test_unsigned_export_names_the_caseworker_when_the_vault_knows_them(
    vault, case_in_vault, tmp_path
):
    from tests.fixtures_reports import pdf_info

    identity.create_local_identity(vault, name="Arne Andersen", role="sagsbehandler")
    out = tmp_path / "log.pdf"
    export_pdf(vault, case_in_vault, "stafetlog", out_path=out, today=IN_FORCE)
    assert pdf_info(out.read_bytes())["Author"] == "Stafet"  # the page names her, not metadata
    assert "Udskrevet 20.01.2008 af Arne Andersen" in pdf_text(out)
    assert audit_rows(vault)[-1][:2] == ("pdf.export", "pdf.stafetlog")
