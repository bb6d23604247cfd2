"""Overlap measurements for axis-aligned rectangles given as (x1, y1, x2, y2)."""


def normalize(rect):
    """Return the same rectangle with x1 <= x2 and y1 <= y2."""
    x1, y1, x2, y2 = rect
    return (min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2))


def area(rect):
    x1, y1, x2, y2 = normalize(rect)
    return (x2 - x1) * (y2 - y1)


def intersection(a, b):
    """Return the rectangle shared by ``a`` and ``b``, or None if they share no area."""
    ax1, ay1, ax2, ay2 = normalize(a)
    bx1, by1, bx2, by2 = normalize(b)
    x1, y1 = max(ax1, bx1), max(ay1, by1)
    x2, y2 = min(ax2, bx2), min(ay2, by2)
    if x1 >= x2 or y1 >= y2:
        return None
    return (x1, y1, x2, y2)


def overlap_area(a, b):
    """Area shared by ``a`` and ``b``; 0 when they only touch or lie apart."""
    ax1, ay1, ax2, ay2 = normalize(a)
    bx1, by1, bx2, by2 = normalize(b)
    width = max(0, min(ax2, bx2) - max(ax1, bx1))
    height = min(ay2, by2) - max(ay1, by1)
    return width * height


def overlapping_pairs(rects):
    """Index pairs (i, j) with i < j of rectangles that share positive area."""
    pairs = []
    for i in range(len(rects)):
        for j in range(i + 1, len(rects)):
            if overlap_area(rects[i], rects[j]) > 0:
                pairs.append((i, j))
    return pairs


def iou(a, b):
    """Intersection over union, as used to compare detection boxes."""
    shared = overlap_area(a, b)
    union = area(a) + area(b) - shared
    return shared / union if union else 0.0
