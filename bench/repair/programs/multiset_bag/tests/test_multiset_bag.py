from multiset_bag import Bag


def test_counts_and_length():
    bag = Bag("banana")
    assert bag.count("a") == 3
    assert bag.count("n") == 2
    assert bag.count("z") == 0
    assert len(bag) == 6


def test_remove_some_copies():
    bag = Bag(["x", "x", "x", "y"])
    bag.remove("x", 2)
    assert bag.count("x") == 1
    assert "x" in bag


def test_remove_last_copy():
    bag = Bag(["x", "y"])
    bag.remove("x")
    assert "x" not in bag
    assert bag.distinct() == {"y"}


def test_union_and_intersection():
    left, right = Bag("aab"), Bag("abbc")
    assert sorted(left.union(right)) == ["a", "a", "b", "b", "c"]
    assert sorted(left.intersection(right)) == ["a", "b"]


def test_subset():
    assert Bag("ab").issubset(Bag("aabc"))
    assert not Bag("aab").issubset(Bag("abc"))
