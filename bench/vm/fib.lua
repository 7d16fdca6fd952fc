-- fib.lua -- doubly recursive Fibonacci: function calls and returns, integer
-- compare and add; almost nothing else. The same program as fib.go.
local N = 38

local function fib(n)
  if n < 2 then
    return n
  end
  return fib(n - 1) + fib(n - 2)
end

print(fib(N))
