package p

var a = ÿ 1
var b = "xÃy"
var c = `x€y`
var d = 'àa'
// comment ş
/* comment À */
var Ã©ÿ = 2
