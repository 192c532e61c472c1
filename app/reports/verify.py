"""Checks a signed PDF and answers three questions apart, as the issue of trust needs them.

1. Is the document unchanged since it was signed? Every signature intact and cryptographically
   valid, the last one covering the entire file (nothing appended), and pyHanko's difference
   analysis finding no change.
2. Who signed it, and is that identity trusted? The name in a certificate is only a claim (any
   self-made CA can issue "Olga Jensen"); it is trusted when the certificate chains to a root the
   user or IT trusts, or is the signing certificate of a contact whose fingerprint was verified
   (app.reports.trust gathers both).
3. Was the certificate valid when the document was signed (not expired, not yet valid)?

The verdict is "i orden" only when all three hold. The audit anchor printed inside the PDF is
reported as a claim unless the signer is trusted.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.status import ModificationLevel, SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from app.domain.messages import QT_TRANSLATE_NOOP
from app.reports.signing import AUDIT_CHAIN_KEY, AUDIT_SEQ_KEY, AuditHead
from app.reports.text import fmt_date, fmt_time
from app.reports.trust import KnownSigner, TrustAnchors, TrustedRoot, cert_fingerprint

logger = logging.getLogger(__name__)

_T = QT_TRANSLATE_NOOP
NOT_A_PDF = _T("Verify", "Filen kan ikke læses som PDF. Den er beskadiget eller ikke en PDF.")
NO_SIGNATURE = _T("Verify", "Filen har ingen digital underskrift.")
NOT_INTACT = _T("Verify", "Indholdet er ændret, efter at det blev underskrevet.")
NOT_VALID = _T("Verify", "Selve underskriften er ugyldig.")
NOT_WHOLE_FILE = _T(
    "Verify", "Underskriften dækker ikke hele filen: der er tilføjet noget efter underskriften."
)
MODIFIED = _T("Verify", "Dokumentet er ændret efter underskriften.")
BROKEN = _T("Verify", "Underskriften kan ikke kontrolleres.")
NOT_TRUSTED = _T(
    "Verify",
    "Underskriveren er ikke betroet: certifikatet kæder ikke til en rod, du eller IT stoler på, "
    "og det tilhører ingen kontakt med kontrolleret fingeraftryk. Navnet i certifikatet kan være "
    "skrevet af hvem som helst.",
)
CONTACT_NOT_VERIFIED = _T(
    "Verify",
    "Certifikatet tilhører kontakten {name}, men fingeraftrykket er ikke kontrolleret. "
    "Kontrollér det med {name} (fx i telefonen), og markér kontakten som kontrolleret.",
)
EXPIRED = _T("Verify", "Certifikatet var udløbet, da der blev underskrevet (udløb {date}).")
NOT_YET_VALID = _T(
    "Verify", "Certifikatet var endnu ikke gyldigt, da der blev underskrevet (gyldigt fra {date})."
)
NO_SIGNING_TIME = _T(
    "Verify", "Underskriften har intet tidspunkt, så certifikatets gyldighed kan ikke afgøres."
)


class Outcome(Enum):
    """The answer in one word; the first failing question decides (document, signer, time)."""

    OK = "ok"  # unchanged, trusted signer, certificate valid at signing
    CHANGED = "changed"  # changed, broken, or no signature at all: do not rely on the content
    UNTRUSTED = "untrusted"  # unchanged, but the signer's identity is not trusted
    CERT_NOT_VALID = "cert_not_valid"  # unchanged and trusted, but the certificate was not valid


@dataclass(frozen=True)
class SignatureCheck:
    field_name: str
    intact: bool
    valid: bool
    covers_whole_file: bool
    unchanged_after: bool
    signer: str
    signer_details: str  # "leder, Familiehuset"
    signed_at: dt.datetime | None
    timestamped: bool
    trusted: bool  # chains to a trusted root, or is a verified contact's certificate
    trusted_by: str  # why trusted: "rod: Kommunens CA (boksen)", "kontakt: Olga Jensen"
    valid_at_signing: bool | None  # None: not known (no signing time, or broken signature)
    valid_from: dt.datetime | None
    valid_until: dt.datetime | None
    problems: tuple[str, ...]
    problem_params: tuple[tuple[str, dict[str, str]], ...] = ()  # parameters per problem text

    @property
    def unchanged(self) -> bool:
        return self.intact and self.valid and self.unchanged_after and not self._doc_problems

    @property
    def _doc_problems(self) -> bool:
        return any(p in _DOCUMENT_PROBLEMS for p in self.problems)

    def params(self, problem: str) -> dict[str, str]:
        return dict(self.problem_params).get(problem, {})


_DOCUMENT_PROBLEMS = frozenset({NOT_INTACT, NOT_VALID, NOT_WHOLE_FILE, MODIFIED, BROKEN})


@dataclass(frozen=True)
class Verdict:
    signatures: tuple[SignatureCheck, ...] = ()
    problems: tuple[str, ...] = ()
    audit_head: AuditHead | None = None
    anchors_given: bool = False  # was anything trusted at all (roots or verified contacts)?

    @property
    def unchanged(self) -> bool:
        """Question 1: signed, and not changed since (the last signature covers the file)."""
        return (
            bool(self.signatures)
            and not self.problems
            and self.signatures[-1].covers_whole_file
            and all(s.unchanged for s in self.signatures)
        )

    @property
    def trusted(self) -> bool:
        """Question 2: every signer's identity is trusted."""
        return bool(self.signatures) and all(s.trusted for s in self.signatures)

    @property
    def valid_at_signing(self) -> bool:
        """Question 3: every certificate was valid when its signature was made."""
        return bool(self.signatures) and all(s.valid_at_signing for s in self.signatures)

    @property
    def outcome(self) -> Outcome:
        if not self.unchanged:
            return Outcome.CHANGED
        if not self.trusted:
            return Outcome.UNTRUSTED
        if not self.valid_at_signing:
            return Outcome.CERT_NOT_VALID
        return Outcome.OK

    @property
    def ok(self) -> bool:
        """"I orden": unchanged, trusted signer, certificate valid at signing — all three."""
        return self.outcome is Outcome.OK

    def headline(self) -> str:
        """The first line: the verdict and each of the three answers."""
        if not self.signatures:
            return (
                "Underskriften er IKKE i orden. Dokumentet: ikke underskrevet. "
                "Underskriveren: ukendt. Certifikatet: ukendt."
            )
        document = "uændret siden underskriften" if self.unchanged else "ÆNDRET eller ugyldigt"
        signer = "betroet" if self.trusted else "IKKE betroet"
        if self.valid_at_signing:
            cert = "gyldigt ved underskriften"
        elif any(s.valid_at_signing is False for s in self.signatures):
            cert = "IKKE gyldigt ved underskriften"
        else:
            cert = "gyldighed ukendt"
        state = "i orden" if self.ok else "IKKE i orden"
        return (
            f"Underskriften er {state}. Dokumentet: {document}. Underskriveren: {signer}. "
            f"Certifikatet: {cert}."
        )

    def lines(self) -> list[str]:
        """The report in Danish, as the command line prints it (the GUI has its own wording)."""
        out = [self.headline()]
        for sig in self.signatures:
            out.append(
                f"Underskrevet af: {sig.signer}"
                + (f" ({sig.signer_details})" if sig.signer_details else "")
                + ("" if sig.trusted else " – navnet er ikke bekræftet")
            )
            if sig.signed_at:
                when = f"{fmt_date(sig.signed_at)} {fmt_time(sig.signed_at)}"
                source = "tidsstempel" if sig.timestamped else "underskriverens ur"
                out.append(f"Tidspunkt: {when} (ifølge {source})")
            if sig.valid_from and sig.valid_until:
                out.append(
                    f"Certifikatet gælder fra {fmt_date(sig.valid_from)} "
                    f"til {fmt_date(sig.valid_until)}"
                )
            out.append(f"Dækker hele filen: {'ja' if sig.covers_whole_file else 'nej'}")
            out.append(f"Ændret efter underskrift: {'nej' if sig.unchanged_after else 'ja'}")
            out.append(
                f"Betroet: ja, {sig.trusted_by}" if sig.trusted else "Betroet: nej"
            )
        if self.audit_head is not None and self.unchanged:
            out.append(
                f"Revisionsspor ved underskrift: nr. {self.audit_head.seq}, "
                f"kædeværdi {self.audit_head.chain}"
            )
            if not self.trusted:
                out.append(
                    "  Det er kun en påstand: underskriveren er ikke betroet, så hvem som helst "
                    "kan have skrevet tallet. Det beviser først noget, når underskriveren er "
                    "betroet."
                )
            out.append(
                "  (kontrollér boksens spor med: stafet audit verify --anchor "
                f"{self.audit_head.seq}:{self.audit_head.chain})"
            )
        out += [f"Problem: {p}" for p in self.problems]
        for sig in self.signatures:
            out += [f"Problem: {p.format(**sig.params(p))}" for p in sig.problems]
        if self.signatures and not self.trusted and not self.anchors_given:
            out.append(
                "Tip: intet er angivet som betroet. Angiv udstederens rodcertifikat (fx kommunens "
                "CA) med --trust-root CA.pem, eller brug --vault for boksens betroede rødder og "
                "kontrollerede kontakter."
            )
        return out


