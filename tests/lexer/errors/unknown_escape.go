package p

var a = "\q"
var b = "\8"
var c = "\'"
var d = '\"'
var e = "\é"
var f = '\z'
var g = "\ "
