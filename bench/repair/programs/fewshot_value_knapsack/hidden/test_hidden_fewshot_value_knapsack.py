from itertools import combinations

from fewshot_value_knapsack import choose_examples, select_for_prompt


def _best_total(costs, scores, budget):
    best = 0
    for r in range(len(costs) + 1):
        for combo in combinations(range(len(costs)), r):
            if sum(costs[i] for i in combo) <= budget:
                best = max(best, sum(scores[i] for i in combo))
    return best


def test_matches_brute_force_and_budget():
    cases = [
        ([4, 2, 3, 1], [8, 3, 5, 2], 6),
        ([5, 3, 2, 1], [10, 4, 4, 3], 6),
        ([3, 3, 3, 3], [1, 2, 3, 4], 7),
        ([2, 7, 1, 4, 3], [5, 9, 1, 6, 4], 10),
        ([6, 1, 1, 1], [20, 1, 1, 1], 8),
    ]
    for costs, scores, budget in cases:
        chosen = choose_examples(costs, scores, budget)
        assert chosen == sorted(set(chosen))
        assert sum(costs[i] for i in chosen) <= budget
        assert sum(scores[i] for i in chosen) == _best_total(costs, scores, budget)


def test_specific_choices():
    assert choose_examples([4, 2, 3, 1], [8, 3, 5, 2], 6) == [0, 1]
    assert choose_examples([5, 3, 2, 1], [10, 4, 4, 3], 6) == [0, 3]


def test_zero_cost_examples_are_taken():
    assert choose_examples([0, 3, 0], [1, 5, 2], 2) == [0, 2]


def test_zero_budget():
    assert choose_examples([1, 2], [3, 4], 0) == []


def test_empty_pool():
    assert choose_examples([], [], 10) == []
    assert select_for_prompt([], 10) == ([], 0)


def test_select_with_custom_counter():
    examples = [{"text": "abcd", "score": 5}, {"text": "ab", "score": 3}, {"text": "abc", "score": 4}]
    texts, used = select_for_prompt(examples, 5, count_tokens=len)
    assert texts == ["ab", "abc"]
    assert used == 5
