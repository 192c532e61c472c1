"""Each refused handover says why in Danish and writes nothing: outside the consent, a tampered
byte, another recipient, an unknown or revoked sender, replay, a newer format."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import records as r
from app.domain.messages import UserError
from app.handover import bundle
from app.handover.errors import HandoverError
from tests.fixtures_handover import (
    TODAY,
    Laptop,
    consent_for,
    exchange_cards,
    make_laptop,
    start_case,
    vault_snapshot,
)


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Laptop]]:
    """Kirsten, Arne and Bente know each other; Dorte knows Arne, but Arne does not know her."""
    root = tmp_path_factory.mktemp("kontor")
    laps = {
        "kirsten": make_laptop(root, "Kirsten Petersen", "leder", "Familiehuset"),
        "arne": make_laptop(root, "Arne Andersen", "sagsbehandler", "Børn og Familie"),
        "bente": make_laptop(root, "Bente Bruun", "lærer", "Solsikkeskolen"),
        "dorte": make_laptop(root, "Dorte Dahl", "sundhedsplejerske", "Sundhedsplejen"),
    }
    exchange_cards(laps["kirsten"], laps["arne"], laps["bente"])
    exchange_cards(laps["dorte"], laps["arne"])
    from app.people import ContactBook

    arne_book = ContactBook(laps["arne"].vault)
    arne_book.revoke(arne_book.find("Dorte Dahl").id)  # Arne no longer knows Dorte
    yield laps
    for lap in laps.values():
        lap.vault.lock()


def _case_for_arne(lap: Laptop) -> int:
    return start_case(lap, consent_for(("Arne Andersen", r.PartyKind.CHILDREN_CASEWORKER)))


@pytest.fixture(scope="module")
def to_arne(office: dict[str, Laptop], tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A bundle from Kirsten to Arne, as it lies on the USB stick."""
    kirsten = office["kirsten"]
    target = tmp_path_factory.mktemp("usb") / "til-arne.stafet"
    kirsten.handover.send(_case_for_arne(kirsten), kirsten.contact("Arne Andersen"), target)
    return target.read_bytes()


def _refused(lap: Laptop, data: bytes, tmp: Path, expected: str | None = None) -> str:
    """Reading (and, were it allowed, receiving) `data` fails and changes nothing in the vault."""
    before = vault_snapshot(lap)
    path = tmp / "fil.stafet"
    path.write_bytes(data)
    with pytest.raises(UserError) as refused:
        lap.handover.receive(lap.handover.read(path))
    assert vault_snapshot(lap) == before
    if expected is not None:
        assert str(refused.value) == expected
    assert "Hans" not in str(refused.value)
    return str(refused.value)


# --- sending --------------------------------------------------------------------------------


def test_a_person_outside_the_consent_gets_nothing(office, tmp_path):  # noqa: ANN001
    kirsten = office["kirsten"]
    case_id = _case_for_arne(kirsten)  # the consent names Arne, not Bente
    before = vault_snapshot(kirsten)
    for copy in (False, True):
        with pytest.raises(HandoverError) as refused:
            kirsten.handover.send(
                case_id, kirsten.contact("Bente Bruun"), tmp_path / "b.stafet", copy=copy
            )
        assert "samtykke nævner ikke Bente Bruun" in str(refused.value)
    assert vault_snapshot(kirsten) == before
    assert list(tmp_path.iterdir()) == []


def test_a_lapsed_or_missing_consent_stops_the_handover(office, tmp_path):  # noqa: ANN001
    kirsten = office["kirsten"]
    lapsed = start_case(
        kirsten,
        consent_for(
            ("Arne Andersen", r.PartyKind.CHILDREN_CASEWORKER),
            signed_on=TODAY - timedelta(days=29),
        ),
    )
    consent = kirsten.svc.load(lapsed).consents[0]
    kirsten.svc.revoke_consent(lapsed, consent.uid, TODAY, "Forældrene har trukket det tilbage.")
    none = start_case(kirsten, None)
    for case_id, words in (
        (lapsed, "trak samtykket til Arne Andersen tilbage"),
        (none, "samtykke"),
    ):
        before = vault_snapshot(kirsten)
        with pytest.raises(UserError) as refused:
            kirsten.handover.send(case_id, kirsten.contact("Arne Andersen"), tmp_path / "a.stafet")
        assert words in str(refused.value)
        assert vault_snapshot(kirsten) == before
    assert list(tmp_path.iterdir()) == []


