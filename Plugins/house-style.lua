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
  { avoid = "i can't", instead = "what I can do is",
    -- a kind boundary is the one place "I can't" is right: "I can't carry on while I'm being sworn at".
    except = { "i can't carry on while", "i can't continue while", "i can't keep going while", "i can't help you while",
               "i can't carry on if", "i can't continue if" } },
  { avoid = "that's not possible", instead = "what we can do instead is" },
}

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
