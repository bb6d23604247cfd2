from step_loop import Action, StepLoop


def scripted(*actions):
    def plan(steps):
        return actions[len(steps)]
    return plan


TOOLS = {"calc": lambda expr: str(eval(expr, {"__builtins__": {}})), "echo": lambda text: text}


def test_unknown_tool_becomes_observation():
    outcome = StepLoop(scripted(Action("browse", "x"), Action("finish", "ok")), TOOLS).run()
    assert outcome.status == "finished"
    assert outcome.steps == [(Action("browse", "x"), "unknown tool 'browse'")]


def test_same_tool_different_argument_is_not_a_repeat():
    plan = scripted(Action("calc", "1+1"), Action("calc", "2*3"), Action("echo", "hi"),
                    Action("finish", "6"))
    outcome = StepLoop(plan, TOOLS).run()
    assert outcome.status == "finished"
    assert [obs for _, obs in outcome.steps] == ["2", "6", "hi"]


def test_repeat_outside_window_is_allowed():
    plan = scripted(Action("echo", "a"), Action("echo", "b"), Action("echo", "c"),
                    Action("echo", "a"), Action("finish", "done"))
    outcome = StepLoop(plan, TOOLS, repeat_window=2).run()
    assert outcome.status == "finished"
    assert len(outcome.steps) == 4


def test_repeat_inside_window_is_stuck():
    plan = scripted(Action("echo", "a"), Action("echo", "b"), Action("echo", "a"))
    outcome = StepLoop(plan, TOOLS, repeat_window=2).run()
    assert outcome.status == "stuck"
    assert [obs for _, obs in outcome.steps] == ["a", "b"]


def test_step_budget_counts_tool_calls():
    def plan(steps):
        return Action("calc", f"{len(steps)}+0")
    outcome = StepLoop(plan, TOOLS, max_steps=5).run()
    assert outcome.status == "out_of_steps"
    assert len(outcome.steps) == 5
    assert outcome.answer is None


def test_loop_can_run_twice():
    loop = StepLoop(scripted(Action("echo", "x"), Action("finish", "y")), TOOLS)
    assert loop.run().status == "finished"
    assert loop.run().status == "finished"
