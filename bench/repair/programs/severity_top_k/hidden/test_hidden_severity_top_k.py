import random

from severity_top_k import Record, SevereTail

ORDER = {"debug": 10, "info": 20, "warn": 30, "warning": 30, "error": 40,
         "critical": 50, "fatal": 50}


def _expected(records, k):
    ranked = sorted(records, key=lambda r: (ORDER[r.level.lower()], r.seq), reverse=True)
    return ranked[:k]


def test_random_streams_against_sorting():
    rng = random.Random(8)
    levels = [*ORDER, "ERROR", "Warn", "FATAL"]
    for _ in range(300):
        k = rng.randint(1, 5)
        records = [Record(seq, rng.choice(levels), f"m{seq}") for seq in range(rng.randint(0, 20))]
        rng.shuffle(records)
        tail = SevereTail(k)
        tail.extend(records)
        assert tail.most_severe() == _expected(records, k)


def test_offer_result_matches_membership():
    rng = random.Random(2)
    for _ in range(100):
        tail = SevereTail(3)
        seen = []
        for seq in range(15):
            record = Record(seq, rng.choice(list(ORDER)), "")
            seen.append(record)
            assert tail.offer(record) == (record in _expected(seen, 3))


def test_errors_kept_over_warnings_and_below_fatal():
    tail = SevereTail(3)
    tail.extend([
        Record(10, "error", "e1"),
        Record(11, "warn", "w1"),
        Record(12, "warning", "w2"),
        Record(13, "error", "e2"),
        Record(14, "warn", "w3"),
        Record(9, "fatal", "f1"),
    ])
    assert [r.message for r in tail.most_severe()] == ["f1", "e2", "e1"]


def test_error_never_displaced_by_warnings():
    tail = SevereTail(1)
    assert tail.offer(Record(0, "Error", "boom"))
    for seq in range(1, 20):
        assert not tail.offer(Record(seq, "warning", "noise"))
    assert tail.most_severe()[0].message == "boom"


def test_fewer_records_than_k():
    tail = SevereTail(10)
    tail.extend([Record(1, "info", "a"), Record(2, "error", "b")])
    assert [r.message for r in tail.most_severe()] == ["b", "a"]
