"""Square matrices over the integers modulo m, with fast powers for Fibonacci numbers."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ModMatrix:
    rows: tuple[tuple[int, ...], ...]
    modulus: int

    @classmethod
    def identity(cls, size: int, modulus: int) -> ModMatrix:
        rows = tuple(tuple(int(r == c) for c in range(size)) for r in range(size))
        return cls(rows, modulus)

    @property
    def size(self) -> int:
        return len(self.rows)

    def is_identity(self) -> bool:
        return all(
            self.rows[r][c] % self.modulus == int(r == c)
            for r in range(self.size)
            for c in range(self.size)
        )

    def __matmul__(self, other: ModMatrix) -> ModMatrix:
        if self.size != other.size or self.modulus != other.modulus:
            raise ValueError("matrices differ in size or modulus")
        n = self.size
        product = []
        for r in range(n):
            row = []
            for c in range(n):
                total = 0
                for k in range(n):
                    total = (self.rows[r][k] * other.rows[k][c]) % self.modulus
                row.append(total)
            product.append(tuple(row))
        return ModMatrix(tuple(product), self.modulus)

    def __pow__(self, exponent: int) -> ModMatrix:
        if exponent < 0:
            raise ValueError("negative exponent")
        result = ModMatrix.identity(self.size, self.modulus)
        base = self
        while exponent:
            if exponent & 1:
                result = result @ base
            base = base @ base
            exponent >>= 1
        return result


def fibonacci_mod(n: int, modulus: int) -> int:
    """F(n) mod modulus, with F(0) = 0 and F(1) = 1."""
    step = ModMatrix(((1, 1), (1, 0)), modulus)
    return (step**n).rows[0][1]


def pisano_period(modulus: int) -> int:
    """Period of the Fibonacci sequence modulo modulus (modulus >= 2); never above 6 * modulus."""
    step = ModMatrix(((1, 1), (1, 0)), modulus)
    power = step
    for period in range(1, 6 * modulus + 1):
        if power.is_identity():
            return period
        power = power @ step
    raise ArithmeticError(f"no period found for modulus {modulus}")
