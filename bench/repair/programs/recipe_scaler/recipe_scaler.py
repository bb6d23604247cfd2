"""Scale recipe lines like "1 1/2 cups flour" to a different number of servings."""

from fractions import Fraction


def _is_amount(word: str) -> bool:
    try:
        Fraction(word)
    except (ValueError, ZeroDivisionError):
        return False
    return True


def parse_amount(text: str) -> Fraction:
    """'1 1/2' -> 3/2, '3/4' -> 3/4, '2' -> 2, '0.5' -> 1/2."""
    words = text.split()
    if not words or not all(_is_amount(word) for word in words):
        raise ValueError(f"not an amount: {text!r}")
    return sum((Fraction(word) for word in words), Fraction(0))


def format_amount(amount: Fraction, denominator: int = 8) -> str:
    """Nearest multiple of 1/denominator as a mixed number: '2 1/4', '3/8', '5'.

    A positive amount never rounds down to nothing: it becomes 1/denominator.
    """
    rounded = Fraction(round(amount * denominator), denominator)
    if rounded == 0 and amount > 0:
        rounded = Fraction(1, denominator)
    whole, rest = divmod(rounded, 1)
    if rest == 0:
        return str(whole)
    if whole == 0:
        return str(rest)
    return f"{whole} {rest}"


def split_line(line: str) -> tuple[str, str]:
    """Leading amount words and the rest: '1 1/2 cups flour' -> ('1 1/2', 'cups flour')."""
    words = line.split()
    count = 0
    while count < len(words) and _is_amount(words[count]):
        count += 1
    return " ".join(words[:count]), " ".join(words[count:])


def scale_line(line: str, servings: int, wanted: int) -> str:
    """Rescale a line written for `servings` people to feed `wanted`; lines without amounts stay."""
    if servings <= 0 or wanted <= 0:
        raise ValueError("servings must be positive")
    amount, rest = split_line(line)
    if not amount:
        return line
    factor = Fraction(servings, wanted)
    scaled = format_amount(parse_amount(amount) * factor)
    return f"{scaled} {rest}" if rest else scaled


def scale_recipe(lines: list[str], servings: int, wanted: int) -> list[str]:
    return [scale_line(line, servings, wanted) for line in lines]
