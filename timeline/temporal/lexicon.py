"""The tagger's vocabulary, read once from ``data/lexicon.json``, and regex pieces built from it.

Users extend the vocabulary by editing the JSON file (or passing their own through
:func:`load_lexicon`); no word list lives in code.

>>> LEXICON.months["sept"], LEXICON.weekdays["friday"]
(9, 5)
>>> LEXICON.number("twenty-four"), LEXICON.number("3")
(24.0, 3.0)
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["LEXICON", "Lexicon", "alternation", "load_lexicon"]


def alternation(words: list[str] | dict[str, Any] | set[str], *, caps: bool = False) -> str:
    """A regex alternation of ``words``, longest first; ``caps`` allows only Capitalised/UPPER forms.

    >>> alternation(["may", "march"], caps=True)
    '(?:March|MARCH|May|MAY)'
    """
    forms: list[str] = []
    for word in sorted(words, key=lambda w: (-len(w), w)):
        if caps:
            forms += [re.escape(word[:1].upper() + word[1:]), re.escape(word.upper())]
        else:
            forms.append(re.escape(word).replace(r"\ ", r"\s+"))
    return "(?:" + "|".join(dict.fromkeys(forms)) + ")"


@dataclass(frozen=True)
class Lexicon:
    """Typed access to the vocabulary tables."""

    data: dict[str, Any]

    def __getattr__(self, name: str) -> Any:
        try:
            return self.data[name]
        except KeyError:
            raise AttributeError(name) from None

    # -- numbers -------------------------------------------------------------------------------

    @cached_property
    def _tens(self) -> dict[str, int]:
        return {w: v for w, v in self.data["numbers"].items() if isinstance(v, int) and v in range(20, 100, 10)}

    def number(self, text: str) -> float | None:
        """The value of a written number: digits, words, ``twenty-four``, ``2 1/2``, ``1,000``."""
        t = re.sub(r"\s+", " ", text.strip().lower())
        m = re.fullmatch(r"(\d+)?\s*(\d+)/(\d+)", t)
        if m:
            return int(m.group(1) or 0) + int(m.group(2)) / int(m.group(3))
        if re.fullmatch(r"\d[\d,]*(?:\.\d+)?", t):
            return float(t.replace(",", ""))
        if t in self.data["numbers"]:
            return float(self.data["numbers"][t])
        compound = re.fullmatch(r"(.+?[- ](?:hundred|thousand))(?: and |[- ])(.+)", t)
        if compound:  # "four hundred and thirty", "two thousand five hundred"
            big, rest = self.number(compound.group(1)), self.number(compound.group(2))
            if big and rest and rest < 1000 and rest < big:
                return big + rest
        times = re.fullmatch(r"(.+?)[- ](hundred|thousand)", t)
        if times and times.group(1) not in ("a", "an", "one"):  # "two hundred", "twenty-five hundred"
            base = self.number(times.group(1))
            return base * (100 if times.group(2) == "hundred" else 1000) if base else None
        parts = re.split(r"[- ]", t)
        if len(parts) == 2 and parts[0] in self._tens and parts[1] in self.data["numbers"]:
            unit = self.data["numbers"][parts[1]]
            if isinstance(unit, int) and 1 <= unit <= 9 and parts[1] not in ("a", "an"):
                return float(self._tens[parts[0]] + unit)
        return None

    @cached_property
    def number_pattern(self) -> str:
        """Digits, fractions or number words (``twenty-four``), not vague ones (``several``)."""
        words = [w for w in self.data["numbers"]]
        tens = alternation(list(self._tens))
        ones = alternation([w for w, v in self.data["numbers"].items() if isinstance(v, int)
                            and 1 <= v <= 9 and w not in ("a", "an")])
        small = alternation([w for w, v in self.data["numbers"].items() if isinstance(v, int)
                             and 2 <= v <= 99 and " " not in w])
        return (rf"(?:\d+\s+\d/\d|\d/\d|\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?"
                rf"|(?i:(?:{tens}[- ]{ones}|{small})\s+(?:hundred|thousand)(?![\w-]))"
                rf"|(?i:{tens}[- ]{ones})|(?i:{alternation(words)}))")

    @cached_property
    def month_pattern(self) -> str:
        """Month names, capitalised, abbreviations with an optional full stop."""
        full = [m for m in self.data["months"] if len(m) > 4 or m in ("may", "june", "july")]
        short = [m for m in self.data["months"] if m not in full]
        return rf"(?:{alternation(full, caps=True)}|{alternation(short, caps=True)}\.?)(?![a-z])"

    def month(self, text: str) -> int:
        return int(self.data["months"][text.lower().rstrip(".")])

    @cached_property
    def weekday_pattern(self) -> str:
        return alternation(self.data["weekdays"], caps=True)

    def weekday(self, text: str) -> int:
        word = text.lower()
        word = word[:-1] if word.endswith("s") and word[:-1] in self.data["weekdays"] else word
        return int(self.data["weekdays"][word])

    @cached_property
    def unit_pattern(self) -> str:
        return rf"(?i:{alternation(self.data['units'])})"

    def unit(self, text: str) -> str:
        word = text.lower()
        if word not in self.data["units"] and word.endswith("s"):
            word = word[:-1]
        if word not in self.data["units"] and word.endswith("ie"):  # centuries
            word = word[:-2] + "y"
        if word == "millennia":
            word = "millennium"
        return str(self.data["units"][word])

    def ordinal(self, text: str) -> int | None:
        t = text.lower()
        m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", t)
        if m:
            return int(m.group(1))
        value = self.data["ordinals"].get(t)
        return None if value is None else int(value)


def load_lexicon(path: str | Path | None = None) -> Lexicon:
    """The lexicon in ``path``, or the packaged one."""
    if path is None:
        raw = resources.files(__package__).joinpath("data/lexicon.json").read_text(encoding="utf-8")
    else:
        raw = Path(path).read_text(encoding="utf-8")
    return Lexicon(json.loads(raw))


LEXICON = load_lexicon()
