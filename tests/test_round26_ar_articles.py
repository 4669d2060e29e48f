"""Round 26, Arabic sentences from other outlets and events (Levantine and Gulf press; courts, weather, sport,
health, elections, markets), every field checked: a definite word after a title is its adjective, not an
author's role (الناطق الإعلامي); the body after ل + the article (للشرطة) kinds the source; the weather service
(الأرصاد الجوية) is a state voice; a league round, a match minute, a gold karat (الجولة 12، الدقيقة 34، عيار
21) and the number joined to one are labels, not amounts; a second figure after مقابل is no model number; a
verb of warning with an object (حذر من) then a participle of saying reports through its subject."""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import article_claims, frame_rows, quantity_rows

from factcheck.pipeline import analyze

PUBLISHED = date(2025, 7, 20)


@pytest.mark.parametrize("text,expected", [
    ("وصرّح الناطق الإعلامي باسم مديرية الأمن العام بأن 4 أشخاص أصيبوا في حادث سير على طريق المطار.",
     [("4 أشخاص أصيبوا في حادث سير على طريق المطار", "official", "الناطق الإعلامي باسم مديرية الأمن العام",
       "وصرّح")]),
    ("وقالت الناطقة الإعلامية للبلدية إن 12 حيا تضرر من الأمطار.",
     [("12 حيا تضرر من الأمطار", "official", "الناطقة الإعلامية للبلدية", "وقالت")]),
])
def test_title_with_a_definite_adjective_is_no_author_note(text, expected):
    assert frame_rows(text, "ar", PUBLISHED) == expected


@pytest.mark.parametrize("text,kind", [
    ("وقال المتحدث الإعلامي للشرطة إن التحقيق ما زال مستمرا منذ 3 أيام.", "government"),
    ("وقال المتحدث الرسمي للوزارة إن 40 مدرسة أغلقت.", "government"),
    ("وقال المتحدث الرسمي للشركة إن الأرباح ارتفعت 5%.", "company"),
])
def test_body_after_lam_and_article_kinds_the_source(text, kind):
    a = analyze(text, "ar", PUBLISHED).claims[0].attribution
    assert (a.type, a.source_kind) == ("official", kind)


@pytest.mark.parametrize("text,expected", [
    ("وتوقعت الأرصاد الجوية أن تصل درجات الحرارة العظمى إلى 49 درجة في الكويت يوم الجمعة.",
     [("تصل درجات الحرارة العظمى إلى 49 درجة في الكويت يوم الجمعة", "official", "الأرصاد الجوية", "وتوقعت")]),
])
def test_weather_service_is_official(text, expected):
    assert frame_rows(text, "ar", PUBLISHED) == expected
    q, = analyze(text, "ar", PUBLISHED).claims[0].quantities
    assert (q.text, q.value, q.unit) == ("49 درجة", 49.0, "celsius")


@pytest.mark.parametrize("text,expected", [
    ("وفاز الهلال على النصر 3-1 في الجولة 12 من دوري روشن السعودي.", []),
    ("وسجل المهاجم هدفين في الدقيقتين 34 و78 ليرفع رصيده إلى 21 هدفا هذا الموسم.",
     [("هدفين", 2.0, "goal"), ("21 هدفا", 21.0, "goal")]),
    ("وتراجع سعر غرام الذهب عيار 21 في الأردن 30 قرشا إلى 52.6 دينار.",
     [("30 قرشا", 0.3, "JOD/g"), ("52.6 دينار", 52.6, "JOD/g")]),  # round 32: the price of a gram
    ("وأحرز البديل هدف الفوز في الدقيقة 89 أمام 15 ألف متفرج.", [("15 ألف متفرج", 15000.0, "person")]),
    # a position in a ranking is a rank (session 22), never a count of centres
    ("واحتل المنتخب الأردني المركز 64 في تصنيف الفيفا.", [("المركز 64", 64.0, "rank")]),
    # kept: a count joined to a count
    ("وقتل 3 أشخاص و5 جنود في الهجوم.", [("3 أشخاص", 3.0, "person"), ("5 جنود", 5.0, "person")]),
])
def test_labels_are_no_amounts(text, expected):
    assert quantity_rows(text, "ar", ("text", "value", "unit")) == expected


