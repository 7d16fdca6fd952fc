// Every package of subgo's embedded stdlib (stdlib/), imported for its side
// effect: the checker must check all of their real Go source without a
// single error. internal/reflectlite is reached through fmt and sort (an
// internal package cannot be imported from here).
package main

import (
	_ "bytes"
	_ "context"
	_ "errors"
	_ "fmt"
	_ "golang.org/x/sync/errgroup"
	_ "golang.org/x/sync/semaphore"
	_ "golang.org/x/time/rate"
	_ "hash"
	_ "hash/fnv"
	_ "io"
	_ "io/fs"
	_ "io/ioutil"
	_ "log"
	_ "math"
	_ "math/bits"
	_ "os"
	_ "runtime"
	_ "runtime/debug"
	_ "runtime/trace"
	_ "sort"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "sync/atomic"
	_ "testing"
	_ "time"
	_ "unicode"
	_ "unicode/utf8"
)

func main() {}
