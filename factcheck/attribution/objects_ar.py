"""The object of an Arabic announcement verb and the verbal nouns that open it: where 'أعلنت الحكومة
خفض الدعم' turns from its definite subject to its bare verbal-noun object (``bare_object``,
``object_start``), the derived verbal-noun patterns (``verbal_noun``), an accusative adverb that is not an
object (``adverb``) and a place name opening an announcement (``place_lead``).

Also where a definite body's name ends before a definite object (``definite_object``: أعلنت الشرطة المنطقة) and
the object after the subject's relative clause (``past_relative_object``: أعلنت شركة نوفا، التي تأسست عام 2010،
تسريح).

Needs: tokens of one sentence and the Arabic lexicon. Adds token indices and word predicates only.
"""
from __future__ import annotations

from .cues import CLITICS, QUOTES_CLOSE, QUOTES_OPEN, Lexicon, Tok, lexicon
from .draft import COMMAS, source_stop
from .lexicon_classes import stem_in
from .names_ar import names, person_length, written
from .states import place_length
from .time_adjuncts import time_adjunct

_PARTICLES = frozenset({"في", "علي", "عن", "الي", "من", "مع", "لدي", "عبر", "خلال", "بين", "حول", "نحو", "منذ",
                        "بعد", "قبل", "ضمن", "امام", "عند", "قد", "لن", "لم", "ان", "ما", "لا", "بان", "انه", "انها"})


def _masdar(f: str) -> bool:
    """A folded indefinite word of a derived verbal-noun pattern: تفعيل (تسجيل)، إفعال (إنقاذ)، افتعال
    (اعتقال)، انفعال (انسحاب)، استفعال (استئناف)، تفاعل (تراجع)، فعالة (زيادة)."""
    n = len(f)
    if n == 5:
        return (f[0] == "ت" and (f[3] == "ي" or f[2] == "ا") or f[0] == "ا" and f[3] == "ا"
                or f[2] == "ا" and f[4] == "ه")
    if n == 6:
        return f[0] == "ا" and f[4] == "ا" and (f[2] == "ت" or f[1] == "ن")
    return n == 7 and f.startswith("است") and f[5] == "ا"


def _masdar_plural(f: str) -> bool:
    """The sound feminine plural of a derived verbal noun (تسريحات، إجراءات، اعتقالات، استثمارات): the
    measures or acts announced, as the singular is."""
    return len(f) >= 7 and f.endswith("ات") and _masdar(f[:-2])


def verbal_noun(f: str) -> bool:
    """A folded indefinite verbal noun: a derived pattern (تخصيص)، its plural (إجراءات) or a listed
    triliteral one (فرض، خفض)."""
    return _masdar(f) or _masdar_plural(f) or f in lexicon("ar")["bare_verbal_nouns"].singles


def adverb(text: str, t: Tok) -> bool:
    """'رسمياً' / 'مجدداً' / 'رسميا': an adverb with the accusative ending, not an object."""
    raw = text[t.start:t.end]
    return raw.endswith(("اً", "ًا")) or raw.endswith("يا") and len(raw) > 4


