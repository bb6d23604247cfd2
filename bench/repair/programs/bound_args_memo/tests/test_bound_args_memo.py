from bound_args_memo import freeze, memoize


def counted(maxsize=128):
    calls = []

    @memoize(maxsize)
    def area(width, height=2):
        calls.append((width, height))
        return width * height

    return area, calls


def test_repeated_call_is_computed_once():
    area, calls = counted()
    assert area(3, 4) == 12
    assert area(3, 4) == 12
    assert calls == [(3, 4)]


def test_keywords_and_positionals_share_an_entry():
    area, calls = counted()
    area(3, 4)
    area(width=3, height=4)
    area(height=4, width=3)
    assert calls == [(3, 4)]


def test_default_value_and_explicit_value_share_an_entry():
    area, calls = counted()
    assert area(5) == 10
    assert area(5, 2) == 10
    assert area(5, height=2) == 10
    assert calls == [(5, 2)]


def test_unhashable_arguments_are_frozen():
    calls = []

    @memoize()
    def total(items, weights):
        calls.append(1)
        return sum(weights.get(item, 1) for item in items)

    assert total(["a", "b"], {"a": 3}) == 4
    assert total(["a", "b"], {"a": 3}) == 4
    assert len(calls) == 1
    assert freeze({"x": [1, {2}]}) == freeze({"x": (1, frozenset({2}))})


def test_least_recently_used_result_is_dropped():
    area, calls = counted(maxsize=2)
    area(1)
    area(2)
    area(1)
    area(3)
    area(1)
    area(2)
    assert calls == [(1, 2), (2, 2), (3, 2), (2, 2)]
    assert area.cache_info() == {"hits": 2, "misses": 4, "size": 2}
