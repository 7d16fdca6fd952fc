// Package utf8 implements functions and constants to support text encoded
// in UTF-8.
//
// Design: pure Go. Decoding classifies the first byte with a 256-entry table
// (sequence length plus the valid range of the second byte, which rejects
// overlong forms and surrogates early), then checks continuation bytes.
package utf8

// Numbers fundamental to the encoding.
const (
	RuneError = '\uFFFD'     // the "error" Rune or "Unicode replacement character"
	RuneSelf  = 0x80         // characters below RuneSelf are represented as themselves in a single byte.
	MaxRune   = '\U0010FFFF' // Maximum valid Unicode code point.
	UTFMax    = 4            // maximum number of bytes of a UTF-8 encoded Unicode character.
)

const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF

	rune1Max = 1<<7 - 1
	rune2Max = 1<<11 - 1
	rune3Max = 1<<16 - 1

	contLo = 0x80 // lowest continuation byte
	contHi = 0xBF // highest continuation byte
)

// first byte classes: low nibble = sequence length (0 = invalid, 1 = ASCII),
// high nibble = index into ranges for the second byte.
const (
	clsASCII = 0x01
	clsBad   = 0x00
	cls2     = 0x02 // C2..DF
	cls3E0   = 0x13 // E0: second byte A0..BF
	cls3     = 0x03 // E1..EC, EE..EF
	cls3ED   = 0x23 // ED: second byte 80..9F
	cls4F0   = 0x34 // F0: second byte 90..BF
	cls4     = 0x04 // F1..F3
	cls4F4   = 0x44 // F4: second byte 80..8F
)

type byteRange struct{ lo, hi byte }

var ranges = [5]byteRange{
	{contLo, contHi},
	{0xA0, contHi},
	{contLo, 0x9F},
	{0x90, contHi},
	{contLo, 0x8F},
}

func class(b byte) byte {
	switch {
	case b < 0x80:
		return clsASCII
	case b < 0xC2:
		return clsBad
	case b < 0xE0:
		return cls2
	case b == 0xE0:
		return cls3E0
	case b == 0xED:
		return cls3ED
	case b < 0xF0:
		return cls3
	case b == 0xF0:
		return cls4F0
	case b < 0xF4:
		return cls4
	case b == 0xF4:
		return cls4F4
	}
	return clsBad
}

// FullRune reports whether the bytes in p begin with a full UTF-8 encoding
// of a rune.
func FullRune(p []byte) bool {
	n := len(p)
	if n == 0 {
		return false
	}
	c := class(p[0])
	size := int(c & 7)
	if n >= size || size == 0 {
		return true
	}
	r := ranges[c>>4]
	if n > 1 && (p[1] < r.lo || r.hi < p[1]) {
		return true
	}
	if n > 2 && (p[2] < contLo || contHi < p[2]) {
		return true
	}
	return false
}

// FullRuneInString is like FullRune but its input is a string.
func FullRuneInString(s string) bool {
	return FullRune([]byte(s[:min4(len(s))]))
}

func min4(n int) int {
	if n > UTFMax {
		return UTFMax
	}
	return n
}

// DecodeRune unpacks the first UTF-8 encoding in p and returns the rune and
// its width in bytes.
func DecodeRune(p []byte) (r rune, size int) {
	n := len(p)
	if n < 1 {
		return RuneError, 0
	}
	p0 := p[0]
	c := class(p0)
	sz := int(c & 7)
	if sz == 1 {
		return rune(p0), 1
	}
	if sz == 0 || n < sz {
		return RuneError, 1
	}
	rg := ranges[c>>4]
	if p[1] < rg.lo || rg.hi < p[1] {
		return RuneError, 1
	}
	if sz == 2 {
		return rune(p0&0x1F)<<6 | rune(p[1]&0x3F), 2
	}
	if p[2] < contLo || contHi < p[2] {
		return RuneError, 1
	}
	if sz == 3 {
		return rune(p0&0x0F)<<12 | rune(p[1]&0x3F)<<6 | rune(p[2]&0x3F), 3
	}
	if p[3] < contLo || contHi < p[3] {
		return RuneError, 1
	}
	return rune(p0&0x07)<<18 | rune(p[1]&0x3F)<<12 | rune(p[2]&0x3F)<<6 | rune(p[3]&0x3F), 4
}

