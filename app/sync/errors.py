"""The sync's Danish messages: each says what happened and what the person can do.

No message names a person, a child or a case; the server's error codes never carry content.
"""

from __future__ import annotations

from app.domain.messages import QT_TRANSLATE_NOOP, UserError

CONTEXT = "Sync"


class SyncError(UserError):
    """The relay could not be reached or refused us; what is queued stays queued."""

    exit_code = 69  # EX_UNAVAILABLE

    def __init__(self, source: str, /, exit_code: int | None = None, **params: object) -> None:
        super().__init__(CONTEXT, source, **params)
        if exit_code is not None:
            self.exit_code = exit_code


NO_SERVER = QT_TRANSLATE_NOOP(
    "Sync",
    "Der er ingen server at sende til. Skriv en fil med -o FIL.stafet, eller forbind til "
    "kommunens server først med „stafet sync --server URL --ca FIL“. Intet er sendt.",
)
CA_NEEDED = QT_TRANSLATE_NOOP(
    "Sync",
    "Angiv serverens certifikat med --ca FIL (filen server.crt, som IT har givet dig), "
    "første gang du forbinder til en server.",
)
CA_UNREADABLE = QT_TRANSLATE_NOOP(
    "Sync",
    "Serverens certifikat kan ikke læses. Brug filen server.crt, som IT har givet dig.",
)
BAD_URL = QT_TRANSLATE_NOOP(
    "Sync",
    "Serverens adresse skal se sådan ud: https://server.kommune.dk:8443. Intet er ændret.",
)
UNREACHABLE = QT_TRANSLATE_NOOP(
    "Sync",
    "Serveren svarer ikke. Tjek netværket, og prøv igen senere. Det, der venter, bliver "
    "liggende i din boks og sendes ved næste synkronisering.",
)
PIN_MISMATCH = QT_TRANSLATE_NOOP(
    "Sync",
    "Serveren har ikke det certifikat, du har fået af IT. Der er måske en anden server på "
    "adressen. Intet er sendt eller hentet. Kontakt IT.",
)
CLIENT_REFUSED = QT_TRANSLATE_NOOP(
    "Sync",
    "Serveren kender ikke dit certifikat: du er ikke tilmeldt, eller du er spærret. "
    "Intet er sendt eller hentet. Kontakt IT.",
)
NOT_ENROLLED = QT_TRANSLATE_NOOP(
    "Sync",
    "Du er ikke tilmeldt kommunens server. Giv IT dit kontaktkort, så de kan tilmelde dig. "
    "Intet er sendt eller hentet.",
)
REVOKED = QT_TRANSLATE_NOOP(
    "Sync",
    "Du er spærret på kommunens server. Intet er sendt eller hentet. Kontakt IT.",
)
SIGNER_MISMATCH = QT_TRANSLATE_NOOP(
    "Sync",
    "Serveren afviste en overdragelse, fordi den er underskrevet af en anden end dig. "
    "Den bliver ikke sendt. Kontakt IT.",
)
UNKNOWN_RECIPIENT = QT_TRANSLATE_NOOP(
    "Sync",
    "{count} overdragelse(r) venter, fordi modtageren ikke er tilmeldt kommunens server. "
    "De sendes, når modtageren er tilmeldt, eller send dem som fil med -o.",
)
TOO_LARGE = QT_TRANSLATE_NOOP(
    "Sync", "En overdragelse er større, end serveren tager imod. Send den som fil med -o."
)
BUSY = QT_TRANSLATE_NOOP(
    "Sync", "Serveren har travlt lige nu. Prøv igen om lidt; det, der venter, bliver liggende."
)
SERVER_FAILED = QT_TRANSLATE_NOOP(
    "Sync",
    "Serveren svarede med en fejl. Prøv igen senere; det, der venter, bliver liggende. "
    "Sker det igen, så kontakt IT.",
)
