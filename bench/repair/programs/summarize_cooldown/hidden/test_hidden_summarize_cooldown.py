from summarize_cooldown import SessionTracker, SummaryPolicy


def summarizer(size):
    def run(tracker):
        return f"s{tracker.turn}", size
    return run


def test_first_turn_exactly_at_threshold():
    tracker = SessionTracker(SummaryPolicy(context_window=1000, fill_ratio=0.5))
    tracker.record_turn(499)
    assert not tracker.should_summarize()
    tracker = SessionTracker(SummaryPolicy(context_window=1000, fill_ratio=0.5))
    tracker.record_turn(500)
    assert tracker.should_summarize()


def test_second_turn_over_threshold_without_previous_summary():
    tracker = SessionTracker(SummaryPolicy(context_window=4000))
    tracker.record_turn(100)
    tracker.record_turn(3000)
    assert tracker.turns_since_summary() == 2
    assert tracker.should_summarize()


def test_step_on_first_turn_summarizes_big_input():
    tracker = SessionTracker(SummaryPolicy(context_window=2000))
    assert tracker.step(1800, summarizer(300)) is True
    assert tracker.summaries == ["s1"]
    assert tracker.last_summary_turn == 1
    assert tracker.tokens == 300


def test_cooldown_ends_after_configured_turns():
    tracker = SessionTracker(SummaryPolicy(context_window=1000, cooldown_turns=3))
    tracker.record_turn(900)
    tracker.apply_summary("s", 800)
    tracker.record_turn(0)
    assert not tracker.should_summarize()
    tracker.record_turn(0)
    assert not tracker.should_summarize()
    tracker.record_turn(0)
    assert tracker.should_summarize()


def test_zero_cooldown():
    tracker = SessionTracker(SummaryPolicy(context_window=1000, cooldown_turns=0))
    tracker.record_turn(800)
    tracker.apply_summary("s", 760)
    assert tracker.should_summarize()


def test_max_turns_counted_from_last_summary():
    tracker = SessionTracker(SummaryPolicy(context_window=10_000, max_turns=5))
    results = [tracker.step(1, summarizer(1)) for _ in range(12)]
    assert results == [False] * 4 + [True] + [False] * 4 + [True] + [False] * 2
    assert tracker.summaries == ["s5", "s10"]


def test_step_sequence_with_cooldown():
    tracker = SessionTracker(SummaryPolicy(context_window=1000, cooldown_turns=2))
    results = [tracker.step(400, summarizer(700)) for _ in range(5)]
    assert results == [False, True, False, True, False]


def test_under_threshold_early_turns_do_nothing():
    tracker = SessionTracker(SummaryPolicy(context_window=1000))
    tracker.record_turn(10)
    assert not tracker.should_summarize()
    assert tracker.summaries == []
