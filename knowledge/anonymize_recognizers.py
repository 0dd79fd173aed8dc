"""Kindred's own Presidio recognizers for what the stock ones miss in personal stories.

Street addresses, social handles, record and ID numbers, dates of birth, and the names of
specific hospitals, schools and workplaces. Most are regular expressions whose named group
``pii`` marks the part to replace, so context words ("my MRN is", "worked at") stay readable.
Organisations found by spaCy are kept only when their words or context say which kind they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from knowledge.anonymize_honorifics import HONORIFIC
from knowledge.anonymize_name_shapes import NameShapeRecognizer
from knowledge.anonymize_names import (
    PLACES_TOO,
    GivenNameRecognizer,
    any_names,
    common_words,
    function_word_opening,
    place_by_context,
)
from knowledge.anonymize_streets import PostcodeAfterTownRecognizer, StreetNumberRecognizer

# A capitalised word of a proper name: "Mary's", "O'Neill", "St.", "Al-Amin", "K-12". No other
# periods, so a run of names never crosses into the next sentence.
_CAP = r"(?:St\.|Mt\.|Ste\.|[A-Z][\w'’&-]*|[0-9]+(?:st|nd|rd|th)?)"
_NAME_RUN = rf"{_CAP}(?:[ ](?:of|the|and|&|de|la|del|du|van|von|{_CAP}))*?"
_SAINT = r"(?:(?:St\.?|Saint|Mount|Mt\.?)[ ])?"

HOSPITAL_WORDS = (
    r"Hospital|Medical Cent(?:er|re)|Infirmary|Clinic|Health Cent(?:er|re)|Hospice|"
    r"Psychiatric (?:Hospital|Cent(?:er|re)|Unit|Institute)|Behavioral Health(?: Cent(?:er|re))?|"
    r"Mental Health (?:Unit|Cent(?:er|re)|Services)|Treatment Cent(?:er|re)|Rehab(?:ilitation)? "
    r"Cent(?:er|re)|Sanatorium|Recovery Cent(?:er|re)"
)
SCHOOL_WORDS = (
    r"High School|Senior High|Junior High|Middle School|Elementary(?: School)?|Primary School|"
    r"Secondary School|Grammar School|Public School|Academy|College|University|Polytechnic|"
    r"Institute of Technology|Community College|School|Sixth Form|Convent"
)
WORK_VERBS = (
    r"work(?:ed|ing|s)? (?:at|for)|job (?:at|with)|employed (?:at|by)|intern(?:ed|ing)? at|"
    r"internship at|shifts? at|manager at|boss at|fired from|laid off (?:from|by)|let go from|"
    r"quit (?:my job at)?|hired (?:at|by)|position at|role at|career at|years at|stacking shelves at|"
    r"cashier at|nurse at|teacher at|engineer at|warehouse at|driver for|barista at|clerk at|"
    r"colleagues at|coworkers at|co-workers at|office at|team at|HR at|contract with|employer,?"
)
_NOT_NAMES = (
    "I|The|A|An|My|Our|Your|His|Her|Their|This|That|It|He|She|We|They|You|Me|Then|When|"
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    "May|June|July|August|September|October|November|December|God|Jesus|Allah|Lord|Christmas|"
    "Easter|Diwali|Eid|Ramadan|Mum|Mom|Dad|Mam|Nan|Nana|Grandma|Grandpa|English|Spanish"
)

MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
DATE = (
    rf"(?:{_DAY}(?: of)? {MONTHS},? (?:\d{{4}}|'\d\d)?|{MONTHS} {_DAY}(?:,? (?:\d{{4}}|'\d\d))?|"
    r"\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})"
)


class RegexGroupRecognizer(EntityRecognizer):
    """Regular expressions whose group ``pii`` (or the whole match) is the entity."""

    def __init__(
        self, entity: str, patterns: Iterable[str], score: float = 0.85, flags: int = 0
    ) -> None:
        self.patterns = [re.compile(p, flags) for p in patterns]
        self.score = score
        super().__init__(supported_entities=[entity], name=f"Kindred{entity.title()}Recognizer")

    def load(self) -> None:  # nothing to load: the patterns are compiled above
        return None

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = []
        for pattern in self.patterns:
            for match in pattern.finditer(text):
                group = "pii" if "pii" in pattern.groupindex else 0
                start, end = match.span(group)
                if start < 0 or end <= start:
                    continue
                results.append(RecognizerResult(self.supported_entities[0], start, end, self.score))
        return results


# Street kinds said before the name; in any case ("rue du centre"), except the words that are
# also ordinary English ("via", "plaza"), which count only capitalised.
_STREET_FIRST = (
    r"(?i:Rue|Rua|Viale|Piazza|Praça|Calle|Carrer|Chemin|Avenue|Avenida|Avda\.|Av\.|Boulevard|"
    r"Bd\.|Ulica|ul\.|Strada|Straße|Strasse|Allée|Travessa|Trg|Ulitsa|Odos|Λεωφόρος|Οδός)|"
    r"Via|Plaza|Camino|Largo|Paseo|Quai|C/"
)
# Street-name words: capitalised in any alphabet, or short joining words ("do", "des", "tér").
_STREET_WORDS = (
    r"(?:[A-ZÀ-ÞΆ-ΩЀ-Я][\w'’.-]*)(?:[ \t]+(?:[A-ZÀ-ÞΆ-ΩЀ-Я][\w'’.-]*|[a-zà-ÿ]{1,4}\.?)){0,3}"
)
_STREET_ENDINGS = (
    r"katu|kuja|gatan|gata|gade|vej|veien|vegen|vägen|vegur|braut|straße|strasse|weg|laan|"
    r"straat|steeg|tie|utca|ulica|allee|platz|gasse|ring|damm|gränd|stigen|vei|stræde|strede|"
    r"krogen|plein|kade|gracht|dreef|moor"
)
# The same kinds of street as a word of their own: "Villacher Strasse 89", "Trenerys gate 232".
_STREET_KIND_WORDS = (
    r"Stra(?:ss|ß)e|Gasse|Weg|Allee|Platz|Gata|Gatan|Vej|Vei|Veien|Baan|Straat|Laan|Út|"
    r"Utca|Tér|Körút|Rkp\.|Ulica|Ulice|Cesta|Str\."
)
_UNIT = r"(?:Apt|Apartment|Unit|Flat|Suite|Ste)\.?[ \t]*\w+"
# One or more units ("Apt. 652 Apt. 949"), then the town, region or country on the same line
# ("Apt. 678 Velenje", "Suite 104 Veszprém VE"): after a unit number, nothing else fits there.
_UNIT_AFTER = (
    rf"(?:(?:[ \t,]+(?i:{_UNIT}))+"
    r"(?:[ \t]+(?:[A-ZÀ-ÞΆ-Ω][\w'’-]*|nan)(?![\w'’-])){0,4})?"
    # Capitalised words up to the end of the line: "420 Gairbekov Rapids\n", "Nino Point\n".
    r"(?:(?:[ \t]+[A-ZÀ-ÞΆ-Ω][\w'’-]*){1,3}(?=[ \t]*\n))?"
)
# An address pasted as a block: following lines of only capitalised words, codes and numbers.
# A line may start with a quote or bullet mark ("> Suite 828", "??? Norway 64389") or follow a
# blank line; a line never runs on past a number that ends a sentence ("99081. Please").
_CORNER_WORD = r"(?:(?i:St|Str|ul|Av|Avda|Ave|Rd)\.|[^\s,.;:!?()]+)"
_LINE_MARK = r"[ \t]*(?:>|\?\?\?|[-*•·])?[ \t]*"
# A word that may start a line of an address: a capital or a digit, or a letter of a script
# without case ("أدرار", "मोतिहारी", "안산시"); a lower-case word starts the next sentence instead.
_LINE_START = r"(?:[^\W_a-zß-ÿα-ωа-я]|\()"
# A line that opens a sentence is the story going on, not a town: "...\nThat is where I grew up".
_SENTENCE_OPENER = (
    rf"(?!(?:{_NOT_NAMES}|There|These|Those|So|But|And|If|Is|Was|Please|Thanks|Thank|Hope)\b)"
)
_MORE_LINES = (
    rf"(?:[ \t]*\n(?:{_LINE_MARK}\n)?{_LINE_MARK},?[ \t]*{_SENTENCE_OPENER}"
    rf"(?:{_LINE_START}[\w'’.()∆-]*|(?i:apt|suite|unit)\.?|nan)"
    rf"(?:(?<!\d\.)[ \t,]+(?:{_LINE_START}[\w'’.()∆-]*|nan|d[aeiu]l?|de la|nad|na|u|v|of|and|the)){{0,7}}"
    r"){0,5}"
)


# Street kinds said after the name. Faker's English-speaking locales list 329 ("Prairie",
# "Springs", "Quay", "Wynd"); the ones that are also everyday words after a number ("2 Big
# Steps", "3 Red Lights") are left out.
_EVERYDAY_SUFFIXES_WORDS = """
    Part Little Lower Upper Follow Break Rest Turn Run Top End Light Lights Line Key Keys Well
    Round Ground Front Fall Falls Union Unions Mission Club Common Course Cross Edge Elbow Dip
    Divide Land Pocket Reach Ride Rise Sound Stairs Steps Strip Trailer Curve Deviation Distributor
    Formation Extension Extensions Flat Flats Block Branch Brace Camp Cutting Entrance Field
    Fields Forest Gap Light Link Pass Range Reserve Retreat Shore Shores Slope Spring Summit
    Tunnel Wall Wells Gate Gates Station
