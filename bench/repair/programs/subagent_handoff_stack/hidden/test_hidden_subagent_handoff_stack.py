import pytest

from subagent_handoff_stack import AgentRouter, HandoffError


def test_nested_hand_back_returns_to_middle_agent():
    router = AgentRouter("root")
    router.hand_off("planner", "plan")
    router.say("assistant", "planning")
    router.hand_off("researcher", "research")
    assert router.hand_back("facts") == "planner"
    assert router.current == "planner"
    assert router.depth() == 1
    router.say("assistant", "using the facts")
    assert router.histories["planner"][-2:] == [
        {"role": "tool", "name": "researcher", "content": "facts"},
        {"role": "assistant", "content": "using the facts"},
    ]
    assert router.hand_back("plan ready") == "root"
    assert router.current == "root"
    assert router.depth() == 0


def test_second_hand_off_uses_coordinator_turns():
    router = AgentRouter("root", context_turns=2)
    router.say("user", "first request")
    router.hand_off("worker", "job one")
    router.say("assistant", "worker chatter")
    router.hand_back("done one")
    router.say("user", "second request")
    brief = router.hand_off("helper", "job two")
    assert brief[1:] == [
        {"role": "user", "content": "first request"},
        {"role": "user", "content": "second request"},
    ]


def test_events_log():
    router = AgentRouter("root")
    router.hand_off("a", "t1")
    router.hand_back("r1")
    router.hand_off("b", "t2")
    router.hand_off("c", "t3")
    router.hand_back("r3")
    assert router.events == [
        ("handoff", "root", "a"),
        ("return", "a", "root"),
        ("handoff", "root", "b"),
        ("handoff", "b", "c"),
        ("return", "c", "b"),
    ]


def test_same_agent_can_be_called_again_after_returning():
    router = AgentRouter("root")
    router.hand_off("a", "first")
    router.hand_back("ok")
    brief = router.hand_off("a", "second")
    assert brief[0]["content"] == "You are a. Task: second"
    assert router.stack == ["root", "a"]


def test_tool_messages_not_copied_into_brief():
    router = AgentRouter("root")
    router.say("user", "q")
    router.hand_off("a", "t")
    router.hand_back("res")
    brief = router.hand_off("b", "t")
    assert [m["role"] for m in brief] == ["system", "user"]


def test_brief_messages_are_copies():
    router = AgentRouter("root")
    router.say("user", "q")
    brief = router.hand_off("a", "t")
    brief[1]["content"] = "changed"
    assert router.histories["root"][0]["content"] == "q"


def test_default_depth_limit_is_three():
    router = AgentRouter("root")
    for name in ("a", "b", "c"):
        router.hand_off(name, "t")
    with pytest.raises(HandoffError):
        router.hand_off("d", "t")
    router.hand_back("x")
    router.hand_off("d", "t")
    assert router.current == "d"
