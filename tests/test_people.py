"""The person's profile, keys, contact cards and address book, on real vaults."""

from __future__ import annotations

import base64
import dataclasses
import json

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import Encoding, pkcs7, pkcs12
from hypothesis import given
from hypothesis import strategies as st

from app.domain.messages import UserError
from app.people import (
    ContactBook,
    ContactCard,
    Profile,
    actor_name,
    card_from_bytes,
    card_to_bytes,
    encryption_identity,
    fingerprint,
    my_card,
    profile,
    set_profile,
    signing_identity,
)
from app.people import cards as cards_module
from app.people.encryption import import_encryption_pkcs12
from app.vault import Vault
from app.vault.core import NO_PROFILE_ACTOR
from tests.fixtures_people import ARNE, KIRSTEN, new_person_vault
from tests.fixtures_vault import PASSPHRASE


def _actions(vault: Vault) -> list[tuple[str, str, str]]:
    return [(e.actor, e.action, e.record_id) for e in vault.audit.entries()]


# -- profile and actor -------------------------------------------------------------------------


def test_profile_is_stored_cleaned_and_its_setting_is_an_audit_row_without_content(vault):
    assert profile(vault) is None
    set_profile(vault, Profile("  Kirsten   Testesen ", "Sagsbehandler", "Testby Kommune"))
    assert profile(vault) == Profile("Kirsten Testesen", "Sagsbehandler", "Testby Kommune", "")
    actor, action, record = _actions(vault)[-1]
    assert (actor, action, record) == ("Kirsten Testesen", "profile.set", "profile")
    assert vault.actor == actor_name(vault) == "Kirsten Testesen"


@pytest.mark.parametrize(
    "bad",
    [
        Profile("", "Sagsbehandler", "Testby Kommune"),
        Profile("Kirsten", "", "Testby Kommune"),
        Profile("Kirsten", "Sagsbehandler", "  "),
        Profile("Kirsten\nTestesen", "Sagsbehandler", "Testby Kommune"),
        Profile("K" * 121, "Sagsbehandler", "Testby Kommune"),
    ],
)
def test_a_bad_profile_is_refused_in_danish_and_nothing_is_written(vault, bad):
    head = vault.audit.head()
    with pytest.raises(UserError) as err:
        set_profile(vault, bad)
    assert str(err.value).startswith(("Skriv", "Navn, stilling"))
    assert profile(vault) is None and vault.audit.head() == head


def test_the_audit_actor_is_the_profile_after_unlock_never_the_os_login(
    vault_dir, memory_keyring, monkeypatch
):
    monkeypatch.setenv("LOGNAME", "Arne Andersen")
    monkeypatch.setenv("USER", "Arne Andersen")
    monkeypatch.setenv("USERNAME", "Arne Andersen")
    made = new_person_vault(vault_dir, KIRSTEN, memory_keyring)
    assert _actions(made)[0][0] == NO_PROFILE_ACTOR  # the create row comes before any profile
    made.lock()
    reopened = Vault.unlock(vault_dir, PASSPHRASE, device_secrets=memory_keyring)
    try:
        actor, action, _ = _actions(reopened)[-1]
        assert (actor, action) == ("Kirsten Testesen", "vault.unlock")
        assert all("Arne" not in row[0] for row in _actions(reopened))
    finally:
        reopened.lock()


# -- keys --------------------------------------------------------------------------------------


def test_keys_need_a_profile_first(vault):
    with pytest.raises(UserError, match="profile set"):
        signing_identity(vault)
    with pytest.raises(UserError, match="profile set"):
        encryption_identity(vault)


def test_keys_are_made_once_on_first_need_and_kept_in_the_vault(me):
    signing = signing_identity(me)
    assert signing.name == KIRSTEN.name and signing.kind == "local"
    key, cert = encryption_identity(me)
    assert isinstance(key, rsa.RSAPrivateKey) and key.key_size >= 3072
    assert cert.extensions.get_extension_for_class(x509.KeyUsage).value.key_encipherment
    assert cert.issuer == signing.chain[0].subject  # the same local CA issues both
    again_key, again_cert = encryption_identity(me)
    assert again_cert == cert
    assert again_key.private_numbers() == key.private_numbers()
    assert signing_identity(me).certificate == signing.certificate
    stored = [row[2] for row in _actions(me) if row[1] == "secret.store"]
    assert stored.count("people.encryption") == 1


def test_the_encryption_key_opens_a_cms_envelope_made_for_its_certificate(me):
    key, cert = encryption_identity(me)
    message = b"stafet\n\x00\x01 binary\r\n"
    envelope = (
        pkcs7.PKCS7EnvelopeBuilder()
        .set_data(message)
        .add_recipient(cert)
        .encrypt(Encoding.DER, [pkcs7.PKCS7Options.Binary])
    )
    assert pkcs7.pkcs7_decrypt_der(envelope, cert, key, []) == message


