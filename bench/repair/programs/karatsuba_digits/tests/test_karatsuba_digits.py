from karatsuba_digits import add, multiply, subtract


def test_add_with_carry():
    assert add("999", "1") == "1000"
    assert add("0", "0") == "0"


def test_subtract_with_borrow():
    assert subtract("1000", "1") == "999"
    assert subtract("42", "42") == "0"


def test_single_digit_factors():
    assert multiply("7", "8") == "56"
    assert multiply("123456", "9") == "1111104"


def test_multiply_by_zero():
    assert multiply("0", "987654321") == "0"


def test_four_digit_numbers():
    assert multiply("1234", "5678") == "7006652"


def test_large_numbers():
    a = "31415926535897932384626433832795"
    b = "27182818284590452353602874713527"
    assert multiply(a, b) == str(int(a) * int(b))
