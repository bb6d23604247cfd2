from shell_command_policy import CommandPolicy, Rule


def policy():
    return CommandPolicy([
        Rule("git push*", allow=False),
        Rule("git *", allow=True),
        Rule("python -m pytest*", allow=True),
        Rule("rm *", allow=False),
    ])


def test_env_assignment_then_absolute_path():
    p = policy()
    assert p.normalize("GIT_PAGER=cat /usr/bin/git log") == "git log"
    assert p.normalize("A=1 B=/tmp/x /opt/py/bin/python -m pytest") == "python -m pytest"
    decision = p.decide("HOME=/home/agent /usr/local/bin/git push --force")
    assert not decision.allowed
    assert decision.reason == "denied by rule 'git push*'"


def test_env_value_with_slashes_allowed_command():
    p = policy()
    assert p.decide("PATH=/usr/local/bin:/usr/bin git status").allowed
    assert p.decide("VIRTUAL_ENV=/work/.venv python -m pytest -q tests").allowed
    assert p.audit == [("PATH=/usr/local/bin:/usr/bin git status", True),
                       ("VIRTUAL_ENV=/work/.venv python -m pytest -q tests", True)]


def test_plain_and_edge_commands():
    p = policy()
    assert p.normalize("./scripts/rm -r x") == "rm -r x"
    assert p.normalize("ONLY=assignment") == ""
    assert p.decide("ONLY=assignment").reason == "empty command"
    assert p.decide("echo 'unbalanced").reason == "unparseable command"
    assert not p.decide("/bin/rm -rf /tmp/x").allowed
