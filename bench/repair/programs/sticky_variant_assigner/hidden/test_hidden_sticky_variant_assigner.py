from sticky_variant_assigner import StickyAssigner


def fixed_buckets(table):
    return lambda salt, user_id: table[(salt, user_id)]


BUCKETS = {
    ("checkout", "ann"): 5, ("checkout", "ben"): 55, ("checkout", "cy"): 95,
    ("search", "ann"): 60, ("search", "ben"): 10,
    ("checkout-2", "ann"): 80, ("checkout-2", "ben"): 15, ("checkout-2", "cy"): 30,
}


def test_restart_only_resets_that_experiment():
    assigner = StickyAssigner(fixed_buckets(BUCKETS))
    assigner.configure("checkout", [("a", 50), ("b", 50)])
    assigner.configure("search", [("x", 50), ("y", 50)])
    assert [assigner.assign("checkout", u) for u in ("ann", "ben")] == ["a", "b"]
    assert [assigner.assign("search", u) for u in ("ann", "ben")] == ["y", "x"]
    assigner.configure("search", [("x", 90), ("y", 10)])
    assigner.configure("checkout", [("a", 50), ("b", 50)], salt="checkout-2")
    assert [assigner.assign("checkout", u) for u in ("ann", "ben")] == ["b", "a"]
    assert [assigner.assign("search", u) for u in ("ann", "ben")] == ["y", "x"]


def test_same_user_differs_across_experiments():
    assigner = StickyAssigner(fixed_buckets(BUCKETS))
    assigner.configure("checkout", [("a", 50), ("b", 50)])
    assigner.configure("search", [("a", 50), ("b", 50)])
    assert assigner.assign("checkout", "ann") == "a"
    assert assigner.assign("search", "ann") == "b"
    assigner.configure("search", [("a", 100)])
    assert assigner.assign("search", "ann") == "b"
    assert assigner.assign("checkout", "ann") == "a"


def test_ramp_up_enrols_users_left_out_before():
    assigner = StickyAssigner(fixed_buckets(BUCKETS))
    assigner.configure("checkout", [("a", 30), ("b", 30)])
    assert assigner.assign("checkout", "cy") is None
    assert assigner.assign("checkout", "ben") == "b"
    assigner.configure("checkout", [("a", 10), ("b", 90)])
    assert assigner.assign("checkout", "cy") == "b"
    assert assigner.assign("checkout", "ben") == "b"


def test_reconfigure_with_same_salt_keeps_everyone():
    assigner = StickyAssigner(fixed_buckets(BUCKETS))
    assigner.configure("checkout", [("a", 60), ("b", 40)], salt="checkout")
    first = [assigner.assign("checkout", u) for u in ("ann", "ben", "cy")]
    assigner.configure("checkout", [("b", 100)])
    assigner.configure("checkout", [("a", 1), ("b", 1)], salt="checkout")
    assert [assigner.assign("checkout", u) for u in ("ann", "ben", "cy")] == first