@pytest.mark.parametrize("text,expected", [
    ("وأظهرت نتائج فرز الأصوات فوز المرشح المستقل بـ 4520 صوتا مقابل 3980 لمنافسه.",
     [("4520 صوتا", 4520.0, "vote"), ("3980", 3980.0, "vote")]),
    ("وصوت 61 نائبا لصالح القرار مقابل 35 عارضوه.", [("61 نائبا", 61.0, "person"), ("35", 35.0, "person")]),
])
def test_second_figure_after_muqabil(text, expected):
    assert quantity_rows(text, "ar", ("text", "value", "unit")) == expected


@pytest.mark.parametrize("text,expected", [
    ("وحذرت المديرية العامة للدفاع المدني من تشكل السيول، مشيرة إلى أن كميات الأمطار تجاوزت 60 ملم.",
     [("كميات الأمطار تجاوزت 60 ملم", "official", "المديرية العامة للدفاع المدني", "مشيرة")]),
    ("وشدد وزير الداخلية على ضرورة الالتزام بالتعليمات، موضحا أن 300 مخالفة سجلت.",
     [("300 مخالفة سجلت", "official", "وزير الداخلية", "موضحا")]),
])
def test_warning_verb_then_participle(text, expected):
    assert frame_rows(text, "ar", PUBLISHED) == expected


GULF_WEATHER = (
    'الكويت تسجل أعلى حرارة هذا الصيف\n'
    '\n'
    'الكويت - 19 تموز (كونا) - سجلت محطة الجهراء 51 درجة مئوية يوم السبت.\n'
    '\n'
    'وتوقعت الأرصاد الجوية أن تبلغ درجة الحرارة 50 درجة الأحد.\n'
    '\n'
    'وبيّن مدير إدارة الأرصاد أن الرطوبة ستنخفض إلى 15% مساء.\n'
    '\n'
    'وارتفع سعر لتر البنزين 5 فلوس، بحسب تقديرات محلية.'
)


def test_gulf_weather_article():
    got = article_claims(GULF_WEATHER, "ar", PUBLISHED, 4, 5, ["كونا", "19 تموز"])
    c = got["سجلت محطة الجهراء 51 درجة مئوية يوم السبت"]
    assert [(q.value, q.unit) for q in c.quantities] == [(51.0, "celsius")]
    assert [d.value for d in c.dates] == ["2025-07-19"]
    c = got["تبلغ درجة الحرارة 50 درجة الأحد"]
    assert [(q.text, q.unit) for q in c.quantities] == [("50 درجة", "celsius")]
    assert (c.attribution.type, c.attribution.source.text) == ("official", "الأرصاد الجوية")
    c = got["الرطوبة ستنخفض إلى 15% مساء"]
    assert (c.attribution.type, c.attribution.source.text, c.attribution.cue.text) == (
        "official", "مدير إدارة الأرصاد", "وبيّن")
    c = got["وارتفع سعر لتر البنزين 5 فلوس"]
    assert (c.attribution.type, c.attribution.source.text) == ("unattributed", "تقديرات محلية")


@pytest.mark.parametrize("text,event", [
    ("وسجلت مدينة العين أدنى درجة حرارة بلغت 18 درجة فجر اليوم.", None),  # Al Ain, not 'appointed'
    ("وأصيب 4 أشخاص في اشتباك قرب عين الحلوة.", "casualties"),
    ("وعين مجلس الإدارة أحمد سالم مديرا عاما للشركة براتب 50 ألف درهم.", "appointment"),
    ("وعينت الحكومة 5 سفراء جدد.", "appointment"),
])
def test_bare_ayyana_needs_a_post(text, event):
    claims = analyze(text, "ar", PUBLISHED).claims
    assert [c.event for c in claims] == [event]


