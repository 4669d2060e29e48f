"""Arabic verbs of saying the frame finder must read from their context: a form that folds to another word
(بيّن 'showed' → بين 'between'), and a verb of warning or stressing whose object stands where a complement
would (حذر من، شدد على) before a participle of saying that carries the report.

Needs: the sentence tokens, the original text (for the harakat folding drops) and the Arabic lexicon (its
``homographs``). Adds: ``homograph_verb`` (the verb entry of such a form, or None) and ``participle_after``
(where the participle and its complement stand, and where the subject ends).
"""
from __future__ import annotations

from .cues import Lexicon, Tok
from .draft import COMMAS, is_clause_initial
from .phrases_ar import verbal_noun
from .reports_ar import complement

_SHADDA = "\u0651"
_MAX_SUBJECT = 8  # words between a clause-initial homograph and its complement ('وبين مدير عام الدائرة أن')
_OBJECT_LINKS = frozenset({"من", "علي", "الي"})  # 'حذر من', 'شدد على', 'دعا إلى': the object of a verb of saying
_PARTICIPLE_REACH = 4  # tokens from a participle to its complement ('مشيرة إلى أن')


def homograph_verb(text: str, toks: list[Tok], i: int, lex: Lexicon) -> tuple[str, bool] | None:
    """(kind, is_participle) of a verb form at ``i`` that folds to another word (بيّن → بين 'between'): a verb when
    the writer kept its shadda ('وبيّن الوزير أن'), or when it opens its clause and a subject stands between it and
    a complement with no comma ('وبين مدير الدفاع المدني أن'); the preposition stands inside a clause ('اشتباكات
    بين الجيش'، 'الفرق بين الحالتين أن'); None otherwise."""
    hit = lex.homograph(toks[i].f)
    if hit is None:
        return None
    if _SHADDA in text[toks[i].start:toks[i].end]:
        return hit
    if not is_clause_initial(toks, i, lex):
        return None
    for m in range(i + 2, min(i + 2 + _MAX_SUBJECT, len(toks))):
        if toks[m].f in COMMAS or not toks[m - 1].word or lex.verb(toks[m - 1].f):
            return None  # 'وبين المصابين أطفال قال الأطباء إن': the complement is the other verb's
        if complement(toks, m, lex) is not None:
            return hit
    return None


def _bi_object(f: str) -> bool:
    """'بزيادة', 'بوقف': a بـ-prefixed verbal noun, the object of a verb of demanding (طالب بـ)."""
    return f.startswith("ب") and len(f) >= 4 and verbal_noun(f[1:])


def participle_after(toks: list[Tok], i: int, end: int, lex: Lexicon) -> tuple[int, int, int] | None:
    """'وحذرت المديرية العامة للدفاع المدني من تشكل السيول، مشيرة إلى أن X': a VSO verb of saying at ``i`` with
    no complement of its own (its object after من/على/إلى, or a بـ-prefixed verbal noun: طالب بزيادة), then, at the comma ``end`` closing its clause, a
    participle of saying and its complement: (participle, content start, subject end) so that X is the subject's,
    the participle its cue; the clause before the comma stays the writer's. None for any other sentence."""
    if end >= len(toks) - 2 or toks[end].f not in COMMAS:
        return None
    p = end + 1
    verb = lex.verb(toks[p].f) if toks[p].word else None
    if not (verb and verb[1]):
        return None
    c = next((complement(toks, m, lex) for m in range(p + 1, min(p + 1 + _PARTICIPLE_REACH, len(toks)))
              if complement(toks, m, lex) is not None), None)
    stop = next((m for m in range(i + 1, end) if toks[m].f in _OBJECT_LINKS or _bi_object(toks[m].f)), None)
    if c is None or stop is None or stop == i + 1:
        return None
    return p, c, stop


def second_frame(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """The finite reporting verb at ``k`` opens a clause of its own, coordinated with the one before it: written with
    a conjunction (وقال، فأكد) or after a clause joiner (فيما أكد، بينما قالت). Inside the words after an earlier
    verb it ends that verb's search for a complement: 'نفى الوزير التهم وقال محاموه إن X' reports X as the
    lawyers', and the minister's denial is a clause of its own."""
    return conjoined(toks[k], lex) or joiner_before(toks, k, lex) < k


def joiner_before(toks: list[Tok], k: int, lex: Lexicon) -> int:
    """Index of a clause joiner standing right before ``toks[k]`` (فيما، بينما، في حين), or ``k`` when none does."""
    return next((m for m in range(max(0, k - 3), k) if lex["clause_joiners"].match(toks, m) == k - m), k)


def conjoined(tok: Tok, lex: Lexicon) -> bool:
    """A reporting verb written with the conjunction و or ف (وقال، فأكد): it opens a clause of its own."""
    return tok.f[:1] in ("و", "ف") and lex.verb(tok.f[1:]) is not None
