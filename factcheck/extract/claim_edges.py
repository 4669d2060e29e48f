"""Claim edges inside reported content: the complementizer that links a report to its content.

Needs: the clause tokens of a piece inside a frame's content and the language. Adds: the index of
the piece's first token after a leading complementizer ("ذكرت X أن ارتفعت الأسعار" → "ارتفعت
الأسعار"; "..., and that Y" → "Y"), so offsets stay on the original text. The complementizers are
the attribution lexicon's (``attribution_frames.json``). Also: where a comma-delimited apposition or
participle phrase after a short subject starts, so the claim keeps its subject ('X, the carmaker, sold'),
and the speaker a relative clause on a frame's source describes ('X, which runs four hospitals, said'; 'قال
X، الذي انضم عام 2019، إن'); where an own-voice region ends before the frame it leads into or the cue of a
frame whose source is its subject; the connector a frame boundary leaves at a piece's end; whether a unit
opening with a document label has a predicate past it.
"""
from __future__ import annotations

from bisect import bisect_left
from functools import cache

from ..attribution.cues import lexicon as attribution_lexicon
from ..attribution.phrases_ar import verbal_noun
from .clause_adjuncts import phrase_verb
from .clauses import has_predicate
from .tokens import Tok

_MIN_REST = 2  # words the claim keeps after the complementizer (scored with it)
_COORDINATORS = frozenset({"and", "but"})  # "..., and that Y": Arabic writes وأن as one word


@cache
def _complementizers(language: str) -> frozenset[str]:
    return attribution_lexicon(language)["complementizers"].singles


def strip_complementizer(toks: list[Tok], a: int, b: int, language: str) -> int:
    """The index after a bare complementizer (أن، إن، بأن، فإن، وأن، that, "and that") at ``toks[a]``
    followed by at least two words, else ``a``."""
    k = a + 1 if b - a > 1 and toks[a].norm in _COORDINATORS else a
    if b - k > _MIN_REST and toks[k].norm in _complementizers(language):
        return k + 1
    return a


_SUBJECT_MAX = 6  # tokens of a subject noun phrase before an apposition
_COUNTED_MAX = 10  # tokens of a counted subject ('More than 3,000 suspected cholera cases in North Darfur')
_APPOSITION_MAX = 12  # tokens of a comma-delimited apposition or participle phrase
_NOT_SUBJECT = ("openers", "attribution_leads", "connectors", "free_connectors", "leadins", "concessive")


def _comma_before(text: str, toks: list[Tok], j: int) -> bool:
    gap = text[toks[j - 1].end:toks[j].start]
    return "," in gap or "،" in gap


def apposition_start(text: str, toks: list[Tok], mk, pa: int, pb: int, a: int, language: str) -> int | None:
    """'Tesla, the carmaker, sold 4m cars' / 'The bridge, built in 1932, will close': when the piece at
    ``a`` opens with a predicate and the piece ``toks[pa:pb]`` before it is a short predicate-free subject (longer
    when a figure opens it: a counted group with its modifiers, '3,000 suspected cases in North Darfur, including 85
    deaths, have been recorded'), a comma and an insertion with no verb of its own (a participle may lead it), the
    index of the insertion's first token; else None. One adverb (``verb_adverbs``) may open the predicate ('Tesla, the
    carmaker, also sold')."""
    if pb != a or a >= len(toks) or not _comma_before(text, toks, a):
        return None
    most = _COUNTED_MAX if any(t.norm[:1].isdigit() for t in toks[pa:pa + 4]) else _SUBJECT_MAX
    j = next((k for k in range(pa + 1, min(pb, pa + most + 1)) if _comma_before(text, toks, k)), None)
    verb_at = a + 1 if "verb_adverbs" in mk[a] and a + 1 < len(toks) else a  # ', or a third of it, now need'
    if j is None or pb - j > _APPOSITION_MAX or not has_predicate(toks, mk, verb_at, verb_at + 1, language):
        return None
    if any(c in mk[pa] for c in _NOT_SUBJECT) or toks[pa].norm[:1].isdigit():
        return None
    if phrase_verb(toks, mk, pa, j, language) or phrase_verb(toks, mk, j + 1, pb, language):
        return None
    if any(_comma_before(text, toks, k) for k in range(j + 1, pb)):
        return None
    return j


