"""Number conflicts across articles, on hand-built facts."""

from limelight.models import ArticleFacts, CountFact, Evidence
from limelight.resolve_counts import count_conflicts


def stated(article, quantity, value, as_of):
    ev = Evidence("…", 0, 1)
    return ArticleFacts(article=article, counts=[CountFact("p0", quantity, value, as_of, ev)])


def conflicts(*facts):
    person_of = {(f.article, "p0"): "nadia" for f in facts}
    return count_conflicts(list(facts), person_of, {"nadia": "Nadia Ferro"})


def test_two_figures_for_one_tour_at_the_same_time_conflict():
    found = conflicts(
        stated("a1", "tour dates", 24, "2024-03-01"),
        stated("a2", "tour dates", 24, "2024-03-02"),
        stated("a3", "tour dates", 26, "2024-03-03"),
    )
    assert len(found) == 1 and found[0].kind == "number"
    assert found[0].articles == ["a1", "a2", "a3"]
    assert "tour dates for Nadia Ferro: 24 in a1, a2; 26 in a3" in found[0].description


def test_figures_months_apart_and_agreeing_figures_do_not_conflict():
    assert not conflicts(
        stated("a1", "tour dates", 24, "2024-01-01"), stated("a2", "tour dates", 30, "2024-09-01")
    )
    assert not conflicts(stated("a1", "children", 2, "2024-01-01"), stated("a2", "children", 2, "2024-01-05"))


def test_a_child_growing_older_is_consistent_but_impossible_ages_conflict():
    assert not conflicts(
        stated("a1", "age of son", 4, "2023-06-01"), stated("a2", "age of son", 5, "2024-03-01")
    )
    found = conflicts(
        stated("a1", "age of son", 4, "2024-03-01"), stated("a2", "age of son", 7, "2024-03-10")
    )
    assert "the age of Nadia Ferro's son: 4 in a1; 7 in a2" in found[0].description
