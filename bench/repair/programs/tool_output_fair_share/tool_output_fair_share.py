"""Share one token budget between the outputs of the tool calls of a turn,
so that a single huge output cannot crowd out the others."""


def fair_shares(sizes, budget):
    """Max-min fair split of `budget` tokens among outputs of the given sizes.

    An output that needs less than an equal share keeps all of its tokens and
    what it leaves unused is shared among the larger ones. Tokens left over by
    the integer division go to the earliest of the outputs that get cut.
    """
    shares = [0] * len(sizes)
    remaining = budget
    pending = sorted(range(len(sizes)), key=lambda i: sizes[i])
    while pending:
        equal = remaining // len(pending)
        smallest = pending[0]
        if sizes[smallest] <= equal:
            shares[smallest] = sizes[smallest]
            pending.pop(0)
            continue
        extra = remaining - equal * len(pending)
        for rank, i in enumerate(sorted(pending)):
            shares[i] = equal + (1 if rank < extra else 0)
        break
    return shares


def count_tokens(text):
    return len(text.split())


def fit_outputs(outputs, budget):
    """Cut each output to its share of words, marking how many were dropped."""
    sizes = [count_tokens(text) for text in outputs]
    fitted = []
    for text, size, share in zip(outputs, sizes, fair_shares(sizes, budget)):
        if size <= share:
            fitted.append(text)
        else:
            kept = " ".join(text.split()[:share])
            fitted.append(f"{kept} [... {size - share} tokens truncated]")
    return fitted