def bare_object(text: str, toks: list[Tok], j: int, end: int, lex: Lexicon, definite: bool = False) -> int | None:
    """Where the bare verbal-noun object of an announcement starts after its definite subject
    ('أعلن خفر السواحل الإيطالي إنقاذ 30 مهاجراً', 'أعلنت النيابة العامة حبس المتهم'): the first
    indefinite word after a noun phrase that has reached its article (a construct head, then ال-words);
    no indefinite word can follow a definite phrase inside it. A given name there is the speaker's
    ('وزير المالية محمد معيط زيادة'): the object is the verbal noun after it. None when there is none.
    ``definite``: the subject came before the verb (SVO), the object may start at ``j``. A quoted name
    ends a definite phrase ('منظمة «أطباء بلا حدود»'); after an unquoted name without the article
    ('مطار دبي'، 'منظمة أطباء بلا حدود') the object is a verbal noun (``_named_object``)."""
    quoted = False
    skip = j
    for k in range(j, min(end, j + 10)):
        t = toks[k]
        if k < skip:
            continue
        if t.f in QUOTES_OPEN and not quoted or t.f in QUOTES_CLOSE and quoted:
            quoted, definite = not quoted, definite or quoted
            continue
        if definite and k > j:
            skip = _place_of(text, toks, k, end, lex)
            if skip > k:
                continue  # 'وزارة الصحة في غزة (…)': where the body sits is part of its name, the object follows
        if not t.word or t.f in COMMAS or source_stop(toks, k, lex) or t.f in _PARTICLES:
            return None
        if not definite and not quoted and _named_object(toks, j, k, end):
            return k
        f = t.f[1:] if t.f[:1] in CLITICS and k > j and t.f[1:].startswith("ال") else t.f
        if f.startswith(("ال", "لل")) and not _hamza_initial(text, t, f):
            if definite and f.startswith("ال") and verbal_noun(f[2:]) and k + 1 < len(toks) and toks[k + 1].f in _PARTICLES:
                return k  # 'أعلن نادي الوداد التعاقد مع': a definite verbal noun with its preposition
            definite = True
            continue
        if not definite or adverb(text, t) or f.startswith("ل") and len(f) > 3:
            continue  # 'رسمياً': the verb's adverb; 'المرصد السوري لحقوق الإنسان': the name goes on
        if f[:1].isdigit() or k + 1 >= end or not toks[k + 1].word:
            return None  # 'يوهواي (توني)': a name in brackets, not an object
        return _object_at(text, toks, k, end)
    return None


def _place_of(text: str, toks: list[Tok], k: int, end: int, lex: Lexicon) -> int:
    """After a definite subject, 'في' and one place word (في غزة، في المناطق) then an optional bracketed acronym
    ('(كوغات)'): the index after them, or ``k`` when none stands there. A date after في is the saying's time."""
    m = k
    if toks[k].f == "في" and k + 2 < end and toks[k + 1].word and not toks[k + 1].f[:1].isdigit() and not (
            time_adjunct(text, toks, k, lex) or source_stop(toks, k, lex) or source_stop(toks, k + 1, lex)):
        m = k + 2
    if m + 3 < end and toks[m].f == "(" and toks[m + 2].f == ")" and toks[m + 1].word:
        m += 3
    return m


def _hamza_initial(text: str, t: Tok, f: str) -> bool:
    """'إلغاء', 'إلزام', 'ألف': a word written with a hamza on its first alef, which folds like the article
    (الغاء): no article, the word is indefinite."""
    raw = [c for c in text[t.start:t.end] if not "\u064b" <= c <= "\u065f" and c != "\u0640"]  # no harakat
    return "".join(raw[len(t.f) - len(f):][:1]) in ("إ", "أ", "آ")


def _named_object(toks: list[Tok], j: int, k: int, end: int) -> bool:
    """'أعلن مطار دبي استقبال 23 مليون مسافر': after two words or more of a name without the article, a
    derived verbal noun (not of the فعالة shape that names bodies: وزارة، سفارة) or a listed one, followed by
    a word or figure, starts the object; not right after a verbal noun and before a definite word, a construct
    of the name going on."""
    f = toks[k].f
    if k < j + 2 or k + 1 >= end or not (toks[k + 1].word or toks[k + 1].f[:1].isdigit()):
        return False
    if _masdar(toks[k - 1].f) and toks[k + 1].f.startswith("ال"):
        return False  # 'هيئة تنسيق أعمال الحكومة': after a verbal noun, a construct going on to a definite word is the name
    return (_masdar(f) and not f.endswith("ه") or _masdar_plural(f)
            or f in lexicon("ar")["bare_verbal_nouns"].singles)


