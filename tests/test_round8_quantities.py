"""Round 8 quantity fixes: counted nouns after a product name with a model number, product names opening
a sentence, counts before "of its …" / "من موظفيها", definite Arabic nouns after large numbers, and
function words opening a sentence before a count."""
import pytest

from factcheck.extract.quantities import find_quantities


def _quantities(text: str, language: str = "en"):
    out = []
    for q in find_quantities(text, 0, len(text), language):
        assert text[q.start:q.end] == q.text
        out.append((q.text, q.value, q.unit, q.total))
    return out


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The airline ordered 150 Boeing 737 jets.", "en", [("150 Boeing 737 jets", 150.0, "aircraft", None)]),
    ("The carrier bought 20 Airbus A320neo aircraft last year.", "en",
     [("20 Airbus A320neo aircraft", 20.0, "aircraft", None)]),
    ("Dealers sold 3,000 Toyota Corolla cars in March.", "en",
     [("3,000 Toyota Corolla cars", 3000.0, "vehicle", None)]),
    ("The fleet adds 12 Embraer E195 planes and 40 Boeing 787 MAX jets.", "en",
     [("12 Embraer E195 planes", 12.0, "aircraft", None), ("40 Boeing 787 MAX jets", 40.0, "aircraft", None)]),
    ("The city leased 5,000 Tesla Model 3 cars.", "en", [("5,000 Tesla Model 3 cars", 5000.0, "vehicle", None)]),
    ("اشترت الشركة 150 طائرة بوينغ 737 الشهر الماضي.", "ar", [("150 طائرة", 150.0, "aircraft", None)]),
    ("تسلمت القوات الجوية 24 طائرة رافال 3 في الشهر الماضي.", "ar", [("24 طائرة", 24.0, "aircraft", None)]),
    # must not change
    ("Boeing delivered 737 jets last year.", "en", [("737 jets", 737.0, "aircraft", None)]),
    ("Acme cut 737 jobs.", "en", [("737 jobs", 737.0, "job", None)]),
    ("The airline ordered 150 new jets.", "en", [("150 new jets", 150.0, "aircraft", None)]),
])
def test_noun_after_model_name(text, language, expected):
    assert _quantities(text, language) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Windows 11 users rose to 400 million.", [("400 million", 400e6, None, None)]),
    ("iPhone 16 sales fell 5% in the quarter.", [("5%", 5.0, "percent", None)]),
    ("PlayStation 5 shipments reached 50 million.", [("50 million", 50e6, None, None)]),
    ("Galaxy S24 sales rose 8%.", [("8%", 8.0, "percent", None)]),
    ("Fortune 500 companies hired 2% more staff.", [("2%", 2.0, "percent", None)]),
    ("Apollo 11 astronauts met 3 students.", [("3 students", 3.0, "person", None)]),
    ("Sales were flat. Windows 11 users rose.", []),
    ("In March, Windows 11 users rose.", []),
    # must not change
    ("Acme cut 737 jobs.", [("737 jobs", 737.0, "job", None)]),
    ("Seven of the 12 founders left.", [("Seven of the 12 founders", 7.0, "person", 12.0)]),
    ("2025 was a record year.", []),
    ("5 people died in the crash.", [("5 people", 5.0, "person", None)]),
    ("Another 50 people were hurt.", [("50 people", 50.0, "person", None)]),
    ("Article 5 protects 30 people.", [("30 people", 30.0, "person", None)]),
])
def test_product_name_opening_a_sentence(text, expected):
    assert _quantities(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Another 50 were hurt in the blast.", [("50", 50.0)]),
    ("Only 12 survived.", [("12", 12.0)]),
    ("Some 300 were evacuated.", [("Some 300", 300.0)]),
    ("Grok 4 was released.", []),
    ("Article 5 applies.", []),
])
def test_function_word_before_a_count(text, expected):
    assert [g[:2] for g in _quantities(text)] == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Aramco laid off about 300 of its workers.", "en", [("about 300 of its workers", 300.0, "person", None)]),
    ("Police said 1950 of the protesters were freed.", "en",
     [("1950 of the protesters", 1950.0, "person", None)]),
    ("سرّحت الشركة نحو 1950 من موظفيها في بيروت", "ar", [("نحو 1950 من موظفيها", 1950.0, "person", None)]),
    ("أصيب 40 من عمال المصنع", "ar", [("40 من عمال", 40.0, "person", None)]),
    # must not change
    ("He won 3 of the 5 races.", "en", [("3 of the 5", 3.0, None, 5.0)]),
    ("One of the workers said the plant was unsafe.", "en", []),
    ("ستة من مؤسسيها الاثني عشر", "ar", [("ستة من مؤسسيها الاثني عشر", 6.0, "person", 12.0)]),
    ("The plant opened in 1950 of all years.", "en", []),
    ("Five of them died.", "en", [("Five", 5.0, None, None)]),
])
def test_count_of_its_own_group(text, language, expected):
    assert _quantities(text, language) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وصلت 320 طائرة إيرباص 350 الأسبوع الماضي", [("320 طائرة", 320.0)]),
    ("باعت الشركة 2000 سيارة تويوتا 86 العام الماضي", [("2000 سيارة", 2000.0)]),
    ("خلال خمس السنوات الماضية", [("خمس السنوات", 5.0)]),
    ("زادت المبيعات 15 بالمئة", [("15 بالمئة", 15.0)]),
    ("قتل 25 شخصا الشهر الماضي", [("25 شخصا", 25.0)]),
])
def test_definite_arabic_noun_after_large_number(text, expected):
    assert [g[:2] for g in _quantities(text, "ar")] == expected
