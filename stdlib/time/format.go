// format.go -- Format with Go's reference-time layouts ("Mon Jan 2
// 15:04:05 MST 2006"): the layout is split into literal text and standard
// chunks (std*), each chunk rendered from the time's fields. Parsing is not
// provided (only ParseDuration).
package time

// Standard layouts.
const (
	Layout      = "01/02 03:04:05PM '06 -0700" // The reference time, in numerical order.
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700" // RFC822 with numeric zone
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700" // RFC1123 with numeric zone
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	// Handy time stamps.
	Stamp      = "Jan _2 15:04:05"
	StampMilli = "Jan _2 15:04:05.000"
	StampMicro = "Jan _2 15:04:05.000000"
	StampNano  = "Jan _2 15:04:05.000000000"
)

const (
	_                        = iota
	stdLongMonth             = iota // "January"
	stdMonth                        // "Jan"
	stdNumMonth                     // "1"
	stdZeroMonth                    // "01"
	stdLongWeekDay                  // "Monday"
	stdWeekDay                      // "Mon"
	stdDay                          // "2"
	stdUnderDay                     // "_2"
	stdZeroDay                      // "02"
	stdHour                         // "15"
	stdHour12                       // "3"
	stdZeroHour12                   // "03"
	stdMinute                       // "4"
	stdZeroMinute                   // "04"
	stdSecond                       // "5"
	stdZeroSecond                   // "05"
	stdLongYear                     // "2006"
	stdYear                         // "06"
	stdPM                           // "PM"
	stdpm                           // "pm"
	stdTZ                           // "MST"
	stdISO8601TZ                    // "Z0700"
	stdISO8601SecondsTZ             // "Z070000"
	stdISO8601ShortTZ               // "Z07"
	stdISO8601ColonTZ               // "Z07:00"
	stdISO8601ColonSecondsTZ        // "Z07:00:00"
	stdNumTZ                        // "-0700"
	stdNumSecondsTz                 // "-070000"
	stdNumShortTZ                   // "-07"
	stdNumColonTZ                   // "-07:00"
	stdNumColonSecondsTZ            // "-07:00:00"
	stdUnderYearDay                 // "__2"
	stdZeroYearDay                  // "002"
	stdFracSecond0                  // ".0", ".00", ... , trailing zeros included
	stdFracSecond9                  // ".9", ".99", ..., trailing zeros omitted
)

// chunk describes one standard element: its code, for fractions the digit
// count and separator.
type chunk struct {
	code   int
	digits int
	sep    byte
}

func startsWith(s string, i int, p string) bool {
	return len(s)-i >= len(p) && s[i:i+len(p)] == p
}

func isDigitAt(s string, i int) bool {
	return i < len(s) && '0' <= s[i] && s[i] <= '9'
}

// nextChunk finds the first standard chunk in layout at or after position
// i: it returns its start, its length and its description (length 0 when
// there is none).
func nextChunk(layout string) (prefix string, std chunk, suffix string) {
	for i := 0; i < len(layout); i++ {
		c := layout[i]
		try := func(p string, code int) bool {
			if startsWith(layout, i, p) {
				prefix, std, suffix = layout[:i], chunk{code: code}, layout[i+len(p):]
				return true
			}
			return false
		}
		switch c {
		case 'J':
			if try("January", stdLongMonth) || try("Jan", stdMonth) {
				return
			}
		case 'M':
			if try("Monday", stdLongWeekDay) || try("Mon", stdWeekDay) || try("MST", stdTZ) {
				return
			}
		case '0':
			if try("002", stdZeroYearDay) {
				return
			}
			if i+1 < len(layout) && '1' <= layout[i+1] && layout[i+1] <= '6' {
				codes := [...]int{stdZeroMonth, stdZeroDay, stdZeroHour12, stdZeroMinute, stdZeroSecond, stdYear}
				prefix, std, suffix = layout[:i], chunk{code: codes[layout[i+1]-'1']}, layout[i+2:]
				return
			}
		case '1':
			if try("15", stdHour) || try("1", stdNumMonth) {
				return
			}
		case '2':
			if try("2006", stdLongYear) || try("2", stdDay) {
				return
			}
		case '_':
			if startsWith(layout, i, "_2") {
				// "_2006" is "_" followed by a year, not an underscored day.
				if startsWith(layout, i+1, "2006") {
					prefix, std, suffix = layout[:i+1], chunk{code: stdLongYear}, layout[i+5:]
					return
				}
				if try("_2", stdUnderDay) {
					return
				}
			}
			if try("__2", stdUnderYearDay) {
				return
			}
		case '3':
			if try("3", stdHour12) {
				return
			}
		case '4':
			if try("4", stdMinute) {
				return
			}
		case '5':
			if try("5", stdSecond) {
				return
			}
		case 'P':
			if try("PM", stdPM) {
				return
			}
		case 'p':
			if try("pm", stdpm) {
				return
			}
		case '-':
			if try("-07:00:00", stdNumColonSecondsTZ) || try("-070000", stdNumSecondsTz) ||
				try("-07:00", stdNumColonTZ) || try("-0700", stdNumTZ) || try("-07", stdNumShortTZ) {
				return
			}
		case 'Z':
			if try("Z07:00:00", stdISO8601ColonSecondsTZ) || try("Z070000", stdISO8601SecondsTZ) ||
				try("Z07:00", stdISO8601ColonTZ) || try("Z0700", stdISO8601TZ) || try("Z07", stdISO8601ShortTZ) {
				return
			}
		case '.', ',':
			if i+1 < len(layout) && (layout[i+1] == '0' || layout[i+1] == '9') {
				ch := layout[i+1]
				j := i + 1
				for j < len(layout) && layout[j] == ch {
					j++
				}
				if !isDigitAt(layout, j) {
					code := stdFracSecond0
					if ch == '9' {
						code = stdFracSecond9
					}
					prefix, std, suffix = layout[:i], chunk{code: code, digits: j - (i + 1), sep: c}, layout[j:]
					return
				}
			}
		}
	}
	return layout, chunk{}, ""
}

