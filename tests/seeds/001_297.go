type Person struct {
    Name string `json:"name" validate:"required"`
    Age  int    `json:"age" validate:"gte=0"`
}

func parseTag(obj interface{}) {
    t := reflect.TypeOf(obj)
    if t.Kind() == reflect.Ptr {
        t = t.Elem()
    }
    
    for i := 0; i < t.NumField(); i++ {
        field := t.Field(i)
        jsonTag := field.Tag.Get("json")
        validateTag := field.Tag.Get("validate")
        fmt.Printf("Field: %s, json: %s, validate: %s\n", field.Name, jsonTag, validateTag)
    }
}
