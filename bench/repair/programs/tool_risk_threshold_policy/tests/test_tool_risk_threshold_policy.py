import pytest

from tool_risk_threshold_policy import ThresholdPolicy, risk_score


def test_reading_inside_workspace_is_allowed():
    policy = ThresholdPolicy()
    assert policy.decide("read_file", {"path": "/work/src/app.py"}) == ("allow", 5)


def test_writing_outside_workspace_needs_approval():
    policy = ThresholdPolicy()
    assert policy.decide("write_file", {"path": "/etc/hosts", "content": ""}) == ("ask", 55)


def test_plain_shell_command_needs_approval():
    policy = ThresholdPolicy()
    assert policy.decide("shell", {"command": "ls -la"}) == ("ask", 40)


def test_destructive_shell_command_is_denied():
    policy = ThresholdPolicy()
    decision, score = policy.decide("shell", {"command": "rm -rf build"})
    assert score == 80
    assert decision == "deny"


def test_score_is_capped_at_100():
    assert risk_score("shell", {"command": "sudo rm x", "path": "/", "force": True}) == 100


def test_bad_thresholds_rejected():
    with pytest.raises(ValueError):
        ThresholdPolicy(ask_at=90, deny_at=50)
