"""Integer <-> text in bases 2..36 and in negative bases -2..-36 (e.g. negabinary)."""

DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


class Radix:
    def __init__(self, base: int) -> None:
        if not 2 <= abs(base) <= 36:
            raise ValueError(f"unsupported base {base}")
        self.base = base
        self.alphabet = DIGITS[: abs(base)]
        self.signed = base > 0

    def encode(self, number: int) -> str:
        if number < 0 and self.signed:
            return "-" + self.encode(-number)
        digits: list[str] = []
        while number != 0:
            number, remainder = divmod(number, self.base)
            if remainder < 0:
                remainder -= self.base
                number += 1
            digits.append(self.alphabet[remainder])
        return "".join(reversed(digits)) or "0"

    def decode(self, text: str) -> int:
        cleaned = text.strip().lower().replace("_", "")
        negative = cleaned.startswith("-")
        if negative:
            if self.signed:
                raise ValueError(f"base {self.base} numbers carry no sign: {text!r}")
            cleaned = cleaned[1:]
        if not cleaned:
            raise ValueError(f"no digits in {text!r}")
        value = 0
        for char in cleaned:
            digit = self.alphabet.find(char)
            if digit < 0:
                raise ValueError(f"{char!r} is not a base {self.base} digit in {text!r}")
            value = value * self.base + digit
        return -value if negative else value

    def convert(self, text: str, target: "Radix") -> str:
        """Rewrites a number given in this base in the target base."""
        return target.encode(self.decode(text))
