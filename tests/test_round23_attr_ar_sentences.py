"""Round 23, Arabic attribution of single sentences: (1) a وهو/وهي description of the speaker after a
quotation and its trailing reporting clause (، قال X، وهو فلاح من ...) belongs to the reporting clause, not
a claim; one with a figure (وهو أب لـ5 أطفال) or a verb (وهي تعمل ... منذ 2010) stays a claim of its own;
(2) a title in apposition after a source that already ends in a personal name (المحامي خالد سليمان، دفاع
المتهم) is left out of the source span, as after a bare name; a name in apposition after a title
(مديرة المستشفى، سلوى حداد) stays in it; (3) a body named without the article (مطار دبي، شركة أرامكو،
منظمة «أطباء بلا حدود») announcing a verbal noun is the body's formal voice, the whole clause the claim;
(4) a verb-first reporting clause with a long venue adjunct (أمام لجنة ... في مجلس ... يوم الاثنين) is no
claim."""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import frame_rows

PUBLISHED = date(2025, 9, 14)


@pytest.mark.parametrize("text,expected", [
    # 1. a description of the speaker after a trailing reporting clause
    ("«لم نحصد سوى 3 قناطير في الهكتار»، قال محمد الهادي، وهو فلاح من ولاية سليانة.",
     [("«لم نحصد سوى 3 قناطير في الهكتار»", "named", "محمد الهادي", "قال")]),
    ("«فقدنا 200 رأس من الماشية هذا الصيف»، قالت فاطمة الزهراء، وهي مربية ماشية في الجلفة.",
     [("«فقدنا 200 رأس من الماشية هذا الصيف»", "named", "فاطمة الزهراء", "قالت")]),
    ("«نحتاج إلى 500 خيمة إضافية قبل الشتاء»، قال عثمان إبراهيم، وهو متطوع في الهلال الأحمر السوداني.",
     [("«نحتاج إلى 500 خيمة إضافية قبل الشتاء»", "named", "عثمان إبراهيم", "قال")]),
    ("«نحتاج إلى 500 خيمة إضافية قبل الشتاء»، قال عثمان إبراهيم، وهو أب لـ5 أطفال.",
     [("«نحتاج إلى 500 خيمة إضافية قبل الشتاء»", "named", "عثمان إبراهيم", "قال"),
      ("وهو أب لـ5 أطفال", "unattributed", None, None)]),
    ("«أغلقنا 4 فروع في المدينة»، قالت سارة منصور، وهي تعمل في الشركة منذ 2010.",
     [("«أغلقنا 4 فروع في المدينة»", "named", "سارة منصور", "قالت"),
      ("وهي تعمل في الشركة منذ 2010", "unattributed", None, None)]),
    # 2. a title after a source ending in a name is not the source; a name after a title is
    ("وقال المحامي خالد سليمان، دفاع المتهم، إن موكله سيطعن على الحكم خلال 40 يوما.",
     [("موكله سيطعن على الحكم خلال 40 يوما", "named", "المحامي خالد سليمان", "وقال")]),
    ("وأكد المهندس ياسر العبيدي، مدير الميناء، أن الميناء استقبل 70 سفينة.",
     [("الميناء استقبل 70 سفينة", "official", "المهندس ياسر العبيدي", "وأكد")]),
    ("وقالت مديرة المستشفى، سلوى حداد، إن 30 مريضا توفوا.",
     [("30 مريضا توفوا", "official", "مديرة المستشفى، سلوى حداد", "وقالت")]),
    # 3. a body named without the article announcing a verbal noun
    ("أعلن مطار دبي استقبال 23 مليون مسافر في النصف الأول.",
     [("أعلن مطار دبي استقبال 23 مليون مسافر في النصف الأول", "official", "مطار دبي", "أعلن")]),
    ("أعلنت شركة أرامكو تخفيض أسعار البروبان 5 في المئة.",
     [("أعلنت شركة أرامكو تخفيض أسعار البروبان 5 في المئة", "official", "شركة أرامكو", "أعلنت")]),
    ("وأعلنت منظمة «أطباء بلا حدود» وصول 40 طناً من الإمدادات الطبية.",
     [("وأعلنت منظمة «أطباء بلا حدود» وصول 40 طناً من الإمدادات الطبية", "official", "منظمة «أطباء بلا حدود»",
       "وأعلنت")]),
    ("أعلنت مجموعة موانئ أبوظبي تشغيل 3 خطوط ملاحية جديدة.",
     [("أعلنت مجموعة موانئ أبوظبي تشغيل 3 خطوط ملاحية جديدة", "official", "مجموعة موانئ أبوظبي", "أعلنت")]),
    # a name word of verbal-noun shape right after the head (إعمار) is the name; the verbal noun after it the object
    ("أعلنت شركة إعمار بيع 300 وحدة سكنية.",
     [("أعلنت شركة إعمار بيع 300 وحدة سكنية", "official", "شركة إعمار", "أعلنت")]),
    # 4. a long venue adjunct in a verb-first reporting clause
    ("وقال وزير الخارجية أيمن الصفدي أمام لجنة الشؤون الخارجية في مجلس الأعيان يوم الاثنين إن 1500 أردني غادروا السودان.",
     [("1500 أردني غادروا السودان", "official", "وزير الخارجية أيمن الصفدي", "وقال")]),
    ("وقال محافظ البنك المركزي خلال مشاركته في منتدى الاستثمار السنوي بمدينة مراكش إن التضخم سيتراجع إلى 2 في المئة.",
     [("التضخم سيتراجع إلى 2 في المئة", "official", "محافظ البنك المركزي", "وقال")]),
])
def test_frames(text, expected):
    assert frame_rows(text, "ar", PUBLISHED) == expected


HEAD = "بيروت – «النهار»\n"


@pytest.mark.parametrize("text,expected", [
    # the name علي (written with ي) after a given name or a kunya is the speaker's, not على of 'على أن'
    ("وقال محمد علي إن 20 عائلة غادرت القرية.",
     [("20 عائلة غادرت القرية", "named", "محمد علي", "وقال")]),
    ("وقال أبو علي إن 30 عائلة غادرت القرية.",
     [("30 عائلة غادرت القرية", "named", "أبو علي", "وقال")]),
    # the preposition على (with ى) before أن stays the verb's: 'أكد على أن'
    ("وأكد محمد على أن 40 عائلة غادرت القرية.",
     [("40 عائلة غادرت القرية", "named", "محمد", "وأكد")]),
    # a kunya with a surname; its وهو description between the source and إن is no claim
    ("وقال أبو محمد الحلبي، وهو تاجر في السوق، إن الأسعار ارتفعت 30 في المئة.",
     [("الأسعار ارتفعت 30 في المئة", "named", "أبو محمد الحلبي", "وقال")]),
])
def test_names(text, expected):
    assert frame_rows(HEAD + text, "ar", PUBLISHED) == expected
