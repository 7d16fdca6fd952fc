package p

var a = 1 /*/