def relative_holds_predicate(text: str, toks: list[Tok], mk, pa: int, pb: int, a: int, b: int,
                             language: str) -> bool:
    """'Half of the committee, which has 10 members, are doctors': the piece at ``a`` opens with a relative
    insertion and, after a comma inside it, goes on with the main predicate (too short to stand as a piece
    of its own), while the piece ``toks[pa:pb]`` before it is a short predicate-free subject; the two are
    one claim. Not when that predicate is a reporting verb ('The airline, which ..., said X': a speaker)."""
    if pb != a or "insertion_leads" not in mk[a] or not 0 < pb - pa <= _SUBJECT_MAX:
        return False
    if any(c in mk[pa] for c in _NOT_SUBJECT) or has_predicate(toks, mk, pa, pb, language):
        return False
    verb = attribution_lexicon(language).verb
    return any(_comma_before(text, toks, k) and has_predicate(toks, mk, k, k + 1, language)
               and not verb(toks[k].norm) for k in range(a + 2, b))


def relative_before_object(text: str, toks: list[Tok], mk, pa: int, pb: int, a: int, b: int, language: str,
                           tail: bool = True) -> bool:
    """'أعلنت شركة نوفا، التي استحوذت على بيتا، تسريح 300 موظف', 'Police arrested Jane Doe, who won 2 medals, on
    Monday': the piece at ``a`` opens with a relative on the name ending the piece ``toks[pa:pb]`` before it, which holds
    its own verb, and after a comma inside it goes on with words of no predicate of their own (the main verb's object
    or adjunct, at most ``_TAIL_MAX`` words): the two are one claim, the relative set off inside it. Not when the tail
    is a report's content (قال X، الذي …، إن) or a frame's source ('…, the ministry said')."""
    if pb != a or "relatives" not in mk[a] or not _comma_before(text, toks, a) or not has_predicate(
            toks, mk, pa, pb, language):
        return False
    if not tail:  # the relative alone: its tail is the next piece
        return True
    end = next((k for k in range(a + 2, b) if _comma_before(text, toks, k)), None)
    return end is not None and _object_tail(toks, mk, end, b, language)


def _object_tail(toks: list[Tok], mk, tail: int, b: int, language: str) -> bool:
    """``toks[tail:b]``, after a relative's closing comma, finishes the main clause: at most ``_TAIL_MAX`` words with no
    predicate, complementizer or reporting verb."""
    if b - tail > _TAIL_MAX or toks[tail].norm in _complementizers(language):
        return False  # 'قال X، الذي …، إن': the content of a report
    verb = attribution_lexicon(language).verb
    return not has_predicate(toks, mk, tail, b, language) and all(verb(toks[k].norm) is None for k in range(tail, b))


def relative_piece_before_object(text: str, toks: list[Tok], mk, pieces: list[tuple[int, int]], a: int, b: int,
                                 language: str) -> bool:
    """``relative_before_object`` when the relative was cut as a piece of its own (the last of ``pieces``) and the
    piece ``toks[a:b]`` after it is the tail ('Acme hired Jane Doe, who led Google's cloud unit, as chief executive')."""
    if len(pieces) < 2 or pieces[-1][1] != a or not _comma_before(text, toks, a):
        return False
    (pa, pb), (ra, rb) = pieces[-2], pieces[-1]
    return pb == ra and rb - ra >= 2 and relative_before_object(text, toks, mk, pa, pb, ra, rb, language, tail=False) and (
        _object_tail(toks, mk, a, b, language))


