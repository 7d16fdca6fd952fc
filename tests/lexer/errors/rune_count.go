package p

var a = ''
var b = 'ab'
var c = '\n\t'
var d = 'éé'
var e = 'x
var f = 1
