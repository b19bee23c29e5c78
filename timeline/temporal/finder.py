"""Finding temporal expressions: run every pattern, refuse the false friends, keep the longest.

Candidates from all patterns compete; the longest wins, then the rule listed first. A guard may
refuse a candidate ("May" the modal, "fall" the verb, "2000 people", "a quarter of the votes"),
and a shorter candidate then gets its chance.

>>> [(c.rule, c.text) for c in find_candidates("He left on Thursday, two days after the vote.")]
[('weekday', 'Thursday'), ('duration', 'two days')]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .lexicon import LEXICON as L, alternation
from .patterns import COMPILED

__all__ = ["Candidate", "find_candidates", "RULE_ORDER"]

#: Rules in order of preference when two candidates have the same length.
RULE_ORDER = ["week_of", "date", "day_range", "iso", "slash", "time", "month_year", "quarter", "month_quarter",
              "qcode", "year_ago", "holiday", "deictic", "weekday", "relative", "season", "decade", "century",
              "year_end", "ago", "set", "recurring", "per", "set_adverb", "ref_adj", "vague", "duration",
              "unit_adj", "ref", "spoken_year", "year", "month", "day_part", "short_year", "unit_next", "day_count"]
_RANK = {name: i for i, name in enumerate(RULE_ORDER)}
_PREPOSITIONS = frozenset(L.prepositions)
_NOT_AFTER_YEAR = frozenset(L.not_after_year)
_VEHICLE_MAKES = frozenset(L.vehicle_makes)
_FINANCE = frozenset(L.finance_words)
_QUANTITY = frozenset(["than", "some", "nearly", "almost", "approximately", "roughly", "about",
                       "over", "under", "only", "just", "least"])
_MONTH_WORDS = frozenset(L.months)
_WORD = re.compile(r"[A-Za-z][\w'’.-]*")
#: A text that names a quarter ("third-quarter profit") reads "the quarter" as one.
_QUARTER_TALK = re.compile(r"(?i:first|second|third|fourth)[-\s]quarter|\bquarterly\b")


@dataclass(frozen=True)
class Candidate:
    """A stretch of text that one rule matched and its guard accepted."""

    rule: str
    match: re.Match[str]

    @property
    def start(self) -> int:
        return self.match.start()

    @property
    def end(self) -> int:
        return self.match.end()

    @property
    def text(self) -> str:
        return self.match.group(0)


def _prev_word(text: str, start: int) -> str:
    m = re.search(r"([A-Za-z'’]+)[^\w]*$", text[max(0, start - 30):start])
    return m.group(1).lower() if m else ""


def _next_words(text: str, end: int, n: int = 2) -> list[str]:
    return _WORD.findall(text[end:end + 40])[:n]


_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _sentence(text: str, start: int, end: int) -> str:
    left = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)), default=0)
    right = _SENTENCE_END.search(text, end)
    return text[left:right.start() if right else len(text)]


def _after(text: str, end: int) -> str:
    return text[end:end + 30]


# --- guards: True keeps the candidate ---------------------------------------------------------


def g_month(m: re.Match[str], text: str) -> bool:
    word = m.group("mon")
    key = word.lower().rstrip(".")
    if m.group("mod") or m.group("rel"):
        return True
    if len(key) <= 3 and key != "may" and not word.endswith("."):
        return False
    following = _next_words(text, m.end(), 1)
    nxt = following[0] if following else ""
    gap = text[m.end():m.end() + 1]
    if gap == " " and nxt[:1].isupper() and nxt.lower().rstrip(".") not in _MONTH_WORDS:
        return False  # a name: "April Glaspie", "June Carter"
    if key in L.ambiguous_months or word.isupper():
        return _prev_word(text, m.start()) in _PREPOSITIONS or (not word.isupper() and _month_as_noun(m, text))
    return True


#: an article and an adjective before a month: "a weak March", "an unusually warm May"
_ARTICLE_ADJECTIVE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+ly\s+)?[a-z]{3,}\s+$")
#: a noun after a month that modifies it: "the March meeting" (not "The March on Washington")
_NOUN_AFTER = re.compile(r"\s+(?!(?:of|on|to|for|in|from|against|through|was|is|will|and|or)\b)[a-z]+")
#: a name the month begins: "the annual March for Life"
_NAME_AFTER = re.compile(r"\s+(?:for|on|of|to|against|in)\s+[A-Z]")


def _month_as_noun(m: re.Match[str], text: str) -> bool:
    """Is an ambiguous month ("March", "May") used as a month without a preposition before it:
    "the March meeting", "its May report", "rebounding from a weak March", "an unusually warm May"?"""
    after = _after(text, m.end())
    if _prev_word(text, m.start()) in ("the", "a", "its", "their", "this", "last", "next") and _NOUN_AFTER.match(after):
        return True
    return _ARTICLE_ADJECTIVE.search(text, max(0, m.start() - 30), m.start()) is not None \
        and not _NAME_AFTER.match(after)


_NAME_HEADS = frozenset(L.name_heads)
#: "a 30-year-old law", "the decade-old economic embargo": a thing whose age is a duration
_AGED_THING = re.compile(r"(?:\s+[a-z]+(?:-[a-z]+)*){0,2}?\s+" + alternation(L.aged_things) + r"(?![\w-])")


def _names_something(text: str, end: int) -> bool:
    """Is the date the start of a name: "the March 23 Movement", "the Good Friday Agreement"?"""
    nxt = _next_words(text, end, 1)
    return bool(nxt) and text[end:end + 1] == " " and nxt[0].rstrip(".,;:") in _NAME_HEADS


def g_holiday(m: re.Match[str], text: str) -> bool:
    return not _names_something(text, m.end())


def g_date(m: re.Match[str], text: str) -> bool:
    if _names_something(text, m.end()):
        return False
    mon = (m.group("mon") or m.group("mon2"))
    if mon.lower().rstrip(".") == "may" and m.group("day2") and not m.group("year"):
        return _prev_word(text, m.start()) in _PREPOSITIONS or bool(m.group("wd"))
    return True


def _model_year(text: str, start: int, end: int, nxt: list[str]) -> bool:
    """A year naming a vehicle's model, no time: "Kopp's 1987 Chevrolet Cavalier", "a 2004 Toyota"
    (but "in 1987 Ford grew", "the 1999 Ford Motor Co. results")."""
    return bool(nxt) and nxt[0][:1].isupper() and nxt[0].lower() in _VEHICLE_MAKES \
        and not re.match(r"\s+\S+\s+(?:Motors?|Co|Corp|Inc|Group)\b", text[end:end + 40]) \
        and re.search(r"(?i:\b(?:a|the|his|her|their|its|my|our|your)|['’]s)\s+$", text[max(0, start - 12):start]) is not None


def g_year(m: re.Match[str], text: str) -> bool:
    nxt = _next_words(text, m.end(), 1)
    if nxt and nxt[0].lower() in _NOT_AFTER_YEAR and re.match(r"[ \t]+[\w]", text[m.end():m.end() + 3]):
        return False  # "2,000 troops" (but "... in 2011.\n\nResidents said")
    if _model_year(text, m.start(), m.end(), nxt):
        return False
    if re.match(r"\s*(?:GMT|UTC|hours?\b|hrs\b|local\s+time)", text[m.end():m.end() + 15]):
        return False
    before = text[max(0, m.start() - 12):m.start()].lower()
    if re.search(r"(?:no\.|number|room|flight|route|highway|model|code|page|pages|article|#)\s*$", before):
        return False
    if _prev_word(text, m.start()) in _QUANTITY and not m.group("mod") and nxt \
            and nxt[0].islower() and nxt[0].endswith("s") and len(nxt[0]) > 3:
        return False
    name = _NAME_WITH_YEAR.search(text, max(0, m.start() - 40), m.start())
    if name and not m.group("mod") and name.group(1).lower().rstrip(".") not in _YEAR_NAMERS:
        return False  # part of a name: "a venture called Orion 1980", "runs Windows 2000"
    return True


#: a capitalised word inside a sentence right before a year: "called Orion 1980"
_NAME_WITH_YEAR = re.compile(r"[a-z,;] ([A-Z][A-Za-z]+\.?) $")
#: capitalised words that do name a period with the year after them
_YEAR_NAMERS = frozenset(L.months) | frozenset(L.seasons) | frozenset(
    w for h in L.holidays for w in h.split()[-1:]) | {"fy", "fiscal", "calendar", "year", "summer", "spring",
                                                        "autumn", "fall", "winter", "christmas", "easter"}


def g_quarter(m: re.Match[str], text: str) -> bool:
    det = (m.group("det") or "").lower()
    ordinal, adj = m.group("ord"), (m.group("adj") or "").strip()
    has_year = bool(m.group("ofyear") or m.group("poss") or re.search(r"\d{4}", adj))
    if m.group("q").lower() == "half":
        # "the first half of 2022"; "first-half profit" of a company's report
        if not ordinal or has_year:
            return bool(ordinal)
        if (ordinal or "").lower() not in ("first", "second"):
            return False
        if "-" in (m.group("hy") or ""):
            return re.match(r"\s+[a-z]", _after(text, m.end())) is not None
        # "profit in the first half rose": a company's half year, not a match's; a report may
        # have named the money a sentence or two before ("Loans fell in March. 'We're hopeful
        # about the second half,' she said.")
        around = _sentence(text, max(0, m.start() - 250), m.end())
        words = set(re.findall(r"[a-z]+", around.lower()))
        return det in ("the", "its") and bool(words & _FINANCE)
    if det == "a" and not ordinal:
        return False
    if m.group("q").lower() == "period":
        return bool(re.search(r"latest|earlier|ago|comparable|corresponding|same|\d{4}", adj)) \
            and not ordinal and not m.group("pl")
    if not ordinal and re.match(r"\s+of\b", _after(text, m.end())):
        return False  # "a quarter of the votes", "three quarters of"
    if (ordinal or "").lower() == "last" and not m.group("ofyear"):
        return False
    if m.group("pl") and not ordinal:
        return False
    if not ordinal and not adj and not has_year and not m.group("ago"):
        if not det:
            return False
        if det == "this" and m.group("q").lower() == "quarter":
            return True  # "margins improved this quarter"
        words = set(re.findall(r"[a-z]+", _sentence(text, m.start(), m.end()).lower()))
        return bool(words & _FINANCE) or _QUARTER_TALK.search(text) is not None
    if ordinal and not det and not adj and not has_year:
        # "third quarter" without a determiner: fine as a modifier ("third-quarter profit")
        return True
    return True


def g_month_quarter(m: re.Match[str], text: str) -> bool:
    """"the July-September quarter": three months that make a calendar quarter; "the June
    quarter": the quarter that ends in June."""
    if m.group("m3"):
        return bool(m.group("det"))
    first, last = L.month(m.group("m1") or m.group("m4")), L.month(m.group("m2") or m.group("m5"))
    return last == first + 2 and last % 3 == 0


