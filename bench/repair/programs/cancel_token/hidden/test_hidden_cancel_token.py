import pytest
from cancel_token import Cancelled, CancelToken


def test_callback_sees_cancelled_state():
    token = CancelToken()
    seen = []
    token.on_cancel(lambda: seen.append((token.cancelled, token.reason)))
    token.cancel("shutdown")
    assert seen == [(True, "shutdown")]


def test_cancel_from_inside_callback_is_ignored():
    token = CancelToken()
    results = []
    token.on_cancel(lambda: results.append(token.cancel("again")))
    assert token.cancel("first") is True
    assert results == [False]
    assert token.reason == "first"


def test_linked_tokens_cancel_each_other_once():
    a, b = CancelToken(), CancelToken()
    calls = []
    a.on_cancel(lambda: calls.append(("a", b.cancel(a.reason or "?"))))
    b.on_cancel(lambda: calls.append(("b", a.cancel(b.reason or "?"))))
    a.cancel("from a")
    assert (a.reason, b.reason) == ("from a", "from a")
    assert calls == [("b", False), ("a", True)]


def test_deadline_reason_visible_to_callbacks_of_children():
    run = CancelToken(deadline=5.0)
    step = run.child()
    seen = []
    step.on_cancel(lambda: seen.append(step.reason))
    with pytest.raises(Cancelled):
        run.check(now=6.0)
    assert seen == ["deadline exceeded"]


def test_late_callback_runs_immediately():
    token = CancelToken()
    token.cancel("done")
    seen = []
    token.on_cancel(lambda: seen.append(token.reason))
    assert seen == ["done"]


def test_child_of_cancelled_parent_starts_cancelled():
    run = CancelToken()
    run.cancel("stop")
    with pytest.raises(Cancelled, match="stop"):
        run.child(timeout=5.0).check(now=0.0)
