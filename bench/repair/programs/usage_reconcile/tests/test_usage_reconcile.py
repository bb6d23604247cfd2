from usage_reconcile import Usage, UsageReconciler


def delta(rid, text):
    return {"type": "response.output_text.delta", "response_id": rid, "delta": text}


def finished(rid, usage, status="completed"):
    return {"type": f"response.{status}", "response": {"id": rid, "usage": usage}}


def test_estimate_while_streaming():
    tally = UsageReconciler()
    tally.on_event(delta("r1", "Hello, "))
    tally.on_event(delta("r1", "world"))
    assert tally.estimate("r1") == 3
    assert tally.totals() == Usage(output_tokens=3)


def test_final_usage_replaces_estimate():
    tally = UsageReconciler()
    tally.on_event(delta("r1", "x" * 40))
    tally.on_event(finished("r1", {"input_tokens": 120, "output_tokens": 12}))
    assert tally.totals() == Usage(input_tokens=120, output_tokens=12)
    assert tally.drift() == {"r1": 2}


def test_cached_input_tokens_reported():
    tally = UsageReconciler()
    tally.on_event(finished("r1", {
        "input_tokens": 2000,
        "input_tokens_details": {"cached_tokens": 1536},
        "output_tokens": 50,
        "output_tokens_details": {"reasoning_tokens": 20},
    }))
    assert tally.totals() == Usage(input_tokens=2000, cached_tokens=1536, output_tokens=50)


def test_response_cut_at_max_output_tokens_uses_reported_usage():
    tally = UsageReconciler()
    tally.on_event(delta("r1", "a" * 30))
    tally.on_event(finished("r1", {"input_tokens": 90, "output_tokens": 16}, "incomplete"))
    assert tally.totals() == Usage(input_tokens=90, output_tokens=16)


def test_several_responses_add_up():
    tally = UsageReconciler()
    tally.on_event(finished("r1", {"input_tokens": 10, "output_tokens": 5}))
    tally.on_event(delta("r2", "abcdefgh"))
    assert tally.totals() == Usage(input_tokens=10, output_tokens=7)


def test_other_events_ignored():
    tally = UsageReconciler()
    tally.on_event({"type": "response.created", "response": {"id": "r1"}})
    assert tally.totals() == Usage()
