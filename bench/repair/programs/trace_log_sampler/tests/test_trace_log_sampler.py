from trace_log_sampler import SamplingPolicy, keep, sample, trace_fraction


def rec(trace_id, level="info", logger="agent.loop", message="step"):
    return {"trace_id": trace_id, "level": level, "logger": logger, "message": message}


def test_warnings_and_errors_always_kept():
    policy = SamplingPolicy(rate=0.0)
    assert keep(rec("t1", "error"), policy)
    assert keep(rec("t1", "WARNING"), policy)
    assert not keep(rec("t1", "info"), policy)


def test_rate_one_keeps_everything():
    records = [rec(f"t{n}", level) for n in range(20) for level in ("debug", "info")]
    assert sample(records, SamplingPolicy(rate=1.0)) == records


def test_whole_trace_kept_or_dropped_together():
    policy = SamplingPolicy(rate=0.5)
    for n in range(50):
        lines = [rec(f"trace-{n}", message=f"line {i}") for i in range(4)]
        assert len(sample(lines, policy)) in (0, 4)


def test_rate_is_roughly_honoured():
    kept = sum(keep(rec(f"trace-{n}"), SamplingPolicy(rate=0.25)) for n in range(2000))
    assert 400 <= kept <= 600


def test_trace_fraction_is_stable_and_in_range():
    assert trace_fraction("abc") == trace_fraction("abc")
    assert 0.0 <= trace_fraction("abc") < 1.0


def test_logger_specific_rate():
    policy = SamplingPolicy(rate=0.0, logger_rates={"agent.tools": 1.0})
    assert keep(rec("t9", logger="agent.tools.search"), policy)
    assert not keep(rec("t9", logger="agent.planner"), policy)


def test_startup_lines_without_trace_are_kept():
    line = {"level": "info", "logger": "agent.boot", "message": "loaded 12 tools"}
    assert sample([line], SamplingPolicy(rate=0.0)) == [line]
