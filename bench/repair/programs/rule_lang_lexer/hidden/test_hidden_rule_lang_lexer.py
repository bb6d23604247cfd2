from rule_lang_lexer import Token, tokenize


def test_single_quoted_and_empty_strings():
    assert tokenize("f('x', \"\")") == [
        Token("name", "f", 0), Token("op", "(", 1), Token("str", "x", 2),
        Token("op", ",", 5), Token("str", "", 7), Token("op", ")", 9),
    ]


def test_escapes_are_kept_as_written():
    src = r'msg == "say \"hi\" now"'
    toks = tokenize(src)
    assert toks[-1] == Token("str", r'say \"hi\" now', 7)
    assert len(toks) == 3


def test_string_followed_by_more_tokens():
    assert [(t.kind, t.text) for t in tokenize("'a b'->x")] == [
        ("str", "a b"), ("op", "->"), ("name", "x"),
    ]


def test_method_call_on_number_is_not_a_float():
    assert [(t.kind, t.text) for t in tokenize("3.abs")] == [
        ("num", "3"), ("op", "."), ("name", "abs"),
    ]


def test_string_positions_and_text_slices():
    src = 'k: "v1", "v22"'
    for tok in tokenize(src):
        if tok.kind == "str":
            assert src[tok.pos] == '"'
            assert src[tok.pos + 1:tok.pos + 1 + len(tok.text)] == tok.text
            assert src[tok.pos + 1 + len(tok.text)] == '"'
