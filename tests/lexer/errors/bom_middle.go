package p

var a = ﻿ 1
var b = "x﻿y"
// comment ﻿