# --- receiving ------------------------------------------------------------------------------


def test_the_same_file_twice_is_refused(office, tmp_path):  # noqa: ANN001
    kirsten, bente = office["kirsten"], office["bente"]
    case_id = start_case(kirsten, consent_for(("Bente Bruun", r.PartyKind.SCHOOL_DAYCARE)))
    first, second = tmp_path / "1.stafet", tmp_path / "2.stafet"
    kirsten.handover.send(case_id, kirsten.contact("Bente Bruun"), first, copy=True)
    kirsten.handover.send(case_id, kirsten.contact("Bente Bruun"), second, copy=True)
    bente.handover.receive(bente.handover.read(second))
    _refused(
        bente, second.read_bytes(), tmp_path, "Denne fil er allerede modtaget. Intet er ændret."
    )
    older = _refused(bente, first.read_bytes(), tmp_path)  # an older file after a newer one
    assert "nyere overdragelse" in older


def test_a_receipt_twice_is_refused(office, tmp_path):  # noqa: ANN001
    kirsten, arne = office["kirsten"], office["arne"]
    case_id = _case_for_arne(kirsten)
    kirsten.handover.send(case_id, kirsten.contact("Arne Andersen"), tmp_path / "a.stafet")
    a_case = arne.handover.receive(arne.handover.read(tmp_path / "a.stafet"))
    arne.handover.decline(a_case, "Ikke i vores distrikt.", tmp_path / "svar.stafet")
    kirsten.handover.receive(kirsten.handover.read(tmp_path / "svar.stafet"))
    _refused(kirsten, (tmp_path / "svar.stafet").read_bytes(), tmp_path)


def test_a_file_for_someone_else_is_refused(office, to_arne, tmp_path):  # noqa: ANN001
    _refused(
        office["bente"],
        to_arne,
        tmp_path,
        "Filen er sendt til en anden person. Kun modtageren kan åbne den. Intet er ændret.",
    )