def g_deictic(m: re.Match[str], text: str) -> bool:
    """"USA Today", "VOA Today": a capitalised "Today" after a name is a title."""
    if m.group(0).lower() != "today" or not m.group(0)[:1].isupper() or _sentence_initial(text, m.start()):
        return True
    return not re.search(r"[A-Z][A-Za-z]*\s+$", text[max(0, m.start() - 12):m.start()])


def g_season(m: re.Match[str], text: str) -> bool:
    if _names_something(text, m.end()):
        return False  # "the Spring Festival"
    rel = (m.group("rel") or "").lower()
    if m.group("year") or m.group("syear"):
        return True
    if rel and rel != "the":
        return True
    if re.match(r"\s+(?:of|in|from|to)\b", _after(text, m.end())):
        return False
    if re.match(r"\s+(?:Olympics|Olympic|Paralympics|Games|Palace|Offensive)\b", _after(text, m.end())):
        return False  # "the Summer Olympics", "the Winter Palace"
    return _prev_word(text, m.start()) in {"in", "during", "by", "since", "until", "through", "before",
                                           "after", "over", "for", "this", "last", "next", "throughout",
                                           "into"} or (rel == "the" and _prev_word(text, m.start()) in {
                                               "of", "to", "from"})  # "confined to the summer"


