"""Skyline of rectangular buildings, by divide and conquer.

A building is (left, right, height) with left < right. The skyline is a list of key points
(x, height): from x on, the outline has that height, until the next key point.
"""

Building = tuple[int, int, int]
KeyPoint = tuple[int, int]


def skyline(buildings: list[Building]) -> list[KeyPoint]:
    if not buildings:
        return []
    if len(buildings) == 1:
        left, right, height = buildings[0]
        return [(left, height), (right, 0)] if height > 0 else []
    mid = len(buildings) // 2
    return merge_skylines(skyline(buildings[:mid]), skyline(buildings[mid + 1:]))


def merge_skylines(a: list[KeyPoint], b: list[KeyPoint]) -> list[KeyPoint]:
    merged: list[KeyPoint] = []
    i = j = 0
    height_a = height_b = 0
    while i < len(a) and j < len(b):
        if a[i][0] < b[j][0]:
            x, height_a = a[i]
            i += 1
        elif b[j][0] < a[i][0]:
            x, height_b = b[j]
            j += 1
        else:
            x, height_a = a[i]
            height_b = b[j][1]
            i += 1
            j += 1
        _add_point(merged, x, max(height_a, height_b))
    for x, height in a[i:] + b[j:]:
        _add_point(merged, x, height)
    return merged


def _add_point(outline: list[KeyPoint], x: int, height: int) -> None:
    if outline and outline[-1][1] == height:
        return
    outline.append((x, height))


def max_height(buildings: list[Building]) -> int:
    return max((height for _, height in skyline(buildings)), default=0)
