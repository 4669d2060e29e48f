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
    ("The firm cut prices", "en", "price_change"),  # lowering a price, as "raised prices" (round 32)
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


@pytest.mark.parametrize("text,lang,want", [
    ("قرر البنك المركزي الأردني رفع أسعار الفائدة 25 نقطة أساس", "ar", "rate_change"),
    ("وثبتت لجنة السياسة النقدية سعر الفائدة عند 11%", "ar", "rate_change"),
    ("The Bank of England held its key rate at 5.25%", "en", "rate_change"),
    ("The Fed raised interest rates by 50 basis points", "en", "rate_change"),
    ("The central bank lowered its overnight lending rate to 9%", "en", "rate_change"),
    ("تعاقد نادي الوحدة مع المهاجم البرازيلي لمدة موسمين", "ar", "transfer"),
    ("وافق الزمالك على بيع لاعبه الدولي إلى نادٍ قطري", "ar", "transfer"),
    ("Chelsea signed the Brazilian winger for 60 million pounds", "en", "transfer"),
    ("The club agreed to sell its striker to a Spanish side", "en", "transfer"),
    ("أقر البرلمان الموازنة العامة للعام المقبل بعجز 4%", "ar", "budget"),
    ("قدرت وزارة المالية الكويتية الإيرادات بنحو 18 مليار دينار", "ar", "budget"),
    ("The government's budget deficit widened to 6% of GDP", "en", "budget"),
    ("Treasury revenue from the tax reached $40 billion", "en", "budget"),
    ("Apple's revenue rose 8% to $90 billion", "en", "earnings"),
    ("ضرب زلزال بقوة 5.9 درجات جزيرة كريت", "ar", "disaster"),
    ("وشعر سكان في جنوب لبنان بالهزة الأرضية", "ar", "disaster"),
    ("Floods swept through three provinces after a week of rain", "en", "disaster"),
    ("The earthquake killed 14 people in two villages", "en", "casualties"),
    ("حصد حزب الشعب 42 مقعداً في البرلمان", "ar", "election"),
    ("Labour won 411 seats in the House of Commons", "en", "election"),
    ("وقعت المجموعة اتفاقية للاستحواذ على شركة الشحن", "ar", "acquisition"),
    ("The two firms signed an agreement under which Acme will acquire Beta", "en", "acquisition"),
    ("ارتفعت أسعار الذهب 2% بعد قرار خفض الفائدة", "ar", "price_change"),
])
def test_more_event_types(text, lang, want):
    assert detect_event(text, 0, len(text), lang)[0] == want


def test_an_outlet_quoted_after_li_is_not_the_subject():
    text = 'وقال الخبير الاقتصادي لـ"الشروق" إن البنك المركزي خفض الفائدة'
    _, span, _ = detect_event(text, 0, len(text), "ar")
    assert span is None or span.text != "الشروق"


@pytest.mark.parametrize("text,lang", [
    ("The unemployment rate held at 4.1% in October", "en"),
    ("رفعت الشركة عائداتها من التصدير 10%", "ar"),
    ("The club raised ticket prices for the new season", "en"),
])
def test_not_a_rate_decision(text, lang):
    assert detect_event(text, 0, len(text), lang)[0] != "rate_change"
