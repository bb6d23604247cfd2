import base64

from attachment_blocks import to_block, user_message


def test_invalid_bytes_become_replacement_characters():
    block = to_block("people.csv", "Jürgen,Köln\n".encode("latin-1"))
    assert block["text"] == '<file name="people.csv">\nJ\ufffdrgen,K\ufffdln\n\n</file>'


def test_windows_1252_quotes():
    data = b"He said \x93hello\x94.\r\n"
    block = to_block("quote.txt", data)
    assert block["text"] == '<file name="quote.txt">\nHe said \ufffdhello\ufffd.\r\n\n</file>'


def test_truncated_utf8_at_the_end():
    data = "naïve".encode()[:-1] + "é".encode()[:1]
    block = to_block("cut.txt", data)
    assert block["type"] == "text"
    assert block["text"].startswith('<file name="cut.txt">\nnaïv')
    assert "\ufffd" in block["text"]


def test_non_utf8_text_is_cut_to_the_limit():
    data = ("é" * 30).encode("latin-1")
    block = to_block("long.txt", data, max_text_chars=10)
    assert block["text"] == '<file name="long.txt">\n' + "\ufffd" * 10 + "\n[... 20 more characters not shown]\n</file>"


def test_other_image_types():
    jpeg = b"\xff\xd8\xff\xe0" + bytes(12)
    gif = b"GIF89a" + bytes(10)
    webp = b"RIFF" + (20).to_bytes(4, "little") + b"WEBPVP8 " + bytes(8)
    for data, media_type in ((jpeg, "image/jpeg"), (gif, "image/gif"), (webp, "image/webp")):
        block = to_block("img", data)
        assert block["source"] == {"type": "base64", "media_type": media_type,
                                   "data": base64.b64encode(data).decode()}


def test_user_message_with_mixed_encodings():
    message = user_message("Summarize", [("a.txt", b"caf\xe9"), ("b.txt", "ok".encode())])
    assert [block["text"] for block in message["content"]] == [
        '<file name="a.txt">\ncaf\ufffd\n</file>', '<file name="b.txt">\nok\n</file>', "Summarize"]