"""
_EVERYDAY_SUFFIXES = frozenset(_EVERYDAY_SUFFIXES_WORDS.split())


def _english_street_suffixes() -> list[str]:
    from faker.providers.address import en_AU, en_CA, en_GB, en_NZ, en_US

    suffixes: set[str] = set()
    for module in (en_US, en_GB, en_AU, en_CA, en_NZ):
        suffixes.update(module.Provider.street_suffixes)
    return sorted(suffixes - _EVERYDAY_SUFFIXES, key=len, reverse=True)


_SUFFIX = (
    r"(?:(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Way|Place|Pl|"
    r"Crescent|Cres|Close|Terrace|Tce|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Square|Sq|Grove|"
    r"Gardens|Row|Walk|Trail|Mews|Hill|Park|Parade|Esplanade|Marg|Nagar|Calle|Str)\.?|"
    + "|".join(re.escape(s) for s in _english_street_suffixes())
    # A whole word: "Crest" is not "Cres" + "t", "Station" not "St" + "ation".
    + r")(?![\w'’])"
)
# A joining word is whole: "an" is not the start of "and" ("5290 Cavite and it was damp").
_TOWN = (
    r"[A-ZÀ-Þ][\w'’-]+(?:[ \t]+(?:[A-ZÀ-Þ][\w'’-]*|(?:nad|am|an|sur|en|di|de|del|la)(?![\w'’-])))*"
)
# A postcode and its town, either way round: "201 66 Hrádek", "H-7613 Miskolc", "Badajoz, 39115".
_POSTCODE_TOWN = (
    rf"(?:(?:[A-Z]{{1,2}}-)?\d{{3,6}}(?:[ -]\d{{2,4}})?(?:[ \t]?[A-Z]{{2}})?,?\s+{_TOWN}"
    rf"|{_TOWN},?[ \t]+\d{{4,6}})"
)
# After the street: direction, unit, towns, state, country, postcode, on the same line.
_DIRECTION = r"(?:[ \t]+(?:North|South|East|West|N|S|E|W|NE|NW|SE|SW)\b)?"
_TAIL = (
    rf"{_DIRECTION}"
    r"(?:,?\s+(?:(?:Apt|Apartment|Unit|Flat|Suite|#)\.?\s*\w+))?"
    # Towns, in Latin, Greek or Cyrillic capitals: ", Богданци", ", West Asma’ushire".
    r"(?:,[ \t]*[A-ZÀ-ÞΆ-ΩЀ-Я][\w'’-]+(?:[ \t-]+(?:[A-ZÀ-ÞΆ-ΩЀ-Я][\w'’-]*|(?:d[eiu]l?|nad|u|v|na)(?![\w'’-]))){0,4}){0,3}"
    r"(?:,?[ \t]+[A-Z]{2,3}\b)?"  # state or province
    r"(?:[ \t]+\((?:[A-Z][a-z]+|[A-Z]{2})\))?"  # "Cyprus (Greek)", "Firenze (FI)"
    # A postcode then its town: "Aunemyra 2C, 0913 Karolinestad", "Borgo Carlo 9, 22023 Como".
    r"(?:,?\s+(?:[A-Z]{1,2}-)?\d{3,6}(?:[ -]\d{2,4})?,?[ \t]+"
    rf"{_TOWN}"
    r"|,?\s+\d{4,6}(?:-\d{4})?)?"  # or a ZIP or postcode alone
    r"(?:,?\s+[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})?"  # UK postcode
)
# What may come before any address found, grown over by the scrubber: the unit, lot, room or
# building ("Unit 5, 12 High Street", "Block 22 Lot 25 Melon Homes", "Room 6837 ...").
_LEAD_WORD = (
    r"(?i:apt|apartment|unit|suite|flat|room|rm|block|blk|lot|building|bldg|house|studio|casa|"
    r"piso|no|số)\.?[ \t]*#?[ \t]*"
)
ADDRESS_LEAD = re.compile(
    rf"(?<![\w.])(?:{_LEAD_WORD}[A-Za-z]?\d{{1,5}}[A-Za-z]?,?[ \t]+)*(?P<word>{_LEAD_WORD})?$"
)
# In text typed all in lower case, what follows a unit up to the line's end ("apt. 858 begunje
# na gorenjskem slovenia"), and the next lines up to one of town, region and postcode
# ("\ndelmas, mp 35739", "\n- zabki\n- poland 05091"), each line maybe after a bullet mark: the
# lines of words before it only when that postcode line ends the block.
_LOWER_LINE = rf"[ \t]*\n{_LINE_MARK}[^\W\d_][\w'’-]*(?:[ \t,]+[^\W\d_][\w'’-]*){{0,3}}(?=[ \t]*\n)"
LOWER_CASE_TAIL = re.compile(
    r"(?:(?<=\d)(?:[ \t,]+[^\W\d_][\w'’-]*){1,5}(?=[ \t]*(?:\n|$)))?"
    rf"(?:(?:{_LOWER_LINE}){{0,2}}[ \t]*\n{_LINE_MARK}[^\W\d_][\w'’ -]{{0,40}}?,?[ \t]+"
    r"(?:[^\W\d_]{2,3}[ \t]+)?\d{4,6}(?=[ \t]*(?:\n|$)))?"
)
# A line of a town, maybe a region, and a postcode that ends it: "north marsden, oh 44021".
_LOWER_TOWN_LINE = (
    r"[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,3},[ \t]*(?:[^\W\d_]{2,3},?[ \t]+)?"
    r"(?!(?:19|20)\d\d\b)\d{4,6}(?:-\d{4})?(?=[ \t]*(?:\n|$|[.,;!?]))"
)
# The other street of a crossing before a street found: "Maarit and Hersnapvej 75".
CROSSING = re.compile(
    rf"(?<![\w'’-])(?!(?:{_NOT_NAMES}|Mom|Mum|Dad)\b)[A-ZÀ-Þ][\w'’-]+[ \t]+(?:and|&)[ \t]+$"
)
# A building number before a street that has its own: "12521 Belgrád rkp. 18".
BUILDING_NUMBER = re.compile(r"(?<![\w.,/-])\d{1,5}[ \t]+$")
# What may follow any address found, grown over by the scrubber: the rest of the line, and
# following lines of postcode, town, region and country ("Bardenflethsgade 26\n1186 Ishøj").
# A house number's full stop may end the street's line ("Belsőszéki út 135.\nH-8329 ...") or
# come before the unit ("Rákóczi út 13. Suite 104").
ADDRESS_CONTINUATION = re.compile(
    rf"(?:\.(?=[ \t]*\n|[ \t]+(?i:apt|suite|unit|flat)\b))?{_UNIT_AFTER}{_TAIL}{_MORE_LINES}"
)


def street_address() -> RegexGroupRecognizer:
    suffix, tail = _SUFFIX, _TAIL
    everyday = "|".join(sorted(_EVERYDAY_SUFFIXES, key=len, reverse=True))
    unit = r"(?:(?:Apt|Apartment|Unit|Flat|Suite|Ste|#)\.?\s*\w+,?\s+)?"
    # "74 Diakou Street" and "1987 74 Diakou Street" (a building number, then the street's)
    number = r"\d{1,5}[A-Za-z]?(?:[-/]\d{1,5})?(?:[ \t]\d{1,5}(?=[ \t]))?"
    street = (
        rf"(?:[A-Z][\w'.-]*[ \t]+){{1,4}}{suffix}"
        r"(?:(?:[ \t]+[A-Z][\w'’-]*){1,2}(?=[ \t]*\n))?"  # "Kimberly Way Laidlaw Green\n"
    )
    return RegexGroupRecognizer(
        "STREET_ADDRESS",
        [
            rf"(?<![\w.]){unit}{number},?\s+{street}{_UNIT_AFTER}{tail}{_MORE_LINES}",
            rf"\b(?:Calle|Avenida|Av\.|Rua)\s+(?:[A-Z][\w'.-]*\s*){{1,4}}\s*(?:#\s*)?\d{{1,5}}{tail}",
            rf"(?<![\w.])(?:\d{{1,5}}[ \t])?\b(?:PO|P\.O\.) Box \d{{1,6}}\b"
            rf"(?:[ \t]+[A-Z][\w'’-]*){{0,3}}{_UNIT_AFTER}{tail}{_MORE_LINES}",
            # The street's kind as a word of its own, or a kind that comes first, then a number:
            # "Villacher Strasse 89", "ul. Chrzanowska 61", "Via Tasso 129", "rue du centre 320".
            rf"(?<![\w.])(?:{number}[ \t]+)?(?!(?:{_NOT_NAMES}|At|On|In|To|By|From)\b)"
            rf"(?:[A-ZÀ-Þ][\w'’.-]*[ \t]+){{1,3}}"
            rf"(?:{_STREET_KIND_WORDS}|(?i:{_STREET_ENDINGS}))[ \t]+{number}\b\.?"
            rf"{_UNIT_AFTER}{tail}{_MORE_LINES}",
            rf"(?<![\w.])(?:{number}[ \t]+)?(?:{_STREET_FIRST})[ \t]+"
            rf"(?:[\w'’.-]+[ \t]+){{0,5}}?{number}\b(?![.,]\d){_UNIT_AFTER}{tail}{_MORE_LINES}",
            # Lower case, as typed in a hurry: "3747 fourth avenue suite 112 calgary alberta".
            rf"(?<![\w.]){number}[ \t]+(?:[a-z]+[ \t]+){{1,3}}(?i:{suffix})[ \t,]+(?i:{_UNIT})"
            r"(?:(?:[ \t,]+[a-zà-ÿ]+){1,4}(?=[ \t]*(?:\n|$)))?",
            # The same without a unit, when the next line is a town, maybe a region, and a
            # postcode that ends it: "915 elm hollow\nnorth marsden, oh 44021".
            rf"(?<![\w.]){number}[ \t]+(?:[^\W\d_][\w'’-]*[ \t]+){{1,3}}(?i:{suffix})"
            rf"(?:[ \t,]+(?i:{_UNIT}))?[ \t]*\n[ \t]*{_LOWER_TOWN_LINE}",
            # "the corner of Dalbraut 99 and Frederikke Coves": two streets, up to a stop.
            rf"(?i:\b(?:the[ \t]+)?corner[ \t]+of)[ \t]+{_CORNER_WORD}(?:[ \t]+{_CORNER_WORD}){{0,6}}?"
            rf"[ \t]+(?:and|&)[ \t]+{_CORNER_WORD}(?:[ \t]+{_CORNER_WORD}){{0,5}}",
            # Street kinds that are also everyday words ("Station", "Rest", "Union") only with a
            # town and a postcode after them: "9996 Frank Station\nRobertstad, NB L6C 7Y3".
            rf"(?<![\w.]){number}[ \t]+(?:[A-Z][\w'.-]*[ \t]+){{1,3}}(?:{everyday})"
            r"(?=,?\s+(?:[A-ZÀ-Þ][\w'’-]*[ \t]*){1,3},?[ \t]+(?:[A-Z]{2,3},?[ \t]+)?"
            r"(?:(?!(?:19|20)\d\d\b)\d{4,6}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2})\b)",
            # After an explicit cue, anything up to the end of the sentence that has a number
            # ("my address is Arenales 9462, Buenos Aires"), whatever the country's format.
            r"(?i:\baddress(?:\s+(?:of|for)\s+[\w' ]{1,30}?)?\s*(?:is|was|:)\s*)"
            r"(?P<pii>[^.;!?\n]*?\d[^;!?]*?)(?=\.\s|[.;!?]?$|[;!?])",
            r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b",  # a UK postcode on its own
            # A street name and number with a postcode and town after it, whatever the country:
            # "Aunemyra 2C, 0913 Karolinestad", "Jeruzalémská 9\n201 66 Hrádek".
            rf"(?<![\w.])(?!(?:{_NOT_NAMES})\b)(?:[A-ZÀ-Þ][\w'’.-]*[ \t]+){{0,3}}[A-ZÀ-Þ][\w'’.-]*,?"
            r"[ \t]+\d{1,5}[A-Za-z]?(?:/\d{1,4}[a-z]?)?\.?(?:[ \t]+\d{1,5})?,?\s+"
            rf"{_POSTCODE_TOWN}",
            # A number and a street in any language or script, then a unit on the next line:
            # "2779 Nordre Fasangade\n Suite 676\n BALLERUP" (the scrubber grows it over the rest).
            r"(?<![\w.])\d{1,5}[A-Za-z]?[ \t]+[^\W\d_][^\n,;:!?]{1,40}?(?=[ \t]*\n"
            rf"{_LINE_MARK}(?i:{_UNIT}))",
            # A number and a street, a town, then a region or country ending in a postcode:
            # "4192 Kadaňská, Pardubice, Iceland 49456".
            r"(?<![\w.])\d{1,5}[A-Za-z]?[ \t]+[^\W\d_][^\n,;:!?]{1,40},[ \t]*[^\W\d_][^\n,;:!?]{1,40}"
            r"(?:,[ \t]*[^\W\d_][^\n,;:!?]{1,40}?)?[ \t]+(?!(?:19|20)\d\d\b)\d{4,6}\b",
            # A street of an English kind and its number said after: "Willis Promenade 8818".
            rf"(?<![\w.])(?!(?:{_NOT_NAMES}|At|On|In|To|By|From)\b)(?:[A-ZÀ-Þ][\w'’.-]*[ \t]+){{1,3}}"
            rf"{suffix}[ \t]+\d{{1,5}}[A-Za-z]?\b",
            # A town, a state and a ZIP: "Watersmouth, OR 59900", "New Brendaton, NB Y7G 3M9".
            r"(?<![\w.])(?:[A-ZÀ-Þ][\w'’-]+[ \t]+){0,2}[A-ZÀ-Þ][\w'’-]+,[ \t]*[A-Z]{2}[ \t]+"
            r"(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z][ ]?\d[A-Z]\d)\b",
            # Europe and Latin America: "17 Rue des Lilas", "Koskikatu 25", "Rua do Arenque 1634"
            rf"(?<![\w.]){number},?[ \t]+(?:{_STREET_FIRST})[ \t]+(?:[a-zà-ÿ]{{1,4}}[ \t]+)?"
            rf"(?:{_STREET_WORDS}|[a-zà-ÿ][\w'’-]*(?:[ \t]+[\w'’-]+){{0,2}}){tail}{_MORE_LINES}",
            rf"(?<![\w.]){number}[ \t]+{_STREET_WORDS}[ \t]+{number}\b{_UNIT_AFTER}{tail}{_MORE_LINES}",
            rf"(?<![\w.])(?P<pii>(?:[A-Z]\.[ \t])?[A-ZÀ-Þ][\w'’-]*(?i:{_STREET_ENDINGS})[ \t]+{number}\b)",
            # After "at", "to" or "from": a number and one or two names, then a town ("45 Kingsway,
            # Leeds"), the shape of an address even without a street word.
            r"(?i:\b(?:at|to|from|on)[ \t]+)(?P<pii>\d{1,5}[A-Za-z]?[ \t]+[A-Z][a-z]+"
            r"(?:[ \t]+[A-Z][a-z]+)?,[ \t]*[A-Z][a-z][\w'-]*)",
            # A building number, the street's number, then its name: "at 9816 214 Pavlou Drandaki".
            r"(?i:\b(?:at|to|from|on)[ \t]+)(?P<pii>\d{1,5}[ \t]+\d{1,5}[A-Za-z]?[ \t]+[A-ZÀ-Þ][\w'’-]+"
            r"(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){0,3})",
            r"(?i:\b(?:zip|post(?:al)?)[ \t]?code(?: is| was)?:?|\bZIP:)[ \t]*"
            r"(?P<pii>\d{2,6}(?:[ -]\d{2,4})?(?:[ \t][A-Z]{2}\b)?)\b",
            r"\b(?:PSC|Unit|CMR)[ \t]\d{3,5},?[ \t]Box[ \t]\d{3,5}(?:\s+[ADF]PO[ \t][A-Z]{2}[ \t]\d{5})?",
            r"\bUS(?:NS|S|CGC|NV)[ \t][A-Z][a-z]+\s+FPO[ \t][A-Z]{2}[ \t]\d{5}",
        ],
    )


_PLATFORMS = (
    r"Discord|Xbox(?: Live)?|PSN|PlayStation|Steam|Twitch|Reddit|Instagram|Insta|TikTok|"
    r"Snapchat|Snap|Twitter|X|Tumblr|Threads|Bluesky|Roblox|Minecraft|Fortnite|Telegram|Kik|"
    r"Mastodon|YouTube|Pinterest|Facebook|Tellonym|Signal|Skype"
)
# A token that only a username looks like (with a small letter: "7ABC123" is a plate): an underscore, three letters then two digits, or two
# case changes inside a word ("xXDarkPhoenixXx"; "YouTube" and "iPhone" have one); plain
# words need a cue that says "username".
_HANDLE_SHAPE = (
    r"(?=\w*[a-z])(?=\w*(?:_|[A-Za-z]{3}\d\d)|(?:\w*?[a-z][A-Z]){2})"
    r"[A-Za-z0-9][A-Za-z0-9_]{1,30}[A-Za-z0-9_]"
)
_HANDLE_ANY = r"[A-Za-z0-9_][A-Za-z0-9_.]{1,30}[A-Za-z0-9_]"


def social_handle() -> RegexGroupRecognizer:
    """@handles, u/names, Discord tags, gamer tags and usernames a cue introduces."""
    cue = (
        rf"(?i:user ?name(?:'s| is| was|:)|gamer ?tag(?:'s| is| was|:)?|(?:psn|steam|xbox) "
        rf"(?:id|name)(?: is|:)?|handle(?:'s| is| was|:)|screen ?name(?: is|:)?|"
        rf"(?:on|add me on|follow me on|find me on) (?:{_PLATFORMS})(?:,| as| I'm| I am| it's|:)+)"
    )
    return RegexGroupRecognizer(
        "SOCIAL_HANDLE",
        [
            r"(?<![\w.@/])(?P<pii>@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)(?![\w@])",
            r"(?<![\w/])(?P<pii>u/[A-Za-z0-9_-]{3,20})\b",
            r"(?<![\w#])(?P<pii>[A-Za-z0-9_.]{2,32}#\d{4})(?!\d)",  # Discord name#1234
            rf"{cue}\s*(?P<pii>{_HANDLE_ANY})(?![\w@])",
            rf"(?<![\w@/.#-])(?P<pii>{_HANDLE_SHAPE})(?![\w@/.-]\w|[\w@/-])",
        ],
    )


def licence_plate() -> RegexGroupRecognizer:
    """Vehicle registrations: after a cue word, or in the shapes of common plate formats."""
    plate = r"(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])[A-Z0-9]{1,8}(?:[ -][A-Z0-9]{2,5}){0,2}"
    cue = (
        r"(?i:(?:number |licen[cs]e |registration |rego |reg )?plates?(?: number)?(?: is| was|:)?|"
        r"registration(?: number)?(?: is| was|:)?|rego(?: is|:)?|reg(?: number)?(?: is|:)|"
        r"(?:my|our|his|her|the) (?:car|van|truck|ute|motorbike|bike|vehicle),?) ?\(?"
    )
    return RegexGroupRecognizer(
        "LICENCE_PLATE",
        [
            rf"{cue}(?P<pii>{plate})(?![\w-])",
            r"(?<![\w-])(?P<pii>[A-Z]{2}\d{2} ?[A-Z]{3})(?![\w-])",  # UK
            r"(?<![\w-])(?P<pii>\d[A-Z]{3}\d{3})(?![\w-])",  # California and similar
            r"(?<![\w-])(?P<pii>[A-Z]{3}-\d{3,4})(?![\w-])",  # ABC-1234
            r"(?<![\w-])(?P<pii>[A-Z]{1,3}-[A-Z]{1,2} \d{1,4}[EH]?)(?![\w-])",  # Germany
        ],
    )


def id_number() -> RegexGroupRecognizer:
    labels = (
        r"medical record(?: number| no\.?| #)?|record number|chart number|patient (?:ID|"
        r"number|no\.?)|hospital number|case (?:number|no\.?|#)|NHS (?:number|no\.?)|"
        r"social security(?: number| no\.?)?|social insurance number|Medicare(?: card)? "
        r"(?:number|no\.?)|Medicaid (?:ID|number)|Aadhaar(?: number| no\.?)?|PAN card|"
        r"PPS(?:N| number)|IRD number|tax file number|NI number|national insurance number|"
        r"health card(?: number)?|OHIP(?: number)?|member ID|policy number|insurance ID|"
        r"student (?:ID|number)|employee (?:ID|number)|staff (?:ID|number)|ID number|"
        r"passport(?: number| no\.?)?|driver'?s? licen[cs]e(?: number)?|licen[cs]e number|"
        r"PhilHealth(?: number| ID)?|SSS number|badge number|inmate number|"
        r"claim number|file number|reference number|account number"
    )
    acronyms = r"MRN|SSN|SIN|PAN|NIN|BVN|TFN|PHN|UMID|CURP|ID"
    value = r"(?P<pii>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]*(?:[ ][A-Z0-9-]*\d[A-Z0-9-]*){0,3})"
    return RegexGroupRecognizer(
        "ID_NUMBER",
        [
            rf"(?:(?i:\b(?:{labels}))|\b(?:{acronyms}))(?:\s*(?:is|was|=|:|#|no\.?|number))*"
            rf"\s*[:#]?\s*{value}",
            r"(?<![\w-])(?P<pii>\d{3}-\d{2}-\d{4})(?![\w-])",  # US SSN shape
            r"\b(?P<pii>[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D])\b",  # UK NI number
            r"(?<![\w-])(?P<pii>\d{4} \d{4} \d{4})(?![\w-])",  # Aadhaar shape
            r"(?<![\w.+-])(?P<pii>\d{12,19})(?![\w-])",  # card, account and other long numbers
        ],
    )


def date_of_birth() -> RegexGroupRecognizer:
    cue = (
        r"(?i:born(?: on)?|date of birth|DOB|D\.O\.B\.?|birth ?date|birthday(?: is| was|,)?|"
        r"b\.)"
    )
    return RegexGroupRecognizer(
        "DATE_OF_BIRTH",
        [
            rf"{cue}\s*(?:(?:is|was|:|-|,|on|the)\s*)*(?P<pii>{DATE})",
            rf"(?P<pii>{DATE})\s*\((?:DOB|date of birth|my birthday)\)",
        ],
    )


def link() -> RegexGroupRecognizer:
    """Web links Presidio's URL pattern can miss (paths with @, short links)."""
    return RegexGroupRecognizer(
        "URL",
        [
            r"(?i:\b(?:https?://|www\.)[^\s<>\"']+)",
            r"\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|app|me|co\.uk|co\.nz|com\.au|ly)/[^\s<>\"']*",
        ],
        score=0.9,
    )


