"""Global alignment of two strings (Needleman-Wunsch) with linear gap costs."""

GAP = "-"


def score_table(a, b, match=1, mismatch=-1, gap=-1):
    """Return the (len(a)+1) x (len(b)+1) table of best prefix-alignment scores."""
    rows, cols = len(a) + 1, len(b) + 1
    table = [[0] * cols for _ in range(rows)]
    for i in range(1, rows):
        table[i][0] = i * gap
    for j in range(1, cols):
        table[0][j] = j * gap
    for i in range(1, rows):
        for j in range(1, cols):
            pair = match if a[i - 1] == b[j - 1] else mismatch
            table[i][j] = max(table[i - 1][j - 1] + pair,
                              table[i - 1][j] + gap,
                              table[i][j - 1] + gap)
    return table


def align(a, b, match=1, mismatch=-1, gap=-1):
    """Return (score, top, bottom): an optimal global alignment of a and b.

    Gaps are written as '-'. When several alignments are optimal the traceback
    (from the end) prefers a diagonal step, then a gap in b, then a gap in a.
    """
    table = score_table(a, b, match, mismatch, gap)
    pairs = []
    i, j = len(a), len(b)
    while i > 0 or j > 0:
        if i > 0 and j > 0:
            pair = match if a[i - 1] == b[j - 1] else mismatch
            if table[i][j] == table[i - 1][j - 1] + pair:
                pairs.append((a[i - 1], b[j - 1]))
                i, j = i - 1, j - 1
                continue
        if i > 0 and table[i][j] == table[i - 1][j] + gap:
            pairs.append((GAP, a[i - 1]))
            i -= 1
        else:
            pairs.append((GAP, b[j - 1]))
            j -= 1
    pairs.reverse()
    top = "".join(x for x, _ in pairs)
    bottom = "".join(y for _, y in pairs)
    return table[-1][-1], top, bottom


def identity(top, bottom):
    """Fraction of alignment columns where both rows hold the same character."""
    if not top:
        return 1.0
    same = sum(1 for x, y in zip(top, bottom) if x == y and x != GAP)
    return same / len(top)
