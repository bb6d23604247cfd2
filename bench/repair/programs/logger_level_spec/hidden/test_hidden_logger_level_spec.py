from logger_level_spec import LEVELS, effective_level, filter_records, is_enabled, parse_spec


def test_exact_logger_name_matches_its_rule():
    rules = parse_spec("info,agent.tools=debug,httpx=off")
    assert effective_level(rules, "agent.tools") == LEVELS["debug"]
    assert effective_level(rules, "httpx") == LEVELS["off"]


def test_most_specific_rule_wins():
    rules = parse_spec("error,agent=info,agent.tools=debug,agent.tools.shell=warn")
    assert effective_level(rules, "agent.tools.shell") == LEVELS["warn"]
    assert effective_level(rules, "agent.tools.shell.exec") == LEVELS["warn"]
    assert effective_level(rules, "agent.tools.read") == LEVELS["debug"]
    assert effective_level(rules, "agent") == LEVELS["info"]
    assert effective_level(rules, "other") == LEVELS["error"]


def test_prefix_without_dot_does_not_match():
    rules = parse_spec("info,agent.tools=debug")
    assert effective_level(rules, "agent.toolsmith") == LEVELS["info"]
    assert effective_level(rules, "agent") == LEVELS["info"]


def test_spec_is_case_and_space_tolerant():
    rules = parse_spec(" WARN , db = Debug ,, ", default="error")
    assert rules == {"": LEVELS["warn"], "db": LEVELS["debug"]}
    assert parse_spec("db=trace", default="error") == {"db": 5, "": 40}


def test_filter_records():
    rules = parse_spec("warn,agent=debug,agent.llm=error")
    records = [
        ("agent", "debug", "a"),
        ("agent.llm", "warn", "b"),
        ("agent.llm", "ERROR", "c"),
        ("agent.memory", "info", "d"),
        ("httpx", "info", "e"),
        ("httpx", "warning", "f"),
    ]
    assert [r[2] for r in filter_records(rules, records)] == ["a", "c", "d", "f"]


def test_off_silences_everything():
    rules = parse_spec("off")
    assert not is_enabled(rules, "anything", "error")
