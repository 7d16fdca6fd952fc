func isNil(x interface{}) bool {
    // 错误的nil判断
    return x == nil
}

func correctNilCheck(x interface{}) bool {
    // 正确的nil判断
    if x == nil {
        return true
    }
    
    v := reflect.ValueOf(x)
    switch v.Kind() {
    case reflect.Chan, reflect.Func, reflect.Interface, 
         reflect.Map, reflect.Ptr, reflect.Slice:
        return v.IsNil()
    default:
        return false
    }
}
