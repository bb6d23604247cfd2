"""Resolve model names reported by providers to entries of a price table.

Providers often report dated snapshot names ("gpt-4o-2024-08-06") while the
price table lists the family name ("gpt-4o"). Prices are USD per million tokens.
"""

DEFAULT_PRICES = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "claude-3-5-sonnet": (3.00, 15.00),
    "claude-3-5-haiku": (0.80, 4.00),
    "o3": (2.00, 8.00),
    "o3-mini": (1.10, 4.40),
}


class UnknownModel(KeyError):
    pass


class PriceTable:
    def __init__(self, prices=None, aliases=None):
        self.prices = dict(DEFAULT_PRICES if prices is None else prices)
        self.aliases = {k.lower(): v for k, v in (aliases or {}).items()}

    def resolve(self, model):
        """Return the price-table key for model: exact, alias, or longest prefix."""
        name = model.strip().lower()
        name = self.aliases.get(name, name)
        if name in self.prices:
            return name
        matches = [key for key in self.prices if name.startswith(key + "-")]
        if not matches:
            raise UnknownModel(model)
        return min(matches, key=len)

    def cost(self, model, input_tokens, output_tokens):
        input_rate, output_rate = self.prices[self.resolve(model)]
        return round((input_tokens * input_rate + output_tokens * output_rate) / 1_000_000, 8)

    def cost_by_family(self, calls):
        """Sum cost per resolved price key for (model, input, output) triples."""
        totals = {}
        for model, input_tokens, output_tokens in calls:
            key = self.resolve(model)
            totals[key] = round(totals.get(key, 0.0) + self.cost(model, input_tokens, output_tokens), 8)
        return totals