def test_an_encryption_key_can_be_imported_from_pkcs12_but_only_rsa(me, tmp_path):
    _key, own_cert = encryption_identity(me)
    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    from app.people.encryption import issue_encryption_certificate

    cert = issue_encryption_certificate(
        rsa_key, name="Kirsten", role="", organisation="", issuer=None
    )
    p12 = pkcs12.serialize_key_and_certificates(
        b"x", rsa_key, cert, None, serialization.BestAvailableEncryption(b"hemmelig")
    )
    import_encryption_pkcs12(me, p12, b"hemmelig")
    assert encryption_identity(me)[1] == cert != own_cert
    signing = signing_identity(me)  # an EC key: fine for signing, useless for key transport
    assert isinstance(signing.key, ec.EllipticCurvePrivateKey)
    ec_p12 = pkcs12.serialize_key_and_certificates(
        b"x", signing.key, signing.certificate, None, serialization.NoEncryption()
    )
    with pytest.raises(UserError, match="RSA"):
        import_encryption_pkcs12(me, ec_p12, None)
    with pytest.raises(UserError, match="PKCS#12"):
        import_encryption_pkcs12(me, b"not a p12", None)
    assert encryption_identity(me)[1] == cert


# -- cards -------------------------------------------------------------------------------------


def test_my_card_has_profile_and_certificates_and_no_secret(me):
    card = my_card(me)
    assert (card.name, card.role, card.organisation, card.contact) == dataclasses.astuple(KIRSTEN)
    data = card_to_bytes(card)
    assert b"PRIVATE" not in data
    parsed = json.loads(data)
    assert parsed["format"] == "stafet-kontaktkort" and parsed["version"] == 1
    assert card_from_bytes(data) == card
    digits = fingerprint(card).split(" ")
    assert len(digits) == 6 and all(len(g) == 5 and g.isdigit() for g in digits)


_clean_text = (
    st.text(
        alphabet=st.characters(blacklist_categories=("Cc", "Cf", "Cs", "Zl", "Zp")),
        min_size=1,
        max_size=120,
    )
    .map(lambda s: " ".join(s.split()))
    .filter(bool)
)


@pytest.fixture(scope="module")
def signer(tmp_path_factory):
    from tests.fixtures_vault import MemoryKeyring

    vault = new_person_vault(tmp_path_factory.mktemp("k") / "boks", KIRSTEN, MemoryKeyring())
    card, identity = my_card(vault), signing_identity(vault)
    vault.lock()
    return card, identity.key


def _resigned(card: ContactCard, key, **changes) -> ContactCard:
    return cards_module.signed(dataclasses.replace(card, **changes), key)


@given(name=_clean_text, role=_clean_text, organisation=_clean_text, contact=_clean_text)
def test_card_round_trip_keeps_every_field_and_the_fingerprint(
    signer, name, role, organisation, contact
):
    base, key = signer
    card = _resigned(base, key, name=name, role=role, organisation=organisation, contact=contact)
    assert card_from_bytes(card_to_bytes(card)) == card
    assert fingerprint(card) == fingerprint(base)  # the keys, not the phone number, are checked


@given(junk=st.binary(max_size=3000))
def test_junk_is_refused_with_a_danish_message(junk):
    with pytest.raises(UserError):
        card_from_bytes(junk)


@given(data=st.data())
def test_a_changed_byte_is_refused_or_changes_nothing(signer, data):
    card, _key = signer
    raw = bytearray(card_to_bytes(card))
    at = data.draw(st.integers(0, len(raw) - 1))
    value = data.draw(st.integers(0, 255).filter(lambda v: v != raw[at]))
    raw[at] = value
    try:
        parsed = card_from_bytes(bytes(raw))
    except UserError:
        return
    assert parsed == card  # e.g. a space of indentation became a tab: the same card


def _edit(card: ContactCard, **fields) -> bytes:
    data = json.loads(card_to_bytes(card))
    data.update(fields)
    return json.dumps(data).encode()


def test_a_tampered_card_is_refused(signer, arne_card):
    card, _key = signer
    with pytest.raises(UserError, match="ændret"):
        card_from_bytes(_edit(card, name="Arne Prøvesen"))
    swapped = arne_card.encryption_cert.public_bytes(Encoding.PEM).decode()
    with pytest.raises(UserError, match="ændret"):
        card_from_bytes(_edit(card, encryption_certificate=swapped))
    other_signature = base64.b64encode(arne_card.signature).decode()
    with pytest.raises(UserError, match="ændret"):
        card_from_bytes(_edit(card, signature=other_signature))