_PHONE_CUE = (
    r"(?i:\b(?:phone|mobile|cell|tel|telephone|desk|fax|landline|whatsapp|"
    r"(?:call|text|ring|reach) me (?:at|on)|answering (?:at|on)|number is|registered))"
)


def phone_number() -> RegexGroupRecognizer:
    """Phone-shaped digit groups (9 to 15 digits) that phonenumbers did not accept, with a trunk
    "(0)" or an extension ("x769"); shorter local numbers (6 to 8 digits) after a cue word."""
    return RegexGroupRecognizer(
        "PHONE_NUMBER",
        [
            r"(?<![\w+/.-])(?=(?:[ ().+-]*\d){9,15}(?!\d))(?P<pii>(?:\+\d{1,3}[ .-]?)?(?:\(0\) ?)?"
            r"(?:\(\d{2,5}\)[ .-]?)?\d{2,6}(?:[ .-]\d{2,6}){1,4}(?: ?(?:x|ext\.?) ?\d{1,5})?)"
            r"(?![\w/]|-\d)",
            r"(?<![\w+])(?P<pii>\+\d{10,14})(?![\w-])",
            r"(?<![\w+/.-])(?P<pii>\d{10,11})(?=-(?i:fax|office|mobile|home|work)\b)",
            rf"{_PHONE_CUE}\W{{0,3}}(?P<pii>(?=(?:[ ().-]*\d){{6,15}})\+?(?:\(\d{{1,5}}\) ?)?"
            r"\d[\d .-]{4,16}\d)(?![\w/])",
        ],
        score=0.6,
    )


