"""Pascal's triangle modulo a small prime, for rows far too long to build (Lucas' theorem)."""


class PascalModPrime:
    """Entries C(n, k) mod p, computed from the base-p digits of n and k."""

    def __init__(self, p: int) -> None:
        if p < 2 or any(p % d == 0 for d in range(2, int(p**0.5) + 1)):
            raise ValueError(f"{p} is not a prime")
        self.p = p
        self._small = self._first_rows(p)

    @staticmethod
    def _first_rows(p: int) -> list[list[int]]:
        rows = [[1]]
        for _ in range(1, p):
            previous = rows[-1]
            middle = [(a + b) % p for a, b in zip(previous, previous[1:])]
            rows.append([1, *middle, 1])
        return rows

    def _digits(self, n: int) -> list[int]:
        digits = []
        while n:
            n, digit = divmod(n, self.p)
            digits.append(digit)
        return digits

    def binom(self, n: int, k: int) -> int:
        """C(n, k) mod p; 0 outside the triangle."""
        if k < 0 or k > n:
            return 0
        result = 1
        while n or k:
            n_digit, k_digit = n % self.p, k % self.p
            if k_digit > n_digit:
                return 0
            result = self._small[n_digit][k_digit] % self.p
            n //= self.p
            k //= self.p
        return result

    def row(self, n: int) -> list[int]:
        return [self.binom(n, k) for k in range(n + 1)]

    def nonzero_count(self, n: int) -> int:
        """How many entries of row n are not divisible by p."""
        count = 1
        for digit in self._digits(n):
            count *= digit + 1
        return count

    def divides_all_inner(self, n: int) -> bool:
        """True when p divides C(n, k) for every 0 < k < n (rows n = p**m)."""
        return n > 1 and self.nonzero_count(n) == 2
