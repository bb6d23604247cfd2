from mime_suffix_lookup import DEFAULT_TYPE, content_type, guess_type, is_text


def test_simple_extensions():
    assert guess_type("notes.txt") == "text/plain"
    assert guess_type("site/index.html") == "text/html"


def test_compound_suffix_wins():
    assert guess_type("backup.tar.gz") == "application/x-gtar"
    assert guess_type("log.1.gz") == "application/gzip"


def test_extension_case_is_ignored():
    assert guess_type("IMG_0042.JPG") == "image/jpeg"


def test_unknown_and_dotfiles():
    assert guess_type("Makefile") == DEFAULT_TYPE
    assert guess_type(".bashrc") == DEFAULT_TYPE
    assert guess_type("data.bin", default="x/unknown") == "x/unknown"


def test_content_type_charset():
    assert content_type("app.js") == "text/javascript; charset=utf-8"
    assert content_type("logo.png") == "image/png"


def test_is_text():
    assert is_text("README.md")
    assert not is_text("report.pdf")
