from kuhn_matching import is_perfect, max_matching, unmatched


def test_everyone_has_a_distinct_option():
    options = {"ann": ["p1"], "bob": ["p2"], "cy": ["p3"]}
    assert max_matching(options) == {"ann": "p1", "bob": "p2", "cy": "p3"}


def test_second_reviewer_moves_the_first():
    options = {"ann": ["p1", "p2"], "bob": ["p1"]}
    assert max_matching(options) == {"ann": "p2", "bob": "p1"}


def test_matching_is_valid():
    options = {"a": ["x", "y"], "b": ["x"], "c": ["y", "z"], "d": ["z", "w"]}
    matching = max_matching(options)
    assert len(matching) == 4
    assert len(set(matching.values())) == 4
    assert all(right in options[left] for left, right in matching.items())


def test_not_enough_papers():
    options = {"a": ["x"], "b": ["x"], "c": ["x", "y"]}
    assert len(max_matching(options)) == 2
    assert not is_perfect(options)


def test_reviewer_without_options_stays_unmatched():
    options = {"a": [], "b": ["x"]}
    assert unmatched(options) == ["a"]
    assert max_matching(options) == {"b": "x"}
