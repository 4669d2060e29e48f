"""Round 23: page furniture recognised by general features.

- An author's note: a name opening the paragraph, then a journalist's role ("... is a climate correspondent",
  «... صحفي»، «... مراسل») or beat ("... covers Europe for ..."): no claim when the name is the byline's
  author, when the note says where the writer is based, or when it ends the article; a sentence naming a
  person to another post ("... is the new chief executive of ...") keeps its claim.
- A line opening with a call to the reader ("Click here to ...", "Sign up for ...", «اضغط هنا ...»).
- A table row: cells split by "|" or tabs, or a short label followed by figures only.
- A photo caption closed by a bare agency credit after its last sentence ("... September 10, 2025.
  REUTERS/Name", "... on Friday. Reuters", «... 2025. رويترز»), and audio or video player text.
"""
from __future__ import annotations

import pytest

from factcheck.pipeline import analyze

HEAD = {"ar": "ارتفاع أسعار الخبز في المدن الكبرى", "en": "Bread prices climb in big cities"}
BODY = {"ar": "قالت الهيئة إن 120 أسرة نزحت من القرية بسبب الفيضانات يوم الأربعاء.",
        "en": "The council said 120 families were moved out of the valley after the floods on Wednesday."}


def _claims_in(text: str, language: str, block: str) -> list[str]:
    claims = analyze(text, language).claims
    start = text.index(block)
    return [c.text for c in claims if c.start < start + len(block) and c.end > start]


@pytest.mark.parametrize(("byline", "bio", "language"), [
    ("By Jane Smith", "Jane Smith is a climate correspondent based in London.", "en"),
    ("By Peter Okafor", "Peter Okafor is a senior business reporter for the Lagos Herald.", "en"),
    ("By Ana Lucia Ferreira", "Ana Lucia Ferreira covers Latin American politics for the paper.", "en"),
    ("Words by Tom Reid", "Tom Reid is the paper's Asia editor. He lives in Singapore.", "en"),
    ("تحرير: سامر يوسف", "سامر يوسف صحفي مقيم في بيروت.", "ar"),
    ("الرباط - محمد العلوي", "محمد العلوي مراسل الصحيفة في الرباط ويغطي الشؤون الاقتصادية.", "ar"),
    ("بقلم: ليلى بن عمر", "ليلى بن عمر صحفية تونسية مقيمة في صفاقس.", "ar"),
    ("كتب: حسن عبد الله", "حسن عبد الله هو محرر الشؤون الدولية في الصحيفة.", "ar"),
])
def test_bio_of_byline_author_yields_no_claim(byline, bio, language):
    text = f"{HEAD[language]}\n\n{byline}\n\n{BODY[language]}\n\n{bio}"
    assert _claims_in(text, language, bio) == []
    assert len(analyze(text, language).claims) >= 1


@pytest.mark.parametrize(("bio", "language"), [
    # no byline: a general note at the end of the article
    ("Maria Gonzalez is a freelance journalist based in Bogota.", "en"),
    ("Kenji Watanabe is an economics writer at the Tokyo Ledger.", "en"),
    ("Omar Haddad covers energy and mining for the Gulf Times.", "en"),
    ("رنا خليل صحفية مستقلة مقيمة في عمّان.", "ar"),
    ("يوسف المصري مراسل الشؤون البرلمانية في القاهرة.", "ar"),
])
def test_general_bio_at_end_yields_no_claim(bio, language):
    text = f"{HEAD[language]}\n\n{BODY[language]}\n\n{bio}"
    assert _claims_in(text, language, bio) == []


@pytest.mark.parametrize(("line", "language"), [
    ("Jane Smith is the new chief executive of Acme, the company said.", "en"),
    ("Jane Smith is the new editor of the Daily Planet, the publisher said on Monday.", "en"),
    ("Rafael Costa is a reporter who was detained for 3 days in Caracas, his lawyer said.", "en"),
    ("سامر يوسف رئيس تنفيذي جديد لشركة الاتصالات، بحسب بيان الشركة.", "ar"),
])
def test_person_sentence_in_body_keeps_claim(line, language):
    text = f"{HEAD[language]}\n\n{line}\n\n{BODY[language]}"
    assert _claims_in(text, language, line) != []


@pytest.mark.parametrize(("line", "language"), [
    # a reported fact about a journalist, ending the article: its source makes it a claim, not a note
    ("Rafael Costa is a reporter for the Caracas Daily who was detained for 3 days, his lawyer said.", "en"),
    ("Lina Haddad is a freelance journalist based in Beirut, according to the court.", "en"),
    ("سامي نصر صحفي مقيم في بيروت اعتقل لمدة 3 أيام، بحسب محاميه.", "ar"),
])
def test_reported_fact_about_journalist_at_end_keeps_claim(line, language):
    text = f"{HEAD[language]}\n\n{BODY[language]}\n\n{line}"
    assert _claims_in(text, language, line) != []


