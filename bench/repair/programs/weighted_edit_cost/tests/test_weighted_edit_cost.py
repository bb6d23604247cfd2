from weighted_edit_cost import closest, edit_cost, within


def test_classic_unit_costs():
    assert edit_cost("kitten", "sitting") == 3
    assert edit_cost("flaw", "lawn") == 2


def test_empty_strings():
    assert edit_cost("", "") == 0
    assert edit_cost("abc", "") == 3
    assert edit_cost("", "ab", insert=4) == 8


def test_expensive_deletions():
    # dropping a character costs 5, adding one costs 1
    assert edit_cost("cart", "car", insert=1, delete=5, substitute=10) == 5
    assert edit_cost("car", "cart", insert=1, delete=5, substitute=10) == 1


def test_substitution_dearer_than_delete_plus_insert():
    assert edit_cost("abc", "axc", substitute=3) == 2


def test_closest_word():
    assert closest("helo", ["hello", "help", "halo", "world"]) == "halo"
    assert closest("x", []) is None


def test_within_budget():
    assert within("cat", ["cat", "cut", "cart", "dog"], budget=1) == ["cat", "cart", "cut"]
