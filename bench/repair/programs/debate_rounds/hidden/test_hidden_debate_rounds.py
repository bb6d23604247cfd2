from debate_rounds import debate


def recorder(answers, log, name):
    """Answers from a script, one per round, and records the peers it was shown."""
    script = iter(answers)

    def debater(question, peers):
        log.append((name, dict(peers)))
        return next(script)
    return debater


def test_first_round_shows_no_peers():
    log = []
    debaters = {n: recorder(["p", "q"], log, n) for n in ("a", "b", "c")}
    debaters["a"] = recorder(["x", "y"], log, "a")
    debate("q", debaters, agreement=1.0, max_rounds=1)
    assert log == [("a", {}), ("b", {}), ("c", {})]


def test_peers_are_last_round_answers_of_the_others():
    log = []
    debaters = {
        "a": recorder(["1", "2", "3"], log, "a"),
        "b": recorder(["4", "5", "6"], log, "b"),
        "c": recorder(["7", "8", "9"], log, "c"),
    }
    outcome = debate("q", debaters, max_rounds=3)
    assert log[3:6] == [
        ("a", {"b": "4", "c": "7"}),
        ("b", {"a": "1", "c": "7"}),
        ("c", {"a": "1", "b": "4"}),
    ]
    assert log[6:] == [
        ("a", {"b": "5", "c": "8"}),
        ("b", {"a": "2", "c": "8"}),
        ("c", {"a": "2", "b": "5"}),
    ]
    assert not outcome.converged
    assert outcome.answer == "3"


def test_late_agents_do_not_see_this_rounds_answers():
    log = []
    debaters = {
        "a": recorder(["red", "red"], log, "a"),
        "b": recorder(["blue", "red"], log, "b"),
    }
    outcome = debate("q", debaters, agreement=1.0, max_rounds=2)
    assert log[3] == ("b", {"a": "red"})
    assert log[2] == ("a", {"b": "blue"})
    assert (outcome.answer, outcome.rounds, outcome.converged) == ("red", 2, True)


def test_single_agent_converges_at_once():
    log = []
    outcome = debate("q", {"solo": recorder(["only"], log, "solo")})
    assert (outcome.answer, outcome.rounds, outcome.converged) == ("only", 1, True)
    assert log == [("solo", {})]