#: "that week", "the same month", "later that same month": the time just told
_THAT_SAME = frozenset(["that", "the same", "that same", "earlier that same", "later that same"])
#: how a day is told from another: "that day", "the next day", "later in the day"
_ANAPHORIC_DAY = _THAT_SAME | {"earlier that", "later that", "the previous", "the following", "the next",
                               "earlier in the", "later in the"}


def g_relative(m: re.Match[str], text: str) -> bool:
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    unit = m.group("unit").lower()
    if m.group("unit")[:1].isupper() and m.group("rel")[:1].isupper() and not m.group("unit").isupper():
        return False  # a title: "This Week"
    if unit == "day":
        return rel in _ANAPHORIC_DAY
    if rel == "the" and not m.group("mod"):
        if unit in ("morning", "afternoon", "evening", "night"):
            return False
        if unit in ("week", "month", "year", "decade", "century"):
            if re.match(r"['’]s|\s+(?:of|before|after|when|in\s+which)\b", _after(text, m.end())):
                return False  # "the year of the flood", "the week before the vote"
            return _prev_word(text, m.start()) in {"for", "in", "during", "through", "throughout",
                                                   "over", "of", "since", "until", "by", "all", "ending",
                                                   "ended", "end", "ends", "closing", "closed", "finishing",
                                                   "finished"}  # "crude fell, ending the week down 11%"
    if rel in _THAT_SAME and unit in ("week", "month"):
        return True
    if rel in ("past", "coming", "following", "previous", "current") and unit not in ("year", "week", "month", "weekend", "decade", "century"):
        return False
    return True


