package p

func f() {
	x
	x // comment
	x /* one-line */
	x /* one */ /* two */ // three
	x /* spans
	lines */
	x /* spans
	lines */ y
	x /* one-line */ /* spans
	lines */
	1
	1.5
	1i
	'a'
	"s"
	`raw`
	`multi
	line`
	break
	continue
	fallthrough
	return
	x++
	x--
	f()
	a[1]
	{
	}
	x;
	x ;
	; ;
	+
	-
	(
	[
	,
	.
	:=
	if
	func
	/* comment alone */
	// comment alone
	/* spans
	lines, no semicolon before */
	x	 	
	y /**/
	z /*

	*/
	return}
