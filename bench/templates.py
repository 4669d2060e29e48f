"""Generator data for the benchmark corpus: entities in both scripts, fact templates, frames, furniture.

Entries are invented but shaped like real Arabic and English wire copy (Reuters/AFP/Al Jazeera style
frames, Gulf and Levantine month names, Egyptian/Saudi/Emirati currencies). ``{n}`` marks the
quantity, ``{d}`` the date phrase; every other ``{...}`` is an entity slot.
"""
from __future__ import annotations

# (arabic, english) pairs
COMPANIES = (
    ("نوفا للاتصالات", "Nova Telecom"), ("مجموعة الراية", "Al Raya Group"), ("أكمي", "Acme"),
    ("سامسونج", "Samsung"), ("أرامكو", "Aramco"), ("إعمار", "Emaar"), ("طلعت مصطفى", "Talaat Moustafa"),
    ("بلو ريفر", "Blue River"), ("دلتا للطيران", "Delta Air"), ("الخليج للأسمنت", "Gulf Cement"),
    ("نيون", "Neon"), ("كريم", "Careem"), ("ستار لينك", "Starlink"), ("فيرست بنك", "First Bank"),
    ("المراعي", "Almarai"), ("هيليوس للطاقة", "Helios Energy"), ("سيتي ماركت", "CityMarket"),
)
PEOPLE = (
    ("سارة الحمدان", "Sara Al-Hamdan"), ("خالد منصور", "Khaled Mansour"), ("جون كارتر", "John Carter"),
    ("ليلى عبد الله", "Layla Abdullah"), ("ماريا لوبيز", "Maria Lopez"), ("يوسف الشريف", "Youssef El-Sherif"),
    ("ديفيد كيم", "David Kim"), ("نور حداد", "Nour Haddad"), ("عمر فاروق", "Omar Farouk"),
)
PLACES = (
    ("القاهرة", "Cairo"), ("الرياض", "Riyadh"), ("دبي", "Dubai"), ("عمّان", "Amman"), ("بيروت", "Beirut"),
    ("الدار البيضاء", "Casablanca"), ("تونس", "Tunis"), ("الدوحة", "Doha"), ("بغداد", "Baghdad"),
    ("الخرطوم", "Khartoum"), ("جدة", "Jeddah"), ("مسقط", "Muscat"),
)
OUTLETS = (
    ("رويترز", "Reuters"), ("وكالة فرانس برس", "AFP"), ("بلومبرغ", "Bloomberg"), ("الجزيرة", "Al Jazeera"),
    ("سكاي نيوز عربية", "Sky News Arabia"), ("العربية", "Al Arabiya"), ("بي بي سي", "the BBC"),
    ("أسوشيتد برس", "the Associated Press"), ("الشرق الأوسط", "Asharq Al-Awsat"), ("المصري اليوم", "Al-Masry Al-Youm"),
)
PUBLISHERS = (
    "Daily Ledger", "Gulf Wire", "Nile Times", "Levant Post", "Maghreb Today", "صحيفة الوطن",
    "الجريدة العقارية", "بوابة الأهرام", "عكاظ", "Business Insider Arabia", "The National Desk",
)
REPORTERS = (("أحمد علي", "Ahmed Ali"), ("منى سالم", "Mona Salem"), ("جيمس بيل", "James Bell"),
             ("هالة نصر", "Hala Nasr"), ("Rita Gomez", "Rita Gomez"))
CURRENCIES = (("دولار", "$", "USD"), ("ريال", "SAR ", "SAR"), ("جنيه", "EGP ", "EGP"), ("درهم", "AED ", "AED"))

