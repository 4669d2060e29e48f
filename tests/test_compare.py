"""compare(): two free statements → relation, score, reasons and both frames as JSON-ready dicts."""
import json

import pytest

from factcheck.match.compare import compare, units


@pytest.mark.parametrize("a, b, relation", [
    ("ارتفاع أسعار الذهب في الأسواق العالمية", "انخفاض أسعار الذهب في الأسواق العالمية", "conflicts"),
    ("The central bank will raise interest rates", "The central bank will cut interest rates", "conflicts"),
    ("مصر لن تشارك في القمة الاقتصادية", "مصر تشارك في القمة الاقتصادية", "conflicts"),
    ("Oil prices rose on Monday", "Oil prices rose sharply on Monday in Asian trade", "agrees"),
    ("Oil prices rose on Monday", "The museum opened a new wing for children", "unrelated"),
])
def test_compare_relation(a, b, relation):
    assert compare(a, b).relation == relation
    assert compare(b, a).relation == relation


def test_compare_answer_is_json_ready():
    out = compare("الحكومة رفعت أسعار الوقود", "The government did not raise fuel prices").as_dict()
    json.dumps(out, ensure_ascii=False)
    assert set(out) == {"relation", "score", "reasons", "a", "b"}
    for side, lang in (("a", "ar"), ("b", "en")):
        frame = out[side]
        assert {"event", "subject", "quantities", "dates", "negated", "language", "text"} <= set(frame)
        assert frame["language"] == lang
    assert out["b"]["negated"] is True and out["a"]["negated"] is False


@pytest.mark.parametrize("text", ["  Oil rose  ", "٥٠٠", "\u200fارتفع النفط\u200f"])
def test_units_never_empty_and_offsets_hold(text):
    got = units(text)
    assert got
    for claim in got:
        assert text[claim.start:claim.end] == claim.text


def test_compare_empty_statement_does_not_raise():
    assert compare("", "Oil prices rose").relation in ("unrelated", "related")


@pytest.mark.parametrize("a, b, relation, date", [
    # one-line statements without a full stop are read as sentences, not headlines
    ("ضرب الإعصار السواحل في 14 آذار 2024", "The cyclone hit the coast on March 14, 2024", "agrees", "2024-03-14"),
    ("ضرب الإعصار السواحل في 14 آذار 2024", "The cyclone hit the coast on March 15, 2024", "conflicts", "2024-03-14"),
])
def test_statement_without_full_stop(a, b, relation, date):
    out = compare(a, b)
    assert out.relation == relation, out.reasons
    assert [d["value"] for d in out.a["dates"]] == [date]


@pytest.mark.parametrize("a, b, relation", [
    ("Acme expects to cut 500 jobs next year", "Acme cut 300 jobs", "related"),
    ("من المتوقع أن تسرح شركة أكمي 500 موظف", "سرحت شركة أكمي 300 موظف", "related"),
    ("تخطط الحكومة لبناء 20 ألف وحدة سكنية", "بنت الحكومة 12 ألف وحدة سكنية", "related"),
    # both forecasts, or both reports, of different figures still contradict each other
    ("Acme plans to cut 500 jobs", "Acme plans to cut 300 jobs", "conflicts"),
    ("تعتزم شركة أكمي تسريح 500 موظف", "تعتزم شركة أكمي تسريح 300 موظف", "conflicts"),
    ("Acme cut 500 jobs", "Acme cut 300 jobs", "conflicts"),
])
def test_a_forecast_against_a_reported_figure_is_not_a_conflict(a, b, relation):
    for x, y in ((a, b), (b, a)):
        out = compare(x, y)
        assert out.relation == relation
        forecast = "one is a forecast or plan, the other a report" in out.reasons
        assert forecast == (relation == "related")
