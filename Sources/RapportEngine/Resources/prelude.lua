-- Rapport scenario API v1: the Lua side of the engine.
-- Loaded into every scenario's sandboxed state before the scenario file. It defines the global `scenario`
-- constructor and the read-only `rapport` table, and returns the driver the engine calls each turn.
-- Scripts never see the driver; the engine keeps it in Swift.

local API_VERSION = 1
local MARK = {}
-- The engine passes C versions of the phrase test (see mentions_in); scripts never see them.
local native = ... or {}
local function undecided() return nil end
local contains_one, contains_any = native.contains_one or undecided, native.contains_any or undecided
local mentions_all = native.mentions_all or undecided
-- rapport.names_a_time, in Swift (RapportCore's ConcreteTime): there is no Lua version to fall back on.
local names_a_time = native.names_a_time or function() error("names_a_time is not available in this engine", 2) end
local type = native.type or type -- the global's answers, with less work per call (scripts keep the global one)
local EMPTY = {} -- stands in for a missing list in the driver's loops (never handed out, never changed)

local function readonly(t, name)
  return setmetatable({}, {
    __index = t,
    __newindex = function(_, k) error("'" .. name .. "' is read-only (tried to set '" .. tostring(k) .. "')", 2) end,
    __pairs = function() return next, t, nil end,
    __len = function() return #t end,
    __metatable = false,
  })
end

-- True when `lowered` (already lower-case) contains any of the phrases (strings or lists of strings), ignoring case.
-- contains_one and contains_any give the answer of the plain Lua test below for plain strings, without lowering
-- each phrase into a new string; when they cannot decide (nil) the Lua test runs, with the same answer and errors.
local function mentions_in(lowered, ...)
  for i = 1, select("#", ...) do
    local phrase = select(i, ...)
    if type(phrase) == "table" then
      local hit = contains_any(lowered, phrase)
      if hit == nil then
        for _, p in ipairs(phrase) do
          if string.find(lowered, string.lower(p), 1, true) then return true end
        end
      elseif hit then
        return true
      end
    elseif type(phrase) == "string" then
      local hit = contains_one(lowered, phrase)
      if hit == nil then hit = string.find(lowered, string.lower(phrase), 1, true) ~= nil end
      if hit then return true end
    elseif phrase ~= nil and string.find(lowered, string.lower(tostring(phrase)), 1, true) then
      return true
    end
  end
  return false
end

-- mentions_all answers for all phrases in one call; undecided (nil), mentions_in runs from the first phrase.
local function mentions(text, ...)
  local lowered = string.lower(text or "")
  local hit = mentions_all(lowered, ...)
  if hit ~= nil then return hit end
  return mentions_in(lowered, ...)
end

local function clamp(x, lo, hi)
  if x < lo then return lo elseif x > hi then return hi else return x end
end

local api = {
  api_version = API_VERSION,
  outcomes = readonly({ "resolved", "escalated", "abandoned", "unresolved" }, "rapport.outcomes"),
  mentions = mentions,
  names_a_time = names_a_time,
  clamp = clamp,
}
rapport = readonly(api, "rapport")

function scenario(spec)
  if type(spec) ~= "table" then error("scenario { ... } expects a table", 2) end
  rawset(spec, MARK, true)
  return spec
end

-- ---------------------------------------------------------------------------------------------------------------
-- The per-session driver.

local driver = {}
local S            -- the scenario table
local customer     -- the persistent customer object
local events       -- events of the current turn
local start_mood, start_trust, start_patience  -- the customer's when the current turn began
local ended        -- outcome set by the script this turn
local goal_by_id, story_by_id = {}, {}

local function push(kind, id) events[#events + 1] = { kind = kind, id = id } end

-- Progress on the problem calms a customer a little (a scenario's `react` or `respond` can undo it).
local GOAL_MOOD = 6

local Customer = {}
Customer.__index = Customer
Customer.__metatable = false

function Customer:feel(delta) self.mood = clamp(self.mood + (tonumber(delta) or 0), -100, 100) return self.mood end
function Customer:set_mood(value) self.mood = clamp(tonumber(value) or self.mood, -100, 100) return self.mood end
function Customer:gain_trust(delta) self.trust = clamp(self.trust + (tonumber(delta) or 0), 0, 100) return self.trust end
-- Applies a reaction: the default one the engine passes to `react`, or one of the script's own.
function Customer:apply(delta)
  self:feel(delta.mood or 0)
  self:gain_trust(delta.trust or 0)
  self.patience = self.patience + (delta.patience or 0)
end
function Customer:lose_patience(n) self.patience = self.patience - (n or 1) return self.patience end
function Customer:mood_band()
  local m = self.mood
  if m < -60 then return "furious" elseif m < -20 then return "upset" elseif m < 20 then return "neutral"
  elseif m < 60 then return "calm" else return "pleased" end
end
function Customer:knows(id) return self.revealed[id] == true end
function Customer:has_met(id) return self.met[id] == true end

function Customer:reveal(id)
  local part = story_by_id[id]
  if not part then error("unknown story part '" .. tostring(id) .. "'", 2) end
  if not self.revealed[id] then
    self.revealed[id] = true
    self.revealed_order[#self.revealed_order + 1] = id
    push("reveal", id)
  end
  return part.text
end

function Customer:meet(id)
  local goal = goal_by_id[id]
  if not goal then error("unknown goal '" .. tostring(id) .. "'", 2) end
  if self.met[id] then return true end
  if goal.after and not self.met[goal.after] then return false end
  self.met[id] = true
  push("goal_met", id)
  self:feel(goal.mood or GOAL_MOOD)
  return true
end

function Customer:unmeet(id)
  if not goal_by_id[id] then error("unknown goal '" .. tostring(id) .. "'", 2) end
  if self.met[id] then
    self.met[id] = nil
    push("goal_unmet", id)
  end
end

function Customer:end_call(outcome)
  if outcome ~= "resolved" and outcome ~= "escalated" and outcome ~= "abandoned" then
    error("end_call expects 'resolved', 'escalated' or 'abandoned', got " .. tostring(outcome), 2)
  end
  ended = outcome
end

function Customer:go(stage)
  if type(S.stages) ~= "table" or type(S.stages[stage]) ~= "table" then
    error("unknown stage '" .. tostring(stage) .. "'", 2)
  end
  if self.stage ~= stage then
    self.stage = stage
    push("stage", stage)
  end
end

function Customer:pick(list)
  if type(list) ~= "table" or #list == 0 then error("pick expects a non-empty list", 2) end
  return list[math.random(#list)]
end

local Turn = {}
Turn.__index = Turn
Turn.__metatable = false
function Turn:has(technique) return self.analysis.techniques[technique] == true end
function Turn:mentions(...)
  local lowered = rawget(self, "_lowered")
  if lowered == nil then
    lowered = string.lower(self.text or "")
    rawset(self, "_lowered", lowered)
  end
  local hit = mentions_all(lowered, ...)
  if hit ~= nil then return hit end
  return mentions_in(lowered, ...)
end
-- The same method in C, once the turn has its lowered text: no Lua call per phrase test (see make_turn_mentions).
if native.make_turn_mentions then Turn.mentions = native.make_turn_mentions(Turn.mentions, mentions_in) end
-- Asked once per turn (scenarios ask it from several goals and `react`); kept like `_lowered` above.
function Turn:names_a_time()
  local hit = rawget(self, "_names_a_time")
  if hit == nil then
    hit = names_a_time(self.text or "")
    rawset(self, "_names_a_time", hit)
  end
  return hit
end
function Turn:level(mechanism) return self.analysis.mechanisms[mechanism] or 0 end

local function variants(value)
  if type(value) == "table" then return value[math.random(#value)] end
  return value
end

-- Starts a session: takes the scenario table and returns the opening line.
function driver.start(spec, persona)
  S = spec
  for _, g in ipairs(S.goals or {}) do goal_by_id[g.id] = g end
  for _, p in ipairs(persona.story) do story_by_id[p.id] = p end
  for _, p in ipairs((S.persona or {}).story or {}) do
    if type(p) == "table" and p.id then story_by_id[p.id] = p end
  end
  customer = setmetatable({
    name = persona.name, mood = persona.mood, trust = persona.trust, patience = persona.patience,
    turn = 0, state = {}, revealed = {}, revealed_order = {}, met = {},
  }, Customer)
  events = {}
  if type(S.stages) == "table" then
    local first = S.first_stage or (S.stages.opening and "opening") or nil
    if first == nil then error("a scenario with stages needs first_stage", 0) end
    customer.stage = first
  end
  if type(S.setup) == "function" then S.setup(customer) end
  local opening = variants(S.opening) or "Hello?"
  return tostring(opening)
end

-- What the engine reads after a turn, as separate results: line, mood, trust, patience, the parts revealed (in
-- order), the goals met (in declaration order), the events, the outcome the script set, whether the line is filler.
local function snapshot(line, filler)
  local met = {}
  for _, g in ipairs(S.goals or EMPTY) do if customer.met[g.id] then met[#met + 1] = g.id end end
  return line, customer.mood, customer.trust, customer.patience, customer.revealed_order, met, events, ended, filler
end

local function current_stage()
  if type(S.stages) == "table" and customer.stage then return S.stages[customer.stage] end
  return nil
end

local function lines_for(band)
  local stage = current_stage()
  local lines = stage and stage.lines
  local line = type(lines) == "table" and (variants(lines[band]) or variants(lines.default)) or nil
  if line ~= nil then return line end
  lines = S.lines
  if type(lines) ~= "table" then return nil end
  return variants(lines[band]) or variants(lines.default)
end

-- One turn. `t` is the turn as scripts see it, made by the engine for this turn alone: number, text, empathy,
-- harmful, analysis (empathy, mechanisms, techniques as a set). `delta` is the engine's default reaction.
function driver.turn(t, delta)
  events, ended = {}, nil
  start_mood, start_trust, start_patience = customer.mood, customer.trust, customer.patience
  -- A plain table (no read-only proxy): a script that changes its own turn only changes its own view.
  local turn = setmetatable(t, Turn)
  customer.turn = t.number

  -- Default reactions (a scenario may replace them with its own `react`).
  if type(S.react) == "function" then
    S.react(turn, customer, delta)
  else
    customer:apply(delta)
  end

  -- Goals that the reply meets.
  for _, g in ipairs(S.goals or EMPTY) do
    if not customer.met[g.id] then
      local hit = false
      for _, name in ipairs(g.techniques or EMPTY) do if turn:has(name) then hit = true end end
      if not hit and g.phrases and turn:mentions(g.phrases) then hit = true end
      if not hit and type(g.when) == "function" and g.when(turn, customer) then hit = true end
      if hit then customer:meet(g.id) end
    end
  end

  -- Story parts whose unlock condition holds.
  local reveal_lines = {}
  for _, p in ipairs((S.persona or EMPTY).story or EMPTY) do
    if type(p) == "table" and type(p.unlock) == "function" and not customer.revealed[p.id] and p.unlock(turn, customer) then
      customer:reveal(p.id)
      if p.line then reveal_lines[#reveal_lines + 1] = variants(p.line) end
    end
  end

  local line
  local stage = current_stage()
  if stage and type(stage.respond) == "function" then line = stage.respond(turn, customer) end
  if line == nil and type(S.respond) == "function" then line = S.respond(turn, customer) end
  if stage and type(stage.advance) == "function" then
    local nxt = stage.advance(turn, customer)
    if nxt ~= nil then customer:go(nxt) end
  end
  local filler = false
  if line == nil and #reveal_lines == 0 then
    line = lines_for(customer:mood_band())
    filler = line ~= nil
  end
  if #reveal_lines > 0 then
    local joined = table.concat(reveal_lines, " ")
    line = line and (tostring(line) .. " " .. joined) or joined
  end
  return snapshot(line ~= nil and tostring(line) or nil, filler)
end

-- The customer's state now, after a turn whose script failed part-way (so the engine stays in step). The
-- trainee is not charged for a broken script: mood, trust and patience that fell during the turn are set back.
function driver.state()
  if start_mood and customer.mood < start_mood then customer.mood = start_mood end
  if start_trust and customer.trust < start_trust then customer.trust = start_trust end
  if start_patience and customer.patience < start_patience then customer.patience = start_patience end
  return snapshot(nil, false)
end

-- Lines for endings the engine decides (patience gone, goals met, turn limit).
function driver.closing(kind)
  local c = S.closing
  if type(c) == "table" then return variants(c[kind]) end
  return nil
end

return driver
