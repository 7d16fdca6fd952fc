// time.go -- Time (an instant with nanosecond precision, an optional
// monotonic clock reading and a Location), Month, Weekday, Location, Now,
// Unix, Date and the calendar arithmetic.
//
// A Time holds seconds since January 1, year 1 00:00:00 UTC (so the zero
// Time is that instant, as in Go), nanoseconds within the second, and the
// monotonic reading when it has one (comparisons and Sub use it when both
// operands have one, as Go does).
package time

// now returns the current wall clock time (seconds and nanoseconds since
// the Unix epoch, CLOCK_REALTIME) and the monotonic clock in nanoseconds
// (CLOCK_MONOTONIC, the same clock as runtimeNano).
func now() (sec int64, nsec int32, mono int64)

// tzLocal returns the abbreviation and offset east of UTC, in seconds, of
// the local time zone at the given Unix time, and whether daylight saving
// time is in effect (C localtime_r: tm_zone, tm_gmtoff, tm_isdst > 0;
// honours TZ). With no zone configured it returns "UTC", 0, false.
func tzLocal(unix int64) (name string, offset int, isDST bool)

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour

	// unixToInternal is the number of seconds from year 1 to 1970.
	unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay
	internalToUnix int64 = -unixToInternal
)

// A Time represents an instant in time with nanosecond precision.
type Time struct {
	sec     int64 // seconds since January 1, year 1 00:00:00 UTC
	nsec    int32 // [0, 999999999]
	hasMono bool
	mono    int64 // monotonic clock reading, nanoseconds since process start
	loc     *Location
}

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{
	"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December",
}

// String returns the English name of the month ("January", "February", ...).
func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	buf := make([]byte, 20)
	n := fmtInt(buf, uint64(m)) // negative values print as uint64, as in Go
	return "%!Month(" + string(buf[n:]) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var longDayNames = []string{
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
}

// String returns the English name of the day ("Sunday", "Monday", ...).
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	buf := make([]byte, 20)
	n := fmtInt(buf, uint64(d)) // negative values print as uint64, as in Go
	return "%!Weekday(" + string(buf[n:]) + ")"
}

// A Location maps time instants to the zone in use at that time.
type Location struct {
	name   string
	local  bool   // offsets come from the C library
	zone   string // fixed zone abbreviation
	offset int    // fixed zone offset, seconds east of UTC
}

var utcLoc = Location{name: "UTC", zone: "UTC"}
var localLoc = Location{name: "Local", local: true}

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location = &utcLoc

// Local represents the system's local time zone.
var Local *Location = &localLoc

// String returns a descriptive name for the time zone information,
// corresponding to the name argument to LoadLocation or FixedZone.
func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}

// FixedZone returns a Location that always uses the given zone name and
// offset (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zone: name, offset: offset}
}

// lookup returns the zone abbreviation and offset in use at Unix time sec.
func (l *Location) lookup(sec int64) (name string, offset int) {
	if l == nil {
		return "UTC", 0
	}
	if l.local {
		name, offset, _ = tzLocal(sec)
		return
	}
	return l.zone, l.offset
}

// IsDST reports whether the time in the configured location is in
// Daylight Savings Time.
func (t Time) IsDST() bool {
	if t.loc == nil || !t.loc.local {
		return false
	}
	_, _, dst := tzLocal(t.unixSec())
	return dst
}

// ISOWeek returns the ISO 8601 year and week number in which t occurs.
// Week ranges from 1 to 53. Jan 01 to Jan 03 of year n might belong to
// week 52 or 53 of year n-1, and Dec 29 to Dec 31 might belong to week 1
// of year n+1.
func (t Time) ISOWeek() (year, week int) {
	// The week belongs to the year of its Thursday (weeks start Monday).
	days := floorDiv(t.local(), secondsPerDay)
	wd := (days + 4) % 7 // 0 = Sunday
	if wd < 0 {
		wd += 7
	}
	d := 4 - wd // to Thursday
	if d == 4 {
		d = -3 // Sunday belongs to the week before
	}
	days += d
	year, _, _ = civil(days)
	yday := days - daysFromCivil(int64(year), 1, 1)
	return year, int(yday)/7 + 1
}

// startNano is the monotonic clock at process start, minus one, so
// monotonic readings in Time values start at 1.
var startNano int64 = runtimeNano() - 1

// Now returns the current local time.
func Now() Time {
	sec, nsec, mono := now()
	return Time{sec: sec + unixToInternal, nsec: nsec, hasMono: true, mono: mono - startNano, loc: Local}
}

