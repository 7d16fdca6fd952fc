package p

var a = `cr
inside`
var b = 1
