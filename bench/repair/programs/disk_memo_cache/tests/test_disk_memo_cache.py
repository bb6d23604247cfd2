from disk_memo_cache import DiskMemo


def add(a, b):
    return a + b


def test_second_call_is_a_hit(tmp_path):
    memo = DiskMemo(str(tmp_path / "memo.json"))
    assert memo.call("add", {"a": 1, "b": 2}, add) == 3
    assert memo.call("add", {"a": 1, "b": 2}, add) == 3
    assert (memo.hits, memo.misses) == (1, 1)


def test_key_ignores_argument_order():
    assert DiskMemo.key("add", {"a": 1, "b": 2}) == DiskMemo.key("add", {"b": 2, "a": 1})
    assert DiskMemo.key("add", {"a": 1}) != DiskMemo.key("sub", {"a": 1})


def test_results_survive_restart(tmp_path):
    path = str(tmp_path / "memo.json")
    DiskMemo(path).call("add", {"a": 2, "b": 5}, add)
    memo = DiskMemo(path)
    assert memo.call("add", {"a": 2, "b": 5}, lambda **kw: "recomputed") == 7
    assert memo.hits == 1


def test_truncated_file_starts_empty(tmp_path):
    path = tmp_path / "memo.json"
    path.write_text('{"abc": {"tool": "add", "res')
    memo = DiskMemo(str(path))
    assert memo.call("add", {"a": 1, "b": 1}, add) == 2
    assert memo.misses == 1
