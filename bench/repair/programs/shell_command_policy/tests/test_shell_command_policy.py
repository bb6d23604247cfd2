from shell_command_policy import CommandPolicy, Rule


def policy():
    return CommandPolicy([
        Rule("git push*", allow=False),
        Rule("git *", allow=True),
        Rule("pytest*", allow=True),
        Rule("make test", allow=True),
        Rule("rm *", allow=False),
    ])


def test_allowed_command():
    decision = policy().decide("git status")
    assert decision.allowed
    assert decision.reason == "allowed by rule 'git *'"


def test_first_matching_rule_wins():
    assert not policy().decide("git push origin main").allowed


def test_unknown_command_uses_default():
    assert not policy().decide("curl http://example.com").allowed
    assert CommandPolicy([], default_allow=True).decide("ls").allowed


def test_chaining_needs_approval():
    assert not policy().decide("pytest && rm -rf build").allowed
    assert not policy().decide("git log > out.txt").allowed


def test_normalize_strips_path_and_env():
    p = policy()
    assert p.normalize("/usr/bin/git   log  -n 3") == "git log -n 3"
    assert p.normalize("CI=1 make test") == "make test"
    assert p.normalize("PYTHONPATH=/src/lib pytest -q") == "pytest -q"


def test_audit_trail():
    p = policy()
    p.decide("git diff")
    p.decide("rm -rf /")
    assert p.audit == [("git diff", True), ("rm -rf /", False)]
