package p

import "fmt"

break case chan const continue default defer else fallthrough for func go goto
if import interface map package range return select struct switch type var
breaks casey chan_ constant _continue Default iff imports var1 go2 func_
