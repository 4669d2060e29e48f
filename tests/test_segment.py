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
