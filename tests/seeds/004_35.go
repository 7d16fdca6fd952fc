var x=[]string{"1","2","3"}
func xx(y []string){
    y=append(y,"4")
}