#: an amount before "a year" makes it a rate: "$500 million a year", "700 seats a week", "twice a day"
_RATE = re.compile(r"(?:\d(?:[\d,.]*\d)?%?|\b(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
                   r"thirty|forty|fifty|hundred|thousand|million|billion|dozen|several|many|few|times|twice|"
                   r"once|percent|cents|dollars))(?:\s+[a-z]+s)?\s+$")


def g_duration(m: re.Match[str], text: str) -> bool:
    num = m.group("num").lower()
    unit = m.group("unit").lower()
    after = _after(text, m.end())
    if (m.group("tail") or "").lower().endswith("old") and _AGED_THING.match(text, m.end()):
        return True  # the age of a thing, not a person: "the IRA's 8-month-old truce"
    if (m.group("tail") or "").lower().endswith("old") or re.match(r"[-\s]+old\b|-|\s+of\s+age\b", after):
        return False  # ages ("a 44-year-old", "15 months of age"), compounds ("a year-earlier loss")
    if m.group("unit")[:1].isupper() and not m.group("unit").isupper():
        return False  # a title: "60 Minutes"
    if unit == "quarter" and m.group("pl") and "-" in m.group("sep"):
        return False  # a fraction: "fell by three-quarters"
    if unit == "second" and not m.group("pl") and num not in ("1", "one", "a", "an") and "-" not in m.group("sep"):
        return False  # an ordinal: "ranked 2019 second"
    if num in ("a", "an") and not m.group("nmod") and _RATE.search(text[max(0, m.start() - 40):m.start()]):
        return False  # a rate: "$500 million a year", "four flights a week"
    if num in ("a", "an") and unit in ("second", "sec", "min", "quarter"):
        return False
    if num in ("a", "an") and text[m.start() - 1:m.start()] == "-":
        return False  # "a $95,000-a-year job": a rate inside a compound
    if unit == "night" and not m.group("pl") and num in ("a", "an", "one"):
        return False
    if unit.startswith("quarter") and re.match(r"\s+of\b", _after(text, m.end())):
        return False
    if re.match(r"[.,]\d", text[m.end("num"):m.end("num") + 2]):
        return False
    return True


def g_vague(m: re.Match[str], text: str) -> bool:
    if m.group("rel") or m.group("vague"):
        # "some days" is too loose to be a duration unless anchored ("the past some days" is not English)
        return (m.group("vague") or "").lower() != "some" or bool(m.group("rel"))
    if text[m.start() - 1:m.start()] == "-":
        return False  # "after-hours trading"
    prev = _prev_word(text, m.start())
    nxt = _next_words(text, m.end(), 1)
    if nxt and nxt[0].lower().rstrip(".,;:!?") in ("of", "later", "earlier", "before", "after", "away") \
            and not m.group("det") \
            and m.group("unit").lower() in ("hours", "days", "weeks", "months", "years", "decades") \
            and prev not in _POSSESSORS and not re.search(r"\d\s*$", text[max(0, m.start() - 3):m.start()]):
        return True  # "weeks of protests followed", "less active years before they are diagnosed"
    if nxt and nxt[0].lower() in ("of", "later", "earlier", "ago", "before", "after", "old"):
        return False
    if _COORDINATED_UNITS.search(text, max(0, m.start() - 40), m.start()):
        return True  # "it could take months, maybe years", "within days, not weeks"
    if m.group("det"):
        # "over the years", "in the weeks ahead", "in the years that followed"
        return prev == "over" or re.match(r"\s+(?:ahead|to\s+come|that\s+followed)\b", _after(text, m.end())) is not None
    return prev in {"for", "within", "in", "over", "after", "take", "takes", "took", "taking", "spent", "spend", "be",
                    "spends", "spending", "lasted", "last", "lasts", "waited", "wait", "had", "has", "have",
                    "gave", "given", "give"}  # "the cleanup will take months", "the government had months to"


