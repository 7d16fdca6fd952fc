func TestAdd(t *testing.T){
    fmt.Print(1)
}
