"""Generate ``data/countries.csv`` from pycountry plus ``data/country_extras.csv``.

pycountry gives every ISO 3166-1 country and territory (codes, official and common names) and the
historic codes; ``country_extras.csv`` adds what ISO does not hold: the label news uses ("Russia",
not "Russian Federation"), short and historical names, demonyms, capitals and seats of power.
Run it again after editing the extras file or upgrading pycountry:

    python -m timeline.actors.make_countries
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pycountry

DATA = Path(__file__).parent / "data"
COLUMNS = ("id", "kind", "name", "aliases", "country", "org", "role", "sector", "start", "end")

#: ISO alpha-3 codes that are also English words or common abbreviations: never aliases.
CODE_NOT_ALIAS = {"AND", "ARE", "CAN", "PER", "TON", "MAR", "NOR", "GIN", "DOM", "COM", "SOM",
                  "BEL", "SUN", "BEN", "CUB", "FIN", "GAB", "GUY", "MAC", "MAF", "NIC", "PAN", "PRY",
                  "SUR", "TUN", "VAT", "BRA", "CHE", "CAF", "COD", "ATA", "ATF", "BES", "SPM"}


def _split(cell: str) -> list[str]:
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


def _usable(name: str) -> list[str]:
    """ISO names as news writes them: no 'Korea, Republic of'; 'Cocos (Keeling) Islands' twice."""
    if "," in name:
        return []
    if "(" in name:
        return [name, re.sub(r"\s*\(.*?\)", "", name).strip()]
    return [name]


def rows() -> list[dict[str, str]]:
    extras = {row["code"]: row for row in csv.DictReader((DATA / "country_extras.csv").open(encoding="utf-8"))}
    entries: list[tuple[str, list[str]]] = []
    for country in pycountry.countries:
        names = [country.name, getattr(country, "common_name", ""), getattr(country, "official_name", "")]
        entries.append((country.alpha_3, [n for name in names if name for n in _usable(name)]))
    known = {code for code, _ in entries}
    for code in extras:
        if code not in known:  # historic states (Soviet Union) and codes ISO lacks (Kosovo)
            historic = pycountry.historic_countries.get(alpha_3=code)
            entries.append((code, _usable(historic.name) if historic else []))
    out: list[dict[str, str]] = []
    for code, iso_names in entries:
        extra = extras.get(code, {})
        label = extra.get("label") or (iso_names[0] if iso_names else code)
        aliases = iso_names + _split(extra.get("names", "")) + _split(extra.get("demonyms", ""))
        if code not in CODE_NOT_ALIAS:
            aliases.append(code)
        aliases = [a for a in dict.fromkeys(aliases) if a != label]
        out.append(_row(code, "country", label, aliases, code, ""))
        seats = _split(extra.get("capitals", "")) + _split(extra.get("seats", ""))
        if seats:
            out.append(_row(code, "seat", seats[0], seats[1:], code, "GOV"))
    return out


def _row(code: str, kind: str, name: str, aliases: list[str], country: str, sector: str) -> dict[str, str]:
    return {"id": code, "kind": kind, "name": name, "aliases": "|".join(aliases), "country": country,
            "org": "", "role": "", "sector": sector, "start": "", "end": ""}


def main() -> None:
    path = DATA / "countries.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows())
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
