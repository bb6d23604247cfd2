"""A till that pays change greedily, largest coin first, from the coins it holds."""

from collections.abc import Iterable


class InsufficientChange(Exception):
    pass


class CashDrawer:
    def __init__(self, denominations: Iterable[int]) -> None:
        self.denominations = sorted(set(denominations), reverse=True)
        if not self.denominations or self.denominations[-1] <= 0:
            raise ValueError("denominations must be positive integers")
        self.stock: dict[int, int] = {coin: 0 for coin in self.denominations}

    def deposit(self, coin: int, count: int = 1) -> None:
        if coin not in self.stock:
            raise ValueError(f"unknown coin {coin}")
        if count < 0:
            raise ValueError("count must not be negative")
        self.stock[coin] += count

    @property
    def balance(self) -> int:
        return sum(coin * count for coin, count in self.stock.items())

    def plan_change(self, amount: int) -> dict[int, int]:
        """Coins to hand out for amount, without taking them from the drawer."""
        if amount < 0:
            raise ValueError("amount must not be negative")
        remaining = amount
        plan: dict[int, int] = {}
        for coin in self.denominations:
            count = min(remaining // coin, self.stock[coin])
            if count:
                plan[coin] = count
                remaining -= count * coin
        if remaining:
            raise InsufficientChange(f"cannot pay {amount}: {remaining} short")
        return plan

    def pay_change(self, amount: int) -> dict[int, int]:
        plan = self.plan_change(amount)
        for coin, count in plan.items():
            self.stock[coin] = count
        return plan

    def sell(self, price: int, paid: Iterable[int]) -> dict[int, int]:
        """Take the customer's coins, then return their change."""
        coins = list(paid)
        if sum(coins) < price:
            raise ValueError("not enough money")
        for coin in coins:
            self.deposit(coin)
        try:
            return self.pay_change(sum(coins) - price)
        except InsufficientChange:
            for coin in coins:
                self.stock[coin] -= 1
            raise
