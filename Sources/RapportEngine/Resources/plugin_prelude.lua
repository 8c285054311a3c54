-- Rapport plugin API v1: the Lua side. Loaded into every plugin's own sandboxed state before the plugin file.
-- Defines the global `plugin` constructor and the read-only `rapport` table for plugins.

local native = ... or {}
-- rapport.names_a_time, in Swift (RapportCore's ConcreteTime), as scenarios have it.
local names_a_time = native.names_a_time or function() error("names_a_time is not available in this engine", 2) end

local function readonly(t, name)
  return setmetatable({}, {
    __index = t,
    __newindex = function(_, k) error("'" .. name .. "' is read-only (tried to set '" .. tostring(k) .. "')", 2) end,
    __pairs = function() return next, t, nil end,
    __metatable = false,
  })
end

-- Every plain (not pattern) occurrence of any phrase in text, ignoring case: a list of {first, last, text}
-- with 1-based byte positions, as string.find returns them. Whole words only when `words` is true.
local function find_all(text, phrases, words)
  local lowered = string.lower(text or "")
  local found = {}
  for _, phrase in ipairs(phrases) do
    local p = string.lower(tostring(phrase))
    local init = 1
    while p ~= "" do
      local first, last = string.find(lowered, p, init, true)
      if not first then break end
      local ok = true
      if words then
        local before = first > 1 and lowered:sub(first - 1, first - 1) or " "
        local after = lowered:sub(last + 1, last + 1)
        ok = not before:match("[%w']") and not after:match("[%w']")
      end
      if ok then found[#found + 1] = { first = first, last = last, text = text:sub(first, last) } end
      init = last + 1
    end
  end
  table.sort(found, function(a, b) return a.first < b.first end)
  return found
end

local api = {
  api_version = 1,
  find_all = find_all,
  names_a_time = names_a_time,
  mentions = function(text, ...)
    local lowered = string.lower(text or "")
    for i = 1, select("#", ...) do
      local phrase = select(i, ...)
      if phrase ~= nil and string.find(lowered, string.lower(tostring(phrase)), 1, true) then return true end
    end
    return false
  end,
}
rapport = readonly(api, "rapport")

function plugin(spec)
  if type(spec) ~= "table" then error("plugin { ... } expects a table", 2) end
  return spec
end
