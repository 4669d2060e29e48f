"""Round 18 quantities, with cases that must not move next to them: a comma-separated list of day numbers
with a month at one end is a list of days (a list after its month closes with a word or dash: after
'On May 5, 12' a new clause counts 12); two numbers joined by and/or right before one counted noun share
its unit and scale ('two or three people', «24 و25 شخصا»); petitions, applications, requests, arrests and
signatures are counted nouns (طلبة stays people)."""
from __future__ import annotations

import pytest
from span_checks import quantity_rows

FIELDS = ("text", "value", "unit")


@pytest.mark.parametrize(("text", "language", "want"), [
    ("Talks run on 24, 25 and 26 May.", "en", []),
    ("Talks run on May 24, 25 and 26.", "en", []),
    ("Talks run on 24, 25, 26 and 27 May, officials said.", "en", []),
    ("تعقد المحادثات أيام 24 و25 و26 مايو", "ar", []),
    ("تعقد المحادثات في 24، 25 و26 مايو", "ar", []),
    ("تعقد المحادثات في ٢٤، ٢٥، ٢٦ مايو", "ar", []),
    # must not change: a comma after a date, or between numbers with no month, opens a new clause
    ("On May 5, 12 people died.", "en", [("12 people", 12.0, "person")]),
    ("On May 5, 12 were killed.", "en", [("12", 12.0, None)]),
    ("On 5 May, 12 people died.", "en", [("12 people", 12.0, "person")]),
    ("In 2023, 45 people died.", "en", [("45 people", 45.0, "person")]),
    ("He scored 3, 4 players left.", "en", [("3", 3.0, None), ("4 players", 4.0, "person")]),
    ("It rose 1.5, 12 analysts said.", "en", [("1.5", 1.5, None), ("12 analysts", 12.0, "person")]),
    ("قتل 3، 5 أشخاص", "ar", [("3", 3.0, "person"), ("5 أشخاص", 5.0, "person")]),  # round 30: killed counts people
])
def test_comma_day_list(text, language, want):
    assert quantity_rows(text, language, FIELDS) == want


@pytest.mark.parametrize(("text", "language", "want"), [
    ("قتل 24 و25 شخصا في الهجومين", "ar", [("24", 24.0, "person"), ("25 شخصا", 25.0, "person")]),
    ("قتل ثلاثة أو أربعة أشخاص", "ar", [("ثلاثة", 3.0, "person"), ("أربعة أشخاص", 4.0, "person")]),
    ("Two or three people were hurt.", "en", [("Two", 2.0, "person"), ("three people", 3.0, "person")]),
    ("Two or three million people were displaced.", "en",
     [("Two", 2e6, "person"), ("three million people", 3e6, "person")]),
    ("between 24 and 25 people", "en", [("24", 24.0, "person"), ("25 people", 25.0, "person")]),
    # must not change: days, separate verbs, a larger first number, a first number with its own unit
    ("وستجرى جولة الإعادة يومي 24 و25 نوفمبر", "ar", []),
    ("The team won 3 and lost 2.", "en", [("3", 3.0, None), ("2", 2.0, None)]),
    ("Of the 12 and 5 people", "en", [("12", 12.0, None), ("5 people", 5.0, "person")]),
    ("30 tanks and 40 drones", "en", [("30 tanks", 30.0, "tank"), ("40 drones", 40.0, "drone")]),
])
def test_pair_shares_unit(text, language, want):
    assert quantity_rows(text, language, FIELDS) == want


@pytest.mark.parametrize(("text", "language", "want"), [
    ("He filed 1,200 petitions.", "en", [("1,200 petitions", 1200.0, "petition")]),
    ("The agency received 70 applications and 20 requests.", "en",
     [("70 applications", 70.0, "application"), ("20 requests", 20.0, "request")]),
    ("Police made 40 arrests in 3 cities.", "en", [("40 arrests", 40.0, "arrest"), ("3 cities", 3.0, "city")]),
    ("The petition gathered 10,000 signatures.", "en", [("10,000 signatures", 10000.0, "signature")]),
    ("قدم 300 طلب", "ar", [("300 طلب", 300.0, "request")]),
    ("تلقت الوزارة 2.500 طلب", "ar", [("2.500 طلب", 2500.0, "request")]),
    ("وقع 10 آلاف توقيع على عريضة", "ar", [("10 آلاف توقيع", 10000.0, "signature")]),
    ("رفعت 12 عريضة و40 حالة اعتقال", "ar", [("12 عريضة", 12.0, "petition"), ("40 حالة اعتقال", 40.0, "arrest")]),
    # must not change: students stay people, existing counted nouns keep their units
    ("سجل 300 طلبة", "ar", [("300 طلبة", 300.0, "person")]),
    ("300 طالب و20 معلما", "ar", [("300 طالب", 300.0, "person"), ("20 معلما", 20.0, "person")]),
    ("The regulator received 300 complaints.", "en", [("300 complaints", 300.0, "complaint")]),
    ("500 housing units and 30 cars", "en", [("500 housing units", 500.0, "home"), ("30 cars", 30.0, "vehicle")]),
])
def test_new_counted_nouns(text, language, want):
    assert quantity_rows(text, language, FIELDS) == want
