package p

var a = 'b
var c = 1
