"""Named unsigned bit fields packed into one integer word (e.g. a packed record header)."""


def bit_mask(width: int, offset: int = 0) -> int:
    """`width` one-bits starting at bit `offset`."""
    return ((1 << width) - 1) << offset


class BitLayout:
    """Fields are laid out from the least significant bit upwards, in the order given."""

    def __init__(self, fields: list[tuple[str, int]]) -> None:
        self.offsets: dict[str, int] = {}
        self.widths: dict[str, int] = {}
        offset = 0
        for name, width in fields:
            if width <= 0:
                raise ValueError(f"field {name!r} needs a positive width")
            if name in self.offsets:
                raise ValueError(f"duplicate field {name!r}")
            self.offsets[name] = offset
            self.widths[name] = width
            offset += width
        self.width = offset

    def get(self, word: int, name: str) -> int:
        return (word >> self.offsets[name]) & bit_mask(self.widths[name])

    def set(self, word: int, name: str, value: int) -> int:
        """`word` with field `name` replaced by `value`; other fields are left alone."""
        offset, width = self.offsets[name], self.widths[name]
        if not 0 <= value < 1 << width:
            raise ValueError(f"{value} does not fit in the {width} bits of {name!r}")
        return (word & ~bit_mask(offset, width)) | (value << offset)

    def pack(self, **values: int) -> int:
        word = 0
        for name, value in values.items():
            if name not in self.offsets:
                raise KeyError(name)
            word = self.set(word, name, value)
        return word

    def unpack(self, word: int) -> dict[str, int]:
        return {name: self.get(word, name) for name in self.offsets}
