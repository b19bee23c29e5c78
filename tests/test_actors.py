"""Actors: the knowledge base, ``resolve_phrase`` as of a date, ``find_mentions`` in context.

People whose roles the tests pin down come from ``tests/data/actors_people.csv`` (a user file in
the documented format, invented people) so the tests do not move when the package's people list
grows; a few well-known people come from the package's list.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.actors import find_mentions, load_kb, resolve_phrase
from timeline.actors.kb import norm

PEOPLE = Path(__file__).parent / "data" / "actors_people.csv"


@pytest.fixture(scope="module")
def kb():
    return load_kb((PEOPLE,))


# phrase, date, expected fields of the answer (None: no actor)
PHRASES = [
    # countries: ISO, common, short, official and historical names
    ("Burma", None, {"id": "MMR", "kind": "country", "label": "Myanmar"}),
    ("Myanmar", None, {"id": "MMR"}),
    ("Ivory Coast", None, {"id": "CIV"}),
    ("Côte d'Ivoire", None, {"id": "CIV"}),
    ("Cote d'Ivoire", None, {"id": "CIV"}),
    ("Czechia", None, {"id": "CZE"}),
    ("the Czech Republic", None, {"id": "CZE"}),
    ("Britain", None, {"id": "GBR", "label": "United Kingdom"}),
    ("Great Britain", None, {"id": "GBR"}),
    ("the UK", None, {"id": "GBR"}),
    ("U.K.", None, {"id": "GBR"}),
    ("US", None, {"id": "USA", "label": "United States", "country": "USA"}),
    ("U.S.", None, {"id": "USA"}),
    ("USA", None, {"id": "USA"}),
    ("America", None, {"id": "USA"}),
    ("the United States", None, {"id": "USA"}),
    ("United States of America", None, {"id": "USA"}),
    ("South Korea", None, {"id": "KOR", "label": "South Korea"}),
    ("Republic of Korea", None, {"id": "KOR"}),
    ("North Korea", None, {"id": "PRK", "label": "North Korea"}),
    ("DPRK", None, {"id": "PRK"}),
    ("Iran", None, {"id": "IRN", "label": "Iran"}),
    ("Islamic Republic of Iran", None, {"id": "IRN"}),
    ("Russia", None, {"id": "RUS", "label": "Russia"}),
    ("Russian Federation", None, {"id": "RUS"}),
    ("Syria", None, {"id": "SYR", "label": "Syria"}),
    ("Syrian Arab Republic", None, {"id": "SYR"}),
    ("Germany", None, {"id": "DEU"}),
    ("DEU", None, {"id": "DEU"}),
    ("Holland", None, {"id": "NLD"}),
    ("the Netherlands", None, {"id": "NLD"}),
    ("Swaziland", None, {"id": "SWZ"}),
    ("Zaire", None, {"id": "COD"}),
    ("DR Congo", None, {"id": "COD"}),
    ("East Timor", None, {"id": "TLS"}),
    ("Viet Nam", None, {"id": "VNM", "label": "Vietnam"}),
    ("Taiwan", None, {"id": "TWN"}),
    ("Palestine", None, {"id": "PSE"}),
    ("Macedonia", None, {"id": "MKD"}),
    ("the Soviet Union", None, {"id": "SUN", "label": "Soviet Union"}),
    ("USSR", None, {"id": "SUN"}),
    ("Turkey", None, {"id": "TUR", "label": "Turkey"}),
    ("Türkiye", None, {"id": "TUR"}),
    ("Kosovo", None, {"id": "XKX"}),
    ("Bolivia", None, {"id": "BOL"}),
    ("Venezuela", None, {"id": "VEN"}),
    ("Laos", None, {"id": "LAO"}),
    ("Tanzania", None, {"id": "TZA"}),
    ("Greenland", None, {"id": "GRL"}),
    # demonyms and adjectives
    ("Saudi", None, {"id": "SAU", "label": "Saudi Arabia"}),
    ("Emirati", None, {"id": "ARE"}),
    ("Russian", None, {"id": "RUS"}),
    ("Iranian", None, {"id": "IRN"}),
    ("Turkish", None, {"id": "TUR"}),
    ("French", None, {"id": "FRA", "label": "France"}),
    ("Israeli", None, {"id": "ISR"}),
    ("Palestinians", None, {"id": "PSE"}),
    ("Afghan", None, {"id": "AFG"}),
    ("Pakistani", None, {"id": "PAK"}),
    ("Chinese", None, {"id": "CHN"}),
    ("Ukrainian", None, {"id": "UKR"}),
    ("British", None, {"id": "GBR"}),
    ("Egyptian", None, {"id": "EGY"}),
    ("Lebanese", None, {"id": "LBN"}),
    ("Filipino", None, {"id": "PHL"}),
    ("Dutch", None, {"id": "NLD"}),
    ("Swiss", None, {"id": "CHE"}),
    # capitals and seats of power as metonyms: the country, government sector
    ("Washington", None, {"id": "USA", "sector": "GOV"}),
    ("Moscow", None, {"id": "RUS", "sector": "GOV"}),
    ("the Kremlin", None, {"id": "RUS", "sector": "GOV"}),
    ("Beijing", None, {"id": "CHN", "sector": "GOV"}),
    ("Downing Street", None, {"id": "GBR", "sector": "GOV"}),
    ("the White House", None, {"id": "USA", "sector": "GOV"}),
    ("Tehran", None, {"id": "IRN"}),
    ("Ankara", None, {"id": "TUR"}),
    ("Damascus", None, {"id": "SYR"}),
    ("Riyadh", None, {"id": "SAU"}),
    ("Kiev", None, {"id": "UKR"}),
    ("Kyiv", None, {"id": "UKR"}),
    ("Pyongyang", None, {"id": "PRK"}),
    ("Seoul", None, {"id": "KOR"}),
    ("Baghdad", None, {"id": "IRQ"}),
    ("Islamabad", None, {"id": "PAK"}),
    ("New Delhi", None, {"id": "IND"}),
    ("the Pentagon", None, {"id": "USA"}),
    ("the Elysee", None, {"id": "FRA"}),
    ("Brussels", None, {"id": "EU", "kind": "organization"}),
    # international organisations
    ("UN", None, {"id": "UN", "kind": "organization", "label": "United Nations", "sector": "IGO"}),
    ("the United Nations", None, {"id": "UN"}),
    ("U.N.", None, {"id": "UN"}),
    ("UN Security Council", None, {"id": "UNSC"}),
    ("the Security Council", None, {"id": "UNSC"}),
    ("EU", None, {"id": "EU", "label": "European Union"}),
    ("the European Union", None, {"id": "EU"}),
    ("NATO", None, {"id": "NATO", "label": "NATO"}),
    ("Nato", None, {"id": "NATO"}),
    ("the African Union", None, {"id": "AU"}),
    ("AU", None, {"id": "AU"}),
    ("the Arab League", None, {"id": "AL"}),
    ("OPEC", None, {"id": "OPEC"}),
    ("IMF", None, {"id": "IMF"}),
    ("International Monetary Fund", None, {"id": "IMF"}),
    ("the World Bank", None, {"id": "WB"}),
    ("ICC", None, {"id": "ICC", "sector": "JUD"}),
    ("International Criminal Court", None, {"id": "ICC"}),
    ("WHO", None, {"id": "WHO"}),
    ("IAEA", None, {"id": "IAEA"}),
    ("the UN nuclear watchdog", None, {"id": "IAEA"}),
    ("OSCE", None, {"id": "OSCE"}),
    ("ASEAN", None, {"id": "ASEAN"}),
    ("GCC", None, {"id": "GCC"}),
    ("Gulf Cooperation Council", None, {"id": "GCC"}),
    ("UNHCR", None, {"id": "UNHCR"}),
    ("the UN refugee agency", None, {"id": "UNHCR"}),
    ("the Red Cross", None, {"id": "ICRC", "sector": "NGO"}),
    ("Amnesty International", None, {"id": "AI", "sector": "NGO"}),
    ("Human Rights Watch", None, {"id": "HRW"}),
    ("Doctors Without Borders", None, {"id": "MSF"}),
    ("the European Commission", None, {"id": "EC"}),
    # non-state armed and political groups
    ("Islamic State", None, {"id": "IS", "kind": "group", "label": "Islamic State"}),
    ("IS", None, {"id": "IS"}),
    ("ISIS", None, {"id": "IS"}),
    ("ISIL", None, {"id": "IS"}),
    ("Daesh", None, {"id": "IS"}),
    ("the Islamic State group", None, {"id": "IS"}),
    ("al-Qaeda", None, {"id": "AQ", "kind": "group"}),
    ("Al Qaeda", None, {"id": "AQ"}),
    ("al-Qaida", None, {"id": "AQ"}),
    ("Hezbollah", None, {"id": "HEZBOLLAH", "country": "LBN"}),
    ("Hizbollah", None, {"id": "HEZBOLLAH"}),
    ("Hamas", None, {"id": "HAMAS"}),
    ("the Taliban", None, {"id": "TALIBAN", "country": "AFG"}),
    ("al-Shabab", None, {"id": "SHABAB"}),
    ("al-Shabaab", None, {"id": "SHABAB"}),
    ("Boko Haram", None, {"id": "BOKOHARAM", "country": "NGA"}),
    ("YPG", None, {"id": "YPG"}),
    ("PKK", None, {"id": "PKK"}),
    ("SDF", None, {"id": "SDF"}),
    ("Syrian Democratic Forces", None, {"id": "SDF"}),
    ("the Houthis", None, {"id": "HOUTHIS", "country": "YEM"}),
    ("Houthi rebels", None, {"id": "HOUTHIS"}),
    ("Kurdish militias", None, {"kind": "group", "label": "Kurdish militias"}),
    ("Kurdish fighters", None, {"kind": "group", "label": "Kurdish militias"}),
    ("Nusra Front", None, {"id": "NUSRA"}),
    ("the Free Syrian Army", None, {"id": "FSA"}),
    ("FARC", None, {"id": "FARC"}),
    ("Peshmerga", None, {"id": "PESHMERGA"}),
    # generic references and sectors
    ("the rebels", None, {"kind": "group", "sector": "REB"}),
    ("rebels", None, {"kind": "group", "sector": "REB"}),
    ("the opposition", None, {"kind": "group", "sector": "OPP"}),
    ("opposition rebels", None, {"kind": "group", "sector": "REB"}),
    ("militants", None, {"kind": "group", "sector": "REB"}),
    ("Syrian rebels", None, {"id": "group:SYR-opposition", "label": "Syrian opposition",
                             "country": "SYR", "sector": "REB"}),
    ("Libyan rebels", None, {"id": "group:LBY-opposition", "country": "LBY"}),
    ("the Yemeni opposition", None, {"id": "group:YEM-opposition", "sector": "OPP"}),
    ("police", None, {"sector": "COP"}),
    ("riot police", None, {"sector": "COP"}),
    ("Egyptian police", None, {"id": "EGY", "sector": "COP"}),
    ("Iraqi troops", None, {"id": "IRQ", "kind": "country", "sector": "MIL"}),
    ("Turkish soldiers", None, {"id": "TUR", "sector": "MIL"}),
    ("Israeli forces", None, {"id": "ISR", "sector": "MIL"}),
    ("Russian warplanes", None, {"id": "RUS", "sector": "MIL"}),
    ("US troops", None, {"id": "USA", "sector": "MIL"}),
    ("Afghan security forces", None, {"id": "AFG", "sector": "COP"}),
    ("the Syrian government", None, {"id": "SYR", "sector": "GOV"}),
    ("Iraq's government", None, {"id": "IRQ", "sector": "GOV"}),
    ("the Assad regime", "2015-06-01", {"id": "SYR", "sector": "GOV"}),
    ("the Ukrainian parliament", None, {"id": "UKR", "sector": "LEG"}),
    ("Pakistani lawmakers", None, {"id": "PAK", "sector": "LEG"}),
    ("the Egyptian judiciary", None, {"id": "EGY", "sector": "JUD"}),
    ("Chinese state media", None, {"id": "CHN", "sector": "MED"}),
    ("Russian state TV", None, {"id": "RUS", "sector": "MED"}),
    ("Venezuelan protesters", None, {"id": "VEN", "sector": "OPP"}),
    ("prisoners in Nigeria", None, {"id": "NGA", "sector": "CVL"}),
    ("Azerbaijan's prosecutor general", "2020-09-28", {"id": "AZE", "sector": "JUD"}),
    ("students across Kenya", None, {"id": "KEN", "sector": "CVL"}),
    ("detainees throughout Iraq", None, {"id": "IRQ", "sector": "CVL"}),
    ("Iranian civilians", None, {"id": "IRN", "sector": "CVL"}),
    ("the Saudi foreign ministry", None, {"id": "SAU", "sector": "GOV"}),
    ("Hezbollah fighters", None, {"id": "HEZBOLLAH"}),
    ("the Foreign Ministry in Tehran", None, {"id": "IRN", "sector": "GOV"}),
    ("the Putin government", "2019-01-01", {"id": "RUS", "sector": "GOV"}),
    ("NATO troops", None, {"id": "NATO", "sector": "MIL"}),
    # people in the knowledge base, as of the date
    ("Marsh", "2005-03-01", {"id": "person:elena-marsh", "role": "US Senator", "sector": "LEG"}),
    ("Marsh", "2014-03-01", {"id": "person:elena-marsh", "role": "Secretary of State", "sector": "GOV"}),
    ("Elena Marsh", "2014-03-01", {"label": "Elena Marsh", "country": "USA", "affiliation": "USA"}),
    ("Secretary of State Elena Marsh", "2015-01-01", {"role": "Secretary of State"}),
    ("Elena J. Marsh", "2015-01-01", {"id": "person:elena-marsh"}),
    ("Varga", "2000-01-01", {"id": "person:tomas-varga", "role": "Prime Minister"}),
    ("Varga", "2012-01-01", {"id": "person:istvan-varga"}),
    ("Amina Diallo", "2014-01-01", {"affiliation": "SEN", "role": "Minister of Foreign Affairs"}),
    ("Amina Diallo", "2022-01-01", {"affiliation": "UN", "sector": "IGO", "role": "Secretary-General"}),
    ("UN Secretary-General Amina Diallo", "2021-05-05", {"id": "person:amina-diallo",
                                                         "affiliation": "UN"}),
    ("Ghana's foreign minister", "2018-01-01", {"id": "person:kofi-adjei"}),
    ("Ghanaian Foreign Minister Kofi Adjei", "2018-01-01",
     {"role": "Minister of Foreign Affairs", "country": "GHA", "sector": "GOV"}),
    ("Kerry", "2003-06-01", {"id": "person:john-kerry", "sector": "LEG"}),
    ("Kerry", "2015-06-01", {"id": "person:john-kerry", "role": "Secretary of State"}),
    ("Assad", "2015-06-01", {"label": "Bashar al-Assad", "country": "SYR"}),
    ("Assad", "1990-06-01", {"label": "Hafez al-Assad"}),
    ("Clinton", "1995-06-01", {"label": "Bill Clinton"}),
    ("Clinton", "2010-06-01", {"label": "Hillary Clinton", "role": "Secretary of State"}),
    ("President Vladimir Putin", "2019-01-01", {"id": "person:vladimir-putin", "country": "RUS"}),
    ("Yemeni President Abd-Rabbu Mansour Hadi", "2015-01-01",  # spelt otherwise in the KB
     {"id": "person:abdrabbuh-mansur-hadi", "role": "President"}),
    ("Mohammad Javad Zarif", "2016-01-01", {"id": "person:javad-zarif"}),
    # people not in the knowledge base: affiliation, role and sector from the words
    ("Kenyan Interior Minister Peter Odhiambo", "2019-01-01",
     {"id": "person:peter-odhiambo", "kind": "person", "country": "KEN", "affiliation": "KEN",
      "sector": "GOV", "role": "Minister of the Interior"}),
    ("Brazil's finance minister Carla Mendes", "2019-01-01",
     {"country": "BRA", "role": "Minister of Finance", "sector": "GOV"}),
    ("Egypt's deputy interior minister Samir Nabil", "2019-01-01",
     {"country": "EGY", "role": "Deputy Minister of the Interior"}),
    ("Lena Park, South Korea's trade minister", "2019-01-01",
     {"label": "Lena Park", "country": "KOR", "role": "Minister of Trade"}),
    ("Anna Berg, a researcher at the Stockholm Peace Institute", "2019-01-01",
     {"label": "Anna Berg", "affiliation": "org:stockholm-peace-institute"}),
    ("Mark Hollis, a spokesman for the State Department", "2019-01-01",
     {"affiliation": "USA", "role": "Spokesperson"}),
    ("Deputy Foreign Minister Ali Rahimi", "2019-01-01",
     {"label": "Ali Rahimi", "role": "Deputy Minister of Foreign Affairs", "sector": "GOV"}),
    ("Indian army chief General Vikram Rao", "2019-01-01", {"country": "IND", "sector": "MIL"}),
    ("Lt. Gen. Omar Haddad", "2019-01-01", {"label": "Omar Haddad", "sector": "MIL"}),
    ("Venezuelan opposition leader Maria Lopez", "2019-01-01",
     {"affiliation": "group:VEN-opposition", "country": "VEN"}),
    ("former Chilean president Jorge Castro", "2019-01-01", {"country": "CHL", "role": "Former President"}),
    ("the Iraqi Defence Minister Khalid Salem", "2019-01-01", {"role": "Minister of Defense"}),
    ("Senator Ruth Palmer", "2019-01-01", {"sector": "LEG", "role": "Senator"}),
    # no actor
    ("Latin American countries", None, None),  # a region's adjective, not America's
    ("South American leaders", None, None),
    ("Southeast Asian nations", None, None),
    ("Munich", None, None),
    ("Vienna", None, None),  # a capital, but a venue, not a metonym
    ("The Hague", None, None),
    ("Geneva", None, None),
    ("Europe", None, None),
    ("the Gulf", None, None),
    ("the Middle East", None, None),
    ("Aleppo", None, None),
    ("Mosul", None, None),
    ("Istanbul", None, None),
    ("New York", None, None),
    ("Texas", None, None),
    ("Sydney", None, None),
    ("Asia", None, None),
    ("State", None, None),
    ("Secretary of State", None, None),
    ("the foreign minister", None, None),
    ("Kurdish", None, None),
    ("analysts", None, None),
    ("observers", None, None),
    ("a ceasefire", None, None),
    ("the talks", None, None),
    ("is", None, None),
    ("us", None, None),
    ("who", None, None),
    ("and", None, None),
    ("Thursday", None, None),
    ("", None, None),
]


@pytest.mark.parametrize(("phrase", "date", "expected"), PHRASES,
                         ids=[f"{p}@{d}" if d else p for p, d, _ in PHRASES])
def test_resolve_phrase(kb, phrase, date, expected):
    actor = resolve_phrase(phrase, date=date or "2016-02-11", kb=kb)
    if expected is None:
        assert actor is None or not actor.is_actor, actor
        return
    assert actor is not None and actor.is_actor, actor
    got = {key: getattr(actor, key) for key in expected}
    assert got == expected


def test_the_table_is_large_enough():
    assert len(PHRASES) >= 150


def test_contract_example():
    actor = resolve_phrase("Saudi Foreign Minister Adel al-Jubeir", date="2016-02-11")
    assert (actor.label, actor.kind, actor.country, actor.sector, actor.role) == (
        "Adel al-Jubeir", "person", "SAU", "GOV", "Minister of Foreign Affairs")


def test_kb_has_every_iso_country():
    import pycountry

    kb = load_kb()
    missing = [c.alpha_3 for c in pycountry.countries if kb.actor(c.alpha_3) is None]
    assert missing == []
    assert kb.counts()["country"] >= 249


def test_user_file_rows_win_and_bad_files_fail(tmp_path):
    from timeline.errors import TimelineError

    mine = tmp_path / "mine.csv"
    mine.write_text("id,kind,name,aliases,country,org,role,sector,start,end\n"
                    "ACME,organization,Acme Corporation,Acme,USA,,,BUS,,\n", encoding="utf-8")
    actor = resolve_phrase("Acme", kb=load_kb((mine,)))
    assert (actor.id, actor.kind, actor.sector) == ("ACME", "organization", "BUS")
    bad = tmp_path / "bad.csv"
    bad.write_text("who,what\n1,2\n", encoding="utf-8")
    with pytest.raises(TimelineError, match="E030"):
        load_kb((bad,))


def test_norm():
    assert norm("the U.S.") == "us"
    assert norm("Adel al-Jubeir") == norm("Adel al Jubeir")
    assert norm("Russia's") == "russia"


# --- find_mentions on sentences of our own ---------------------------------------------------------
@pytest.fixture(scope="module")
def mentions_of(nlp, kb):
    def run(text: str, date: str = "2019-01-01"):
        sdoc = nlp(text)
        found = find_mentions(sdoc, doc_id="t", date=date, kb=kb)
        for m in found:
            assert text[m.start:m.end] == m.text
            assert m.start <= m.head_start < m.head_end <= m.end
        return {m.text: m for m in found}

    return run


def test_apposition(mentions_of):
    found = mentions_of("Lena Park, South Korea's trade minister, met Japanese officials in Osaka.")
    park = found["Lena Park"].actor
    assert (park.kind, park.affiliation, park.role) == ("person", "KOR", "Minister of Trade")
    assert found["Japanese officials"].actor.id == "JPN"
    assert found["Japanese officials"].sector == "GOV"
    assert not any("Osaka" in text for text in found)


def test_apposition_with_the_title_first(mentions_of):
    found = mentions_of("The minister met the rebel spokesman, Yusuf Kaya, in Ankara. "
                        "Fighting goes on in Idlib and Homs, and Syria says the rebels are terrorists.")
    kaya = next(m for m in found.values() if m.actor.label == "Yusuf Kaya")
    assert kaya.actor.affiliation == "group:SYR-opposition"
    assert kaya.text.endswith("Yusuf Kaya")
    assert text_of(kaya, "spokesman")
    assert "Ankara" not in found


def test_possessive_title(mentions_of):
    found = mentions_of("Egypt's deputy interior minister Samir Nabil said police arrested 40 people.")
    nabil = found["Egypt's deputy interior minister Samir Nabil"]
    assert (nabil.actor.country, nabil.actor.role) == ("EGY", "Deputy Minister of the Interior")
    assert text_of(nabil, "minister")  # the parse makes the name an apposition of the title
    assert (found["police"].actor.id, found["police"].sector) == ("EGY", "COP")


def text_of(mention, word):
    return mention.text[mention.head_start - mention.start:mention.head_end - mention.start] == word


def test_surname_stands_for_the_full_name(mentions_of):
    found = mentions_of("Ukrainian President Petro Kovalenko visited Warsaw on Monday. "
                        "Kovalenko said the talks went well.")
    full = found["Ukrainian President Petro Kovalenko"].actor
    assert found["Kovalenko"].actor == full
    assert (full.id, full.affiliation) == ("person:petro-kovalenko", "UKR")


def test_kb_surname_as_of_the_document_date(mentions_of):
    assert mentions_of("Marsh voted against the bill.", "2005-05-05")["Marsh"].actor.role == "US Senator"
    assert mentions_of("Marsh flew to Cairo.", "2015-05-05")["Marsh"].actor.role == "Secretary of State"


def test_pronoun_after_a_named_person(mentions_of):
    found = mentions_of("German Chancellor Angela Merkel arrived in Athens on Monday. "
                        "She said Greece must keep its promises.")
    assert found["She"].actor.id == found["German Chancellor Angela Merkel"].actor.id
    assert found["She"].actor.country == "DEU"


def test_generic_references_take_the_story_country(mentions_of):
    found = mentions_of("The Nigerian army said it killed 20 militants near Maiduguri. "
                        "The rebels denied it, and the government gave no details.")
    assert (found["Nigerian army"].actor.id, found["Nigerian army"].sector) == ("NGA", "MIL")
    assert found["20 militants"].actor.id == "group:NGA-opposition"
    assert found["rebels"].actor.id == "group:NGA-opposition"
    assert found["rebels"].actor.label == "Nigerian opposition"
    assert (found["government"].actor.id, found["government"].sector) == ("NGA", "GOV")


def test_demonym_before_a_sector_noun(mentions_of):
    found = mentions_of("Fighting in Yemen intensified as Saudi jets and Emirati troops advanced.")
    assert found["Yemen"].actor.id == "YEM"  # a place still gets its mention
    assert (found["Saudi jets"].actor.id, found["Saudi jets"].sector) == ("SAU", "MIL")
    assert found["Emirati troops"].actor.id == "ARE"


def test_capitals_act_but_cities_are_places(mentions_of):
    found = mentions_of("Beijing rejected the plan at a conference in Geneva, "
                        "and delegates met again in Tokyo and Munich.")
    assert (found["Beijing"].actor.id, found["Beijing"].sector) == ("CHN", "GOV")
    for place in ("Geneva", "Tokyo", "Munich"):
        assert place not in found


def test_possessive_mention_has_exact_offsets(mentions_of):
    found = mentions_of("Russia's envoy criticised NATO's plans and the EU's sanctions.")
    assert {"NATO", "EU"} <= set(found)
    assert "NATO's" not in found
    assert any(m.actor.id == "RUS" for m in found.values())


def test_unknown_organisation_affiliation(mentions_of):
    found = mentions_of("\"It will not last,\" said Tom Hale of the Chatham Research Institute.")
    hale = next(m for m in found.values() if m.actor.label == "Tom Hale")
    assert hale.actor.affiliation == "org:chatham-research-institute"


def test_groups_and_acronyms(mentions_of):
    found = mentions_of("IS claimed the attack, which Hezbollah fighters said is a lie.")
    assert found["IS"].actor.id == "IS"
    assert found["Hezbollah fighters"].actor.id == "HEZBOLLAH"
    assert "is" not in found


def test_an_acronym_stands_for_the_name_the_story_spells_out(mentions_of):
    text = ("The army fought the paramilitary Rapid Support Forces in Khartoum. The RSF said it "
            "held the airport, and Reporters Without Borders counted ten journalists hurt.")
    found = mentions_of(text, "2023-05-04")
    assert found["Rapid Support Forces"].actor.id == found["RSF"].actor.id == "RSF-SDN"
    assert found["Reporters Without Borders"].actor.id == "RSF"
    assert mentions_of("Reporters Without Borders said the RSF had counted ten cases.",
                       "2023-05-04")["RSF"].actor.id == "RSF"


@pytest.mark.parametrize("text, name, actor_id", [
    ("The African Union's Peace and Security Council met on Monday.",
     "Peace and Security Council", "org:peace-and-security-council"),
    ("The National Security Council met on Monday.", "National Security Council",
     "org:national-security-council"),
    ("The UN Security Council met on Monday.", "UN Security Council", "UNSC"),
    ("The Security Council met on Monday.", "Security Council", "UNSC"),
])
def test_a_name_inside_a_longer_name_is_not_its_actor(mentions_of, text, name, actor_id):
    assert mentions_of(text)[name].actor.id == actor_id


def test_a_known_surname_the_parser_takes_for_a_place(mentions_of):
    found = mentions_of("Putin spoke with Erdogan.", "2016-02-11")  # spaCy: Erdogan is a GPE
    assert found["Erdogan"].actor.id == "person:recep-tayyip-erdogan"


@pytest.mark.parametrize("text, name, label, country", [
    ("She accused the ruling Georgian Dream party of rigging the vote.", "Georgian Dream",
     "Georgian Dream",
     "GEO"),
    ("The Russian Orthodox Church backed the war.", "Russian Orthodox Church",
     "Russian Orthodox Church", "RUS"),
])
def test_a_country_adjective_opening_an_organisation_name(mentions_of, text, name, label,
                                                          country):
    actor = mentions_of(text, "2024-12-01")[name].actor
    assert (actor.label, actor.kind, actor.country) == (label, "organization", country)


@pytest.mark.parametrize("text, name, actor_id", [
    ("Putin met Xi in Moscow.", "Xi", "person:xi-jinping"),
    ("Trump met Kim in Singapore.", "Kim", "person:kim-jong-un"),
])
def test_family_name_first(mentions_of, text, name, actor_id):
    assert mentions_of(text, "2018-06-12")[name].actor.id == actor_id


@pytest.mark.parametrize("text, place", [
    ("Troops shelled the village of Gashalti near Stepanakert.", "Gashalti"),
    ("Troops shelled the village of Gashalti near Stepanakert.", "Stepanakert"),
    ("They fought in Stepanakert, the capital of Nagorno-Karabakh.", "Nagorno-Karabakh"),
    ("Police detained ten people at the Pushkinskaya metro station.", "Pushkinskaya"),
    ("India accused Canada of sheltering Khalistani terrorists, angering Sikh groups.", "Sikh"),
    ("Gunmen attacked Crocus City Hall near Moscow.", "Crocus City Hall"),
    ("Jihadists attacked bases in Tessalit and Aguelhok.", "Aguelhok"),
])
def test_unknown_names_of_places_and_modifiers_are_no_actors(mentions_of, text, place):
    assert place not in mentions_of(text, "2020-09-28")


@pytest.mark.parametrize("text, name, actor_id", [
    ("Analysts at the Brookings Institution said so.", "Brookings Institution",
     "org:brookings-institution"),
    ("Kerry met John Smith in Geneva.", "John Smith", "person:john-smith"),
    ("Hayat Tahrir al-Sham did not allow a convoy.", "Hayat Tahrir al-Sham", "NUSRA"),
    ("Trade Minister Simon Birmingham said so.", "Trade Minister Simon Birmingham",
     "person:simon-birmingham"),  # a person named after a city is still a person
    ("The junta denies that Wagner fighters are in Mali.", "Wagner fighters", "WAGNER"),
    ("Mali accused the UN mission in Mali of bias.", "UN mission in Mali", "MINUSMA"),
    ("European Commission President Ursula von der Leyen said so.",
     "European Commission President Ursula von der Leyen", "person:ursula-von-der-leyen"),
])
def test_names_the_parser_cuts_or_mislabels(mentions_of, text, name, actor_id):
    assert mentions_of(text, "2023-02-13")[name].actor.id == actor_id


def test_his_troops_are_his_countrys(mentions_of):
    text = ("Armenia said its forces held the line. President Ilham Aliyev spoke on TV. "
            "He said his troops had captured several villages.")
    found = mentions_of(text, "2020-09-28")
    assert found["troops"].actor.id == "AZE" and found["forces"].actor.id == "ARM"


@pytest.mark.parametrize("text, he", [
    # the subject of the sentence before, not a name inside its phrases or its object
    ("\"We will respond,\" said Mykhailo Podolyak, an adviser to President Volodymyr Zelensky. "
     "He accused the Kremlin of lying.", "person:mykhailo-podolyak"),
    ("Kerry met Lavrov in Munich. He said the talks went well.", "person:john-kerry"),
    ("Lavrov was met by Kerry in Munich. He said the talks went well.", "person:sergei-lavrov"),
])
def test_he_is_the_subject_before(mentions_of, text, he):
    assert mentions_of(text, "2016-02-11" if "Kerry" in text else "2024-03-24")["He"].actor.id == he


def test_one_actor_per_person_in_a_document(mentions_of):
    found = mentions_of("Brazilian Foreign Minister Carla Mendes met UN officials. "
                        "Mendes said Brazil would help. \"We are ready,\" said Mendes.")
    ids = {m.actor.id for m in found.values() if m.actor.kind == "person"}
    assert ids == {"person:carla-mendes"}


def test_a_person_named_in_a_phrase_anchors_it(mentions_of):
    found = mentions_of("Cuban President Raul Alvarez spoke in Havana. Critics of the Alvarez "
                        "government met US officials, and Cuban police detained protesters.")
    government = next(m for m in found.values() if m.text.endswith("government"))
    assert (government.actor.id, government.sector) == ("CUB", "GOV")
    assert found["US officials"].actor.id == "USA"
    assert "Havana" not in found


def test_split_names_are_joined(mentions_of):
    found = mentions_of("Yemeni President Abd-Rabbu Mansour Hadi fled to Riyadh.", "2015-03-26")
    hadi = next(m for m in found.values() if m.actor.kind == "person")
    assert hadi.text == "Yemeni President Abd-Rabbu Mansour Hadi"
    assert hadi.actor.id == "person:abdrabbuh-mansur-hadi"


def test_affiliations_named_only_inside_a_mention_keep_their_written_label(nlp):
    from timeline.actors import affiliated_actors, find_mentions, load_kb

    text = "Jane Roe, of the Institute for Peace Studies in Oslo, criticised the plan."
    kb = load_kb()
    mentions = find_mentions(nlp(text), doc_id="d", date="2019-01-01", kb=kb)
    jane = next(m.actor for m in mentions if m.actor.kind == "person")
    extra = {a.id: a for a in affiliated_actors(mentions, text, kb)}
    known = {m.actor.id: m.actor for m in mentions} | extra
    assert not set(extra) & {m.actor.id for m in mentions}
    assert known[jane.affiliation].label == "Institute for Peace Studies"
    assert known[jane.affiliation].kind == "organization"


def test_affiliated_actor_label_recovered_from_text():
    from timeline.actors import affiliated_actors, load_kb
    from timeline.records import Actor, Mention

    text = '"It will fail," said Jo Bloggs, of the Centre for Arms Control in Geneva.'
    jo = Actor("person:jo-bloggs", "Jo Bloggs", "person", affiliation="org:centre-for-arms-control")
    start = text.index("Jo")
    extra = affiliated_actors([Mention("d", start, start + 9, "Jo Bloggs", jo)], text, load_kb())
    assert [(a.id, a.label, a.kind) for a in extra] == [
        ("org:centre-for-arms-control", "Centre for Arms Control", "organization")]


def test_kb_surname_never_someone_whose_roles_start_later(nlp, kb):
    def actor(text, date):
        return [m.actor.id for m in find_mentions(nlp(text), doc_id="t", date=date, kb=kb)
                if m.text.endswith("Varga") or m.text.endswith("Marsh")]
    # Istvan Varga's first role starts in 2010: in 2005 "Varga" is Tomas, in office till 2002
    assert actor("Mr. Varga spoke to reporters.", "2005-03-01") == ["person:tomas-varga"]
    # before anyone of that name held a role, no knowledge-base person is meant
    assert "person:elena-marsh" not in actor("Mr. Marsh criticized the plan.", "1995-03-01")
    assert not {"person:tomas-varga", "person:istvan-varga"} & set(
        actor("Mr. Varga criticized the plan.", "1995-03-01"))


def test_bare_surname_is_the_latest_named_person_of_that_family(nlp, kb):
    text = ("Rosa Delgado, 9, reached Texas last week. Her uncle, Luis Alberto Delgado, wrote to the "
            "governor on Monday. Delgado asked for a hearing. Delgado also met the mayor.")
    found = find_mentions(nlp(text), doc_id="t", date="2001-05-01", kb=kb)
    ids = [m.actor.id for m in found if m.actor.kind == "person"]
    assert ids[:2] == ["person:rosa-delgado", "person:luis-alberto-delgado"]
    # a different first name is a different person; the bare surname is the one named last
    assert [m.actor.id for m in found if m.text == "Delgado"] == ["person:luis-alberto-delgado"] * 2


def test_pronoun_after_a_possessor_of_a_relative_is_not_the_possessor(mentions_of):
    found = mentions_of("Rosa Delgado's father said on Monday that he wants a hearing.")
    assert "he" not in found
