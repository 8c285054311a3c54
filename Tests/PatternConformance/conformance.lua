-- Differential conformance cases for rlua_pattern, loaded by conformance.c.
-- Every case runs once with Lua's own functions (ORIG, the real string table) and once with ours
-- (MINE, a copy of the string table with rlua_pattern installed), both under pcall, and the
-- complete outcome is compared: success flag, number of results, each result's type (integer vs
-- float included) and value, or the error message.
-- Cases always call through F.xxx(...) from the same line, so error positions and function names
-- in messages are identical for both implementations.
local ORIG, MINE = ...

local passed, failed = 0, 0
local MAX_REPORTS = 40

local function ser1(v)
  local t = type(v)
  if t == "string" then return string.format("%q", v)
  elseif t == "number" then
    if math.type(v) == "integer" then return "int:" .. tostring(v) end
    return "float:" .. string.format("%.17g", v)
  elseif t == "boolean" or t == "nil" then return tostring(v)
  else return t end
end

local function serall(ok, ...)
  local n = select("#", ...)
  local parts = { ok and "ok" or "err", tostring(n) }
  for i = 1, n do parts[#parts + 1] = ser1((select(i, ...))) end
  return table.concat(parts, " | ")
end

-- Drives a gmatch iterator to the end (and once more), serialising every step.
local function gm(F, s, p, init)
  local it = F.gmatch(s, p, init)
  local out = {}
  for _ = 1, 80 do
    local r = table.pack(it())
    out[#out + 1] = serall(true, table.unpack(r, 1, r.n))
    if r.n == 0 then
      local r2 = table.pack(it())
      out[#out + 1] = "again " .. serall(true, table.unpack(r2, 1, r2.n))
      break
    end
  end
  return table.concat(out, " ; ")
end

local function same(desc, fn)
  local a = serall(pcall(fn, ORIG))
  local b = serall(pcall(fn, MINE))
  if a == b then
    passed = passed + 1
  else
    failed = failed + 1
    if failed <= MAX_REPORTS then
      print("MISMATCH " .. desc .. "\n  lua:  " .. a .. "\n  ours: " .. b)
    end
  end
end

local function q(v)
  if type(v) == "string" then return string.format("%q", v) end
  return tostring(v)
end

-- Replacement values for gsub, with a printable name each.
local function concat_args(...)
  local t = table.pack(...)
  for i = 1, t.n do t[i] = tostring(t[i]) end
  return "<" .. table.concat(t, ",", 1, t.n) .. ">"
end
local REPLS = {
  { "'<%0>'", "<%0>" }, { "'[%1]'", "[%1]" }, { "'%2%1'", "%2%1" }, { "'%%'", "%%" }, { "''", "" },
  { "'x'", "x" }, { "7", 7 }, { "2.5", 2.5 },
  { "fn concat", concat_args },
  { "fn nil", function() return nil end },
  { "fn false", function() return false end },
  { "fn first", function(a) return a end },
  { "fn number", function() return 1.5 end },
  { "tbl", { a = "A", b = false, c = 3, [1] = "one", [2] = 2.0, ["ab"] = "AB", [" "] = "_" } },
  { "tbl index", setmetatable({}, { __index = function(_, k) return "{" .. tostring(k) .. "}" end }) },
}
local FEW_REPLS = { REPLS[1], REPLS[2], REPLS[9], REPLS[10], REPLS[14] }

local INITS = { "nil", 1, 2, 0, -1, -3, 4, 100, -100, math.maxinteger, math.mininteger }
local FEW_INITS = { "nil", 2, -2, 0, 50 }

local function check_pair(s, p, thorough)
  local inits = thorough and INITS or FEW_INITS
  for _, init in ipairs(inits) do
    if init == "nil" then init = nil end
    local d = "(" .. q(s) .. ", " .. q(p) .. ", " .. q(init) .. ")"
    same("find" .. d, function(F) return F.find(s, p, init) end)
    same("find plain" .. d, function(F) return F.find(s, p, init, true) end)
    same("match" .. d, function(F) return F.match(s, p, init) end)
    same("gmatch" .. d, function(F) return gm(F, s, p, init) end)
  end
  for _, r in ipairs(thorough and REPLS or FEW_REPLS) do
    local name, repl = r[1], r[2]
    local d = "(" .. q(s) .. ", " .. q(p) .. ", " .. name
    same("gsub" .. d .. ")", function(F) return F.gsub(s, p, repl) end)
    if thorough then
      for _, n in ipairs({ 0, 1, 2, -1, 3.0 }) do
        same("gsub" .. d .. ", " .. q(n) .. ")", function(F) return F.gsub(s, p, repl, n) end)
      end
    end
  end
end

---------------------------------------------------------------------------------------------------
-- Hand-written subject/pattern pairs, each checked with all four functions, many init values and
-- every replacement kind.
local R = string.rep
local PAIRS = {
  -- literals, anchors, empty
  { "hello world", "o" }, { "hello world", "l+" }, { "hello world", "^h" }, { "hello world", "^e" },
  { "hello world", "d$" }, { "hello world", "o$" }, { "hello", "" }, { "", "" }, { "", "a*" },
  { "", "^$" }, { "", "^" }, { "", "$" }, { "abc", "$" }, { "abc", "^" }, { "a$b", "$b" }, { "a$b", "a$" },
  { "a$", "$$" }, { "a$", "a$$" }, { "$", "^$" }, { "a^b", "a^b" }, { "^a", "^^a" }, { "a^b^c", "^%a" },
  { "hello", "hello" }, { "hello", "hellox" }, { "a)b", "a)" }, { "a]b", "]" }, { "x", "xx" },
  -- single classes and quantifiers
  { "a.b", "%." }, { "a.b", "." }, { "a+b", "a+b" }, { "aaab", "a-b" }, { "aaab", "a*" }, { "aaab", "a?b" },
  { "aaab", "a+?" }, { "aaa", "^(a-)$" }, { "aaa", "a-" }, { "aaa", "a-$" }, { "-a", "-a" }, { "a--", "a--" },
  { "xaaay", "a*y" }, { "xy", "a*y" }, { "aaa", ".-a" }, { "aaa", ".*a" }, { "abc", ".?.?.?.?" },
  { "ab*", "b*" }, { "a*", "(a)*" }, { "(x)*", "%b()*" }, { "ab", "()*" },
  -- captures, position captures, back references
  { "key = value", "(%w+)%s*=%s*(%w+)" }, { "hello", "()ll()" }, { "hello", "(h)(e)(l)(l)(o)" },
  { "hello", "((l)(l))" }, { "abcabc", "(abc)%1" }, { "abab", "(a)(b)%2" }, { "xyx", "(x)y%1" },
  { "aa", "()%1" }, { "abab", "(ab)%1" }, { "aXbaXb", "(a(X)b)%1" }, { "aaaa", "(a*)%1" }, { "abcab", "(a-)c%1" },
  { "x", "()" }, { "abc", "()()" }, { "abc", "(()a)" }, { "abc", "(a)()(b)" },
  -- %b and %f
  { "THE (quick) fox", "%((%a+)%)" }, { "f(a(b)c)d", "%b()" }, { "f(a(b)c", "%b()" }, { "[[x]]", "%b[]" },
  { "aXa", "%baa" }, { "'x' 'y'", "%b''" }, { "a(b", "%b()" }, { "((", "%b()" }, { "())", "%b()%b()" },
  { "THE (quick) fox", "%f[%a]%a+" }, { "hello world", "%f[%w]%w+" }, { "hello world", "%f[%W]" },
  { "hello", "%f[%z]" }, { "hello", "%f[%l]" }, { "hello", "%f[%L]" }, { "a b", "%f[^%a]" },
  { "abc", "%f[\0]" }, { "a b", "%f[\0%s]" }, { "a", "%f[a]%f[a]" },
  -- character classes
  { "a1 B2\t_!\n", "%a" }, { "a1 B2\t_!\n", "%A+" }, { "a1 B2\t_!\n", "%d+" }, { "a1 B2\t_!\n", "%D+" },
  { "a1 B2\t_!\n", "%l" }, { "a1 B2\t_!\n", "%L+" }, { "a1 B2\t_!\n", "%u" }, { "a1 B2\t_!\n", "%U+" },
  { "a1 B2\t_!\n", "%s+" }, { "a1 B2\t_!\n", "%S+" }, { "a1 B2\t_!\n", "%w+" }, { "a1 B2\t_!\n", "%W+" },
  { "0x1F g", "%x+" }, { "0x1F g", "%X+" }, { "a,b;c!", "%p" }, { "a,b;c!", "%P+" }, { "a\1\2b", "%c+" },
  { "a\1\2b", "%C+" }, { "a b", "%g+" }, { "a b", "%G" }, { "z", "%z" }, { "%", "%%" }, { "a.b", "%w%.%w" },
  { "caf\xe9 na\xefve", "%a+" }, { "caf\xe9", "[\x80-\xff]+" }, { "\xff\xfe", "%W+" },
  -- sets
  { "abcdef", "[abc]+" }, { "abcdef", "[^abc]+" }, { "abcdef", "[a-c]+" }, { "a_b1", "[%a_]+" },
  { "3.14x", "[%d.]+" }, { "a]b", "[]]" }, { "a]b", "[^]]+" }, { "a-b", "[a-]+" }, { "-ab", "[-a]+" },
  { "a]b", "[%]]" }, { "a-b", "[%-]" }, { "a-z", "[a%-z]+" }, { "abz", "[z-a]" }, { "a b", "[^%s]+" },
  { "a.b", "[.]" }, { "x_y.z", "[%w_%.]+" }, { "a^b", "[%^]" }, { "a^b", "[b^]+" }, { "ab", "[^^]+" },
  { "a%b", "[%%]" }, { "azAZ09", "[%u%d]+" }, { "a b", "[%S]+" }, { "abc", "[a-a]+" }, { "x-y", "[x-]" },
  -- embedded zeros
  { "a\0b", "\0" }, { "a\0b", "%z" }, { "a\0b\0", "[\0]+" }, { "a\0b", "b" }, { "x\0y", ".%z?." },
  { "a\0b", "[a\0]+" }, { "\0(\0)\0", "%b()" }, { "a\0b", "%b\0b" }, { "\0", "^\0$" }, { "a\0a", "(a)\0%1" },
  -- malformed patterns (errors must match)
  { "abc", "[a" }, { "abc", "[" }, { "abc", "[^" }, { "abc", "%" }, { "abc", "a%" }, { "abc", "[%" },
  { "abc", "[a%]" }, { "abc", "%b" }, { "abc", "%ba" }, { "abc", "%f" }, { "abc", "%fa" }, { "abc", "(" },
  { "abc", "(()" }, { "abc", ")" }, { "abc", "a)" }, { "abc", "b)" }, { "abc", "%1" }, { "abc", "(a)%2" },
  { "abc", "(a%1)" }, { "abc", "%0" }, { "abc", "(()%1)" }, { "abc", "[]" }, { "abc", "[^]" }, { "abc", "x%" },
  { "", "%" }, { "", "[a" }, { "", "(" }, { "", ")" }, { "", "%1" }, { "abc", "a(" }, { "abc", "(b" },
  { "abc", "c%f[" }, { "abc", "%f[a" }, { "abc", "%b(" }, { "", "%b()" }, { "abc", "x)" },
}

for _, pair in ipairs(PAIRS) do check_pair(pair[1], pair[2], true) end

---------------------------------------------------------------------------------------------------
-- Free-form expressions.
local EXPRS = {
  -- examples from the reference manual
  [[F.gsub("hello world", "(%w+)", "%1 %1")]],
  [[F.gsub("hello world", "%w+", "%0 %0", 1)]],
  [[F.gsub("hello world from Lua", "(%w+)%s*(%w+)", "%2 %1")]],
  [[F.gsub("home = $HOME, user = $USER", "%$(%w+)", {HOME = "/home/roberto", USER = "roberto"})]],
  [[F.gsub("4+5 = $return 4+5$", "%$(.-)%$", function (s) return load(s)() end)]],
  [[F.gsub("$name-$version.tar.gz", "%$(%w+)", {name = "lua", version = "5.4"})]],
  [[F.find("hello", "l")]], [[F.match("hello world", "(h)(e)")]],
  [[gm(F, "hello world from Lua", "%a+")]], [[gm(F, "from=world, to=Lua", "(%w+)=(%w+)")]],
  [[F.gsub("THE (quick) fox", "%f[%a]%a+", "x")]],
  -- non-string arguments are converted; an unchanged gsub returns the original value itself
  [[F.find(12345, 3)]], [[F.find(12345, "3", "2")]], [[F.match(3.5, "%d")]], [[F.gsub(123, "2", "x")]],
  [[F.gsub(123, "x", "y")]], [[F.gsub(123, "2", "2")]], [[F.gsub(1.5, "%.", ",")]], [[F.gsub("abc", "b", 5)]],
  [[F.gsub("abc", "b", 2.5)]], [[F.gsub("abc", "b", {b = 3})]], [[F.gsub("abc", "b", {b = 2^53})]],
  [[F.gsub("a", "a", {a = 1.0})]], [[F.gsub("a1b2", "%d", function(d) return d + 1 end)]],
  [[F.gsub("a1b2", "%d", function(d) return d / 2 end)]], [[gm(F, 1234, "%d")]], [[F.find("1e1", 10)]],
  [[F.gsub("abc", "b", function() end)]], [[F.gsub("abc", "b", {})]], [[F.gsub("abc", "b", "b")]],
  [[F.gsub("abc", "x", "y")]], [[F.gsub("abc", "b", function() return false end)]],
  -- argument errors
  [[F.find()]], [[F.find(nil, "a")]], [[F.find("a")]], [[F.find("a", {})]], [[F.find("a", "a", "x")]],
  [[F.find("a", "a", 1.5)]], [[F.find("a", "a", "2")]], [[F.match("a", "a", "2")]], [[F.match()]],
  [[F.gsub("a", "a")]], [[F.gsub("a", "a", true)]], [[F.gsub("a", "a", "b", "x")]], [[F.gsub("a", "a", nil, "x")]],
  [[F.gsub("a", "a", "b", 1.5)]], [[F.gsub()]], [[F.gsub("a")]], [[F.gsub({}, "a", "b")]],
  [[F.gmatch()]], [[F.gmatch("a")]], [[F.gmatch("a", "a", 1.5)]], [[F.gmatch("a", "a", "x")]],
  [[F.find("a", "a", 1, nil)]], [[F.find("a.b", ".", 1, false)]], [[F.find("a.b", ".", 1, 0)]],
  [[F.find("a.b", ".", nil, true)]],
  -- replacement string errors
  [[F.gsub("abc", "b", "%")]], [[F.gsub("abc", "b", "x%")]], [[F.gsub("abc", "b", "%x")]], [[F.gsub("abc", "b", "%2")]],
  [[F.gsub("abc", "b", "%1")]], [[F.gsub("abc", "(b)", "%2")]], [[F.gsub("abc", "(b)", "%9")]],
  [[F.gsub("abc", "(b)", "%\0")]], [[F.gsub("abc", "x", "%")]], [[F.gsub("abc", "b", "%%%0%%")]],
  [[F.gsub("abc", "b", function() return {} end)]], [[F.gsub("abc", "b", function() return true end)]],
  [[F.gsub("abc", "b", {b = {}})]], [[F.gsub("abc", "b", {b = print})]], [[F.gsub("abc", "b", {b = true})]],
  [[F.gsub("abc", "(", "x")]], [[F.gsub("abc", "(", function(...) return 1 end)]], [[F.gsub("abc", "(", {})]],
  [[F.gsub("abc", "(", "%1")]], [[F.gsub("abc", "(", "%0")]], [[F.find("abc", "(")]], [[F.match("abc", "(")]],
  [[F.match("abc", "(()")]], [[gm(F, "abc", "(")]], [[gm(F, "abc", "(()")]],
  -- position captures in replacements
  [[F.gsub("abc", "()", "%1")]], [[F.gsub("abc", "()b()", "%1-%2")]], [[F.gsub("abc", "()b", {[2] = "X"})]],
  [[F.gsub("abc", "()b", function(p) return p * 10 end)]], [[F.gsub("abc", "()", "%0")]],
  -- gsub loop, anchors, empty matches and limits
  [[F.gsub("hello hello", "^hello", "x")]], [[F.gsub("hello", "^", ">")]], [[F.gsub("hello", "$", "<")]],
  [[F.gsub("hello", "", "-")]], [[F.gsub("abc", ".-", "-")]], [[F.gsub("abc", "x*", "-")]], [[F.gsub("", "", "x")]],
  [[F.gsub("", "^", "x")]], [[F.gsub("abc", "%w", "%0%0", 2)]], [[F.gsub("abc", "%w", "%0", 0)]],
  [[F.gsub("abc", "%w", "x", -1)]], [[F.gsub("abc", "%w", "%0", 2.0)]], [[F.gsub("abc", "%w", "x", math.maxinteger)]],
  [[F.gsub("abc", "%w", "x", math.mininteger)]], [[F.gsub("abc", "%w", "x", "2")]], [[F.gsub("a,b,,c", ",*", "|")]],
  [[F.gsub("one two  three", "%s*", "_")]], [[F.gsub("abc", "b*", "X")]], [[F.gsub("^a^", "^^", "X")]],
  [[F.gsub("aaa", "^a", "b")]], [[F.gsub("aaa", "^a*", "b")]], [[F.gsub("aaa", "^x", "b")]],
  -- gmatch: init, '^' is literal, empty matches
  [[gm(F, "hello", "^h")]], [[gm(F, "^h^h", "^h")]], [[gm(F, "abc", "")]], [[gm(F, "abc", ".-")]], [[gm(F, "abc", "x*")]],
  [[gm(F, "abc", "()")]], [[gm(F, "a,b,,c", "([^,]*)")]], [[gm(F, "abc", "%a", 2)]], [[gm(F, "abc", "%a", -1)]],
  [[gm(F, "abc", "%a", 4)]], [[gm(F, "abc", "%a", 5)]], [[gm(F, "abc", "", 4)]], [[gm(F, "abc", "", 5)]],
  [[gm(F, "abc", "%a", 0)]], [[gm(F, "abc", "%a", -10)]], [[gm(F, "abc", "%a", math.maxinteger)]],
  [[gm(F, "abc", "%a", math.mininteger)]], [[gm(F, "", "")]], [[gm(F, "", "", 2)]],
  -- empty pattern and init corner cases
  [[F.find("abc", "", 10)]], [[F.find("abc", "", 4)]], [[F.find("abc", "", 5)]], [[F.find("abc", "", 4, true)]],
  [[F.find("abc", "", -1, true)]], [[F.match("abc", "", 4)]], [[F.match("abc", "()", 4)]], [[F.match("abc", "()", 5)]],
  [[F.find("", "", 1)]], [[F.find("", "", 2)]], [[F.find("", "", 0)]], [[F.find("", "", -1)]],
  [[F.find("abc", "c", -1)]], [[F.find("abc", "a", -3)]], [[F.find("abc", "a", -4)]], [[F.find("abc", "a", math.mininteger)]],
  [[F.find("a.b", ".", 1, true)]], [[F.find("a+b", "+", 1, true)]], [[F.find("a+b", "a+", 1, true)]],
  [[F.find("a(b", "(", 1, true)]], [[F.find("a%b", "%", 1, true)]], [[F.find("a[b", "[", 1, true)]],
  -- longer inputs
  [[F.find(string.rep("a", 1000) .. "b", "a*b")]], [[F.find(string.rep("ab", 500), string.rep("ab", 100), 1, true)]],
  [[F.find(string.rep("ab", 500) .. "c", string.rep("ab", 100) .. "c")]], [[F.find(("x"):rep(100), ("x"):rep(101))]],
  [[F.find(("x"):rep(100), ("x"):rep(100), 2)]], [[F.match(string.rep("a", 5000), ".-$")]],
  [[F.gsub(string.rep("a b ", 300), "%s+", "")]], [[F.match(string.rep("(", 100) .. string.rep(")", 100), "%b()")]],
  [[F.find(string.rep("a", 100) .. "aab", "aab", 1, true)]], [[F.find(string.rep("a", 100), "aab", 1, true)]],
  [[F.find(string.rep("xy", 50) .. "\0z", "y\0z", 1, true)]],
  -- coroutines, re-entrancy and errors raised by replacement callbacks
  [[(function() local it = F.gmatch("a b c", "%a") local r = {} local co = coroutine.wrap(function() r[#r + 1] = it() end) co() r[#r + 1] = it() r[#r + 1] = it() return table.concat(r) end)()]],
  [[F.gsub("abc", "%a", function(c) return F.gsub(c, ".", "%0%0") end)]],
  [[F.gsub("a(b)c", "%b()", function(c) return (F.match(c, "%((.-)%)")) end)]],
  [[F.gsub("abc", "b", function() error("boom") end)]], [[F.gsub("abc", "b", function() error("boom", 0) end)]],
  [[F.gsub("abc", "b", function() error({}) end)]],
  [[F.gsub("abc", "b", setmetatable({}, {__index = function() error("idx") end}))]],
  [[F.gsub("abc", "(b)", setmetatable({}, {__index = function(_, k) return k:upper() end}))]],
  [[F.find(1.0, "%.")]], [[F.match(-0.0, "%-")]], [[F.gsub(2^63, "e", "E")]], [[gm(F, 3.25, "%d")]],
  [[F.find(string.rep("a", 100), string.rep("a", 20) .. "b")]], [[F.match(string.rep("ab", 64), "(a)(b)%1%2")]],
}

-- Nesting limit ("pattern too complex") and capture limit ("too many captures") at their edges.
for k = 195, 205 do
  EXPRS[#EXPRS + 1] = ([[F.match(string.rep("a", 300), string.rep("a?", %d))]]):format(k)
  EXPRS[#EXPRS + 1] = ([[F.match(string.rep("a", 300), string.rep("a*", %d))]]):format(k)
  EXPRS[#EXPRS + 1] = ([[F.match(string.rep("a", 300), string.rep("a-", %d) .. "$")]]):format(k)
  EXPRS[#EXPRS + 1] = ([[F.match(string.rep("a", 300), string.rep("a", %d) .. "b?")]]):format(k)
  EXPRS[#EXPRS + 1] = ([[F.gsub(string.rep("a", 10), string.rep("a?", %d), "x")]]):format(k)
  EXPRS[#EXPRS + 1] = ([[F.match(string.rep("a", 300), string.rep("(a)", 16) .. string.rep("a?", %d))]]):format(k - 30)
end
for k = 30, 34 do
  EXPRS[#EXPRS + 1] = ([[F.match(string.rep("a", 40), string.rep("(a)", %d))]]):format(k)
  EXPRS[#EXPRS + 1] = ([[F.find(string.rep("a", 40), string.rep("()", %d))]]):format(k)
  EXPRS[#EXPRS + 1] = ([[F.gsub(string.rep("a", 40), string.rep("(a)", %d), "%%9")]]):format(k)
  EXPRS[#EXPRS + 1] = ([[gm(F, string.rep("a", 40), string.rep("(a)", %d))]]):format(k)
  EXPRS[#EXPRS + 1] = ([[F.match(string.rep("a", 40), string.rep("(", %d) .. "a" .. string.rep(")", %d))]]):format(k, k)
end

local env = setmetatable({ gm = gm }, { __index = _G })
for _, e in ipairs(EXPRS) do
  local f = assert(load("local F = ...; return " .. e, "=case", "t", env))
  same(e, f)
end

---------------------------------------------------------------------------------------------------
-- Entry point for the generated cases (driven from C with a seeded generator).
function CHECK_PAIR(s, p, repl)
  check_pair(s, p, false)
  local d = "(" .. q(s) .. ", " .. q(p) .. ", " .. q(repl) .. ")"
  same("gsub gen" .. d, function(F) return F.gsub(s, p, repl) end)
  same("gsub gen n=1" .. d, function(F) return F.gsub(s, p, repl, 1) end)
end

function RESULTS() return passed, failed end
