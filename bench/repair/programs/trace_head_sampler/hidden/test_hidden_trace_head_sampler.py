from trace_head_sampler import HeadSampler, trace_bucket


def test_debug_overrides_unsampled_parent_on_any_route():
    sampler = HeadSampler(0.0, drop_routes=["/healthz"])
    assert sampler.should_sample("x", "/healthz", parent_sampled=False, debug=True) is True
    assert sampler.should_sample("y", "/tools", parent_sampled=False, debug=True) is True


def test_debug_on_dropped_route_without_parent():
    sampler = HeadSampler(1.0, drop_routes=["/metrics"])
    assert sampler.should_sample("z", "/metrics", debug=True) is True
    assert sampler.should_sample("z", "/metrics") is False


def test_parent_decision_beats_drop_routes_and_ratio():
    sampler = HeadSampler(0.0, drop_routes=["/healthz"])
    assert sampler.should_sample("p", "/healthz", parent_sampled=True) is True
    assert HeadSampler(1.0).should_sample("p", "/chat", parent_sampled=False) is False


def test_route_ratio_overrides_default():
    sampler = HeadSampler(1.0, route_ratios={"/embed": 0.0})
    ids = [f"t{i}" for i in range(100)]
    assert not any(sampler.should_sample(t, "/embed") for t in ids)
    assert all(sampler.should_sample(t, "/chat") for t in ids)


def test_decision_matches_bucket():
    sampler = HeadSampler(0.5)
    for i in range(300):
        trace_id = f"{i:032x}"
        assert sampler.should_sample(trace_id, "/chat") == (trace_bucket(trace_id) < 0.5)


def test_ratio_is_clamped_and_counts_every_decision():
    sampler = HeadSampler(3.0)
    assert sampler.default_ratio == 1.0
    sampler.should_sample("a", "/x", debug=True)
    sampler.should_sample("b", "/x", parent_sampled=False)
    sampler.should_sample("c", "/x")
    assert sampler.decisions == {True: 2, False: 1}
    assert abs(sampler.kept_fraction() - 2 / 3) < 1e-9
    assert HeadSampler(0.5).kept_fraction() == 0.0