// appendInt appends the decimal form of x to b, zero-padded to width.
func appendInt(b []byte, x int, width int) []byte {
	u := uint(x)
	if x < 0 {
		b = append(b, '-')
		u = uint(-x)
	}
	var buf [20]byte
	i := len(buf)
	for u >= 10 {
		i--
		q := u / 10
		buf[i] = byte('0' + u - q*10)
		u = q
	}
	i--
	buf[i] = byte('0' + u)
	for w := len(buf) - i; w < width; w++ {
		b = append(b, '0')
	}
	return append(b, buf[i:]...)
}

// appendFrac appends the fractional seconds (nanosec) as chunk std asks.
func appendFrac(b []byte, nanosec int, std chunk) []byte {
	var digits [9]byte
	v := nanosec
	for i := 8; i >= 0; i-- {
		digits[i] = byte(v%10) + '0'
		v /= 10
	}
	n := std.digits
	if n > 9 {
		n = 9
	}
	if std.code == stdFracSecond9 {
		for n > 0 && digits[n-1] == '0' {
			n--
		}
		if n == 0 {
			return b
		}
	}
	b = append(b, std.sep)
	return append(b, digits[:n]...)
}

// String returns the time formatted using the format string
// "2006-01-02 15:04:05.999999999 -0700 MST", followed by the monotonic
// clock reading as " m=±<value>" if t has one.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.hasMono {
		m2 := uint64(t.mono)
		sign := byte('+')
		if t.mono < 0 {
			sign = '-'
			m2 = -m2
		}
		m1, m2 := m2/1e9, m2%1e9
		m0, m1 := m1/1e9, m1%1e9
		buf := make([]byte, 0, 24)
		buf = append(buf, " m="...)
		buf = append(buf, sign)
		wid := 0
		if m0 != 0 {
			buf = appendInt(buf, int(m0), 0)
			wid = 9
		}
		buf = appendInt(buf, int(m1), wid)
		buf = append(buf, '.')
		buf = appendInt(buf, int(m2), 9)
		s += string(buf)
	}
	return s
}

// Format returns a textual representation of the time value formatted
// according to the layout defined by the argument.
func (t Time) Format(layout string) string {
	return string(t.AppendFormat(make([]byte, 0, 64), layout))
}

