-- The pack manifest: what this pack is, the order its scenarios are taught in, and which scenarios practise each
-- learning outcome. `rapport validate` checks it against the scenario files (RP0018). Not a scenario itself.
return {
  name = "Rapport starter pack",
  version = "1.0.0",
  api = 1,
  scenarios = { "double-charge", "late-callback" },
  outcomes = {
    acknowledge = { "double-charge", "late-callback" },
    ownership = { "double-charge", "late-callback" },
    next_step = { "double-charge", "late-callback" },
    no_empty_promises = { "late-callback" },
  },
}
