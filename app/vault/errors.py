"""The vault's expected problems, each with a plain Danish explanation (context "Vault")."""

from __future__ import annotations

from typing import Any

from app.domain.messages import QT_TRANSLATE_NOOP, UserError

CONTEXT = "Vault"


class VaultError(UserError):
    """Base for every problem the vault reports; the subclasses carry the Danish text."""

    source_text = QT_TRANSLATE_NOOP("Vault", "Der opstod et problem med boksen.")

    def __init__(self, source: str | None = None, /, **params: Any) -> None:
        super().__init__(CONTEXT, source or self.source_text, **params)


class WrongPassphrase(VaultError):
    source_text = QT_TRANSLATE_NOOP("Vault", "Forkert adgangsfrase.")

    def __init__(self, source: str | None = None, /, *, retry_after: float = 0.0, **params: Any):
        self.retry_after = retry_after
        super().__init__(source, **params)


class WrongRecoveryKey(WrongPassphrase):
    source_text = QT_TRANSLATE_NOOP(
        "Vault", "Gendannelsesnøglen passer ikke til denne boks. Tjek, at den er skrevet rigtigt."
    )


class UnlockThrottled(VaultError):
    """Too many wrong attempts in a row: the next try must wait (the GUI shows a countdown)."""

    exit_code = 3
    source_text = QT_TRANSLATE_NOOP(
        "Vault",
        "Der er tastet forkert adgangsfrase for mange gange. Vent {seconds} sekunder, "
        "og prøv så igen.",
    )

    def __init__(self, seconds: float) -> None:
        self.retry_after = seconds
        super().__init__(seconds=max(1, int(seconds + 0.999)))


class DeviceSecretMissing(VaultError):
    source_text = QT_TRANSLATE_NOOP(
        "Vault",
        "Boksen er låst med både adgangsfrase og en nøgle, der ligger på den computer, hvor "
        "boksen blev oprettet. Den nøgle findes ikke her. Åbn boksen med gendannelsesnøglen.",
    )


class VaultDamaged(VaultError):
    exit_code = 4
    source_text = QT_TRANSLATE_NOOP(
        "Vault",
        "Boksen er beskadiget og kan ikke åbnes. Filen er ikke ændret. "
        "Gendan den fra en sikkerhedskopi.",
    )


class VaultNotFound(VaultError):
    source_text = QT_TRANSLATE_NOOP(
        "Vault", "Der er ingen boks i mappen {directory}. Opret en ny, eller vælg en anden mappe."
    )


class VaultExists(VaultError):
    source_text = QT_TRANSLATE_NOOP(
        "Vault", "Der findes allerede en boks i mappen {directory}. Den er ikke ændret."
    )


class VaultTooNew(VaultError):
    source_text = QT_TRANSLATE_NOOP(
        "Vault",
        "Boksen er gemt af en nyere udgave af Stafet (skemaversion {revision}). "
        "Opdater Stafet for at åbne den. Boksen er ikke ændret.",
    )


class VaultLocked(VaultError):
    source_text = QT_TRANSLATE_NOOP("Vault", "Boksen er låst. Lås den op med din adgangsfrase.")


class VaultBusy(VaultError):
    source_text = QT_TRANSLATE_NOOP(
        "Vault", "Boksen er i brug af et andet Stafet-vindue. Prøv igen om lidt."
    )


class DiskFull(VaultError):
    exit_code = 5
    source_text = QT_TRANSLATE_NOOP(
        "Vault",
        "Disken er fuld, så ændringen blev ikke gemt. Det, der var gemt før, er uændret. "
        "Frigør plads, og prøv igen.",
    )


class FileOpenElsewhere(VaultError):
    """Windows: the file to be replaced is held open by another program (app.files)."""

    exit_code = 5
    source_text = QT_TRANSLATE_NOOP(
        "Vault",
        "Filen er åben i et andet program, så Stafet kan ikke erstatte den. "
        "Luk den, og prøv igen. Intet er ændret.",
    )


class ReadOnly(VaultError):
    exit_code = 5
    source_text = QT_TRANSLATE_NOOP(
        "Vault",
        "Mappen med boksen er skrivebeskyttet, så Stafet kan ikke gemme i den. "
        "Intet er ændret. Vælg en mappe, du kan skrive i.",
    )


class BackupInvalid(VaultError):
    exit_code = 4
    source_text = QT_TRANSLATE_NOOP(
        "Vault",
        "Filen er ikke en brugbar sikkerhedskopi af en Stafet-boks (den er beskadiget eller "
        "af en anden type). Intet er ændret.",
    )


class WeakPassphrase(VaultError):
    source_text = QT_TRANSLATE_NOOP(
        "Vault",
        "Adgangsfrasen er for let at gætte. Brug mindst {minimum} tegn, og helst fire "
        "tilfældige ord, som ikke hænger sammen, fx «kaktus lampe vandre november». Undgå "
        "navne, datoer, kendte ord og tal som 12345678.",
    )


class WrongSqlcipher(VaultError):
    """The installed SQLCipher library is not the 4.x series the vault format needs."""

    exit_code = 6
    source_text = QT_TRANSLATE_NOOP(
        "Vault",
        "Stafet er installeret med en forkert udgave af krypteringsbiblioteket SQLCipher "
        "({found}); der kræves 4.x. Boksen er ikke ændret. Kontakt IT.",
    )


class AuditHeadMismatch(VaultError):
    """The trail no longer reaches the head kept outside the database (key file, keyring)."""

    exit_code = 4
    source_text = QT_TRANSLATE_NOOP(
        "Vault",
        "Boksen er ældre eller anderledes end sidst, den blev brugt: revisionssporet når ikke "
        "post nr. {seq}, som Stafet gemte uden for boksen. Ændringer kan være gået tabt (fx "
        "efter et nedbrud), eller boksen er skiftet ud med en ældre kopi. Boksen er ikke "
        "ændret. Gendan boksen fra den nyeste sikkerhedskopi: i en terminal "
        "«stafet vault restore SIKKERHEDSKOPI». Spørg IT, hvis du ikke har en sikkerhedskopi.",
    )


class VaultInUse(VaultError):
    exit_code = 3
    source_text = QT_TRANSLATE_NOOP(
        "Vault",
        "Boksen er åben i Stafet et andet sted på computeren. Luk Stafet dér (eller lås "
        "boksen), og prøv så igen. Intet er ændret.",
    )


class RecoveryCopyDamaged(VaultError):
    exit_code = 4
    source_text = QT_TRANSLATE_NOOP(
        "Vault",
        "Kopien til gendannelsesnøglen i nøglefilen er beskadiget. Lav en ny gendannelsesnøgle "
        "med «stafet vault recovery-key --new», og gem den et sikkert sted.",
    )
