package p

var a = 09.5
var b = 08e1
var c = 089i
var d = 08 + 09.
