"""Arabic adjuncts of a reporting verb: the words between a source and its complement or announced
object that belong to the frame, not to the source (a recipient: لـ"X"، لوكالة X، للصحفيين; a channel:
في مؤتمر صحفي; a venue or occasion: أمام البرلمان، على هامش المعرض; time words: مساء أمس، يوم الأحد
الماضي، في وقت سابق، في 15 مارس; adverbs: رسمياً).

Needs: the sentence tokens and the Arabic lexicon (``source_stops``, ``statement_channels``,
``object_adverbials``). Adds token indices past such adjuncts, for ``frames_ar``, and a VSO source without
the time adverbial closing it (``without_adverbial``) or any date the date extractor reads in it
(``without_time_adjunct``, through ``time_adjuncts``).
"""
from __future__ import annotations

from functools import cache

from ..lexicons import load_json
from ..text.normalize import fold
from .cues import QUOTES_CLOSE, Lexicon, Tok
from .draft import COMMAS, source_stop
from .names_ar import ends_in_name, names
from .phrases_ar import adverb
from .recipients_ar import is_recipient
from .reports_ar import complement
from .time_adjuncts import before_time, time_adjunct

_TIME_ADJECTIVES = frozenset({"الماضي", "الماضيه", "المقبل", "المقبله", "الجاري", "الحالي", "الفائت"})  # folded
_DATE_PREPOSITIONS = frozenset({"في", "فى", "منذ"})


