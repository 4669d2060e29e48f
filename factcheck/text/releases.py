"""Press-release furniture: contact lines and the trailing "About X" boilerplate section.

Needs: a paragraph's (or sentence's) text, tokens and furniture classes (lexicons/<lang>/furniture.json:
``contacts``, ``about_heads``, ``profiles``). Adds two tests ``furniture.flag_furniture`` applies:
``contact_line`` ('Media contact: Jane Doe, +1 512 555 0142', 'For more information, contact Tom Reyes at
ir@example.com'): a contact label and an e-mail address or a telephone number, in a short line without
quotation; and ``about_heading`` / ``profile_opening`` for the 'About Kestrel Analytics' heading of a press
release followed by the company profile ('Kestrel Analytics is a leading provider of ...'): from that
heading on, the release is boilerplate (profiles, forward-looking statements, contacts, '###').
"""
from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from ..extract.tokens import Tok

CONTACT_MAX_WORDS = 40
LABEL_WINDOW = 4  # the contact label opens the line ('For more information, contact', 'Journalists may contact')
ABOUT_MAX_WORDS = 7
PROFILE_WINDOW = 12  # tokens of a profile paragraph within which its description link stands
_QUOTES = "\"«»“”„"
# an e-mail address, or a telephone number: an optional +, then digits in groups split by spaces, dots,
# dashes or brackets (at least 8 digits: a count or a year has fewer and no inner separators)
_CONTACT = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,}|\+?\(?\d{1,4}\)?(?:[ .-]\(?\d{2,4}\)?){2,5}")
_PHONE_DIGITS = 8


def _reachable(para: str) -> bool:
    """An e-mail address or a telephone number in ``para``."""
    for m in _CONTACT.finditer(para):
        if "@" in m.group() or sum(c.isdigit() for c in m.group()) >= _PHONE_DIGITS:
            return True
    return False


def contact_line(para: str, toks: list[Tok], cls: list[AbstractSet[str]]) -> bool:
    """A press contact: a line (a sentence) opening with a contact label ('Media contact:', 'For more
    information, contact', 'Investor relations') with an e-mail address or telephone number, short and
    without quotation."""
    if not toks or len(toks) > CONTACT_MAX_WORDS or not any("contacts" in c for c in cls[:LABEL_WINDOW]):
        return False
    return not any(q in para for q in _QUOTES) and _reachable(para)


def about_heading(text: str, toks: list[Tok], cls: list[AbstractSet[str]], punctuated: bool) -> bool:
    """'About Kestrel Analytics' / 'About the company': an unpunctuated line of a few words opening with
    'About' written with a capital letter (Arabic «نبذة عن X», which has no capitals), with no figure ('About 4,000
    jobs to go' is a headline)."""
    return (not punctuated and 1 < len(toks) <= ABOUT_MAX_WORDS and "about_heads" in cls[0]
            and (text[toks[0].start].isupper() or "\u0621" <= text[toks[0].start] <= "\u064a")
            and not any(t.norm[:1].isdigit() for t in toks))


def profile_opening(cls: list[AbstractSet[str]]) -> bool:
    """The paragraph after an 'About' heading describes the organisation ('X is a leading provider of',
    'Founded in 2016, X ...', 'X, headquartered in Austin, ...') within its first words."""
    return any("profiles" in c for c in cls[:PROFILE_WINDOW])
