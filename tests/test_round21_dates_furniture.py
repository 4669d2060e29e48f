"""Round 21: page furniture from layouts not yet covered, recognised by general features.

- A short caption closed by its credit ("... on Tuesday. Photo: AFP", "(Photo by Name / AFP via Getty
  Images)", «الصورة: رويترز», «(تصوير: ... - أ ف ب)»): a caption label after a sentence end or a bracket,
  then a colon, dash or "by" and a few words to the end of the paragraph.
- The page addressing its reader (newsletter boxes, cookie banners): a second-person form, a site form
  ("our", "we", موقعنا, هذا الموقع) or an opening interface imperative, two interface words, no quotation.
- A double time stamp ("Posted: ... | Updated: ...") is a dateline however long, when it is all date words.
- شاهد / استمع with a colon label a video or audio embed, as "Watch:" does.
Each block yields no claim while the real sentences around it keep theirs; lines near that vocabulary
that state a fact keep their claim.
"""
from __future__ import annotations

import pytest

from factcheck.pipeline import analyze

BODY = {"ar": "قالت الهيئة إن 120 أسرة نزحت من القرية بسبب الفيضانات يوم الأربعاء.",
        "en": "The council said 120 families were moved out of the valley after the floods on Wednesday."}


@pytest.mark.parametrize(("block", "language"), [
    ("Rescue workers search the rubble in Antakya on Tuesday. Photo: AFP", "en"),
    ("Protesters gather outside parliament in Nairobi on June 25, 2024. (Photo by Luis Tato / AFP via Getty Images)",
     "en"),
    ("Commuters wait for a delayed train at Paddington station in London. Picture: PA", "en"),
    ("Sign up for our daily newsletter to get the 5 biggest stories delivered to your inbox every morning.", "en"),
    ("Get the latest headlines delivered to your inbox. Subscribe to our free briefing.", "en"),
    ("We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of "
     "cookies.\nAccept all cookies\nManage preferences", "en"),
    ("Updated 3 hours ago", "en"),
    ("عمال الإنقاذ يبحثون بين الأنقاض في أنطاكيا يوم الثلاثاء. الصورة: رويترز", "ar"),
    ("متظاهرون أمام البرلمان في بغداد يوم الجمعة (تصوير: أحمد جلال - أ ف ب)", "ar"),
    ("اشترك في النشرة البريدية ليصلك أهم 5 أخبار يومياً على بريدك الإلكتروني.", "ar"),
    ("سجل بريدك الإلكتروني ليصلك ملخص الأخبار كل صباح.", "ar"),
    ("يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. باستمرارك في التصفح فإنك توافق على استخدامنا لها.",
     "ar"),
    # a double time stamp: all date words, however long
    ("Posted: Sep 14, 2025 / 09:41 AM EDT | Updated: Sep 14, 2025 / 11:02 AM EDT", "en"),
    # a video or audio label with its colon (Watch: ... is already one in English)
    ("شاهد: لقطات جوية تظهر غرق 3 قرى", "ar"),
    ("استمع: مقابلة مع وزير المالية حول موازنة 2026", "ar"),
    ("اقرأ المزيد", "ar"),
    ("تابعونا على فيسبوك وتويتر وإنستغرام", "ar"),
])
def test_block_yields_no_claim(block, language):
    text = f"{BODY[language]}\n{block}\n{BODY[language]}"
    claims = analyze(text, language).claims
    start = text.index(block)
    assert [c.text for c in claims if c.start < start + len(block) and c.end > start] == []
    assert len(claims) == 2  # one from each body sentence around the block


@pytest.mark.parametrize(("line", "language"), [
    ("If you share a photo on Facebook, your data may be used by 3 advertisers, the regulator warned.", "en"),
    ("\"We urge you to download our app,\" police said after 12 arrests.", "en"),
    ("Our reporters counted 40 tanks crossing the border on Monday.", "en"),
    ("The ministry released a photo: it shows 3 tanks crossing the border.", "en"),
    ("Police said 7 people were hurt. Video footage showed 3 cars on fire.", "en"),
    ("The regulator said 12 million users clicked to accept cookies in 2024.", "en"),
    ("قالت الوزارة إن 40 ألف شخص اشتركوا في خدمة الرسائل عبر البريد الإلكتروني.", "ar"),
    ("وأضاف: \"ندعوك إلى تحميل تطبيقنا\"، مشيراً إلى تسجيل 12 إصابة.", "ar"),
    ("نشرت الوزارة صورة: تظهر 3 دبابات تعبر الحدود.", "ar"),
    ("وأكدت الشركة أن 5 ملايين مستخدم يتصفحون موقعنا شهرياً.", "ar"),
    ("قال شاهد عيان إن 3 أشخاص قتلوا في الانفجار.", "ar"),
    ("شاهد 40 ألف متفرج المباراة في الملعب يوم الجمعة.", "ar"),
    ("On Monday 14 September 2025 at 9:41am, 12 people were arrested in Leeds.", "en"),
])
def test_fact_line_near_that_vocabulary_keeps_its_claim(line, language):
    text = f"{BODY[language]}\n{line}\n{BODY[language]}"
    start = text.index(line)
    assert any(start <= c.start < start + len(line) for c in analyze(text, language).claims)
