import random

from linked_merge_sort import from_iterable, iterate, merge_sort


def _nodes(head):
    nodes = []
    while head is not None and len(nodes) < 10_000:
        nodes.append(head)
        head = head.next
    return nodes


def test_random_lists_match_sorted():
    rng = random.Random(17)
    for _ in range(200):
        values = [rng.randint(-20, 20) for _ in range(rng.randint(0, 25))]
        assert list(iterate(merge_sort(from_iterable(values)))) == sorted(values)


def test_stability_against_sorted():
    rng = random.Random(4)
    for _ in range(100):
        pairs = [(rng.randint(0, 4), n) for n in range(rng.randint(0, 30))]
        head = merge_sort(from_iterable(pairs), key=lambda pair: pair[0])
        assert list(iterate(head)) == sorted(pairs, key=lambda pair: pair[0])


def test_two_nodes_both_orders():
    assert list(iterate(merge_sort(from_iterable([2, 1])))) == [1, 2]
    assert list(iterate(merge_sort(from_iterable([1, 2])))) == [1, 2]


def test_nodes_are_relinked_not_copied():
    head = from_iterable([7, 3, 5, 1])
    original = {id(node) for node in _nodes(head)}
    result = merge_sort(head)
    assert {id(node) for node in _nodes(result)} == original
    assert _nodes(result)[-1].next is None


def test_reverse_sorted_long_list():
    values = list(range(300, 0, -1))
    assert list(iterate(merge_sort(from_iterable(values)))) == sorted(values)


def test_descending_key():
    head = merge_sort(from_iterable(["b", "c", "a"]), key=lambda s: -ord(s))
    assert list(iterate(head)) == ["c", "b", "a"]
