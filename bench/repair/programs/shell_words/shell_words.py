"""Split a command line into words the way a POSIX shell does (quotes and backslashes)."""

WHITESPACE = " \t\r\n"
ESCAPABLE_IN_DOUBLE_QUOTES = '\\"$`\n'


class CommandLineSplitter:
    def __init__(self, line: str) -> None:
        self.line = line
        self.pos = 0
        self.words: list[str] = []
        self.current: list[str] = []
        self.in_word = False

    def split(self) -> list[str]:
        quote: str | None = None
        while self.pos < len(self.line):
            char = self.line[self.pos]
            self.pos += 1
            if quote is None and char in WHITESPACE:
                self._end_word()
            elif char == "\\":
                self._escape(quote)
            elif quote is None and char in "'\"":
                quote = char
                self.in_word = True
            elif char == quote:
                quote = None
            else:
                self.current.append(char)
                self.in_word = True
        if quote is not None:
            raise ValueError(f"unclosed {quote} quote in {self.line!r}")
        self._end_word()
        return self.words

    def _escape(self, quote: str | None) -> None:
        if self.pos == len(self.line):
            raise ValueError(f"command line ends with a backslash: {self.line!r}")
        following = self.line[self.pos]
        self.pos += 1
        if quote == '"' and following not in ESCAPABLE_IN_DOUBLE_QUOTES:
            self.current.append("\\")
        self.current.append(following)
        self.in_word = True

    def _end_word(self) -> None:
        if self.in_word:
            self.words.append("".join(self.current))
        self.current = []
        self.in_word = False


def split_command(line: str) -> list[str]:
    return CommandLineSplitter(line).split()
