"""Split a command line into an argument list, POSIX-shell style.

Used when the model sends a single command string but the tool wants to
exec it without a shell.  Supports single quotes, double quotes (with the
usual backslash escapes) and backslash outside quotes; no expansions.
"""

WHITESPACE = " \t\n"
DQUOTE_ESCAPABLE = '"\\$`'


def split_command(line):
    args = []
    buf = []
    in_arg = False
    quote = None
    i = 0
    while i < len(line):
        ch = line[i]
        if quote == "'":
            if ch == "'":
                quote = None
            else:
                buf.append(ch)
        elif quote == '"':
            if ch == '"':
                quote = None
            elif ch == "\\" and i + 1 < len(line) and line[i + 1] in DQUOTE_ESCAPABLE:
                i += 1
                buf.append(line[i])
            else:
                buf.append(ch)
        elif ch in WHITESPACE:
            if in_arg:
                args.append("".join(buf))
                buf = []
                in_arg = False
        elif ch in "'\"":
            quote = ch
        elif ch == "\\":
            if i + 1 == len(line):
                raise ValueError("trailing backslash")
            i += 1
            buf.append(line[i])
            in_arg = True
        else:
            buf.append(ch)
            in_arg = True
        i += 1
    if quote:
        raise ValueError(f"unterminated {quote} quote")
    if in_arg:
        args.append("".join(buf))
    return args
