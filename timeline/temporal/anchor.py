"""Anchoring: calendar arithmetic against the publication date, and the tense of a clause.

News convention (as in TimeML practice and HeidelTime's news mode): an under-specified date
("Thursday", "March 3") is the nearest such date before the publication date when the clause
speaks of the past, the nearest after it when it speaks of the future, and the nearest either
way otherwise. Tense comes from a few nearby words, not from a parser.

>>> import datetime as dt
>>> resolve_weekday(dt.date(2016, 2, 11), 3, tense="past")
datetime.date(2016, 2, 10)
>>> resolve_weekday(dt.date(2016, 2, 11), 5, tense="future")
datetime.date(2016, 2, 12)
>>> clause_tense("Kerry will meet Lavrov on Friday in Munich.", 29, 35)
'future'
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from .lexicon import LEXICON

__all__ = ["add_months", "clause_tense", "iso_week", "parse_dct", "quarter_of", "resolve_month",
           "resolve_weekday", "easter"]

_FUTURE = frozenset(LEXICON.future_cues)
_PAST = frozenset(LEXICON.past_cues)
_NOT_PAST = frozenset(LEXICON.past_exceptions)
_FUTURE_TO = frozenset(LEXICON.future_before_to)
_REPORTING = frozenset(LEXICON.reporting_verbs)
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|'ll|[.;!?]|\d+(?:[.,:]\d+)*")
#: How many words either side of an expression the tense cues are looked for.
TENSE_WINDOW = 9
#: With no tense, a bare month lies less than this many months ahead of the publication date
#: (five ahead is as far as seven back: news leans to the past).
FUTURE_REACH = 5
#: How far (months) the tense may move a date from its nearest occurrence.
TENSE_REACH = 2


def parse_dct(dct: str | None) -> dt.date | None:
    """The calendar date of a publication date string (time part ignored), or None."""
    if not dct:
        return None
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)", dct)
    if not m:
        return None
    try:
        return dt.date(*map(int, m.groups()))
    except ValueError:
        return None


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, clamped to the month's length."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def iso_week(day: dt.date) -> str:
    """TIMEX3 week value, e.g. ``2016-W06``."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def resolve_weekday(dct: dt.date, weekday: int, *, tense: str | None) -> dt.date:
    """The date of ``weekday`` (1 = Monday) near ``dct``: on or before it for the past and by
    default, on or after it for the future."""
    delta = weekday - dct.isoweekday()
    if tense == "future":
        return dct + dt.timedelta(days=delta % 7)
    return dct - dt.timedelta(days=(-delta) % 7)


def resolve_month(dct: dt.date, month: int, day: int | None = None, *, tense: str | None,
                  scheduled: bool = True) -> int:
    """The year of ``month`` (and ``day``) as seen from ``dct``.

    The nearest occurrence, leaning to the past as news does (less than ``FUTURE_REACH`` months
    ahead). The tense of the clause overrules that: for any date the other way, but for a
    date that a deadline or schedule names (``scheduled``: "extended the offer to Nov. 20",
    "declared a dividend payable Dec. 7") only more than ``TENSE_REACH`` months away.

    >>> resolve_month(dt.date(2016, 2, 11), 12, tense=None), resolve_month(dt.date(2016, 2, 11), 6, tense="past")
    (2015, 2015)
    >>> resolve_month(dt.date(2016, 2, 11), 2, 25, tense=None)
    2016
    """
    distance = (month - dct.month) + ((day or 15) - (dct.day if day else 15)) / 31
    year = dct.year
    if distance >= FUTURE_REACH:
        year, distance = year - 1, distance - 12
    elif distance < FUTURE_REACH - 12:
        year, distance = year + 1, distance + 12
    reach = TENSE_REACH if scheduled else 0
    if tense == "past" and distance > reach:
        return year - 1
    if tense == "future" and distance < -reach:
        return year + 1
    return year


