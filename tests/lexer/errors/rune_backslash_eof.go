package p

var a = '\