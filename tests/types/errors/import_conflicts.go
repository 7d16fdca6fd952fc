package main

import (
	"fmt"
	. "strings"
	. "testing"
)

var _ = fmt.Println
var _ = ToUpper

var fmt int
