package p

var a = "\x4