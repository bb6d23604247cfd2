"""Display money in a currency's minor unit, rounded with the mode the caller asks for."""

from decimal import ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

MINOR_UNITS = {"USD": 2, "EUR": 2, "GBP": 2, "CHF": 2, "JPY": 0, "KRW": 0, "BHD": 3, "KWD": 3}
SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}
ROUNDING = {
    "half_even": ROUND_HALF_EVEN,  # banker's rounding, the default for ledgers
    "half_up": ROUND_HALF_UP,  # ties away from zero, what receipts usually show
    "down": ROUND_DOWN,  # toward zero
    "floor": ROUND_FLOOR,
    "ceiling": ROUND_CEILING,
}

Amount = Decimal | int | str


def minor_digits(currency: str) -> int:
    try:
        return MINOR_UNITS[currency]
    except KeyError:
        raise ValueError(f"unsupported currency {currency!r}") from None


def round_amount(amount: Amount, currency: str, mode: str = "half_even") -> Decimal:
    """Round to the currency's smallest unit (cents, fils, whole yen)."""
    if mode not in ROUNDING:
        raise ValueError(f"unknown rounding mode {mode!r}; use one of {', '.join(ROUNDING)}")
    quantum = Decimal(1).scaleb(-minor_digits(currency))
    return Decimal(amount).quantize(quantum)


def format_money(amount: Amount, currency: str, mode: str = "half_even") -> str:
    """'$1,234.50', '-€0.99', '¥1,500', '12.345 BHD' (no symbol: code after the number)."""
    value = round_amount(amount, currency, mode)
    digits = minor_digits(currency)
    text = f"{abs(value):,.{digits}f}"
    symbol = SYMBOLS.get(currency)
    body = f"{symbol}{text}" if symbol else f"{text} {currency}"
    return f"-{body}" if value < 0 else body


def format_total(amounts: list[Amount], currency: str, mode: str = "half_even") -> str:
    """Sum the exact amounts first and round once, so the total is not off by rounding drift."""
    return format_money(sum((Decimal(amount) for amount in amounts), Decimal(0)), currency, mode)
