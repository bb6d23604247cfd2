from fanin_usage_merge import merge_fanout


def ok(task, items, inp=10, out=5):
    return {"task": task, "status": "ok", "items": items,
            "usage": {"input_tokens": inp, "output_tokens": out}}


def test_items_follow_task_order_not_arrival_order():
    report = merge_fanout([ok("b", ["b1"]), ok("a", ["a1", "a2"])], ["a", "b"])
    assert report["items"] == ["a1", "a2", "b1"]
    assert report["complete"] is True


def test_usage_is_summed_over_subtasks():
    report = merge_fanout([ok("a", [], 100, 20), ok("b", [], 50, 7)], ["a", "b"])
    assert report["usage"] == {"input_tokens": 150, "output_tokens": 27}


def test_failed_subtask_is_reported_with_its_message():
    failed = {"task": "b", "status": "error", "error": "tool timed out",
              "usage": {"input_tokens": 3, "output_tokens": 0}}
    report = merge_fanout([ok("a", ["x"]), failed], ["a", "b"])
    assert report["errors"] == {"b": "tool timed out"}
    assert report["items"] == ["x"]
    assert report["complete"] is False


def test_missing_subtask_makes_report_incomplete():
    report = merge_fanout([ok("a", ["x"])], ["a", "b", "c"])
    assert report["missing"] == ["b", "c"]
    assert report["complete"] is False


def test_retry_that_succeeds_clears_error():
    failed = {"task": "a", "status": "error", "error": "rate limited"}
    report = merge_fanout([failed, ok("a", ["x"])], ["a"])
    assert report["errors"] == {}
    assert report["complete"] is True
