"""People in general and one group of them are no substitution: "500 people" and "500 workers" hired,
«12 شخصا» and «12 جنديا» killed, tell one fact in a general and a specific word, so two claims worded
alike but for that pair agree on their figure. Two groups ("workers" vs "engineers") stay apart, and
the general word meets only the noun the other side counts with."""
from __future__ import annotations

import pytest
from conftest import assert_compare_api

PAIRS = [
    ("Orbitel will hire 500 people at the new plant.", "Orbitel will hire 500 workers at the new plant.",
     "agrees", "both say 500 people"),
    ("Orbitel will employ 500 people at the new plant.", "Orbitel will recruit 500 workers at the new plant.",
     "agrees", "both say 500 people"),
    ("Twelve people were killed in the attack on the base.", "Twelve soldiers were killed in the attack on the base.",
     "agrees", "both say 12 people"),
    ("قتل 12 شخصا في الهجوم على القاعدة.", "قتل 12 جنديا في الهجوم على القاعدة.", "agrees", "both say 12 people"),
    ("ستوظف الشركة 500 شخص في المصنع الجديد.", "ستوظف الشركة 500 عامل في المصنع الجديد.", "agrees",
     "both say 500 people"),
    # two groups: a replacement, as before
    ("The company will hire 500 workers at the plant.", "The company will hire 500 engineers at the plant.",
     "conflicts", "worded alike but for 'engineer' vs 'worker'"),
    ("ستوظف الشركة 500 مهندس في المصنع الجديد.", "ستوظف الشركة 500 عامل في المصنع الجديد.", "conflicts",
     "worded alike but for 'عامل' vs 'مهندس'"),
    # a different figure is still a conflict of figures
    ("Orbitel will hire 500 people at the new plant.", "Orbitel will hire 800 workers at the new plant.",
     "conflicts", "500 people vs 800 people"),
]


@pytest.mark.parametrize("a,b,relation,reason", PAIRS, ids=[p[0][:30] + "|" + p[1][:30] for p in PAIRS])
def test_people_in_general_and_a_group_of_them(client, a, b, relation, reason):
    assert_compare_api(client, a, b, relation, reason)