#: Words that make a date a deadline or a schedule ("extended to Nov. 20", "set to expire").
_SCHEDULE_WORDS = frozenset(LEXICON.schedule_words)
#: Prepositions that make the date after them a deadline or the end of a span.
_SCHEDULE_PREPOSITIONS = frozenset(["by", "until", "till", "through", "to", "before", "past"])


def scheduled_context(text: str, start: int, end: int) -> bool:
    """Does the date at ``text[start:end]`` name a deadline or a schedule?

    >>> t = "The company extended its offer to Nov. 20."
    >>> scheduled_context(t, t.index("Nov"), t.index("Nov") + 7)
    True
    """
    left = [w for w in _tokens(text[max(0, start - 80):start]) if w != "the"]
    right = _tokens(text[end:end + 40])
    if left and left[-1] in _SCHEDULE_PREPOSITIONS:
        return True
    left = _since_stop(left)
    right = right[:right.index(".")] if "." in right else right
    return any(w in _SCHEDULE_WORDS for w in left[-6:] + right[:3])


def _since_stop(words: list[str]) -> list[str]:
    """The words after the last sentence stop in ``words`` (all of them if there is none)."""
    return words[len(words) - words[::-1].index("."):] if "." in words else words


def easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _is_past_word(word: str) -> bool:
    if word in _PAST:
        return True
    return len(word) > 4 and word.endswith("ed") and word not in _NOT_PAST


def next_to_past_verb(text: str, start: int, end: int) -> bool:
    """Is the word at ``text[start:end]`` right beside a past verb ("was soon released", "soon
    became")? An auxiliary before it ("may soon seek") keeps it out of the past."""
    before = _tokens(text[max(0, start - 30):start])[-1:]
    after = _tokens(text[end:end + 30])[:1]
    if before and before[0] in ("was", "were", "had"):
        return True
    return bool(after) and _is_past_word(after[0]) and not (before and before[0] in _AUXILIARY)


#: a full stop after these ends no sentence: initials ("U.S.", "a.m."), titles, abbreviations
_ABBREVIATION = re.compile(r"(?:^|[\s.(])(?:[A-Za-z]|" + "|".join(map(re.escape, LEXICON.abbreviations)) + r")$")
#: "called for X on Monday": X is ahead of the call
_CALLS = frozenset(["call", "calls", "called", "calling"])
#: cues that yield to a cue on the other side of the expression ("Until Friday, they had waited")
#: or further on the same side ("the roads remained closed until Sunday")
_WEAK = frozenset(["until"])
#: verbs that set a deadline: "until" after them still looks ahead ("has given them until Tuesday")
_GRANTS = frozenset(["has", "have", "given", "gave", "granted", "allowed", "extended", "postponed", "delayed",
                     "adjourned", "deferred", "suspended", "recessed"])
#: past cues that are times themselves: beyond a comma they tell another time's tense
_TOLD_TIMES = frozenset(["ago", "earlier", "last", "yesterday"])


#: a capitalised word next: what "called", "named" or "dubbed" gives is a name
_CAPITAL_AFTER = re.compile(r" [A-Z]")


def _tokens(text: str) -> list[str]:
    """Lower-case words and sentence stops; the full stop of "a.m.", "U.S." or "Dec." is no stop."""
    out: list[str] = []
    for m in _WORD.finditer(text):
        word = m.group()
        if word == "." and (text[m.end():m.end() + 1].isalnum()
                            or _ABBREVIATION.search(text[max(0, m.start() - 7):m.start()])):
            continue
        if word[0].isdigit():
            word = "#"  # a number holds its place: "from 2005 to 2014, pleaded guilty" is no "to pleaded"
        elif word in ("called", "named", "dubbed") and _CAPITAL_AFTER.match(text, m.end()):
            word = "~"  # naming, not a past: "a small lander called Philae"
        out.append(word if word == "May" else word.lower())  # the month stays apart from the modal
    return out


