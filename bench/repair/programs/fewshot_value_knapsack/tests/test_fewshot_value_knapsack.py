from fewshot_value_knapsack import choose_examples, select_for_prompt


def test_nothing_fits():
    assert choose_examples([5, 6], [1.0, 2.0], 4) == []


def test_everything_fits():
    assert choose_examples([1, 2, 3], [1, 1, 1], 6) == [0, 1, 2]


def test_single_best_example():
    assert choose_examples([4, 4, 4], [0.2, 0.9, 0.5], 5) == [1]


def test_best_pair_beats_greedy():
    assert choose_examples([1, 2, 3], [6, 10, 12], 5) == [1, 2]


def test_select_for_prompt_keeps_order():
    examples = [
        {"text": "one two three four", "score": 3},
        {"text": "five six", "score": 2},
        {"text": "seven", "score": 2},
    ]
    assert select_for_prompt(examples, 3) == (["five six", "seven"], 3)
