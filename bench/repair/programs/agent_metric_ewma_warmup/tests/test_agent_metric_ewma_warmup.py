import pytest

from agent_metric_ewma_warmup import MetricSmoother


def test_first_sample_is_taken_as_is():
    s = MetricSmoother()
    assert s.observe("latency_ms", 120) == 120
    assert s.get("latency_ms") == 120
    assert s.get("tokens_per_s") is None


def test_plain_mean_during_warmup():
    s = MetricSmoother(alpha=0.5, warmup=3)
    for x in (10, 20, 60):
        s.observe("latency_ms", x)
    assert s.get("latency_ms") == pytest.approx(30)
    assert s.warmed_up("latency_ms")


def test_exponential_after_warmup():
    s = MetricSmoother(alpha=0.5, warmup=2)
    for x in (10, 30, 40):
        s.observe("cost", x)
    assert s.get("cost") == pytest.approx(30)


def test_reset_one_metric():
    s = MetricSmoother(warmup=2)
    s.observe("a", 1)
    s.observe("a", 3)
    s.observe("b", 5)
    s.reset("a")
    assert s.get("a") is None
    assert s.snapshot() == {"b": 5.0}
    s.observe("a", 7)
    s.observe("a", 9)
    assert s.get("a") == pytest.approx(8)


def test_bad_alpha():
    with pytest.raises(ValueError):
        MetricSmoother(alpha=0)
