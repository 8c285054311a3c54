-- house-style: phrases the team has agreed to avoid, and what to say instead. Edit RULES to match your house style.
local RULES = {
  { avoid = "unfortunately", instead = "here's what I can do" },
  { avoid = "no problem", instead = "happy to help" },
  { avoid = "you need to", instead = "could you" },
  { avoid = "you have to", instead = "could you" },
  { avoid = "as i said", instead = "to recap" },
  { avoid = "as i already said", instead = "to recap" },
  { avoid = "to be honest", instead = "(just say it)" },
  { avoid = "obviously", instead = "(leave it out)" },
  { avoid = "that's not possible", instead = "what we can do instead is" },
}

-- "I can't" as a refusal ("I can't do that", "I can't refund it"), not sympathy ("I can't imagine…") or a story.
-- A kind boundary is the one place a refusal is right: "I can't carry on while I'm being sworn at".
local REFUSALS = { "do", "help", "give", "offer", "change", "refund", "cancel", "process", "make", "send", "issue",
                   "waive", "override", "book", "extend", "transfer", "approve", "authorise", "authorize", "arrange",
                   "guarantee", "replace", "fix", "allow", "accept" }
for _, verb in ipairs(REFUSALS) do
  RULES[#RULES + 1] = { avoid = "i can't " .. verb, instead = "what I can do is" }
end
-- (Exceptions apply to every rule: a hit that starts where one of them starts is allowed.)
RULES[#RULES].except = { "i can't help you while", "i can't help you if", "i can't do this while", "i can't do this if",
                         "i can't do that while", "i can't do that if", "i can't help but", "i can't help feeling",
                         "i can't help thinking" }

local avoid, except = {}, {}
for i, rule in ipairs(RULES) do
  avoid[i] = rule.avoid
  for _, phrase in ipairs(rule.except or {}) do except[#except + 1] = phrase end
end

-- The hits of the phrases to avoid in text, less those that open an allowed exception.
local function hits(text)
  local allowed = {}
  for _, hit in ipairs(rapport.find_all(text, except, true)) do allowed[hit.first] = true end
  local out = {}
  for _, hit in ipairs(rapport.find_all(text, avoid, true)) do
    if not allowed[hit.first] then out[#out + 1] = hit end
  end
  return out
end

local function instead_of(phrase)
  for _, rule in ipairs(RULES) do
    if string.lower(rule.avoid) == string.lower(phrase) then return rule.instead end
  end
  return "something plainer"
end

---@type Plugin
return plugin {
  name = "house-style",
  version = "1.0.0",
  api = 1,
  description = "Phrases to avoid and their better alternatives, from the team's house style.",
  capabilities = { "analyze", "on_session_end" },
  triggers = avoid,

  analyze = function(text, context)
    local adjust = {}
    for _, hit in ipairs(hits(text)) do
      if #adjust < 3 then
        adjust[#adjust + 1] = {
          points = -3,
          reason = "house style: avoid '" .. hit.text .. "' — try '" .. instead_of(hit.text) .. "'",
        }
      end
    end
    return { adjust = adjust }
  end,

  on_session_end = function(session)
    local used, order = {}, {}
    for _, turn in ipairs(session.turns) do
      for _, hit in ipairs(hits(turn.text)) do
        local key = string.lower(hit.text)
        if not used[key] then used[key] = {} order[#order + 1] = key end
        table.insert(used[key], turn.number)
      end
    end
    if #order == 0 then return nil end
    local lines = {}
    for _, key in ipairs(order) do
      lines[#lines + 1] = string.format("'%s' (turn %s) — try '%s'", key, table.concat(used[key], ", "), instead_of(key))
    end
    return { sections = { { title = "House style", lines = lines } } }
  end,
}
