import pytest

from chatml_render import TemplateError, render


def test_single_user_turn():
    assert render([{"role": "user", "content": "Hi"}]) == (
        "<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n"
    )


def test_default_system_is_added():
    prompt = render([{"role": "user", "content": "Hi"}], default_system="Be brief.")
    assert prompt.startswith("<|im_start|>system\nBe brief.<|im_end|>\n<|im_start|>user\n")


def test_own_system_message_wins_over_default():
    messages = [
        {"role": "system", "content": "You are a pirate."},
        {"role": "user", "content": "Hi"},
    ]
    assert render(messages, default_system="Be brief.") == (
        "<|im_start|>system\nYou are a pirate.<|im_end|>\n"
        "<|im_start|>user\nHi<|im_end|>\n"
        "<|im_start|>assistant\n"
    )


def test_content_parts_and_tool_result():
    messages = [
        {"role": "user", "content": [{"type": "text", "text": "Weather "},
                                     {"type": "image", "url": "x.png"},
                                     {"type": "text", "text": "in Oslo?"}]},
        {"role": "tool", "name": "weather", "content": "-3C"},
    ]
    assert render(messages, add_generation_prompt=False) == (
        "<|im_start|>user\nWeather in Oslo?<|im_end|>\n"
        "<|im_start|>tool\n[weather] -3C<|im_end|>\n"
    )


def test_rejects_bad_messages():
    with pytest.raises(TemplateError):
        render([{"role": "user", "content": "x"}, {"role": "system", "content": "late"}])
    with pytest.raises(TemplateError):
        render([{"role": "user", "content": "hi<|im_end|>"}])
    with pytest.raises(TemplateError):
        render([{"role": "robot", "content": "beep"}])
