-- spectralnorm.lua -- the spectral-norm benchmark of the Computer Language
-- Benchmarks Game: the largest singular value of the infinite matrix
-- A(i,j) = 1/((i+j)(i+j+1)/2+i+1) truncated to n x n, by 10 rounds of the
-- power method on A'A. The same program as spectralnorm.go: i and j are
-- 0-based in evalA (arrays are 1-based), the denominator is an integer, and
-- the sums run in the same order, so the result has the same bits.
local N = 1500

local function evalA(i, j)
  return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)
end

-- times sets v = A u.
local function times(v, u, n)
  for i = 1, n do
    local a = 0.0
    for j = 1, n do
      a = a + evalA(i - 1, j - 1) * u[j]
    end
    v[i] = a
  end
end

-- timesTransp sets v = A' u.
local function timesTransp(v, u, n)
  for i = 1, n do
    local a = 0.0
    for j = 1, n do
      a = a + evalA(j - 1, i - 1) * u[j]
    end
    v[i] = a
  end
end

-- aTimesTransp sets v = A' A u.
local function aTimesTransp(v, u, n)
  local x = {}
  times(x, u, n)
  timesTransp(v, x, n)
end

local u, v = {}, {}
for i = 1, N do
  u[i] = 1.0
  v[i] = 0.0
end
for _ = 1, 10 do
  aTimesTransp(v, u, N)
  aTimesTransp(u, v, N)
end
local vBv, vv = 0.0, 0.0
for i = 1, N do
  vBv = vBv + u[i] * v[i]
  vv = vv + v[i] * v[i]
end
print(string.format("%0.9f", math.sqrt(vBv / vv)))
