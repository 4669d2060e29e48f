"""Page furniture yields no claims; running text next to it still does."""
from pathlib import Path

import pytest

from factcheck.pipeline import analyze
from factcheck.text.furniture import flag_furniture, paragraph_furniture
from factcheck.text.segment import segment

DATA = Path(__file__).parent / "data"
BODY = {"ar": "أعلنت الشركة عن تسريح 300 موظف من مصنعها في الإسكندرية يوم الخميس.",
        "en": "The company said it would cut 300 jobs at its plant in Ohio on Thursday."}


def _blocks(lang):
    raw = (DATA / f"furniture_{lang}.txt").read_text(encoding="utf-8")
    lines = [ln for ln in raw.splitlines() if not ln.startswith("#")]
    blocks = [b.strip("\n") for b in "\n".join(lines).split("---")]
    return [pytest.param(lang, b, id=f"{lang}-{i}") for i, b in enumerate(blocks) if b.strip()]


@pytest.mark.parametrize("lang,block", _blocks("ar") + _blocks("en"))
def test_furniture_block_yields_no_claim(lang, block):
    text = f"{BODY[lang]}\n{block}\n{BODY[lang]}"
    a = analyze(text, lang)
    start = text.index(block)
    inside = [c for c in a.claims if c.start < start + len(block) and c.end > start]
    assert inside == []
    assert len(a.claims) >= 2  # the body around the furniture still yields its claims


@pytest.mark.parametrize("para,lang,want", [
    ("الجريدة الاقتصادية الأربعاء 2 يوليو 2025 | 10:05 صباحاً", "ar", "dateline"),
    ("By Sam Lee and Ana Ruiz", "en", "byline"),
    ("بقلم: سارة محمود", "ar", "byline"),
    ("وكالات", "ar", "short"),
    ("Why workers are leaving", "en", "heading"),
    ("خطط التوسع في أفريقيا", "ar", "heading"),
    ("اقرأ أيضاً", "ar", "links"),
    ("The company cut 300 jobs.", "en", None),
    ("قالت الوزارة إن 40 شخصاً أصيبوا.", "ar", None),
    ("Trump to visit China in May 2025 for trade talks with Xi", "en", None),
])
def test_paragraph_reason(para, lang, want):
    text = f"{para}\nNext paragraph follows here."
    assert paragraph_furniture(text, 0, len(para), lang, headline=False, last=False) == want


def test_headline_is_not_a_heading():
    text = "Musk's xAI cuts 500 jobs\nThe company said it cut 500 jobs."
    segs = flag_furniture(text, segment(text), "en")
    assert not segs[0].furniture


def test_text_after_faq_heading_may_yield_claims():
    text = ("عنوان الخبر هنا\nنص المقال الأول عن الشركة.\nالأسئلة الشائعة\n"
            "تم الإعلان عن دمج الشركة مع منافستها في صفقة بقيمة 2 مليار دولار.")
    a = analyze(text, "ar")
    assert not any("الأسئلة الشائعة" in c.text for c in a.claims)
    assert any("دمج" in c.text for c in a.claims)


@pytest.mark.parametrize("line", [
    "Acme cut 1,200 jobs on Monday",
    "Acme slashed 1,200 jobs on Monday",
    "سرحت أكمي 1200 عامل يوم الاثنين",
    "Floods kill 45 on Sunday in Derna",
])
def test_a_headline_with_a_count_and_a_weekday_is_not_a_dateline(line):
    from factcheck.pipeline import analyze
    analysis = analyze(line)
    assert not analysis.segments[0].furniture
    assert analysis.claims and analysis.claims[0].text == line


