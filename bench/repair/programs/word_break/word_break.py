"""Split text written without spaces into dictionary words (dynamic programming)."""


def segment(text: str, words: set[str]) -> list[str] | None:
    """One way to write `text` as a sequence of words from `words`, or None."""
    longest = max((len(word) for word in words), default=0)
    reachable = [False] * (len(text) + 1)
    reachable[0] = True
    start_of = [0] * (len(text) + 1)  # where the last word of text[:end] starts
    for end in range(1, len(text) + 1):
        for start in range(max(0, end - longest), end):
            if reachable[start] and text[start:end] in words:
                start_of[end] = start
                break
    if not reachable[len(text)]:
        return None
    pieces: list[str] = []
    end = len(text)
    while end > 0:
        start = start_of[end]
        pieces.append(text[end:start])
        end = start
    return pieces[::-1]


def can_segment(text: str, words: set[str]) -> bool:
    return segment(text, words) is not None


def count_segmentations(text: str, words: set[str]) -> int:
    """Number of different ways to split `text` into words."""
    ways = [1] + [0] * len(text)
    for end in range(1, len(text) + 1):
        for start in range(end):
            if text[start:end] in words:
                ways[end] += ways[start]
    return ways[len(text)]