@pytest.mark.parametrize("text,expected", [
    ("وأكد مصدر أمني عراقي أن 9 عناصر من تنظيم داعش قتلوا في غارة جوية.", [("9 عناصر", 9.0, "person")]),
    ("واعتقلت الشرطة 14 عنصرا من العصابة.", [("14 عنصرا", 14.0, "person")]),
    ("وأعلن حزب الله مقتل 3 من عناصره في غارة إسرائيلية.", [("3 من عناصره", 3.0, "person")]),  # his (ه, not ة)
    ("وقال المدير إن الشركة سرحت 40 من موظفيه.", [("40 من موظفيه", 40.0, "person")]),
    ("وأضاف أن البحث ما زال جاريا عن مفقودين اثنين.", [("مفقودين اثنين", 2.0, "person")]),  # two after the noun
    ("وتوفي مريض واحد في المستشفى.", [("مريض واحد", 1.0, "person")]),
    ("واستمر الإضراب يومين اثنين.", [("يومين", 2.0, "day")]),
    # round 34: an ordinal of occurrence counts the occurrences so far (it was left out before)
    ("وتأهل الأهلي المصري إلى نهائي دوري أبطال أفريقيا للمرة 17 في تاريخه.", [("للمرة 17", 17.0, "times")]),
    ("وفاز الفريق بالبطولة للمرة الثالثة بعد 12 عاما.", [("للمرة الثالثة", 3.0, "times"), ("12 عاما", 12.0, "year")]),
])
def test_members_counted_and_times_ordinal(text, expected):
    assert quantity_rows(text, "ar", ("text", "value", "unit")) == expected


@pytest.mark.parametrize("text,expected", [
    ("وكانت وزارة المياه قد أعلنت في وقت سابق أن 40 بئرا جفت.",
     [("40 بئرا جفت", "official", "وزارة المياه", "أعلنت")]),
    ("وزارة المياه أعلنت في وقت سابق أن 40 بئرا جفت.", [("40 بئرا جفت", "official", "وزارة المياه", "أعلنت")]),
    # a press conference or an interview names nobody: the last speaker goes on
    ("وقال الوزير إن الأمطار غزيرة.\n\nوأشار في حديث لقناة المملكة إلى أن 40 منزلا غمرتها المياه.",
     [("الأمطار غزيرة", "official", "الوزير", "وقال"), ("40 منزلا غمرتها المياه", "official", "الوزير", "وأشار")]),
    ("وقالت المحافظة إن المدارس أغلقت.\n\nوقالت في مؤتمر صحفي إن 12 طريقا قطعت.",
     [("المدارس أغلقت", "official", "المحافظة", "وقالت"), ("12 طريقا قطعت", "official", "المحافظة", "وقالت")]),
    # a formal statement stands in for its body
    ("وقالت في بيان إن 40 منزلا غمرتها المياه.", [("40 منزلا غمرتها المياه", "official", "بيان", "وقالت")]),
])
def test_adverbial_and_channel_before_the_complement(text, expected):
    assert frame_rows(text, "ar", PUBLISHED) == expected


@pytest.mark.parametrize("line,dateline,claims", [
    ("بيروت – 14 تموز 2025 – قالت وزارة الصحة إن 40 شخصا أصيبوا.", "بيروت – 14 تموز 2025 –", ["40 شخصا أصيبوا"]),
    ("الرياض 14 يوليو 2025 (واس) - أعلنت وزارة الداخلية ضبط 40 كيلوغراما من المخدرات.", "الرياض 14 يوليو 2025 (واس) -",
     ["أعلنت وزارة الداخلية ضبط 40 كيلوغراما من المخدرات"]),
    ("مكة المكرمة 12 رمضان 1446 هـ (واس) - أعلنت الرئاسة العامة أن مليوني معتمر أدوا العمرة.",
     "مكة المكرمة 12 رمضان 1446 هـ (واس) -", ["مليوني معتمر أدوا العمرة"]),
    ("مسقط في 3 سبتمبر /العمانية/ أعلن البنك المركزي العماني أن الأصول ارتفعت 6%.", "مسقط في 3 سبتمبر /العمانية/",
     ["الأصول ارتفعت 6%"]),
    ("الكويت، 4 سبتمبر 2025 (كونا) -- قال وزير النفط إن الإنتاج بلغ 2.5 مليون برميل يوميا.",
     "الكويت، 4 سبتمبر 2025 (كونا) --", ["الإنتاج بلغ 2.5 مليون برميل يوميا"]),
    # no agency and no year: a clause with a date in it, no dateline
    ("قال الجيش - 12 مارس - إن 40 شخصا قتلوا.", None, ["40 شخصا قتلوا"]),
])
def test_dated_datelines_of_gulf_and_levant_agencies(line, dateline, claims):
    text = "عنوان الخبر\n\n" + line
    a = analyze(text, "ar", PUBLISHED)
    got = [c for c in a.claims if c.start > text.index("\n")]
    assert [c.text for c in got] == claims
    assert all(not c.dates for c in got)
    assert [s.text for s in a.segments if s.furniture] == ([dateline] if dateline else [])


