from tool_choice_steps import Turn, run_agent, tool_choice_for

TOOLS = {
    "search": lambda query: f"3 hits for {query}",
    "fetch": lambda url: f"<page {url}>",
}


class PlannedModel:
    """Obeys tool_choice; under "auto" it follows its plan, then answers."""

    def __init__(self, plan):
        self.plan = list(plan)
        self.seen = []

    def __call__(self, messages, choice):
        self.seen.append((list(messages), choice))
        if choice["type"] == "none":
            return Turn("final answer")
        if choice["type"] == "tool":
            return Turn("", [(choice["name"], {"query": "forced"})])
        if self.plan:
            return Turn("", [self.plan.pop(0)])
        return Turn("answer after tools")


def test_direct_answer():
    result = run_agent(PlannedModel([]), TOOLS, "hi")
    assert result.answer == "answer after tools"
    assert result.choices == [{"type": "auto"}]
    assert result.calls == []


def test_tool_results_are_fed_back():
    model = PlannedModel([("search", {"query": "llamas"})])
    result = run_agent(model, TOOLS, "find llamas")
    assert result.calls == ["search"]
    assert result.answer == "answer after tools"
    assert model.seen[1][0][-1] == {"role": "tool", "name": "search", "content": "3 hits for llamas"}


def test_first_tool_is_forced_until_called():
    result = run_agent(PlannedModel([]), TOOLS, "q", first_tool="search")
    assert result.choices == [{"type": "tool", "name": "search"}, {"type": "auto"}]
    assert result.calls == ["search"]


def test_last_step_allows_no_tools():
    model = PlannedModel([("fetch", {"url": "a"}), ("fetch", {"url": "b"}), ("fetch", {"url": "c"})])
    result = run_agent(model, TOOLS, "read", max_steps=3)
    assert result.choices == [{"type": "auto"}, {"type": "auto"}, {"type": "none"}]
    assert result.calls == ["fetch", "fetch"]
    assert result.answer == "final answer"


def test_budget_of_one_step_must_answer():
    result = run_agent(PlannedModel([]), TOOLS, "q", max_steps=1, first_tool="search")
    assert result.choices == [{"type": "none"}]
    assert result.answer == "final answer"


def test_choice_in_the_middle_of_a_run():
    assert tool_choice_for(2, 6, None, set()) == {"type": "auto"}
    assert tool_choice_for(2, 6, "search", {"fetch"}) == {"type": "tool", "name": "search"}