def _scan(words: list[str], reach: int, *, leftward: bool, after_punct: bool = False,
          comma_at: int | None = None) -> tuple[int, str, bool] | None:
    """The nearest cue within ``reach`` words (read away from the expression): distance, tense, weak."""
    order = range(len(words) - 1, max(-1, len(words) - 1 - reach), -1) if leftward else range(min(reach, len(words)))
    weak: tuple[int, str, bool] | None = None
    for distance, index in enumerate(order):
        word = words[index]
        if word in ".;!?":
            return weak
        tense = _cue(words, index)
        if tense == "future" and not leftward and word.endswith("ed") and word in _FUTURE_TO \
                and not (index and words[index - 1] in ("is", "are", "am")):
            tense = "past"  # "X on Saturday vowed to ...": the day of the vow, which is past
            # (but "X in November, is expected to ..." is still ahead)
        if tense == "future" and not leftward and word in _ASKS:
            # "addressing leaders on Monday, urged them to stop": the day of the urging
            tense = "past" if word.endswith("ed") or word == "told" else None
        if leftward and distance > 1 and word in _CALLS and "for" in words[index + 1:] \
                and words[index + 1:index + 2] != ["back"]:  # "were called back for a session" is past
            tense = "future"  # "called for a strike on Monday": what is called for lies ahead
        if tense == "future" and word in ("is", "are") and index + 1 < len(words) \
                and words[index + 1].endswith("ing") and words[index + 1] not in _PROGRESSIVE \
                and (not leftward or distance > 3):
            continue  # a progressive plans only close to its day: "is turning 90 on Tuesday"
            # (not "is continuing to try to sell itself, under a June agreement")
        if tense and after_punct and not leftward and word in _REPORTING:
            continue  # "X will meet Friday, he said" is about the future
        if tense and not leftward and word in _TOLD_TIMES and comma_at is not None and index >= comma_at:
            continue  # "a June increase at 87%, up from 70% a week ago": another time's tense
        if tense and word in _WEAK and weak is None:
            weak = (distance, tense, True)  # "remained closed until Sunday": the verb decides
            continue
        if tense and weak and (word in _SCHEDULE_WORDS or word in _GRANTS):
            return weak  # "postponed until Tuesday", "has given them until Tuesday": a deadline ahead
        if tense:
            return distance, tense, False
    return weak


#: a participle of speech after the clause: what it reports has its own tense
_PARTICIPLE_REPORT = re.compile(r"\s*,\s*(?:saying|adding|noting|warning|citing|arguing|claiming|insisting|"
                                r"explaining|stressing|signalling|signaling|predicting|promising)\b")
#: what "falls on" a day in the calendar's present tense: "the holiday falls on Sunday"
_CALENDAR_SUBJECTS = frozenset(["which", "that", "it", "day", "days", "date", "holiday", "anniversary",
                                "eve", "christmas", "easter", "thanksgiving", "halloween", "birthday"])
#: verbs whose past is their base form: past after "it", "he", "she" (the present takes -s)
_SAME_IN_PAST = frozenset(["forecast", "broadcast", "bid", "shed", "upset", "cost", "hurt", "let",
                           "cast", "beat", "bet", "burst", "thrust"])
#: pasts spelt as their base form, which are nouns after a determiner ("a cut by March")
_SAME_FORM = _SAME_IN_PAST | frozenset(["put", "set", "hit", "quit", "cut", "shut", "split", "spread", "read"])
#: prepositions that tie a day to the verb right before them: "a festival that began on Monday"
_PREPOSITIONS_OF_TIME = frozenset(["on", "in", "at", "since", "by", "until", "during"])
#: a relative clause still open before the expression: ", who spoke with ... [Thursday]"
_RELATIVE_OPEN = re.compile(r",\s*(?:who|which)\b[^,;.!?]*$")
#: a comma and a conjunction: what follows is a clause of its own
_JOINED_CLAUSE = re.compile(r",\s*(?:and|but)\b")
#: words that start another clause: a tense cue after them belongs to that clause ("told reporters
#: on Wednesday that the country will not bargain": the telling is past)
_CONJUNCTIONS = frozenset(["and", "but", "or", "while", "whereas", "unless", "if", "because", "although",
                           "though", "whether", "when", "once", "that"])


