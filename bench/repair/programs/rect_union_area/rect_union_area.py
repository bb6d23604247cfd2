"""Area covered by axis-aligned rectangles with int or Fraction coordinates, exactly."""

from fractions import Fraction

Number = int | Fraction
Rect = tuple[Number, Number, Number, Number]  # two opposite corners: x1, y1, x2, y2


def normalize(rect: Rect) -> Rect:
    """Corners reordered to (left, bottom, right, top)."""
    x1, y1, x2, y2 = rect
    return min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2)


def covered_length(spans: list[tuple[Number, Number]]) -> Number:
    """Total length of the union of closed intervals (start <= end)."""
    total: Number = 0
    current: list[Number] | None = None
    for start, end in sorted(spans):
        if current is not None and start <= current[1]:
            current[1] = end
        else:
            if current is not None:
                total += current[1] - current[0]
            current = [start, end]
    if current is not None:
        total += current[1] - current[0]
    return total


def union_area(rects: list[Rect]) -> Number:
    """Area of the union: sweep the strips between consecutive x edges and, in each
    strip, measure the y-extent covered by the rectangles spanning it."""
    boxes = [normalize(rect) for rect in rects]
    xs = sorted({x for box in boxes for x in (box[0], box[2])})
    area: Number = 0
    for left, right in zip(xs, xs[1:]):
        spans = [(box[1], box[3]) for box in boxes if box[0] <= left and right <= box[2]]
        area += (right - left) * covered_length(spans)
    return area


def clip(rect: Rect, window: Rect) -> Rect | None:
    """The part of rect inside window, or None when they share no area."""
    left, bottom, right, top = normalize(rect)
    w_left, w_bottom, w_right, w_top = normalize(window)
    left, bottom = max(left, w_left), max(bottom, w_bottom)
    right, top = min(right, w_right), min(top, w_top)
    return (left, bottom, right, top) if left < right and bottom < top else None


def uncovered_area(rects: list[Rect], window: Rect) -> Number:
    """Area of window that none of the rectangles cover."""
    left, bottom, right, top = normalize(window)
    inside = [part for rect in rects if (part := clip(rect, window)) is not None]
    return (right - left) * (top - bottom) - union_area(inside)
