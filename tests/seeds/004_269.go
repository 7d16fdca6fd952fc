t := reflect.TypeOf(someVar)
v := reflect.ValueOf(someVar)

t.Kind()
t.Name()
...

v.Kind()
v.Type()
...
