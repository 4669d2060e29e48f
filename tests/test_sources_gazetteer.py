"""The source gazetteer (lexicons/sources.json) and its resolver."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.attribution.sources import alias_key, find_alias, resolve

GAZETTEER = Path(__file__).resolve().parent.parent / "factcheck" / "lexicons" / "sources.json"


def test_gazetteer_shape():
    data = json.loads(GAZETTEER.read_text("utf-8"))
    assert data["_comment"]
    entries = data["sources"]
    assert len(entries) >= 60
    kinds = {"media", "company", "person", "government", "anonymous-group"}
    assert all(e["kind"] in kinds and e["name"] and isinstance(e["aliases"], list) for e in entries)
    assert sum(e["kind"] == "media" for e in entries) >= 50


@pytest.mark.parametrize("a,b", [
    ("«بيزنس إنسايدر»", "بيزنس إنسايدر"),
    ("the Financial Times", "Financial Times"),
    ("وكالة الأنباء السعودية", "وكالة الانباء السعوديه"),
    ("بلومبرغ", "بِلُومبرغ"),
    ("\u200fرويترز\u200f", "رويترز"),
])
def test_alias_key_equal(a, b):
    assert alias_key(a) == alias_key(b)


@pytest.mark.parametrize("phrase,name,kind", [
    ("Reuters", "Reuters", "media"),
    ("رويترز", "Reuters", "media"),
    ("وكالة الصحافة الفرنسية", "Agence France-Presse", "media"),
    ("فرانس برس", "Agence France-Presse", "media"),
    ("AFP", "Agence France-Presse", "media"),
    ("بي بي سي", "BBC", "media"),
    ("الجزيرة", "Al Jazeera", "media"),
    ("بلومبيرغ", "Bloomberg", "media"),
    ("Bloomberg News", "Bloomberg", "media"),
    ("صحيفة وول ستريت جورنال", "The Wall Street Journal", "media"),
    ("WSJ", "The Wall Street Journal", "media"),
    ("the New York Times", "The New York Times", "media"),
    ("سكاي نيوز عربية", "Sky News Arabia", "media"),
    ("وكالة سانا", "SANA", "media"),
    ("وكالة وفا", "WAFA", "media"),
    ("وكالة أنباء الشرق الأوسط", "MENA", "media"),
    ("تقارير صحفية أمريكية من بينها «بيزنس إنسايدر»", "Business Insider", "media"),
    ("the Associated Press", "Associated Press", "media"),
    ("إيلون ماسك", "Elon Musk", "person"),
    ("البيت الأبيض", "White House", "government"),
    ("شركة أرامكو السعودية", "Saudi Aramco", "company"),
])
def test_resolve(phrase, name, kind):
    assert resolve(phrase) == (name, kind)


@pytest.mark.parametrize("phrase", ["who said it", "مصادر دبلوماسية عربية", "the company", "insiders", "وزارة الصحة"])
def test_resolve_none(phrase):
    assert resolve(phrase) is None


def test_extra_aliases_win_and_extend():
    extra = {"الجريدة العقارية": ("Al Gareeda Al Aqaria", "media"), "Reuters": ("Reuters Custom", "media")}
    assert resolve("صحيفة الجريدة العقارية", extra) == ("Al Gareeda Al Aqaria", "media")
    assert resolve("Reuters", extra) == ("Reuters Custom", "media")
    assert resolve("الجريدة العقارية") is None


def test_find_alias_offsets():
    phrase = "تقارير صحفية من بينها «بيزنس إنسايدر»"
    s, e, name, kind = find_alias(phrase)
    assert phrase[s:e] == "بيزنس إنسايدر" and name == "Business Insider"


@pytest.mark.parametrize("phrase,name", [
    ("UNHCR", "UN Refugee Agency"),
    ("the UN refugee agency", "UN Refugee Agency"),
    ("مفوضية الأمم المتحدة لشؤون اللاجئين", "UN Refugee Agency"),
    ("اليونيسف", "UNICEF"),
    ("برنامج الأغذية العالمي", "World Food Programme"),
    ("الوكالة الدولية للطاقة الذرية", "International Atomic Energy Agency"),
    ("جامعة الدول العربية", "Arab League"),
    ("الاحتياطي الفيدرالي", "US Federal Reserve"),
    ("Ofqual", "Ofqual"),
    ("ONS", "Office for National Statistics"),
])
def test_international_bodies_and_regulators_are_government(phrase, name):
    record = resolve(phrase)
    assert record == (name, "government")


@pytest.mark.parametrize("text,language,source", [
    ("UNHCR said 123 million people were displaced at the end of June.", "en", "UNHCR"),
    ("Ofqual said 28% of entries were graded A or above.", "en", "Ofqual"),
    ("The Federal Reserve said inflation eased to 2.9% in July.", "en", "The Federal Reserve"),
    ("قالت مفوضية الأمم المتحدة لشؤون اللاجئين إن 123 مليون شخص نزحوا.", "ar",
     "مفوضية الأمم المتحدة لشؤون اللاجئين"),
    ("أعلن برنامج الأغذية العالمي أن 2.5 مليون شخص يواجهون الجوع.", "ar", "برنامج الأغذية العالمي"),
])
def test_claims_citing_those_bodies_are_official(text, language, source):
    from datetime import date

    from factcheck.pipeline import analyze
    claims = analyze(text, language, date(2025, 7, 1)).claims
    assert claims
    for claim in claims:
        assert claim.attribution.type == "official"
        assert claim.attribution.source.text == source
        s = claim.attribution.source
        assert text[s.start:s.end] == source