@cache
def _month_words() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First folded word → folded words of each Gregorian or Hijri month name (``lexicons/ar/dates.json``)."""
    data = load_json("ar", "dates")
    names = [n for ns in data["months"].values() for n in ns] + list(data.get("hijri_months", ()))
    out: dict[str, list[tuple[str, ...]]] = {}
    for n in names:
        words = tuple(fold(n).split())
        out.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def _month_at(toks: list[Tok], k: int) -> int:
    """Tokens of the month name starting at ``k`` (0: none)."""
    for words in _month_words().get(toks[k].f, ()) if k < len(toks) else ():
        if all(k + j < len(toks) and toks[k + j].f == w for j, w in enumerate(words)):
            return len(words)
    return 0


def date_adjunct(toks: list[Tok], k: int) -> int:
    """Tokens of a dated adjunct at ``k``: a preposition, a day number and a month, or a month and a year
    ('في 15 مارس'، 'في 15 شعبان 1446'، 'في مارس 2024'), its year with it; 0 when none starts there."""
    if k >= len(toks) or toks[k].f not in _DATE_PREPOSITIONS:
        return 0
    m = k + 1
    day = m < len(toks) and toks[m].f.isdigit() and len(toks[m].f) <= 2
    m += day
    n = _month_at(toks, m)
    if not n:
        return 0
    m += n
    year = m < len(toks) and toks[m].f.isdigit() and len(toks[m].f) == 4
    return m + year - k if day or year else 0


def past_adjuncts(text: str, toks: list[Tok], k: int, lex: Lexicon) -> int:
    """Past the time words, channels and adverbs right after an SVO verb of announcing ('أعلنت الأحد'،
    'أعلنت في وقت سابق'، 'أعلنت في بيان'، 'أعلنت رسمياً'), where its object starts."""
    while k < len(toks) and toks[k].word:
        n = (source_stop(toks, k, lex) or lex["statement_channels"].match(toks, k)
             or lex["object_adverbials"].match(toks, k) or date_adjunct(toks, k) or time_adjunct(text, toks, k, lex))
        if not n and not adverb(text, toks[k]):
            break
        k += n or 1
        if k < len(toks) and toks[k].f in _TIME_ADJECTIVES:
            k += 1  # 'يوم الأحد الماضي'
    return k


def skip_adjuncts(toks: list[Tok], k: int, lex: Lexicon, text: str = "") -> int:
    """Past adjuncts between a source and its complement: a recipient (لـ"X"، لوكالة X), a channel
    (في مؤتمر صحفي، في تصريحات تلفزيونية) and time words (مساء أمس; with ``text``, any date the date
    extractor reads: في آذار، منتصف الأسبوع), with commas; else ``k``."""
    start = k
    for _ in range(6):
        if k >= len(toks) or complement(toks, k, lex) is not None:
            break
        t = toks[k]
        if t.f in COMMAS:
            k += 1
        elif is_recipient(toks, k, lex) or lex["statement_channels"].match(toks, k) or source_stop(toks, k, lex):
            k = _adjunct_end(toks, k, lex)
        elif _bare_recipient(toks, k, lex):
            k += 1
        elif time_adjunct(text, toks, k, lex):
            k += time_adjunct(text, toks, k, lex)
        else:
            break
    return k if k > start else start


def _bare_recipient(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """'، لهسبريس إن': one ل-word between a comma and the complement is the outlet spoken to (any outlet)."""
    f = toks[k].f
    return (k > 0 and toks[k - 1].f in COMMAS and f.startswith("ل") and not f.startswith("لل") and len(f) > 3
            and complement(toks, k + 1, lex) is not None)


_ADJUNCT_WORDS = 10


def _adjunct_end(toks: list[Tok], k: int, lex: Lexicon) -> int:
    """End of one adjunct starting at ``k``: up to the next comma or complement, at most ``_ADJUNCT_WORDS`` words
    (quote marks around a name do not count: 'في حديث لـ«العربي الجديد»'; a channel and where it was given: 'في عرض
    قدمه أمام لجنة القطاعات الإنتاجية بمجلس النواب')."""
    m, words = k + 1, 1
    while m < len(toks) and words < _ADJUNCT_WORDS and toks[m].f not in COMMAS and complement(toks, m, lex) is None:
        words += toks[m].word
        m += 1
    while m < len(toks) and toks[m].f in QUOTES_CLOSE and not toks[m].word:
        m += 1
    return m


def without_time_adjunct(text: str, region: list[Tok], head: list[Tok], lex: Lexicon) -> list[Tok]:
    """The VSO source ``head`` (cut from ``region``) without a time adjunct the date extractor reads inside it or
    running on past its end ('وقال مسؤول في وزارة الصحة في منتصف مارس إن'، 'وقال مصدر أمني مطلع الشهر الجاري إن':
    the source stops where the date starts), when the words before it form a noun phrase (``noun_phrase``)."""
    def phrase(before: list[Tok]) -> bool:  # 'وزير التموين شريف فاروق في وقت سابق': an adverbial may close it
        if noun_phrase(text, before):
            return True
        m = next((m for m in range(1, len(before)) if lex["object_adverbials"].match(before, m) == len(before) - m), 0)
        return bool(m) and (noun_phrase(text, before[:m]) or _noun_and_name(before[1:m]))

    cut = before_time(text, region, lex, lambda before: len(before) < len(head) and phrase(before))
    return cut if len(cut) < len(head) else head


_NISBA_ENDINGS = ("ي", "يه", "يون", "يين", "يان", "يات")  # folded: أمني، محلية، محليون، دوليين
_PHRASE_PARTICLES = frozenset({"في", "من", "لدي", "عن", "باسم"})


def noun_phrase(text: str, words: list[Tok]) -> bool:
    """``words`` form a source's noun phrase: after its head only definite words (وزير المالية), nisba adjectives
    (مصدر أمني، مسؤولون محليون), construct heads before a definite word (مسؤول في وزارة الصحة), a preposition
    linking them, or a personal name closing them (وزير المالية محمد الجدعان). Any other word may be a verb
    opening a relative clause that the date belongs to ('موظف سابق غادر في وقت سابق من هذا العام')."""
    if ends_in_name(text, words):
        return True
    rest = words[1:]
    return all(t.f.startswith(("ال", "لل")) or t.f.endswith(_NISBA_ENDINGS) or t.f in _PHRASE_PARTICLES
               or k + 1 < len(rest) and rest[k + 1].f.startswith("ال") for k, t in enumerate(rest))


def without_adverbial(head: list[Tok], lex: Lexicon) -> list[Tok]:
    """A VSO source without a time adverbial closing it ('وأضافت الوزارة في وقت لاحق أن'، 'وقال وزير المالية
    لاحقاً إن'، 'وقالت الوزارة في 15 مارس إن'): only after a noun and its definite genitives or adjectives; after any other word it may close a
    relative clause of the source and stays ('موظف سابق غادر في وقت سابق'، 'موظف غادر مؤخراً'); a personal name may close
    the phrase ('وزير التموين شريف فاروق في وقت سابق')."""
    for m in range(1, len(head)):
        if len(head) - m in (lex["object_adverbials"].match(head, m), date_adjunct(head, m)):
            return head[:m] if _noun_and_name(head[1:m]) else head
    return head


def _noun_and_name(words: list[Tok]) -> bool:
    """Definite genitives or adjectives, then at most a personal name from its given name on ('التموين شريف فاروق')."""
    firsts = names().firsts
    named = False
    for t in words:
        named = named or t.f in firsts
        if not (t.word and (named or t.f.startswith(("ال", "لل")))):
            return False
    return True


_FRONTED_MAX = 8  # tokens of a channel fronted before a verb-first reporting clause


def fronted_channel(toks: list[Tok], i: int, lex: Lexicon) -> int:
    """Where a channel fronted before the verb at ``i`` starts ('وفي مقابلة مع «الجزيرة»، قال'، 'وفي بيان نشرته على
    «فيسبوك»، أكدت'): a statement channel (its و allowed) opening the sentence or a clause after a full stop,
    closed by the comma right before the verb, is the reporting clause's; ``i`` when none stands there."""
    if i < 2 or toks[i - 1].f not in COMMAS:
        return i
    for m in range(max(0, i - 1 - _FRONTED_MAX), i - 2):
        if (m == 0 or toks[m - 1].f in (".", "\n")) and _channel_at(toks, m, lex) and not any(
                t.f in COMMAS for t in toks[m:i - 1]):
            return m
    return i


def _channel_at(toks: list[Tok], m: int, lex: Lexicon) -> int:
    """Tokens of the statement channel at ``m``, its first word written with و or ف ('وفي مقابلة'), 0 when none."""
    t = toks[m]
    if t.f[:1] in ("و", "ف") and t.f[1:] in lex["statement_channels"].by_first:
        return lex["statement_channels"].match([t._replace(f=t.f[1:]), *toks[m + 1:m + 4]], 0)
    return lex["statement_channels"].match(toks, m)
