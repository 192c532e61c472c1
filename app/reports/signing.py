"""PAdES-B-B signing (ETSI.CAdES.detached) with a visible signature box, using pyHanko.

The signature certifies the document with "no changes allowed" (DocMDP), so any later change —
even a legal-looking incremental update — is reported by every validator. The newest audit-trail
row (sequence number + chain value) goes into the document information dictionary of the signed
revision (/StafetAuditSeq, /StafetAuditChain) and into the visible box, both covered by the
signature: an outside anchor against a cut-off audit tail (see docs/signing.md).
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from functools import cache

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from pyhanko import stamp
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.font.opentype import GlyphAccumulator, GlyphAccumulatorFactory
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign import fields, signers
from pyhanko.sign.fields import MDPPerm, SigSeedSubFilter
from pyhanko.sign.timestamps import TimestampRequestError

from app.domain.messages import QT_TRANSLATE_NOOP
from app.reports.fonts import REGULAR, font_path
from app.reports.identity import SigningError, SigningIdentity
from app.reports.template import SignaturePlace

logger = logging.getLogger(__name__)
logging.getLogger("fontTools.subset").setLevel(logging.ERROR)  # "FFTM NOT subset" noise

FIELD_NAME = "Stafet-underskrift"
AUDIT_SEQ_KEY = "/StafetAuditSeq"
AUDIT_CHAIN_KEY = "/StafetAuditChain"
TIMESTAMP_SETTING = "signing.timestamp_url"  # vault setting: the office's timestamp server

STAMP_TEXT = "Digitalt underskrevet af\n%(signer)s\n%(role_line)s\nDato: %(ts)s\n%(audit_line)s"

NO_PLACE = QT_TRANSLATE_NOOP(
    "Signing", "Dokumentet har ingen plads til underskriften. Byg det igen med underskrift valgt."
)
TIMESTAMP_FAILED = QT_TRANSLATE_NOOP(
    "Signing",
    "Tidsstemplingsserveren svarede ikke, så dokumentet er ikke underskrevet. Prøv igen, eller "
    "slå tidsstempling fra i indstillingerne.",
)


@dataclass(frozen=True)
class AuditHead:
    seq: int
    chain: str  # hex

    @property
    def short(self) -> str:
        return f"nr. {self.seq} ({self.chain[:16]}…)"


def _signer(identity: SigningIdentity) -> signers.SimpleSigner:
    data = pkcs12.serialize_key_and_certificates(
        None,
        identity.key,
        identity.certificate,
        list(identity.chain) or None,
        serialization.NoEncryption(),
    )
    return signers.SimpleSigner.load_pkcs12_data(data, other_certs=[])


def _timestamp_errors() -> tuple[type[BaseException], ...]:
    errors: tuple[type[BaseException], ...] = (TimestampRequestError, OSError, TimeoutError)
    try:
        import aiohttp

        errors += (aiohttp.ClientError,)
    except ImportError:
        pass
    return errors


class _ThousandUnitGlyphs(GlyphAccumulator):
    """pyHanko's glyph accumulator with glyph metrics in 1/1000 em, as PDF font widths must be.

    pyHanko (0.38) writes the font's own units into /W and the TJ adjustments; that is right only
    for fonts with 1000 units per em (Noto). DejaVu has 2048, which spreads every letter of the
    signature box about twice as wide. Scaling HarfBuzz and the widths to 1000 units fixes both.
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._to_thousand = 1000 / self.units_per_em
        self.units_per_em = 1000
        self.hb_font.scale = (1000, 1000)

    def _get_cid_and_width(self, glyph_id: int) -> tuple[int, int]:
        cached = self._glyphs.get(glyph_id)
        if cached is not None:
            return cached
        cid, width = super()._get_cid_and_width(glyph_id)
        self._glyphs[glyph_id] = result = (cid, round(width * self._to_thousand))
        return result


@cache
def _font_bytes() -> bytes:
    """DejaVu Sans without its OpenType layout tables, once per process.

    pyHanko drops GPOS/GSUB/GDEF from the embedded subset anyway, but fontTools would still
    parse them on every signature (a third of a second); without them the box is unchanged
    except for kerning, which a nine-point signature box does not need.
    """
    from fontTools.ttLib import TTFont

    font = TTFont(io.BytesIO(font_path(REGULAR).read_bytes()))
    for tag in ("GPOS", "GSUB", "GDEF"):
        if tag in font:
            del font[tag]
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


