package p

var a = 1__0
var b = 1_
var c = 0x_1_
var d = 1_.5
var e = 1._5
var f = 1e_5
var g = 0x1p_4
var h = 0b_
