package p

var (
	a = ""
	b = "hello, world"
	c = "\a\b\f\n\r\t\v\\\""
	d = "\000\007\177\377"
	e = "\x00\x7f\xff\xFF\xaB"
	f = "\u0000\u00e9\u00E9\uFFFF\ud7ff\ue000"
	g = "\U00000000\U0001F600\U0010FFFF"
	h = "héllo, 世界, 😀"
	i = "'"
	j = "tab	inside"
	k = ``
	l = `raw \n \t \" no escapes`
	m = `multi
line
	raw string`
	n = `"quoted" and 'single' and \`
	o = `世界`
)
