package p

var a = 0x1.5
var b = 0x1p
var c = 1e
var d = 1e+
var e = 0x
var f = 0b
var g = 0o
var h = 0x.p1