@pytest.mark.parametrize(("line", "language"), [
    # the byline author named in a real sentence of the body keeps it
    ("Jane Smith is the new chief executive of Acme, the company said.", "en"),
])
def test_author_name_in_body_sentence_keeps_claim(line, language):
    text = f"{HEAD[language]}\n\nBy Jane Smith\n\n{line}\n\n{BODY[language]}"
    assert _claims_in(text, language, line) != []


@pytest.mark.parametrize(("block", "language"), [
    ("Click here to donate to the relief fund", "en"),
    ("Click here to read our full coverage of the crisis.", "en"),
    ("Sign up for the Morning Brief newsletter to get the day's top stories.", "en"),
    ("Tap here to follow the latest updates", "en"),
    ("اضغط هنا لمتابعة التغطية الكاملة", "ar"),
    ("انقر هنا لقراءة التقرير كاملاً.", "ar"),
    ("Region | 2024 | 2025\nNorth | 120 | 135\nSouth | 98 | 101", "en"),
    ("المنطقة | 2024 | 2025\nالشمال | 120 | 135\nالجنوب | 98 | 101", "ar"),
    ("المحافظة\t2023\t2024\nالبصرة\t410\t455", "ar"),
    ("Emilia-Romagna 1.2% 0.8% 0.5%\nVeneto 1.0% 0.9% 0.6%", "en"),
    ("دمشق 1200 1350 1500", "ar"),
    # a wire photo caption closed by its agency credit, with no caption label
    ("A man walks past a fuel station in Cairo, Egypt, September 10, 2025. REUTERS/Mohamed Abd El Ghany", "en"),
    ("People queue at a petrol station in Giza on Friday. Picture taken with a mobile phone. Reuters", "en"),
    ("Firefighters battle a blaze near Athens, Greece, August 12, 2025. AP", "en"),
    ("رجل يمر أمام محطة وقود في القاهرة، 10 سبتمبر 2025. رويترز", "ar"),
    ("نازحون يصلون إلى مخيم في شمال سوريا يوم الخميس. أ ف ب", "ar"),
    # audio and video players
    ("Listen to this story. Enjoy more audio and podcasts on iOS or Android.", "en"),
    ("Your browser does not support the audio element.", "en"),
    ("Your browser does not support the video tag", "en"),
    ("متصفحك لا يدعم تشغيل الفيديو", "ar"),
    # link lists under a "most viewed" / "picked for you" heading
    ("الأكثر مشاهدة\n- المصرف يرفع الفائدة 0.25 نقطة\n- الذهب يقفز 3% في أسبوع", "ar"),
    ("الأكثر تداولا\n• استقالة وزير المالية بعد 6 أشهر", "ar"),
    ("اخترنا لك\nالحكومة تخفض أسعار الخبز 10%", "ar"),
    ("Most viewed\n• Fed set to cut rates by 0.25 points\n• Gold jumps 3% in a week", "en"),
    ("Top stories\n1. Minister quits after 6 months\n2. Oil jumps 5% after attack", "en"),
    ("Editor's picks\nHow 3 towns rebuilt after the floods", "en"),
    # paywalls, donation and app prompts
    ("This article is for subscribers only. Subscribe for $1 a week.", "en"),
    ("Support independent journalism. Donate now.", "en"),
    ("Get our free app to read 3 articles a day", "en"),
    ("حمّل تطبيقنا لقراءة 3 مقالات مجانا يوميا", "ar"),
    ("هذا المقال متاح للمشتركين فقط. اشترك مقابل 5 دولارات شهريا.", "ar"),
    ("ادعم الصحافة المستقلة وتبرع الآن", "ar"),
])
def test_block_yields_no_claim(block, language):
    text = f"{HEAD[language]}\n\n{BODY[language]}\n\n{block}\n\n{BODY[language]}"
    assert _claims_in(text, language, block) == []
    assert len(analyze(text, language).claims) >= 2


