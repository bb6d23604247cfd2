import random

from chunk_seq_dedupe import Chunk, ChunkReassembler


def test_fresh_stream_has_nothing_missing():
    assert ChunkReassembler().missing() == []
    assert ChunkReassembler(first_seq=10).missing() == []


def test_missing_after_gap_fills():
    stream = ChunkReassembler(first_seq=1)
    stream.add(Chunk(3, "c"))
    assert stream.missing() == [1, 2]
    stream.add(Chunk(2, "b"))
    assert stream.missing() == [1]
    stream.add(Chunk(1, "a"))
    assert stream.missing() == []
    assert stream.text == "abc"


def test_missing_after_only_duplicates():
    stream = ChunkReassembler()
    stream.add(Chunk(0, "a"))
    stream.add(Chunk(0, "a"))
    assert stream.missing() == []
    assert stream.duplicates == 1


def test_shuffled_stream_with_retransmissions():
    rng = random.Random(17)
    for _ in range(100):
        words = [f"w{i} " for i in range(rng.randint(0, 15))]
        chunks = [Chunk(i, w) for i, w in enumerate(words)]
        chunks += rng.sample(chunks, k=len(chunks) // 2)
        rng.shuffle(chunks)
        stream = ChunkReassembler()
        released = ""
        for chunk in chunks:
            released += stream.add(chunk)
            gaps = stream.missing()
            assert all(seq not in stream.pending for seq in gaps)
            assert gaps == sorted(gaps)
        assert released == stream.text == "".join(words)
        assert stream.missing() == []
        assert stream.buffered() == 0
        assert stream.duplicates == len(chunks) - len(words)