def test_a_card_with_a_private_key_or_a_newer_version_or_extra_field_is_refused(signer):
    card, key = signer
    secret = key.private_bytes(
        Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    with pytest.raises(UserError, match="privat nøgle"):
        card_from_bytes(_edit(card, contact=secret))
    with pytest.raises(UserError, match="nyere udgave"):
        card_from_bytes(_edit(card, version=2))
    with pytest.raises(UserError, match="ikke et Stafet-kontaktkort"):
        card_from_bytes(_edit(card, extra="x"))
    with pytest.raises(UserError, match="ikke et Stafet-kontaktkort"):
        card_from_bytes(_edit(card, version=True))
    with pytest.raises(UserError, match="for stor"):
        card_from_bytes(b" " * (65 * 1024))


# -- the address book --------------------------------------------------------------------------


def test_contact_book_add_find_verify_revoke_with_audit_rows_and_no_names(me, arne_card):
    book = ContactBook(me)
    assert book.list() == []
    arne = book.add(arne_card)
    assert (arne.name, arne.verified, arne.revoked) == (ARNE.name, False, False)
    assert arne.source == "kort"
    assert arne.fingerprint == fingerprint(arne_card)
    assert book.find("  arne   PRØVESEN ").id == arne.id  # matched like baton.same_name
    assert book.by_certificate(arne_card.signing_cert).id == arne.id
    assert book.by_certificate(arne_card.encryption_cert).id == arne.id
    assert book.by_certificate(signing_identity(me).certificate) is None
    assert book.mark_verified(arne.id).verified
    again = book.add(arne_card)  # the same card again: same contact, still verified
    assert (again.id, again.verified) == (arne.id, True) and len(book.list()) == 1
    book.revoke(arne.id)
    with pytest.raises(UserError, match="spærret"):
        book.find("Arne Prøvesen")
    assert book.by_certificate(arne_card.signing_cert).revoked  # the caller sees why
    with pytest.raises(UserError, match="ingen kontakt"):
        book.find("Ukendt Person")
    rows = [(a, act, rid) for a, act, rid in _actions(me) if act.startswith("contact.")]
    assert rows == [
        (KIRSTEN.name, "contact.import", str(arne.id)),
        (KIRSTEN.name, "contact.verify", str(arne.id)),
        (KIRSTEN.name, "contact.update", str(arne.id)),
        (KIRSTEN.name, "contact.revoke", str(arne.id)),
    ]
    assert me.audit.verify().intact


def test_two_usable_contacts_with_one_name_are_ambiguous(me, arne_card, tmp_path, memory_keyring):
    other = new_person_vault(tmp_path / "arne2", ARNE, memory_keyring)
    second_card = my_card(other)
    other.lock()
    book = ContactBook(me)
    first = book.add(arne_card)
    book.add(second_card)
    with pytest.raises(UserError, match="2 kontakter"):
        book.find(ARNE.name)
    book.revoke(first.id)
    assert book.find(ARNE.name).card == second_card


def test_the_book_survives_locking_and_unlocking(me, arne_card, vault_dir, memory_keyring):
    ContactBook(me).add(arne_card)
    me.lock()
    reopened = Vault.unlock(vault_dir, PASSPHRASE, device_secrets=memory_keyring)
    try:
        [arne] = ContactBook(reopened).list()
        assert arne.card == arne_card
    finally:
        reopened.lock()


def test_private_keys_are_nowhere_in_the_vault_folder_in_the_clear(me, vault_dir):
    signing = signing_identity(me)
    key, _cert = encryption_identity(me)
    me.lock()
    secrets = [
        k.private_bytes(
            Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        for k in (signing.key, key)
    ]
    numbers = key.private_numbers()
    secrets.append(numbers.d.to_bytes((numbers.d.bit_length() + 7) // 8, "big"))
    files = [p for p in vault_dir.rglob("*") if p.is_file()]
    assert files
    for path in files:
        data = path.read_bytes()
        assert not any(secret[-64:] in data for secret in secrets), path.name


def test_a_changed_name_renews_the_certificates_for_the_same_keys(
    me, tmp_path, memory_keyring
):
    before = my_card(me)
    arne = new_person_vault(tmp_path / "arne", ARNE, memory_keyring)
    try:
        book = ContactBook(arne)
        kirsten = book.mark_verified(book.add(before).id)
        set_profile(me, Profile("Kirsten Testesen-Berg", "Teamleder", "Testby Kommune"))
        after = my_card(me)
        assert after.signing_cert != before.signing_cert
        common_name = x509.oid.NameOID.COMMON_NAME
        for cert in (after.signing_cert, after.encryption_cert):
            assert cert.subject.get_attributes_for_oid(common_name)[0].value == (
                "Kirsten Testesen-Berg"
            )
        assert signing_identity(me).name == "Kirsten Testesen-Berg"  # new PDFs carry it
        assert fingerprint(after) == fingerprint(before)  # the keys, which were checked, stay
        assert book.by_certificate(after.signing_cert).id == kirsten.id
        renewed = book.add(after)
        assert (renewed.id, renewed.verified, renewed.name) == (
            kirsten.id,
            True,
            "Kirsten Testesen-Berg",
        )
        assert len(book.list()) == 1
    finally:
        arne.lock()


def test_an_imported_encryption_certificate_is_not_renewed(me):
    from app.people.encryption import issue_encryption_certificate

    signing_identity(me)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    theirs = issue_encryption_certificate(
        key, name="Kirsten", role="", organisation="Kommunen", issuer=None
    )
    p12 = pkcs12.serialize_key_and_certificates(
        b"x", key, theirs, None, serialization.NoEncryption()
    )
    import_encryption_pkcs12(me, p12, None)
    set_profile(me, Profile("Kirsten Testesen-Berg", "Teamleder", "Testby Kommune"))
    assert encryption_identity(me)[1] == theirs
