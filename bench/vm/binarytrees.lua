-- binarytrees.lua -- the binary-trees benchmark of the Computer Language
-- Benchmarks Game: build perfect binary trees bottom-up and count their
-- nodes, many short-lived small trees of each depth plus one long-lived tree.
-- Allocation of small objects and recursion: this one measures the
-- allocator and the collector. The same program as binarytrees.go; a node is
-- a table {left, right}, a leaf has neither.
local MAX_DEPTH_ARG = 16

local function bottomUp(depth)
  if depth <= 0 then
    return {}
  end
  return { bottomUp(depth - 1), bottomUp(depth - 1) }
end

local function check(node)
  if node[1] == nil then
    return 1
  end
  return 1 + check(node[1]) + check(node[2])
end

local minDepth = 4
local maxDepth = MAX_DEPTH_ARG
if maxDepth < minDepth + 2 then
  maxDepth = minDepth + 2
end
local stretch = maxDepth + 1
io.write(string.format("stretch tree of depth %d\t check: %d\n", stretch, check(bottomUp(stretch))))

local longLived = bottomUp(maxDepth)
for depth = minDepth, maxDepth, 2 do
  local iterations = 1 << (maxDepth - depth + minDepth)
  local sum = 0
  for _ = 1, iterations do
    sum = sum + check(bottomUp(depth))
  end
  io.write(string.format("%d\t trees of depth %d\t check: %d\n", iterations, depth, sum))
end
io.write(string.format("long lived tree of depth %d\t check: %d\n", maxDepth, check(longLived)))