// DecodeRuneInString is like DecodeRune but its input is a string.
func DecodeRuneInString(s string) (r rune, size int) {
	n := len(s)
	if n < 1 {
		return RuneError, 0
	}
	if s[0] < RuneSelf {
		return rune(s[0]), 1
	}
	return DecodeRune([]byte(s[:min4(n)]))
}

// DecodeLastRune unpacks the last UTF-8 encoding in p and returns the rune
// and its width in bytes.
func DecodeLastRune(p []byte) (r rune, size int) {
	end := len(p)
	if end == 0 {
		return RuneError, 0
	}
	start := end - 1
	if p[start] < RuneSelf {
		return rune(p[start]), 1
	}
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if RuneStart(p[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRune(p[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRuneInString is like DecodeLastRune but its input is a string.
func DecodeLastRuneInString(s string) (r rune, size int) {
	n := len(s)
	if n == 0 {
		return RuneError, 0
	}
	if s[n-1] < RuneSelf {
		return rune(s[n-1]), 1
	}
	lo := n - UTFMax
	if lo < 0 {
		lo = 0
	}
	return DecodeLastRune([]byte(s[lo:]))
}

// RuneLen returns the number of bytes required to encode the rune.
// It returns -1 if the rune is not a valid value to encode in UTF-8.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r <= rune1Max:
		return 1
	case r <= rune2Max:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r <= rune3Max:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes into p (which must be large enough) the UTF-8 encoding
// of the rune.
func EncodeRune(p []byte, r rune) int {
	switch i := uint32(r); {
	case i <= rune1Max:
		p[0] = byte(r)
		return 1
	case i <= rune2Max:
		_ = p[1]
		p[0] = 0xC0 | byte(r>>6)
		p[1] = 0x80 | byte(r)&0x3F
		return 2
	case i > MaxRune, surrogateMin <= i && i <= surrogateMax:
		r = RuneError
		fallthrough
	case i <= rune3Max:
		_ = p[2]
		p[0] = 0xE0 | byte(r>>12)
		p[1] = 0x80 | byte(r>>6)&0x3F
		p[2] = 0x80 | byte(r)&0x3F
		return 3
	default:
		_ = p[3]
		p[0] = 0xF0 | byte(r>>18)
		p[1] = 0x80 | byte(r>>12)&0x3F
		p[2] = 0x80 | byte(r>>6)&0x3F
		p[3] = 0x80 | byte(r)&0x3F
		return 4
	}
}

// AppendRune appends the UTF-8 encoding of r to the end of p and returns the
// extended buffer.
func AppendRune(p []byte, r rune) []byte {
	if uint32(r) <= rune1Max {
		return append(p, byte(r))
	}
	var b [UTFMax]byte
	n := EncodeRune(b[:], r)
	return append(p, b[:n]...)
}

// RuneCount returns the number of runes in p. Erroneous and short encodings
// are treated as single runes of width 1 byte.
func RuneCount(p []byte) int {
	n := 0
	for i := 0; i < len(p); n++ {
		if p[i] < RuneSelf {
			i++
			continue
		}
		_, size := DecodeRune(p[i:])
		i += size
	}
	return n
}

// RuneCountInString is like RuneCount but its input is a string.
func RuneCountInString(s string) (n int) {
	for i := 0; i < len(s); n++ {
		if s[i] < RuneSelf {
			i++
			continue
		}
		_, size := DecodeRuneInString(s[i:])
		i += size
	}
	return n
}

// RuneStart reports whether the byte could be the first byte of an encoded,
// possibly invalid rune.
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// Valid reports whether p consists entirely of valid UTF-8-encoded runes.
func Valid(p []byte) bool {
	for i := 0; i < len(p); {
		if p[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRune(p[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidString reports whether s consists entirely of valid UTF-8-encoded runes.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRuneInString(s[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidRune reports whether r can be legally encoded as UTF-8. Code points
// that are out of range or a surrogate half are illegal.
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}