# kind → (unit, value range, scale, (ar templates), (en templates), (ar negated), (en negated))
FACTS = {
    "layoffs": ("people", (40, 4000), 1, (
        "أعلنت شركة {co} الاستغناء عن {n} موظف من فريق {team} {d}",
        "سرّحت {co} نحو {n} من موظفيها في {place} {d}",
        "قررت {co} خفض عدد العاملين لديها بواقع {n} وظيفة {d}",
    ), (
        "{co} laid off {n} employees from its {team} team {d}",
        "{co} cut about {n} jobs in {place} {d}",
        "{co} will reduce its workforce by {n} positions, it said {d}",
    ), ("نفت شركة {co} الاستغناء عن {n} موظف {d}", "لم تسرّح {co} أي موظفين في {place} {d}"),
        ("{co} denied laying off {n} employees {d}", "{co} did not cut any jobs in {place} {d}")),
    "revenue": ("money", (12, 980), 1e6, (
        "ارتفعت إيرادات {co} إلى {n} {d}", "بلغت أرباح {co} الفصلية {n} {d}",
        "حققت {co} مبيعات بقيمة {n} خلال الربع الثالث",
    ), (
        "{co} revenue rose to {n} {d}", "{co} posted quarterly profit of {n} {d}",
        "{co} booked sales worth {n} in the third quarter",
    ), ("لم ترتفع إيرادات {co} إلى {n} {d}",), ("{co} revenue did not rise to {n} {d}",)),
    "deal": ("money", (1, 45), 1e9, (
        "وافقت {co} على الاستحواذ على {co2} مقابل {n} {d}", "اشترت {co} حصة في {co2} بقيمة {n}",
    ), (
        "{co} agreed to buy {co2} for {n} {d}", "{co} acquired a stake in {co2} worth {n}",
    ), ("نفت {co} التفاوض على شراء {co2} مقابل {n}",), ("{co} denied it was in talks to buy {co2} for {n}",)),
    "floods": ("people", (3, 250), 1, (
        "لقي {n} شخصاً حتفهم جراء السيول في {place} {d}", "أسفرت الفيضانات في {place} عن مقتل {n} أشخاص {d}",
    ), (
        "Floods in {place} killed {n} people {d}", "At least {n} people died in flash floods in {place} {d}",
    ), ("لم تسجل أي وفيات جراء السيول في {place} {d}",), ("No deaths were recorded in the {place} floods {d}",)),
    "inflation": ("percent", (2, 38), 1, (
        "ارتفع معدل التضخم في {place} إلى {n} {d}", "سجل التضخم السنوي في {place} {n} {d}",
    ), (
        "Inflation in {place} rose to {n} {d}", "Annual inflation in {place} reached {n} {d}",
    ), ("لم يتجاوز التضخم في {place} نسبة {n} {d}",), ("Inflation in {place} did not exceed {n} {d}",)),
    "founders": ("part", (2, 11), 1, (
        "غادر {n} من مؤسسي {co} {d}", "استقال {n} من المؤسسين المشاركين في {co}",
    ), (
        "{n} founders of {co} have left {d}", "{n} co-founders resigned from {co}",
    ), ("لم يغادر أي من مؤسسي {co} الشركة",), ("None of the founders of {co} have left",)),
    "growth": ("times", (2, 10), 1, (
        "تضاعفت صادرات {place} من الفوسفات {n} {d}", "نمت مبيعات {co} {n} مقارنة بالعام الماضي",
    ), (
        "Exports from {place} grew {n} {d}", "{co} sales increased {n} from a year earlier",
    ), ("لم تنمُ مبيعات {co} {n}",), ("{co} sales did not grow {n}",)),
}
TEAMS = (("وسم البيانات", "data labelling"), ("المبيعات", "sales"), ("الدعم الفني", "customer support"),
         ("التسويق", "marketing"))

