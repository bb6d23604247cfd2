"""Pascal's triangle and binomial coefficients."""


def pascal(n: int) -> list[list[int]]:
    """The first ``n`` rows of Pascal's triangle."""
    rows: list[list[int]] = []
    for r in range(n):
        row = [1] * r
        for c in range(1, r - 1):
            row[c] = rows[r - 1][c - 1] + rows[r - 1][c]
        rows.append(row)
    return rows


def binomial(n: int, k: int) -> int:
    """n choose k, read off the triangle."""
    if k < 0 or k > n:
        return 0
    return pascal(n + 1)[n][k]
