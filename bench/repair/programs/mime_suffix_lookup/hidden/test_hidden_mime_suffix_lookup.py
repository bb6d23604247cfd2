import pytest

from mime_suffix_lookup import DEFAULT_TYPE, content_type, guess_type, is_text


@pytest.mark.parametrize(
    "path,expected",
    [
        ("ARCHIVE.TAR.GZ", "application/x-gtar"),
        ("Release.Tar.Gz", "application/x-gtar"),
        ("C:\\Users\\Ann\\Index.HTML", "text/html"),
        ("photos/Holiday.JpEg", "image/jpeg"),
        ("src/Main.PY", "text/x-python"),
        ("docs.v2/README", DEFAULT_TYPE),
        (".Config.JSON", "application/json"),
        ("..", DEFAULT_TYPE),
        ("dir.tar/file", DEFAULT_TYPE),
    ],
)
def test_guess_type_more(path, expected):
    assert guess_type(path) == expected


def test_content_type_upper_case_names():
    assert content_type("REPORT.CSV") == "text/csv; charset=utf-8"
    assert content_type("Diagram.SVG") == "image/svg+xml; charset=utf-8"
    assert content_type("BUNDLE.TGZ") == "application/x-gtar"


def test_is_text_upper_case():
    assert is_text("CHANGELOG.MD")
    assert is_text("Config.Json")
    assert not is_text("Photo.PNG")
    assert not is_text("LICENSE")
