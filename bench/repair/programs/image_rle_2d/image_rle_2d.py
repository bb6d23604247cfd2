"""Run-length compression of small raster images (masks, palette-indexed sprites)."""

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

Run = tuple[int, int]  # (pixel value, run length)


@dataclass(frozen=True)
class EncodedImage:
    width: int
    height: int
    runs: list[Run]


def pixels(image: Sequence[Sequence[int]]) -> Iterator[int]:
    """Pixels in row-major order."""
    for row in image:
        yield from row


def runs_of(values: Iterable[int]) -> Iterator[Run]:
    """Collapse consecutive equal values into (value, length) runs."""
    current: int | None = None
    length = 0
    for value in values:
        if value == current:
            length += 1
            continue
        if current is not None:
            yield current, length
        current = value
        length += 1
    if current is not None:
        yield current, length


def encode(image: Sequence[Sequence[int]]) -> EncodedImage:
    width = len(image[0]) if image else 0
    if any(len(row) != width for row in image):
        raise ValueError("rows must all have the same width")
    return EncodedImage(width, len(image), list(runs_of(pixels(image))))


def expand(runs: Iterable[Run]) -> Iterator[int]:
    for value, length in runs:
        for _ in range(length):
            yield value


def decode(encoded: EncodedImage) -> list[list[int]]:
    flat = list(expand(encoded.runs))
    if len(flat) != encoded.width * encoded.height:
        raise ValueError("runs do not cover the image exactly")
    width = encoded.width
    return [flat[start:start + width] for start in range(0, len(flat), width)]


def coverage(encoded: EncodedImage, value: int) -> int:
    """How many pixels have the given value, without decoding."""
    return sum(length for pixel, length in encoded.runs if pixel == value)
