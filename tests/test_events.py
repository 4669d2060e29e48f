"""Event triggers (both languages, clitics and inflections) and claim subjects."""
import pytest

from factcheck.extract.events import detect_event

CASES = [
    ("وسرّحت الشركة 200 عامل", "ar", "layoff"),
    ("بالاستغناء عن 90 موظفاً", "ar", "layoff"),
    ("واستقالت رئيسة الوزراء من منصبها", "ar", "departure"),
    ("بعد مغادرته الشركة الشهر الماضي", "ar", "departure"),
    ("تعيين سارة أحمد مديرة تنفيذية", "ar", "appointment"),
    ("وتأسست الشركة عام 2010", "ar", "founding"),
    ("لجمع 50 مليون دولار من المستثمرين", "ar", "funding"),
    ("اندماج البنكين في كيان واحد", "ar", "merger"),
    ("استحواذ المجموعة على حصة الأغلبية", "ar", "acquisition"),
    ("ارتفعت أسعار الذهب 2%", "ar", "price_change"),
    ("ارتفع عدد الزوار إلى مليون", "ar", None),
    ("جمع الطلاب الكتب من المكتبة", "ar", None),
    ("مقتل 7 أشخاص في حادث", "ar", "casualties"),
    ("اعتقلت السلطات 3 صحفيين", "ar", "arrest"),
    ("The startup raised $20 million", "en", "funding"),
    ("Meta is laying off 5% of staff", "en", "layoff"),
    ("The firm cut 1,000 jobs", "en", "layoff"),
    ("The firm cut prices", "en", None),
    ("She stepped down as chair", "en", "departure"),
    ("He was appointed CEO", "en", "appointment"),
    ("Microsoft acquired Activision", "en", "acquisition"),
    ("The two banks agreed to merge", "en", "merger"),
    ("Quarterly revenue reached $4 billion", "en", "earnings"),
    ("Shares fell 4%", "en", "price_change"),
    ("Temperatures fell overnight", "en", None),
    ("Police detained two men", "en", "arrest"),
    ("The court ruled against the company", "en", "lawsuit"),
    ("These layoffs follow the merger with Beta", "en", "merger"),
    ("تأتي هذه الاستقالات بعد دمج الشركتين", "ar", "merger"),
]


@pytest.mark.parametrize("text,lang,want", CASES)
def test_event_triggers(text, lang, want):
    assert detect_event(text, 0, len(text), lang)[0] == want


@pytest.mark.parametrize("text,lang,subject,key", [
    ('أعلنت شركة "نوفا" تسريح 100 موظف', "ar", "نوفا", "نوفا"),
    ("استقال الرئيس التنفيذي جون سميث أمس", "ar", "جون سميث", "جون سميث"),
    ("أسس الملياردير إيلون ماسك شركة xAI", "ar", "إيلون ماسك", "ايلون ماسك"),  # the agent after a VSO verb
    ("طرحت «أرامكو» أسهماً جديدة", "ar", "أرامكو", "ارامكو"),
    ("Shares of Nvidia jumped 8%", "en", "Nvidia", "nvidia"),
    ("Finance Minister Rachel Reeves resigned", "en", "Rachel Reeves", "rachel reeves"),
    ("The Federal Trade Commission sued Google", "en", "Federal Trade Commission", "federal trade commission"),
])
def test_subject_span_and_key(text, lang, subject, key):
    _, span, got_key = detect_event(text, 0, len(text), lang)
    assert span is not None and span.text == subject and text[span.start:span.end] == subject
    assert got_key == key


def test_no_subject_without_a_name():
    assert detect_event("ارتفعت الأسعار في الأسواق", 0, 25, "ar")[1] is None
