import json
import random

from ndjson_stream import NdjsonAssembler


def _feed_in_pieces(stream, text, rng):
    events = []
    position = 0
    while position < len(text):
        step = rng.randint(1, 12)
        events += stream.feed(text[position:position + step])
        position += step
    return events


def test_random_chunking_keeps_data_and_offsets():
    rng = random.Random(23)
    for _ in range(100):
        lines = []
        for i in range(rng.randint(1, 8)):
            record = {"i": i, "text": "é" * rng.randint(0, 5)}
            lines.append(json.dumps(record, ensure_ascii=False) + rng.choice(["", "\r"]))
            if rng.random() < 0.3:
                lines.append(rng.choice(["", " ", "\t", "\r", "  \r"]))
        text = "\n".join(lines) + "\n"
        stream = NdjsonAssembler()
        events = _feed_in_pieces(stream, text, rng)
        starts = [0] + [k + 1 for k, ch in enumerate(text) if ch == "\n"][:-1]
        expected = [(start, json.loads(line)) for start, line in zip(starts, lines)
                    if line.strip()]
        assert [(e.offset, e.data) for e in events] == expected
        assert stream.errors == []
        assert stream.resume_offset() == len(text)


def test_whitespace_only_lines_are_not_errors():
    stream = NdjsonAssembler()
    events = stream.feed(' \n\t\n{"x": 1}\n   \r\n')
    assert [(e.offset, e.data) for e in events] == [(4, {"x": 1})]
    assert stream.errors == []


def test_error_offsets_after_valid_lines():
    stream = NdjsonAssembler()
    stream.feed('{"a": 1}\n[1, 2\n{"b": 2}\n}\n')
    assert [offset for offset, _ in stream.errors] == [9, 24]


def test_resume_offset_across_several_feeds():
    stream = NdjsonAssembler()
    stream.feed('{"k": "v"}\n{"k"')
    assert stream.resume_offset() == 11
    stream.feed(': "w"}\n\n')
    assert stream.resume_offset() == 23


def test_close_keeps_the_offset_of_the_last_line():
    stream = NdjsonAssembler()
    stream.feed('{"a": 1}\n{"b": 2}')
    assert [(e.offset, e.data) for e in stream.close()] == [(9, {"b": 2})]
