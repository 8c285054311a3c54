-- The pack manifest: what this pack is, the order its scenarios are taught in, and which scenarios practise each
-- learning outcome of the course. `rapport validate` checks it against the scenario files (RP0018). Not a scenario.
return {
  name = "Rapport starter pack",
  version = "1.1.0",
  api = 1,
  -- Teaching order: gentle calls first, then harder ones; the colleague who vents comes early, because looking
  -- after each other is part of the course from day one.
  scenarios = {
    "double-charge", "password-reset-elderly", "second-language", "colleague-venting",
    "late-callback", "policy-misunderstanding", "sarcastic-streaming", "bereaved-account",
    "business-outage", "insurance-denial", "vip-upgrade", "abusive-boundary",
  },
  -- The course's learning outcomes and the scenarios that practise each (docs/course-map.md says how).
  outcomes = {
    ["why-empathy"] = {
      "double-charge", "password-reset-elderly", "second-language", "colleague-venting", "policy-misunderstanding",
      "sarcastic-streaming", "bereaved-account", "business-outage", "insurance-denial", "vip-upgrade",
    },
    ["everyone-has-a-story"] = {
      "double-charge", "password-reset-elderly", "second-language", "late-callback", "policy-misunderstanding",
      "sarcastic-streaming", "bereaved-account", "business-outage", "insurance-denial", "vip-upgrade",
      "abusive-boundary",
    },
    ["warning-signs"] = { "password-reset-elderly", "colleague-venting", "late-callback", "insurance-denial", "abusive-boundary" },
    ["recovery-tools"] = { "colleague-venting" },
    ["self-care"] = { "colleague-venting", "abusive-boundary" },
    ["resilience"] = { "colleague-venting", "bereaved-account", "business-outage", "abusive-boundary" },
  },
}
