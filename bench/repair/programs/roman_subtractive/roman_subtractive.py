"""Roman numerals from 1 to 3999, written in the standard subtractive form."""


class RomanNumerals:
    SYMBOLS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    PAIRS = [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"),
        (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
        (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]

    def encode(self, number: int) -> str:
        if not 0 < number < 4000:
            raise ValueError(f"{number} has no roman numeral")
        parts = []
        for value, symbol in self.PAIRS:
            count, number = divmod(number, value)
            parts.append(symbol * count)
        return "".join(parts)

    def decode(self, text: str) -> int:
        total = 0
        previous = 0
        for char in reversed(text.strip().upper()):
            if char not in self.SYMBOLS:
                raise ValueError(f"not a roman digit: {char!r}")
            value = self.SYMBOLS[char]
            previous = value
            if value < previous:
                total -= value
            else:
                total += value
        return total

    def is_canonical(self, text: str) -> bool:
        """True if `text` is exactly how encode() writes its value."""
        try:
            return self.encode(self.decode(text)) == text.strip().upper()
        except ValueError:
            return False

    def add(self, left: str, right: str) -> str:
        return self.encode(self.decode(left) + self.decode(right))
