"""Matching entities come from the match lexicon and the sources gazetteer (lexicons/sources.json):
an outlet, company or government body named in either script resolves to one id."""
import pytest

from factcheck.match.compare import compare
from factcheck.match.lexicon import entity_index, find_entities
from factcheck.text.normalize import key_tokens


def ents(text: str) -> dict[str, str]:
    return find_entities(key_tokens(text))


@pytest.mark.parametrize("a, b", [
    ("أفادت سكاي نيوز عربية بأن", "Sky News Arabia reported that"),  # gazetteer only: a src: id
    ("ذكرت وكالة بلومبيرغ أن", "Bloomberg News reported that"),  # gazetteer alias joins the lexicon's id
    ("قالت وكالة الأناضول", "Anadolu Agency said"),
])
def test_aliases_in_both_scripts_resolve_to_one_entity(a, b):
    assert ents(a) and ents(a) == ents(b)


def test_gazetteer_entry_sharing_an_alias_with_the_lexicon_takes_its_id():
    single, multi = entity_index()
    ids = {hit[1] for hit in (*single.values(), *multi.values())}
    assert "bloomberg" in ids and not any(i.startswith("src:bloomberg") for i in ids)


@pytest.mark.parametrize("text", ["who said that", "the man who was there", "Who knows"])
def test_short_capital_aliases_do_not_match_common_words(text):
    assert ents(text) == {}


def test_people_in_the_gazetteer_are_not_swap_entities():
    single, multi = entity_index()
    assert {hit[0] for hit in (*single.values(), *multi.values())} <= {
        "place", "company", "outlet", "currency", "organisation", "commodity"}


def test_two_gazetteer_outlets_as_the_actor_of_one_report_are_a_swap():
    """Sky News Arabia vs Al Mayadeen as the outlet that broke the same story: a checkable difference."""
    out = compare("سكاي نيوز عربية كانت أول من نشر خبر استقالة الوزير",
                  "الميادين كانت أول من نشر خبر استقالة الوزير").as_dict()
    assert out["relation"] == "conflicts"
    assert any("src:sky-news-arabia" in str(r) and "outlet" in str(r) for r in out["reasons"]), out["reasons"]
