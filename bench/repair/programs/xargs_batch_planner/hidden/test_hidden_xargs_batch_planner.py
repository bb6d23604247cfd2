import pytest

from xargs_batch_planner import arg_size, plan_batches


def test_size_limit_is_exact():
    # base "cat" costs 4, each "abcd" costs 5 -> 4 + 5 * 3 = 19
    items = ["abcd"] * 7
    batches = plan_batches(["cat"], items, max_bytes=19)
    assert batches == [["cat", "abcd", "abcd", "abcd"]] * 2 + [["cat", "abcd"]]
    batches = plan_batches(["cat"], items, max_bytes=18)
    assert [len(b) - 1 for b in batches] == [2, 2, 2, 1]


def test_multibyte_arguments_counted_in_bytes():
    assert arg_size("é") == 3
    assert arg_size("日本") == 7
    batches = plan_batches(["wc"], ["日本", "日本", "日本"], max_bytes=3 + 7 * 2)
    assert batches == [["wc", "日本", "日本"], ["wc", "日本"]]


def test_every_batch_is_within_limit():
    items = [f"src/module_{i}/file_{i * 7}.py" for i in range(200)]
    base = ["python", "-m", "black", "--check"]
    batches = plan_batches(base, items, max_bytes=512)
    assert [x for b in batches for x in b[len(base):]] == items
    for b in batches:
        assert b[:len(base)] == base
        assert sum(len(a.encode()) + 1 for a in b) <= 512
    # greedy: adding the next item would have overflowed
    for b, nxt in zip(batches, batches[1:]):
        assert sum(len(a.encode()) + 1 for a in b) + len(nxt[len(base)].encode()) + 1 > 512


def test_single_argument_too_long():
    with pytest.raises(ValueError):
        plan_batches(["cat"], ["ok", "y" * 20], max_bytes=24)
    assert plan_batches(["cat"], ["y" * 19], max_bytes=24) == [["cat", "y" * 19]]


def test_base_exactly_at_limit_rejected():
    with pytest.raises(ValueError):
        plan_batches(["abc"], ["x"], max_bytes=4)


def test_both_limits_together():
    batches = plan_batches(["e"], ["aa", "bb", "cc", "dd"], max_bytes=2 + 3 * 3, max_args=2)
    assert batches == [["e", "aa", "bb"], ["e", "cc", "dd"]]
    with pytest.raises(ValueError):
        plan_batches(["e"], ["a"], max_bytes=100, max_args=0)


def test_accepts_generators():
    batches = plan_batches(("ls",), (str(i) for i in range(3)), max_bytes=100)
    assert batches == [["ls", "0", "1", "2"]]
