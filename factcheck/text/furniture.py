"""Page furniture: lines that carry no claim (headings, bylines, datelines, widgets, counters, credits).

Needs: the article text and its sentences (with paragraph indices). Adds: the ``furniture`` flag.
Decides from general features of a paragraph, never from known strings: interface vocabulary
density (lexicons/<lang>/furniture.json), date-and-publisher lines (dateline words, digits and
times with few other words, Hijri dates included), bylines, reader-count bars, lines pointing to an address, editor's notes and corrections, contributor credits,
labelled widget and caption lines
('Newsletter: ...', 'Photo: ... (Agency/Name)', '(صورة: ...)'), short captions closed by their credit ('... on
Tuesday. Photo: AFP'), lines addressing the reader (newsletter boxes, cookie banners), link lists after "read also" and tag
lines, copyright and editorial-standards footers, very short lines, and short unpunctuated lines
followed by a paragraph (section headings), an interview page's title line ('Interview with the minister'). Also: lines opening with a call to the reader ('Click here to
...', «اضغط هنا»), table rows of figures ('North | 120 | 135', 'Veneto 1.0% 0.9% 0.6%'), captions closed by
a bare agency credit ('... 2025. REUTERS/Name', «... رويترز»), a wire dateline holding its date opening a
paragraph («القاهرة - 12 مارس (رويترز) -», cut off its first sentence as a segment of its own), and author's notes: a name, then a
journalist's role or beat ('Jane Smith is a climate correspondent based in London.', «سامر يوسف صحفي مقيم
في بيروت»), with no quotation or cited source, when the name is a byline's, the note says where the
writer is based, or nothing but furniture follows it; a credits sentence closing a body paragraph
("(Reporting by X; Editing by Y)", «تحرير: ...»); a press release's contact lines and its closing
'About X' section (``releases``).

The lexicon classes of tokens are read in ``furniture_lexicon``; datelines are told in ``datelines``, credits,
bylines and credited captions in ``credits``.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from functools import cache

from ..extract.tokens import Tok, Tokens, tokenize, tokens_and_starts
from ..lexicons import load_json
from ..models import Segment
from .credits import (
    LABEL_MARKS,
    NAME_MAX_WORDS,
    agency_tail,
    byline,
    contributors,
    credit_sentence,
    credit_tail,
    credits_footer,
)
from .datelines import dateline_line, place_outlet_line, split_datelines
from .furniture_lexicon import WIDGET_MAX_WORDS, is_digit, token_classes
from .normalize import fold
from .releases import about_heading, contact_line, profile_opening

__all__ = ["WIDGET_MAX_WORDS", "flag_furniture", "paragraph_furniture"]

_DIGITS_ONLY = re.compile(r"^[\W\d_]*$")
_TERMINAL = ".!?؟…"
_CLOSERS = " \"'”’»)]\u200e\u200f"
HEADING_MAX_WORDS = 7
SHORT_MAX_WORDS = 2
CAPTION_MAX_WORDS = 60


def _ends_sentence(text: str) -> bool:
    t = text.rstrip(_CLOSERS)
    return bool(t) and t[-1] in _TERMINAL


def _widget(toks: list[Tok], cls: list[AbstractSet[str]], punctuated: bool) -> bool:
    """Interface labels: most words are menu/comment/share vocabulary."""
    n = len(toks)
    if n > WIDGET_MAX_WORDS:
        return False
    ui = sum("interface" in c for c in cls)
    if ui == 0:
        return False
    return ui * 2 >= n if punctuated else ui * 3 >= n


def _counter_bar(toks: list[Tok], cls: list[AbstractSet[str]]) -> bool:
    """A reader-count bar ('Views: 12,480 | Shares: 56', 'عدد المشاهدات: 1,234'): count labels and
    numbers only, at least one of each (a sentence about views or shares has other words)."""
    if len(toks) > WIDGET_MAX_WORDS or not any("counters" in c for c in cls):
        return False
    digits = [is_digit(t) for t in toks]
    return any(digits) and all(d or "counters" in c or "interface" in c for d, c in zip(digits, cls, strict=True))


def _label(text: str, toks: list[Tok], cls: list[AbstractSet[str]], kind: str) -> bool:
    """The paragraph opens (after a bracket) with a label of class ``kind`` and a colon or dash:
    'Newsletter: Sign up ...', 'Photo: Voters queue ... (Reuters/Name)', '(صورة: ... - أ ف ب)'."""
    n = 0
    while n < len(toks) and kind in cls[n]:
        n += 1
    if not n or text[toks[0].start - 1:toks[0].start].strip() not in ("", "(", "["):
        return False
    marks = [text[toks[m - 1].end:toks[m].start].strip()[:1] for m in range(1, min(n, 3, len(toks) - 1) + 1)]
    # a comma closes a label of two words or more only ('Image caption, Banner scored ...': BBC style)
    return any(mark in LABEL_MARKS or mark == "," and m >= 2 for m, mark in enumerate(marks, 1)) or bool(
        _DATED_LABEL.match(text, toks[n - 1].end, toks[-1].end))


# a date between a label and its colon: 'Correction, 14 March 2025:', «تصحيح، 14 مارس 2025:», 'Clarification, Oct. 3, 2025 -'
_DATED_LABEL = re.compile(r"[,،]? ?(?:[0-9\u0660-\u0669]{1,2} [^\W\d_]+\.?|[^\W\d_]+\.? [0-9\u0660-\u0669]{1,2},?)"
                          r" [0-9\u0660-\u0669]{4} ?[:–—-]")


ADDRESSED_MAX_WORDS = 30
_QUOTES = "\"«»“”„"


def _addressed(para: str, toks: list[Tok], cls: list[AbstractSet[str]]) -> bool:
    """The page talking to its reader: a newsletter box or a cookie banner ('Sign up for our newsletter to
    get ... in your inbox', 'By continuing to browse, you agree to our use of cookies', باستمرارك في التصفح
    فإنك توافق): a second-person form, a site form or an opening interface imperative, two interface
    words, no quotation (a quoted appeal is a claim's content)."""
    if len(toks) > ADDRESSED_MAX_WORDS or not any("reader" in c for c in cls) or any(q in para for q in _QUOTES):
        return False
    if not ("interface" in cls[0] or any("site" in c for c in cls)):
        return False
    return sum("interface" in c for c in cls) >= 2


_LINK = re.compile(r"https?://|www\.|[\w.-]{1,64}@[\w-]{1,63}\.[a-z]{2,}")  # bounded: linear on a long word


_MENU = re.compile(r"\s*[|›]\s*|\s[»>]\s")  # a chevron between spaces: a quote's closing » touches its word
MENU_ITEM_MAX_WORDS = 3


def _menu_bar(para: str, punctuated: bool) -> bool:
    """A site's menu or breadcrumb bar ('World | Business | Markets', 'Home › News › Economy', «الرئيسية | أخبار |
    اقتصاد»): three or more items of a few words, split by bars or chevrons, no figure, no sentence end."""
    cells = [c for c in _MENU.split(para.strip()) if c]
    return (not punctuated and len(cells) >= 3 and all(len(c.split()) <= MENU_ITEM_MAX_WORDS for c in cells)
            and not any(ch.isdigit() for ch in para))


def _link_line(para: str, toks: list[Tok], cls: list[AbstractSet[str]]) -> bool:
    """A short line pointing the reader to an address ('Follow our coverage at https://...'); a count
    makes it a statement."""
    return (len(toks) <= WIDGET_MAX_WORDS and any("interface" in c for c in cls) and not any(map(is_digit, toks))
            and bool(_LINK.search(para)))


def _calls(para: str, cls: list[AbstractSet[str]]) -> bool:
    """A line opening with a call to the reader ('Click here to ...', 'Sign up for ...', «اضغط هنا ...»),
    short and without quotation (a quoted appeal is a claim's content)."""
    return "calls" in cls[0] and len(cls) <= ADDRESSED_MAX_WORDS and not any(q in para for q in _QUOTES)


_CELLS = re.compile(r"\s*[|\t]\s*")
TABLE_LABEL_MAX_WORDS = 4


def _table_row(para: str, toks: list[Tok], base: int) -> bool:
    """A row of figures without a verb: cells split by '|' or tabs, each of a few words, two of them
    figures ('North | 120 | 135'); or a short label followed by figures only ('Veneto 1.0% 0.9% 0.6%')."""
    digits = [is_digit(t) for t in toks]
    if sum(digits) < 2:
        return False
    if "|" in para or "\t" in para:
        cells = [c for c in _CELLS.split(para.strip()) if c]
        return len(cells) >= 3 and all(len(c.split()) <= TABLE_LABEL_MAX_WORDS for c in cells)
    first = digits.index(True)  # figures apart, as columns are (a score or a range, 2-1, is one figure)
    apart = all(not para[a.end - base:b.start - base].strip(" \t%٪$€£")
                for a, b in zip(toks[first:], toks[first + 1:], strict=False))
    return 0 < first <= TABLE_LABEL_MAX_WORDS and all(digits[first:]) and apart and not _ends_sentence(para)


BIO_MAX_WORDS, BIO_ROLE_WINDOW = 40, 6
_COPULAS = frozenset({"is", "هو", "هي"})


@cache
def _given_names() -> frozenset[str]:
    return frozenset(fold(w) for w in load_json("ar", "names_given")["given"])


def _name_length(text: str, toks: list[Tok], cls: list[AbstractSet[str]]) -> int:
    """Leading tokens that can be a person's name: capitalised words, or Arabic words of no lexicon class
    (the first a given name: «سامر يوسف صحفي», not «وتحدثت تقارير صحفية»)."""
    if "\u0621" <= text[toks[0].start] <= "\u064a" and fold(text[toks[0].start:toks[0].end]) not in _given_names():
        return 0
    n = 0
    while n < min(NAME_MAX_WORDS, len(toks) - 1) and not is_digit(toks[n]):
        head = text[toks[n].start]
        if not (head.isupper() or "\u0621" <= head <= "\u064a" and not cls[n]):
            break
        n += 1
    return 0 if n < 2 or text.startswith("ال", toks[0].start) else n


def _bio(text: str, para: str, toks: list[Tok], cls: list[AbstractSet[str]]) -> int:
    """How many tokens name the writer of an author's note ('Jane Smith is a climate correspondent ...',
    'Omar Haddad covers energy for ...', «سامر يوسف صحفي ...», «حسن عبد الله هو محرر ...»), or 0: a name,
    then 'is' and a journalist's role within a few words, a role right after it (after هو/هي), or a beat verb."""
    if len(toks) > BIO_MAX_WORDS or not any(c and ("bio_roles" in c or "bio_verbs" in c)
                                            for c in cls[2:NAME_MAX_WORDS + BIO_ROLE_WINDOW + 2]):
        return 0
    if any(q in para for q in _QUOTES) or any(c and "bio_sources" in c for c in cls):
        return 0  # a quotation or a cited source: a claim about the journalist
    n = _name_length(text, toks, cls)
    if not n:
        return 0
    k = n + (toks[n].norm in _COPULAS and n + 1 < len(toks))
    if "bio_verbs" in cls[n] or "bio_roles" in cls[k] and not text.startswith("ال", toks[k].start):
        return n  # «سامر يوسف صحفي»: the role is the predicate, indefinite; «الناطق الإعلامي» is an adjective
    window = cls[n + 1:n + 1 + BIO_ROLE_WINDOW] if toks[n].norm == "is" else ()
    return n if any("bio_roles" in c or "bio_places" in c for c in window) else 0


def paragraph_furniture(text: str, start: int, end: int, language: str, *, headline: bool, last: bool,
                        toks: list[Tok] | None = None, cls: list[AbstractSet[str]] | None = None) -> str | None:
    """Why the paragraph ``text[start:end]`` is furniture ("widget", "dateline", ...) or None."""
    para = text[start:end]
    toks = tokenize(text, start, end) if toks is None else toks
    if not toks or _DIGITS_ONLY.match(para):
        return "empty"
    cls = token_classes(toks, language) if cls is None else cls
    punctuated = _ends_sentence(para) and not para.rstrip(_CLOSERS).endswith("!")
    if "link_heads" in cls[0] and (len(toks) <= 4 or not punctuated):
        return "links"
    if credits_footer(para, toks, cls) or contributors(toks, cls):
        return "credits"
    if _label(text, toks, cls, "notes") and len(toks) <= CAPTION_MAX_WORDS:
        return "note"
    if _widget(toks, cls, punctuated) or _counter_bar(toks, cls) or _menu_bar(para, punctuated) or _link_line(para, toks, cls) or _label(text, toks, cls, "interface") and len(toks) <= WIDGET_MAX_WORDS:
        return "widget"
    if _label(text, toks, cls, "captions") and len(toks) <= CAPTION_MAX_WORDS or credit_tail(text, toks, cls) or (
            not punctuated and agency_tail(text, toks, cls)):
        return "caption"
    if _addressed(para, toks, cls) or _calls(para, cls):
        return "widget"
    if punctuated:
        return None
    if "interview_labels" in cls[0] and not any(c in para for c in ":|") and not any(map(is_digit, toks)):
        return "label"  # 'Interview with the finance minister': the page's title, who was interviewed
    if _table_row(para, toks, start):
        return "table"
    if dateline_line(para, toks, cls, start) or place_outlet_line(para, toks, cls, start):
        return "dateline"
    if byline(toks, cls):
        return "byline"
    if len(toks) <= SHORT_MAX_WORDS and not headline:
        return "short"
    if not headline and not last and len(toks) <= HEADING_MAX_WORDS and not any(map(is_digit, toks)) and (
            not _reported(para, start, toks, cls)):
        return "heading"
    return None


def _reported(para: str, start: int, toks: list[Tok], cls: list[AbstractSet[str]]) -> bool:
    """A live page's entry headline closing with its source after a comma ('All ferries cancelled, CalMac says',
    «إغلاق المدارس في عدن، بحسب مسؤول»): a reporting word after the last comma makes the line a claim."""
    comma = max(para.rfind(","), para.rfind("،"))
    return comma > 0 and any("bio_sources" in c for t, c in zip(toks, cls, strict=True) if t.start > start + comma)


def _sentence_widgets(text: str, segs: list[Segment], toks: list[Tok], cls: list[AbstractSet[str]],
                      starts: list[int]) -> set[int]:
    """Sentences of a running paragraph that are interface text on their own ("Share this article.");
    ``starts`` are the tokens' start offsets."""
    out = set()
    for k, s in enumerate(segs):
        i, j = bisect_left(starts, s.start), bisect_left(starts, s.end)
        if i == j or _DIGITS_ONLY.match(s.text) or (
                j - i <= WIDGET_MAX_WORDS and _widget(toks[i:j], cls[i:j], _ends_sentence(s.text))) or (
                _addressed(s.text, toks[i:j], cls[i:j])) or (k and credit_sentence(text, toks[i:j], cls[i:j])) or (
                contact_line(s.text, toks[i:j], cls[i:j])):
            out.add(k)
    return out


def _kicker(text: str, tokens: Tokens | None, toks: list[Tok], unpunctuated: bool, paras: dict[int, list[Segment]],
            order: list[int]) -> bool:
    """The first line is a kicker above the headline ('Election 2025', «الدوري السعودي»): at most two words,
    unpunctuated, and the next line a longer unpunctuated one (the headline)."""
    if len(toks) > SHORT_MAX_WORDS or len(order) < 2 or not unpunctuated:
        return False
    nxt = paras[order[1]]
    following, _ = tokens_and_starts(text, tokens, nxt[0].start, nxt[-1].end)
    return len(following) > SHORT_MAX_WORDS + 1 and not _ends_sentence(text[nxt[0].start:nxt[-1].end])


def _profile(text: str, tokens: Tokens | None, segs: list[Segment], language: str) -> bool:
    """The paragraph ``segs`` opens with an organisation's profile ('X is a leading provider of ...')."""
    toks, _ = tokens_and_starts(text, tokens, segs[0].start, segs[-1].end)
    return profile_opening(token_classes(toks, language))


def flag_furniture(text: str, segments: Sequence[Segment], language: str,
                   tokens: Tokens | None = None) -> tuple[Segment, ...]:
    """``segments`` with ``furniture`` set on page furniture (whole paragraphs or single sentences), a dated wire
    dateline cut off the sentence it opens (one more segment); ``tokens`` is ``tokens.text_tokens(text)`` when
    the caller already has it."""
    paras: dict[int, list[Segment]] = {}
    for s in split_datelines(text, segments, language):
        paras.setdefault(s.paragraph, []).append(s)
    order = sorted(paras)
    flags: list[list[bool]] = []
    link_list = False
    authors: set[str] = set()
    notes: list[int] = []  # author's notes to drop if the article ends with them
    abouts: list[int] = []  # press-release 'About X' headings
    head = True  # only the page's head so far: furniture, or a site name standing as the first line
    for k, p in enumerate(order):
        segs = paras[p]
        start, end = segs[0].start, segs[-1].end
        toks, starts = tokens_and_starts(text, tokens, start, end)
        cls = token_classes(toks, language)
        why = paragraph_furniture(text, start, end, language, headline=segs[0].headline,
                                  last=k == len(order) - 1, toks=toks, cls=cls)
        unpunctuated = not _ends_sentence(text[start:end])
        if k == 0 and not why and _kicker(text, tokens, toks, unpunctuated, paras, order):
            why = "kicker"
        elif why == "heading" and head and k and len(toks) > SHORT_MAX_WORDS + 1 and text.count("|", start, end) < 2 and (
                not any("agencies" in c or "outlets" in c for c in cls)):  # not a menu bar, not a dateline
            why = None  # the story's headline under the page's head: a heading has a story above it
        head = head and (bool(why) or unpunctuated and len(toks) <= SHORT_MAX_WORDS)
        whole = bool(why) or (link_list and unpunctuated and len(toks) <= 20)
        if not segs[0].headline and about_heading(text, toks, cls, not unpunctuated):
            abouts.append(k)
        # a dateline opens the story: a links list ('Most read', «الأكثر قراءة») above it has ended
        link_list = why == "links" or (link_list and unpunctuated and why != "dateline")
        if whole and not segs[0].headline:
            authors.update(t.norm for t in toks)  # bylines, datelines and credits name the writers
        elif not whole and (n := _bio(text, text[start:end], toks, cls)):
            # the byline's author, or a note saying where the writer is based, wherever it stands
            whole = all(t.norm in authors for t in toks[:n]) or any("bio_places" in c for c in cls)
            notes += [] if whole else [k]
        single = set() if whole else _sentence_widgets(text, segs, toks, cls, starts)
        flags.append([whole or i in single for i in range(len(segs))])
    for k in abouts:  # 'About Kestrel Analytics' then its profile: the release's boilerplate to the end
        if k + 1 < len(order) and _profile(text, tokens, paras[order[k + 1]], language):
            flags[k:] = [[True] * len(f) for f in flags[k:]]
            break
    for k in reversed(notes):  # a note the article ends with (nothing but furniture after it)
        if all(all(f) for f in flags[k + 1:]):
            flags[k] = [True] * len(flags[k])
    return tuple(replace(s, furniture=True) if f else s
                 for p, fs in zip(order, flags, strict=True) for s, f in zip(paras[p], fs, strict=True))