class _EmbeddedFont(GlyphAccumulatorFactory):
    """Hands pyHanko the embedded DejaVu Sans from memory (no file handle left open)."""

    def create_font_engine(self, writer, obj_stream=None) -> GlyphAccumulator:  # noqa: ANN001
        if obj_stream is None and writer.stream_xrefs and self.create_objstream_if_needed:
            obj_stream = writer.prepare_object_stream()
        return _ThousandUnitGlyphs(
            writer=writer,
            font_handle=io.BytesIO(_font_bytes()),
            font_size=self.font_size,
            obj_stream=obj_stream,
        )


def stamp_style() -> stamp.TextStampStyle:
    """pyHanko's text stamp, set in the embedded DejaVu Sans so æ, ø and å render everywhere."""
    # The engine's size must equal the text box's, or lines after the first drift sideways.
    font = _EmbeddedFont(str(font_path(REGULAR)), font_size=9)
    return stamp.TextStampStyle(
        stamp_text=STAMP_TEXT,
        text_box_style=TextBoxStyle(font=font, font_size=9, leading=12),
        timestamp_format="%d.%m.%Y kl. %H.%M %Z",
        border_width=1,
        background=None,
    )


def _put_audit_head(writer: IncrementalPdfFileWriter, head: AuditHead) -> None:
    info_ref = writer.trailer.raw_get("/Info")
    if isinstance(info_ref, generic.IndirectObject):
        info = info_ref.get_object()
        info[generic.NameObject(AUDIT_SEQ_KEY)] = generic.NumberObject(head.seq)
        info[generic.NameObject(AUDIT_CHAIN_KEY)] = generic.TextStringObject(head.chain)
        writer.mark_update(info_ref)
    else:  # no /Info yet: start one (pyHanko adds producer and dates to it)
        info = generic.DictionaryObject(
            {
                generic.NameObject(AUDIT_SEQ_KEY): generic.NumberObject(head.seq),
                generic.NameObject(AUDIT_CHAIN_KEY): generic.TextStringObject(head.chain),
            }
        )
        writer.set_info(info)


def sign_pdf(
    pdf: bytes,
    identity: SigningIdentity,
    place: SignaturePlace,
    *,
    audit_head: AuditHead | None = None,
    timestamp_url: str | None = None,
    reason: str = "Dokument fra Stafet",
    location: str = "",
) -> bytes:
    """Signs `pdf` in memory and returns the signed bytes (the input is left untouched)."""
    if place.page < 1:
        raise SigningError(NO_PLACE)
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    if audit_head is not None:
        _put_audit_head(writer, audit_head)
    role_line = ", ".join(v for v in (identity.role, identity.organisation) if v)
    timestamper = None
    if timestamp_url:
        from pyhanko.sign.timestamps import HTTPTimeStamper

        timestamper = HTTPTimeStamper(timestamp_url)  # loads aiohttp now (pyhanko_network)
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        subfilter=SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason=reason,
        location=location or None,
        name=identity.name,
        certify=True,
        docmdp_permissions=MDPPerm.NO_CHANGES,
    )
    pdf_signer = signers.PdfSigner(
        meta,
        signer=_signer(identity),
        timestamper=timestamper,
        stamp_style=stamp_style(),
        new_field_spec=fields.SigFieldSpec(
            sig_field_name=FIELD_NAME, on_page=place.page - 1, box=place.box
        ),
    )
    out = io.BytesIO()
    params = {
        "role_line": role_line or " ",
        "audit_line": f"Revisionsspor {audit_head.short}" if audit_head else " ",
    }
    try:
        pdf_signer.sign_pdf(writer, output=out, appearance_text_params=params)
    except _timestamp_errors() as exc:
        if timestamper is None:
            raise
        logger.warning("timestamp server failed: %s", type(exc).__name__)
        raise SigningError(TIMESTAMP_FAILED) from None
    return out.getvalue()
