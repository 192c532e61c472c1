"""The handover's Danish messages: every refusal says why and that nothing was written."""

from __future__ import annotations

from app.domain.messages import QT_TRANSLATE_NOOP, UserError

CONTEXT = "Handover"


class HandoverError(UserError):
    """An expected problem with a `.stafet` file or a handover; nothing has been written."""

    def __init__(self, source: str, /, **params: object) -> None:
        super().__init__(CONTEXT, source, **params)


DAMAGED = QT_TRANSLATE_NOOP(
    "Handover",
    "Filen er ikke en overdragelse fra Stafet, eller den er blevet ændret undervejs. "
    "Bed afsenderen om at sende den igen. Intet er ændret.",
)
NOT_FOR_YOU = QT_TRANSLATE_NOOP(
    "Handover",
    "Filen er sendt til en anden person. Kun modtageren kan åbne den. Intet er ændret.",
)
NEWER_FORMAT = QT_TRANSLATE_NOOP(
    "Handover",
    "Filen er lavet med en nyere udgave af Stafet. Opdatér Stafet, og prøv igen. Intet er ændret.",
)
UNKNOWN_SENDER = QT_TRANSLATE_NOOP(
    "Handover",
    "Afsenderen er ikke i din kontaktbog. Importér afsenderens kontaktkort, og tjek "
    "fingeraftrykket med afsenderen, før du modtager filen. Intet er ændret.",
)
REVOKED_SENDER = QT_TRANSLATE_NOOP(
    "Handover",
    "Afsenderen {name} er spærret i din kontaktbog. Filen modtages ikke. Intet er ændret.",
)
REPLAYED = QT_TRANSLATE_NOOP("Handover", "Denne fil er allerede modtaget. Intet er ændret.")
OLDER = QT_TRANSLATE_NOOP(
    "Handover",
    "Du har allerede modtaget en nyere overdragelse af denne sag fra {name}. "
    "Den ældre fil modtages ikke. Intet er ændret.",
)
NO_CONSENT = QT_TRANSLATE_NOOP(
    "Handover",
    "Forældrenes samtykke nævner ikke {name}. Stafetten må kun gives videre til en part, som "
    "samtykket nævner med navn. Ret samtykket sammen med forældrene, eller vælg en anden "
    "modtager. Intet er sendt.",
)
NO_CONSENT_AT_ALL = QT_TRANSLATE_NOOP(
    "Handover",
    "Der er intet samtykke fra forældrene i sagen. Stafetten må kun gives videre med "
    "forældrenes samtykke. Intet er sendt.",
)
CONSENT_REVOKED = QT_TRANSLATE_NOOP(
    "Handover",
    "Forældrene trak samtykket til {name} tilbage {on}. Stafetten kan ikke gives videre til "
    "{name} uden et nyt samtykke. Intet er sendt.",
)
CONSENT_LAPSED = QT_TRANSLATE_NOOP(
    "Handover",
    "Samtykket til {name} udløb {on}. Forny samtykket sammen med forældrene, før stafetten "
    "gives videre. Intet er sendt.",
)
CONSENT_NOT_YET = QT_TRANSLATE_NOOP(
    "Handover",
    "Samtykket til {name} gælder først fra {on}. Intet er sendt.",
)
NOT_HOLDER = QT_TRANSLATE_NOOP(
    "Handover",
    "Kun stafetholderen kan overdrage stafetten, og stafetholderen er {holder}. Intet er sendt.",
)
NO_OFFER_FOR_ME = QT_TRANSLATE_NOOP(
    "Handover",
    "Der er ingen modtaget overdragelse af denne sag, som venter på dit svar.",
)
RECEIPT_UNEXPECTED = QT_TRANSLATE_NOOP(
    "Handover",
    "Kvitteringen svarer ikke til en overdragelse, du har sendt til {name}. Intet er ændret.",
)
CASE_MISSING = QT_TRANSLATE_NOOP(
    "Handover",
    "Sagen, som kvitteringen gælder, findes ikke længere i din boks. Intet er ændret.",
)
UNREADABLE = QT_TRANSLATE_NOOP("Handover", "Filen kan ikke læses. Tjek navnet og mappen.")
UPDATE_WITHOUT_COPY = QT_TRANSLATE_NOOP(
    "Handover",
    "Det er en opdatering af en kopi, som du ikke har endnu. Modtag først kopien fra {name}; "
    "så modtages opdateringen ved næste synkronisering. Intet er ændret.",
)
