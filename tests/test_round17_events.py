"""Round 17 events and subjects audit: a win needs an electoral word to be an election, a value
needs a company or market word to be a valuation, a reaction to a ruling is no new event."""
import datetime

import pytest

from factcheck.pipeline import analyze

DAY = datetime.date(2024, 5, 1)

CASES = [
    ('ar', 'فاز نادي الأهلي بالدوري للمرة 44.', 'sports_result', 'نادي الأهلي'),
    ('ar', 'وافق صندوق النقد الدولي على زيادة قيمة برنامج القرض إلى 8 مليارات دولار.', None, 'صندوق النقد الدولي'),
    ('ar', 'قرر البنك المركزي المصري خفض قيمة الجنيه بنسبة 20%.', 'price_change', 'البنك المركزي المصري'),
    ('ar', 'أعلنت قوات الدعم السريع سيطرتها على 4 مدن.', None, 'قوات الدعم السريع'),
    ('ar', 'فاز حزب العدالة والتنمية بـ 120 مقعدا في البرلمان.', 'election', 'حزب العدالة والتنمية'),
    ('ar', 'فاز المرشح أحمد علي بالانتخابات الرئاسية بنسبة 60% من الأصوات.', 'election', 'أحمد علي'),
    ('ar', 'قررت لجنة السياسة النقدية في البنك المركزي المصري رفع أسعار الفائدة 200 نقطة أساس.', 'rate_change', 'البنك المركزي المصري'),
    ('ar', 'أعلنت شركة أرامكو عن تسريح 500 موظف من فرعها في الظهران.', 'layoff', 'شركة أرامكو'),
    ('ar', 'تعتزم شركة فودافون مصر توظيف 1000 مهندس خلال العام الجاري.', 'hiring', 'شركة فودافون مصر'),
    ('ar', 'استقال وزير المالية اللبناني من منصبه أمس.', 'departure', None),
    ('ar', 'عين مجلس إدارة شركة طلعت مصطفى رئيسا تنفيذيا جديدا.', 'appointment', 'مجلس إدارة'),
    ('ar', 'تأسست شركة كريم عام 2012 في دبي.', 'founding', 'شركة كريم'),
    ('ar', 'جمعت شركة تابي الناشئة 200 مليون دولار في جولة تمويل جديدة.', 'funding', 'شركة تابي الناشئة'),
    ('ar', 'بلغت قيمة شركة تابي السوقية 3.3 مليار دولار.', 'valuation', 'شركة تابي السوقية'),
    ('ar', 'أعلنت شركة أدنوك استحواذها على حصة في شركة كوفيسترو الألمانية.', 'acquisition', 'شركة أدنوك'),
    ('ar', 'اتفقت شركتا أوبر وكريم على الاندماج.', 'merger', 'شركتا أوبر وكريم'),
    ('ar', 'انتقل اللاعب محمد صلاح إلى نادي ليفربول مقابل 42 مليون يورو.', 'transfer', 'محمد صلاح'),
    ('ar', 'ارتفعت أرباح البنك الأهلي السعودي بنسبة 15% في الربع الأول.', 'earnings', 'البنك الأهلي السعودي'),
    ('ar', 'أطلقت شركة سامسونج هاتفها الجديد في السوق السعودية.', 'launch', 'شركة سامسونج'),
    ('ar', 'قضت محكمة النقض المصرية بإلغاء حكم الإعدام.', 'lawsuit', 'محكمة النقض المصرية'),
    ('ar', 'قتل 12 شخصا في قصف على مدينة خان يونس.', 'casualties', None),
    ('ar', 'ارتفع سعر الذهب بنسبة 2% في تعاملات اليوم.', 'price_change', None),
    ('ar', 'وقعت مصر والسعودية اتفاقية لتطوير الربط الكهربائي.', 'agreement', None),
    ('ar', 'اعتقلت الشرطة التونسية 3 أشخاص بتهمة غسل الأموال.', 'arrest', 'الشرطة التونسية'),
    ('ar', 'ضرب زلزال بقوة 6.8 درجة إقليم الحوز في المغرب.', 'disaster', None),
    ('ar', 'فرضت الولايات المتحدة عقوبات جديدة على شركات إيرانية.', 'policy', 'شركات إيرانية'),
    ('ar', 'أضرب عمال شركة المحلة للغزل عن العمل للمطالبة بزيادة الأجور.', 'strike', 'شركة المحلة للغزل'),
    ('ar', 'أعلنت وزارة المالية أن عجز الموازنة بلغ 6% من الناتج المحلي.', 'budget', None),
    ('ar', 'فاز ريال مدريد على برشلونة بثلاثة أهداف مقابل هدف.', 'sports_result', None),
    ('ar', 'فازت الروائية المصرية بجائزة البوكر العربية.', None, None),
    ('ar', 'حصلت الحكومة على قرض بقيمة 3 مليارات دولار من البنك الدولي.', 'funding', 'البنك الدولي'),
    ('ar', 'تراجعت قيمة الليرة التركية إلى مستوى قياسي أمام الدولار.', 'price_change', None),
    ('ar', 'ستكلف التعويضات شركة الطيران 310 ملايين دولار على الأقل.', None, 'شركة الطيران'),
    ('ar', 'أعلن الاتحاد الأوروبي حظر واردات النفط الروسي.', 'policy', 'الاتحاد الأوروبي'),
    ('ar', 'تبلغ قيمة الصفقة 5 مليارات دولار.', 'acquisition', None),
    ('ar', 'انتخب البرلمان اللبناني جوزيف عون رئيسا للجمهورية.', 'election', 'البرلمان اللبناني'),
    ('ar', 'قدرت قيمة الأضرار بنحو مليار دولار.', None, None),
    ('ar', 'أعلنت شركة نون عن إطلاق خدمة التوصيل السريع في الرياض.', 'launch', 'شركة نون'),
    ('ar', 'سيطرت القوات الحكومية على مدينة الفاشر.', None, 'القوات الحكومية'),
    ('ar', 'فاز فريق الهلال بكأس الملك بعد الفوز على النصر.', 'sports_result', None),
    ('en', 'The refunds are expected to cost the airline at least $310m.', None, None),
    ('en', 'Manchester City won the Premier League title for a fourth consecutive season.', 'sports_result', 'Manchester City'),
    ('en', 'The Labour Party won 412 seats in the general election.', 'election', 'Labour Party'),
    ('en', 'Novak Djokovic won the Australian Open for the tenth time.', 'sports_result', 'Novak Djokovic'),
    ('en', 'The Federal Reserve held interest rates steady at 5.25%.', 'rate_change', 'Federal Reserve'),
    ('en', 'Google will lay off 12,000 employees, its parent Alphabet said.', 'layoff', 'Google'),
    ('en', 'Tesla plans to hire 3,000 engineers in Texas.', 'hiring', 'Tesla'),
    ('en', 'The chief executive of Boeing, Dave Calhoun, will step down at the end of the year.', 'departure', 'Dave Calhoun'),
    ('en', 'Microsoft appointed Satya Nadella as chief executive in 2014.', 'appointment', 'Satya Nadella'),
    ('en', 'OpenAI was founded in 2015 by Sam Altman and others.', 'founding', 'OpenAI'),
    ('en', 'Mistral AI raised 385 million euros in a new funding round.', 'funding', 'Mistral AI'),
    ('en', "Nvidia's market value topped $3 trillion on Wednesday.", 'valuation', "Nvidia's"),
    ('en', 'Microsoft completed its acquisition of Activision Blizzard for $69bn.', 'acquisition', 'Microsoft'),
    ('en', 'Chelsea signed midfielder Enzo Fernandez for a British record fee.', 'transfer', 'Enzo Fernandez'),
    ('en', 'Samsung launched its new Galaxy phone in Seoul.', 'launch', 'Galaxy'),
    ('en', 'A federal judge ruled that Google holds an illegal monopoly.', 'lawsuit', 'Google'),
    ('en', 'Brent crude rose 3% to $85 a barrel.', 'price_change', 'Brent'),
    ('en', 'Israel and Hamas agreed a ceasefire deal brokered by Qatar.', 'agreement', 'Hamas'),
    ('en', 'A magnitude 7.4 earthquake struck Taiwan on Wednesday.', 'disaster', 'Taiwan'),
    ('en', 'The European Union banned imports of Russian oil.', 'policy', 'European Union'),
    ('en', 'The Treasury said the budget deficit widened to $1.7 trillion.', 'budget', None),
    ('en', "The Supreme Court upheld the lower court's decision.", 'lawsuit', 'Supreme Court'),
    ('en', 'Shares of Tesla fell 12% after the earnings report.', 'price_change', 'Tesla'),
    ('en', "Egypt's central bank raised its overnight deposit rate by 600 basis points.", 'rate_change', "Egypt's central bank"),
    ('en', 'The damage is estimated to be worth $1bn.', None, None),
    ('en', 'The deal values the company at $12bn.', 'acquisition', None),
    ('en', 'The storm cost insurers an estimated $5bn.', 'disaster', None),
    ('en', 'Amazon will cut 9,000 more jobs, chief executive Andy Jassy said.', 'layoff', 'Amazon'),
    ('en', 'The company lost $2bn in the quarter.', None, None),
    ('ar', 'فاز نادي الزمالك بكأس مصر بعد الفوز على بيراميدز.', 'sports_result', 'نادي الزمالك'),
    ('ar', 'فاز مرشح المعارضة بمقعد الدائرة الأولى في الانتخابات البرلمانية.', 'election', None),
    ('ar', 'بلغت قيمة القرض الجديد ملياري دولار.', None, None),
    ('ar', 'تقدر قيمة شركة أرامكو السوقية بنحو 2 تريليون دولار.', 'valuation', 'شركة أرامكو السوقية'),
    ('ar', 'أشادت منظمة العفو الدولية بالحكم.', None, 'منظمة العفو الدولية'),
    ('ar', 'فازت الكاتبة الجزائرية بجائزة نوبل للآداب.', None, None),
    ('ar', 'انتخبت النقابة رئيسا جديدا لها.', 'election', None),
    ('ar', 'يفوز المنتخب السعودي على الأرجنتين في كأس العالم.', 'sports_result', None),
    ('ar', 'أطلقت شركة هواوي حاسوبها المحمول في الصين.', 'launch', 'شركة هواوي'),
    ('ar', 'أعلن البنك الدولي عن تمويل بقيمة 500 مليون دولار للمغرب.', 'funding', 'البنك الدولي'),
    ('en', 'Real Madrid won the Champions League for the 15th time.', 'sports_result', 'Real Madrid'),
    ('en', "Lionel Messi won his eighth Ballon d'Or.", None, 'Lionel Messi'),
    ('en', 'The painting is worth $50m, the auction house said.', None, None),
    ('en', 'The startup is now worth $2bn after the round.', 'valuation', None),
    ('en', 'Trump won the presidency in 2016 with 304 electoral votes.', 'election', 'Trump'),
    ('en', 'Siemens plans to cut 5,000 jobs worldwide.', 'layoff', 'Siemens'),
    ('en', 'Airbus will hire 13,000 people this year.', 'hiring', 'Airbus'),
    ('en', 'The loan programme is worth $8bn.', None, None),
]


@pytest.mark.parametrize(("language", "text", "event", "subject"), CASES)
def test_event_and_subject(language, text, event, subject):
    result = analyze(text, language, DAY)
    claims = getattr(result, "claims", result)
    assert len(claims) == 1
    claim = claims[0]
    assert claim.event == event
    assert (claim.subject.text if claim.subject else None) == subject
    if claim.subject:
        assert text[claim.subject.start:claim.subject.end] == claim.subject.text
