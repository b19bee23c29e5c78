"""The regular expressions of the finder, built once from the lexicon.

Each rule is a name and a compiled pattern; ``finder.RULES`` pairs them with guards and
``normalise.NORMALISERS`` with the code that turns a match into a TIMEX3 value. Patterns follow
TimeML span conventions: a determiner or modifier that TimeML includes is inside the pattern
("the past three years", "early 2010", "around 7:15 p.m."), a preposition is not ("on Thursday").

>>> bool(re.fullmatch(PATTERNS["date"], "Thursday, April 6, 2000"))
True
"""

from __future__ import annotations

import re

from .lexicon import LEXICON, alternation

__all__ = ["PATTERNS", "COMPILED"]

L = LEXICON
B = r"(?<![\w$£€#])"  # left word boundary that also refuses money and numbers-with-signs
# Several patterns open with a lookahead on the first letter: a cheap test that lets the regex
# engine skip most positions (lower-case words) before trying long alternations.
E = r"(?![\w])"
MONTH = L.month_pattern
WEEKDAY = L.weekday_pattern
NUM = L.number_pattern
UNIT = L.unit_pattern
VAGUE = rf"(?i:{alternation(L.vague_numbers)})"
ORDINAL_WORD = rf"(?i:{alternation([w for w, v in L.ordinals.items() if v > 0])})"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|,\d{3}|\.\d|%|-[A-Za-z]|:\d)"
DAY_OR_WORD = rf"(?:{DAY}|{ORDINAL_WORD})"
YEAR = (r"(?<![\d,.])(?:1[6-9]\d\d|20\d\d|2100"
        # a year of the next century after a word of time: "won't be back until 2126", "by 2150"
        r"|(?:(?<=until )|(?<=till )|(?<=by )|(?<=before )|(?<=after )|(?<=beyond )|(?<=year ))21\d\d)"
        r"(?!\d|,\d{3}|\.\d|%)")
SEP = r"(?:\s*,\s*|\s+)"
#: a year read out in a broadcast transcript: "nineteen ninety-four", "two thousand and one"
SPOKEN_YEAR = (r"(?i:nineteen|twenty)[\s-]+(?i:"
               r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
               r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
               r"oh[\s-](?:one|two|three|four|five|six|seven|eight|nine))"
               r"|(?i:two\s+thousand(?:\s+and)?(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine|ten))?)")
TZ = rf"(?:{alternation(L.timezones)})"
#: an hour read out: "at six o'clock", "three a.m."
SPOKEN_HOUR = r"(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
#: a day and its part, after a clock time: "six o'clock tomorrow morning", "eleven last night"
SPOKEN_DAY_PART = (r"(?i:last\s+night|tonight|(?:this|tomorrow|yesterday)\s+(?:morning|afternoon|evening|night))")
SEASON = r"(?i:spring|summer|autumn|fall|winter)"
PART = r"(?i:morning|afternoon|evening|night|overnight)"
MOD = (r"(?P<mod>(?i:(?:the\s+)?(?:very\s+)?(?:early|late|mid|middle)(?:-|\s+)|mid-?"
       r"|(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|close|turn|first\s+half|second\s+half|"
       r"latter\s+part|early\s+part|last\s+half|first\s+part)\s+of\s+|(?:around|approximately|roughly)\s+))")
NUM_MOD = (r"(?P<nmod>(?i:more\s+than|less\s+than|fewer\s+than|nearly|almost|over|under|at\s+least|"
           r"at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than|not\s+more\s+than|barely|"
           r"an\s+additional|another|the\s+better\s+part\s+of|the\s+last|the\s+past|the\s+next|"
           r"the\s+first|the\s+final|the\s+coming|the\s+previous|the\s+following|the\s+latest|"
           r"the\s+remaining|the\s+year-earlier|the\s+year-ago|past|last|next|first|final|coming|previous|the|its|their|his|her|"
           r"at\s+least\s+the\s+past|at\s+least\s+the\s+last)\s+)")
