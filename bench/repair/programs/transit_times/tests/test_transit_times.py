from transit_times import DecreaseKeyQueue, travel_times


def test_queue_pops_lowest_first():
    queue = DecreaseKeyQueue()
    queue.push("b", 2.0)
    queue.push("a", 1.0)
    queue.push("c", 3.0)
    assert [queue.pop() for _ in range(3)] == [("a", 1.0), ("b", 2.0), ("c", 3.0)]
    assert len(queue) == 0


def test_queue_decrease_key():
    queue = DecreaseKeyQueue()
    queue.push("x", 10.0)
    queue.push("y", 5.0)
    queue.push("x", 1.0)
    assert len(queue) == 2
    assert queue.priority("x") == 1.0
    assert queue.pop() == ("x", 1.0)
    assert "x" not in queue


def test_source_alone():
    assert travel_times({7: {}}, 7) == {7: 0.0}


def test_line_with_shortcut():
    graph = {
        0: {1: 4.0, 2: 1.0},
        2: {1: 2.0},
        1: {3: 5.0},
    }
    assert travel_times(graph, 0) == {0: 0.0, 2: 1.0, 1: 3.0, 3: 8.0}
