"""Credits: copyright and provenance footers, bylines, contributor lines, credits sentences closing a paragraph
('(Reporting by X; Editing by Y)', «تحرير: ...») and captions closed by their credit or agency."""
from __future__ import annotations

from collections.abc import Set as AbstractSet

from ..extract.tokens import Tok
from .furniture_lexicon import is_digit

CREDITS_MAX_WORDS = 20
LABEL_MARKS = frozenset({":", "-", "–", "—", "|"})
CREDIT_TAIL_MAX_WORDS, CAPTIONED_MAX_WORDS, NAME_MAX_WORDS = 10, 40, 4
_OPENS_CREDIT = frozenset(".!?؟([|-–—")


def credit_tail(text: str, toks: list[Tok], cls: list[AbstractSet[str]]) -> bool:
    """A short caption closed by its credit: '... in Antakya on Tuesday. Photo: AFP', '... (Photo by Name /
    AFP)', '... (تصوير: أحمد جلال - أ ف ب)': a caption label after a sentence end or a bracket, then a colon,
    dash or 'by' and a few words to the end of the paragraph."""
    if len(toks) > CAPTIONED_MAX_WORDS:
        return False
    k = next((i for i in range(len(toks) - 1, 0, -1) if "captions" in cls[i]), 0)
    if not k or len(toks) - k > CREDIT_TAIL_MAX_WORDS or k + 1 >= len(toks):
        return False
    before = text[toks[k - 1].end:toks[k].start].strip()
    if not before or before[-1] not in _OPENS_CREDIT:
        return False
    mark = text[toks[k].end:toks[k + 1].start].strip()[:1]
    return mark in LABEL_MARKS or "byline" in cls[k + 1] and not mark


def agency_tail(text: str, toks: list[Tok], cls: list[AbstractSet[str]]) -> bool:
    """A short caption closed by its agency alone ('... September 10, 2025. REUTERS/Name', '... on Friday.
    Reuters', «... 2025. رويترز»): an agency name after a full stop, then nothing or '/' and a name."""
    n = len(toks)
    if n > CAPTIONED_MAX_WORDS:
        return False
    k = next((i for i in range(n - 1, max(0, n - CREDIT_TAIL_MAX_WORDS), -1)
              if "agencies" in cls[i] and "agencies" not in cls[i - 1]), 0)
    if not k or text[toks[k - 1].end:toks[k].start].strip()[-1:] != ".":
        return False
    j = next((i for i in range(k, n) if "agencies" not in cls[i]), n)
    return j == n or n - j <= NAME_MAX_WORDS and text[toks[j - 1].end:toks[j].start].strip() == "/"


def credits_footer(para: str, toks: list[Tok], cls: list[AbstractSet[str]]) -> bool:
    """A copyright, standards or provenance footer: opens with © or a credits phrase that is not a sentence's
    subject (a second credits phrase, ©, or a short line), or with a provenance formula ('This article was')."""
    if len(toks) > CREDITS_MAX_WORDS:
        return False
    if "provenance" in cls[0]:
        return True
    if not ("credits" in cls[0] or para.lstrip().startswith("©")):
        return False
    phrases = sum(1 for i, c in enumerate(cls) if "credits" in c and (i == 0 or "credits" not in cls[i - 1]))
    return "©" in para or phrases >= 2 or len(toks) <= 8


def byline(toks: list[Tok], cls: list[AbstractSet[str]]) -> bool:
    """'By Sam Lee', or a credits line of several roles ('(Reporting by X; Writing by Y; Editing by Z)')."""
    if not toks or "byline" not in cls[0]:
        return False
    roles = sum(1 for i, c in enumerate(cls) if "byline" in c and (i == 0 or "byline" not in cls[i - 1]))
    return len(toks) <= 10 or (roles >= 2 and len(toks) <= CREDITS_MAX_WORDS)


def contributors(toks: list[Tok], cls: list[AbstractSet[str]]) -> bool:
    """A short line that opens or ends with a contributor credit ('Additional reporting by ...',
    '... contributed to this report.')."""
    return bool(toks) and len(toks) <= CREDITS_MAX_WORDS and ("contributors" in cls[0] or "contributors" in cls[-1])


def credit_sentence(text: str, toks: list[Tok], cls: list[AbstractSet[str]]) -> bool:
    """A credits sentence closing a paragraph ('(Reporting by Jane Smith; Editing by Tom Brown)', «تحرير: ليلى
    حسن»): a role phrase of two words before a capitalised name, or a role word and a colon; no figures."""
    if not 1 < len(toks) <= CREDITS_MAX_WORDS or not ("byline" in cls[0] or "contributors" in cls[0]):
        return False
    k = next((i for i, c in enumerate(cls) if "byline" not in c and "contributors" not in c), len(toks))
    if k == len(toks) or any(map(is_digit, toks)):
        return False
    return text[toks[0].end:toks[1].start].strip() == ":" or k >= 2 and text[toks[k].start].isupper()