def _after_words(*words: str) -> str:
    """A lookbehind: right after one of ``words`` (either case of its first letter) and a space."""
    return "(?:" + "|".join(rf"(?<=\b[{w[0]}{w[0].upper()}]{w[1:]} )" for w in words) + ")"


def _title(name: str) -> str:
    """"valentine's day" -> "Valentine's Day"; "fourth of july" -> "Fourth of July"."""
    return re.sub(r"(?<![\w'’])(?!(?:of|the)\b)[a-z]", lambda m: m.group().upper(), name)


#: holiday names as written, in either case of their small words, with either apostrophe
HOLIDAY = alternation(sorted({f for h in L.holidays for f in (h[:1].upper() + h[1:], _title(h))},
                             key=lambda w: -len(w))).replace("'", "['’]")
DECADE_WORD = rf"(?i:{alternation(L.decade_words)})"

PATTERNS: dict[str, str] = {
    # Thursday, April 6, 2000 / 11th February 2016 / Feb. 25 / the 3rd of March
    "date": (rf"{B}(?=[A-Z0-9eElLmMaAtT])(?:(?P<wd>{WEEKDAY}){SEP})?(?:(?P<mod>(?i:early|late|mid|around)(?:-|\s+)))?"
             rf"(?:(?P<mon>{MONTH})\s+(?:the\s+)?(?P<day>{DAY_OR_WORD})"
             rf"|(?:the\s+)?(?P<day2>{DAY})(?:\s+of)?\s+(?P<mon2>{MONTH}))"
             rf"(?:{SEP}(?P<year>{YEAR}))?{E}"),
    # Feb. 1-3 / March 3 to 5: two expressions
    "week_of": (rf"{B}(?i:the\s+week\s+of)\s+(?P<mon>{MONTH})\s+(?P<day>{DAY})(?:{SEP}(?P<year>{YEAR}))?{E}"),
    "day_range": (rf"{B}(?=[A-Z])(?P<mon>{MONTH})\s+(?P<d1>{DAY})(?P<sep>\s*(?:-|–|—|(?i:to|through|and|or))\s*)"
                  rf"(?P<d2>{DAY})(?:{SEP}(?P<year>{YEAR}))?{E}"),
    "iso": r"(?<![\d/.-])(?P<y>(?:1[6-9]|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<hh>[0-2]\d):(?P<mi>[0-5]\d))?(?![\d/-])",
    "slash": r"(?<![\d/.-])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>(?:19|20)\d\d|\d\d)(?![\d/])",
    # June 1998 / March of 2016 / January this year
    "month_year": (rf"{B}(?=[A-Z]|(?i:the|early|late|mid|middle|around|approximately|roughly)\b|(?i:mid)-)(?:{MOD})?(?P<mon>{MONTH}){SEP}(?:of\s+)?(?:(?P<year>{YEAR})|(?P<syear>{SPOKEN_YEAR})(?!\w)"
                   rf"|(?P<rel>(?i:last|this|next|that|that\s+same|the\s+same|the\s+following|the\s+next|the\s+previous))\s+(?i:year))"),
    # March / last March / early December / mid-March
    "month": (rf"{B}(?=[A-Z]|(?i:the|early|late|mid|middle|around|approximately|roughly|last|this|next|that)\b|(?i:mid)-)(?:{MOD}|(?P<rel>(?i:last|this|next|this\s+past|this\s+coming|that|the\s+following|the\s+next|the\s+previous))\s+)?"
              rf"(?P<mon>{MONTH})(?!\.?\s*\d)"),
    # 2016 / fiscal 1989 / early 2010 / the year 2000 / mid-1996
    "year": (rf"(?<![\w$£€#])(?:{MOD}|(?P<pre>(?i:fiscal(?:\s+year)?|calendar(?:\s+year)?|the\s+year|"
             r"model\s+year|(?:the\s+)?fiscal\s+year|FY|post|pre)(?:\s+|-)))?"
             rf"(?P<year>{YEAR})(?P<plus>\s+(?i:and\s+beyond|or\s+later|or\s+earlier))?"
             r"(?![\w'’]|-\d|/\d)"),
    # the 1990s / the early '80s / the nineties
    "decade": (rf"{B}(?:(?P<the>(?i:the))\s+)?(?:{MOD})?(?:(?P<dec>(?:1[6-9]|20)\d)0(?:'?s)"
               rf"|['’](?P<short>\d)0s|(?P<word>{DECADE_WORD})){E}"),
    "century": (rf"{B}(?=[tT0-9eElLmMaAfsSn])(?:(?i:the)\s+)?(?:{MOD})?(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL_WORD})"
                r"[-\s]+(?i:century)(?!\w)"),
    # third-quarter / the fourth quarter of 1984 / next year's first quarter / the latest quarter
    "quarter": (rf"{B}(?:(?P<qmod>(?i:the\s+(?:end|beginning|start|middle|close)\s+of))\s+(?=(?i:the|this|its|fiscal)\b))?"
                rf"(?:(?P<det>(?i:the|its|this|that|a))\s+|(?P<poss>(?i:last|this|next)\s+year|{YEAR})['’]s\s+)?"
                r"(?P<adj>(?:(?i:fiscal|fiscal-first|calendar|latest|current|previous|past|last(?![-\s]+(?:quarter|half)\s+(?:of|in)\b)|next|coming|"
                rf"year-earlier|year-ago|comparable|same|corresponding|final|flat|{YEAR})[-\s]+)*)"
                r"(?:(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th|last))(?P<hy>[-\s]+))?"
                r"(?P<q>(?i:quarter|half|period))(?P<pl>s)?"
                rf"(?:\s+(?P<of>(?i:of|in))\s+(?P<ofyear>(?:(?i:fiscal)\s+)?{YEAR}|(?i:(?:this|last|next|the)\s+(?:fiscal\s+)?year))"
                r"|\s+(?P<ago>(?i:a\s+year\s+(?:ago|earlier)|last\s+year)))?(?![\w-])"),
    # the July-September quarter / the April-June period: a calendar quarter by its months
    # the June quarter: the quarter that ends in June
    "month_quarter": (rf"{B}(?:(?P<det>(?i:the|its|this|that))\s+)?(?:(?P<m1>{MONTH})\s*[-–/]\s*(?P<m2>{MONTH})\s+"
                      rf"(?P<q>(?i:quarter|period))|(?P<m3>{MONTH})\s+(?i:quarter)|(?P<m4>{MONTH})-(?P<m5>{MONTH})(?=\s+[a-z]))"
                      rf"(?:\s+(?i:of)\s+(?P<year>{YEAR}))?(?![\w-])"),
    "qcode": rf"{B}(?P<q>Q[1-4])(?:\s+(?P<year>{YEAR}))?{E}",
    # last summer / the spring of 1990 / this past spring / winter 2016
    "season": (rf"{B}(?:(?P<rel>(?i:this\s+past|this\s+coming|this|last|next|that(?:\s+same)?|the\s+early|the\s+late|the\s+following|the\s+next|the\s+previous|the\s+coming|the\s+upcoming|coming|upcoming|"
               rf"early|late|mid|the|this\s+year's|last\s+year's|next\s+year's))(?:-|\s+))?"
               rf"(?P<season>{SEASON})(?:\s+(?:of\s+)?(?:(?P<year>{YEAR})|(?P<syear>{SPOKEN_YEAR})(?!\w))"
               r"|\s+(?i:of)\s+(?P<yrel>(?i:last|this|next|that|that\s+same|the\s+same|the\s+following|the\s+next|the\s+previous))"
               rf"\s+(?i:year))?{E}"),
    # this week / last year / earlier this month / the end of this week / the following year
    "relative": (rf"{B}(?:{MOD})?(?P<rel>(?i:this\s+past|this\s+coming|this|last|next|past|previous|coming|"
                 r"following|current|the\s+current|the\s+previous|the\s+following|the\s+next|the\s+past|the\s+full|the\s+latest|"
                 r"the\s+last|the\s+coming|the\s+same|the\s+new(?=\s+year\b)|(?:earlier\s+|later\s+)?that\s+same|that|the|earlier\s+this|later\s+this|earlier\s+that|"
                 r"later\s+that|earlier\s+in\s+the|later\s+in\s+the|early\s+this|late\s+this|early\s+next|"
                 r"late\s+next|early\s+last|late\s+last|earlier\s+last|later\s+next))\s+"
                 r"(?P<unit>(?i:week|weekend|month|year|decade|century|fiscal\s+year|calendar\s+year|"
                 r"morning|afternoon|evening|night|day))(?![\w-])"),
    "year_ago": r"(?<![\w-])(?P<w>(?i:year-earlier|year-ago|year-before|year-previous))(?![\w-])",
    # today / tonight / late yesterday / yesterday morning / tomorrow night
    "deictic": (rf"{B}(?:(?P<mod>(?i:early|late|earlier|later))\s+)?"
                r"(?P<w>(?i:today|tonight|yesterday|tomorrow|the\s+day\s+before\s+yesterday|"
                r"the\s+day\s+after\s+tomorrow))(?:\s+(?P<part>(?i:morning|afternoon|evening|night)))?(?!\w)"),
    # Thursday / last Friday / early Tuesday / Wednesday night / Tuesdays
    "weekday": (rf"{B}(?:(?P<rel>(?i:last|this|next|this\s+past|this\s+coming|the\s+previous|the\s+following|"
                r"the\s+next|early|late|earlier|later|(?:late|early)\s+(?:last|next|this)))\s+)?"
                rf"(?P<wd>{WEEKDAY})(?P<pl>s)?(?:(?:\s+|-)(?P<part>{PART})(?P<plp>s)?)?(?!\w)"),
    # 10:35 a.m. / 4 a.m. EDT Thursday / noon Saturday / around 7:15 p.m.
    "time": (rf"{B}(?:(?P<mod>(?i:around))\s+)?"
             rf"(?:(?P<h>[01]?\d|2[0-3]|{SPOKEN_HOUR})(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>(?i:a\.m\.?|p\.m\.?|am|pm)(?![a-z])"
             r"|(?i:o'clock(?:\s+in\s+the\s+(?:morning|afternoon|evening)|\s+at\s+night)?)"
             r"|(?i:in\s+the\s+(?:morning|afternoon|evening))|(?i:at\s+night))"
             r"|(?:(?<=at )|(?<=about )|(?<=around )|(?<=by )|(?<=until )|(?<=till )|(?<=after )|(?<=before )"
             r"|(?<=since )|(?<=from ))"  # (not the count of "voted 7 to 2 last night")
             rf"(?P<h4>[01]?\d|2[0-3]|{SPOKEN_HOUR})(?=\s+{SPOKEN_DAY_PART})"  # "at eleven last night"
             rf"|(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?=\s*(?:{TZ}|(?i:hours?|hrs|local)|{SPOKEN_DAY_PART}))"
             r"|(?P<h3>[01]\d|2[0-3])(?P<mi3>[0-5]\d)(?=\s+(?:GMT|UTC)\b)"  # wire style: "0030 GMT"
             r"|(?P<named>(?i:noon|midnight|midday)))"
             rf"(?:\s+(?P<tz>{TZ}))?(?:(?:\s*,\s*|\s+)(?:(?:(?P<wdrel>(?i:next|last|this))\s+)?(?P<wd>{WEEKDAY})|(?P<deixis>{SPOKEN_DAY_PART}|(?i:today|yesterday|tomorrow))"
             rf"|(?P<mon>{MONTH})\s+(?P<day>{DAY})))?{E}"),
    # mid-afternoon / late afternoon / in the morning / by evening / overnight
    "day_part": (rf"{B}(?=[eElLmMtTaAoO])(?:(?:(?P<mod>(?i:early|late))\s+)?(?P<part>(?i:mid[-\s]?afternoon|mid[-\s]?morning))"
                 r"(?:\s+(?P<deixis>(?i:today|yesterday|tomorrow)))?(?!\w)"
                 rf"|{_after_words('in', 'by', 'until', 'till', 'through', 'during', 'from', 'since', 'for')}(?P<part2>(?i:the\s+(?:morning|afternoon|evening)))"
                 r"(?!\w|\s+(?i:of|before|after|news|paper|papers|edition|show|rush|commute|session)\b)"
                 rf"|{_after_words('by', 'until', 'till', 'through')}(?P<part3>(?i:morning|afternoon|evening|midday))(?![\w-])"
                 r"|(?P<mod4>(?i:early|late))\s+(?P<part4>(?i:morning|afternoon|evening))(?![\w-]|\s+(?i:of|news|show|trading|session)\b)"
                 rf"|{_after_words('in')}(?P<part6>(?i:morning|afternoon|evening))(?=\s+(?i:trading|trade|dealings)\b)"
                 r"|(?P<part5>(?i:overnight))(?![\w-]|\s+(?i:stay|stays|flight|flights|train|trains|bag|camp|shift|shifts|guest|guests|visit|trip|trips|hours|rates?|lending|loans?|borrowing|funds|deposits?|repo|lows?|highs?|temperatures?|success|sensation)\b))"),
    # five years ago / a year earlier / two weeks later
    "ago": (rf"{B}(?:(?P<nmod>(?i:more\s+than|less\s+than|nearly|almost|about|around|some|over|"
            r"only|just|barely|at\s+least|roughly|approximately))\s+)?"
            rf"(?:(?P<num>{NUM})|(?P<vague>{VAGUE})(?=[\s\w-]+ago))(?:\s+(?i:more))?[\s-]+(?P<unit>{UNIT})s?(?:\s+or\s+so)?\s+"
            r"(?P<dir>(?i:ago|earlier|later|hence|from\s+(?:now|today)|(?:before|after)(?=\s*[.,;:!?)])))(?!\s+than\b)"
            r"(?!(?<!ago)\s+that\b)(?!\w)"),  # "said two days ago that": but "later that day" is another timex
    # three years / the past three years / two-year / 5 1/2 hours / two to three weeks
    "duration": (rf"{B}(?:{NUM_MOD})?(?P<num>{NUM})(?P<half>\s+(?i:and\s+a\s+half))?"
                 rf"(?:\s+(?i:to|or|and)\s+(?P<num2>{NUM}))?"
                 r"(?:\s+(?i:more|additional|full|straight|consecutive|long|trading|business|working|calendar))?"
                 rf"(?:\s+(?:(?i:very)\s+)?(?i:{alternation(L.duration_adjectives)[3:-1]}))?"  # "two very hard years"
                 rf"(?P<sep>[\s-]+)(?P<unit>{UNIT})(?P<pl>s)?"
                 r"(?P<tail>-(?i:long|old)|\s+(?i:and\s+a\s+half|or\s+so))?(?![\w])"),
    "unit_adj": (r"(?<![\w-])(?P<unit>(?i:day|week|month|year|hour|decade))(?P<pl>s)?-?long(?!\w)"
                 r"|(?<![\w-])(?i:another)\s+(?P<unit2>(?i:minute|hour|day|week|month|year|decade))(?![\w-]|\s+of\b)"
                 r"|(?<![\w-])(?i:several|multi)-?(?P<unit3>(?i:day|week|month|year|decade))(?![\w-])"
                 # "in the next hour", "over the past hour" (not "at the last minute")
                 r"|(?<![\w-])(?i:the\s+(?:next|past|coming|following|first|last(?=\s+hour)|previous))\s+"
                 r"(?P<unit4>(?i:hour|minute))(?![\w-])"),
    # several years / recent months / the next few days / for years
    "vague": (rf"{B}(?:(?P<det>(?i:the|its))\s+)?(?:(?P<rel>(?i:past|last|next|coming|previous|following|"
              r"recent|early|ensuing|first))\s+)?(?:(?P<vague>" + VAGUE + r")\s+(?:(?i:more|additional)\s+)?)?"
              r"(?P<unit>(?i:seconds|minutes|hours|days|nights|weeks|months|years|decades|centuries|quarters))"
              r"(?:\s+(?i:or)\s+(?i:hours|days|weeks|months|years|decades))?(?!\w)"),  # "weeks or months"
    # every week / each Thursday / every other year
    "set": (rf"{B}(?P<q>(?i:every|each))\s+(?:(?P<other>(?i:other))\s+)?(?:(?P<num>{NUM})\s+)?"
            rf"(?P<what>{UNIT}|{WEEKDAY}|{MONTH}|{SEASON}|{PART}|(?i:weekend))(?P<pl>s)?"
            rf"(?:\s+(?P<part>{PART})|(?<=[A-Za-z.])\s+(?P<sday>{DAY}))?{E}"),
    # the past three summers / the last two Sundays: a run of recurring days or seasons
    "recurring": (rf"{B}(?P<q>(?i:(?:the\s+)?(?:past|last|next|coming)))\s+(?P<num>{NUM}|(?i:few|several))\s+"
                  rf"(?P<what>{WEEKDAY}|{SEASON})s{E}"),
    "set_adverb": rf"{B}(?P<w>(?i:{alternation(L.set_adverbs)[3:-1]})){E}",
    # twice a week / six days a week (but "60 hours a week" is a rate)
    "per": (rf"{B}(?:(?P<freq>(?:{NUM})\s+(?i:days|nights|times))\s+)?"
            rf"(?P<q>(?i:a|an|per))\s+(?P<unit>{UNIT}){E}"),
    "ref": rf"{B}(?P<w>(?i:{alternation(L.refs)[3:-1]})){E}",
    "ref_adj": (rf"{B}(?P<w>(?i:the\s+current|current|future|upcoming))\s+"
                r"(?P<unit>(?i:quarters|years|months|weeks|days|periods))(?!\w)"),
    "holiday": (rf"{B}(?:(?P<rel>(?i:last|this|next|this\s+past))\s+)?(?P<h>{HOLIDAY})"
                rf"(?:\s+(?P<week>(?i:week|weekend))|\s+(?P<part>(?i:morning|afternoon|evening|night)))?(?:{SEP}(?P<year>{YEAR}))?{E}"),
    "year_end": rf"{B}(?:(?P<rel>(?i:around))\s+)?(?P<w>(?i:year[-\s]end|year['’]s\s+end|the\s+end\s+of\s+the\s+(?:year|month|week)))(?!\w)",
    "spoken_year": rf"{B}(?:(?i:the\s+year)\s+)?(?P<w>{SPOKEN_YEAR})(?!\w)",
    # "the year before", "the day after": a unit next to the time just told
    "unit_next": (r"(?<![\w-])(?i:the)\s+(?P<unit>(?i:day|week|month|year|night))\s+(?P<dir>(?i:before|after))"
                  r"(?=\s*[.,;:!?)]|\s+(?:and|but|when)\b)"),
    # "the second day of an offensive", "the eighth day of Desert Shield": a day told by its count
    "day_count": (rf"(?<![\w-])(?:(?i:the)\s+)?(?P<ord>{ORDINAL_WORD}|\d{{1,3}}(?:st|nd|rd|th))"
                  r"(?:\s+(?i:straight|consecutive|successive|full))?\s+(?i:day)(?=\s+(?:of|in)\s)"
                  rf"(?!\s+of\s+(?:{MONTH}|(?i:the\s+(?:month|year|week|quarter))|(?i:each|every)\b))"),
    # that '94 team / the class of '08
    "short_year": r"(?<![\w'’])['’](?P<yy>\d\d)(?![\w%'’.,]\w|\d|s\b|%)",
}

COMPILED: dict[str, re.Pattern[str]] = {name: re.compile(p) for name, p in PATTERNS.items()}
