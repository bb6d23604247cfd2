import base64

from attachment_blocks import to_block, user_message

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(20)


def test_png_becomes_an_image_block():
    block = to_block("chart.png", PNG)
    assert block["type"] == "image"
    assert block["source"]["media_type"] == "image/png"
    assert base64.b64decode(block["source"]["data"]) == PNG


def test_oversized_image_is_replaced_by_a_note():
    block = to_block("huge.png", PNG, max_image_bytes=10)
    assert block["type"] == "text"
    assert "huge.png" in block["text"]


def test_utf8_text_file_is_inlined():
    block = to_block("notes.md", "# Plan\n- café at 9\n".encode())
    assert block == {"type": "text", "text": '<file name="notes.md">\n# Plan\n- café at 9\n\n</file>'}


def test_legacy_encoded_csv_is_still_shown():
    data = "name,city\nJürgen,Köln\n".encode("latin-1")
    block = to_block("people.csv", data)
    assert block["type"] == "text"
    assert "name,city" in block["text"]


def test_binary_file_is_described_not_dumped():
    block = to_block("model.bin", b"\x01\x02\x00\x03" * 10)
    assert block == {"type": "text", "text": "[model.bin: binary file of 40 bytes not shown]"}


def test_user_message_puts_prompt_last():
    message = user_message("What changed?", [("a.txt", b"one"), ("b.png", PNG)])
    assert message["role"] == "user"
    assert [block["type"] for block in message["content"]] == ["text", "image", "text"]
    assert message["content"][-1] == {"type": "text", "text": "What changed?"}
