import itertools
import random

from log_collapse import collapse, collapse_text


def _reference(entries, max_run=None):
    """entries: (timestamp, message) pairs."""
    out = []
    i = 0
    while i < len(entries):
        j = i
        while (j + 1 < len(entries) and entries[j + 1][1] == entries[i][1]
               and (max_run is None or j + 1 - i < max_run)):
            j += 1
        count = j - i + 1
        line = f"{entries[i][0]} {entries[i][1]}"
        out.append(line if count == 1 else f"{line} [x{count}]")
        i = j + 1
    return out


def test_random_runs_against_reference():
    rng = random.Random(17)
    for _ in range(200):
        entries = [(f"2024-01-0{rng.randint(1, 9)} 12:00:0{rng.randint(0, 9)}",
                    rng.choice(["a", "b", "c"])) for _ in range(rng.randint(0, 12))]
        max_run = rng.choice([None, 1, 2, 3])
        lines = [f"{stamp} {message}" for stamp, message in entries]
        assert list(collapse(lines, max_run)) == _reference(entries, max_run)


def test_non_adjacent_repeats_kept_apart():
    assert list(collapse(["a", "a", "b", "a", "a"])) == ["a [x2]", "b", "a [x2]"]


def test_max_run_one_keeps_every_line():
    assert list(collapse(["x", "x", "x"], max_run=1)) == ["x", "x", "x"]


def test_works_on_a_lazy_stream():
    stream = itertools.islice(itertools.cycle(["ping", "ping", "pong"]), 3000)
    assert list(itertools.islice(collapse(stream), 4)) == ["ping [x2]", "pong", "ping [x2]",
                                                            "pong"]


def test_trailing_newlines_and_blank_lines():
    assert list(collapse(["a\n", "a\n", "\n", "\n", "b\n"])) == ["a [x2]", " [x2]", "b"]
    assert collapse_text("ok\nok\nok") == "ok [x3]"
