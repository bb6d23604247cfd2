from agent_stop_policy import StopPolicy, extract_final_answer, run_steps


def scripted(*replies):
    return lambda number: replies[number - 1]


def test_extract_final_answer():
    markers = StopPolicy().final_markers
    assert extract_final_answer("Thinking... FINAL ANSWER: 42", markers) == "42"
    assert extract_final_answer("Final answer:\n  Paris  ", markers) == "Paris"


def test_stops_at_final_answer():
    outcome = run_steps(scripted("search docs", "read page", "FINAL ANSWER: 7", "never"))
    assert (outcome.reason, outcome.steps, outcome.answer) == ("final_answer", 3, "7")


def test_step_budget():
    outcome = run_steps(lambda n: f"step {n}", StopPolicy(max_steps=4))
    assert outcome.reason == "max_steps"
    assert outcome.replies == ["step 1", "step 2", "step 3", "step 4"]


def test_stuck_model():
    outcome = run_steps(lambda n: "let me check again", StopPolicy(max_identical_replies=3))
    assert (outcome.reason, outcome.steps) == ("stuck", 3)


def test_final_answer_on_first_step():
    outcome = run_steps(scripted("FINAL ANSWER: done"))
    assert outcome.answer == "done"
    assert outcome.steps == 1
