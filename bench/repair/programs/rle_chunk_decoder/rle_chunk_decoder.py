"""Streaming decoder for run-length text such as "12a3bc" -> 12 a's, 3 b's, one c.

Input arrives in chunks (from a socket or a file read in blocks), and a count may be split
between two chunks: "1" + "2a" is the same as "12a".
"""

from collections.abc import Iterable, Iterator


class RunLengthError(ValueError):
    pass


def decode_chunks(chunks: Iterable[str], max_output: int = 1_000_000) -> Iterator[str]:
    """Yield the decoded text run by run.

    A character without a count stands for itself once. A count may not start with 0, and
    the decoded text may not be longer than max_output (protects against huge counts).
    """
    digits = ""
    produced = 0
    for chunk in chunks:
        for char in chunk:
            if char.isdigit():
                if char == "0":
                    raise RunLengthError("count with a leading zero")
                digits += char
                continue
            count = int(digits) if digits else 1
            if produced + count >= max_output:
                raise RunLengthError(f"decoded text would exceed {max_output} characters")
            produced += count
            digits = ""
            yield char * count
    if digits:
        raise RunLengthError(f"input ends inside a count: {digits!r}")


def decode(encoded: str, max_output: int = 1_000_000) -> str:
    return "".join(decode_chunks([encoded], max_output))
