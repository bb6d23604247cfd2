"""American Soundex codes, for matching surnames that sound alike despite spelling."""

from collections import defaultdict

_GROUPS = ["bfpv", "cgjkqsxz", "dt", "l", "mn", "r"]
CODES: dict[str, str] = {
    letter: str(digit) for digit, letters in enumerate(_GROUPS, start=1) for letter in letters
}


def soundex(name: str) -> str:
    """First letter plus three digits, e.g. 'Robert' -> 'R163'; '' if name has no letters.

    Consonants with the same digit next to each other are coded once, also when
    separated by 'h' or 'w' ('Ashcraft' -> 'A261'); a vowel between them (a, e,
    i, o, u, y) lets the digit repeat ('Tymczak' -> 'T522'). The first letter
    counts as a neighbour too ('Pfister' -> 'P236').
    """
    letters = [char for char in name.lower() if "a" <= char <= "z"]
    if not letters:
        return ""
    digits: list[str] = []
    previous = CODES.get(letters[0], "")
    for letter in letters[1:]:
        code = CODES.get(letter, "")
        if code and code != previous:
            digits.append(code)
        previous = code
    return (letters[0].upper() + "".join(digits) + "000")[:4]


def sounds_alike(first: str, second: str) -> bool:
    code = soundex(first)
    return bool(code) and code == soundex(second)


def group_by_sound(names: list[str]) -> dict[str, list[str]]:
    """Names grouped under their code, each group in input order; names without letters skipped."""
    groups: dict[str, list[str]] = defaultdict(list)
    for name in names:
        code = soundex(name)
        if code:
            groups[code].append(name)
    return dict(groups)
