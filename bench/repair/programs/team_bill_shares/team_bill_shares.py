"""Split a shared LLM bill across teams in proportion to their usage.

Amounts are integer cents. Each team first gets the floor of its exact share;
the cents left over go to the teams with the largest remainders (largest
remainder method), so the shares always add up to the bill.
"""


def split_bill(total_cents, usage):
    """Return {team: cents} for a bill of total_cents split by usage units."""
    if total_cents < 0:
        raise ValueError("bill must be non-negative")
    if any(units < 0 for units in usage.values()):
        raise ValueError("usage must be non-negative")
    if not usage:
        return {}
    weight = sum(usage.values())
    if weight == 0:
        usage = {team: 1 for team in usage}
        weight = len(usage)
    shares = {}
    remainders = {}
    for team, units in usage.items():
        shares[team], remainders[team] = divmod(total_cents * units, weight)
    leftover = total_cents - sum(shares.values())
    by_remainder = sorted(remainders, key=remainders.get)
    for team in by_remainder[:leftover]:
        shares[team] += 1
    return shares


def split_by_tokens(total_cents, records):
    """Split a bill using token counts summed per team from usage records."""
    usage = {}
    for record in records:
        tokens = record.get("input_tokens", 0) + record.get("output_tokens", 0)
        usage[record["team"]] = usage.get(record["team"], 0) + tokens
    return split_bill(total_cents, usage)
