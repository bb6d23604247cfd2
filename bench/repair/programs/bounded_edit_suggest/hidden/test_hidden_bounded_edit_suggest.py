import pytest

from bounded_edit_suggest import bounded_distance, suggest


@pytest.mark.parametrize("a,b,expected", [
    ("abc", "abxc", 1),
    ("cat", "cats", 1),
    ("cats", "cat", 1),
    ("flaw", "lawn", 2),
    ("sunday", "saturday", 3),
    ("read", "reader", 2),
    ("", "", 0),
    ("abc", "", 3),
    ("intention", "execution", 5),
])
def test_distances_within_a_generous_limit(a, b, expected):
    assert bounded_distance(a, b, 9) == expected
    assert bounded_distance(b, a, 9) == expected


def test_exact_limit_is_accepted_and_one_less_rejected():
    assert bounded_distance("sunday", "saturday", 3) == 3
    assert bounded_distance("sunday", "saturday", 2) is None
    assert bounded_distance("grep", "greep", 1) == 1
    assert bounded_distance("grep", "greep", 0) is None


def test_suggest_orders_by_distance_then_name():
    vocabulary = ["list_dir", "list_files", "lint", "list", "last"]
    assert suggest("lst", vocabulary) == ["last", "list", "lint"]
    assert suggest("lst", vocabulary, count=2) == ["last", "list"]


def test_suggest_insertions_and_case():
    vocabulary = ["Search", "Fetch", "patch"]
    assert suggest("serch", vocabulary, limit=1) == ["Search"]
    assert suggest("etch", vocabulary, limit=1) == ["Fetch"]
    assert suggest("zzzzzz", vocabulary) == []


def test_suggest_deduplicates_vocabulary():
    assert suggest("edit", ["edit", "edit", "exit"]) == ["edit", "exit"]
