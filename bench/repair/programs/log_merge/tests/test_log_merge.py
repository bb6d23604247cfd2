from datetime import datetime, timedelta

from log_merge import LogEntry, between, bursts, merge_logs

T0 = datetime(2024, 3, 1, 12, 0, 0)


def log(host, *seconds):
    return [LogEntry(T0 + timedelta(seconds=s), host, f"{host}@{s}") for s in seconds]


def texts(entries):
    return [entry.text for entry in entries]


def test_merge_two_hosts():
    merged = merge_logs(log("web", 1, 4, 6), log("db", 2, 3, 8))
    assert texts(merged) == ["web@1", "db@2", "db@3", "web@4", "web@6", "db@8"]


def test_merge_when_a_later_host_starts_first():
    merged = merge_logs(log("web", 3, 5, 9), log("db", 1, 7))
    assert texts(merged) == ["db@1", "web@3", "web@5", "db@7", "web@9"]


def test_equal_times_keep_stream_order():
    assert texts(merge_logs(log("a", 5), log("b", 5))) == ["a@5", "b@5"]


def test_empty_streams():
    assert texts(merge_logs([], log("web", 2), [])) == ["web@2"]
    assert list(merge_logs()) == []


def test_between():
    window = between(log("web", 1, 2, 3, 4), T0 + timedelta(seconds=2), T0 + timedelta(seconds=4))
    assert texts(window) == ["web@2", "web@3"]


def test_bursts():
    runs = bursts(log("web", 0, 1, 2, 10, 11, 30), timedelta(seconds=2))
    assert [texts(run) for run in runs] == [
        ["web@0", "web@1", "web@2"], ["web@10", "web@11"], ["web@30"]]
