"""Turns files a user attached into content blocks of a provider request."""

import base64
from typing import Any

Block = dict[str, Any]

IMAGE_MAGIC = {
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"\xff\xd8\xff": "image/jpeg",
    b"GIF87a": "image/gif",
    b"GIF89a": "image/gif",
}
MAX_IMAGE_BYTES = 5 * 1024 * 1024
MAX_TEXT_CHARS = 50_000


def sniff_image(data: bytes) -> str | None:
    for magic, media_type in IMAGE_MAGIC.items():
        if data.startswith(magic):
            return media_type
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def to_block(name: str, data: bytes, max_image_bytes: int = MAX_IMAGE_BYTES,
             max_text_chars: int = MAX_TEXT_CHARS) -> Block:
    """An image block, or a text block with the file's text (or a note on why it is left out)."""
    media_type = sniff_image(data)
    if media_type is not None:
        if len(data) > max_image_bytes:
            return {"type": "text",
                    "text": f"[{name}: {len(data)} byte image left out, limit {max_image_bytes}]"}
        encoded = base64.b64encode(data).decode("ascii")
        return {"type": "image",
                "source": {"type": "base64", "media_type": media_type, "data": encoded}}
    if b"\x00" in data[:4096]:
        return {"type": "text", "text": f"[{name}: binary file of {len(data)} bytes not shown]"}
    text = data.decode("utf-8")
    if len(text) > max_text_chars:
        cut = len(text) - max_text_chars
        text = f"{text[:max_text_chars]}\n[... {cut} more characters not shown]"
    return {"type": "text", "text": f'<file name="{name}">\n{text}\n</file>'}


def user_message(prompt: str, attachments: list[tuple[str, bytes]]) -> dict[str, Any]:
    """The attachments first, then the prompt, in one user turn."""
    blocks = [to_block(name, data) for name, data in attachments]
    blocks.append({"type": "text", "text": prompt})
    return {"role": "user", "content": blocks}