#: a bare plural of units just before, joined as an alternative: "months, maybe [years]"
_COORDINATED_UNITS = re.compile(r"(?i)\b(?:minutes|hours|days|weeks|months|years|decades)\s*,?\s+"
                                r"(?:maybe|perhaps|possibly|not|or|or\s+even|if\s+not)\s+$")
_POSSESSORS = frozenset(["the", "these", "those", "his", "her", "their", "its", "our", "my", "your", "whose"])


def g_set_adverb(m: re.Match[str], text: str) -> bool:
    """"average daily volume", "average hourly earnings": a statistic's unit, not a set."""
    prev = _prev_word(text, m.start())
    if _RATE.search(text[max(0, m.start() - 40):m.start()]) and _ENDS_ADVERB.match(text, m.end()):
        return False  # an amount's rate, as "$500 million a year" is: "rise 8.5% annually", "10,000 units yearly"
    # "the highest monthly total", "the biggest weekly drop": a superlative's measure
    return prev not in ("average", "avg", "mean", "median") and not (len(prev) > 4 and prev.endswith("est"))


#: what may follow a set adverb that closes its phrase ("8.5% annually through 1992", "10,000 units annually.")
_ENDS_ADVERB = re.compile(r"\s*(?:[^\w\s]|$|(?:through|since|until|till|for|in|over|from|and|or|but|to|by|on|at"
                          r"|while|with|after|before)\b)")


def g_set(m: re.Match[str], text: str) -> bool:
    return not re.match(r"\s+of\b", _after(text, m.end()))


def g_per(m: re.Match[str], text: str) -> bool:
    if text[m.start() - 1:m.start()] == "-":
        return False  # "a $95,000-a-year job": a rate inside a compound
    return bool(m.group("freq")) or _prev_word(text, m.start()) in {"once", "twice", "times", "thrice"}


def _sentence_initial(text: str, start: int) -> bool:
    """Does a sentence (or a quotation) begin at ``start``?"""
    before = text[max(0, start - 4):start].rstrip(" \t'\"`‘“")
    return not before or before.endswith(("\n", ".", "!", "?", ":"))


def g_ref(m: re.Match[str], text: str) -> bool:
    word = re.sub(r"\s+", " ", m.group("w").lower())
    after = _after(text, m.end())
    if word == "soon" and (_prev_word(text, m.start()) == "as" or re.match(r"\s+(?:as|after|before)\b", after)):
        return False  # a connective: "as soon as he arrives", "soon after the vote"
    if word == "soon" and _prev_word(text, m.start()) in ("too", "so"):
        return False  # "far too soon to predict a new record": no time, an earliness
    if word == "most recently" or (word == "recently" and _prev_word(text, m.start()) == "as"
                                   and re.match(r"\s+as\b", after)):
        return False  # "most recently at the Open in January", "as recently as Thursday": the time follows
    if word == "now" and re.match(r"\s*,|\s+(?:to|for|here|back)\b", after) and _sentence_initial(text, m.start()):
        return False  # the discourse marker: "Now, he says, the West wants war", "Now to the Olympics"
    if word == "current" and not re.match(r" (?!(?:account|accounts|affairs|of|and|or)\b)[a-z]", after):
        return False  # "the current account", "a strong current"
    if word in ("the future", "the past", "the present") and re.match(r"\s+of\b", after):
        return False
    if word == "the present" and re.match(r"\s+[a-z]", after):
        return False
    if word == "the past" and re.match(rf"\s+(?:\d|{L.number_pattern}\b|few\b|several\b)", after):
        return False  # "in three quarters of the past four": a count, not the past
    return True


