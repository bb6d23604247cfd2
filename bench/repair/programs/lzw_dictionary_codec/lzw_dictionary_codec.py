"""LZW compression of text into integer codes with a capped dictionary.

Codes 0-255 stand for single characters (latin-1).  Each new phrase gets the next free
code until the dictionary holds ``max_size`` entries; after that it is frozen and both
sides keep using the phrases they already know.
"""

BASE_SIZE = 256


def compress(text, max_size=4096):
    if max_size < BASE_SIZE:
        raise ValueError("max_size must be at least 256")
    dictionary = {chr(i): i for i in range(BASE_SIZE)}
    next_code = BASE_SIZE
    phrase = ""
    codes = []
    for char in text:
        extended = phrase + char
        if extended in dictionary:
            phrase = extended
            continue
        codes.append(dictionary[phrase])
        if next_code <= max_size:
            dictionary[extended] = next_code
            next_code += 1
        phrase = char
    if phrase:
        codes.append(dictionary[phrase])
    return codes


def decompress(codes, max_size=4096):
    if not codes:
        return ""
    dictionary = {i: chr(i) for i in range(BASE_SIZE)}
    next_code = BASE_SIZE
    if codes[0] not in dictionary:
        raise ValueError(f"stream cannot start with code {codes[0]}")
    previous = dictionary[codes[0]]
    pieces = [previous]
    for code in codes[1:]:
        if code in dictionary:
            entry = dictionary[code]
        elif code == next_code and next_code < max_size:
            # the encoder used the phrase it had only just added (cScSc case)
            entry = previous + previous[-1:]
        else:
            raise ValueError(f"unknown code {code}")
        pieces.append(entry)
        if next_code < max_size:
            dictionary[next_code] = previous + entry[0]
            next_code += 1
        previous = entry
    return "".join(pieces)
