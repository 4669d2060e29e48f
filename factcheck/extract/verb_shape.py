"""Verb shape of one clause token: is it read as a finite verb when no lexicon says so?

Needs: the clause tokens (folded variants) and the language's ``non_verbs`` and ``noun_markers``
(lexicons/<lang>/clauses.json). Adds ``verb_like``: imperfect Arabic verbs (يفعل، تفعل) and feminine
perfects (فعلت), English -ed forms. A ت-final word is a noun, not a feminine perfect, when it carries
the article fused with a preposition (للإسمنت، بالكويت), or the article on a stem too long for an
ال-initial verb (الإسمنت, but not التزمت، ألغيت); any shape directly after a preposition that only
governs nouns (في، على، عن، إلى ...) is a noun: a finite verb never follows one.
"""
from __future__ import annotations

_FUSED = ("لل", "بال", "كال")  # ل + ال, ب + ال, ك + ال: never a verb's first letters
_FUSED_MIN = 6  # letters of a ب/ك + ال word (بالغت، a form III verb, has five)
_ARTICLE_MIN = 7  # letters of an ال word no verb reaches (form VIII of a ل-root: التزمت has six)


def _article_noun(w: str) -> bool:
    """The ت-final folded word ``w`` carries the article (alone or fused with a preposition)."""
    if w.startswith("لل"):
        return len(w) >= 5
    if w.startswith(_FUSED):
        return len(w) >= _FUSED_MIN
    if not w.startswith("ال"):
        return False
    # ال + six letters: form VIII verbs of ل-roots start الت (التزمت), passive form IV ones end يت (أُلغيت)
    return len(w) >= _ARTICLE_MIN or len(w) == _ARTICLE_MIN - 1 and not w.startswith("الت") and not w.endswith("يت")


def verb_like(toks, i: int, language: str, non_verbs: frozenset[str], noun_markers: frozenset[str]) -> bool:
    """Imperfect Arabic verbs (يفعل، تفعل), feminine perfects (باعت، أعلنت) and English -ed forms, by shape."""
    tok = toks[i]
    w = tok.variants[1] if len(tok.variants) > 1 and tok.norm[0] in "وف" else tok.norm
    if language != "ar":
        return len(w) >= 5 and w.endswith("ed")
    if len(w) < 4 or w in non_verbs or w.endswith(("ات", "ه")):
        return False
    if i and not noun_markers.isdisjoint(toks[i - 1].variants[:2]):  # في / وفي
        return False
    if w[0] == "ي":
        return True
    if w.endswith("ت"):  # feminine perfect: باعت، أعلنت، افتتحت
        return not _article_noun(w)
    return w[0] == "ت" and not (len(w) >= 5 and w[3] == "ي")


_FUTURE = ("سي", "ست", "سن")  # س + the imperfect prefixes ي، ت، ن


def future_like(toks, i: int, non_verbs: frozenset[str]) -> bool:
    """An Arabic future verb by shape: س + an imperfect of three letters or more (سينخفض، ستستأنف، سنواصل); not a
    long vowel after the prefix (سياسي، سيارة), a ه/ات ending (سنوات، سيطرة) or a listed non-verb (سنويا)."""
    tok = toks[i]
    return future_word(tok.variants[1] if len(tok.variants) > 1 and tok.norm[0] in "وف" else tok.norm, non_verbs)


def future_word(w: str, non_verbs: frozenset[str]) -> bool:
    """``future_like`` of one folded word (without its و/ف clitic)."""
    return (len(w) >= 5 and w.startswith(_FUTURE) and w[2] not in "اي" and w not in non_verbs
            and not w.endswith(("ات", "ه", "ية")))