_TAIL_MAX = 6  # words after a relative set off inside a clause that finish the main clause ('تسريح 300 موظف')


def speaker_background(mk, pieces: list[tuple[int, int]], reporting: set[int]) -> tuple[list[tuple[int, int]], set[int]]:
    """'The NHS trust, which runs four hospitals, said X': a piece that is only a frame's source, followed
    by a relative clause on it, joins that clause, so the outlet's background fact keeps its subject
    ('The NHS trust, which runs four hospitals'); the source alone is no claim either way. Returns the
    pieces and the starts of the joined ones (background, not a reporting clause: scored as claims)."""
    out: list[tuple[int, int]] = []
    joined: set[int] = set()
    for a, b in pieces:
        if out and a not in reporting and ("relatives" in mk[a] or "insertion_leads" in mk[a]) and all(
                i in reporting for i in range(*out[-1])):
            out[-1] = (out[-1][0], b)
            joined.add(out[-1][0])
        else:
            out.append((a, b))
    return out, joined


def speaker_relative(text: str, toks: list[Tok], mk, a: int, b: int, reporting: set[int],
                     cues: set[int]) -> tuple[int, int] | None:
    """'Roche, who joined in 2019, said' / 'قال روش، الذي انضم عام 2019، إن': when the own-voice piece
    ``toks[a:b]`` is a frame's cue and source followed by a comma-delimited relative clause on the source,
    (first source token, end of the relative clause); else None. The clause ends at its closing comma or
    the next reporting token ('..., told reporters'); the cue before the source (``cues``: its tokens) is
    left out."""
    j = next((k for k in range(a + 1, b) if "insertion_leads" in mk[k] or "relatives" in mk[k]), None)
    if j is None or j in reporting or not _comma_before(text, toks, j):
        return None
    if not all(i in reporting or not toks[i].norm[:1].isalnum() for i in range(a, j)):
        return None
    end = next((k for k in range(j + 1, b) if k in reporting or _comma_before(text, toks, k)), b)  # ', في بيان
    while end > j + 1 and not toks[end - 1].norm[:1].isalnum():
        end -= 1
    while a < j and (a in cues or not toks[a].norm[:1].isalnum()):
        a += 1
    return (a, end) if a < j else None


def cue_tokens(toks: list[Tok], starts: list[int], frames) -> set[int]:
    """Indices of the tokens inside the frames' cues (``starts``: the tokens' start offsets)."""
    out: set[int] = set()
    for f in frames:
        cue = f.attribution.cue
        if cue is not None:
            i = bisect_left(starts, cue.start)
            while i < len(toks) and toks[i].end <= cue.end:
                out.add(i)
                i += 1
    return out


def past_cue(toks: list[Tok], a: int, b: int, cues: set[int]) -> int:
    """Start of a speaker's background piece past the reporting cue before the speaker ('قالت الجمعية، التي
    تضم 900 مزارع': the claim is the association's background, without قالت)."""
    while a < b - 1 and (a in cues or not toks[a].norm[:1].isalnum()):
        a += 1
    return a


def own_voice_end(mk, lo: int, hi: int, reporting: set[int]) -> int:
    """End of an own-voice region without the source, cue and connectors that lead into a frame."""
    while hi > lo and ((hi - 1) in reporting or "connectors" in mk[hi - 1]
                       or "free_connectors" in mk[hi - 1]):
        hi -= 1
    return hi


def before_subject_cue(starts: list[int], cues: list[int], lo: int, hi: int) -> int:
    """End of an own-voice region at the cue of a frame whose source is the region's subject ("X resigned
    on Friday, saying that Y" / "X kept rates unchanged but said Y"): the main clause stops before it."""
    if lo >= hi:
        return hi
    i = bisect_left(cues, starts[lo] + 1)
    if i < len(cues) and cues[i] <= starts[hi - 1]:
        return bisect_left(starts, cues[i], lo, hi)
    return hi


