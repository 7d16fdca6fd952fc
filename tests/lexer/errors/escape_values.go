package p

var a = "\400"
var b = "\777"
var c = "\uD800"
var d = "\uDFFF"
var e = "\U00110000"
var f = '\UFFFFFFFF'
var g = "\U0000D800"
var h = '\ud888'
