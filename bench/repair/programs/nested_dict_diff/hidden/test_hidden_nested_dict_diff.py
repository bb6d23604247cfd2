from nested_dict_diff import Change, diff, format_changes


def test_scalar_replaced_by_dict():
    assert diff({"x": 1}, {"x": {"y": 1}}) == [Change("changed", ("x",), 1, {"y": 1})]


def test_list_values_compared_whole():
    assert diff({"xs": [1, 2]}, {"xs": [1, 3]}) == [Change("changed", ("xs",), [1, 2], [1, 3])]
    assert diff({"xs": [1, 2]}, {"xs": [1, 2]}) == []


def test_removed_nested_subtree_keeps_old_value():
    old = {"a": {"b": {"c": 1, "d": 2}}}
    new = {"a": {"b": {"c": 1}}}
    assert diff(old, new) == [Change("removed", ("a", "b", "d"), old=2, new=None)]


def test_removed_whole_dict():
    old = {"keep": 1, "gone": {"k": "v"}}
    assert diff(old, {"keep": 1}) == [Change("removed", ("gone",), {"k": "v"}, None)]


def test_deep_mixed_changes_sorted_by_path():
    old = {"svc": {"port": 80, "tls": {"on": False}, "tags": ["a"]}, "v": 1}
    new = {"svc": {"port": 80, "tls": True, "tags": ["a"], "name": "x"}, "v": 2}
    assert diff(old, new) == [
        Change("added", ("svc", "name"), None, "x"),
        Change("changed", ("svc", "tls"), {"on": False}, True),
        Change("changed", ("v",), 1, 2),
    ]


def test_type_change_with_equal_value():
    assert diff({"n": 1}, {"n": True}) == [Change("changed", ("n",), 1, True)]
    assert diff({"n": 1}, {"n": 1.0}) == [Change("changed", ("n",), 1, 1.0)]


def test_empty_dicts():
    assert diff({}, {}) == []
    assert diff({}, {"a": {}}) == [Change("added", ("a",), None, {})]
    assert format_changes(diff({"a": {}}, {})) == ["- a: {}"]
