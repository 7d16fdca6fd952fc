// replace.go -- Replacer. Go builds specialised replacers (byte tables, a
// trie for the general case); subgo keeps one general algorithm with the
// same semantics: scanning left to right, at each position the pair listed
// first among those whose old string matches there wins; an empty old
// string matches everywhere, but not twice in a row at one position.
package strings

import (
	"io"
	"sync"
)

// Replacer replaces a list of strings with replacements. It is safe for
// concurrent use by multiple goroutines.
type Replacer struct {
	once   sync.Once
	oldnew []string
	first  [256]bool // first[c]: some non-empty old string starts with byte c
	empty  int       // index of the first empty old string, or -1
}

// NewReplacer returns a new Replacer from a list of old, new string pairs.
// NewReplacer panics if given an odd number of arguments.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{oldnew: append([]string(nil), oldnew...)}
}

func (r *Replacer) build() {
	r.empty = -1
	for i := 0; i < len(r.oldnew); i += 2 {
		if old := r.oldnew[i]; old == "" {
			if r.empty < 0 {
				r.empty = i
			}
		} else {
			r.first[old[0]] = true
		}
	}
}

// match returns the index of the winning pair at s (the pair listed first
// among those whose old string is a prefix of s), or -1.
func (r *Replacer) match(s string, skipEmpty bool) int {
	if len(s) > 0 && r.first[s[0]] {
		for i := 0; i < len(r.oldnew); i += 2 {
			old := r.oldnew[i]
			if old == "" {
				if !skipEmpty {
					return i
				}
				continue
			}
			if HasPrefix(s, old) {
				return i
			}
		}
	}
	if r.empty >= 0 && !skipEmpty {
		return r.empty
	}
	return -1
}

func (r *Replacer) replace(s string, w func(string)) {
	r.once.Do(r.build)
	last := 0
	prevEmpty := false
	for i := 0; i <= len(s); {
		k := r.match(s[i:], prevEmpty)
		if k < 0 {
			prevEmpty = false
			i++
			continue
		}
		old := r.oldnew[k]
		prevEmpty = old == ""
		w(s[last:i])
		w(r.oldnew[k+1])
		i += len(old)
		last = i
	}
	if last < len(s) {
		w(s[last:])
	}
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	var b Builder
	changed := false
	r.replace(s, func(t string) {
		changed = true
		b.WriteString(t)
	})
	if !changed {
		return s
	}
	return b.String()
}

// WriteString writes s to w with all replacements performed.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	r.replace(s, func(t string) {
		if err != nil || t == "" {
			return
		}
		var m int
		m, err = io.WriteString(w, t)
		n += m
	})
	return
}
