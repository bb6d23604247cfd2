from step_loop import Action, StepLoop


def scripted(*actions):
    """A planner that replays a fixed list of actions."""
    def plan(steps):
        return actions[len(steps)]
    return plan


TOOLS = {
    "search": lambda query: f"results for {query}",
    "read": lambda url: f"contents of {url}",
}


def test_finishes_immediately():
    outcome = StepLoop(scripted(Action("finish", "42")), TOOLS).run()
    assert (outcome.status, outcome.answer, outcome.steps) == ("finished", "42", [])


def test_search_then_answer():
    plan = scripted(Action("search", "capital of peru"), Action("finish", "Lima"))
    outcome = StepLoop(plan, TOOLS).run()
    assert outcome.status == "finished"
    assert outcome.answer == "Lima"
    assert outcome.steps == [(Action("search", "capital of peru"), "results for capital of peru")]


def test_repeated_search_is_stuck():
    def plan(steps):
        return Action("search", "weather")
    outcome = StepLoop(plan, TOOLS).run()
    assert outcome.status == "stuck"
    assert len(outcome.steps) == 1


def test_runs_out_of_steps():
    def plan(steps):
        return Action("read", f"page{len(steps)}")
    outcome = StepLoop(plan, TOOLS, max_steps=3).run()
    assert outcome.status == "out_of_steps"
    assert [observation for _, observation in outcome.steps] == [
        "contents of page0", "contents of page1", "contents of page2"]
