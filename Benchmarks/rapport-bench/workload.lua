-- A scripted session's Lua side, 100,000 turns: the kind of work a scenario's respond does each turn
-- (read the turn, match phrases, adjust state, choose a line). Runs unchanged under lua5.4 and inside Rapport.
local turns = ...
turns = tonumber(turns) or 100000
local replies = {
  "I'm so sorry, that sounds exhausting. What happened when you called?",
  "Let me check your account and confirm the charge.",
  "I'll refund the duplicate charge today and email you by 5pm.",
  "That's our policy, there is nothing I can do.",
}
local lines = { furious = { "Are you listening?", "I want my money back." }, calm = { "Okay.", "Thanks." } }
local state = { mood = -60, trust = 0, met = {}, revealed = {} }
local function mentions(text, list)
  local lowered = string.lower(text)
  for _, p in ipairs(list) do if string.find(lowered, p, 1, true) then return true end end
  return false
end
local goals = {
  { id = "verify", phrases = { "check your account", "confirm the charge" } },
  { id = "refund", phrases = { "refund", "money back" } },
}
local total = 0
for i = 1, turns do
  local text = replies[(i % #replies) + 1]
  if mentions(text, { "sorry", "sounds" }) then state.mood = math.min(100, state.mood + 5) state.trust = state.trust + 1
  elseif mentions(text, { "policy" }) then state.mood = math.max(-100, state.mood - 10) end
  for _, g in ipairs(goals) do
    if not state.met[g.id] and mentions(text, g.phrases) then state.met[g.id] = true end
  end
  if i % 50 == 0 then state.met = {} end
  local band = state.mood < 0 and "furious" or "calm"
  local options = lines[band]
  local line = options[(i % #options) + 1]
  total = total + #line + (text:match("%d+") and 1 or 0)
end
return total
