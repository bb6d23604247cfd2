from trace_head_sampler import HeadSampler, trace_bucket


def test_bucket_is_deterministic_and_in_range():
    for trace_id in ("4bf92f3577b34da6", "00f067aa0ba902b7", "abc"):
        b = trace_bucket(trace_id)
        assert 0.0 <= b < 1.0
        assert b == trace_bucket(trace_id)


def test_ratio_one_keeps_everything_and_zero_drops_everything():
    keep_all = HeadSampler(1.0)
    drop_all = HeadSampler(0.0)
    ids = [f"trace-{i}" for i in range(200)]
    assert all(keep_all.should_sample(t, "/chat") for t in ids)
    assert not any(drop_all.should_sample(t, "/chat") for t in ids)


def test_ratio_is_roughly_respected():
    sampler = HeadSampler(0.25)
    for i in range(4000):
        sampler.should_sample(f"id-{i}", "/chat")
    assert 0.22 < sampler.kept_fraction() < 0.28


def test_child_spans_follow_parent():
    sampler = HeadSampler(0.0)
    assert sampler.should_sample("t1", "/chat", parent_sampled=True) is True
    assert HeadSampler(1.0).should_sample("t1", "/chat", parent_sampled=False) is False


def test_debug_requests_are_always_sampled():
    sampler = HeadSampler(0.0, drop_routes=["/healthz"])
    assert sampler.should_sample("t2", "/chat", debug=True) is True
    assert sampler.should_sample("t3", "/chat", parent_sampled=False, debug=True) is True
