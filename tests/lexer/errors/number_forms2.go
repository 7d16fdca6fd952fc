package p

var a = 0b1.0
var b = 0o1e2
var c = 1p2
var d = 0b1p2
var e = 0x1.0i
var f = 0o7.
var g = 0b.
var h = 0x.
var i = 0X1E+2P3
