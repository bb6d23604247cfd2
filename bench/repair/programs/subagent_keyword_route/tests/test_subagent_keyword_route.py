from subagent_keyword_route import Router, Rule, SubAgent

BILLING = SubAgent("billing", "small-model")
CODER = SubAgent("coder", "large-model", max_turns=20)
GENERAL = SubAgent("general", "small-model")


def make_router():
    return Router(
        rules=[
            Rule("invoices", BILLING, frozenset({"invoice", "refund", "charge"})),
            Rule("plans", BILLING, frozenset({"upgrade", "plan", "pricing"})),
            Rule("code", CODER, frozenset({"bug", "stacktrace", "python", "error"})),
        ],
        fallback=GENERAL,
    )


def test_routes_by_keyword():
    decision = make_router().route("I was charged twice, please refund the invoice")
    assert decision.agent == "billing"
    assert decision.model == "small-model"
    assert decision.rule == "invoices"
    assert decision.matched == ("invoice", "refund")


def test_most_keywords_wins():
    decision = make_router().route("Python error after the plan upgrade, looks like a bug")
    assert decision.agent == "coder"
    assert decision.matched == ("bug", "error", "python")


def test_no_match_goes_to_fallback():
    decision = make_router().route("What's the weather like?")
    assert (decision.agent, decision.rule, decision.matched) == ("general", None, ())


def test_load_is_counted_per_sub_agent():
    router = make_router()
    router.route("refund please")
    router.route("which plan should I pick")
    router.route("python bug")
    router.route("hello")
    assert router.busiest() == [("billing", 2), ("coder", 1), ("general", 1)]
