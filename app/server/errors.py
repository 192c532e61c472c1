"""The relay's refusals: HTTP codes for the laptops (no content), Danish messages for IT's CLI."""

from __future__ import annotations

from app.domain.messages import QT_TRANSLATE_NOOP, UserError


class Refused(Exception):
    """A request the relay answers with `{"error": code}` (codes in app.relay_protocol)."""

    def __init__(self, code: str, *, retry_after: int | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.retry_after = retry_after


class ServerError(UserError):
    """A problem an IT person running `stafet-server` can fix; the text says how."""

    exit_code = 2

    def __init__(self, source: str, /, **params: object) -> None:
        super().__init__("Server", source, **params)


NO_DATABASE = QT_TRANSLATE_NOOP(
    "Server",
    "Der er ingen database angivet. Kør „stafet-server --dir MAPPE init --database "
    "postgresql://BRUGER@VÆRT:PORT/DB“, eller sæt STAFET_SERVER_DATABASE.",
)
BAD_DATABASE_URL = QT_TRANSLATE_NOOP(
    "Server",
    "Databaseadressen skal have formen postgresql://BRUGER@VÆRT:PORT/DB. "
    "Skriv ikke adgangskoden i adressen: brug ~/.pgpass eller PGPASSWORD.",
)
DATABASE_UNREACHABLE = QT_TRANSLATE_NOOP(
    "Server",
    "Databasen kan ikke nås ({why}). Tjek adressen, at PostgreSQL kører, og at brugeren må "
    "logge på. Intet er ændret.",
)
SCHEMA_MISSING = QT_TRANSLATE_NOOP(
    "Server",
    "Databasen er ikke sat op til Stafet-serveren (eller er en ældre udgave). Kør "
    "„stafet-server --dir MAPPE init --database …“ først.",
)
NOT_INITIALISED = QT_TRANSLATE_NOOP(
    "Server",
    "Mappen {path} er ikke sat op til Stafet-serveren (server.toml mangler). Kør "
    "„stafet-server --dir {path} init --database …“ først.",
)
ALREADY_INITIALISED = QT_TRANSLATE_NOOP(
    "Server",
    "Mappen {path} har allerede en servernøgle. Den overskrives ikke: vælg en anden mappe, "
    "eller flyt de gamle filer væk først.",
)
BAD_CONFIG = QT_TRANSLATE_NOOP(
    "Server", "Konfigurationsfilen {path} kan ikke læses: {why}. Intet er ændret."
)
BAD_SETTING = QT_TRANSLATE_NOOP(
    "Server", "Indstillingen {name} skal være et positivt tal (fik „{value}“)."
)
BAD_LISTEN = QT_TRANSLATE_NOOP(
    "Server", "--listen skal have formen VÆRT:PORT, fx 127.0.0.1:8443 (fik „{value}“)."
)
FILE_UNREADABLE = QT_TRANSLATE_NOOP("Server", "Filen {path} kan ikke læses.")
ALREADY_ENROLLED = QT_TRANSLATE_NOOP(
    "Server", "Kortet er allerede tilmeldt (person nummer {number}). Intet er ændret."
)
ENCRYPTION_CERT_TAKEN = QT_TRANSLATE_NOOP(
    "Server",
    "Krypteringscertifikatet i kortet tilhører allerede en anden tilmeldt person "
    "(nummer {number}). Intet er ændret.",
)
NAME_TAKEN = QT_TRANSLATE_NOOP(
    "Server",
    "Der er allerede en aktiv person med navnet i kortet (nummer {number}). Er det et nyt kort "
    "til samme person (nye certifikater), så brug --replace: det gamle kort spærres, og "
    "ventende bundter flyttes til det nye. Intet er ændret.",
)
NO_SUCH_PERSON = QT_TRANSLATE_NOOP(
    "Server", "Der er ingen aktiv tilmeldt person med det navn. Intet er ændret."
)
AMBIGUOUS_PERSON = QT_TRANSLATE_NOOP(
    "Server",
    "Flere aktive personer har det navn ({numbers}). Skriv nummeret i stedet for navnet. "
    "Intet er ændret.",
)
CERT_FILES_MISSING = QT_TRANSLATE_NOOP(
    "Server",
    "Servercertifikatet eller -nøglen mangler i {path} (server.crt, server.key). Kør init igen "
    "i en ny mappe.",
)
NO_TLS_CLIENT_USE = QT_TRANSLATE_NOOP(
    "Server",
    "Underskriftscertifikatet i kortet må ikke bruges til at logge på en server (TLS-klient): "
    "nøglebrugen mangler digitalSignature, eller den udvidede nøglebrug mangler clientAuth. "
    "Personen kan ikke forbinde med det. Bed om et certifikat, der tillader det. Intet er ændret.",
)
BAD_DAYS = QT_TRANSLATE_NOOP("Server", "Antallet af dage skal være 0 eller mere.")
