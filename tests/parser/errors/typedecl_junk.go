package p

type embed map[int]nih nih

func f() {
	type T map[int]int x
}
