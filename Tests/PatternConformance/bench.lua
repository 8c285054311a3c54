-- Speed comparison of ordinary patterns: Lua's own functions (ORIG) against rlua_pattern (MINE).
-- Returns one line per workload and the overall ratio (ours / Lua's, CPU time, best of 5 rounds).
local ORIG, MINE = ...

-- Deterministic text: words, numbers, key=value pairs, padded lines.
local seed = 12345
local function rnd(n)
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed % n
end
local vocab = { "the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "Lua", "pattern",
                "matching", "is", "fun", "key", "value", "alpha", "beta", "gamma", "delta" }
local lines = {}
for i = 1, 4000 do
  local parts = { string.rep(" ", rnd(4)) }
  for _ = 1, 4 + rnd(8) do
    local r = rnd(10)
    if r == 0 then parts[#parts + 1] = tostring(rnd(100000))
    elseif r == 1 then parts[#parts + 1] = vocab[rnd(#vocab) + 1] .. "=" .. vocab[rnd(#vocab) + 1]
    else parts[#parts + 1] = vocab[rnd(#vocab) + 1] end
  end
  lines[i] = table.concat(parts, " ") .. string.rep(" ", rnd(3))
end
local text = table.concat(lines, "\n")

local workloads = {
  { "gsub %s+", function(F) return F.gsub(text, "%s+", " ") end },
  { "gmatch %a+", function(F) local c = 0 for _ in F.gmatch(text, "%a+") do c = c + 1 end return c end },
  { "gsub (%w+)=(%w+)", function(F) return F.gsub(text, "(%w+)=(%w+)", "%2=%1") end },
  { "match trim per line", function(F)
      local c = 0
      for line in F.gmatch(text, "[^\n]+") do c = c + #F.match(line, "^%s*(.-)%s*$") end
      return c
    end },
  { "find %d+ loop", function(F)
      local pos, c = 1, 0
      while true do
        local s, e = F.find(text, "%d+", pos)
        if not s then break end
        pos, c = e + 1, c + 1
      end
      return c
    end },
  { "find plain / no specials", function(F)
      local c = 0
      for _ = 1, 20 do
        c = c + (F.find(text, "needle", 1, true) or 0) + (F.find(text, "zzzz") or 0)
      end
      return c
    end },
  { "gsub function repl", function(F) return F.gsub(text, "%a+", function(w) return #w > 4 and w:upper() or nil end) end },
  { "short find/match calls", function(F)
      local c = 0
      for i = 1, 200000 do
        local l = lines[i % #lines + 1]
        if F.find(l, "fox", 1, true) then c = c + 1 end
        if F.match(l, "^%s*(%a+)") then c = c + 1 end
      end
      return c
    end },
}

local function time(fn, F)
  local best = math.huge
  for _ = 1, 5 do
    local t0 = os.clock()
    fn(F)
    local dt = os.clock() - t0
    if dt < best then best = dt end
  end
  return best
end

local out, total_o, total_m = {}, 0, 0
for _, w in ipairs(workloads) do
  local name, fn = w[1], w[2]
  assert(select(1, fn(ORIG)) == select(1, fn(MINE)), "benchmark result differs: " .. name)
  local o = time(fn, ORIG)
  local m = time(fn, MINE)
  total_o, total_m = total_o + o, total_m + m
  out[#out + 1] = string.format("  %-26s lua %7.2f ms  ours %7.2f ms  ratio %.2f", name, o * 1000, m * 1000, m / o)
end
return table.concat(out, "\n"), total_m / total_o