@pytest.mark.parametrize(("line", "language"), [
    ("Click-through rates fell 12% in August, the agency said.", "en"),
    ("Signing up 40,000 new members took the union 3 months, its leader said.", "en"),
    ("Exports rose 12% to 450 million euros in 2024.", "en"),
    ("بلغت صادرات دمشق 1200 طن في 2024.", "ar"),
    ("قال الوزير إن الحكومة ستضغط لخفض الأسعار بنسبة 10%.", "ar"),
    # an agency named in a sentence, and a sentence ending with an agency's name
    ("Prices rose 4% in August, Reuters reported. The data showed 12 regions were hit.", "en"),
    ("The ministry gave the figures to Reuters. At least 40 people died, it said.", "en"),
    ("Podcasts drew 3 million listeners in August, the audio platform said.", "en"),
    ("أفادت رويترز بأن 40 شخصا قتلوا في الهجوم.", "ar"),
    # a statement opening with words of a prompt is still a statement
    ("Support for the ruling party fell to 31% in August, a poll showed.", "en"),
    ("Getting the app approved took the bank 3 years, its chief said.", "en"),
    ("أدعم خطة الحكومة لخفض العجز إلى 3% بالكامل، قال النائب.", "ar"),
])
def test_nearby_fact_keeps_claim(line, language):
    text = f"{HEAD[language]}\n\n{line}\n\n{BODY[language]}"
    assert _claims_in(text, language, line) != []


@pytest.mark.parametrize(("entry", "language", "claim", "source"), [
    # a live page's time stamp opening an entry, with a colon, a time zone or no separator at all
    ("10:41 BST: The Foreign Office said 12 Britons were evacuated.", "en", "12 Britons were evacuated",
     "The Foreign Office"),
    ("3:05 p.m. ET Rail operator Amtrak said 40 trains were cancelled.", "en", "40 trains were cancelled",
     "Rail operator Amtrak"),
    ("9.15am Police said 3 roads were closed.", "en", "3 roads were closed", "Police"),
    ("11:20 GMT The coastguard said 5 boats sank.", "en", "5 boats sank", "The coastguard"),
    ("١٠:٤٥ ص: قالت الشرطة إن 3 أشخاص أصيبوا.", "ar", "3 أشخاص أصيبوا", "الشرطة"),
    ("14:32 قالت الشرطة إن 4 أشخاص أصيبوا.", "ar", "4 أشخاص أصيبوا", "الشرطة"),
    ("09:15 بتوقيت غرينتش - أعلن الجيش مقتل 5 مسلحين.", "ar", "أعلن الجيش مقتل 5 مسلحين", "الجيش"),
    ("18:05 بتوقيت القدس: أعلن الجيش مقتل 6 مسلحين.", "ar", "أعلن الجيش مقتل 6 مسلحين", "الجيش"),
])
def test_live_time_stamp_is_not_part_of_the_claim(entry, language, claim, source):
    text = f"{HEAD[language]}\n\n{entry}"
    claims = analyze(text, language).claims
    assert [(c.text, c.attribution.source.text) for c in claims if c.start >= len(HEAD[language])] == [(claim, source)]
    assert all(text[c.start:c.end] == c.text for c in claims)


@pytest.mark.parametrize(("line", "language"), [
    # a score or a range is one figure, not two columns
    ("مصر تفوز على الجزائر 3-1", "ar"),
    ("Ghana beat Nigeria 2-0", "en"),
])
def test_score_line_is_no_table(line, language):
    text = f"{HEAD[language]}\n\n{line}\n\n{BODY[language]}"
    assert _claims_in(text, language, line) != []


@pytest.mark.parametrize(("para", "language", "kept"), [
    # a credits line closing a body paragraph, as a sentence of its own
    ("Oil rose 2% on Tuesday, traders said. (Reporting by Jane Smith in London; Additional reporting by Ali "
     "Hassan in Dubai; Editing by Tom Brown)", "en", ["Oil rose 2% on Tuesday"]),
    ("Brent crude gained 3% last week, data showed. Reporting by Jane Smith; editing by Tom Brown", "en",
     ["Brent crude gained 3% last week"]),
    ("ارتفع النفط 2% يوم الثلاثاء، بحسب متعاملين. (إعداد: سامر يوسف - تحرير: ليلى حسن)", "ar",
     ["ارتفع النفط 2% يوم الثلاثاء"]),
    ("وارتفع خام برنت 3% الأسبوع الماضي. تحرير: ليلى حسن", "ar", ["وارتفع خام برنت 3% الأسبوع الماضي"]),
    # a sentence opening with the same words is a statement
    ("Oil rose 2% on Tuesday. Reporting by the Guardian found 40 tankers were idle.", "en",
     ["Oil rose 2% on Tuesday", "40 tankers were idle"]),
])
def test_credits_sentence_in_body_yields_no_claim(para, language, kept):
    text = f"{HEAD[language]}\n\n{para}"
    assert [c.text for c in analyze(text, language).claims if c.start >= len(HEAD[language])] == kept
