"""Checks a signed PDF: intact, valid, covering the whole file, unchanged since, and who signed.

The verdict is "ok" only when every signature is intact and cryptographically valid, the last one
covers the entire file (nothing was appended after signing) and pyHanko's difference analysis
finds no change. Trust is reported separately: chains to a trusted root (the local CA or a CA
the user added), does not, or was not checked (no trust roots given, e.g. no vault).
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.status import ModificationLevel, SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from app.domain.messages import QT_TRANSLATE_NOOP
from app.reports.signing import AUDIT_CHAIN_KEY, AUDIT_SEQ_KEY, AuditHead
from app.reports.text import fmt_date, fmt_time

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


@dataclass(frozen=True)
class SignatureCheck:
    field_name: str
    intact: bool
    valid: bool
    covers_whole_file: bool
    unchanged_after: bool
    signer: str
    signer_details: str  # "leder, Familiehuset"
    signed_at: datetime | None
    timestamped: bool
    trusted: bool | None  # None: not checked
    problems: tuple[str, ...]


@dataclass(frozen=True)
class Verdict:
    ok: bool  # intact, valid, covers the whole file, unchanged after signing
    signatures: tuple[SignatureCheck, ...] = ()
    problems: tuple[str, ...] = ()
    audit_head: AuditHead | None = None
    trust_checked: bool = False

    @property
    def trusted(self) -> bool | None:
        if not self.trust_checked or not self.signatures:
            return None
        return all(s.trusted for s in self.signatures)

    def lines(self) -> list[str]:
        """The report in Danish, as the command line and the GUI show it."""
        out = ["Underskriften er i orden." if self.ok else "Underskriften er IKKE i orden."]
        for sig in self.signatures:
            out.append(
                f"Underskrevet af: {sig.signer}"
                + (f" ({sig.signer_details})" if sig.signer_details else "")
            )
            if sig.signed_at:
                when = f"{fmt_date(sig.signed_at)} {fmt_time(sig.signed_at)}"
                source = "tidsstempel" if sig.timestamped else "underskriverens ur"
                out.append(f"Tidspunkt: {when} (ifølge {source})")
            out.append(f"Dækker hele filen: {'ja' if sig.covers_whole_file else 'nej'}")
            out.append(f"Ændret efter underskrift: {'nej' if sig.unchanged_after else 'ja'}")
            trust = {
                None: "ikke kontrolleret (ingen boks med betroede rødder angivet)",
                True: "ja, kæder til en betroet rod",
                False: "nej, kæder ikke til en betroet rod",
            }[sig.trusted]
            out.append(f"Betroet udsteder: {trust}")
        if self.audit_head is not None and self.ok:
            out.append(
                f"Revisionsspor ved underskrift: nr. {self.audit_head.seq}, "
                f"kædeværdi {self.audit_head.chain}"
            )
            out.append(
                "  (kontrollér boksens spor med: stafet audit verify --anchor "
                f"{self.audit_head.seq}:{self.audit_head.chain})"
            )
        out += [f"Problem: {p}" for p in self.problems]
        for sig in self.signatures:
            out += [f"Problem: {p}" for p in sig.problems]
        return out


def _asn1(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


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


def verify_pdf(data: bytes, trust_roots: list[x509.Certificate] | None = None) -> Verdict:
    """Checks every signature in `data`; `trust_roots` None means trust is not checked."""
    with _quiet_validator():
        return _verify(data, trust_roots)


def _verify(data: bytes, trust_roots: list[x509.Certificate] | None) -> Verdict:
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = reader.embedded_signatures
    except (PdfError, ValueError, KeyError, IndexError, TypeError):
        return Verdict(ok=False, problems=(NOT_A_PDF,))
    if not signatures:
        return Verdict(ok=False, problems=(NO_SIGNATURE,))
    checks = []
    for index, embedded in enumerate(signatures):
        last = index == len(signatures) - 1
        context = ValidationContext(
            trust_roots=[_asn1(c) for c in (trust_roots or [])], allow_fetching=False
        )
        try:
            status = validate_pdf_signature(embedded, context)
        except (SignatureValidationError, PdfError, ValueError, KeyError, TypeError) as exc:
            logger.info("signature could not be validated: %s", type(exc).__name__)
            checks.append(
                SignatureCheck(
                    field_name=embedded.field_name,
                    intact=False,
                    valid=False,
                    covers_whole_file=False,
                    unchanged_after=False,
                    signer="Ukendt",
                    signer_details="",
                    signed_at=None,
                    timestamped=False,
                    trusted=None,
                    problems=(BROKEN,),
                )
            )
            continue
        whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
        unchanged = status.modification_level == ModificationLevel.NONE and (
            status.docmdp_ok is not False
        )
        problems = []
        if not status.intact:
            problems.append(NOT_INTACT)
        elif not status.valid:
            problems.append(NOT_VALID)
        if last and not whole:
            problems.append(NOT_WHOLE_FILE)
        if not unchanged and (last or not whole):
            problems.append(MODIFIED)
        signer, details = _subject(status.signing_cert)
        stamp = status.timestamp_validity
        signed_at = stamp.timestamp if stamp is not None else status.signer_reported_dt
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
                trusted=status.trusted if trust_roots is not None else None,
                problems=tuple(problems),
            )
        )
    ok = checks[-1].covers_whole_file and all(
        c.intact and c.valid and not c.problems for c in checks
    )
    return Verdict(
        ok=ok,
        signatures=tuple(checks),
        audit_head=_audit_head(reader),
        trust_checked=trust_roots is not None,
    )