// AppendFormat is like Format but appends the textual representation to b
// and returns the extended buffer.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	name, offset := t.loc.lookup(t.unixSec())
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	for layout != "" {
		prefix, std, suffix := nextChunk(layout)
		b = append(b, prefix...)
		if std.code == 0 {
			break
		}
		layout = suffix
		switch std.code {
		case stdYear:
			y := year
			if y < 0 {
				y = -y
			}
			b = appendInt(b, y%100, 2)
		case stdLongYear:
			b = appendInt(b, year, 4)
		case stdMonth:
			b = append(b, month.String()[:3]...)
		case stdLongMonth:
			b = append(b, month.String()...)
		case stdNumMonth:
			b = appendInt(b, int(month), 0)
		case stdZeroMonth:
			b = appendInt(b, int(month), 2)
		case stdWeekDay:
			b = append(b, t.Weekday().String()[:3]...)
		case stdLongWeekDay:
			b = append(b, t.Weekday().String()...)
		case stdDay:
			b = appendInt(b, day, 0)
		case stdUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, day, 0)
		case stdZeroDay:
			b = appendInt(b, day, 2)
		case stdUnderYearDay:
			yday := t.YearDay()
			if yday < 100 {
				b = append(b, ' ')
				if yday < 10 {
					b = append(b, ' ')
				}
			}
			b = appendInt(b, yday, 0)
		case stdZeroYearDay:
			b = appendInt(b, t.YearDay(), 3)
		case stdHour:
			b = appendInt(b, hour, 2)
		case stdHour12:
			hr := hour % 12
			if hr == 0 {
				hr = 12
			}
			b = appendInt(b, hr, 0)
		case stdZeroHour12:
			hr := hour % 12
			if hr == 0 {
				hr = 12
			}
			b = appendInt(b, hr, 2)
		case stdMinute:
			b = appendInt(b, min, 0)
		case stdZeroMinute:
			b = appendInt(b, min, 2)
		case stdSecond:
			b = appendInt(b, sec, 0)
		case stdZeroSecond:
			b = appendInt(b, sec, 2)
		case stdPM:
			if hour >= 12 {
				b = append(b, "PM"...)
			} else {
				b = append(b, "AM"...)
			}
		case stdpm:
			if hour >= 12 {
				b = append(b, "pm"...)
			} else {
				b = append(b, "am"...)
			}
		case stdISO8601TZ, stdISO8601ColonTZ, stdISO8601SecondsTZ, stdISO8601ShortTZ, stdISO8601ColonSecondsTZ,
			stdNumTZ, stdNumColonTZ, stdNumSecondsTz, stdNumShortTZ, stdNumColonSecondsTZ:
			iso := std.code <= stdISO8601ColonSecondsTZ
			if iso && offset == 0 {
				b = append(b, 'Z')
				break
			}
			zone := offset / 60 // convert to minutes
			absoffset := offset
			if zone < 0 {
				b = append(b, '-')
				zone = -zone
				absoffset = -absoffset
			} else {
				b = append(b, '+')
			}
			b = appendInt(b, zone/60, 2)
			colon := std.code == stdISO8601ColonTZ || std.code == stdNumColonTZ ||
				std.code == stdISO8601ColonSecondsTZ || std.code == stdNumColonSecondsTZ
			short := std.code == stdISO8601ShortTZ || std.code == stdNumShortTZ
			if colon {
				b = append(b, ':')
			}
			if !short {
				b = appendInt(b, zone%60, 2)
			}
			if std.code == stdISO8601SecondsTZ || std.code == stdNumSecondsTz ||
				std.code == stdNumColonSecondsTZ || std.code == stdISO8601ColonSecondsTZ {
				if colon {
					b = append(b, ':')
				}
				b = appendInt(b, absoffset%60, 2)
			}
		case stdTZ:
			if name != "" {
				b = append(b, name...)
				break
			}
			// No time zone known for this time, but we must print one:
			// use the -0700 format.
			zone := offset / 60 // convert to minutes
			if zone < 0 {
				b = append(b, '-')
				zone = -zone
			} else {
				b = append(b, '+')
			}
			b = appendInt(b, zone/60, 2)
			b = appendInt(b, zone%60, 2)
		case stdFracSecond0, stdFracSecond9:
			b = appendFrac(b, t.Nanosecond(), std)
		}
	}
	return b
}

// GoString implements fmt.GoStringer and formats t to be printed in Go
// source code, e.g. time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC).
func (t Time) GoString() string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	buf := make([]byte, 0, 72)
	buf = append(buf, "time.Date("...)
	buf = appendInt(buf, year, 0)
	if January <= month && month <= December {
		buf = append(buf, ", time."...)
		buf = append(buf, longMonthNames[month-1]...)
	} else {
		buf = appendInt(buf, int(month), 0)
	}
	for _, v := range [...]int{day, hour, min, sec, t.Nanosecond()} {
		buf = append(buf, ", "...)
		buf = appendInt(buf, v, 0)
	}
	buf = append(buf, ", "...)
	switch loc := t.Location(); loc {
	case UTC, nil:
		buf = append(buf, "time.UTC"...)
	case Local:
		buf = append(buf, "time.Local"...)
	default:
		buf = append(buf, "time.Location("...)
		buf = append(buf, quote(loc.name)...)
		buf = append(buf, ')')
	}
	buf = append(buf, ')')
	return string(buf)
}
