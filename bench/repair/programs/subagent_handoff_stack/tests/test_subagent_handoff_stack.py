import pytest

from subagent_handoff_stack import AgentRouter, HandoffError


def chatty_router():
    router = AgentRouter("coordinator", context_turns=2)
    router.say("user", "Plan a trip to Lisbon.")
    router.say("assistant", "Sure, when?")
    router.say("user", "Next May, three days.")
    return router


def test_brief_has_task_and_recent_turns():
    router = chatty_router()
    brief = router.hand_off("flights", "find cheap flights")
    assert brief == [
        {"role": "system", "content": "You are flights. Task: find cheap flights"},
        {"role": "assistant", "content": "Sure, when?"},
        {"role": "user", "content": "Next May, three days."},
    ]
    assert router.current == "flights"
    assert router.depth() == 1


def test_result_is_filed_in_parent_history():
    router = chatty_router()
    router.hand_off("flights", "find cheap flights")
    router.say("assistant", "Searching...")
    assert router.hand_back("TAP, 120 EUR") == "coordinator"
    assert router.histories["coordinator"][-1] == {
        "role": "tool", "name": "flights", "content": "TAP, 120 EUR",
    }


def test_coordinator_continues_after_hand_back():
    router = chatty_router()
    router.hand_off("hotels", "find a hotel")
    router.hand_back("Hotel Alfama")
    router.say("assistant", "I found a hotel in Alfama.")
    assert router.histories["coordinator"][-1]["content"] == "I found a hotel in Alfama."
    assert len(router.histories["hotels"]) == 3


def test_agent_cannot_be_on_stack_twice():
    router = chatty_router()
    router.hand_off("flights", "x")
    with pytest.raises(HandoffError):
        router.hand_off("coordinator", "y")


def test_depth_limit():
    router = AgentRouter("root", max_depth=2)
    router.hand_off("a", "t")
    router.hand_off("b", "t")
    with pytest.raises(HandoffError):
        router.hand_off("c", "t")


def test_root_cannot_hand_back():
    with pytest.raises(HandoffError):
        AgentRouter("root").hand_back("nothing")