def g_spoken_year(m: re.Match[str], text: str) -> bool:
    """A number read out, not a year: "more than two thousand years", "nineteen fifty people"."""
    if _prev_word(text, m.start()) in _QUANTITY:
        return False
    nxt = _next_words(text, m.end(), 1)
    return not (nxt and _PLURAL_COUNT.match(nxt[0]))


#: A plural noun counted by the number before it: a unit of time or a common count noun.
_PLURAL_COUNT = re.compile(rf"^(?:{L.unit_pattern}s?|centuries|millennia|people|persons|men|women|children|"
                           r"dollars|troops|soldiers|miles|kilometers|kilometres|tons|tonnes)$", re.I)


#: a weekday that is a name: "Mr. Friday", "Tuesday Morning Corp."
_NAME_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Miss|Mister)\.?\s+$")
_COMPANY_AFTER = re.compile(r"\s+(?:Corp|Inc|Co|Ltd|Plc|PLC|LLC|Group|Holdings)\b")


def g_weekday(m: re.Match[str], text: str) -> bool:
    if _NAME_BEFORE.search(text[max(0, m.start() - 8):m.start()]) or _COMPANY_AFTER.match(text, m.end()):
        return False
    if re.search(r"\b(?:Black|Good|Super|Cyber|Ash|Holy|Maundy|Fat)\s+$", text[max(0, m.start() - 8):m.start()]):
        return False  # "Good Friday" is a holiday, "Black Friday" a sales day
    nxt = text[m.end():m.end() + 20]
    if re.match(r" (?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))[A-Z][a-z]", nxt) \
            and not m.group("part"):
        prev = text[max(0, m.start() - 4):m.start()]
        return not prev.endswith(("the ", "The "))  # "the Sunday Times", "The Sunday Telegraph"
    return not re.search(r"\bMail on $", text[max(0, m.start() - 8):m.start()])  # "The Mail on Sunday"


def g_time(m: re.Match[str], text: str) -> bool:
    if m.group("named") and _prev_word(text, m.start()) == "high":
        return False
    if text[max(0, m.start() - 1):m.start()] in (":", "-", "/", "."):
        return False  # the end of a score or a ratio: "won 3:1 last night"
    ampm = m.group("ampm") or ""
    # "am"/"AM" but not "Am" (a word, "I Am")
    return not (ampm.lower() in ("am", "pm") and not (ampm.islower() or ampm.isupper()))


#: what is counted in degrees: "temperatures bounce back into the forties", "highs in the 70s"
_TEMPERATURE = re.compile(r"(?i)\b(?:temperatures?|highs?|lows?|readings?|degrees|thermometers?|"
                          r"mercury|wind\s+chills?)\b[^.;!?]{0,30}$")


def g_decade(m: re.Match[str], text: str) -> bool:
    """"the forties" of temperatures is no decade ("90 degrees in the 1970s" still is)."""
    return m.group("dec") is not None or not _TEMPERATURE.search(text, max(0, m.start() - 45), m.start())


GUARDS: dict[str, Callable[[re.Match[str], str], bool]] = {
    "month": g_month, "date": g_date, "year": g_year, "quarter": g_quarter, "season": g_season,
    "relative": g_relative, "duration": g_duration, "vague": g_vague, "set": g_set, "per": g_per,
    "deictic": g_deictic, "month_quarter": g_month_quarter, "holiday": g_holiday, "ref": g_ref, "weekday": g_weekday,
    "time": g_time, "spoken_year": g_spoken_year, "set_adverb": g_set_adverb, "decade": g_decade,
}


def find_candidates(text: str) -> list[Candidate]:
    """The accepted, non-overlapping candidates of ``text`` in document order."""
    found: list[Candidate] = []
    for name in RULE_ORDER:
        guard = GUARDS.get(name)
        for match in COMPILED[name].finditer(text):
            if match.end() > match.start() and (guard is None or guard(match, text)):
                found.append(Candidate(name, match))
    found.sort(key=lambda c: (-(c.end - c.start), _RANK[c.rule], c.start))
    taken: list[tuple[int, int]] = []
    chosen: list[Candidate] = []
    for cand in found:
        if any(cand.start < e and s < cand.end for s, e in taken):
            continue
        taken.append((cand.start, cand.end))
        chosen.append(cand)
    chosen.sort(key=lambda c: c.start)
    return chosen