def _named_place(entity: str, kind_words: str, kind_first: str) -> RegexGroupRecognizer:
    """A name then its kind ("St. Mary's Hospital") or the kind first ("Hospital for ...")."""
    return RegexGroupRecognizer(
        entity,
        [
            rf"(?<![\w'])(?!(?:{_NOT_NAMES}) )(?P<pii>{_SAINT}{_NAME_RUN}[ ](?:{kind_words}))\b",
            rf"\b(?P<pii>{kind_first} (?:the )?{_NAME_RUN}{_CAP})",
        ],
    )


def hospital() -> RegexGroupRecognizer:
    recognizer = _named_place(
        "HOSPITAL", HOSPITAL_WORDS, r"(?:Hospital|Infirmary|Clinic) (?:of|for)"
    )
    # The kind first, as in Spanish, French, Italian, German: "Hospital Universitario La Paz".
    kind_first = r"Hospital|Hôpital|Ospedale|Klinikum|Klinik|Clínica|Clinica|Centre Hospitalier"
    name_word = r"(?:[A-ZÀ-Þ][\w'’-]+|d[aeiou]s?|de la|del|di|der|des)"
    recognizer.patterns.append(
        re.compile(rf"\b(?P<pii>(?:{kind_first})(?: {name_word})*(?: [A-ZÀ-Þ][\w'’-]+))")
    )
    return recognizer