def _asn1(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def _crypto(cert: asn1_x509.Certificate) -> x509.Certificate:
    return x509.load_der_x509_certificate(cert.dump())


def _subject(cert: asn1_x509.Certificate) -> tuple[str, str]:
    native = cert.subject.native
    details = ", ".join(
        v for v in (native.get("title", ""), native.get("organization_name", "")) if v
    )
    return native.get("common_name", "Ukendt"), details


def _audit_head(reader: PdfFileReader) -> AuditHead | None:
    try:
        info = reader.trailer["/Info"]
        return AuditHead(int(info[AUDIT_SEQ_KEY]), str(info[AUDIT_CHAIN_KEY]))
    except (KeyError, TypeError, ValueError):
        return None


@contextmanager
def _quiet_validator() -> Iterator[None]:
    """pyHanko logs expected failures (a tampered file) with tracebacks; our verdict says it."""
    loggers = [logging.getLogger(n) for n in ("pyhanko", "pyhanko_certvalidator")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for lg, level in zip(loggers, levels, strict=True):
            lg.setLevel(level)


def verify_pdf(data: bytes, anchors: TrustAnchors | None = None) -> Verdict:
    """Checks every signature in `data` against what `anchors` trusts (None: nothing trusted)."""
    with _quiet_validator():
        return _verify(data, anchors or TrustAnchors())


def _broken(field_name: str) -> SignatureCheck:
    return SignatureCheck(
        field_name=field_name,
        intact=False,
        valid=False,
        covers_whole_file=False,
        unchanged_after=False,
        signer="Ukendt",
        signer_details="",
        signed_at=None,
        timestamped=False,
        trusted=False,
        trusted_by="",
        valid_at_signing=None,
        valid_from=None,
        valid_until=None,
        problems=(BROKEN,),
    )


def _validity_moment(cert: x509.Certificate, when: dt.datetime) -> dt.datetime:
    """When to build the chain: the signing time, moved inside the certificate's own period.

    Whether the certificate was valid at signing is question 3; question 2 (does it chain to a
    trusted root?) must not fail merely because the certificate has expired since.
    """
    start, end = cert.not_valid_before_utc, cert.not_valid_after_utc
    return min(max(when, start + dt.timedelta(seconds=1)), end - dt.timedelta(seconds=1))


def _chains_to(
    embedded: EmbeddedPdfSignature,
    cert: x509.Certificate,
    when: dt.datetime,
    roots: tuple[TrustedRoot, ...],
) -> TrustedRoot | None:
    """The trusted root the signing certificate chains to (pyHanko's path validation), if any."""
    if not roots:
        return None
    context = ValidationContext(
        trust_roots=[_asn1(r.certificate) for r in roots],
        moment=_validity_moment(cert, when),
        allow_fetching=False,
    )
    try:
        status = validate_pdf_signature(embedded, context, skip_diff=True)
    except (SignatureValidationError, PdfError, ValueError, KeyError, TypeError):
        return None
    if not status.trusted or status.validation_path is None:
        return None
    in_path = {cert_fingerprint(_crypto(c)) for c in status.validation_path.iter_certs(True)}
    for root in roots:
        if cert_fingerprint(root.certificate) in in_path:
            return root
    return roots[0]


def _trust(
    embedded: EmbeddedPdfSignature,
    cert: x509.Certificate,
    when: dt.datetime,
    anchors: TrustAnchors,
) -> tuple[bool, str, str | None, dict[str, str]]:
    """(trusted, why, problem, params) for question 2."""
    contact: KnownSigner | None = anchors.signer_for(cert)
    if contact is not None and contact.verified:
        return True, f"kontakt med kontrolleret fingeraftryk: {contact.name}", None, {}
    root = _chains_to(embedded, cert, when, anchors.roots)
    if root is not None:
        return True, f"kæder til roden „{root.name}“ (fra {root.source})", None, {}
    if contact is not None:
        return False, "", CONTACT_NOT_VERIFIED, {"name": contact.name}
    return False, "", NOT_TRUSTED, {}


def _valid_at(
    cert: x509.Certificate, when: dt.datetime | None
) -> tuple[bool | None, str | None, dict[str, str]]:
    """(valid, problem, params) for question 3."""
    if when is None:
        return None, NO_SIGNING_TIME, {}
    if when < cert.not_valid_before_utc:
        return False, NOT_YET_VALID, {"date": fmt_date(cert.not_valid_before_utc)}
    if when > cert.not_valid_after_utc:
        return False, EXPIRED, {"date": fmt_date(cert.not_valid_after_utc)}
    return True, None, {}


def _verify(data: bytes, anchors: TrustAnchors) -> Verdict:
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = reader.embedded_signatures
    except (PdfError, ValueError, KeyError, IndexError, TypeError):
        return Verdict(problems=(NOT_A_PDF,), anchors_given=not anchors.empty)
    if not signatures:
        return Verdict(problems=(NO_SIGNATURE,), anchors_given=not anchors.empty)
    checks = []
    for index, embedded in enumerate(signatures):
        last = index == len(signatures) - 1
        try:
            status = validate_pdf_signature(
                embedded, ValidationContext(trust_roots=[], allow_fetching=False)
            )
        except (SignatureValidationError, PdfError, ValueError, KeyError, TypeError) as exc:
            logger.info("signature could not be validated: %s", type(exc).__name__)
            checks.append(_broken(embedded.field_name))
            continue
        whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
        unchanged = status.modification_level == ModificationLevel.NONE and (
            status.docmdp_ok is not False
        )
        problems: list[str] = []
        params: list[tuple[str, dict[str, str]]] = []
        if not status.intact:
            problems.append(NOT_INTACT)
        elif not status.valid:
            problems.append(NOT_VALID)
        if last and not whole:
            problems.append(NOT_WHOLE_FILE)
        if not unchanged and (last or not whole):
            problems.append(MODIFIED)
        signer, details = _subject(status.signing_cert)
        cert = _crypto(status.signing_cert)
        stamp = status.timestamp_validity
        signed_at = stamp.timestamp if stamp is not None else status.signer_reported_dt
        trusted, trusted_by, trust_problem, trust_params = _trust(
            embedded, cert, signed_at or dt.datetime.now(dt.UTC), anchors
        )
        if trust_problem:
            problems.append(trust_problem)
            params.append((trust_problem, trust_params))
        valid_at_signing, time_problem, time_params = _valid_at(cert, signed_at)
        if time_problem:
            problems.append(time_problem)
            params.append((time_problem, time_params))
        checks.append(
            SignatureCheck(
                field_name=embedded.field_name,
                intact=status.intact,
                valid=status.valid,
                covers_whole_file=whole,
                unchanged_after=unchanged,
                signer=signer,
                signer_details=details,
                signed_at=signed_at,
                timestamped=stamp is not None,
                trusted=trusted,
                trusted_by=trusted_by,
                valid_at_signing=valid_at_signing,
                valid_from=cert.not_valid_before_utc,
                valid_until=cert.not_valid_after_utc,
                problems=tuple(problems),
                problem_params=tuple(params),
            )
        )
    return Verdict(
        signatures=tuple(checks),
        audit_head=_audit_head(reader),
        anchors_given=not anchors.empty,
    )