def _object_at(text: str, toks: list[Tok], k: int, end: int) -> int | None:
    """The object at the indefinite word ``toks[k]`` after a definite subject: a verbal noun; past an
    indefinite name to the verbal noun after it ('الرئيس الفرنسي إيمانويل ماكرون تعيين'); a bare noun that
    goes on with its genitive or count, directly or through one indefinite word ('حبس المتهم', 'مقتل 12',
    'خفض سعر الفائدة'), or one with an indefinite plural and its preposition ('فرض عقوبات على'); not a given name or a name run ('المدرب كارلو أنشيلوتي رحيله'), else None."""
    f = toks[k].f
    if verbal_noun(f):
        return k  # 'تسجيل' / 'تسريحات' / 'فسخ': a verbal noun by its pattern or, triliteral, by the lexicon
    m = k + 1
    while (m < min(end - 1, k + 4) and toks[m].word and toks[m].f not in _PARTICLES
           and not toks[m].f.startswith("ال") and not _masdar(toks[m].f)):
        m += 1
    if m < end - 1 and toks[m].word and _masdar(toks[m].f):
        return m
    lex = names()
    if f in lex.given:
        return _after_name(text, toks, k, end)
    if _described_noun(text, toks, k, end):
        return k  # 'أعلنت الحكومة عطلة رسمية لمدة 3 أيام': a noun and its adjectives, then a preposition or figure
    for n in (k + 1, k + 2):  # the genitive or count right after, or after one indefinite word
        if n == k + 2 and n < end and toks[n].f in _PARTICLES and _plural_object(toks[k + 1].f):
            return k  # 'فرض عقوبات على': a bare verbal noun with an indefinite plural object, then its preposition
        if n < end and (toks[n].f in lex.firsts or toks[n].f in lex.links):
            return None  # 'رئيس الحي سامح عبد الله': a name goes on
        if n < end and (toks[n].f.startswith("ال") or toks[n].f[:1].isdigit()):
            return k
        if n >= end or not toks[n].word or toks[n].f in _PARTICLES:
            return None
    return None


def _after_name(text: str, toks: list[Tok], k: int, end: int) -> int | None:
    """The verbal noun right after a personal name opening at ``k`` whose family name has the article ('وزير
    المالية محمد العسعس وجود'، 'أيمن الصفدي رفض'): the name is the speaker's, the object starts there; else None."""
    region = toks[k:min(end, k + 7)]
    n = person_length([t.f for t in region], 0, written(text, region))
    if not n and k + 1 < end and toks[k + 1].f.startswith("ال"):
        n = 2  # a given name then any ال-word: an indefinite name takes no adjective, so it is the family name
    m = k + n
    if n and m < end - 1 and toks[m].word and toks[m + 1].word and verbal_noun(toks[m].f):
        return m
    return None


def _described_noun(text: str, toks: list[Tok], k: int, end: int) -> bool:
    """An indefinite feminine noun at ``k`` (its ة written) described by one or two indefinite feminine adjectives
    (عطلة رسمية، هدنة إنسانية), then a preposition (لـ، بـ، في، من), a figure or the clause end: a phrase of its
    own, the object; names do not agree so ('كارلو أنشيلوتي')."""
    feminine = [text[t.start:t.end].endswith("ة") for t in toks[k:min(end, k + 3)]]
    m = k + 1
    while m < min(end, k + 3) and feminine[m - k] and not toks[m].f.startswith("ال"):
        m += 1
    if m == k + 1 or not feminine[0]:
        return False
    return m >= end or not toks[m].word or toks[m].f[:1].isdigit() or toks[m].f in _PARTICLES or (
        toks[m].f[:1] in ("ل", "ب") and len(toks[m].f) > 3 and not toks[m].f.startswith("لل"))


