import pytest

from trace_log_sampler import SamplingPolicy, keep, sample, trace_fraction


def rec(trace_id, level="info", logger="agent"):
    return {"trace_id": trace_id, "level": level, "logger": logger}


@pytest.mark.parametrize("level", ["debug", "info"])
def test_untraced_records_kept_at_any_rate(level):
    for rate in (0.0, 0.3, 1.0):
        policy = SamplingPolicy(rate=rate)
        assert keep({"level": level, "logger": "agent.boot"}, policy)
        assert keep({"level": level, "logger": "agent.boot", "trace_id": None}, policy)


def test_untraced_lines_mixed_with_traced_ones():
    records = [
        {"level": "info", "message": "starting"},
        rec("t-1"),
        {"level": "debug", "trace_id": None, "message": "config"},
        rec("t-2", "error"),
        {"level": "info", "message": "stopping"},
    ]
    kept = sample(records, SamplingPolicy(rate=0.0))
    assert kept == [records[0], records[2], records[3], records[4]]


def test_rate_zero_drops_every_traced_info_line():
    records = [rec(f"r{n}") for n in range(300)]
    assert sample(records, SamplingPolicy(rate=0.0)) == []


def test_decision_follows_trace_fraction():
    policy = SamplingPolicy(rate=0.4)
    for n in range(300):
        trace_id = f"run-{n}"
        assert keep(rec(trace_id, "debug"), policy) == (trace_fraction(trace_id) < 0.4)


def test_most_specific_logger_prefix_wins():
    policy = SamplingPolicy(rate=1.0, logger_rates={"agent": 0.0, "agent.tools": 1.0,
                                                    "agent.tools.shell": 0.0})
    assert policy.rate_for("agent.tools.search") == 1.0
    assert policy.rate_for("agent.tools.shell") == 0.0
    assert policy.rate_for("agent.tools.shellx") == 1.0
    assert policy.rate_for("agentx") == 1.0
    assert policy.rate_for("agent.memory") == 0.0
    assert not keep(rec("t1", logger="agent.tools.shell.exec"), policy)
    assert keep(rec("t1", logger="agent.tools.web"), policy)


def test_custom_always_keep_level():
    policy = SamplingPolicy(rate=0.0, always_keep="error")
    assert not keep(rec("x", "warning"), policy)
    assert keep(rec("x", "critical"), policy)
    assert keep({"level": "warning"}, policy)


def test_fraction_spread():
    fractions = [trace_fraction(f"id-{n}") for n in range(4000)]
    assert all(0.0 <= value < 1.0 for value in fractions)
    assert 0.45 < sum(fractions) / len(fractions) < 0.55
