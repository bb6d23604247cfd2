"""Binomial coefficients modulo a prime from precomputed factorial tables."""


class BinomialTable:
    """C(n, k) mod ``prime`` for every n up to ``limit`` in O(1) per query."""

    def __init__(self, limit, prime=1_000_000_007):
        if limit < 0 or limit >= prime:
            raise ValueError("limit must be in 0..prime-1")
        self.limit = limit
        self.prime = prime
        fact = [1] * (limit + 1)
        for i in range(1, limit + 1):
            fact[i] = fact[i - 1] * i % prime
        inv_fact = [1] * (limit + 1)
        inv_fact[limit] = pow(fact[limit], prime - 2, prime)  # Fermat inverse
        for i in range(limit, 0, -1):
            inv_fact[i - 1] = inv_fact[i] * i % prime
        self.fact = fact
        self.inv_fact = inv_fact

    def _check(self, n):
        if n < 0 or n >= self.limit:
            raise ValueError(f"n={n} is outside the table (0..{self.limit})")

    def comb(self, n, k):
        """C(n, k) mod prime; 0 when k is outside 0..n."""
        self._check(n)
        if k > n:
            return 0
        p = self.prime
        return self.fact[n] * self.inv_fact[k] % p * self.inv_fact[n - k] % p

    def perm(self, n, k):
        """Ordered selections n! / (n - k)! mod prime; 0 when k is outside 0..n."""
        self._check(n)
        if not 0 <= k <= n:
            return 0
        return self.fact[n] * self.inv_fact[n - k] % self.prime

    def multinomial(self, counts):
        """(sum counts)! / prod(count!) mod prime."""
        if any(c < 0 for c in counts):
            return 0
        n = sum(counts)
        self._check(n)
        result = self.fact[n]
        for c in counts:
            result = result * self.inv_fact[c] % self.prime
        return result