def test_a_bundle_forwarded_under_a_new_envelope_is_refused(office, to_arne, tmp_path):  # noqa: ANN001
    """Arne cannot pass Kirsten's signed bundle on to Bente as if Kirsten had sent it to her."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.ciphers import algorithms
    from cryptography.hazmat.primitives.serialization import pkcs7

    from app.people import encryption_identity

    key, cert = encryption_identity(office["arne"].vault)
    signed = pkcs7.pkcs7_decrypt_der(to_arne, cert, key, [])
    forwarded = (
        pkcs7.PKCS7EnvelopeBuilder()
        .set_data(signed)
        .set_content_encryption_algorithm(algorithms.AES256)
        .add_recipient(office["arne"].contact("Bente Bruun").card.encryption_cert)
        .encrypt(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary])
    )
    assert "en anden person" in _refused(office["bente"], forwarded, tmp_path)


def test_an_unknown_or_revoked_sender_is_refused(office, tmp_path):  # noqa: ANN001
    kirsten, arne, dorte = office["kirsten"], office["arne"], office["dorte"]
    # Dorte was revoked in Arne's book: a file she signs is refused by name.
    from app.people import fingerprint, my_card, signing_identity

    dorte_id = signing_identity(dorte.vault)
    arne_card = dorte.contact("Arne Andersen").card
    payload = {
        "kind": "copy",
        "id": "ab" * 16,
        "sent_at": "2030-01-01T00:00:00+00:00",
        "recipient": {"fingerprint": fingerprint(my_card(arne.vault))},
        "case_uid": "cd" * 16,
    }
    data = bundle.seal(payload, dorte_id.key, dorte_id.certificate, arne_card.encryption_cert)
    assert "spærret" in _refused(arne, data, tmp_path)
    # Someone Arne never imported: a fresh signing key with Kirsten's name on it.
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, kirsten.name)])
    now = dt.datetime.now(dt.UTC)
    forged = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    data = bundle.seal(payload, key, forged, arne_card.encryption_cert)
    assert "ikke i din kontaktbog" in _refused(arne, data, tmp_path)


def test_a_newer_format_is_refused(office, tmp_path):  # noqa: ANN001
    from app.people import signing_identity

    kirsten, arne = office["kirsten"], office["arne"]
    identity = signing_identity(kirsten.vault)
    data = bundle.seal(
        {"version": bundle.VERSION + 1, "kind": "bundle"},
        identity.key,
        identity.certificate,
        kirsten.contact("Arne Andersen").card.encryption_cert,
    )
    assert "nyere udgave af Stafet" in _refused(arne, data, tmp_path)


# --- tampering ------------------------------------------------------------------------------

# The envelope's head, the recipient's key block, the start and the end of the ciphertext, and
# the middle (the signer's certificate lies there): every region with its own check.
_FIXED = [0, 1, 5, 20, 60, 200, 400, 600, -700, -400, -200, -17, -16, -2, -1]


@pytest.mark.parametrize("where", _FIXED)
def test_a_changed_byte_at_a_known_place_is_refused(office, to_arne, tmp_path, where):  # noqa: ANN001
    data = bytearray(to_arne)
    data[where] ^= 0x01
    _refused(office["arne"], bytes(data), tmp_path)


@settings(max_examples=120)
@given(st.data())
def test_a_changed_byte_anywhere_is_refused(office, to_arne, tmp_path_factory, data):  # noqa: ANN001
    where = data.draw(st.integers(0, len(to_arne) - 1), label="offset")
    flip = data.draw(st.integers(1, 255), label="xor")
    changed = bytearray(to_arne)
    changed[where] ^= flip
    _refused(office["arne"], bytes(changed), tmp_path_factory.mktemp("t"))


def test_a_cut_or_lengthened_file_is_refused(office, to_arne, tmp_path):  # noqa: ANN001
    for data in (to_arne[:-1], to_arne + b"\x00", to_arne[: len(to_arne) // 2], b"", b"hej"):
        _refused(office["arne"], data, tmp_path)


def test_the_untouched_bundle_still_opens(office, to_arne):  # noqa: ANN001
    """The refusals above are about the change, not about a bundle Arne could never read."""
    assert office["arne"].handover.read(to_arne).sender_name == "Kirsten Petersen"


def _resealed(office, data: bytes, change) -> bytes:  # noqa: ANN001
    """Kirsten's bundle to Arne with its case document changed, signed again by Kirsten."""
    from app.people import encryption_identity, signing_identity

    key, cert = encryption_identity(office["arne"].vault)
    payload = dict(bundle.open_sealed(data, key, cert).payload)
    payload["id"] = uuid.uuid4().hex
    payload["sent_at"] = datetime.now(UTC).isoformat()
    change(payload["case"])
    kirsten = signing_identity(office["kirsten"].vault)
    return bundle.seal(payload, kirsten.key, kirsten.certificate, cert)


def test_a_signed_case_the_app_would_not_write_is_refused(office, to_arne, tmp_path):  # noqa: ANN001
    """Signed by a trusted sender is not enough: the case must pass the import's own checks."""

    def newer(document):  # noqa: ANN001, ANN202
        document["version"] = 2

    def bad_cpr(document):  # noqa: ANN001, ANN202
        document["case"]["child"]["cpr"] = "320199-1234"

    assert "version" in _refused(office["arne"], _resealed(office, to_arne, newer), tmp_path)
    assert "cpr" in _refused(office["arne"], _resealed(office, to_arne, bad_cpr), tmp_path)
