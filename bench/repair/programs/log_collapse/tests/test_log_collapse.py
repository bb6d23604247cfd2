from log_collapse import collapse, collapse_text, message_key


def test_distinct_lines_pass_through():
    assert list(collapse(["a", "b", "c"])) == ["a", "b", "c"]


def test_empty_input():
    assert list(collapse([])) == []


def test_message_key_strips_timestamp():
    assert message_key("2024-05-01T10:00:00Z retrying\n") == "retrying"
    assert message_key("[2024-05-01 10:00:00,123] retrying") == "retrying"


def test_repeats_collapsed():
    lines = ["start", "retrying", "retrying", "retrying", "done"]
    assert list(collapse(lines)) == ["start", "retrying [x3]", "done"]


def test_timestamps_ignored_first_one_kept():
    text = ("2024-05-01T10:00:00Z waiting for lock\n"
            "2024-05-01T10:00:01Z waiting for lock\n"
            "2024-05-01T10:00:02Z acquired\n")
    assert collapse_text(text) == ("2024-05-01T10:00:00Z waiting for lock [x2]\n"
                                   "2024-05-01T10:00:02Z acquired")


def test_max_run_splits_long_runs():
    assert list(collapse(["x"] * 5, max_run=2)) == ["x [x2]", "x [x2]", "x"]
