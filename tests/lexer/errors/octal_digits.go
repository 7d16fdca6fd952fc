package p

var a = 08
var b = 0779
var c = 0o78
var d = 0O19
var e = 0b102
var f = 0B3
var g = 0_8