def named_place() -> RegexGroupRecognizer:
    """Places named after a saint or a mountain, and places a stay or a ward is told of.

    "St. Mary's" alone is a hospital, a school or a church: one of few in a town, so it goes.
    After "taken to", "nurses at", "discharged from" and the like, a capitalised name is the
    place someone was treated ("The nurses at Mount Sinai").
    """
    saint = r"(?:St\.?|Saint|Mount|Mt\.?)[ ][A-Z][\w’'-]*"
    cue = (
        r"(?i:admitted (?:to|at)|taken to|took (?:me|her|him|them|us) to|nurses at|doctors at|"
        r"staff at|ward (?:at|in)|discharged from|sectioned (?:at|to|in)|inpatient (?:at|in)|"
        r"transferred to|referred to|volunteer from|(?:days?|nights?|weeks?|months?|stay) (?:at|in)|"
        r"(?:my )?(?:week|month|time|stay|year) at|leaving|after)"
    )
    place_word = rf"(?!(?:{_NOT_NAMES}|Hospital|Rehab|Detox|Psych|Emergency|Casualty|Church|Home|Group|Therapy)\b)[A-ZÀ-Þ][a-zà-ÿ][\w'’-]*"
    return RegexGroupRecognizer(
        "NAMED_PLACE",
        [
            rf"(?<![\w'])(?P<pii>{saint}(?:[ ](?:and|&)[ ](?:{saint}|[A-Z][\w'’-]*))?)",
            rf"{cue}\s+(?:the\s+)?(?P<pii>{place_word}(?:[ -]{place_word}){{0,3}})",
        ],
        score=0.7,
    )


