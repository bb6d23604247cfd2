"""Choose few-shot examples with the most total relevance that fit a token budget."""


def choose_examples(costs, scores, budget):
    """0/1 knapsack over the examples; return the chosen indices, ascending.

    costs are token counts (non-negative ints) and scores are relevance
    values.  Every example can be used at most once.
    """
    n = len(costs)
    best = [[0] * (budget + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        cost, score = costs[i - 1], scores[i - 1]
        for w in range(budget + 1):
            best[i][w] = best[i - 1][w]
            if cost <= w and best[i - 1][w - cost] + score > best[i][w]:
                best[i][w] = best[i - 1][w - cost] + score
    chosen = []
    w = budget
    for i in range(n, 0, -1):
        if best[i][w] != best[i - 1][w]:
            chosen.append(i - 1)
            w = costs[i - 1]
    chosen.reverse()
    return chosen


def select_for_prompt(examples, budget, count_tokens=lambda text: len(text.split())):
    """Pick examples ({"text", "score"}) for the prompt, keeping their order.

    Returns (texts, tokens_used).
    """
    costs = [count_tokens(example["text"]) for example in examples]
    scores = [example["score"] for example in examples]
    picked = choose_examples(costs, scores, budget)
    return [examples[i]["text"] for i in picked], sum(costs[i] for i in picked)
