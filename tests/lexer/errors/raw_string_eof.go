package p

var a = `abc

def