def school() -> RegexGroupRecognizer:
    return _named_place("SCHOOL", SCHOOL_WORDS, r"(?:University|College|Academy|Institute) of")


def workplace() -> RegexGroupRecognizer:
    company = rf"{_CAP}(?:[ ](?:&|and|of|{_CAP}))*"
    suffix = (
        r"Inc\.?|Ltd\.?|LLC|PLC|Corp(?:oration)?\.?|Group|Logistics|Bank|Foods|Motors|Systems|"
        r"Technologies|Consulting|Solutions|Insurance|Airlines|Pharmacy|Supermarkets?|Stores|"
        r"Manufacturing|Partners|Co\."
    )
    return RegexGroupRecognizer(
        "WORKPLACE",
        [
            rf"(?i:\b(?:{WORK_VERBS}))\s+(?:the\s+)?(?!(?:{_NOT_NAMES})\b)(?P<pii>{company})",
            rf"(?<![\w'])(?!(?:{_NOT_NAMES}) )(?P<pii>{company}[ ](?:{suffix}))(?!\w)",
        ],
    )


def named_person() -> RegexGroupRecognizer:
    """Names that follow a telling word ("my sister Priya", "Dr. Okafor", "named Tui")."""
    cue = (
        r"(?i:(?:my|our|his|her|their) (?:(?:little|big|older|younger|best|old|new|late|ex-?)[ ])?"
        r"(?:friend|sister|brother|mum|mom|mother|dad|father|son|daughter|wife|husband|partner|"
        r"girlfriend|boyfriend|fiancée?|cousin|aunt|auntie|uncle|niece|nephew|neighbour|neighbor|"
        r"therapist|counsellor|counselor|psychiatrist|doctor|GP|nurse|social worker|boss|"
        r"manager|coworker|co-worker|colleague|roommate|flatmate|sponsor|mentor|teacher|coach|"
        r"peer worker|peer specialist|case worker|caseworker|pastor|priest|imam|grandmother|"
        r"grandfather|gran|granny|kid|baby|twin|stepdad|stepmom|stepmum)|named|called|"
        r"name is|name's|(?:last|first|maiden|family|middle|full|sur|given) ?name(?: is|:|\?)|"
        r"I'm|I am|this is|signed|love,|from,|thanks,|cheers,|thank you,|"
        r"told|asked|texted|hugged|rang|thanks to|call me|met|thanked)"
    )
    word = rf"(?!(?:{_NOT_NAMES})\b)[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_][\w'’-]*"
    name = rf"{word}(?:[ -]{word}){{0,2}}"
    return RegexGroupRecognizer(
        "PERSON",
        # The honorific is part of the name: "Dr. Maria Lopez" is one "[name]".
        [
            rf"{cue},?\s+(?P<pii>{name})",
            rf"(?P<pii>{HONORIFIC}\s+{name})",
            rf"(?P<pii>\b(?i:mrs?|ms|mx|dr)\.?\s+{name})",
        ],
        score=0.8,
    )


