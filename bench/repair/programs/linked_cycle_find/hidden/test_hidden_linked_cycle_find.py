from itertools import islice

from linked_cycle_find import Node, build, cycle_length, cycle_start, has_cycle, walk


def test_single_node():
    lone = Node(1)
    assert not has_cycle(lone)
    assert cycle_start(lone) is None
    lone.next = lone
    assert has_cycle(lone)
    assert cycle_start(lone) is lone
    assert cycle_length(lone) == 1


def test_every_length_and_loop_position():
    for n in range(0, 12):
        values = list(range(100, 100 + n))
        head = build(values)
        assert not has_cycle(head)
        assert cycle_start(head) is None
        assert cycle_length(head) == 0
        assert list(islice(walk(head), 50)) == values
        for loop_to in range(n):
            head = build(values, loop_to=loop_to)
            assert has_cycle(head)
            assert cycle_start(head).value == values[loop_to]
            assert cycle_length(head) == n - loop_to
            assert list(islice(walk(head), 50)) == values


def test_self_loop_at_the_end():
    head = build([3, 1, 4, 1, 5], loop_to=4)
    assert cycle_start(head).value == 5
    assert cycle_length(head) == 1
    assert list(islice(walk(head), 20)) == [3, 1, 4, 1, 5]
