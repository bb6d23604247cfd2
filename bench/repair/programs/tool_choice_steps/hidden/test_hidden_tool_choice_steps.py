from tool_choice_steps import RunResult, Turn, run_agent, tool_choice_for

AUTO = {"type": "auto"}
NONE = {"type": "none"}


def forced(name):
    return {"type": "tool", "name": name}


def test_choice_table():
    for max_steps in range(1, 7):
        for step in range(max_steps):
            last = step == max_steps - 1
            assert tool_choice_for(step, max_steps, None, set()) == (NONE if last else AUTO)
            assert tool_choice_for(step, max_steps, "lookup", set()) == (NONE if last else forced("lookup"))
            assert tool_choice_for(step, max_steps, "lookup", {"lookup"}) == (NONE if last else AUTO)


class StubbornModel:
    """Calls `other` whatever it is told, except that it answers when tools are not allowed."""

    def __init__(self, other):
        self.other = other
        self.choices = []

    def __call__(self, messages, choice):
        self.choices.append(choice)
        if choice["type"] == "none":
            return Turn("had to answer")
        return Turn("", [(self.other, {})])


def test_forced_tool_never_called_gives_way_on_the_last_step():
    result = run_agent(StubbornModel("ping"), {"ping": lambda: "pong"}, "go", max_steps=4, first_tool="lookup")
    assert result.choices == [forced("lookup")] * 3 + [NONE]
    assert result.calls == ["ping"] * 3
    assert result.answer == "had to answer"


def test_forced_tool_on_a_two_step_budget():
    def model(messages, choice):
        if choice["type"] == "tool":
            return Turn("", [(choice["name"], {"k": "v"})])
        return Turn("done" if choice["type"] == "none" else "early")

    result = run_agent(model, {"lookup": lambda k: k}, "go", max_steps=2, first_tool="lookup")
    assert result == RunResult("done", [forced("lookup"), NONE], ["lookup"])


def test_disobedient_model_runs_out_of_steps_without_answer():
    def model(messages, choice):
        return Turn("", [("ping", {})])

    result = run_agent(model, {"ping": lambda: "pong"}, "go", max_steps=3)
    assert result.answer is None
    assert result.choices == [AUTO, AUTO, NONE]
    assert result.calls == ["ping"] * 3


def test_unknown_tool_reports_an_error_to_the_model():
    seen = []

    def model(messages, choice):
        seen.append(messages[-1])
        if len(seen) == 1:
            return Turn("", [("nope", {})])
        return Turn("ok")

    result = run_agent(model, {}, "go")
    assert seen[1] == {"role": "tool", "name": "nope", "content": "error: no tool named 'nope'"}
    assert result.answer == "ok"
    assert result.choices == [AUTO, AUTO]