@pytest.mark.parametrize("text,lang,first", [
    ("NAIROBI, Kenya (AFP) — Floods killed 45 people in the north of the country on Tuesday.", "en",
     "Floods killed 45 people in the north of the country on Tuesday"),
    ("LAGOS, March 3 (Reuters) - Nigeria's central bank raised its key rate to 27.5% on Monday.", "en",
     "Nigeria's central bank raised its key rate to 27.5% on Monday"),
    ("WASHINGTON (AP) — The Senate passed a $95 billion aid bill on Tuesday.", "en",
     "The Senate passed a $95 billion aid bill on Tuesday"),
    ("الرباط - «وكالات»: ارتفعت صادرات المغرب من الفوسفات بنسبة 12% خلال الربع الأول.", "ar",
     "ارتفعت صادرات المغرب من الفوسفات بنسبة 12% خلال الربع الأول"),
    ("أبوظبي – البيان: أعلنت الشركة توظيف 300 مهندس في فرعها الجديد.", "ar",
     "أعلنت الشركة توظيف 300 مهندس في فرعها الجديد"),
    ("بيروت (رويترز) - قتل 12 شخصاً في انفجار بالمرفأ يوم الجمعة.", "ar",
     "قتل 12 شخصاً في انفجار بالمرفأ يوم الجمعة"),
    ("18:32 BST – Flooding killed 4 people in the south-west of the country.", "en",
     "Flooding killed 4 people in the south-west of the country"),
    ("9.05am - The central bank cut its key rate to 4.5%.", "en", "The central bank cut its key rate to 4.5%"),
    ("10:45 GMT | Police said 7 people were missing after the river burst its banks.", "en",
     "7 people were missing after the river burst its banks"),
    ("14:20 - أعلنت وزارة الصحة ارتفاع عدد الوفيات إلى 12 شخصاً.", "ar",
     "أعلنت وزارة الصحة ارتفاع عدد الوفيات إلى 12 شخصاً"),
    ("١٠:٤٥ ص – قتل 3 أشخاص في انهيار مبنى بالإسكندرية.", "ar", "قتل 3 أشخاص في انهيار مبنى بالإسكندرية"),
    # a place and a dash with neither agency nor date opens Arabic wire copy too (tests/test_s29_ar_place_dateline.py)
    ("القاهرة - أعلنت الحكومة خفض الدعم بنسبة 10% هذا العام.", "ar", "أعلنت الحكومة خفض الدعم بنسبة 10% هذا العام"),
])
def test_a_wire_dateline_or_time_stamp_prefix_is_furniture(text, lang, first):
    """A wire dateline ('LAGOS, March 3 (Reuters) -') or a live page's time stamp ('18:32 BST –')
    opening a paragraph is not part of the claim, nor are its date and figures."""
    a = analyze(f"Headline\n{text}", lang)
    body = [c for c in a.claims if c.start > len("Headline")]
    assert body and body[0].text == first
    assert all(x.start >= body[0].start for c in body for x in (*c.dates, *c.quantities))


@pytest.mark.parametrize("text,lang", [
    ("Paris, the French capital, had 2.1 million residents in 2023.", "en"),
    ("3.25 - 4.10 is the range analysts expect for the rate this year.", "en"),
    ("9.15 - 9.40 per cent is the band analysts expect for the rate.", "en"),
])
def test_a_sentence_without_an_agency_or_stamp_keeps_its_start(text, lang):
    a = analyze(f"Headline\n{text}", lang)
    assert any(c.start == len("Headline\n") for c in a.claims)


@pytest.mark.parametrize("text,lang", [
    ("Copyright lawsuits against AI developers rose to 30 in 2024, court records show.", "en"),
    ("حقوق النشر أصبحت محور نزاع بين 12 دار نشر وشركة تقنية كبرى في القاهرة العام الماضي.", "ar"),
])
def test_a_sentence_about_copyright_is_not_a_footer(text, lang):
    claims = analyze(f"Headline\n{text}\nMore text follows here.", lang).claims
    assert any(c.text.startswith(text.split()[0]) for c in claims)


# Lines that share a word with page furniture but state a fact: a counter bar is count labels and
# numbers only; a dateline needs a date word, a time or a numeric date; a channel promotion is mostly
# interface words; a note needs its label and a colon; a credit opens or ends its line; an address
# line has no count.
NEAR_FURNITURE = [
    ("Shares fell 5% to 120 pence", "en"),
    ("Views of the dam rose 40% in 2024", "en"),
    ("The video drew 5 million views in two days", "en"),
    ("Comments from 1,200 residents were filed", "en"),
    ("عدد القتلى يرتفع إلى 86", "ar"),
    ("المشاهدات تجاوزت 5 ملايين خلال يومين", "ar"),
    ("عدد الزيارات السياحية بلغ 3 ملايين في 2024", "ar"),
    ("Revenue fell 4% in 2024", "en"),
    ("• Revenue fell 4% in 2024", "en"),
    ("Turnout was 61 in 2019", "en"),
    ("Exports rose 12% in 2023", "en"),
    ("ارتفعت الصادرات 12% في 2023", "ar"),
    ("- تراجع الإنتاج 7 في 2024", "ar"),
    ("The TV channel said 12 reporters were detained in May.", "en"),
    ("Latest figures show exports rose 12% in 2024.", "en"),
    ("تابعوا التحقيق الذي كشف أن 12 شركة تهربت من الضرائب عام 2024.", "ar"),
    ("Correction officers said 3 inmates escaped on Monday.", "en"),
    ("Corrections to the budget cut spending by $2 billion in 2024.", "en"),
    ("The ministry said 5,000 people registered at www.example.gov in May.", "en"),
    ("Two reporters who contributed to this report were detained for 3 days in May.", "en"),
    ("The views expressed by 12 of the 15 council members favoured the plan.", "en"),
    ("تصحيح المسار الاقتصادي تطلب خفض الدعم 10% في 2024.", "ar"),
    ("سجل 5 آلاف شخص عبر الموقع www.example.gov خلال مايو.", "ar"),
]


@pytest.mark.parametrize("line,lang", NEAR_FURNITURE)
def test_a_fact_line_near_furniture_vocabulary_keeps_its_claim(line, lang):
    text = f"{BODY[lang]}\n{line}\n{BODY[lang]}"
    start = text.index(line)
    assert any(start <= c.start < start + len(line) for c in analyze(text, lang).claims)
