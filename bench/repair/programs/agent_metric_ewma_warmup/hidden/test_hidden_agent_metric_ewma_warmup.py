import pytest

from agent_metric_ewma_warmup import MetricSmoother


def test_reset_metric_warms_up_again():
    s = MetricSmoother(alpha=0.25, warmup=3)
    for x in (100, 200, 300, 400):
        s.observe("latency_ms", x)
    s.reset("latency_ms")
    assert s.samples("latency_ms") == 0
    assert not s.warmed_up("latency_ms")
    s.observe("latency_ms", 10)
    assert s.observe("latency_ms", 30) == pytest.approx(20)
    assert s.observe("latency_ms", 80) == pytest.approx(40)
    assert s.observe("latency_ms", 0) == pytest.approx(30)


def test_reset_leaves_other_metrics_alone():
    s = MetricSmoother(alpha=0.5, warmup=2)
    for x in (2, 4, 8):
        s.observe("a", x)
        s.observe("b", x * 10)
    s.reset("a")
    assert s.samples("b") == 3
    assert s.get("b") == pytest.approx(55)
    assert s.samples("a") == 0


def test_reset_all_and_unknown():
    s = MetricSmoother(warmup=2)
    s.observe("x", 1)
    s.observe("y", 2)
    s.reset("never-seen")
    s.reset()
    assert s.snapshot() == {}
    assert s.samples("x") == 0 and s.samples("y") == 0


def test_counts_and_snapshot_rounding():
    s = MetricSmoother(alpha=0.1, warmup=1)
    s.observe("t", 1)
    s.observe("t", 2)
    assert s.samples("t") == 2
    assert s.snapshot(digits=2) == {"t": 1.1}


def test_bad_warmup():
    with pytest.raises(ValueError):
        MetricSmoother(warmup=0)
