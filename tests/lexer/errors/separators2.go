package p

var j = 1.5_
var k = 0o_
var l = 1_e5
var m = 0x1_p1_0
