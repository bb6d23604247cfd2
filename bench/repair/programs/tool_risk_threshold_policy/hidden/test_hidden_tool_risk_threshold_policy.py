from tool_risk_threshold_policy import ThresholdPolicy, risk_score


def test_ask_threshold_is_inclusive():
    policy = ThresholdPolicy()
    assert policy.decide("mystery_tool", {}) == ("ask", 30)
    assert policy.decide("http_get", {"url": "https://x"}) == ("allow", 20)


def test_deny_threshold_is_inclusive_for_custom_policy():
    policy = ThresholdPolicy(ask_at=20, deny_at=55)
    assert policy.decide("write_file", {"path": "/tmp/x"}) == ("deny", 55)
    assert policy.decide("write_file", {"path": "/work/x", "force": True}) == ("ask", 35)
    assert policy.decide("http_get", {}) == ("ask", 20)
    assert policy.decide("grep", {"path": "/work/a"}) == ("allow", 5)


def test_just_below_deny_is_ask():
    policy = ThresholdPolicy(ask_at=30, deny_at=81)
    assert policy.decide("shell", {"command": "sudo ls"}) == ("ask", 80)


def test_above_deny_is_denied():
    policy = ThresholdPolicy()
    assert policy.decide("shell", {"command": "make ddoc", "force": True}) == ("ask", 50)
    assert policy.decide("shell", {"command": "chmod 777 x", "force": True}) == ("deny", 90)


def test_equal_thresholds_skip_ask():
    policy = ThresholdPolicy(ask_at=40, deny_at=40)
    assert policy.decide("shell", {"command": "echo hi"}) == ("deny", 40)
    assert policy.decide("mystery", {}) == ("allow", 30)


def test_custom_workspace():
    policy = ThresholdPolicy(workspace="/home/agent/")
    assert policy.decide("read_file", {"path": "/home/agent/notes.md"}) == ("allow", 5)
    assert policy.decide("read_file", {"path": "/home/agentx/notes.md"}) == ("ask", 35)
    assert risk_score("write_file", {"path": "/work/a"}) == 25