# attribution frames: kind → (arabic prefixes, english prefixes / suffixes); {o} outlet, {p} person
FRAMES = {
    "named": (("وبحسب ما أوردته {o}، ", "ذكرت {o} أن ", "ونقلت {o} أن "),
              ("According to {o}, ", "{o} reported that ", "", ), (", {o} reported", ", according to {o}")),
    "anonymous": (("وقالت مصادر مطلعة طلبت عدم الكشف عن هويتها إن ", "وأفاد مصدر مسؤول فضّل عدم ذكر اسمه بأن "),
                  ("Sources familiar with the matter said ", "A person with knowledge of the plans said "),
                  (", people familiar with the matter said", ", an official who asked not to be named said")),
    "official": (("وقالت {co} في بيان رسمي إن ", "وأعلنت وزارة الاقتصاد في بيان أن "),
                 ("In a statement, {co} said ", "The ministry said in a statement that "),
                 (", the company said in a statement", ", the ministry said")),
    "person": (("وقال {p}، الرئيس التنفيذي لـ{co}، إن ", "وأكد {p} أن "),
               ("{p}, chief executive of {co}, said ", "{p} told reporters that "),
               (", {p} said", ", {p} told reporters")),
    "none": (("", "و"), ("", ""), ("",)),
}

FILLER = (
    ("ولم ترد الشركة على طلب للتعليق.", "The company did not respond to a request for comment."),
    ("وتأتي هذه الخطوة في إطار إعادة هيكلة أوسع يشهدها القطاع.",
     "The move comes amid a broader restructuring across the sector."),
    ("ويرى محللون أن السوق لا تزال تواجه ضغوطاً كبيرة.", "Analysts say the market remains under heavy pressure."),
    ("وكانت الشركة قد أعلنت خططاً للتوسع في المنطقة العام الماضي.",
     "The company had announced plans to expand in the region last year."),
    ("ويتابع المستثمرون التطورات عن كثب.", "Investors are following the developments closely."),
    ("ومن المتوقع أن تتضح الصورة خلال الأسابيع المقبلة.", "The picture is expected to become clearer in the coming weeks."),
)
HEADLINES = (
    ("{co}: {topic}", "{co}: {topic}"), ("عاجل | {topic} في {place}", "Breaking: {topic} in {place}"),
    ("{topic}.. ماذا يحدث في {co}؟", "{topic} — what is happening at {co}?"),
)
TOPICS = {
    "layoffs": ("موجة تسريحات جديدة", "new wave of layoffs"), "revenue": ("نتائج مالية لافتة", "striking results"),
    "deal": ("صفقة استحواذ كبرى", "a major takeover"), "floods": ("سيول وفيضانات", "deadly floods"),
    "inflation": ("التضخم يواصل الصعود", "inflation keeps climbing"), "founders": ("استقالات جماعية", "mass resignations"),
    "growth": ("قفزة في المبيعات", "sales jump"),
}
SHARE = (("شارك: فيسبوك تويتر واتساب", "Share: Facebook Twitter WhatsApp Email"),
         ("شارك هذا الخبر", "Share this article"), ("تابعونا على تيليجرام", "Follow us on Telegram"))
RELATED = (("اقرأ أيضاً:", "Related articles:"), ("الأكثر قراءة", "Most read"), ("أخبار ذات صلة", "More on this story"))
TAGS = ("الوسوم:", "Tags:")

AR_MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
             "نوفمبر", "ديسمبر")
LEVANT_MONTHS = ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
                 "تشرين الأول", "تشرين الثاني", "كانون الأول")
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")
AR_DAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
AR_UNITS = ("", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة", "أحد عشر",
            "اثنا عشر")
AR_TENS = {20: "عشرون", 30: "ثلاثون", 40: "أربعون", 50: "خمسون", 60: "ستون", 70: "سبعون", 80: "ثمانون",
           90: "تسعون"}
AR_HUNDREDS = {100: "مائة", 200: "مائتا", 300: "ثلاثمائة", 400: "أربعمائة", 500: "خمسمائة", 600: "ستمائة",
               700: "سبعمائة", 800: "ثمانمائة", 900: "تسعمائة"}
EN_UNITS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
EN_TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty",
           90: "ninety"}
AR_TIMES = {2: "ضعفين", 3: "ثلاثة أضعاف", 4: "أربعة أضعاف", 5: "خمسة أضعاف", 10: "عشرة أضعاف"}
EN_TIMES = {2: "twofold", 3: "threefold", 4: "fourfold", 5: "fivefold", 10: "tenfold"}
