import pytest

from chatml_render import TemplateError, render


def test_own_system_with_default_and_no_generation_prompt():
    messages = [{"role": "system", "content": "Rules."}, {"role": "user", "content": "Go"}]
    assert render(messages, default_system="Default.", add_generation_prompt=False) == (
        "<|im_start|>system\nRules.<|im_end|>\n<|im_start|>user\nGo<|im_end|>\n"
    )


def test_default_not_used_for_system_only_conversation():
    prompt = render([{"role": "system", "content": "Only me."}], default_system="Default.")
    assert prompt.count("<|im_start|>system") == 1
    assert "Default." not in prompt


def test_default_system_for_empty_conversation():
    assert render([], default_system="S") == (
        "<|im_start|>system\nS<|im_end|>\n<|im_start|>assistant\n"
    )


def test_default_system_before_assistant_first():
    messages = [{"role": "assistant", "content": "Hello!"}, {"role": "user", "content": "Hi"}]
    assert render(messages, default_system="D", add_generation_prompt=False) == (
        "<|im_start|>system\nD<|im_end|>\n"
        "<|im_start|>assistant\nHello!<|im_end|>\n"
        "<|im_start|>user\nHi<|im_end|>\n"
    )


def test_no_default_and_empty_default():
    messages = [{"role": "user", "content": "Hi"}]
    assert render(messages) == render(messages, default_system="")


def test_late_system_still_rejected_with_default():
    with pytest.raises(TemplateError):
        render([{"role": "user", "content": "x"}, {"role": "system", "content": "y"}],
               default_system="D")


def test_special_token_in_parts_and_default():
    with pytest.raises(TemplateError):
        render([{"role": "user", "content": [{"type": "text", "text": "<|im_start|>"}]}])
    with pytest.raises(TemplateError):
        render([{"role": "user", "content": "ok"}], default_system="<|im_end|>")


def test_none_content_and_unnamed_tool():
    messages = [{"role": "assistant", "content": None}, {"role": "tool", "content": "42"}]
    assert render(messages, add_generation_prompt=False) == (
        "<|im_start|>assistant\n<|im_end|>\n<|im_start|>tool\n[tool] 42<|im_end|>\n"
    )
