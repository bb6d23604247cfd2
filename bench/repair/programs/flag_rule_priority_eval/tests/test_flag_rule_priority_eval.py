import pytest

from flag_rule_priority_eval import evaluate


def make_flag(*rules, enabled=True):
    return {"key": "new-planner", "enabled": enabled, "off_variation": "off",
            "default_variation": "control", "rules": list(rules)}


PRO_RULE = {"id": "pro", "priority": 5, "variation": "on",
            "conditions": [{"attribute": "plan", "op": "in", "value": ["pro", "team"]}]}


def test_disabled_flag_serves_off():
    assert evaluate(make_flag(PRO_RULE, enabled=False), {"plan": "pro"}) == ("off", "disabled")


def test_matching_rule_wins_over_default():
    assert evaluate(make_flag(PRO_RULE), {"plan": "team"}) == ("on", "rule:pro")


def test_default_when_nothing_matches():
    assert evaluate(make_flag(PRO_RULE), {"plan": "free"}) == ("control", "default")
    assert evaluate(make_flag(PRO_RULE), {}) == ("control", "default")


def test_all_conditions_must_hold():
    rule = {"id": "eu-pro", "priority": 1, "variation": "on", "conditions": [
        {"attribute": "plan", "op": "eq", "value": "pro"},
        {"attribute": "region", "op": "prefix", "value": "eu-"},
    ]}
    assert evaluate(make_flag(rule), {"plan": "pro", "region": "eu-west"})[0] == "on"
    assert evaluate(make_flag(rule), {"plan": "pro", "region": "us-east"})[0] == "control"


def test_higher_priority_rule_wins():
    beta = {"id": "beta", "priority": 20, "variation": "beta",
            "conditions": [{"attribute": "beta_tester", "op": "eq", "value": True}]}
    flag = make_flag(PRO_RULE, beta)
    assert evaluate(flag, {"plan": "pro", "beta_tester": True}) == ("beta", "rule:beta")


def test_unknown_operator_is_an_error():
    rule = {"priority": 1, "variation": "on",
            "conditions": [{"attribute": "plan", "op": "regex", "value": ".*"}]}
    with pytest.raises(ValueError):
        evaluate(make_flag(rule), {"plan": "pro"})
