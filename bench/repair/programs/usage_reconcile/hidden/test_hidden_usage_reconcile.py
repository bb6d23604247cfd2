from usage_reconcile import Usage, UsageReconciler


def delta(rid, text):
    return {"type": "response.output_text.delta", "response_id": rid, "delta": text}


def finished(rid, usage, status="completed"):
    return {"type": f"response.{status}", "response": {"id": rid, "usage": usage}}


def test_cached_tokens_summed_over_responses():
    tally = UsageReconciler()
    tally.on_event(finished("a", {"input_tokens": 100, "output_tokens": 1,
                                  "input_tokens_details": {"cached_tokens": 64}}))
    tally.on_event(finished("b", {"input_tokens": 300, "output_tokens": 2,
                                  "input_tokens_details": {"cached_tokens": 256},
                                  "output_tokens_details": {"cached_tokens": 9}}))
    assert tally.totals() == Usage(input_tokens=400, cached_tokens=320, output_tokens=3)


def test_reasoning_details_do_not_count_as_cached():
    tally = UsageReconciler()
    tally.on_event(finished("a", {"input_tokens": 5, "output_tokens": 40,
                                  "output_tokens_details": {"reasoning_tokens": 30,
                                                            "cached_tokens": 30}}))
    assert tally.totals().cached_tokens == 0


def test_incomplete_response_drift_and_cache():
    tally = UsageReconciler()
    tally.on_event(delta("cut", "z" * 81))
    tally.on_event(finished("cut", {"input_tokens": 700, "output_tokens": 25,
                                    "input_tokens_details": {"cached_tokens": 512}},
                            status="incomplete"))
    assert tally.drift() == {"cut": 4}
    assert tally.totals() == Usage(input_tokens=700, cached_tokens=512, output_tokens=25)


def test_failed_response_keeps_estimate():
    tally = UsageReconciler()
    tally.on_event(delta("f", "abcd" * 5))
    tally.on_event({"type": "response.failed", "response": {"id": "f", "usage": None}})
    assert tally.totals() == Usage(output_tokens=5)
    assert tally.drift() == {}


def test_mix_of_completed_incomplete_and_streaming():
    tally = UsageReconciler(chars_per_token=2.0)
    tally.on_event(delta("a", "1234"))
    tally.on_event(delta("b", "12345"))
    tally.on_event(delta("c", "1"))
    tally.on_event(finished("a", {"input_tokens": 3, "output_tokens": 4}))
    tally.on_event(finished("b", {"input_tokens": 6, "output_tokens": 2}, "incomplete"))
    assert tally.totals() == Usage(input_tokens=9, output_tokens=7)
    assert tally.drift() == {"a": 2, "b": -1}


def test_usage_missing_counts_zero():
    tally = UsageReconciler()
    tally.on_event({"type": "response.incomplete", "response": {"id": "q"}})
    assert tally.totals() == Usage()
