from fanin_usage_merge import merge_fanout


def ok(task, items, inp=0, out=0):
    return {"task": task, "status": "ok", "items": items,
            "usage": {"input_tokens": inp, "output_tokens": out}}


def err(task, message=None, inp=0, out=0):
    res = {"task": task, "status": "error", "usage": {"input_tokens": inp, "output_tokens": out}}
    if message is not None:
        res["error"] = message
    return res


def test_every_attempt_is_billed():
    results = [err("a", "503", 40, 0), err("a", "503", 40, 0), ok("a", ["done"], 40, 12)]
    report = merge_fanout(results, ["a"])
    assert report["usage"] == {"input_tokens": 120, "output_tokens": 12}
    assert report["items"] == ["done"]


def test_usage_sum_with_three_workers_and_missing_usage():
    results = [ok("c", [], 7, 1), {"task": "b", "status": "ok", "items": []}, ok("a", [], 5, 2)]
    report = merge_fanout(results, ["a", "b", "c"])
    assert report["usage"] == {"input_tokens": 12, "output_tokens": 3}


def test_error_messages_for_several_tasks():
    results = [err("x", "context overflow"), err("y", "rate limited"), ok("z", [1])]
    report = merge_fanout(results, ["x", "y", "z"])
    assert report["errors"] == {"x": "context overflow", "y": "rate limited"}


def test_error_without_message_uses_default():
    report = merge_fanout([err("x")], ["x"])
    assert report["errors"] == {"x": "unknown error"}


def test_latest_error_message_kept_until_success():
    report = merge_fanout([err("x", "first"), err("x", "second")], ["x"])
    assert report["errors"] == {"x": "second"}


def test_error_after_success_is_ignored():
    report = merge_fanout([ok("x", ["v"], 1, 1), err("x", "late", 2, 0)], ["x"])
    assert report["errors"] == {}
    assert report["items"] == ["v"]
    assert report["usage"] == {"input_tokens": 3, "output_tokens": 1}


def test_empty_fanout():
    report = merge_fanout([], [])
    assert report == {"items": [], "usage": {"input_tokens": 0, "output_tokens": 0},
                      "errors": {}, "missing": [], "complete": True}
