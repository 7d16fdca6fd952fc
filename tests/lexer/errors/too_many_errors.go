package p

var a = "\q"
var b = "\q"
var c = "\q"
var d = "\q"
var e = "\q"
var f = "\q"
var g = "\q"
var h = "\q"
var i = "\q"
var j = "\q"
var k = "\q"
var l = "\q"
