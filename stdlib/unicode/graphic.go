// graphic.go -- the Is* predicates. Latin-1 answers come from a small
// property table; everything else from the range tables.
package unicode

// Exported tables, under Go's names.
var (
	CaseRanges = _CaseRanges

	Letter = _L
	L      = _L
	Upper  = _Lu
	Lu     = _Lu
	Lower  = _Ll
	Ll     = _Ll
	Title  = _Lt
	Lt     = _Lt
	Lm     = _Lm
	Lo     = _Lo
	Mark   = _M
	M      = _M
	Mn     = _Mn
	Number = _N
	N      = _N
	Digit  = _Nd
	Nd     = _Nd
	Punct  = _P
	P      = _P
	Symbol = _S
	S      = _S
	Space  = _Z
	Z      = _Z
	Zs     = _Zs
	Other  = _C
	C      = _C
	Cc     = _Cc

	White_Space = _White_Space
)

// GraphicRanges defines the set of graphic characters according to Unicode.
var GraphicRanges = []*RangeTable{L, M, N, P, S, Zs}

// PrintRanges defines the set of printable characters according to Go.
var PrintRanges = []*RangeTable{L, M, N, P, S}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	return In(r, ranges...)
}

// IsGraphic reports whether the rune is defined as a Graphic by Unicode:
// letters, marks, numbers, punctuation, symbols, and spaces (Zs).
func IsGraphic(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Graphic(r) || r == ' ' || r == 0xA0
	}
	return In(r, GraphicRanges...)
}

// IsPrint reports whether the rune is defined as printable by Go: letters,
// marks, numbers, punctuation, symbols, and the ASCII space character.
func IsPrint(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Graphic(r) || r == ' '
	}
	return In(r, PrintRanges...)
}

func latin1Graphic(r rune) bool {
	return (0x21 <= r && r <= 0x7E) || (0xA1 <= r && r <= 0xFF && r != 0xAD)
}

// IsControl reports whether the rune is a control character.
func IsControl(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return r < 0x20 || (0x7F <= r && r < 0xA0)
	}
	return false
}

// IsLetter reports whether the rune is a letter (category L).
func IsLetter(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return IsUpper(r) || IsLower(r) || r == 0xAA || r == 0xBA
	}
	return isExcludingLatin(Letter, r)
}

// IsMark reports whether the rune is a mark character (category M).
func IsMark(r rune) bool {
	return isExcludingLatin(Mark, r)
}

// IsNumber reports whether the rune is a number (category N).
func IsNumber(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return ('0' <= r && r <= '9') || r == 0xB2 || r == 0xB3 || r == 0xB9 || (0xBC <= r && r <= 0xBE)
	}
	return isExcludingLatin(Number, r)
}

// IsDigit reports whether the rune is a decimal digit.
func IsDigit(r rune) bool {
	if r <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	return isExcludingLatin(Digit, r)
}

// IsPunct reports whether the rune is a Unicode punctuation character
// (category P).
func IsPunct(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return Is(Punct, r)
	}
	return isExcludingLatin(Punct, r)
}

// IsSymbol reports whether the rune is a symbolic character.
func IsSymbol(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return Is(Symbol, r)
	}
	return isExcludingLatin(Symbol, r)
}

// IsSpace reports whether the rune is a space character as defined by
// Unicode's White Space property; in the Latin-1 space this is
// '\t', '\n', '\v', '\f', '\r', ' ', U+0085 (NEL), U+00A0 (NBSP).
func IsSpace(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	return isExcludingLatin(White_Space, r)
}

// IsUpper reports whether the rune is an upper case letter.
func IsUpper(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return ('A' <= r && r <= 'Z') || (0xC0 <= r && r <= 0xDE && r != 0xD7)
	}
	return isExcludingLatin(Upper, r)
}

// IsLower reports whether the rune is a lower case letter.
func IsLower(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return ('a' <= r && r <= 'z') || r == 0xB5 || (0xDF <= r && r <= 0xFF && r != 0xF7)
	}
	return isExcludingLatin(Lower, r)
}

// IsTitle reports whether the rune is a title case letter.
func IsTitle(r rune) bool {
	if r <= MaxLatin1 {
		return false
	}
	return isExcludingLatin(Title, r)
}
