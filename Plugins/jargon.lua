-- jargon: internal words a customer will not understand, with the plain words to use instead.
-- Edit TERMS for your own product: the key is the term as agents say it, the value a plain alternative.
local TERMS = {
  ["escalation matrix"] = "the team that can decide this",
  ["sla"] = "the time we promised to respond in",
  ["rma"] = "a return number",
  ["tier 2"] = "our specialist team",
  ["tier two"] = "our specialist team",
  ["backend"] = "our system",
  ["provisioning"] = "setting up your service",
  ["ticket number"] = "your reference number",
  ["chargeback"] = "a refund through your bank",
  ["auth hold"] = "a temporary hold on the money",
  ["root cause"] = "what caused it",
  ["work order"] = "the engineer's booking",
}

-- Keys are matched in lower case, whatever case they are written in.
local plain = {}
for term, instead in pairs(TERMS) do plain[string.lower(term)] = instead end

local list = {}
for term in pairs(plain) do list[#list + 1] = term end
table.sort(list)  -- pairs order is not deterministic; sorted terms keep results stable

---@type Plugin
return plugin {
  name = "jargon",
  version = "1.0.0",
  api = 1,
  description = "Marks internal terms a customer will not understand and suggests plain words.",
  capabilities = { "analyze", "lexicon" },
  triggers = list,
  -- Also teach the built-in analyzer these terms, so they count wherever jargon is scored.
  lexicon = { jargon = { "ticket number", "case id" } },

  analyze = function(text, context)
    local techniques, adjust = {}, {}
    for _, hit in ipairs(rapport.find_all(text, list, true)) do
      techniques[#techniques + 1] = { technique = "jargon", first = hit.first, last = hit.last }
      if #adjust < 3 then
        adjust[#adjust + 1] = {
          points = -5, technique = "jargon",
          reason = "'" .. hit.text .. "' is internal jargon — try '" .. plain[string.lower(hit.text)] .. "'",
        }
      end
    end
    return { techniques = techniques, adjust = adjust }
  end,
}
