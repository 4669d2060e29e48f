"""Written forms of quantities and dates for the benchmark corpus, in Arabic and English.

Each renderer takes a ``random.Random`` and picks one of the forms real copy uses: digits with or
without thousands separators, Arabic-Indic digits (٬ ٫), number words, scale words, currencies,
percentages, multipliers, part-of-total; absolute, Levantine-month and relative dates.
"""
from __future__ import annotations

import random
from datetime import date, timedelta

from . import templates as T

_INDIC = str.maketrans("0123456789,.", "٠١٢٣٤٥٦٧٨٩٬٫")


def indic(s: str) -> str:
    """Western digits and separators → Arabic-Indic (١٬٢٥٠٫٥)."""
    return s.translate(_INDIC)


def ar_words(n: int) -> str:
    """Arabic number words for 1 ≤ n < 1000 (خمسمائة وعشرون)."""
    parts = []
    if n >= 100:
        parts.append(T.AR_HUNDREDS[n // 100 * 100])
        n %= 100
    if 0 < n <= 12:
        parts.append(T.AR_UNITS[n])
    elif 12 < n < 20:
        parts.append(f"{T.AR_UNITS[n - 10]} عشر")
    elif n >= 20:
        tens = T.AR_TENS[n // 10 * 10]
        parts.append(f"{T.AR_UNITS[n % 10]} و{tens}" if n % 10 else tens)
    return " و".join(parts)


def en_words(n: int) -> str:
    """English number words for 1 ≤ n < 1000 (two hundred and fifty)."""
    parts = []
    if n >= 100:
        parts.append(f"{T.EN_UNITS[n // 100]} hundred")
        n %= 100
    if 0 < n <= 12:
        parts.append(T.EN_UNITS[n])
    elif 12 < n < 20:
        parts.append({13: "thirteen", 15: "fifteen", 18: "eighteen"}.get(n, T.EN_UNITS[n - 10] + "teen"))
    elif n >= 20:
        tens = T.EN_TENS[n // 10 * 10]
        parts.append(f"{tens}-{T.EN_UNITS[n % 10]}" if n % 10 else tens)
    return " and ".join(parts)


def _digits(x: float, rng: random.Random, lang: str, decimals: int = 0) -> str:
    s = f"{x:,.{decimals}f}" if rng.random() < 0.6 else f"{x:.{decimals}f}"
    return indic(s) if lang == "ar" and rng.random() < 0.35 else s


def count(n: int, lang: str, rng: random.Random) -> str:
    """A head count: digits, Arabic-Indic digits or words."""
    if n < 1000 and rng.random() < 0.3:
        return ar_words(n) if lang == "ar" else en_words(n)
    return _digits(n, rng, lang)


def money(value: float, scale: float, currency: tuple, lang: str, rng: random.Random) -> str:
    """An amount with a scale word and currency ($4.3 billion, ٤٫٣ مليار دولار, 980,000,000 جنيه)."""
    ar_cur, en_sym, code = currency
    if rng.random() < 0.15:
        full = _digits(value * scale, rng, lang)
        return f"{full} {ar_cur}" if lang == "ar" else f"{code} {full}"
    num = _digits(value, rng, lang, 1 if value < 100 and value != int(value) else 0)
    if lang == "ar":
        word = "مليار" if scale >= 1e9 else "مليون"
        return f"{num} {word} {ar_cur}"
    word = "billion" if scale >= 1e9 else "million"
    return f"{en_sym}{num} {word}" if en_sym == "$" or rng.random() < 0.5 else f"{num} {word} {code}"


def percent(value: float, lang: str, rng: random.Random) -> str:
    num = _digits(value, rng, lang, 1)
    r = rng.random()
    if lang == "ar":
        return f"{num}٪" if r < 0.3 else f"{num}%" if r < 0.7 else f"{num} في المئة"
    return f"{num}%" if r < 0.6 else f"{num} percent"


def times(n: int, lang: str, rng: random.Random) -> str:
    """A multiplier (threefold, ثلاثة أضعاف, 3 مرات)."""
    table = T.AR_TIMES if lang == "ar" else T.EN_TIMES
    if n in table and rng.random() < 0.6:
        return table[n]
    return f"{n} مرات" if lang == "ar" else f"{n} times"


def part(k: int, total: int, lang: str, rng: random.Random) -> str:
    """Part of a total (ستة من أصل 12, six of the 12)."""
    a = ar_words(k) if lang == "ar" and rng.random() < 0.5 else en_words(k) if rng.random() < 0.5 else str(k)
    if lang == "ar":
        return f"{a if not a.isascii() else _digits(k, rng, 'ar')} من أصل {_digits(total, rng, 'ar')}"
    return f"{a.capitalize() if a.isalpha() else a} of the {total}"


def when(d: date, published: date, lang: str, rng: random.Random) -> str:
    """A date phrase for ``d`` seen from ``published``: relative when close, else absolute."""
    gap = (published - d).days
    r = rng.random()
    if gap == 1 and r < 0.5:
        return "أمس" if lang == "ar" else "yesterday"
    if 1 < gap < 7 and r < 0.5:
        return f"يوم {T.AR_DAYS[d.weekday()]}" if lang == "ar" else f"on {T.EN_DAYS[d.weekday()]}"
    if gap == 0 and r < 0.4:
        return "اليوم" if lang == "ar" else "today"
    if lang == "ar":
        months = T.LEVANT_MONTHS if rng.random() < 0.25 else T.AR_MONTHS
        day = indic(str(d.day)) if rng.random() < 0.3 else str(d.day)
        return f"في {day} {months[d.month - 1]} {d.year}"
    if rng.random() < 0.5:
        return f"on {T.EN_MONTHS[d.month - 1]} {d.day}, {d.year}"
    return f"on {d.day} {T.EN_MONTHS[d.month - 1]} {d.year}"


def dateline(published: date, lang: str, rng: random.Random) -> str:
    """The publication line under the headline (السبت 13 سبتمبر 2025 | 11:48 صباحاً)."""
    hh, mm = rng.randint(1, 12), rng.randint(0, 59)
    if lang == "ar":
        day = T.AR_DAYS[published.weekday()]
        return f"{day} {published.day} {T.AR_MONTHS[published.month - 1]} {published.year} | {hh}:{mm:02d} صباحاً"
    return f"{T.EN_DAYS[published.weekday()]}, {T.EN_MONTHS[published.month - 1]} {published.day}, " \
           f"{published.year} {hh}:{mm:02d} AM"


def shift(d: date, rng: random.Random) -> date:
    """A different (conflicting) date a few days or a month away."""
    return d - timedelta(days=rng.choice((2, 3, 5, 30)))
