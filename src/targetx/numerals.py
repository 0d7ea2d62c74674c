"""Numbers as Chinese reports write them -> ``Decimal``.

* ``normalize`` maps full-width forms to ASCII and traditional characters to simplified ones,
  one character for one, so that offsets into the normalised text are offsets into the raw text.
* ``parse_arabic`` reads "1,032", "6.5", "７．９５５４".
* ``parse_chinese`` reads "十二", "两千", "一百五十", "三万五千", "三点五", "二〇二四".
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from .text import FULLWIDTH, normalize

CN_DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
CN_SMALL_UNITS: dict[str, int] = {"十": 10, "百": 100, "千": 1000}
CN_BIG_UNITS: dict[str, int] = {"万": 10**4, "亿": 10**8}
CN_NUMERAL_CHARS = "".join(CN_DIGITS) + "".join(CN_SMALL_UNITS) + "".join(CN_BIG_UNITS)


def to_halfwidth(text: str) -> str:
    """Full-width ASCII forms to ASCII ("６．５％" -> "6.5%"); other characters unchanged."""
    return text.translate(FULLWIDTH)


def parse_arabic(digits: str) -> Decimal:
    """Parse an Arabic number with optional thousands separators: "1,032" -> 1032."""
    cleaned = normalize(digits).replace(",", "").replace(" ", "")
    try:
        return Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValueError(f"not an Arabic number: {digits!r}") from exc


def parse_chinese(numeral: str) -> Decimal:
    """Parse a Chinese numeral: "三万五千" -> 35000, "十二" -> 12, "三点五" -> 3.5."""
    numeral = normalize(numeral)
    if not numeral or any(c not in CN_NUMERAL_CHARS + "点" for c in numeral):
        raise ValueError(f"not a Chinese numeral: {numeral!r}")
    integer, _, fraction = numeral.partition("点")
    if fraction and any(c not in CN_DIGITS for c in fraction):
        raise ValueError(f"not a Chinese numeral: {numeral!r}")
    value = Decimal(_parse_integer(integer)) if integer else Decimal(0)
    if fraction:
        value += Decimal("0." + "".join(str(CN_DIGITS[c]) for c in fraction))
    return value


def _parse_integer(numeral: str) -> int:
    if all(c in CN_DIGITS for c in numeral):
        if len(numeral) == 1:
            return CN_DIGITS[numeral]
        return int("".join(str(CN_DIGITS[c]) for c in numeral))  # 二〇二四 -> 2024
    total = section = digit = 0
    for char in numeral:
        if char in CN_DIGITS:
            digit = CN_DIGITS[char]
        elif char in CN_SMALL_UNITS:
            section += (digit or 1) * CN_SMALL_UNITS[char]
            digit = 0
        elif char == "万":
            total += (section + digit or 1) * 10**4
            section = digit = 0
        else:  # 亿
            total = (total + section + digit or 1) * 10**8
            section = digit = 0
    return total + section + digit


def parse_number(text: str) -> Decimal:
    """Parse Arabic or Chinese numerals, whichever ``text`` is."""
    text = normalize(text)
    if text and text[0].isdigit():
        return parse_arabic(text)
    return parse_chinese(text)


def to_chinese(value: int) -> str:
    """Write a non-negative integer below 10**12 in Chinese numerals (for tests and strategies)."""
    if value < 0 or value >= 10**12:
        raise ValueError("to_chinese takes 0 <= value < 10**12")
    if value == 0:
        return "零"
    digits = "零一二三四五六七八九"

    def below_10000(n: int) -> str:
        out, zero = "", False
        for unit_value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d, n = divmod(n, unit_value)
            if d:
                if zero:
                    out += "零"
                out += digits[d] + unit
                zero = False
            elif out:
                zero = True
        return out

    parts: list[str] = []
    for big, name in ((10**8, "亿"), (10**4, "万"), (1, "")):
        chunk, value = divmod(value, big)
        if chunk:
            if parts and chunk < 1000:
                parts.append("零")
            parts.append(below_10000(chunk) + name)
        elif parts and value and parts[-1] != "零":
            parts.append("零")
    text = "".join(parts).rstrip("零")
    if text.startswith("一十"):
        text = text[1:]
    return text.replace("零零", "零")
