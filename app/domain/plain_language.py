"""Plain-language checker ("Sproget i stafetloggen"): findings with offsets and a rewrite.

The checker never blocks: it marks passages with a short hint. It runs on every keystroke, so it
is a handful of precompiled regular expressions over the text (Python's `\\b` and `\\w` are
Unicode-aware for `str`, so æ, ø and å are letters). Text in decomposed Unicode (NFD, as some
Macs paste it) is composed first and every offset is mapped back to the original text.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass

from app.domain.messages import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

_T = QT_TRANSLATE_NOOP
LONG_SENTENCE_WORDS = 25


class Rule:
    """Rule ids (stable: the UI may colour or switch them off by id)."""

    MAN = "man"
    VAGUE_TIME = "vague_time"
    OFFICIALESE = "officialese"
    PASSIVE = "passive"
    ABBREVIATION = "abbreviation"
    LONG_SENTENCE = "long_sentence"


RULE_TITLES = {
    Rule.MAN: _T("PlainLanguage", "Skriv hvem"),
    Rule.VAGUE_TIME: _T("PlainLanguage", "Upræcis tid"),
    Rule.OFFICIALESE: _T("PlainLanguage", "Kancellisprog"),
    Rule.PASSIVE: _T("PlainLanguage", "Passiv form"),
    Rule.ABBREVIATION: _T("PlainLanguage", "Forkortelse"),
    Rule.LONG_SENTENCE: _T("PlainLanguage", "Lang sætning"),
}


@dataclass(frozen=True)
class Finding:
    start: int  # offset into the original text
    end: int  # exclusive; text[start:end] is the flagged passage
    rule: str
    message: str  # short Danish explanation
    suggestion: str  # a rewrite or what to write instead


# ---------------------------------------------------------------------------------------------
# Word lists. Multi-word phrases allow any whitespace (a line break) between the words.
# ---------------------------------------------------------------------------------------------

_VAGUE_TIMES: tuple[tuple[str, str], ...] = (
    ("snarest muligt", _T("PlainLanguage", "Skriv en dato, for eksempel »senest fredag 12.03.«")),
    ("hurtigst muligt", _T("PlainLanguage", "Skriv en dato, for eksempel »senest fredag 12.03.«")),
    ("snarest", _T("PlainLanguage", "Skriv en dato, for eksempel »senest fredag 12.03.«")),
    ("inden længe", _T("PlainLanguage", "Skriv en dato eller en uge, for eksempel »i uge 12«")),
    ("om kort tid", _T("PlainLanguage", "Skriv en dato eller en uge, for eksempel »i uge 12«")),
    ("i nær fremtid", _T("PlainLanguage", "Skriv en dato eller en uge, for eksempel »i uge 12«")),
    ("på et senere tidspunkt", _T("PlainLanguage", "Skriv hvornår, for eksempel »i marts«")),
    ("i rimeligt omfang",
     _T("PlainLanguage", "Skriv præcist hvor tit, for eksempel »hver anden uge«")),
    ("i videst muligt omfang", _T("PlainLanguage", "Skriv præcist hvor meget eller hvor tit")),
    ("med jævne mellemrum",
     _T("PlainLanguage", "Skriv præcist hvor tit, for eksempel »hver mandag«")),
    ("løbende", _T("PlainLanguage", "Skriv præcist hvor tit, for eksempel »hver anden uge«")),
    ("så vidt muligt", _T("PlainLanguage", "Skriv hvem der afgør det, og hvad der så sker")),
    ("på et tidspunkt", _T("PlainLanguage", "Skriv hvornår, for eksempel »i marts«")),
    ("efter behov",
     _T("PlainLanguage", "Skriv hvor tit, og hvem der afgør det, for eksempel »hver fredag«")),
)

# (phrase, plain replacement). Inflected forms are listed on purpose: a bare stem would also hit
# ordinary words that merely start with the same letters.
_OFFICIALESE: tuple[tuple[str, str], ...] = (
    ("i den forbindelse skal man hermed meddele", "jeg kan derfor fortælle"),
    ("rette telefonisk henvendelse til", "ringe til"),
    ("retter telefonisk henvendelse til", "ringer til"),
    ("rettet telefonisk henvendelse til", "ringet til"),
    ("rette henvendelse til", "kontakte"),
    ("retter henvendelse til", "kontakter"),
    ("rettet henvendelse til", "kontaktet"),
    ("forefindes", "er"),
    ("forefandtes", "var"),
    ("fremsende", "sende"),
    ("fremsender", "sender"),
    ("fremsendes", "sendes"),
    ("fremsendt", "sendt"),
    ("fremsendte", "sendte"),
    ("tilsende", "sende"),
    ("tilsendt", "sendt"),
    ("såfremt", "hvis"),
    ("i henhold til", "efter"),
    ("vedrørende", "om"),
    ("angående", "om"),
    ("desangående", "om det"),
    ("endvidere", "også"),
    ("ydermere", "også"),
    ("tillige", "også"),
    ("hermed", "med dette (eller slet ordet)"),
    ("hvorvidt", "om"),
    ("eftersom", "fordi"),
    ("idet", "fordi (om en grund) eller da (om tid)"),
    ("erholde", "få"),
    ("erholdt", "fået"),
    ("anmode om", "bede om"),
    ("anmoder om", "beder om"),
    ("anmodning", "ønske (eller skriv »beder om«)"),
    ("påbegynde", "begynde"),
    ("påbegyndes", "begynder"),
    ("påbegyndt", "begyndt"),
    ("iværksætte", "sætte i gang"),
    ("iværksættes", "sættes i gang"),
    ("iværksat", "sat i gang"),
    ("beklageligvis", "desværre"),
    ("fremadrettet", "fra nu af"),
    ("nærværende", "denne"),
    ("ovennævnte", "den nævnte"),
    ("pågældende", "personen (skriv navnet)"),
    ("meddele", "fortælle"),
    ("meddeles", "fortælles"),
)

# (pattern, the whole words). Dotted forms end at a non-word character; the letters-only forms
# are only the ones that are never ordinary words.
_ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    (r"bl\.\s?a\.?", "blandt andet"),
    (r"f\.\s?eks\.?|feks\.?|fx\.?", "for eksempel"),
    (r"ca\.", "cirka"),
    (r"mht\.?", "med hensyn til"),
    (r"m\.\s?h\.\s?t\.", "med hensyn til"),
    (r"iflg\.?", "ifølge"),
    (r"evt\.?", "eventuelt"),
    (r"pga\.?|p\.\s?g\.\s?a\.", "på grund af"),
    (r"jf\.|jfr\.", "se"),
    (r"m\.\s?m\.", "med mere"),
    (r"mv\.|m\.\s?v\.", "med videre"),
    (r"m\.\s?fl\.", "med flere"),
    (r"osv\.?", "og så videre"),
    (r"etc\.?", "og så videre"),
    (r"dvs\.?|d\.\s?v\.\s?s\.", "det vil sige"),
    (r"vedr\.", "om"),
    (r"ang\.", "om"),
    (r"inkl\.", "inklusive"),
    (r"ekskl\.", "uden"),
    (r"hhv\.?", "henholdsvis"),
    (r"ift\.?|i\.\s?f\.\s?t\.", "i forhold til"),
    (r"iht\.?", "efter"),
    (r"mhp\.?", "med henblik på"),
    (r"vha\.?", "ved hjælp af"),
    (r"o\.\s?l\.", "og lignende"),
    (r"p\.\s?t\.", "lige nu"),
    (r"tlf\.", "telefon"),
    (r"mdr\.", "måneder"),
    # "stk." is left alone: "§ 20, stk. 3" is how a law is cited, and readers look it up so.
    (r"sagsbeh\.", "sagsbehandler"),
)

# Common all-capital abbreviations in the field, spelled out.
_KNOWN_ACRONYMS = {
    "PPR": "Pædagogisk Psykologisk Rådgivning",
    "SSD": "samarbejdet mellem skole, sundhedspleje, dagtilbud og socialforvaltning",
    "SSP": "samarbejdet mellem skole, socialforvaltning og politi",
    "BTI": "Bedre Tværfaglig Indsats",
    "SEL": "serviceloven (for børn nu barnets lov)",
    "BL": "barnets lov",
    "UU": "Ungdommens Uddannelsesvejledning",
    "SFO": "skolefritidsordningen",
    "BUC": "Børne- og Ungdomscentret",
    "BUP": "børne- og ungdomspsykiatrien",
    "FRH": "Familieretshuset",
}
# Words people write in capitals that everybody reads (or that are shouted ordinary words).
_COMMON_CAPITALS = frozenset(
    {"OK", "TV", "PC", "SMS", "DK", "EU", "CPR", "ADHD", "IKKE", "HUSK", "SKAL", "MEN", "OG",
     "IT", "USB", "PDF", "NB", "ID", "MIT", "VIL", "KAN", "VED", "GØR", "JA", "NEJ", "AT"}
)

_PASSIVE_SKIP = frozenset(
    # Verbs that end in -s without being passive (deponents), and -es words that are no verbs.
    {"synes", "syntes", "findes", "fandtes", "forefindes", "forefandtes", "lykkes", "lykkedes",
     "mindes", "mindedes", "trives", "trivedes", "længes", "længtes", "enes", "skændes",
     "skændtes", "slås", "færdes", "undres", "væmmes", "kedes", "mødes", "mødtes", "følges",
     "fulgtes", "omgås", "kappes", "vores", "jeres", "deres", "hendes", "alles", "andres", "ens",
     "des", "yes", "særdeles", "ligeledes", "således", "anderledes", "hvorledes",
     "fælles", "indbyrdes", "forgæves", "pres", "proces", "ekspres", "kompres",
     "skilles", "skiltes", "føles", "føltes", "samles", "samledes", "giftes", "tales",
     "forværres", "forværredes", "forbedres", "forbedredes",
    }
)
# A noun subject before an -s verb ("Lægen orienteres", "Mødet aflyses", "moder støttes"):
# a definite noun (-en, -et, -ne) or a family word. Words that end so but are no nouns are left
# out, and "det"/"der" belong to the rule above.
_NOUN_SUBJECT_SKIP = frozenset(
    {"den", "det", "der", "men", "igen", "hen", "siden", "meget", "noget", "intet", "hvilket",
     "dette", "denne", "alene", "sammen", "eget", "enten", "heller", "hverken", "gennem",
     "omkring", "imellem", "blandt", "efterhånden", "hidtil", "ene", "ingen", "nogen", "egne",
     "mine", "dine", "sine", "vores", "jeres", "deres", "alle", "andre", "begge", "disse",
     "kunne", "gerne", "hinanden", "været", "fået", "blevet", "sket", "sagtens"}
)
_FAMILY_SUBJECTS = frozenset(
    {"mor", "far", "moder", "fader", "mormor", "farmor", "morfar", "farfar", "søster", "bror",
     "storesøster", "lillesøster", "storebror", "lillebror", "stedfar", "stedmor", "plejemor",
     "plejefar"}
)


def _phrase(words: str) -> str:
    """A phrase as a pattern: words separated by any whitespace, whole words only."""
    parts = [p if "\\" in p or "(" in p else re.escape(p) for p in words.split(" ")]
    return r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)"


@dataclass(frozen=True)
class _Group:
    """All phrases of one rule that start with the same word, as one pattern (longest first)."""

    rule: str
    pattern: re.Pattern[str]  # tried with .match() at the start of a candidate word
    advice: tuple[str, ...]  # per alternative: the suggestion, or the plain words instead


def _first_words(pattern: str) -> set[str]:
    """The lower-case first word(s) an abbreviation pattern can start with."""
    words = set()
    for alternative in pattern.split("|"):
        head = re.match(r"[^\s\\.(?]+", alternative)
        if head:
            words.add(head.group().lower())
    return words


def _index() -> dict[str, list[_Group]]:
    """First word → the phrase groups that can start there.

    Checking only at words that can start a phrase keeps the checker fast enough for every
    keystroke: one scan over the words instead of one regular expression per phrase.
    """
    by_key: dict[tuple[str, str], list[tuple[str, str]]] = {}

    def add(rule: str, pattern: str, advice: str, keys: set[str]) -> None:
        for key in keys:
            by_key.setdefault((key, rule), []).append((pattern, advice))

    for phrase, advice in _VAGUE_TIMES:
        add(Rule.VAGUE_TIME, _phrase(phrase), advice, {phrase.split(" ")[0]})
    for phrase, plain in _OFFICIALESE:
        add(Rule.OFFICIALESE, _phrase(phrase), plain, {phrase.split(" ")[0]})
    for pattern, whole in _ABBREVIATIONS:
        add(Rule.ABBREVIATION, r"(?<!\w)(?:" + pattern + r")(?!\w)", whole, _first_words(pattern))
    index: dict[str, list[_Group]] = {}
    for (key, rule), entries in by_key.items():
        entries.sort(key=lambda e: -len(e[0]))
        alternation = "|".join(f"(?P<g{i}>{pattern})" for i, (pattern, _) in enumerate(entries))
        group = _Group(rule, re.compile(alternation, re.IGNORECASE), tuple(a for _, a in entries))
        index.setdefault(key, []).append(group)
    return index


_INDEX = _index()
_WORD_SCAN_RE = re.compile(r"\w+")
# Patterns start with a letter, not a look-behind, so the regex engine can skip ahead fast.
_MAN_RE = re.compile(r"m(?<![\w-]m)an(?![\w-])", re.IGNORECASE)
_GAP = r"(?:[^\S\n]+\n?[^\S\n]*|\n[^\S\n]*)"  # spaces or one line break, not a blank line
_PASSIVE_RE = re.compile(
    r"d(?<!\wd)e[rt]" + _GAP
    + r"(?:(?P<modal>skal|skulle|vil|ville|kan|kunne|må|måtte|bør|burde)" + _GAP + ")?"
    + r"(?:(?:ikke|også|nu|så|derfor|altid|aldrig|gerne)" + _GAP + ")?"
    + r"(?P<verb>\w{2,}es)(?!\w)",
    re.IGNORECASE,
)
_NOUN_PASSIVE_RE = re.compile(
    r"(?<![\w-])(?P<subject>\w+)" + _GAP
    + r"(?:(?P<modal>skal|skulle|vil|ville|kan|kunne|må|måtte|bør|burde)" + _GAP + ")?"
    + r"(?:(?:ikke|også|nu|så|derfor|altid|aldrig|gerne)" + _GAP + ")?"
    + r"(?P<verb>\w{2,}es)(?!\w)",
    re.IGNORECASE,
)
_CAPITALS_RE = re.compile(r"[A-ZÆØÅ](?<![\w-][A-ZÆØÅ])[A-ZÆØÅ]{1,4}(?!\w)")
_ROMAN_RE = re.compile(r"[IVXLCDM]+")
_CAPITAL_RUN_RE = re.compile(r"[A-ZÆØÅ](?<!\w[A-ZÆØÅ])[A-ZÆØÅ]+(?:[^\w\n]+[A-ZÆØÅ]{2,}(?!\w))+")
# A word: a piece between spaces with at least one letter or digit ("mor/far" is one word).
_WORD_RE = re.compile(r"\S*\w\S*")
# A sentence ends at . ! ? (followed by space or the end) or at a line break.
_SENTENCE_END_RE = re.compile(r"[.!?…]+(?=\s|$)|\n")
# Dots that do not end a sentence: abbreviations and ordinals like "kl." or "3.".
_NO_STOP_BEFORE = frozenset(
    {"kl", "nr", "ca", "evt", "bl.a", "f.eks", "feks", "fx", "jf", "jfr", "mht", "iflg", "pga",
     "mm", "m.m", "mv", "m.v", "m.fl", "osv", "etc", "dvs", "vedr", "ang", "inkl", "ekskl",
     "hhv", "ift", "iht", "mhp", "vha", "o.l", "p.t", "tlf", "mdr", "stk", "sagsbeh", "st",
     "hr", "fr", "dr"}
)


# ---------------------------------------------------------------------------------------------
# The checker
# ---------------------------------------------------------------------------------------------


def check(text: str) -> list[Finding]:
    """All findings in `text`, sorted by position. Never raises for any `str`."""
    if not text:
        return []
    composed, starts, ends = _composed(text)
    findings: list[Finding] = []
    findings += _check_man(composed)
    findings += _check_phrases(composed)
    findings += _check_passive(composed)
    findings += _check_noun_passive(composed)
    findings += _check_capitals(composed)
    findings += _check_long_sentences(composed)
    if starts is not None and ends is not None:
        findings = [
            Finding(
                start=starts[f.start],
                end=ends[f.end - 1],
                rule=f.rule,
                message=f.message,
                suggestion=f.suggestion,
            )
            for f in findings
        ]
    findings.sort(key=lambda f: (f.start, f.end, f.rule))
    return findings


def _composed(text: str) -> tuple[str, list[int] | None, list[int] | None]:
    """NFC text plus, when it differs, maps from composed offsets to original start/end offsets."""
    if unicodedata.is_normalized("NFC", text):
        return text, None, None
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    index = 0
    length = len(text)
    while index < length:
        # A cluster: one character and the combining marks that follow it.
        cluster_end = index + 1
        while cluster_end < length and unicodedata.combining(text[cluster_end]):
            cluster_end += 1
        cluster = unicodedata.normalize("NFC", text[index:cluster_end])
        pieces.append(cluster)
        starts.extend([index] * len(cluster))
        ends.extend([cluster_end] * len(cluster))
        index = cluster_end
    return "".join(pieces), starts, ends


def _check_man(text: str) -> list[Finding]:
    return [
        Finding(
            start=m.start(),
            end=m.end(),
            rule=Rule.MAN,
            message=_T("PlainLanguage", "»man« siger ikke, hvem der gør det."),
            suggestion=_T(
                "PlainLanguage",
                "Skriv hvem: et navn, en stilling eller en relation, for eksempel »mor«, "
                "»pædagogen« eller »Olga«.",
            ),
        )
        for m in _MAN_RE.finditer(text)
    ]


def _check_phrases(text: str) -> list[Finding]:
    """Vague times, officialese and abbreviations, looked up by the word they start with."""
    findings = []
    index = _INDEX
    for word in _WORD_SCAN_RE.finditer(text):
        groups = index.get(word.group().lower())
        if not groups:
            continue
        for group in groups:
            match = group.pattern.match(text, word.start())
            if match:
                advice = group.advice[int(match.lastgroup[1:])]  # type: ignore[index]
                findings.append(_phrase_finding(group.rule, advice, match))
    return findings


def _phrase_finding(rule: str, advice: str, match: re.Match[str]) -> Finding:
    found = match.group()
    if rule == Rule.VAGUE_TIME:
        message = _T("PlainLanguage", "Upræcis tid: hvornår præcist?")
        suggestion = advice
    elif rule == Rule.OFFICIALESE:
        message = _T("PlainLanguage", "Kancellisprog: brug et almindeligt ord.")
        suggestion = _match_case(found, advice)
    else:
        message = _T("PlainLanguage", "Forkortelse: skriv hele ordet.")
        suggestion = _match_case(found, advice)
    return Finding(match.start(), match.end(), rule, message, suggestion)


def _match_case(found: str, replacement: str) -> str:
    if found[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def _check_passive(text: str) -> list[Finding]:
    findings = []
    for match in _PASSIVE_RE.finditer(text):
        verb = match.group("verb")
        if verb.casefold() in _PASSIVE_SKIP:
            continue
        if verb[0].isupper() and not verb.isupper():
            continue  # a name ("det Agnes siger"), not a verb
        modal = match.group("modal")
        active = _active_form(verb, modal.lower() if modal else None)
        findings.append(
            Finding(
                start=match.start(),
                end=match.end(),
                rule=Rule.PASSIVE,
                message=_T("PlainLanguage", "Passiv form: skriv hvem der gør det."),
                suggestion=f"[hvem] {active}",
            )
        )
    return findings


def _is_noun_subject(word: str, at_sentence_start: bool) -> bool:
    lowered = word.casefold()
    if lowered in _NOUN_SUBJECT_SKIP:
        return False
    if word[0].isupper() and not at_sentence_start:
        return False  # a name ("Hans", "Agnes"): never a passive subject we rewrite
    if lowered in _FAMILY_SUBJECTS:
        return True
    return len(lowered) >= 4 and lowered.endswith(("en", "et", "ne"))


def _check_noun_passive(text: str) -> list[Finding]:
    """"Lægen orienteres" → "[hvem] orienterer lægen": the noun is who it happens to."""
    findings = []
    for match in _NOUN_PASSIVE_RE.finditer(text):
        subject, verb = match.group("subject"), match.group("verb")
        lowered = verb.casefold()
        if lowered in _PASSIVE_SKIP or (verb[0].isupper() and not verb.isupper()):
            continue
        if len(lowered) >= 7 and lowered.endswith(("enes", "ernes")):
            continue  # a plural genitive ("forældrenes samtykke"), not a verb
        before = text[: match.start()].rstrip(" \t")
        at_start = not before or before[-1] in ".!?:\n"
        if not _is_noun_subject(subject, at_start):
            continue
        modal = match.group("modal")
        active = _active_form(verb, modal.lower() if modal else None)
        findings.append(
            Finding(
                start=match.start(),
                end=match.end(),
                rule=Rule.PASSIVE,
                message=_T("PlainLanguage", "Passiv form: skriv hvem der gør det."),
                suggestion=f"[hvem] {active} {subject.lower()}",
            )
        )
    return findings


def _active_form(verb: str, modal: str | None) -> str:
    """"ringes" → "ringer", "undersøges" → "undersøger"; "skal ringes" → "skal ringe"."""
    lowered = verb.lower()
    if lowered.endswith("edes"):  # past passive "ringedes" → "ringede"
        return lowered[:-1]
    stem = lowered[:-1]  # "ringes" → "ringe"
    return f"{modal} {stem}" if modal else stem + "r"


def _check_capitals(text: str) -> list[Finding]:
    defined = set(re.findall(r"\(([A-ZÆØÅ]{2,5})\)", text))  # "Pædagogisk … (PPR)" explains it
    # Two or more capital words in a row are a heading or a shouted sentence, not abbreviations.
    runs = [m.span() for m in _CAPITAL_RUN_RE.finditer(text)]
    run_index = 0
    findings = []
    for match in _CAPITALS_RE.finditer(text):
        word = match.group()
        if word in _COMMON_CAPITALS or word in defined or _ROMAN_RE.fullmatch(word):
            continue
        while run_index < len(runs) and runs[run_index][1] <= match.start():
            run_index += 1
        if run_index < len(runs) and runs[run_index][0] <= match.start():
            continue
        whole = _KNOWN_ACRONYMS.get(word)
        suggestion = (
            f"{whole} ({word})"
            if whole
            else _T("PlainLanguage", "Skriv hvad forkortelsen står for, i hvert fald første gang.")
        )
        findings.append(
            Finding(
                match.start(),
                match.end(),
                Rule.ABBREVIATION,
                _T("PlainLanguage", "Forkortelse: ikke alle ved, hvad den betyder."),
                suggestion,
            )
        )
    return findings


def _check_long_sentences(text: str) -> list[Finding]:
    findings = []
    start = 0
    for boundary in _SENTENCE_END_RE.finditer(text):
        if boundary.group() != "\n" and _is_abbreviation_dot(text, boundary.start()):
            continue
        findings.extend(_long_sentence(text, start, boundary.end()))
        start = boundary.end()
    findings.extend(_long_sentence(text, start, len(text)))
    return findings


def _is_abbreviation_dot(text: str, dot: int) -> bool:
    if text[dot] != "." or dot == 0 or not text[dot - 1].isalnum():
        return False
    limit = max(0, dot - 20)
    begin = max(
        text.rfind(" ", limit, dot), text.rfind("\n", limit, dot), text.rfind("\t", limit, dot)
    )
    word = text[max(begin + 1, limit) : dot].lstrip("([«»\"'„“").casefold()
    if word.isdigit():  # "den 3. marts" is an ordinal; "… kl. 10. Næste" ends a sentence
        following = re.match(r"\s*(\S)", text[dot + 1 : dot + 40])
        return bool(following and following.group(1).islower())
    return word in _NO_STOP_BEFORE


def _long_sentence(text: str, start: int, end: int) -> list[Finding]:
    if end - start < 2 * LONG_SENTENCE_WORDS:
        return []  # too short to hold that many words and the spaces between them
    segment = text[start:end]
    if len(segment.split()) <= LONG_SENTENCE_WORDS:
        return []  # fast path: fewer pieces between spaces than the limit
    count = len(_WORD_RE.findall(segment))
    if count <= LONG_SENTENCE_WORDS:
        return []
    # Trim the flagged span to the sentence itself, without surrounding whitespace.
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [
        Finding(
            start,
            end,
            Rule.LONG_SENTENCE,
            # A fixed text, so the screens can translate it; the limit is a constant.
            _T("PlainLanguage", "Lang sætning: over 25 ord."),
            _T("PlainLanguage", "Del sætningen op i to eller flere korte sætninger."),
        )
    ]
