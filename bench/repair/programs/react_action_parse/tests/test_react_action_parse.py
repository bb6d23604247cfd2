import pytest

from react_action_parse import Step, parse_step


def test_tool_call_with_json_input():
    reply = (
        "Thought: I need the current weather.\n"
        "Action: get_weather\n"
        'Action Input: {"city": "Paris", "unit": "C"}'
    )
    assert parse_step(reply) == Step(
        "I need the current weather.", "get_weather", {"city": "Paris", "unit": "C"}
    )


def test_final_answer():
    reply = "Thought: I know this.\nFinal Answer: 42"
    assert parse_step(reply) == Step("I know this.", answer="42")


def test_plain_text_input():
    step = parse_step("Thought: search\nAction: web_search\nAction Input: best pizza in Naples")
    assert step.args == {"input": "best pizza in Naples"}


def test_invented_observation_is_dropped():
    reply = (
        "Thought: look it up\nAction: lookup\nAction Input: {\"id\": 7}\n"
        "Observation: {\"name\": \"made up\"}\nThought: done\nFinal Answer: made up"
    )
    step = parse_step(reply)
    assert (step.tool, step.args, step.answer) == ("lookup", {"id": 7}, None)


def test_double_encoded_input():
    reply = 'Thought: t\nAction: calc\nAction Input: "{\\"expression\\": \\"2 + 2\\"}"'
    assert parse_step(reply).args == {"expression": "2 + 2"}


def test_neither_action_nor_answer():
    with pytest.raises(ValueError):
        parse_step("I think the answer is 42.")
