from sentence_pack_overlap import chunk_document, pack_sentences, split_sentences


def test_split_sentences():
    assert split_sentences("Hi there. How are you? Fine!") == ["Hi there.", "How are you?", "Fine!"]


def test_everything_in_one_chunk_when_it_fits():
    assert pack_sentences(["a b.", "c d."], 10) == [["a b.", "c d."]]


def test_one_sentence_overlap():
    sentences = ["a b c.", "d e f.", "g h i.", "j k l."]
    assert pack_sentences(sentences, 6) == [
        ["a b c.", "d e f."],
        ["d e f.", "g h i."],
        ["g h i.", "j k l."],
    ]


def test_no_overlap_gives_a_partition():
    sentences = ["a b c.", "d e f.", "g h i.", "j k l."]
    assert pack_sentences(sentences, 7, overlap=0) == [["a b c.", "d e f."], ["g h i.", "j k l."]]


def test_chunk_document():
    text = "One two three. Four five. Six seven eight."
    assert chunk_document(text, 5) == ["One two three. Four five.", "Four five. Six seven eight."]