class LowerCaseCueRecognizer(RegexGroupRecognizer):
    """In text typed all in lower case, the word after a title or a naming cue: "mr. elliott",
    "people call me višeslav", "her maiden name is nyberg"."""

    def __init__(self) -> None:
        skip = (
            r"(?!(?:after|for|by|the|a|an|it|that|this|to|in|on|and|but|so|not|just|very|"
            r"really|is|was)\b)"
        )
        word = r"[a-zà-ÿā-ž][a-zà-ÿā-ž'’-]{2,}"
        super().__init__(
            "PERSON",
            [
                rf"(?P<pii>\b(?:mrs?|ms|mx|dr|miss)\.[ \t]+{skip}{word})",
                rf"\b(?:call me|name is|name's|named)[ \t]+(?P<pii>{skip}{word})",
            ],
            score=0.7,
        )
        self.name = "KindredLowerCaseCueRecognizer"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if any(ch.isupper() for ch in text):
            return []  # elsewhere a lower-case word after "named" is not a name
        return super().analyze(text, entities, nlp_artifacts)


class OrganisationRecognizer(EntityRecognizer):
    """spaCy ORG/FAC spans, typed as hospital, school or workplace by their words or context."""

    _hospital = re.compile(rf"\b(?:{HOSPITAL_WORDS}|Medical|Health|NHS Trust)\b", re.I)
    _school = re.compile(rf"\b(?:{SCHOOL_WORDS})\b", re.I)
    _work_before = re.compile(rf"(?i:\b(?:{WORK_VERBS}))\s+(?:the\s+)?$")

    def __init__(self) -> None:
        super().__init__(
            supported_entities=["HOSPITAL", "SCHOOL", "WORKPLACE"],
            name="KindredOrganisationRecognizer",
        )

    def load(self) -> None:
        return None

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if nlp_artifacts is None:
            return []
        results = []
        for span in nlp_artifacts.entities:
            if span.label_ not in ("ORG", "FAC", "ORGANIZATION"):
                continue
            start, end = span.start_char, span.end_char
            words = text[start:end]
            if self._hospital.search(words):
                kind = "HOSPITAL"
            elif self._school.search(words):
                kind = "SCHOOL"
            elif self._work_before.search(text[max(0, start - 40) : start]):
                kind = "WORKPLACE"
            else:
                continue  # "the NHS", "AA", "NAMI": general organisations stay
            results.append(RecognizerResult(kind, start, end, 0.75))
        return results