// Since returns the time elapsed since t. It is shorthand for
// time.Now().Sub(t).
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t. It is shorthand for t.Sub(time.Now()).
func Until(t Time) Duration { return t.Sub(Now()) }

// Unix returns the local Time corresponding to the given Unix time, sec
// seconds and nsec nanoseconds since January 1, 1970 UTC.
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec + unixToInternal, nsec: int32(nsec), loc: Local}
}

// UnixMilli returns the local Time corresponding to the given Unix time,
// msec milliseconds since January 1, 1970 UTC.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// UnixMicro returns the local Time corresponding to the given Unix time,
// usec microseconds since January 1, 1970 UTC.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

func (t Time) unixSec() int64 { return t.sec + internalToUnix }

// Unix returns t as a Unix time, the number of seconds elapsed since
// January 1, 1970 UTC.
func (t Time) Unix() int64 { return t.unixSec() }

// UnixMilli returns t as a Unix time in milliseconds.
func (t Time) UnixMilli() int64 { return t.unixSec()*1e3 + int64(t.nsec)/1e6 }

// UnixMicro returns t as a Unix time in microseconds.
func (t Time) UnixMicro() int64 { return t.unixSec()*1e6 + int64(t.nsec)/1e3 }

// UnixNano returns t as a Unix time in nanoseconds.
func (t Time) UnixNano() int64 { return t.unixSec()*1e9 + int64(t.nsec) }

// IsZero reports whether t represents the zero time instant, January 1,
// year 1, 00:00:00 UTC.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

