from turn_usage_tracker import UsageTracker


def usage(prompt, completion, cached=None):
    block = {"prompt_tokens": prompt, "completion_tokens": completion,
             "total_tokens": prompt + completion}
    if cached is not None:
        block["prompt_tokens_details"] = {"cached_tokens": cached}
    return block


def test_several_calls_in_one_turn():
    tracker = UsageTracker()
    tracker.start_turn()
    tracker.record(usage(100, 7))
    turn = tracker.record(usage(150, 13, cached=100))
    assert (turn.calls, turn.input_tokens, turn.output_tokens) == (2, 250, 20)
    assert turn.cached_tokens == 100


def test_totals_across_turns():
    tracker = UsageTracker()
    tracker.start_turn()
    tracker.record(usage(10, 90))
    tracker.start_turn()
    tracker.record(usage(40, 5, cached=30))
    tracker.record(usage(60, 1))
    total = tracker.totals()
    assert (total.calls, total.input_tokens, total.output_tokens) == (3, 110, 96)
    assert total.cached_tokens == 30
    assert total.total == 206


def test_heaviest_turn_counts_output_too():
    tracker = UsageTracker()
    tracker.start_turn()
    tracker.record(usage(300, 10))
    tracker.start_turn()
    tracker.record(usage(200, 400))
    assert tracker.heaviest().turn == 2


def test_details_may_be_null_or_missing():
    tracker = UsageTracker()
    block = usage(50, 5)
    block["prompt_tokens_details"] = None
    tracker.record(block)
    tracker.record({"prompt_tokens": 8, "completion_tokens": 2})
    turn = tracker.turns[0]
    assert (turn.input_tokens, turn.output_tokens, turn.cached_tokens) == (58, 7, 0)
