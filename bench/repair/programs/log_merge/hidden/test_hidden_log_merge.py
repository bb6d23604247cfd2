import itertools
import random
from datetime import datetime, timedelta

from log_merge import LogEntry, between, merge_logs

T0 = datetime(2024, 3, 1, 12, 0, 0)


def log(host, *seconds):
    return [LogEntry(T0 + timedelta(seconds=s), host, f"{host}@{s}") for s in seconds]


def test_many_streams_against_sorting():
    rng = random.Random(17)
    for _ in range(200):
        streams = [log(f"h{i}", *sorted(rng.randint(0, 20) for _ in range(rng.randint(0, 6))))
                   for i in range(rng.randint(0, 6))]
        expected = sorted(itertools.chain(*streams), key=lambda entry: entry.at)
        assert list(merge_logs(*streams)) == expected


def test_three_hosts_started_in_reverse_order():
    merged = merge_logs(log("c", 30, 31), log("b", 20, 40), log("a", 10, 50))
    assert [e.text for e in merged] == ["a@10", "b@20", "c@30", "c@31", "b@40", "a@50"]


def test_accepts_lazy_and_endless_streams():
    endless = (LogEntry(T0 + timedelta(seconds=2 * i + 1), "tick", f"tick{i}")
               for i in itertools.count())
    merged = merge_logs(endless, iter(log("web", 0, 2, 4)))
    first = list(itertools.islice(merged, 5))
    assert [e.text for e in first] == ["web@0", "tick0", "web@2", "tick1", "web@4"]


def test_between_stops_at_end_of_merged_stream():
    endless = (LogEntry(T0 + timedelta(seconds=i), "tick", str(i)) for i in itertools.count())
    window = between(merge_logs(log("web", 0, 9), endless),
                     T0 + timedelta(seconds=3), T0 + timedelta(seconds=6))
    assert [e.text for e in window] == ["3", "4", "5"]
