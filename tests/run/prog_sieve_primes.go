// Number theory: a sieve of Eratosthenes, prime factorization, gcd/lcm,
// modular exponentiation and a Miller-Rabin test with uint64 arithmetic.
package main

import (
	"fmt"
	"math/bits"
)

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func factor(n uint64) map[uint64]int {
	f := map[uint64]int{}
	for p := uint64(2); p*p <= n; p++ {
		for n%p == 0 {
			f[p]++
			n /= p
		}
	}
	if n > 1 {
		f[n]++
	}
	return f
}

func gcd(a, b uint64) uint64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func mulmod(a, b, m uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	_, r := bits.Div64(hi%m, lo, m)
	return r
}

func powmod(b, e, m uint64) uint64 {
	r := uint64(1)
	b %= m
	for e > 0 {
		if e&1 == 1 {
			r = mulmod(r, b, m)
		}
		b = mulmod(b, b, m)
		e >>= 1
	}
	return r
}

func isPrime(n uint64) bool {
	if n < 2 {
		return false
	}
	for _, p := range []uint64{2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37} {
		if n%p == 0 {
			return n == p
		}
	}
	d, s := n-1, 0
	for d%2 == 0 {
		d /= 2
		s++
	}
	for _, a := range []uint64{2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37} {
		x := powmod(a, d, n)
		if x == 1 || x == n-1 {
			continue
		}
		composite := true
		for i := 1; i < s; i++ {
			x = mulmod(x, x, n)
			if x == n-1 {
				composite = false
				break
			}
		}
		if composite {
			return false
		}
	}
	return true
}

func main() {
	p := sieve(100000)
	fmt.Println(len(p), p[:15], p[len(p)-1])
	for _, n := range []uint64{360, 97, 1 << 40, 600851475143, 1234567890} {
		fmt.Println(n, factor(n))
	}
	fmt.Println(gcd(1071, 462), gcd(1<<40, 1<<20*3), 21*6/gcd(21, 6))
	fmt.Println(powmod(2, 10, 1000), powmod(3, 1<<62, 1000000007), powmod(7, 18446744073709551614, 18446744073709551557))
	for _, n := range []uint64{1, 2, 561, 7919, 1000000007, 18446744073709551557, 18446744073709551615, 3825123056546413051} {
		fmt.Print(isPrime(n), " ")
	}
	fmt.Println()
	count := 0
	small := p[:1229] // the primes below 10,000
	for _, q := range small {
		if isPrime(uint64(q)) {
			count++
		}
	}
	fmt.Println(count == len(small), small[len(small)-1])
}
