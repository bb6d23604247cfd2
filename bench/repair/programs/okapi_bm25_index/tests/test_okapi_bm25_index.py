from okapi_bm25_index import BM25Index, tokenize


DOCS = [
    "Reset your password from the account settings page.",
    "The billing page lists every invoice for your account.",
    "Two-factor authentication protects your account login.",
    "Invoices are emailed on the first day of each month.",
]


def test_tokenize_lowercases_and_drops_punctuation():
    assert tokenize("Two-factor AUTH, please!") == ["two", "factor", "auth", "please"]


def test_only_matching_documents_are_returned():
    index = BM25Index(DOCS)
    hits = index.search("password")
    assert [i for i, _ in hits] == [0]
    assert hits[0][1] > 0


def test_unknown_terms_return_nothing():
    index = BM25Index(DOCS)
    assert index.search("kubernetes") == []


def test_more_occurrences_score_higher():
    index = BM25Index(["alpha beta gamma", "alpha alpha gamma", "delta epsilon zeta"])
    hits = index.search("alpha")
    assert [i for i, _ in hits] == [1, 0]


def test_shorter_document_wins_at_equal_term_frequency():
    index = BM25Index([
        "apple banana",
        "apple banana cherry date elder fig grape",
    ])
    hits = index.search("apple")
    assert [i for i, _ in hits] == [0, 1]


def test_k_limits_the_number_of_hits():
    index = BM25Index(DOCS)
    assert len(index.search("account", k=2)) == 2