def clause_tense(text: str, start: int, end: int) -> str | None:
    """``"past"``, ``"future"`` or None for the clause around ``text[start:end]``.

    The nearest tense cue within the sentence wins, words to the left counting slightly closer;
    a weak cue ("until") yields to one on the other side. A reporting verb after a comma,
    quote or bracket on the right ("..., he said") does not count: "X will meet Friday, he
    said" is about the future. A participle after an auxiliary ("will be held", "is heard") or
    a determiner ("an unspecified date") is not a past tense; a plan in the pluperfect ("had
    been due to expire Friday") is past.
    """
    before = text[max(0, start - 160):start]
    left = _tokens(before)
    if left[-1:] == ["since"]:
        return "past"  # "since January": what a span starts from is over
    right_text = text[end:end + 240]
    right = _tokens(right_text)
    found_left = _scan(left, TENSE_WINDOW, leftward=True)
    # the nearest cue further back, read when none is near
    far = _scan(left, 2 * TENSE_WINDOW, leftward=True) if found_left is None and len(left) > TENSE_WINDOW else None
    if far and far[1] == "future":
        found_left = far  # a modal further back still governs the clause: "will almost double its flights ... by August"
    relative = _RELATIVE_OPEN.search(before)
    in_relative = found_left is None and relative is not None and re.match(r"\s*,", text[end:end + 3]) is not None
    if in_relative:
        # "Obama, who spoke by telephone with ... Sarkozy Thursday, will make a statement": the
        # relative clause's own verb, however far back, not the main clause's after the comma
        found_left = _scan(left, len(_tokens(relative.group())), leftward=True)
    opening = _since_stop(left)
    # "In September, it announced" / "In a radio interview on New Year's Eve, he said": a fronted
    # adverbial, so the main clause after the comma reports the tense
    fronted = len(opening) <= 2 or (found_left is None and opening[:1] in (
        ["in"], ["on"], ["at"], ["during"], ["after"], ["before"], ["since"], ["by"], ["until"]))
    comma = right_text.find(",")
    comma_at = len(_tokens(right_text[:comma])) if comma >= 0 else None
    found_right = _scan(right, TENSE_WINDOW, leftward=False, comma_at=comma_at,
                        # "In September, it announced": the main clause, however it reports
                        after_punct=not fronted and bool(re.match(r"\s*[,)'\"’”]", right_text)))
    if in_relative:
        found_right = None  # "The bill, which passed ... late Wednesday, now goes": the main clause's
    if found_left and found_right:
        if set(right[:found_right[0]]) & _CONJUNCTIONS or (not fronted and re.match(r"\s*,", right_text)):
            # "debated the bill on Tuesday and will vote Thursday"; "the exchange, which closed
            # early on Friday, will open": the cue after the break belongs to another clause
            return found_left[1]
        if found_left[2] != found_right[2]:
            return found_right[1] if found_left[2] else found_left[1]
        if found_left[0] == 1 and left[-1:] and left[-1] in _PREPOSITIONS_OF_TIME and \
                left[-3:-2] in (["that"], ["which"], ["who"]):
            return found_left[1]  # "a festival that began on Monday will close": the relative clause's verb
        return found_left[1] if found_left[0] <= found_right[0] + 0.5 else found_right[1]
    if found_right and _PARTICIPLE_REPORT.match(right_text):
        found_right = None  # "cut its forecast on Friday, saying shortages would hurt output"
    other_clause = re.match(r"\s*" + _JOINED_CLAUSE.pattern, right_text)
    if found_right and not found_left and other_clause:
        found_right = None  # "during checks Wednesday night, and replacing it will take days": another clause
    if found_right and not found_left and _beyond_joined_clause(right_text, found_right[0]):
        found_right = None  # "Kickoff is at 8:30 p.m. local time, ..., and the fans have been here": another clause
    found = found_left or found_right
    if found is None and far and far[1] == "past" and not re.search(r"[,;:]", before.rsplit(".", 1)[-1]):
        # a past verb further back in an unbroken clause: "the operator changed from a fiscal year
        # to a calendar year in December"
        found = far
    if found is None and not in_relative and re.match(r"\s*,", right_text) and not _PARTICIPLE_REPORT.match(right_text) \
            and not other_clause:
        # a fronted adverbial: the main clause after it decides ("In January, ..., a bomb killed")
        found = _scan(right, 3 * TENSE_WINDOW, leftward=False,
                      # but a quotation's reporting verb tells when it was said, not of what
                      after_punct=bool(re.match(r"\s*,\s*['\"’”]", right_text)))
        if found and _beyond_joined_clause(right_text, found[0]):
            found = None
    return found[1] if found else None


