import itertools
import random

from stable_matching import blocking_pairs, stable_match


def _acceptable(p, r, proposers, reviewers):
    return r in proposers[p] and p in reviewers.get(r, [])


def _all_matchings(proposers, reviewers):
    people = list(proposers)
    options = {p: [None] + [r for r in proposers[p] if _acceptable(p, r, proposers, reviewers)]
               for p in people}
    for combo in itertools.product(*(options[p] for p in people)):
        taken = [r for r in combo if r is not None]
        if len(taken) == len(set(taken)):
            yield {p: r for p, r in zip(people, combo) if r is not None}


def _is_stable(matching, proposers, reviewers):
    partner_of = {r: p for p, r in matching.items()}
    for p, order in proposers.items():
        for r in order:
            if not _acceptable(p, r, proposers, reviewers):
                continue
            current = matching.get(p)
            p_wants = current is None or order.index(r) < order.index(current)
            rival = partner_of.get(r)
            their = reviewers[r]
            r_wants = rival is None or their.index(p) < their.index(rival)
            if p_wants and r_wants:
                return False
    return True


def _random_instance(rng, n_prop, n_rev, complete):
    props = [f"p{i}" for i in range(n_prop)]
    revs = [f"r{i}" for i in range(n_rev)]
    def lists(who, others):
        out = {}
        for w in who:
            order = others[:]
            rng.shuffle(order)
            out[w] = order if complete else order[:rng.randint(0, len(order))]
        return out
    return lists(props, revs), lists(revs, props)


def test_random_complete_lists_are_stable_and_proposer_optimal():
    rng = random.Random(21)
    for _ in range(120):
        n = rng.randint(1, 5)
        proposers, reviewers = _random_instance(rng, n, n, complete=True)
        result = stable_match(proposers, reviewers)
        assert len(result) == n
        assert _is_stable(result, proposers, reviewers)
        assert blocking_pairs(result, proposers, reviewers) == []
        stable = [m for m in _all_matchings(proposers, reviewers)
                  if _is_stable(m, proposers, reviewers)]
        for p, order in proposers.items():
            assert order.index(result[p]) == min(order.index(m[p]) for m in stable)


def test_random_incomplete_lists():
    rng = random.Random(8)
    for _ in range(150):
        proposers, reviewers = _random_instance(rng, rng.randint(0, 4), rng.randint(0, 4),
                                                complete=False)
        result = stable_match(proposers, reviewers)
        assert all(_acceptable(p, r, proposers, reviewers) for p, r in result.items())
        assert len(set(result.values())) == len(result)
        assert _is_stable(result, proposers, reviewers)
        stable = [m for m in _all_matchings(proposers, reviewers)
                  if _is_stable(m, proposers, reviewers)]
        assert result in stable
        for p, order in proposers.items():
            best = [order.index(m[p]) for m in stable if p in m]
            if best:
                assert order.index(result[p]) == min(best)


def test_reviewer_trades_up_twice():
    proposers = {"a": ["x"], "b": ["x"], "c": ["x"]}
    reviewers = {"x": ["c", "b", "a"]}
    assert stable_match(proposers, reviewers) == {"c": "x"}


def test_popular_reviewer_keeps_favourite():
    proposers = {"a": ["x", "y"], "b": ["x", "y"], "c": ["x", "y"]}
    reviewers = {"x": ["b", "c", "a"], "y": ["a", "c", "b"]}
    assert stable_match(proposers, reviewers) == {"b": "x", "a": "y"}