# Platforms, faiths, holidays and family words that stories use as ordinary words.
_KEEP_AS_WORDS = """
Instagram Facebook Twitter TikTok Reddit YouTube Zoom WhatsApp Discord Google Bible Quran Koran
Torah Catholic Christian Muslim Hindu Sikh Jewish Buddhist Sabbath Mass Lent Thanksgiving
Halloween Hanukkah Passover Uni Internet Kindred Mama Papa Baba Appa Amma Tita Tito Lola Lolo
Aunty Auntie Uncle Brother Sister Babe Abuela Abuelo Mami Papi Mummy Mommy Bhai Didi Dada Nani
Koro Kuia Whaea Matua Ammi Abba Deaf Māori Elders Indigenous
"""


# Words that are never a person's name on their own, whoever tagged them.
NOT_NAME_WORDS = frozenset([*_NOT_NAMES.split("|"), *_KEEP_AS_WORDS.split()])


class ProperNounRecognizer(EntityRecognizer):
    """Title-case proper nouns outside any other entity: first names spaCy's NER misses.

    The small English pipeline often misses a lone first name ("Aroha from my group") or calls
    it a noun. A title-case noun outside any place or date entity is taken as a name when it is
    rare: absent from the embedding model's 30,000-word vocabulary (which knows "Toronto" and
    "Recovery" but not "Aroha"). Common words that are also names ("Grace") are left to
    spaCy's NER and the context patterns. Privacy comes first: a wrongly hidden
    word shows in the review step and the writer can put it back; a missed name is published.
    """

    _other = frozenset({"GPE", "LOC", "NORP", "DATE", "TIME", "EVENT", "LANGUAGE", "LAW"})
    _keep = NOT_NAME_WORDS

    def __init__(self) -> None:
        self.common_words: frozenset[str] = frozenset()
        self.names: frozenset[str] = frozenset()
        super().__init__(supported_entities=["PERSON"], name="KindredProperNounRecognizer")

    def load(self) -> None:
        self.common_words = common_words()
        self.names = any_names()

    def _is_name(self, token) -> bool:
        word = token.text
        if not (len(word) >= 3 and word[0].isupper() and word[1:].islower() and word.isalpha()):
            return False
        if word in self._keep or token.is_stop or function_word_opening(token):
            return False
        if word.rstrip("s") in self._keep:
            return False
        if token.ent_type_ in self._other:
            # spaCy calls many unfamiliar names places ("the gender of Vehbija" -> GPE): a word
            # that is a name somewhere in the world, not a big place, and not after a place word
            # ("moved to") is still a name.
            placeish = token.ent_type_ in ("GPE", "LOC")
            if not (placeish and word in self.names and word not in PLACES_TOO):
                return False
            if place_by_context(token):
                return False
        rare = bool(self.common_words) and word.lower() not in self.common_words
        return rare and token.pos_ in ("PROPN", "NOUN", "ADJ", "X")

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if nlp_artifacts is None or nlp_artifacts.tokens is None:
            return []
        doc = nlp_artifacts.tokens
        results = []
        for token in doc:
            if self._is_name(token):
                results.append(RecognizerResult("PERSON", token.idx, token.idx + len(token), 0.5))
        return results


def kindred_recognizers() -> list[EntityRecognizer]:
    return [
        street_address(),
        StreetNumberRecognizer(_EVERYDAY_SUFFIXES),
        PostcodeAfterTownRecognizer(),
        link(),
        phone_number(),
        ProperNounRecognizer(),
        social_handle(),
        id_number(),
        date_of_birth(),
        hospital(),
        named_place(),
        licence_plate(),
        GivenNameRecognizer(),
        NameShapeRecognizer(frozenset(_english_street_suffixes()) | NOT_NAME_WORDS),
        school(),
        workplace(),
        named_person(),
        LowerCaseCueRecognizer(),
        OrganisationRecognizer(),
    ]
