"""Robust outlier detection with the modified z-score (Iglewicz and Hoaglin).

The modified z-score uses the median and the median absolute deviation (MAD)
instead of the mean and standard deviation, so a single wild value cannot hide
itself by inflating the spread.
"""

CONSISTENCY = 0.6745


def median(values):
    s = sorted(values)
    n = len(s)
    if n == 0:
        raise ValueError("median of empty data")
    mid = n // 2
    if n % 2:
        return s[mid]
    return (s[mid - 1] + s[mid]) / 2


def modified_zscores(values):
    """One score per value; all zeros when more than half the values are equal."""
    med = median(values)
    mad = median([abs(v - med) for v in values])
    if mad == 0:
        return [0.0 for _ in values]
    return [CONSISTENCY * (v - med) / mad for v in values]


def split_outliers(values, threshold=3.5):
    """Return ``(inliers, outliers)``, each keeping the input order."""
    inliers, outliers = [], []
    for value, z in zip(values, modified_zscores(values)):
        if z > threshold:
            outliers.append(value)
        else:
            inliers.append(value)
    return inliers, outliers
