import itertools

import pytest

from tag_query_eval import QuerySyntaxError, filter_items, matches

QUERIES = {
    "a AND b AND c": lambda a, b, c: a and b and c,
    "a OR b AND c": lambda a, b, c: a or (b and c),
    "a AND b OR c": lambda a, b, c: (a and b) or c,
    "NOT a AND b": lambda a, b, c: (not a) and b,
    "NOT (a AND b) OR c": lambda a, b, c: (not (a and b)) or c,
    "a AND (b OR c) AND NOT c": lambda a, b, c: a and (b or c) and not c,
    "(a OR b) AND (b OR c)": lambda a, b, c: (a or b) and (b or c),
    "NOT NOT a AND NOT b": lambda a, b, c: a and not b,
    "a AND NOT (b OR c) OR b AND c": lambda a, b, c: (a and not (b or c)) or (b and c),
}


@pytest.mark.parametrize("query", QUERIES)
def test_truth_tables(query):
    for a, b, c in itertools.product([False, True], repeat=3):
        tags = {name for name, present in zip("abc", (a, b, c)) if present}
        assert matches(query, tags) == QUERIES[query](a, b, c), (query, tags)


def test_false_left_operand_still_checks_syntax():
    for query in ["x AND y z", "x AND (y", "x AND", "x AND AND y"]:
        with pytest.raises(QuerySyntaxError):
            matches(query, set())


def test_true_left_operand_still_checks_syntax():
    for query in ["x OR y z", "x OR (y", "x OR", "x OR OR y"]:
        with pytest.raises(QuerySyntaxError):
            matches(query, {"x"})


def test_filter_with_missing_first_tag():
    items = {"one": {"b"}, "two": {"a", "b"}, "three": set()}
    assert filter_items("a AND b", items) == ["two"]
    assert filter_items("NOT a AND NOT b", items) == ["three"]


def test_tags_with_punctuation():
    assert matches("c++ AND (gui-toolkit OR qt5)", {"C++", "qt5"})
    assert not matches("c++ AND NOT qt5", {"c++", "qt5"})
