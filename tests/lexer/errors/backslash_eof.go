package p

var a = "\