def _plural_object(f: str) -> bool:
    """An indefinite sound feminine plural (عقوبات، إجراءات; not a name): no article, the ات ending."""
    return len(f) >= 5 and f.endswith("ات") and not f.startswith("ال") and f.isalpha()


def place_lead(toks: list[Tok], i: int) -> int:
    """Where an announcement at ``i`` starts: at a place name and a dash opening the sentence ('القاهرة -
    أعلنت الحكومة خفض الدعم', no agency: not a wire dateline), which stays with the clause, else ``i``."""
    if 1 < i <= 3 and toks[i - 1].f in ("-", "–", "—") and all(t.word for t in toks[:i - 1]):
        return 0
    return i


def object_start(text: str, toks: list[Tok], j: int, end: int, lex: Lexicon) -> int:
    """Where the direct object of an announcement starts: after a personal name opening the region
    (أعلنت فاطمة الزهراء بنعلي إغلاق ...), at a bare verbal noun after a definite subject (``bare_object``),
    else at a verbal noun with a possessive ending."""
    region = toks[j:min(end, j + 7)]
    words, raw = [t.f for t in region], written(text, region)
    for at in (0, 1):  # the region starts at ``j`` (after the verb) or ``j`` is the verb itself
        n = person_length(words, at, raw)
        if n and j + at + n < end:
            return j + at + n
    k = bare_object(text, toks, j + 1 if j < len(toks) and lex.verb(toks[j].f) else j, end, lex)
    if k is not None:
        return k
    for k in range(j + 1, end):
        t = toks[k]
        if t.f in COMMAS or source_stop(toks, k, lex) or _after_place(toks, k, lex):
            return k
        word = text[t.start:t.end]
        if t.word and len(word) >= 5 and any(word.endswith(s) for s in lex["object_suffixes"].by_first):
            return k
    return end


_NISBA = ("ي", "يه", "يون", "يين", "يان", "يات")  # folded nisba endings: المصري، المصرية، المحليون


def _after_place(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """A definite word, no nisba adjective, right after «في» and a country's name («… في لبنان الإضراب المفتوح»): a
    name takes no genitive, so the word opens the verb's object."""
    if not toks[k].f.startswith("ال") or toks[k].f.endswith(_NISBA) or lex["definite_adjectives"].match(toks, k):
        return False
    return any(toks[m - 1].f == "في" and place_length(lex, toks, m) == k - m for m in range(max(1, k - 3), k))


def definite_object(region: list[Tok], lex: Lexicon) -> int:
    """Length of a verb-first announcement's subject when a definite body (الشرطة، الحكومة) is followed by a definite
    word that is no adjective of it (neither nisba-shaped nor a ``definite_adjectives`` entry): that word opens the
    verb's object ('أعلنت الشرطة المنطقة منطقة عسكرية'), since a definite word after a definite one is never its
    genitive; else ``len(region)``."""
    if len(region) < 2 or not (region[0].f.startswith("ال") and region[1].f.startswith("ال")):
        return len(region)
    second = region[1].f
    if second.endswith(_NISBA) or lex["definite_adjectives"].match(region, 1):
        return len(region)
    body = any(stem_in(lex, name, region[0]) for name in ("official_heads", "government_heads"))
    return 1 if body else len(region)


def past_relative_object(text: str, toks: list[Tok], k: int, lex: Lexicon) -> int | None:
    """Index of a bare verbal-noun object after a relative clause set off by commas at ``k`` (the subject's:
    'أعلنت شركة نوفا، التي تأسست عام 2010، تسريح'), else None."""
    if k >= len(toks) or toks[k].f not in COMMAS or not lex["own_clause_openers"].match(toks, k + 1):
        return None
    m = next(c for c in range(k + 1, len(toks) + 1) if c == len(toks) or toks[c].f in COMMAS)
    if m + 1 >= len(toks) or bare_object(text, toks, m + 1, len(toks), lex, definite=True) != m + 1:
        return None
    return m + 1
