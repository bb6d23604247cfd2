from plan_carry_over import Step, checklist, next_step, revise


def test_matching_steps_keep_their_progress():
    old = [Step("Read the issue", done=True), Step("Write a fix", attempts=2)]
    revision = revise(old, ["read the issue.", "Write a fix", "Run the tests"])
    assert [(s.text, s.done, s.attempts) for s in revision.steps] == [
        ("read the issue.", True, 0),
        ("Write a fix", False, 2),
        ("Run the tests", False, 0),
    ]


def test_whitespace_differences_still_match():
    old = [Step("open  the\tpull request", done=True)]
    revision = revise(old, ["Open the pull request"])
    assert revision.steps[0].done is True


def test_finished_steps_that_disappear_are_reported():
    old = [Step("Clone repo", done=True), Step("Install deps", done=True), Step("Write docs")]
    revision = revise(old, ["Clone repo", "Run linter"])
    assert revision.dropped_done == ["Install deps"]


def test_next_step_is_first_unfinished():
    steps = [Step("a", done=True), Step("b"), Step("c")]
    assert next_step(steps).text == "b"
    assert next_step([Step("a", done=True)]) is None


def test_checklist_rendering():
    steps = [Step("Plan", done=True), Step("Build", attempts=1), Step("Ship")]
    assert checklist(steps) == "[x] Plan\n[ ] Build (tried 1x)\n[ ] Ship"