def drop_trailing_connector(mk, a: int, b: int, toks: list[Tok] | None = None, text: str = "") -> int:
    """A connector, preposition, conjunction of time («بعدما», 'when') or "and"/"or" cut off from its clause by a frame
    boundary does not end a claim (a conjunction of time only when the next word follows it directly: ``toks`` and
    ``text``). A connector that is no preposition or coordinator ending the sentence opens no clause ('... After Profit
    Warning': a headline's noun, not 'warning that'), an adverb of relative time after a period noun
    (``period_nouns``, ``period_adverbs``) ends its phrase ('up from 240 the week before'), and so does a connector
    that is also a clause's last adverb (``final_adverbs``) before a comma ('not seen since, police said')."""
    while b - a > 2 and ("connectors" in mk[b - 1] or "free_connectors" in mk[b - 1] or "list_coordinators" in mk[b - 1]
                         or "time_subordinators" in mk[b - 1] and _word_after(toks, text, b)  # '…, when officials said'
                         or mk[b - 1].get("openers") == 1 and "particles" not in mk[b - 1]):  # 'going up' ends
        if "period_adverbs" in mk[b - 1] and "period_nouns" in mk[b - 2] or b == len(mk) and not (
                "openers" in mk[b - 1] or "list_coordinators" in mk[b - 1]):
            break
        if "final_adverbs" in mk[b - 1] and toks is not None and not _word_after(toks, text, b):
            break  # 'Nobody had seen them since, police said': the adverb ends the clause
        b -= 1
    if b - a > 4 and mk[b - 2].get("relative_what") == 2:
        b -= 2  # '… بنسبة 50 في المئة، وهو ما [تقول الحكومة إنه …]': the relative opens the clause cut off
    return b


def _word_after(toks: list[Tok] | None, text: str, b: int) -> bool:
    """The word ``toks[b]`` follows ``toks[b - 1]`` with only space between (no comma, no sentence end): what the
    conjunction before it opened goes on there ('in March, when investigators said'); 'closed once, officials said'
    ends on an adverb."""
    if toks is None or b >= len(toks) or not toks[b].norm[:1].isalnum():
        return False
    return not text or not text[toks[b - 1].end:toks[b].start].strip()


def label_predicate(toks: list[Tok], mk, a: int, b: int, language: str, predicate: bool) -> bool:
    """Whether a unit opening with a document label ('Report by the World Bank', 'Statement issued by the
    ministry') has a predicate past the label and a passive participle with its agent ('issued by')."""
    n = mk[a].get("document_labels", 0) if predicate else 0
    if not n:
        return predicate
    k = a + n
    if language == "en" and k + 1 < b and toks[k].norm.endswith("ed") and toks[k + 1].norm == "by":
        k += 1
    return has_predicate(toks, mk, k, b, language)


_OBJECT_MIN = 3  # tokens of a coordinated announced object ('، وتأجيل سداد القروض')


def _and_verbal_noun(t: Tok) -> bool:
    """'وتأجيل' / 'وفرض': و + an indefinite verbal noun."""
    return t.norm[:1] == "و" and len(t.variants) > 1 and verbal_noun(t.variants[1])


def announced_objects(text: str, toks: list[Tok], pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'أعلنت الحكومة تخصيص 10 مليارات درهم لدعم الفلاحين، وتأجيل سداد القروض لمدة عام': in an Arabic
    announcement whose object is a verbal noun, a comma and و + another verbal noun open a second announced
    measure (at least three tokens): a claim of its own, reported by the same frame."""
    out: list[tuple[int, int]] = []
    for a, b in pieces:
        start = a
        for j in range(a + 1, b - _OBJECT_MIN + 1):
            if (_comma_before(text, toks, j) and _and_verbal_noun(toks[j])
                    and any(verbal_noun(v) for t in toks[start:j] for v in t.variants[:2])):
                out.append((start, j))
                start = j
        out.append((start, b))
    return out
