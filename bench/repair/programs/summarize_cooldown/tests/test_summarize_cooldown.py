from summarize_cooldown import SessionTracker, SummaryPolicy


def fake_summarizer(tracker):
    return f"summary of {tracker.turn} turns", 500


def test_token_threshold():
    assert SummaryPolicy(context_window=8000).token_threshold() == 6000
    assert SummaryPolicy(context_window=1000, fill_ratio=0.5).token_threshold() == 500


def test_small_session_is_not_summarized():
    tracker = SessionTracker(SummaryPolicy(context_window=8000))
    for _ in range(5):
        tracker.record_turn(200)
    assert not tracker.should_summarize()


def test_growing_session_reaches_threshold():
    tracker = SessionTracker(SummaryPolicy(context_window=8000))
    for _ in range(5):
        tracker.record_turn(1000)
    assert not tracker.should_summarize()
    tracker.record_turn(1000)
    assert tracker.should_summarize()


def test_pasting_a_large_document_triggers_summary():
    tracker = SessionTracker(SummaryPolicy(context_window=8000))
    tracker.record_turn(7000)
    assert tracker.should_summarize()


def test_no_resummarize_right_after_summary():
    tracker = SessionTracker(SummaryPolicy(context_window=8000))
    for _ in range(6):
        tracker.record_turn(1000)
    tracker.apply_summary("short version", 5900)
    tracker.record_turn(300)
    assert not tracker.should_summarize()


def test_step_runs_summarizer_and_resets_tokens():
    tracker = SessionTracker(SummaryPolicy(context_window=8000, max_turns=4))
    ran = [tracker.step(10, fake_summarizer) for _ in range(4)]
    assert ran == [False, False, False, True]
    assert tracker.tokens == 500
    assert tracker.summaries == ["summary of 4 turns"]
