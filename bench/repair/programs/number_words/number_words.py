"""Spell integers out in English words, for cheques and generated prose."""

ONES = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = [(10 ** 12, "trillion"), (10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")]
IRREGULAR_ORDINALS = {
    "one": "first", "two": "second", "three": "third", "five": "fifth",
    "eight": "eighth", "nine": "ninth", "twelve": "twelfth",
}


def _below_thousand(number: int) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(number, 100)
    if hundreds:
        words += [ONES[hundreds], "hundred"]
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        words.append(TENS[tens] + (f"-{ONES[ones]}" if ones else ""))
    elif rest:
        words.append(ONES[rest])
    return words


def number_to_words(number: int) -> str:
    """1234 -> 'one thousand two hundred thirty-four' (short scale, no 'and')."""
    if number == 0:
        return "zero"
    if number < 0:
        return "minus " + number_to_words(-number)
    words: list[str] = []
    remaining = number
    for scale, name in SCALES:
        count, remaining = divmod(number, scale)
        if count:
            words += number_to_words(count).split() + [name]
    words += _below_thousand(remaining)
    return " ".join(words)


def ordinal_words(number: int) -> str:
    """21 -> 'twenty-first', 100 -> 'one hundredth', 12 -> 'twelfth'."""
    head, space, last = number_to_words(number).rpartition(" ")
    stem, hyphen, word = last.rpartition("-")
    if word in IRREGULAR_ORDINALS:
        word = IRREGULAR_ORDINALS[word]
    elif word.endswith("y"):
        word = word[:-1] + "ieth"
    else:
        word += "th"
    return head + space + stem + hyphen + word