def _beyond_joined_clause(right_text: str, index: int) -> bool:
    """Is the cue at word ``index`` of ``right_text`` past a ", and" that opens another clause?"""
    joined = _JOINED_CLAUSE.search(right_text)
    return bool(joined and joined.start() > 0 and index >= len(_tokens(right_text[:joined.start()])))


_AUXILIARY = frozenset(["be", "is", "are", "am", "being", "to", "will", "would", "shall", "can",
                        "could", "may", "might", "should", "must", "'ll"])
_DETERMINERS = frozenset(["a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these",
                          "those", "still", "newly", "recently", "previously", "already", "s"])
_PROGRESSIVE = frozenset([v + "ing" if not v.endswith("e") else v[:-1] + "ing"
                          for v in LEXICON.scheduling_verbs if not v.endswith("s")]
                         + ["going", "heading", "holding", "coming", "flying", "leaving"])
_SCHEDULED = frozenset(LEXICON.scheduling_verbs)
#: verbs of planning: their object lies ahead ("plans a strike on Monday")
_PLANS = frozenset(["plan", "plans", "planned", "planning", "schedules", "scheduled", "promised", "promises",
                    "pledged", "pledges", "vowed", "vows"])
#: -ing words after "is" that are no progressive plan: "is something", "is nothing", "is being held"
_NOT_PROGRESSIVE = frozenset(["something", "nothing", "anything", "everything", "being", "during", "morning",
                              "evening", "spring", "king", "thing", "things"])
#: words that open the object of a planning verb
_PLAN_OBJECTS = frozenset(["a", "an", "the", "another", "more", "new", "its", "their", "his", "her", "two",
                           "three", "several", "talks", "protests", "rallies", "meetings", "strikes"])
_ASKS = frozenset(["ordered", "orders", "asked", "asks", "told", "urged", "urges", "invited", "invites",
                   "allowed", "allows", "forced", "required", "requires", "called", "summoned"])
_EXPECTS = frozenset(["expect", "expects", "expected", "expecting", "want", "wants", "wanted"])
_OBJECT_PRONOUNS = frozenset(["him", "her", "them", "us", "me", "you", "it"])
_SUBJECTS = frozenset(["it", "he", "she", "they", "we", "i", "you", "who", "which", "that"])
_NEGATIONS = frozenset(["not", "neither", "nor", "no", "never", "nobody", "none"])
_INDEFINITE = frozenset(["a", "an", "his", "her", "its", "their", "our", "my", "your"])
#: words of degree, after which a participle is an adjective ("more excited", "very pleased")
_DEGREE = frozenset(["more", "most", "less", "least", "very", "so", "too", "quite", "rather", "increasingly"])
#: prepositions after which a participle is an adjective ("behind closed doors")
_BEFORE_ADJECTIVE = frozenset(["behind", "under", "with", "without", "of", "at", "for", "from",
                               "into", "amid", "among", "despite", "against", "over"])


def _object_then_to(words: list[str], i: int) -> bool:
    """Does an object and "to" follow the verb at ``i``, so that what it asks or expects lies ahead?
    "ordered him to return for a hearing March 6", "expected the question to return in the autumn";
    after a request or an expectation a bare noun will do ("urged residents to stock up before Tuesday
    evening", "did not expect orders to improve before the fall"), and after a request two words
    ("urged Arab leaders to meet no later than mid-April")."""
    word, after = words[i], words[i + 1:i + 4]
    if len(after) < 2 or not after[0].isalpha():
        return False
    bare = word in _ASKS or word in _EXPECTS
    if after[1] == "to":
        return after[0] in _OBJECT_PRONOUNS or bare
    return after[2:3] == ["to"] and (after[0] in ("the", "a", "an", "its", "their", "his", "her")
                                     or word in _ASKS and after[1].isalpha())


