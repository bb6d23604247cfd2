from flag_rule_priority_eval import evaluate, ordered_rules


def rule(rule_id, priority, variation, attribute="tier", op="gte", value=0):
    r = {"id": rule_id, "variation": variation,
         "conditions": [{"attribute": attribute, "op": op, "value": value}]}
    if priority is not None:
        r["priority"] = priority
    return r


def flag(*rules):
    return {"key": "f", "off_variation": "off", "default_variation": "dflt", "rules": list(rules)}


def test_order_of_rules_is_by_descending_priority():
    rules = [rule("low", 1, "a"), rule("high", 30, "b"), rule("mid", 7, "c")]
    assert [r["id"] for r in ordered_rules(flag(*rules))] == ["high", "mid", "low"]


def test_highest_matching_priority_decides():
    f = flag(rule("low", 1, "a", value=0), rule("high", 30, "b", value=5),
             rule("mid", 7, "c", value=2))
    assert evaluate(f, {"tier": 9}) == ("b", "rule:high")
    assert evaluate(f, {"tier": 3}) == ("c", "rule:mid")
    assert evaluate(f, {"tier": 1}) == ("a", "rule:low")
    assert evaluate(f, {}) == ("dflt", "default")


def test_missing_priority_counts_as_zero():
    f = flag(rule("unset", None, "a"), rule("negative", -3, "b"), rule("one", 1, "c"))
    assert [r["id"] for r in ordered_rules(f)] == ["one", "unset", "negative"]
    assert evaluate(f, {"tier": 0}) == ("c", "rule:one")


def test_equal_priorities_keep_their_listed_order():
    f = flag(rule("first", 4, "a"), rule("second", 4, "b"), rule("third", 4, "c"))
    assert evaluate(f, {"tier": 1}) == ("a", "rule:first")


def test_not_in_and_lt_operators():
    f = flag(rule("blocked", 50, "off-ish", attribute="country", op="not_in", value=["de", "fr"]),
             rule("young", 10, "kids", attribute="age", op="lt", value=13))
    assert evaluate(f, {"country": "de", "age": 9}) == ("kids", "rule:young")
    assert evaluate(f, {"country": "us", "age": 9}) == ("off-ish", "rule:blocked")
