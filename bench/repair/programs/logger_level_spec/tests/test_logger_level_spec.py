import pytest

from logger_level_spec import LEVELS, effective_level, is_enabled, parse_spec


def test_parse_spec():
    assert parse_spec("info,agent.tools=debug,httpx=warn") == {
        "": LEVELS["info"],
        "agent.tools": LEVELS["debug"],
        "httpx": LEVELS["warn"],
    }


def test_default_level_when_spec_has_none():
    assert parse_spec("db=error") == {"db": 40, "": 20}
    assert parse_spec("") == {"": 20}


def test_unknown_level_is_rejected():
    with pytest.raises(ValueError):
        parse_spec("agent=loud")


def test_rule_applies_to_child_loggers():
    rules = parse_spec("warn,agent=debug")
    assert effective_level(rules, "agent.planner") == LEVELS["debug"]
    assert effective_level(rules, "uvicorn.access") == LEVELS["warn"]


def test_named_logger_uses_its_own_rule():
    rules = parse_spec("info,httpx=warn")
    assert is_enabled(rules, "httpx", "info") is False
    assert is_enabled(rules, "httpx", "error") is True