#: words of the time a decision was told, between the verb and its "to": "agreed Wednesday to hear"
_TIME_OF_TELLING = frozenset(LEXICON.weekdays) | {"today", "yesterday", "tonight", "last", "night", "this",
                                                  "morning", "afternoon", "evening", "week", "on"}


def _to_after_its_time(words: list[str], i: int) -> bool:
    """Is the verb at ``i`` followed by when it was told and then "to", with more words beyond?
    "The court agreed Wednesday to hear arguments on [Jan. 21]", "the council voted 7 to 2 last
    night to hold an election on [April 3]": the infinitive, and what follows, lies ahead."""
    j = i + 1
    if words[j:j + 3][:1] == ["#"] and words[j + 1:j + 2] == ["to"] and words[j + 2:j + 3] == ["#"]:
        j += 3  # a vote: "voted 7 to 2"
    start = j
    while j < len(words) and j - start < 4 and words[j] in _TIME_OF_TELLING:
        j += 1
    return j > start and words[j:j + 1] == ["to"] and j + 2 < len(words) and words[j + 1] != "#"


def _in_time_of_decision(words: list[str], i: int) -> bool:
    """Is word ``i`` ("last" of "voted 7 to 2 last night to hold") the time a decision was told,
    so that the decision's verb, not this word, gives the tense of what comes after "to"?"""
    return any(words[k] in _FUTURE_TO and _to_after_its_time(words, k) for k in range(max(0, i - 7), i))