@pytest.mark.parametrize("text,expected", [
    ("وحكمت المحكمة بالإعدام على 3 متهمين وبالسجن المؤبد على 5 آخرين.",
     [("3 متهمين", 3.0, "person"), ("5", 5.0, "person")]),
    ("وأصيب 4 جنود، فيما نقل 7 آخرون إلى المستشفى.", [("4 جنود", 4.0, "person"), ("7", 7.0, "person")]),
    ("وارتفعت الأسعار 5% وتراجعت 3 أخرى.", [("5%", 5.0, "percent"), ("3", 3.0, None)]),  # a share counts nothing
])
def test_others_count_what_the_figure_before_counts(text, expected):
    assert quantity_rows(text, "ar", ("text", "value", "unit")) == expected


@pytest.mark.parametrize("text,expected", [
    ("وقال لرويترز مسؤول في الوزارة إن 20 مشروعا توقفت.",
     [("20 مشروعا توقفت", "anonymous", "مسؤول في الوزارة", "وقال")]),
    ("وقال لـ«الغد» مسؤول في الوزارة إن 20 مشروعا توقفت.",
     [("20 مشروعا توقفت", "anonymous", "مسؤول في الوزارة", "وقال")]),
    ("وقال الوزير إن الموازنة بلغت 12 مليار دينار.\n\nوأوضح لـ«الغد» أن 20 مشروعا توقفت.",
     [("الموازنة بلغت 12 مليار دينار", "official", "الوزير", "وقال"),
      ("20 مشروعا توقفت", "official", "الوزير", "وأوضح")]),
    ("وقال الوزير إن الموازنة بلغت 12 مليار دينار.\n\nوأضاف لرويترز أن 20 مشروعا توقفت.",
     [("الموازنة بلغت 12 مليار دينار", "official", "الوزير", "وقال"),
      ("20 مشروعا توقفت", "official", "الوزير", "وأضاف")]),
])
def test_outlet_told_right_after_the_verb_is_no_source(text, expected):
    assert frame_rows(text, "ar", PUBLISHED) == expected


@pytest.mark.parametrize("text,expected", [
    ("وطالبت النقابة بوقف الاقتطاعات، مؤكدة أن 3 آلاف عامل تضرروا.",
     [("3 آلاف عامل تضرروا", "official", "النقابة", "مؤكدة")]),
])
def test_demand_with_bi_object_then_participle(text, expected):
    assert frame_rows(text, "ar", PUBLISHED) == expected


@pytest.mark.parametrize("text,expected", [
    ("وأعلنت الحكومة عطلة رسمية لمدة 3 أيام اعتبارا من يوم الأحد.",
     [("وأعلنت الحكومة عطلة رسمية لمدة 3 أيام اعتبارا من يوم الأحد", "official", "الحكومة", "وأعلنت")]),
    ("وأعلنت الحكومة هدنة إنسانية في غزة لمدة 4 أيام.",
     [("وأعلنت الحكومة هدنة إنسانية في غزة لمدة 4 أيام", "official", "الحكومة", "وأعلنت")]),
    # a name ending like an adjective is still the speaker's
    ("وأعلن المدرب كارلو أنشيلوتي رحيله عن النادي بعد 3 مواسم.",
     [("وأعلن المدرب كارلو أنشيلوتي رحيله عن النادي بعد 3 مواسم", "named", "المدرب كارلو أنشيلوتي", "وأعلن")]),
])
def test_announced_noun_with_its_adjectives(text, expected):
    assert frame_rows(text, "ar", PUBLISHED) == expected


