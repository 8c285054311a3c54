-- robotic: flags replies that sound like autopilot. Repeating yourself, or reaching for canned service phrases, is
-- one of the first signs of compassion fatigue: the words keep coming while the listening stops.
local CANNED = {
  "we apologize for any inconvenience", "we apologise for any inconvenience",
  "sorry for any inconvenience", "sorry for the inconvenience", "apologies for the inconvenience",
  "i understand your frustration", "i understand your concern",
  "thank you for your patience", "thank you for your understanding",
  "your call is important to us", "your satisfaction is our priority",
  "is there anything else i can help you with", "is there anything else i can assist you with",
  "i appreciate your patience", "rest assured",
}

-- Lowercased words of a reply, for comparing replies.
local function words(text)
  local list = {}
  for w in string.lower(text):gmatch("[%w']+") do list[#list + 1] = w end
  return list
end

-- Share of words two replies have in common (Jaccard similarity of their word sets).
local function similarity(a, b)
  local sa, sb, inter, union = {}, {}, 0, 0
  for _, w in ipairs(a) do sa[w] = true end
  for _, w in ipairs(b) do sb[w] = true end
  for w in pairs(sa) do union = union + 1 if sb[w] then inter = inter + 1 end end
  for w in pairs(sb) do if not sa[w] then union = union + 1 end end
  if union == 0 then return 0 end
  return inter / union
end

---@type Plugin
return plugin {
  name = "robotic",
  version = "1.0.0",
  api = 1,
  description = "Flags canned service phrases and replies repeated across turns: signs of autopilot.",
  capabilities = { "analyze", "on_turn", "on_session_end" },
  triggers = CANNED,

  analyze = function(text, context)
    local adjust = {}
    for _, hit in ipairs(rapport.find_all(text, CANNED)) do
      if #adjust < 3 then
        adjust[#adjust + 1] = {
          points = -2,
          reason = "canned phrase '" .. hit.text .. "' — say what you mean in your own words",
        }
      end
    end
    return { adjust = adjust }
  end,

  on_turn = function(turn, session)
    local mine = words(turn.text)
    if #mine < 4 then return nil end
    for _, earlier in ipairs(session.turns) do
      if earlier.number < turn.number then
        local score = similarity(mine, words(earlier.text))
        if score >= 0.8 then
          return {
            notes = { string.format("nearly the same words as turn %d — are you on autopilot?", earlier.number) },
            flags = { "repeated_reply" },
          }
        end
      end
    end
    return nil
  end,

  on_session_end = function(session)
    local repeats, canned = 0, 0
    local seen = {}
    for _, turn in ipairs(session.turns) do
      local mine = words(turn.text)
      for _, earlier in ipairs(seen) do
        if #mine >= 4 and similarity(mine, earlier) >= 0.8 then repeats = repeats + 1 break end
      end
      seen[#seen + 1] = mine
      canned = canned + #rapport.find_all(turn.text, CANNED)
    end
    local lines
    if repeats == 0 and canned == 0 then
      lines = { "No repeated or canned replies: every answer was your own." }
    else
      lines = {
        string.format("%d repeated %s and %d canned %s.", repeats, repeats == 1 and "reply" or "replies",
          canned, canned == 1 and "phrase" or "phrases"),
        "Repeating yourself is an early sign of compassion fatigue. Slow down, and answer this customer's words.",
      }
    end
    return { sections = { { title = "Autopilot check", lines = lines } } }
  end,
}
