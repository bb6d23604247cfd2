"""Minimise a complete DFA by partition refinement (Moore's algorithm)."""


def reachable(start, delta, alphabet):
    seen = {start}
    stack = [start]
    while stack:
        state = stack.pop()
        for symbol in alphabet:
            target = delta[state][symbol]
            if target not in seen:
                seen.add(target)
                stack.append(target)
    return seen


def refine(live, alphabet, delta, accepting):
    """Map each live state to the id of its equivalence class."""
    block = {s: int(s in accepting) for s in live}
    while True:
        ids = {}
        split = {}
        for s in sorted(live, key=repr):
            signature = (block[s],) + tuple(block[delta[s][a]] for a in alphabet)
            split[s] = ids.setdefault(signature, len(ids))
        if len(ids) == len(set(block.values())):
            return split
        block = split


def minimize(alphabet, delta, start, accepting):
    """Return (delta, start, accepting) of the minimal DFA; states numbered 0.. in BFS order."""
    alphabet = list(alphabet)
    live = reachable(start, delta, alphabet)
    block = refine(live, alphabet, delta, accepting)
    member = {}
    for s in sorted(live, key=repr):
        member.setdefault(block[s], s)
    number = {block[start]: 0}
    queue = [block[start]]
    for b in queue:
        for a in alphabet:
            nb = block[delta[member[b]][a]]
            if nb not in number:
                number[nb] = len(number)
                queue.append(nb)
    new_delta = {
        number[b]: {a: number[block[delta[member[b]][a]]] for a in alphabet} for b in queue
    }
    new_accepting = {number[b] for b in queue if b in accepting}
    return new_delta, 0, new_accepting


def accepts(dfa, word):
    delta, state, accepting = dfa
    for symbol in word:
        state = delta[state][symbol]
    return state in accepting
