package p

var ١x = 1
var y·z = 2
var → = 3
var � = 4
var x​ = 5
