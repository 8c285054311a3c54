---@type Scenario
return scenario {
  api_version = 1,
  id = "double-charge",
  title = "Charged twice, rent bounced",
  summary = "A customer was billed twice for one order; the second charge made her rent payment bounce.",
  difficulty = 2,
  channel = "phone",
  skills = { "acknowledge", "ownership", "next_step", "outcome:why-empathy", "outcome:everyone-has-a-story" },
  max_turns = 10,

  persona = {
    name = "Dana",
    mood = -65,
    patience = 3,
    trust = 0,
    story = {
      {
        id = "rent",
        text = "The duplicate charge emptied her account the day her rent went out; the payment bounced.",
        unlock = function(turn, customer)
          return (turn:has("open_question") or turn:has("reflect_feeling")) and customer.trust >= 10
        end,
        line = "And it's not just the money. My rent bounced because of this, and my landlord is charging me a fee.",
      },
      {
        id = "landlord",
        text = "Her landlord is already unhappy with her after a late payment last winter; she is afraid of losing the flat.",
        unlock = function(turn, customer)
          return customer:knows("rent") and customer.trust >= 30 and (turn:has("open_question") or turn:has("validate"))
        end,
        line = "He already warned me once last winter. I really can't lose this flat.",
      },
    },
  },

  opening = {
    "You've charged me twice for the same order and now I'm overdrawn. What is going on?",
    "I was billed twice for one order. Twice! Do you people even check these things?",
  },

  goals = {
    { id = "acknowledge", description = "Acknowledge how stressful this is before fixing it",
      techniques = { "reflect_feeling", "validate", "apology" } },
    { id = "verify", description = "Confirm which order and which charges", required = true,
      phrases = { "order number", "which order", "confirm the charge", "look up your account", "check your account",
                  "pull up your account", "both charges", "see the charges", "see the two charges" } },
    { id = "refund", description = "Commit to refunding the duplicate charge", required = true, after = "verify",
      phrases = { "refund", "money back", "reverse the charge" } },
    { id = "fee", description = "Offer to cover or write a letter about the bounced-rent fee", weight = 0.5,
      when = function(turn, customer) return customer:knows("rent") and turn:mentions("fee", "letter", "cover") end },
  },

  -- This customer is frightened about money: naming the feeling and a concrete next step matter most.
  weights = { reflect_feeling = 1.5, next_step = 1.5 },

  model_replies = {
    { moment = "the opening", reply = "Being charged twice and going overdrawn is really stressful, I'm sorry. Let me pull up your account so we can see both charges together." },
    { moment = "after the rent comes out", reply = "A bounced rent payment on top of this - no wonder you're upset. I'll refund the duplicate today and send you a letter for your landlord explaining it was our error." },
  },

  lines = {
    furious = { "I don't want excuses, I want my money back.", "Are you even listening to me?" },
    upset = { "Okay... so what are you going to do about it?", "I just need this fixed." },
    neutral = { "Right. What do you need from me?" },
    calm = { "Okay, thank you. That helps." },
    pleased = { "Thank you, honestly. That's a relief." },
  },

  closing = {
    resolved = "Okay. Thank you for actually sorting this out.",
    abandoned = "Forget it. I'll dispute it with my bank. [hangs up]",
    unresolved = "I have to go. I'm still out of pocket here.",
  },

  respond = function(turn, customer)
    if turn.harmful then
      return customer:pick({ "Don't talk to me like that.", "Wow. Is that how you treat customers?" })
    end
    -- Asked only when the refund came without a time ("within 3 working days" answers it already).
    if customer:has_met("refund") and not customer:knows("rent") and not turn:has("next_step") then
      return "Fine. How long will the refund take?"
    end
    return nil -- fall back to the lines for the current mood
  end,

  tests = {
    {
      name = "warm path",
      replies = {
        "I'm so sorry, being charged twice is stressful. Can you tell me what happened?",
        "That sounds awful, anyone would be upset. Let me check your account and confirm the charge.",
        "I'll refund the duplicate charge today, and I'll write a letter for your landlord about the fee.",
      },
      expect = { outcome = "resolved", goals = { "verify", "refund" } },
    },
    {
      name = "cold path",
      replies = { "Order number.", "It's policy. Wait 10 days.", "Nothing else I can do." },
      expect = { outcome = "abandoned" },
    },
    {
      name = "hostile path",
      replies = {
        "Calm down.",
        "That's not my problem, you should have checked your statement.",
        "Whatever. Take it up with your bank.",
      },
      expect = { outcome = "abandoned" },
    },
  },
}
