from prompt_pii_mask import Message, PiiMasker, Quote


def test_email_replaced():
    masked = PiiMasker().mask_message(Message("user", "Write to jane.doe@example.com today"))
    assert masked.text == "Write to <EMAIL_1> today"
    assert masked.role == "user"


def test_phone_replaced():
    masked = PiiMasker().mask_message(Message("user", "Call me on +44 20 7946 0958."))
    assert masked.text == "Call me on <PHONE_1>."


def test_same_value_same_placeholder_across_messages():
    masker = PiiMasker()
    first, second, third = masker.mask_conversation([
        Message("user", "I am bob@corp.io"),
        Message("assistant", "Noted, bob@corp.io."),
        Message("user", "cc ann@corp.io"),
    ])
    assert first.text == "I am <EMAIL_1>"
    assert second.text == "Noted, <EMAIL_1>."
    assert third.text == "cc <EMAIL_2>"


def test_quoted_message_is_masked():
    message = Message(
        "user",
        "Is this right?",
        quote=Quote(author="li@shop.example", text="Refund sent to +1 415 555 0100"),
    )
    masked = PiiMasker().mask_message(message)
    assert masked.text == "Is this right?"
    assert masked.quote == Quote(author="<EMAIL_1>", text="Refund sent to <PHONE_1>")


def test_unmask_restores_values_in_reply():
    masker = PiiMasker()
    masker.mask_text("mail a@b.org or c@d.org")
    assert masker.unmask("Sent to <EMAIL_2> and <EMAIL_1>") == "Sent to c@d.org and a@b.org"


def test_text_without_personal_data_untouched():
    message = Message("user", "Order #12345 shipped on 2024-05-01")
    assert PiiMasker().mask_message(message) == message
