import _ "go.uber.org/automaxprocs"
