"""Sentence segmentation: offsets into the original text, Arabic and English punctuation."""
import pytest

from factcheck.pipeline import analyze
from factcheck.text.segment import segment, split_sentences


def _sentences(text):
    return [text[s:e] for s, e in split_sentences(text, 0, len(text))]


@pytest.mark.parametrize("text,want", [
    ("ارتفع المؤشر 4.3 نقطة. وتراجع الدولار.", ["ارتفع المؤشر 4.3 نقطة.", "وتراجع الدولار."]),
    ("بلغ النمو ٤٫٣٪ هذا العام. وقال الوزير إنه راض.", ["بلغ النمو ٤٫٣٪ هذا العام.", "وقال الوزير إنه راض."]),
    ("هل ترتفع الأسعار؟ يتوقع الخبراء ذلك.", ["هل ترتفع الأسعار؟", "يتوقع الخبراء ذلك."]),
    ("إكس يستغني عن 500 موظف.. ماسك يعيد الهيكلة", ["إكس يستغني عن 500 موظف..", "ماسك يعيد الهيكلة"]),
    ("قال: «سنواصل العمل. لن نتوقف». وأضاف أن الخطة جاهزة.",
     ["قال: «سنواصل العمل. لن نتوقف».", "وأضاف أن الخطة جاهزة."]),
    ("التقى د. أحمد زويل بالطلاب. ثم غادر.", ["التقى د. أحمد زويل بالطلاب.", "ثم غادر."]),
    ("كن أول من يعلق!إكس تعلن", ["كن أول من يعلق!", "إكس تعلن"]),
    ("Mr. Smith paid $4.3 billion. Shares rose.", ["Mr. Smith paid $4.3 billion.", "Shares rose."]),
    ("J. K. Rowling spoke at 3 p.m. on Friday.", ["J. K. Rowling spoke at 3 p.m. on Friday."]),
    ("He works in the U.S. The firm is in Ohio.", ["He works in the U.S.", "The firm is in Ohio."]),
    ("Apple Inc. said sales rose.", ["Apple Inc. said sales rose."]),
    ('She said: "We will grow. We are sure." Then she left.',
     ['She said: "We will grow. We are sure."', "Then she left."]),
    ("Really? Yes! It happened…", ["Really?", "Yes!", "It happened…"]),
    ("Growth was 4.5 per cent. e.g. in Asia.", ["Growth was 4.5 per cent. e.g. in Asia."]),
    ("\u200fارتفع السهم.\u200f ثم هبط.", ["ارتفع السهم.", "ثم هبط."]),
])
def test_split_sentences(text, want):
    assert _sentences(text) == want


def test_headline_and_paragraph_indices():
    text = "Headline here\n\nFirst para. Second sentence.\nThird para."
    segs = segment(text)
    assert [s.text for s in segs] == ["Headline here", "First para.", "Second sentence.", "Third para."]
    assert [s.paragraph for s in segs] == [0, 1, 1, 2]
    assert [s.headline for s in segs] == [True, False, False, False]
    assert all(text[s.start:s.end] == s.text for s in segs)


@pytest.mark.parametrize("text", ["", "   \n\n", "...", "\u200f\u200e", "«»", "٤٫٣"])
def test_degenerate_inputs_keep_offsets(text):
    for s in segment(text):
        assert text[s.start:s.end] == s.text


@pytest.mark.parametrize("line,first", [
    ("1. The firm cut 300 jobs.", "The"),
    ("12) The firm cut 300 jobs.", "The"),
    ("• Revenue fell 4% in 2024", "Revenue"),
    ("- Profit rose to $2 million", "Profit"),
    ("* Exports rose 12% in 2023", "Exports"),
    ("٣- ارتفعت الأسعار ٥٪ في أغسطس", "ارتفعت"),
    ("2. أغلقت الشركة 12 متجراً.", "أغلقت"),
    ("▪ تراجع الإنتاج 7% في 2024", "تراجع"),
])
def test_a_list_marker_is_not_part_of_the_sentence(line, first):
    """A bullet or a number opening a list item is layout: the sentence (and its claim) starts after
    it, so the item number is never read as a quantity."""
    text = f"Key figures\n{line}"
    seg = [s for s in segment(text) if s.paragraph == 1][0]
    assert seg.text.startswith(first) and text[seg.start:seg.end] == seg.text
    lang = "ar" if first[0] >= "\u0600" else "en"
    claims = [c for c in analyze(text, lang).claims if c.start >= seg.start]
    assert claims and claims[0].start == seg.start
    assert all(q.start >= seg.start for c in claims for q in c.quantities)


@pytest.mark.parametrize("line", ["1.5 million people voted.", "-5% was the drop in output.", "2024 was a record year."])
def test_a_number_opening_a_sentence_is_not_a_list_marker(line):
    text = f"Key figures\n{line}"
    assert [s for s in segment(text) if s.paragraph == 1][0].text == line


