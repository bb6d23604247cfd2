from sticky_variant_assigner import StickyAssigner, default_bucket


def fixed_buckets(table):
    """Bucket function for tests: looks the user's bucket up in a dict."""
    return lambda salt, user_id: table[(salt, user_id)]


def test_default_bucket_is_stable():
    assert default_bucket("exp", "u1") == default_bucket("exp", "u1")
    assert 0 <= default_bucket("exp", "u1") < 100


def test_assign_by_bucket():
    assigner = StickyAssigner(fixed_buckets({("exp", "u1"): 10, ("exp", "u2"): 70}))
    assigner.configure("exp", [("control", 50), ("treatment", 50)])
    assert assigner.assign("exp", "u1") == "control"
    assert assigner.assign("exp", "u2") == "treatment"


def test_users_outside_the_split_are_not_enrolled():
    assigner = StickyAssigner(fixed_buckets({("exp", "u1"): 90}))
    assigner.configure("exp", [("control", 10), ("treatment", 10)])
    assert assigner.assign("exp", "u1") is None


def test_changing_the_split_keeps_assigned_users():
    assigner = StickyAssigner(fixed_buckets({("exp", "u1"): 40}))
    assigner.configure("exp", [("control", 50), ("treatment", 50)])
    assert assigner.assign("exp", "u1") == "control"
    assigner.configure("exp", [("control", 20), ("treatment", 80)])
    assert assigner.assign("exp", "u1") == "control"


def test_new_salt_restarts_the_experiment():
    assigner = StickyAssigner(fixed_buckets({("exp", "u1"): 40, ("exp-v2", "u1"): 75}))
    assigner.configure("exp", [("control", 50), ("treatment", 50)])
    assert assigner.assign("exp", "u1") == "control"
    assigner.configure("exp", [("control", 50), ("treatment", 50)], salt="exp-v2")
    assert assigner.assign("exp", "u1") == "treatment"
