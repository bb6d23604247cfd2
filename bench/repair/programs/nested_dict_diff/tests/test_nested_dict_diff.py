from nested_dict_diff import Change, diff, format_changes


def test_identical_dicts_have_no_changes():
    cfg = {"name": "svc", "db": {"host": "h", "port": 5432}}
    assert diff(cfg, {"name": "svc", "db": {"host": "h", "port": 5432}}) == []


def test_changed_nested_value():
    old = {"db": {"host": "h", "port": 5432}}
    new = {"db": {"host": "h", "port": 6543}}
    assert diff(old, new) == [Change("changed", ("db", "port"), 5432, 6543)]


def test_added_and_removed_keys():
    old = {"a": 1, "b": 2}
    new = {"a": 1, "c": 3}
    assert diff(old, new) == [
        Change("removed", ("b",), old=2),
        Change("added", ("c",), new=3),
    ]


def test_dict_replaced_by_scalar():
    old = {"cache": {"ttl": 30}}
    new = {"cache": None}
    assert diff(old, new) == [Change("changed", ("cache",), {"ttl": 30}, None)]


def test_format_changes():
    old = {"db": {"port": 1}, "debug": False}
    new = {"db": {"port": 2}, "log": "info"}
    assert format_changes(diff(old, new)) == [
        "~ db.port: 1 -> 2",
        "- debug: False",
        "+ log: 'info'",
    ]
