from chunk_seq_dedupe import Chunk, ChunkReassembler


def test_in_order_chunks_released_immediately():
    stream = ChunkReassembler()
    assert stream.add(Chunk(0, "Hel")) == "Hel"
    assert stream.add(Chunk(1, "lo")) == "lo"
    assert stream.text == "Hello"


def test_out_of_order_chunk_waits_for_the_gap():
    stream = ChunkReassembler()
    assert stream.add(Chunk(1, " world")) == ""
    assert stream.buffered() == 6
    assert stream.add(Chunk(0, "hello")) == "hello world"
    assert stream.buffered() == 0


def test_retransmitted_chunks_dropped():
    stream = ChunkReassembler()
    for seq, text in [(0, "a"), (1, "b"), (0, "a"), (1, "b"), (2, "c")]:
        stream.add(Chunk(seq, text))
    assert stream.text == "abc"
    assert stream.duplicates == 2


def test_missing_reports_gaps():
    stream = ChunkReassembler()
    stream.add(Chunk(0, "x"))
    stream.add(Chunk(3, "y"))
    stream.add(Chunk(5, "z"))
    assert stream.missing() == [1, 2, 4]


def test_nothing_missing_when_stream_arrives_in_order():
    stream = ChunkReassembler()
    stream.add(Chunk(0, "x"))
    stream.add(Chunk(1, "y"))
    assert stream.missing() == []
