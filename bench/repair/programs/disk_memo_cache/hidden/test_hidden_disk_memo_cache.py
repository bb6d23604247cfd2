import json

from disk_memo_cache import DiskMemo


def mul(x, y):
    return x * y


def test_empty_file_is_ignored(tmp_path):
    path = tmp_path / "cache.json"
    path.write_text("")
    memo = DiskMemo(str(path))
    assert memo.call("mul", {"x": 3, "y": 4}, mul) == 12
    assert json.loads(path.read_text())


def test_garbage_file_is_replaced(tmp_path):
    path = tmp_path / "cache.json"
    path.write_text("not json at all")
    memo = DiskMemo(str(path))
    memo.call("mul", {"x": 2, "y": 2}, mul)
    again = DiskMemo(str(path))
    assert again.call("mul", {"x": 2, "y": 2}, lambda **kw: -1) == 4


def test_non_dict_json_is_ignored(tmp_path):
    path = tmp_path / "cache.json"
    path.write_text("[1, 2, 3]")
    memo = DiskMemo(str(path))
    assert memo.call("mul", {"x": 1, "y": 5}, mul) == 5
    assert memo.misses == 1


def test_missing_directory_file(tmp_path):
    memo = DiskMemo(str(tmp_path / "fresh.json"))
    assert memo.hits == memo.misses == 0
    assert memo.invalidate_tool("mul") == 0


def test_invalidate_tool(tmp_path):
    path = str(tmp_path / "cache.json")
    memo = DiskMemo(path)
    memo.call("mul", {"x": 1, "y": 2}, mul)
    memo.call("mul", {"x": 2, "y": 2}, mul)
    memo.call("add", {"a": 1, "b": 2}, lambda a, b: a + b)
    assert memo.invalidate_tool("mul") == 2
    reopened = DiskMemo(path)
    assert reopened.call("mul", {"x": 1, "y": 2}, lambda **kw: "new") == "new"
    assert reopened.call("add", {"a": 1, "b": 2}, lambda **kw: "new") == 3


def test_nested_args_key_stable():
    one = DiskMemo.key("t", {"opts": {"b": [1, 2], "a": None}, "q": "x"})
    two = DiskMemo.key("t", {"q": "x", "opts": {"a": None, "b": [1, 2]}})
    assert one == two
    assert one != DiskMemo.key("t", {"q": "x", "opts": {"a": None, "b": [2, 1]}})
