package main; import (
	"fmt"
	func
)
