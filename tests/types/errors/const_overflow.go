package main

const c byte = 255

func main() {
	var b byte = 300
	const d byte = 256
	var i int = 1.5
	var j int8 = -129
	_ = c + 1
	_ = byte(256)
	_ = int(1.5)
	var f float32 = 1e300
	_, _, _, _ = b, i, j, f
	_ = d
}