// After reports whether the time instant t is after u.
func (t Time) After(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

// Before reports whether the time instant t is before u.
func (t Time) Before(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

// Equal reports whether t and u represent the same time instant.
func (t Time) Equal(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int32(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.sec += dsec
	t.nsec = nsec
	if t.hasMono {
		te := t.mono + int64(d)
		if d < 0 && te > t.mono || d > 0 && te < t.mono {
			t.hasMono, t.mono = false, 0 // overflow: drop the monotonic reading
		} else {
			t.mono = te
		}
	}
	return t
}

// Sub returns the duration t-u.
func (t Time) Sub(u Time) Duration {
	if t.hasMono && u.hasMono {
		te, ue := t.mono, u.mono
		d := Duration(te - ue)
		if d < 0 && te > ue {
			return maxDuration // t - u is positive out of range
		}
		if d > 0 && te < ue {
			return minDuration // t - u is negative out of range
		}
		return d
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	// Check for overflow or underflow.
	switch {
	case u.Add(d).Equal(t):
		return d // d is correct
	case t.Before(u):
		return minDuration // t - u is negative out of range
	default:
		return maxDuration // t - u is positive out of range
	}
}

// UTC returns t with the location set to UTC.
func (t Time) UTC() Time {
	t.loc = &utcLoc
	return t
}

// Local returns t with the location set to local time.
func (t Time) Local() Time {
	t.loc = Local
	return t
}

// In returns a copy of t representing the same time instant, but with the
// copy's location information set to loc for display purposes.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.loc = loc
	return t
}

// Location returns the time zone information associated with t.
func (t Time) Location() *Location {
	l := t.loc
	if l == nil {
		l = UTC
	}
	return l
}

// Zone computes the time zone in effect at time t, returning the abbreviated
// name of the zone (such as "CET") and its offset in seconds east of UTC.
func (t Time) Zone() (name string, offset int) {
	return t.loc.lookup(t.unixSec())
}

// Round returns the result of rounding t to the nearest multiple of d (since
// the zero time), halfway values rounding up.
func (t Time) Round(d Duration) Time {
	t.hasMono, t.mono = false, 0
	if d <= 0 {
		return t
	}
	r := t.mod(d)
	if lessThanHalf(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// Truncate returns the result of rounding t down to a multiple of d (since
// the zero time). The result has no monotonic clock reading.
func (t Time) Truncate(d Duration) Time {
	t.hasMono, t.mono = false, 0
	if d <= 0 {
		return t
	}
	return t.Add(-t.mod(d))
}

// mod returns (t - zero time) mod d for d > 0 (t.sec >= 0 assumed for the
// general case; earlier times are rounded as if the count were positive).
func (t Time) mod(d Duration) Duration {
	sec, nsec := t.sec, int64(t.nsec)
	if sec < 0 {
		sec = -sec
	}
	if d%Second == 0 {
		ds := int64(d / Second)
		return Duration(sec%ds)*Second + Duration(nsec)
	}
	if Second%d == 0 {
		return Duration(nsec % int64(d))
	}
	m := uint64(d)
	r := mulmod(uint64(sec)%m, uint64(1e9)%m, m)
	return Duration((r + uint64(nsec)%m) % m)
}

// mulmod returns a*b mod m without overflow (a, b < m).
func mulmod(a, b, m uint64) uint64 {
	var r uint64
	for b > 0 {
		if b&1 != 0 {
			r = addmod(r, a, m)
		}
		a = addmod(a, a, m)
		b >>= 1
	}
	return r
}

func addmod(a, b, m uint64) uint64 {
	if a >= m-b {
		return a - (m - b)
	}
	return a + b
}

// --- calendar ---

// civil converts days since 1970-01-01 to a proleptic Gregorian date.
func civil(z int64) (year int, month Month, day int) {
	z += 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era = (z - 146096) / 146097
	}
	doe := z - era*146097                                  // [0, 146096]
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // [0, 399]
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100) // [0, 365]
	mp := (5*doy + 2) / 153                  // [0, 11]
	d := doy - (153*mp+2)/5 + 1              // [1, 31]
	m := mp + 3
	if mp >= 10 {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return int(y), Month(m), int(d)
}

// daysFromCivil converts a proleptic Gregorian date to days since 1970-01-01.
func daysFromCivil(y int64, m int64, d int64) int64 {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era = (y - 399) / 400
	}
	yoe := y - era*400
	mp := m + 9
	if m > 2 {
		mp = m - 3
	}
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// abs returns local seconds since the Unix epoch (wall clock in t's zone).
func (t Time) local() int64 {
	_, off := t.loc.lookup(t.unixSec())
	return t.unixSec() + int64(off)
}

// Date returns the year, month, and day in which t occurs.
func (t Time) Date() (year int, month Month, day int) {
	return civil(floorDiv(t.local(), secondsPerDay))
}

// Year returns the year in which t occurs.
func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

// Month returns the month of the year specified by t.
func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

// Day returns the day of the month specified by t.
func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

// Weekday returns the day of the week specified by t.
func (t Time) Weekday() Weekday {
	days := floorDiv(t.local(), secondsPerDay)
	w := (days + 4) % 7 // 1970-01-01 was a Thursday
	if w < 0 {
		w += 7
	}
	return Weekday(w)
}

// YearDay returns the day of the year specified by t, in the range [1,365]
// for non-leap years, and [1,366] in leap years.
func (t Time) YearDay() int {
	days := floorDiv(t.local(), secondsPerDay)
	y, _, _ := civil(days)
	return int(days-daysFromCivil(int64(y), 1, 1)) + 1
}

// Clock returns the hour, minute, and second within the day specified by t.
func (t Time) Clock() (hour, min, sec int) {
	s := t.local() - floorDiv(t.local(), secondsPerDay)*secondsPerDay
	return int(s / secondsPerHour), int(s % secondsPerHour / secondsPerMinute), int(s % secondsPerMinute)
}

// Hour returns the hour within the day specified by t, in the range [0, 23].
func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

// Minute returns the minute offset within the hour specified by t, in the
// range [0, 59].
func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

// Second returns the second offset within the minute specified by t, in
// the range [0, 59].
func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

// Nanosecond returns the nanosecond offset within the second specified by
// t, in the range [0, 999999999].
func (t Time) Nanosecond() int { return int(t.nsec) }

// norm returns nhi, nlo such that hi * base + lo == nhi * base + nlo and
// 0 <= nlo < base.
func norm(hi, lo, base int) (nhi, nlo int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// Date returns the Time corresponding to yyyy-mm-dd hh:mm:ss + nsec
// nanoseconds in the appropriate zone for that time in the given location.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = norm(year, m, 12)
	month = Month(m) + 1
	sec, nsec = norm(sec, nsec, 1e9)
	min, sec = norm(min, sec, 60)
	hour, min = norm(hour, min, 60)
	day, hour = norm(day, hour, 24)

	days := daysFromCivil(int64(year), int64(month), 1) + int64(day-1)
	unix := days*secondsPerDay + int64(hour*secondsPerHour+min*secondsPerMinute+sec)
	// The offset in use at the wall-clock time: look it up at the guess,
	// and again if the guess crossed a zone transition.
	_, off := loc.lookup(unix)
	if off != 0 {
		_, off2 := loc.lookup(unix - int64(off))
		if off2 != off {
			off = off2
		}
	}
	unix -= int64(off)
	t := Time{sec: unix + unixToInternal, nsec: int32(nsec), loc: loc}
	if loc == &utcLoc {
		t.loc = &utcLoc
	}
	return t
}

// AddDate returns the time corresponding to adding the given number of
// years, months, and days to t, normalized as Date does.
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}
