from agent_stop_policy import LoopOutcome, StopPolicy, extract_final_answer, run_steps


def test_no_marker_means_no_answer():
    assert extract_final_answer("still working on it", ("FINAL ANSWER:",)) is None
    assert extract_final_answer("", ("FINAL ANSWER:",)) is None


def test_empty_answer_after_marker_still_counts():
    assert extract_final_answer("FINAL ANSWER:", ("FINAL ANSWER:",)) == ""
    outcome = run_steps(lambda n: "thinking" if n < 2 else "FINAL ANSWER:")
    assert (outcome.reason, outcome.steps, outcome.answer) == ("final_answer", 2, "")


def test_default_budget():
    calls = []

    def step(number):
        calls.append(number)
        return f"attempt {number}"

    outcome = run_steps(step)
    assert outcome == LoopOutcome(
        "max_steps", 12, None, [f"attempt {n}" for n in range(1, 13)]
    )
    assert calls == list(range(1, 13))


def test_custom_markers():
    policy = StopPolicy(final_markers=("<answer>",), max_steps=5)
    outcome = run_steps(lambda n: f"FINAL ANSWER: no {n}" if n < 4 else "<answer> yes", policy)
    assert (outcome.reason, outcome.steps, outcome.answer) == ("final_answer", 4, "yes")


def test_alternating_replies_are_not_stuck():
    outcome = run_steps(lambda n: "ping" if n % 2 else "pong", StopPolicy(max_steps=6))
    assert (outcome.reason, outcome.steps) == ("max_steps", 6)


def test_stuck_after_some_progress():
    replies = ["a", "b", "b", "b", "c"]
    outcome = run_steps(lambda n: replies[n - 1], StopPolicy(max_identical_replies=3))
    assert (outcome.reason, outcome.steps, outcome.replies) == ("stuck", 4, ["a", "b", "b", "b"])