WRAPPED_EN = ("Port strike enters second week\n"
              "The strike at the port of Mombasa entered its eighth day on\n"
              "Monday, with about 1,400 dockworkers refusing to unload ships\n"
              "until the Kenya Ports Authority raises wages by 15%, union\n"
              "officials said.\n"
              "The authority said the stoppage had cost the economy at least\n"
              "$40 million so far.\n")
WRAPPED_AR = ("إضراب الموانئ يدخل أسبوعه الثاني\n"
              "دخل إضراب عمال ميناء بورتسودان يومه الثامن أمس، إذ يرفض نحو\n"
              "1400 عامل تفريغ السفن حتى ترفع هيئة الموانئ الأجور بنسبة\n"
              "15%، بحسب ما قال مسؤولون نقابيون.\n"
              "وقالت الهيئة إن التوقف كلف الاقتصاد ما لا يقل عن 40 مليون\n"
              "دولار حتى الآن.\n")


@pytest.mark.parametrize("text,lang,sentences", [
    (WRAPPED_EN, "en", ["The strike at the port of Mombasa entered its eighth day on\nMonday, with about 1,400 dockworkers "
                        "refusing to unload ships\nuntil the Kenya Ports Authority raises wages by 15%, union\nofficials said.",
                        "The authority said the stoppage had cost the economy at least\n$40 million so far."]),
    (WRAPPED_AR, "ar", ["دخل إضراب عمال ميناء بورتسودان يومه الثامن أمس، إذ يرفض نحو\n1400 عامل تفريغ السفن حتى ترفع هيئة "
                        "الموانئ الأجور بنسبة\n15%، بحسب ما قال مسؤولون نقابيون.",
                        "وقالت الهيئة إن التوقف كلف الاقتصاد ما لا يقل عن 40 مليون\nدولار حتى الآن."]),
])
def test_hard_wrapped_lines_are_joined_into_their_sentences(text, lang, sentences):
    """Text wrapped at a fixed width (wire feeds, e-mail, PDF copies) is reflowed: a line that fills the
    width and does not end a sentence continues on the next one (offsets still index the original)."""
    segs = segment(text)
    assert segs[0].text == text.splitlines()[0] and segs[0].headline
    assert [s.text for s in segs[1:]] == sentences
    assert all(text[s.start:s.end] == s.text for s in segs)


def test_hard_wrapped_amounts_keep_their_qualifier_and_source():
    claims = analyze(WRAPPED_EN, "en").claims
    cost = [c for c in claims if any(q.value == 40e6 for q in c.quantities)]
    assert cost and cost[0].quantities[0].qualifier == "at_least" and cost[0].attribution.type == "official"
    assert any(c.attribution.source and c.attribution.source.text == "union\nofficials" for c in claims)


@pytest.mark.parametrize("text", [
    # an article with full-length paragraph lines: short unpunctuated lines are headings and bylines
    "Kenya holds rate at 9.5%\nBy Jane Mwangi | Nairobi | Published 3 hours ago\nThe Central Bank of Kenya left its "
    "benchmark lending rate unchanged at 9.5% on Tuesday, citing easing inflation and a stable shilling.\nWhy it matters\n"
    "Inflation slowed to 4.1% in August from 4.4% in July, the Kenya National Bureau of Statistics said last week.",
    # a list of items of similar length, each with its own marker
    "Key figures\n• The firm cut 300 jobs at its plant in Ohio last month\n• It closed 12 stores across the state in May\n"
    "• Revenue fell 4% to $2 billion in the second quarter of 2024\n• Its shares lost 30% of their value this year",
    # paragraphs of one sentence each, without final marks (common in Arabic pages), of varied length
    "الحكومة تقر موازنة جديدة\nأقرت الحكومة موازنة العام المقبل بعجز يبلغ 4.5 مليار دولار\n"
    "وقال وزير المالية إن الإيرادات سترتفع 12%\nوتتوقع الوزارة نمواً بنسبة 3% في 2026 مع تحسن الصادرات والسياحة\n"
    "ورفضت المعارضة الموازنة\nوقال نواب إن 40 نائباً سيصوتون ضدها الأسبوع المقبل في جلسة علنية",
    # table rows
    "Cases\nSudan | 12,400 | 310\nSouth Sudan | 4,800 | 95\nEthiopia | 3,100 | 42\nSomalia | 2,900 | 61",
])
def test_lines_of_an_unwrapped_text_stay_apart(text):
    lines = text.splitlines()
    assert [text[s.start:s.end] for s in segment(text) if s.paragraph < len(lines)][0] == lines[0]
    assert max(s.paragraph for s in segment(text)) == len(lines) - 1
