package p

type I interface { M(); 1 }
