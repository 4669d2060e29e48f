"""Source phrases: a لل-prefixed source after وفقاً/طبقاً types like its definite form (its span keeps the
word whole, as ل + ال fuse), unnamed groups (traders, analysts, witnesses) are anonymous in any case form,
a time phrase after the source and an adverb between the source and its verb are not part of it."""
from __future__ import annotations

from datetime import date

import pytest
from conftest import attributed_claims

PUBLISHED = date(2024, 6, 4)


@pytest.mark.parametrize("text, language, want", [
    # 1. وفقاً لـ / طبقاً لـ: the ل is the cue's; ل + ال (للشركة) keeps the word whole, typed as الشركة
    ("وفقاً للشركة، ارتفعت المبيعات 5%", "ar", [("ارتفعت المبيعات 5%", "official", "للشركة")]),
    ("وفقا لوزارة المالية، ارتفعت المبيعات 5%", "ar", [("ارتفعت المبيعات 5%", "official", "وزارة المالية")]),
    ("طبقاً للبنك المركزي، ارتفعت المبيعات 5%", "ar", [("ارتفعت المبيعات 5%", "official", "للبنك المركزي")]),
    ("وفقاً للوزارة، ارتفعت المبيعات 5%", "ar", [("ارتفعت المبيعات 5%", "official", "للوزارة")]),
    # 2. unnamed groups are anonymous, in the genitive after بحسب/حسب too
    ("حسب المتعاملين، تراجعت الأسعار 5%", "ar", [("تراجعت الأسعار 5%", "anonymous", "المتعاملين")]),
    ("بحسب متعاملين، تراجعت الأسعار 5%", "ar", [("تراجعت الأسعار 5%", "anonymous", "متعاملين")]),
    ("بحسب تجار، تراجعت الأسعار 5%", "ar", [("تراجعت الأسعار 5%", "anonymous", "تجار")]),
    ("بحسب محللين، تراجعت الأسعار 5%", "ar", [("تراجعت الأسعار 5%", "anonymous", "محللين")]),
    ("بحسب شهود، قتل 5 أشخاص", "ar", [("قتل 5 أشخاص", "anonymous", "شهود")]),
    ("بحسب السكان، قتل 5 أشخاص", "ar", [("قتل 5 أشخاص", "anonymous", "السكان")]),
    ("Dealers said prices fell 5%.", "en", [("prices fell 5%", "anonymous", "Dealers")]),
    ("Traders said prices fell 5%.", "en", [("prices fell 5%", "anonymous", "Traders")]),
    ("Witnesses said 5 people were killed.", "en", [("5 people were killed", "anonymous", "Witnesses")]),
    # 3. a time phrase after the source is the reporting clause's
    ("بحسب ما قالت الوزارة يوم الثلاثاء، فإن الأسعار تراجعت 5%", "ar",
     [("الأسعار تراجعت 5%", "official", "الوزارة")]),
    ("بحسب الوزارة يوم الثلاثاء، فإن الأسعار تراجعت 5%", "ar", [("الأسعار تراجعت 5%", "official", "الوزارة")]),
    ("According to what the ministry said on Tuesday, prices fell 5%.", "en",
     [("prices fell 5%", "official", "the ministry")]),
    # 4. an adverb between the source and its verb is not part of the source
    ("The company also said prices fell 5%.", "en", [("prices fell 5%", "official", "The company")]),
    ("The ministry later said prices fell 5%.", "en", [("prices fell 5%", "official", "The ministry")]),
    ("The ministry separately said prices fell 5%.", "en", [("prices fell 5%", "official", "The ministry")]),
    ("Mary Osei earlier said prices fell 5%.", "en", [("prices fell 5%", "named", "Mary Osei")]),
    ("The company further said prices fell 5%.", "en", [("prices fell 5%", "official", "The company")]),
    ("The company again said prices fell 5%.", "en", [("prices fell 5%", "official", "The company")]),
    # must not change
    ("ووفقا للتقرير السنوي، فإن المبيعات ارتفعت 12%.", "ar", [("المبيعات ارتفعت 12%", "named", "للتقرير السنوي")]),
    ("وفقاً لشركة نور، ارتفعت المبيعات 5%", "ar", [("ارتفعت المبيعات 5%", "official", "شركة نور")]),
    ("بحسب الشركة، ارتفعت المبيعات 5%", "ar", [("ارتفعت المبيعات 5%", "official", "الشركة")]),
    ("Analysts said prices fell 5%.", "en", [("prices fell 5%", "anonymous", "Analysts")]),
    ("According to the ministry, prices fell 5%.", "en", [("prices fell 5%", "official", "the ministry")]),
    ("The company said prices fell 5%.", "en", [("prices fell 5%", "official", "The company")]),
])
def test_source_phrases(text, language, want):
    assert attributed_claims(text, language, PUBLISHED) == want
