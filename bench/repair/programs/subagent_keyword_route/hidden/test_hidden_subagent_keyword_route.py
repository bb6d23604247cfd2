from subagent_keyword_route import Router, Rule, SubAgent

SEARCH_A = SubAgent("search-a", "small")
SEARCH_B = SubAgent("search-b", "small")
WRITER = SubAgent("writer", "large")
FALLBACK = SubAgent("triage", "tiny")


def make_router():
    return Router(
        rules=[
            Rule("web", SEARCH_A, frozenset({"search", "find"})),
            Rule("news", SEARCH_A, frozenset({"news", "headlines"})),
            Rule("web-b", SEARCH_B, frozenset({"search", "find"})),
            Rule("draft", WRITER, frozenset({"write", "draft", "email"}), min_hits=2),
        ],
        fallback=FALLBACK,
    )


def test_ties_alternate_between_sub_agents():
    router = make_router()
    agents = [router.route("please search for flights").agent for _ in range(4)]
    assert agents == ["search-a", "search-b", "search-a", "search-b"]


def test_tie_balance_counts_every_rule_of_an_agent():
    router = make_router()
    assert router.route("latest news headlines").agent == "search-a"
    assert router.route("find me a hotel").agent == "search-b"
    assert router.route("find me a car").agent == "search-a"
    assert router.route("find me a train").agent == "search-b"
    assert router.load == {"search-a": 2, "search-b": 2}


def test_min_hits():
    router = make_router()
    assert router.route("write something").agent == "triage"
    decision = router.route("Write a DRAFT email to Bob")
    assert (decision.agent, decision.model, decision.rule) == ("writer", "large", "draft")
    assert decision.matched == ("draft", "email", "write")


def test_busiest_orders_by_count_then_name():
    router = make_router()
    for text in ["news", "hi", "hello", "find it", "search it"]:
        router.route(text)
    assert router.busiest() == [("search-a", 2), ("triage", 2), ("search-b", 1)]
