from cheapest_capable_model import ModelSpec, Request, eligible, fits, pick_model, ranked

MODELS = [
    ModelSpec("alpha", 8_192, 0.50, 1.50, frozenset({"tools", "json"})),
    ModelSpec("beta", 32_768, 0.40, 1.20, frozenset({"json"})),
    ModelSpec("gamma", 128_000, 3.00, 15.00, frozenset({"tools", "json", "vision"})),
    ModelSpec("legacy", 65_536, 0.10, 0.10, frozenset({"tools", "json", "vision"}), deprecated=True),
]


def test_fits_boundary():
    assert fits(MODELS[0], Request(8_000, 192))
    assert not fits(MODELS[0], Request(8_000, 193))
    assert fits(MODELS[1], Request(32_768, 0))


def test_exact_fit_with_capabilities():
    assert pick_model(MODELS, Request(30_000, 2_768, frozenset({"json"}))).name == "beta"
    assert pick_model(MODELS, Request(30_000, 2_769, frozenset({"json"}))).name == "gamma"


def test_none_when_every_model_excluded():
    assert pick_model(MODELS, Request(100, 100, frozenset({"audio"}))) is None
    assert pick_model([], Request(1, 1)) is None
    assert pick_model(MODELS, Request(130_000, 0, frozenset({"vision"}))) is None


def test_deprecated_only_when_allowed():
    req = Request(40_000, 1_000, frozenset({"vision"}))
    assert pick_model(MODELS, req, allow_deprecated=True).name == "legacy"
    assert eligible(MODELS, Request(10, 10)) == MODELS[:3]


def test_name_breaks_cost_tie():
    twins = [ModelSpec("zeta", 1_000, 1.0, 1.0), ModelSpec("eta", 1_000, 1.0, 1.0)]
    assert pick_model(twins, Request(1_000, 0)).name == "eta"
    assert [m.name for m in ranked(twins, Request(500, 500))] == ["eta", "zeta"]


def test_output_price_matters():
    cheap_in = ModelSpec("cheap-in", 50_000, 0.10, 8.00)
    cheap_out = ModelSpec("cheap-out", 50_000, 0.60, 0.60)
    assert pick_model([cheap_in, cheap_out], Request(1_000, 4_000)).name == "cheap-out"
    assert pick_model([cheap_in, cheap_out], Request(40_000, 100)).name == "cheap-in"
