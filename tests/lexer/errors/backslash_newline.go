package p

var a = "ab\
var b = 1
