package main

func main() {
	_ = undefinedName
	var x UnknownType
	_ = x
	_ = iota
	var _ = _
	y := nil
	_ = y
}
