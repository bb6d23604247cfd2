"""Run-length encoding of status strings (e.g. "....FF.." from a test run)."""


def encode(text: str) -> list[tuple[str, int]]:
    """'aaab' -> [('a', 3), ('b', 1)]"""
    if not text:
        return []
    runs = []
    current, count = text[0], 0
    for char in text:
        if char == current:
            count += 1
        else:
            runs.append((current, count))
            current, count = char, 0
    return runs


def decode(runs: list[tuple[str, int]]) -> str:
    return "".join(char * count for char, count in runs)


def summary(text: str) -> str:
    return " ".join(f"{count}{char}" for char, count in encode(text))
