"""Root finding by bisection, plus a grid scan that brackets every sign change."""


def bisect_root(f, lo, hi, tol=1e-12, max_iter=200):
    """Return x in [lo, hi] with f(x) close to 0; f(lo) and f(hi) must differ in sign."""
    if lo > hi:
        lo, hi = hi, lo
    flo, fhi = f(lo), f(hi)
    if flo == 0:
        return lo
    if fhi == 0:
        return hi
    if flo * fhi > 0:
        raise ValueError(f"f({lo}) and f({hi}) have the same sign")
    for _ in range(max_iter):
        mid = lo + (hi - lo) / 2
        fmid = f(mid)
        if fmid == 0 or (hi - lo) / 2 < tol:
            return mid
        if flo * fmid < 0:
            hi = mid
        else:
            lo, flo = mid, fmid
    raise RuntimeError("bisection did not converge")


def find_roots(f, a, b, steps=100, tol=1e-12):
    """All roots of f in [a, b] that show up as a zero or sign change on a grid."""
    if steps < 1:
        raise ValueError("steps must be positive")
    roots = []
    prev_x = a
    prev_f = f(a)
    if prev_f == 0:
        roots.append(prev_x)
    for i in range(1, steps + 1):
        x = a + (b - a) * i / steps
        fx = f(x)
        if fx == 0:
            roots.append(x)
        elif prev_f * fx <= 0:
            roots.append(bisect_root(f, prev_x, x, tol))
        prev_x, prev_f = x, fx
    return roots
