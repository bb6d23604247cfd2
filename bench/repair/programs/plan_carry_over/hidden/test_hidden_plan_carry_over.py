from plan_carry_over import Step, normalise, revise


def test_unfinished_dropped_steps_are_not_reported():
    old = [Step("a"), Step("b", attempts=3), Step("c", done=True)]
    revision = revise(old, ["c"])
    assert revision.dropped_done == []
    assert revision.steps[0].done is True


def test_dropped_done_keeps_old_order_and_text():
    old = [
        Step("Fetch data.", done=True),
        Step("Clean data"),
        Step("Train model", done=True),
        Step("Plot", done=True),
    ]
    revision = revise(old, ["plot", "Evaluate"])
    assert revision.dropped_done == ["Fetch data.", "Train model"]


def test_duplicate_steps_match_one_to_one():
    old = [Step("retry request", done=True), Step("retry request", attempts=1)]
    revision = revise(old, ["Retry request", "retry request", "retry request"])
    assert [(s.done, s.attempts) for s in revision.steps] == [(True, 0), (False, 1), (False, 0)]
    assert revision.dropped_done == []


def test_duplicate_done_step_left_over_is_reported():
    old = [Step("poll status", done=True), Step("poll status", done=True), Step("x")]
    revision = revise(old, ["poll status"])
    assert revision.dropped_done == ["poll status"]


def test_nothing_dropped_when_plan_is_only_extended():
    old = [Step("one", done=True), Step("two")]
    revision = revise(old, ["one", "two", "three"])
    assert revision.dropped_done == []
    assert [s.text for s in revision.steps] == ["one", "two", "three"]


def test_normalise():
    assert normalise("  Run   THE tests.  ") == "run the tests"
    assert normalise("deploy") == "deploy"