@pytest.mark.parametrize("text,expected", [
    ("وأعلنت الهيئة العامة للطيران المدني الكويتية إلغاء 22 رحلة بسبب الغبار.",
     [("وأعلنت الهيئة العامة للطيران المدني الكويتية إلغاء 22 رحلة بسبب الغبار", "official",
       "الهيئة العامة للطيران المدني الكويتية", "وأعلنت")]),
    ("وأعلنت وزارة الداخلية إلقاء القبض على 12 شخصا.",
     [("وأعلنت وزارة الداخلية إلقاء القبض على 12 شخصا", "official", "وزارة الداخلية", "وأعلنت")]),
])
def test_hamza_initial_verbal_noun_is_no_article(text, expected):
    assert frame_rows(text, "ar", PUBLISHED) == expected


@pytest.mark.parametrize("text,expected", [
    ("وأفاد مراسل الجزيرة نقلا عن مصادر طبية بأن 20 شخصا أصيبوا.",
     [("20 شخصا أصيبوا", "named", "مراسل الجزيرة", "وأفاد", "مصادر طبية")]),
    ("وقال مراسل الجزيرة نقلا عن مصادر طبية إن 20 شخصا أصيبوا.",
     [("20 شخصا أصيبوا", "named", "مراسل الجزيرة", "وقال", "مصادر طبية")]),
])
def test_relay_inside_the_source_is_cited(text, expected):
    assert frame_rows(text, "ar", PUBLISHED, cited=True) == expected


def test_report_with_adjective_as_last_paragraph_is_no_author_note():
    text = "عنوان الخبر\n\nقال الوزير إن 5 أشخاص قتلوا.\n\nوتحدثت تقارير صحفية عن سقوط 10 قتلى."
    rows = frame_rows(text, "ar", PUBLISHED)
    assert rows[-1] == ("سقوط 10 قتلى", "anonymous", "تقارير صحفية", None)
    a = analyze("عنوان الخبر\n\nقال الوزير إن 5 أشخاص قتلوا.\n\nسامر يوسف صحفي مقيم في بيروت.", "ar", PUBLISHED)
    assert [s.text for s in a.segments if s.furniture] == ["سامر يوسف صحفي مقيم في بيروت."]


@pytest.mark.parametrize("text,expected", [
    ("وبحسب لائحة الاتهام، استولى المتهم على 2.3 مليون درهم من أموال الشركة.",
     [("استولى المتهم على 2.3 مليون درهم من أموال الشركة", "named", "لائحة الاتهام", "وبحسب")]),
    # kept: a list one acts in conformity with
    ("وتم توزيع المساعدات وفق لائحة أعدتها الوزارة على 300 أسرة.",
     [("وتم توزيع المساعدات وفق لائحة أعدتها الوزارة على 300 أسرة", "unattributed", None, None)]),
])
def test_indictment_is_a_source(text, expected):
    assert frame_rows(text, "ar", PUBLISHED) == expected


@pytest.mark.parametrize("text,expected", [
    ("وأكد المدير التنفيذي لشركة طيران الجزيرة أن الشركة نقلت 1.6 مليون مسافر في النصف الأول.",
     ("official", "company", "المدير التنفيذي لشركة طيران الجزيرة")),
    ("وأعلن بنك الجزيرة أن أرباحه ارتفعت 12%.", ("official", "company", "بنك الجزيرة")),
    # kept: the outlet, its office and its reporter
    ("وأفاد مراسل الجزيرة بأن 15 غارة استهدفت المنطقة.", ("named", "media", "مراسل الجزيرة")),
    ("وقال مدير مكتب الجزيرة في بيروت إن 3 صحفيين أصيبوا.", ("named", "media", "مدير مكتب الجزيرة في بيروت")),
])
def test_outlet_name_inside_a_company_name(text, expected):
    a = analyze(text, "ar", PUBLISHED).claims[0].attribution
    assert (a.type, a.source_kind, a.source.text) == expected


def test_violators_are_people():
    assert quantity_rows("وأفادت وزارة الداخلية بأن قوات الأمن ضبطت 21 ألف مخالف.", "ar", ("text", "value", "unit")) == [
        ("21 ألف مخالف", 21000.0, "person")]
