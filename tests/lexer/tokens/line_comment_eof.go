package p

var x = f(a) // comment at EOF