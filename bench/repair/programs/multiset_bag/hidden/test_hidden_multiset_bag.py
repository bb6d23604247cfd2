from collections import Counter

from multiset_bag import Bag


def test_remove_down_to_zero_in_steps():
    bag = Bag("mississippi")
    for _ in range(4):
        bag.remove("s")
    assert bag.count("s") == 0
    assert "s" not in bag
    assert bag.distinct() == {"m", "i", "p"}
    assert len(bag) == 7


def test_remove_exact_count_at_once():
    bag = Bag("aaab")
    bag.remove("a", 3)
    assert list(bag) == ["b"]
    assert bag.most_common(5) == [("b", 1)]


def test_remove_more_than_present_and_absent():
    bag = Bag("ab")
    bag.remove("a", 5)
    bag.remove("q")
    assert "a" not in bag and "q" not in bag
    assert bag.distinct() == {"b"}


def test_most_common_after_removals():
    bag = Bag("aaabbc")
    bag.remove("c")
    bag.remove("b", 2)
    assert bag.most_common(3) == [("a", 3)]


def test_emptied_bag_behaves_like_a_new_one():
    bag = Bag("xy")
    bag.remove("x")
    bag.remove("y")
    assert len(bag) == 0 and list(bag) == [] and bag.distinct() == set()
    assert bag.issubset(Bag())
    assert len(bag.union(Bag("z"))) == 1
    assert bag.union(Bag("z")).distinct() == {"z"}


def test_against_counter():
    words = "the cat and the hat and the bat".split()
    bag, counter = Bag(words), Counter(words)
    for word in ["the", "and", "cat", "cat"]:
        bag.remove(word)
        counter.subtract([word])
    expected = {w: n for w, n in counter.items() if n > 0}
    assert {w: bag.count(w) for w in bag.distinct()} == expected
    assert bag.distinct() == set(expected)
