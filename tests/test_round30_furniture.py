"""Round 30: page furniture found on articles written for this round (a Saudi agency report, a Reuters
monsoon story), each line checked in place."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze

# A "most read" heading opens the page; size and print widgets, the place-and-agency dateline, a photo
# credit and a reading time follow, then the story's own headline. A dateline opens the story, so the
# links list ended before it: the headline after it is the story's first claim, not one more link.
SAUDI = ("الأكثر قراءة\nحجم الخط\nطباعة\nالرياض - واس\nصورة أرشيفية (رويترز)\nدقيقتان للقراءة\n"
         "المملكة تستقبل 1.2 مليون حاج هذا الموسم\n"
         "أعلنت الهيئة العامة للإحصاء أن إجمالي عدد الحجاج بلغ 1,673,230 حاجاً.\n"
         "مشاهدات: 12,450\nاشترك في النشرة البريدية\nأخبار ذات صلة\n")
MONSOON = ("Most Read\nListen to this article · 4:12 min\nNEW DELHI (Reuters)\n"
           "India's monsoon rainfall 8% above average\n"
           "India's monsoon rains were 8% above the long-term average, the weather office said on Tuesday.\n"
           "Sign up here.\n")


@pytest.mark.parametrize("text, language, headline, value", [
    (SAUDI, "ar", "المملكة تستقبل 1.2 مليون حاج هذا الموسم", 1.2e6),
    (MONSOON, "en", "India's monsoon rainfall 8% above average", 8),
], ids=["ar", "en"])
def test_a_dateline_ends_a_links_list(text, language, headline, value):
    claims = analyze(text, language, date(2025, 9, 30)).claims
    head = [c for c in claims if c.text == headline]
    assert head and [q.value for q in head[0].quantities] == [value]


@pytest.mark.parametrize("text, language, line", [
    (SAUDI, "ar", "الأكثر قراءة"), (SAUDI, "ar", "حجم الخط"), (SAUDI, "ar", "الرياض - واس"),
    (SAUDI, "ar", "صورة أرشيفية (رويترز)"), (SAUDI, "ar", "دقيقتان للقراءة"), (SAUDI, "ar", "مشاهدات: 12,450"),
    (MONSOON, "en", "Listen to this article · 4:12 min"), (MONSOON, "en", "NEW DELHI (Reuters)"),
    (MONSOON, "en", "Sign up here."),
], ids=lambda v: v if len(v) < 40 else v[:2])
def test_furniture_lines_yield_nothing(text, language, line):
    start = text.index(line)
    claims = analyze(text, language, date(2025, 9, 30)).claims
    assert [c.text for c in claims if c.start < start + len(line) and c.end > start] == []


# A press release's dateline: the city, its country and the full date, closed by a colon or a dash; the
# Egyptian agencies' «القاهرة في 3 نوفمبر/» closes the date with a slash. The dateline is furniture; the
# sentence after it is the claim, whole.
@pytest.mark.parametrize("text, language, claim", [
    ("DOHA, Qatar – October 15, 2025: Qatar Airways today announced three weekly flights to Lyon.", "en",
     "Qatar Airways today announced three weekly flights to Lyon"),
    ("LAGOS, Nigeria - 2 March 2026: Dangote Refinery said it exported 1.2 million barrels of petrol.", "en",
     "it exported 1.2 million barrels of petrol"),
    ("الدوحة، قطر – 15 أكتوبر 2025: أعلنت الخطوط الجوية القطرية اليوم عن إطلاق ثلاث رحلات إلى ليون.", "ar",
     "أعلنت الخطوط الجوية القطرية اليوم عن إطلاق ثلاث رحلات إلى ليون"),
    ("الدار البيضاء، المغرب - 2 مارس 2026: أعلن بنك المغرب خفض سعر الفائدة إلى 2.25%.", "ar",
     "أعلن بنك المغرب خفض سعر الفائدة إلى 2.25%"),
    ("القاهرة في 3 نوفمبر/ أعلنت الحكومة اليوم رفع أسعار الوقود 10%.", "ar",
     "أعلنت الحكومة اليوم رفع أسعار الوقود 10%"),
], ids=["en-colon", "en-dash", "ar-colon", "ar-dash", "ar-slash"])
def test_a_release_dateline_is_not_a_claim(text, language, claim):
    claims = analyze(text, language, date(2026, 11, 20)).claims
    assert [c.text for c in claims] == [claim]


# «نبذة عن X» closes an Arabic release as 'About X' closes an English one: its profile paragraph is boilerplate.
RELEASE_AR = ("أعلنت شركة أرامكو السعودية اليوم عن أرباح صافية بلغت 26 مليار دولار في الربع الثالث.\n"
              "نبذة عن أرامكو السعودية\n"
              "تعد أرامكو السعودية من أكبر شركات الطاقة المتكاملة في العالم، وتنتج نحو 12 مليون برميل يومياً.\n"
              "للاستفسارات الإعلامية: media@example.com\n")


def test_an_arabic_about_section_closes_the_release():
    claims = analyze(RELEASE_AR, "ar", date(2025, 11, 4)).claims
    assert [c.text for c in claims] == ["أعلنت شركة أرامكو السعودية اليوم عن أرباح صافية بلغت 26 مليار دولار في الربع الثالث"]


def test_an_about_heading_without_a_profile_is_not_boilerplate():
    text = ("أعلنت الشركة عن أرباح بلغت 5 ملايين دولار.\nنبذة عن الصفقة\n"
            "وقالت الشركة إن الصفقة تشمل شراء 40 متجراً في الأردن.\n")
    claims = analyze(text, "ar", date(2025, 11, 4)).claims
    assert any("40 متجراً" in c.text for c in claims)


# A live page's entry headline ends with its source after a comma ('..., CalMac says', «...، بحسب مسؤول محلي»):
# short and unpunctuated like a section heading, but a reported claim.
@pytest.mark.parametrize("line, language, claim", [
    ("All ferries cancelled, CalMac says", "en", "All ferries cancelled"),
    ("Schools in Cork to stay shut, council says", "en", "Schools in Cork to stay shut"),
    ("إغلاق المدارس في عدن، بحسب مسؤول محلي", "ar", "إغلاق المدارس في عدن"),
], ids=["en-says", "en-council", "ar-bihasab"])
def test_a_reported_entry_headline_is_not_a_heading(line, language, claim):
    text = ("Live: storm hits the coast\n" if language == "en" else "مباشر: العاصفة تضرب الساحل\n") + \
        ("14:30\n" + line + "\nOne man died after a tree fell on his car.\n" if language == "en" else
         "14:30\n" + line + "\nوتوفي رجل بعد سقوط شجرة على سيارته.\n")
    claims = analyze(text, language, date(2025, 10, 3)).claims
    assert claim in [c.text for c in claims]


@pytest.mark.parametrize("line, language", [("Why workers are leaving", "en"), ("Reaction, in brief", "en"),
                                            ("خطط التوسع في أفريقيا", "ar")])
def test_a_section_heading_still_yields_nothing(line, language):
    body = "The union said 400 workers left in May." if language == "en" else "وقالت النقابة إن 400 عامل غادروا."
    text = "Headline of the day\n" + line + "\n" + body + "\n"
    claims = analyze(text, language, date(2025, 10, 3)).claims
    start = text.index(line)
    assert [c.text for c in claims if c.start < start + len(line) and c.end > start] == []


# An interview's question and answer labels («س:»/«ج:», "Q:"/"A:") are layout like a list bullet: the
# answer's claim starts after the label, the offsets still index the original text.
@pytest.mark.parametrize("text, language, claim", [
    ("حوار مع وزير المالية\nس: وماذا عن الدين العام؟\nج: بلغ الدين العام 44.7 مليار دينار حتى نهاية آب الماضي.\n",
     "ar", "بلغ الدين العام 44.7 مليار دينار حتى نهاية آب الماضي"),
    ("Interview with the finance minister\nQ: What about public debt?\nA: Public debt reached 44.7 billion dinars"
     " at the end of August.\n", "en", "Public debt reached 44.7 billion dinars at the end of August"),
], ids=["ar", "en"])
def test_interview_labels_are_not_claim_text(text, language, claim):
    claims = [c for c in analyze(text, language, date(2025, 10, 20)).claims if c.start > text.index("\n")]
    assert [c.text for c in claims] == [claim]
    assert text[claims[0].start:claims[0].end] == claim


# The page's head before the story: a site name or a short kicker ('Election 2025', «الدوري السعودي») above the
# story's headline. The kicker yields nothing; the headline under it is a claim even when it is short, has no
# figure and so looks like a section heading.
KICKER_AR = ("كووورة\nالدوري السعودي\nالهلال يكتسح الاتحاد برباعية ويعتلي الصدارة\nالرياض – خاص\n"
             "فاز الهلال على ضيفه الاتحاد 4-1 مساء السبت.\nوحضر المباراة نحو 26 ألف متفرج.\n")
KICKER_EN = ("Election 2025\nLiberals win fourth term as Carney secures minority\nBy Staff\n"
             "Mark Carney's Liberal Party won 169 of the 343 seats in the House of Commons.\n")


@pytest.mark.parametrize("text, language, headline, kicker", [
    (KICKER_AR, "ar", "الهلال يكتسح الاتحاد برباعية ويعتلي الصدارة", "الدوري السعودي"),
    (KICKER_EN, "en", "Liberals win fourth term as Carney secures minority", "Election 2025"),
], ids=["ar", "en"])
def test_the_headline_under_the_page_head_is_a_claim(text, language, headline, kicker):
    texts = [c.text for c in analyze(text, language, date(2025, 10, 26)).claims]
    assert headline in texts
    assert not any(kicker in t for t in texts)


def test_a_heading_inside_the_story_is_still_a_heading():
    text = ("Acme cuts 500 jobs in Leeds\nAcme said on Monday it would cut 500 jobs.\nWhy workers are leaving\n"
            "The union said 400 workers left in May.\n")
    texts = [c.text for c in analyze(text, "en", date(2025, 10, 26)).claims]
    assert "Why workers are leaving" not in texts and "Acme cuts 500 jobs in Leeds" in texts


# A page's notice about the article's age ('This article is more than 2 years old', the Guardian's archive
# banner) is about the page: it yields nothing, though it holds a figure.
@pytest.mark.parametrize("line, language", [
    ("This article is more than 2 years old", "en"), ("This story is over 5 years old", "en"),
    ("مضى على نشر هذا المقال أكثر من عامين", "ar"),
], ids=["en-article", "en-story", "ar"])
def test_an_age_notice_yields_nothing(line, language):
    body = "Israel freed nearly 2,000 prisoners on Monday." if language == "en" else "أطلقت إسرائيل سراح نحو 2000 أسير."
    text = ("Ceasefire holds\n" if language == "en" else "الهدنة صامدة\n") + line + "\n" + body + "\n"
    claims = analyze(text, language, date(2025, 10, 13)).claims
    start = text.index(line)
    assert [c.text for c in claims if c.start < start + len(line) and c.end > start] == []
    assert len(claims) >= 1


# An editor's correction note with its date between the label and the colon is about the article: the claim it
# reports from the earlier version ('cases had doubled') is not the article's claim.
@pytest.mark.parametrize("line, language", [
    ("Correction, 14 March 2025: An earlier version of this article said cases had doubled. They tripled.", "en"),
    ("Clarification, Oct. 3, 2025 - An earlier version of this story said 12 countries had reported cases.", "en"),
    ("تصحيح، 14 مارس 2025: ذكرت نسخة سابقة من هذا الخبر أن الإصابات تضاعفت، والصحيح أنها تضاعفت ثلاث مرات.", "ar"),
], ids=["en-correction", "en-clarification", "ar-correction"])
def test_a_dated_editors_note_yields_nothing(line, language):
    body = ("The WHO said 127,350 measles cases were reported in 2024." if language == "en"
            else "وقالت منظمة الصحة العالمية إن 127 ألف إصابة سجلت في 2024.")
    text = ("Measles cases triple in Europe\n" if language == "en" else "الحصبة تتضاعف في أوروبا\n") + body + "\n" + line + "\n"
    claims = analyze(text, language, date(2025, 3, 14)).claims
    start = text.index(line)
    assert [c.text for c in claims if c.start < start + len(line) and c.end > start] == []
    assert any("127" in c.text for c in claims)


# A section label before a bar opening the headline («حوار |», 'Exclusive |', 'Analysis |') is layout: the
# headline after it is read as it stands, its own source label included. A menu bar ('World | Business |
# Markets') keeps its bars and stays furniture.
@pytest.mark.parametrize("text, language, claim, kind, source", [
    ("حوار | وزير المالية الأردني: العجز سينخفض إلى 2.9% العام المقبل\nوقال الوزير إن الدين بلغ 44.7 مليار دينار.\n",
     "ar", "العجز سينخفض إلى 2.9% العام المقبل", "official", "وزير المالية الأردني"),
    ("Exclusive | Finance ministry: deficit will fall to 2.9% next year\nThe minister said debt reached $44bn.\n",
     "en", "deficit will fall to 2.9% next year", "official", "Finance ministry"),
], ids=["ar", "en"])
def test_a_section_label_before_a_bar_is_layout(text, language, claim, kind, source):
    claims = analyze(text, language, date(2025, 10, 20)).claims
    head = [c for c in claims if c.text == claim]
    assert head and (head[0].attribution.type, head[0].attribution.source.text) == (kind, source)


def test_a_menu_bar_stays_furniture():
    text = "World | Business | Markets | Sustainability\nAcme cuts 500 jobs\nAcme said it would cut 500 jobs.\n"
    assert not any("Markets" in c.text for c in analyze(text, "en", date(2025, 10, 20)).claims)


@pytest.mark.parametrize("line, language, is_menu", [
    ("World | Business | Markets | Sustainability", "en", True),
    ("Home › News › Economy", "en", True),
    ("الرئيسية » أخبار » اقتصاد", "ar", True),
    ("«الأهلي» يهزم «الزمالك» بثلاثية", "ar", False),
    ("Storm Amy | Live updates", "en", False),
], ids=["bars", "chevrons", "ar-chevrons", "ar-quotes", "two-cells"])
def test_menu_bars(line, language, is_menu):
    from factcheck.text.furniture import paragraph_furniture
    text = "Headline\n" + line + "\n"
    why = paragraph_furniture(text, 9, 9 + len(line), language, headline=False, last=False)
    assert (why == "widget") is is_menu
