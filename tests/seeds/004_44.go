// 空接口 var x interface{}
type eface struct {
    _type *_type         // 具体类型元信息
    data  unsafe.Pointer // 指向具体数据的指针
}
// 非空接口 
// type Sparker interface (Spark(p []byte) (n int, err error)){}
type iface struct {
    tab  *itab        // 接口表, 存储类型和方法信息
    data unsafe.Pointer // 指向具体数据的指针
}
type itab struct {
    inter *interfacetype // 接口类型元信息（方法签名）
    _type *_type         // 具体类型元信息
    hash  uint32         // 类型哈希, 用于快速比较
    _     [4]byte        // 填充
    fun   [1]uintptr     // 方法表, 指向具体类型的方法地址（实际大小动态）
}

type Type struct {
	Size_       uintptr
	PtrBytes    uintptr // number of (prefix) bytes in the type that can contain pointers
	Hash        uint32  // hash of type; avoids computation in hash tables
	TFlag       TFlag   // extra type information flags
	Align_      uint8   // alignment of variable with this type
	FieldAlign_ uint8   // alignment of struct field with this type
	Kind_       Kind    // enumeration for C
    Equal func(unsafe.Pointer, unsafe.Pointer) bool
    GCData    *byte
	Str       NameOff // string form
	PtrToThis TypeOff // type for pointer to this type, may be zero
}
