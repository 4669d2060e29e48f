"""Round 25 of matching, part 1: a people named by a group noun is its place for matching.

Arabic names a people by its nisba in sound plurals, duals and feminines, with or without the article
(الفلسطينيون, للسودانيين, المصريتين, ليبيون), by a broken plural (الأفارقة, الأتراك, الألمان) or by
the dual of a name several places share (الكوريتان: both Koreas); English by a demonym plural
(Britons, Turks) or a coordinated name (North and South Korea). Each keys to the entity of the place,
so a claim about the people and one about the place are "the same entity" when the rest agrees, and
a claim about another people is a swap. A figure that counts a people counts persons.
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from factcheck.match.compare import compare, units
from factcheck.match.keys import claim_keys
from factcheck.match.lexicon import find_entities
from factcheck.text.normalize import key_tokens

PUB = date(2025, 9, 14)
LEXICONS = Path(__file__).resolve().parent.parent / "factcheck" / "lexicons"


def _entities(text: str, language: str) -> set[str]:
    """Entity ids of the claim keys of a one-claim statement (the path matching takes)."""
    return {e for c in units(text, language, PUB) for e in claim_keys(c).entities}


@pytest.mark.parametrize("text, expected", [
    ("غرق قارب يقل 40 من الأفارقة قبالة ليبيا", {"africa", "libya"}),
    ("استأنفت الكوريتان المحادثات العسكرية في بانمونجوم", {"korea_north", "korea_south"}),
    ("تبادل الكوريتين الأسرى عبر الحدود", {"korea_north", "korea_south"}),
    ("ارتفعت صادرات الأوروبيين إلى الهند بنسبة 7%", {"europe", "india"}),
    ("تراجع إنفاق السياح الخليجيين في لندن", {"gulf", "uk"}),
    ("عاد آلاف السودانيين إلى الخرطوم", {"sudan"}),
    ("احتج الفلسطينيون على إغلاق المعبر", {"palestine"}),
    ("قدمت المنظمة مساعدات للفلسطينيين في الشتاء", {"palestine"}),
    ("وصل 300 من البريطانيين إلى قبرص", {"uk", "cyprus"}),
    ("وقعت الشركة الألمانية العقد في القاهرة", {"germany", "egypt"}),
    ("زار الألمان تونس بأعداد قياسية", {"germany", "tunisia"}),
    ("ارتفع عدد الأتراك المقيمين في برلين", {"turkey", "germany"}),
    ("عاد عمال ليبيون إلى مصراتة", {"libya"}),
    ("احتجت النقابات البحرينية على القرار", {"bahrain"}),
    ("وقعت الحكومتان المصرية والأردنية الاتفاق", {"egypt", "jordan"}),
    ("اجتمع وزيرا خارجية الدولتين المصريتين", {"egypt"}),
    ("تظاهر آلاف الفرنسيين في باريس", {"france"}),
    ("عاد الفلبينيون العاملون في الكويت", {"philippines", "kuwait"}),
    ("كوريا الشمالية والجنوبية اتفقتا على خط ساخن", {"korea_north", "korea_south"}),
    ("أنقذ خفر السواحل 35 سودانيا قرب لامبيدوزا", {"sudan"}),
    ("اعتقلت الشرطة 12 فلسطينيًا في الخليل", {"palestine"}),
])
def test_arabic_group_nouns_key_to_their_place(text, expected):
    assert _entities(text, "ar") == expected


@pytest.mark.parametrize("text, expected", [
    ("Thousands of Britons were evacuated from Rhodes", {"uk"}),
    ("Two million Turks visited Greece last year", {"turkey", "greece"}),
    ("New Zealanders voted in a referendum on Saturday", {"new_zealand"}),
    ("North and South Korea agreed to reopen a hotline", {"korea_north", "korea_south"}),
    ("Talks between both Koreas resumed in Panmunjom", {"korea_north", "korea_south"}),
    ("South Korea and Japan signed a fisheries deal", {"korea_south", "japan"}),
    ("Swedes crossed the bridge to Copenhagen in record numbers", {"sweden", "denmark"}),
])
def test_english_group_nouns_key_to_their_place(text, expected):
    assert _entities(text, "en") == expected


def _nisba_aliases() -> list[tuple[str, str]]:
    data = json.loads((LEXICONS / "ar" / "match_entities.json").read_text(encoding="utf-8"))
    return [(ent_id, alias) for ent_id, ent in data["entities"].items() if ent["class"] == "place"
            for alias in ent["aliases"] if " " not in alias and alias.endswith("ي")]


_FORMS = ("ال{}ة", "ال{}ين", "ال{}ون", "{}ون", "{}ين", "وال{}ين", "لل{}ين", "بال{}ين", "{}ات", "ال{}",
          "ال{}تين", "{}ا")


def test_every_nisba_keys_in_every_form():
    """Every one-word nisba of the lexicon, in its plural, dual, feminine, definite and clitic forms
    (a rule over the data, not a list of cases): فرنسي → الفرنسيين, للفرنسيين, فرنسيات …"""
    misses = [(ent_id, form.format(alias)) for ent_id, alias in _nisba_aliases() for form in _FORMS
              if ent_id not in find_entities(key_tokens(form.format(alias)))]
    assert len(_nisba_aliases()) > 50
    assert misses == []


def test_dual_of_a_shared_name_and_no_other():
    """Only a name that heads the aliases of several places has a dual naming them all: the dual of a
    one-place name (أمريكا → الأمريكتين, the Americas) names no entity."""
    assert find_entities(key_tokens("الكوريتين")) == {"korea_north": "place", "korea_south": "place"}
    assert find_entities(key_tokens("الأمريكتين")) == {}
    assert find_entities(key_tokens("مان")) == {}  # the broken plural الألمان adds no bare stem


@pytest.mark.parametrize("a, b, reason", [
    # the people (ar) and the place (ar / en) are the same entity
    ("غرق قارب قبالة ليبيا يقتل 40 مهاجرا من أفريقيا", "قتل 40 من الأفارقة في غرق قارب قبالة ليبيا", "both say 40 people"),
    ("Forty Africans drowned off Libya when their boat sank", "قتل 40 من الأفارقة في غرق قارب قبالة ليبيا",
     "both say 40 people"),
    ("تبادل الكوريتين 50 أسيرا يوم الثلاثاء", "North Korea and South Korea swapped 50 prisoners on Tuesday",
     "both say 50 people"),
    ("ارتفع عدد السودانيين الفارين إلى مصر إلى 1.2 مليون",
     "The number of people fleeing Sudan to Egypt rose to 1.2 million", "both say 1.2 million people"),  # round 31
    ("وصل عدد الخليجيين الزائرين للندن إلى 300 ألف في 2024", "Visitors from the Gulf to London reached 300,000 in 2024",
     "both say 300,000 people"),  # round 31: both count people
    ("تراجعت صادرات الأوروبيين إلى الصين بنسبة 5%", "Europe's exports to China fell 5%", "both say 5%"),
    ("زار 2 مليون من الأتراك اليونان العام الماضي", "Two million Turks visited Greece last year",
     "both say 2 million people"),
    ("زار مليون من الألمان مصر في 2024", "One million Germans visited Egypt in 2024",
     "both say 1 million people"),
    # a figure counting a people counts persons
    ("Turkey hosted 3 million Syrians", "استقبلت تركيا 3 ملايين لاجئ من سوريا", "both say 3 million people"),
    ("Jordan hosts 1.3 million Syrians", "Jordan hosts 1.3 million Syrian refugees", "both say 1.3 million people"),
    ("Turkey hosted 3 million Syrians", "استقبلت تركيا ثلاثة ملايين سوري", "both say 3 million people"),
])
def test_group_noun_and_place_agree(a, b, reason):
    r = compare(a, b, a_published=PUB, b_published=PUB)
    assert (r.relation, r.reasons[0]) == ("agrees", reason), r.reasons
    r = compare(b, a, a_published=PUB, b_published=PUB)
    assert r.relation == "agrees", r.reasons


@pytest.mark.parametrize("a, b, reason", [
    ("قتل 40 من الأفارقة في غرق قارب قبالة ليبيا", "Boat sinking off Libya kills 40 Asians",
     "different place: africa vs asia"),
    ("زار مليون من الألمان مصر في 2024", "One million Britons visited Egypt in 2024", "different place: germany vs uk"),
    ("وصل عدد الخليجيين الزائرين للندن إلى 300 ألف في 2024", "Visitors from Asia to London reached 300,000 in 2024",
     "different place: asia vs gulf"),
    ("عاد 20 ألفا من السودانيين إلى الخرطوم في أغسطس", "عاد 20 ألفا من الإثيوبيين إلى الخرطوم في أغسطس",
     "different people counted: ethiopia vs sudan"),
    ("Turkey hosted 3 million Syrians", "Turkey hosted 3 million Afghans", "different place: afghanistan vs syria"),
    ("Greece rescued 80 Egyptians off Crete", "Greece rescued 80 Pakistanis off Crete", "different place: egypt vs pakistan"),
    # the figures count different peoples though a place (Gaza) names one of them on both sides
    ("قتل 12 فلسطينيا في غارة على غزة", "A strike on Gaza killed 12 Israelis", "different people counted: israel vs palestine"),
    ("Rescuers in Lampedusa saved 65 Tunisians", "أنقذ رجال الإنقاذ في لامبيدوزا 65 جزائريا",
     "different place: algeria vs tunisia"),
])
def test_another_people_is_a_swap(a, b, reason):
    r = compare(a, b, a_published=PUB, b_published=PUB)
    assert (r.relation, r.reasons) == ("conflicts", (reason,))


def test_a_people_counted_on_one_side_only_is_no_swap():
    """One side counts two peoples, the other one of them: no people is missing from a count."""
    r = compare("A strike on Gaza killed 12 Israelis and 30 Palestinians", "A strike on Gaza killed 30 Palestinians")
    assert r.relation == "agrees", r.reasons
