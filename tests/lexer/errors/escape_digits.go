package p

var a = "\xZZ"
var b = "\x4"
var c = "\u12"
var d = '\u12345'
var e = "\18"
var f = '\x'
var g = "\U1234567"
var h = "\12
var i = 1
