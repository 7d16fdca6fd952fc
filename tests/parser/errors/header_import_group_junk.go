package main

import (
	"fmt" x
)
