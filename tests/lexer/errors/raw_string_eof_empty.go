package p

var a = `