def _cue(words: list[str], i: int) -> str | None:
    word = words[i]
    if word in _TIME_OF_TELLING and _in_time_of_decision(words, i):
        return None
    nxt = words[i + 1] if i + 1 < len(words) else ""
    prev = words[i - 1] if i else ""
    prev2 = words[i - 2] if i > 1 else ""
    if word == "next" and nxt == "to":  # "next to the embassy"
        return None
    if prev == "as" and word in ("scheduled", "planned", "expected", "promised", "agreed"):
        return None  # "classes would resume on Monday as scheduled": an aside, not the clause's verb
    if (word in _FUTURE or word in _FUTURE_TO or word in _NOT_PAST) and (
            prev in ("had", "previously") or (prev == "been" and prev2 == "had")):
        return "past"  # a lapsed plan: "had been scheduled to expire Friday", "as previously planned"
    if word in _FUTURE:
        return "future"
    if word in ("was", "were") and nxt == "to" and words[i + 2:i + 3] not in (["have"], ["be"], []):
        return "future"  # a plan as it stood: "was to brief congressional leaders Wednesday morning"
    if word in ("soon", "early") and nxt == "as":  # "as soon as Tuesday"
        return "future"
    if word in _SAME_IN_PAST and prev in ("it", "he", "she"):
        return "past"  # "the $2.10 it forecast in April": not "forecasts", so past
    if word == "may" and nxt not in ("have", "well", "be"):
        return "future"  # "candidates may begin circulating petitions on June 6"
    if word.endswith("'d") and nxt:
        # "he'd think about it in the spring" (would); "she'd left by then" (had)
        return "past" if _is_past_word(nxt) or nxt in ("been", "gone", "seen", "done") else "future"
    if word == "could" and nxt not in ("have", "not", "never", "be", "only", "hardly", "barely"):
        return "future"  # "the storm could make landfall late Sunday"
    if word in ("is", "are") and nxt.endswith("ing") and len(nxt) > 5 and nxt not in _NOT_PROGRESSIVE:
        return "future"  # the present progressive plans: "my grandmother is turning 90 on Tuesday"
    if word in ("falls", "fall") and nxt == "on" and prev in _CALENDAR_SUBJECTS:
        return "future"  # the calendar's present: "Valentine's Day falls on Sunday"
    if word in _ASKS and nxt == "to" and prev in ("been", "was", "were", "being", "be", "is", "are"):
        return "future"  # "residents have been told to move to higher ground by noon Sunday"
    if (word in _FUTURE_TO or word in _ASKS) and _object_then_to(words, i):
        return "future"
    if word in _FUTURE_TO:
        if nxt == "to" or _to_after_its_time(words, i):
            return "future"
        if word in _PLANS and prev not in _DETERMINERS and nxt in _PLAN_OBJECTS \
                and not (word.endswith("ing") and prev in ("of", "with", "for")):
            # (but "accused of planning the Sept. 11 attacks" is a charge, over what was done)
            return "future"  # what is planned lies ahead: "the union plans a strike on Monday"
        if word == "expected" and prev in ("is", "are", "be", "being"):
            return "future"  # "the heaviest rain is expected between 2 a.m. and 8 a.m. Monday"
        if word == "likely" or (word == "due" and prev not in ("was", "were", "been", "had")):
            return "future"  # "increases were likely at its meetings in June", "a film due in theaters in November"
        if word in ("is", "are", "due", "ready", "likely", "want", "wants", "hope", "hopes"):
            if word in ("is", "are") and nxt in _PROGRESSIVE:
                return "future"  # the present progressive schedules: "is leaving Friday"
            return None
    if word in _SCHEDULED and prev not in _AUXILIARY and prev not in _DETERMINERS and \
            prev2 not in _INDEFINITE and prev not in _NEGATIONS and not _is_past_word(prev) \
            and ("#" not in (prev, prev2) or prev in ("which", "that", "who")):
        # ("31 home runs", "3 returns": counted, so nouns; but "fiscal 2004, which ends Jan. 29")
        # "a state visit on Monday" is a noun; "the summit opens"; "threw open the border" completes a past
        return "future"  # the present tense schedules: "the talks open Monday"
    if _is_past_word(word):
        if prev in ("stay", "stays", "remain", "remains", "staying", "remaining", "kept", "keep"):
            return None  # an adjective: "schools may stay closed through Thursday"
        if prev in _DEGREE and word not in _PAST:
            return None  # a graded adjective: "astronomers are even more excited about November"
        if prev == "be" and (prev2 == "couldn't" or (prev2 == "not" and i > 2 and words[i - 3] == "could")
                             or (prev2 == "could" and _NEGATIONS & set(words[max(0, i - 9):i - 2]))):
            return "past"  # what failed is past: "could not be reached for comment Friday", "neither
            # he nor his wife could be located Wednesday"
        if prev in _AUXILIARY:
            return "future" if prev in ("will", "would", "'ll", "shall", "be") else None
        if word in _SAME_FORM and prev in ("now", "currently", "they", "we", "you", "i"):
            return None  # "investors now put the probability of a June increase at 87%"
        if word.startswith("un") and word.endswith("ed") and word not in _PAST:
            return None  # an adjective: "will meet unseeded Claire Dumont", "an unnamed official"
        if prev == "that" and word not in _SAME_FORM:
            return "past"  # a relative clause: "a winter storm that moved in overnight"
        if word in _PAST and prev in _DETERMINERS and prev not in ("s", "still", "newly", "recently",
                                                                 "previously", "already"):
            return None  # a past form as an adjective: "the lost sales", "a broken wrist"
        if (word not in _PAST or word in _SAME_FORM) and (
                prev in _DETERMINERS or prev in _BEFORE_ADJECTIVE or nxt == "by") \
                or prev2 == "to" and word not in _PAST and prev not in _NEGATIONS and prev not in _SUBJECTS \
                and prev != "#" \
                or (word not in _PAST and prev.endswith("ing") and len(prev) > 5 and prev2 not in _DETERMINERS
                    and prev2 not in _INDEFINITE):  # "bringing scattered thunderstorms"
            # "to publish updated figures": a participle after a verb's infinitive is an adjective
            # an adjective or a participle: "an unspecified date", "behind closed doors",
            # "markets untouched by"
            return None
        return "past"
    return None
