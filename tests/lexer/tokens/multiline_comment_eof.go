package p

var x = f(a) /* multi-line
comment at EOF */