from turn_usage_tracker import TurnUsage, UsageTracker


def usage(prompt, completion, cached=None):
    block = {"prompt_tokens": prompt, "completion_tokens": completion,
             "total_tokens": prompt + completion}
    if cached is not None:
        block["prompt_tokens_details"] = {"cached_tokens": cached}
    return block


def test_new_tracker_is_empty():
    tracker = UsageTracker()
    assert tracker.totals() == TurnUsage(turn=0)
    assert tracker.heaviest() is None


def test_first_record_starts_a_turn():
    tracker = UsageTracker()
    tracker.record(usage(120, 30))
    assert len(tracker.turns) == 1
    assert tracker.turns[0].input_tokens == 120


def test_turn_counts_input_and_output():
    tracker = UsageTracker()
    tracker.start_turn()
    turn = tracker.record(usage(200, 50))
    assert (turn.input_tokens, turn.output_tokens, turn.total) == (200, 50, 250)


def test_cached_prompt_tokens():
    tracker = UsageTracker()
    turn = tracker.record(usage(1000, 10, cached=800))
    assert turn.cached_tokens == 800
    assert turn.uncached_input == 200


def test_turns_are_numbered():
    tracker = UsageTracker()
    assert tracker.start_turn().turn == 1
    assert tracker.start_turn().turn == 2
