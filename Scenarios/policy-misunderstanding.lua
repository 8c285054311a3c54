-- A student whose laptop screen cracked believes "one-year warranty" means "anything in the first year".
--
-- What this scenario practises: being honest about a policy the customer has wrong, without reading it at her
-- like a wall, and without caving into a promise the repair centre will not keep. Validate the feeling, say
-- plainly what the warranty covers, then put everything that *is* possible on the table. Listening pays: the
-- creaking hinge she mentions only when asked how it happened is exactly what makes a warranty repair possible.
--
-- Outcomes it trains (see `skills`): why empathy matters (a policy lands differently after the feeling is heard)
-- and everyone has a story (a final-year dissertation and a bursary behind "just fix it").

-- A promise the repair centre will not keep: "it's covered", "we'll replace it", "I'll make an exception".
local FALSE_PROMISE = {
  "make an exception", "making an exception", "replace it for free", "replace the laptop", "send you a new",
  "new laptop", "free replacement", "fix it for free", "repair it for free", "free repair", "free of charge",
  "will be covered", "it's covered", "it is covered", "that's covered", "that is covered", "you're covered",
  "you are covered", "we'll cover", "we will cover", "i'll cover", "guarantee", "definitely be fixed",
  "won't cost you", "will not cost you", "won't have to pay", "will not have to pay", "for free",
}

-- What turns a promise into an honest "if": the outcome depends on the inspection.
local CONDITIONAL = {
  "if the technician", "if the engineer", "if they find", "if it turns out", "if it's a fault", "if it is a fault",
  "if the inspection", "if the hinge", "if it was the hinge", "if that's what", "if they confirm", "can't promise",
  "cannot promise", "can not promise", "can't guarantee", "cannot guarantee", "can not guarantee", "won't promise",
  "not promise", "depends on", "only if",
}

local function false_promise(turn)
  return turn:mentions(FALSE_PROMISE) and not turn:mentions(CONDITIONAL)
end

-- Owning a false promise and taking it back.
local function corrects_itself(turn)
  return turn:mentions("i was wrong", "i shouldn't have", "i should not have", "correct myself", "i need to correct",
    "i misspoke", "i got that wrong", "i spoke too soon", "that was wrong of me", "take that back", "can't promise",
    "cannot promise", "can not promise", "can't guarantee", "cannot guarantee", "can not guarantee")
end

-- Saying what the warranty covers: the honest half of the job.
local STATES_POLICY = {
  "manufacturing fault", "manufacturing defect", "manufacturer's fault", "fault in the", "faults in",
  "faults with", "a fault", "defect", "accidental damage", "accidental", "doesn't cover", "does not cover",
  "isn't covered", "is not covered", "aren't covered", "not covered", "only covers", "covers faults",
  "covers things", "covers problems", "wouldn't cover", "would not cover", "won't cover", "will not cover",
}

-- Asking how it happened (the way in to the hinge), whether gently or not.
local ASKS_HOW = {
  "how did it", "how it happened", "how did this", "how did that", "what happened", "how did the", "drop it",
  "dropped it", "drop the", "dropped the", "hinge", "when did it", "how it cracked", "how the screen",
}

local function suspects_her(turn)
  return turn:mentions("did you drop", "you dropped", "must have dropped", "sat on it", "sit on it",
    "was it dropped", "you must have", "stood on it", "knocked it")
end

---@type Scenario
return scenario {
  api_version = 1,
  id = "policy-misunderstanding",
  title = "'It says one-year warranty on the box'",
  summary = "A final-year student's laptop screen has cracked at eleven months. She is sure the warranty covers it. "
    .. "It covers faults, not accidents, and the honest answer is 'it depends what the technician finds'.",
  difficulty = 3,
  channel = "chat",
  skills = {
    "acknowledge", "honesty", "explain_policy", "options", "no_false_promises", "no_policy_shield",
    "outcome:why-empathy", "outcome:everyone-has-a-story",
  },
  max_turns = 8,

  persona = {
    name = "Noor",
    mood = -35,
    patience = 3,
    trust = 5,
    story = {
      {
        id = "dissertation",
        text = "She is a final-year nursing student. Her dissertation is due in twelve days and every draft and "
          .. "note is on this laptop. She has been writing around a black line that now runs through half the screen.",
        unlock = function(turn, customer)
          return (turn:has("open_question") or turn:has("reflect_feeling") or turn:has("validate"))
            and customer.trust >= 10
        end,
        line = "Sorry. It's just that my dissertation is due in twelve days and everything is on it. I've been "
          .. "typing round a black line down the middle of the screen since Sunday.",
      },
      {
        id = "hinge",
        text = "The left hinge has been stiff and creaking since about the fourth month. The crack starts at that "
          .. "corner. She opened the lid on Sunday morning and heard it go. She did not drop it.",
        unlock = function(turn, customer)
          return customer.state.had_dissertation and turn:mentions(ASKS_HOW) and customer.trust >= 15
        end,
        line = "I opened it on Sunday and heard a crack from the left corner. That hinge has creaked since about "
          .. "April, I thought it was just how they are.",
      },
      {
        id = "bursary",
        text = "She paid for it with the first instalment of her NHS bursary plus £200 from her mum. A £300 repair "
          .. "is two months of her food budget; she has already worked out she cannot do it.",
        unlock = function(turn, customer)
          return customer.state.had_hinge and customer.trust >= 35 and turn.empathy >= 50
        end,
        line = "I paid for it with my first bursary payment and my mum put in two hundred. If it's a £300 repair, "
          .. "that's my food for two months. That's why I'm being like this.",
      },
    },
  },

  opening = {
    "Hi. My Aero 14 screen has cracked right across. I bought it in January, so it's still under the one-year "
      .. "warranty. How do I send it in for the free repair? I need it back this week.",
    "Hello. Your chatbot keeps sending me a link about 'accidental damage cover', which I don't need. My laptop "
      .. "is 11 months old and the screen has cracked. The box says one-year warranty. I just need it fixed.",
  },

  goals = {
    {
      id = "acknowledge",
      description = "Acknowledge how worrying a broken laptop is before you explain anything",
      required = true,
      techniques = { "reflect_feeling", "validate", "apology" },
    },
    {
      id = "honest_policy",
      description = "Say plainly what the warranty covers (faults in manufacture, not accidental damage), "
        .. "without hiding behind 'our policy'",
      required = true,
      when = function(turn, customer)
        return turn:mentions(STATES_POLICY) and not turn:has("policy_shield") and not false_promise(turn)
      end,
    },
    {
      id = "what_is_possible",
      description = "Offer what you can do: a free inspection (a hinge fault would be covered), a fixed-price "
        .. "screen repair if it isn't, or her home insurance",
      required = true,
      after = "honest_policy",
      phrases = { "inspection", "inspect", "technician look", "technicians look", "engineer look", "repair quote",
        "a quote", "fixed price", "fixed-price", "£119", "119 pounds", "home insurance", "contents insurance",
        "your insurance", "check the hinge", "look at the hinge" },
    },
    {
      -- Met from the start (see setup); lost when the trainee caves with a promise nobody can keep, won back
      -- only by taking it back honestly.
      id = "no_false_promise",
      description = "Promise nothing the repair centre decides: no 'it's covered', no 'we'll replace it'",
      required = true,
      when = function(turn, customer)
        return customer.state.false_promises > 0 and corrects_itself(turn) and not false_promise(turn)
      end,
    },
    {
      id = "protect_the_work",
      description = "Once you know about the dissertation, help her protect it: back up before it goes in, or an "
        .. "external screen in the meantime",
      weight = 0.5,
      when = function(turn, customer)
        return customer:knows("dissertation") and turn:mentions("back up", "backup", "backed up", "copy your",
          "usb stick", "memory stick", "external screen", "external monitor", "a monitor", "cloud", "onedrive",
          "google drive")
      end,
    },
  },

  setup = function(customer)
    customer.state.false_promises = 0
    customer.state.shields = 0
    customer:meet("no_false_promise")
  end,

  react = function(turn, customer, delta)
    customer:feel(delta.mood)
    customer:gain_trust(delta.trust)
    -- While she believes the promise, a flat reply does not try her patience: she thinks she has what she came for.
    if not (customer.state.false_promises > 0 and not customer:has_met("no_false_promise") and not turn.harmful) then
      customer.patience = customer.patience + delta.patience
    end

    -- What she had told before this reply (one revelation at a time).
    customer.state.had_dissertation = customer:knows("dissertation")
    customer.state.had_hinge = customer:knows("hinge")
    customer.state.this_turn = nil

    if false_promise(turn) then
      -- Caving feels lovely to her, today. That is the trap.
      customer.state.false_promises = customer.state.false_promises + 1
      customer.state.this_turn = "false_promise"
      customer:unmeet("no_false_promise")
      customer:feel(20)
    elseif customer.state.false_promises > 0 and not customer:has_met("no_false_promise") and corrects_itself(turn) then
      customer.state.this_turn = "took_it_back"
      customer:feel(-8)
      customer:gain_trust(10)
    elseif turn:has("policy_shield") then
      customer.state.shields = customer.state.shields + 1
      customer.state.this_turn = "shield"
      customer:feel(-5)
    elseif suspects_her(turn) then
      customer.state.this_turn = "suspected"
      customer:feel(-6)
    end
  end,

  respond = function(turn, customer)
    local what = customer.state.this_turn
    if what == "false_promise" then
      if customer.state.false_promises >= 2 then
        return "Okay, brilliant. I'm screenshotting this chat, by the way, so when it comes back I can show them "
          .. "what you said."
      end
      return customer:pick({
        "Oh thank god. Seriously, thank you. So I just post it and it comes back fixed, no charge? Can you "
          .. "put that in the email?",
        "Really? Oh, that's such a relief. So it's definitely free? I'll tell my mum she can stop panicking.",
      })
    end
    if what == "took_it_back" then
      if customer:has_met("what_is_possible") then
        return "Oh. Okay. ...I'd rather know now than when it comes back with a bill, I suppose."
      end
      return "Oh. Okay. ...I'd rather know now than when it comes back with a bill, I suppose. So what does it "
        .. "actually depend on?"
    end
    if what == "shield" then
      if customer.state.shields >= 2 then
        return "You've said 'policy' twice and haven't once asked what happened to it."
      end
      return customer:pick({
        "Please don't paste the terms at me. I've read the box. It says one year.",
        "I'm not asking for an exception, I'm asking you to honour the warranty I've got.",
      })
    end
    if what == "suspected" then
      return "I didn't drop it. I opened it. That's all I did."
    end
    if turn.harmful then
      return customer:pick({
        "Wow. Okay. I'm a customer, not an idiot.",
        "I came here for help, not a telling-off.",
      })
    end
    if not customer:has_met("no_false_promise") then
      -- She believes it will come back fixed for free; everything else is detail now.
      return customer:pick({
        "Great. Can you email me the returns label? And do I need the original box?",
        "Perfect. I'll post it tomorrow before placement, then.",
        "Okay. So a week or so and it's back, fixed, nothing to pay. Amazing.",
      })
    end
    if customer:has_met("honest_policy") and not customer:has_met("what_is_possible") then
      return customer:pick({
        "So that's a no, then? I've just got a broken laptop and twelve days?",
        "So what am I supposed to do? Just buy another one?",
      })
    end
    if customer:has_met("what_is_possible") and not customer:knows("hinge") and not customer.state.asked_how
      and not (customer:has_met("acknowledge") and customer:has_met("no_false_promise")) then
      customer.state.asked_how = true
      return "And what if they say I broke it? I didn't. I don't even know what I'd have done."
    end
    return nil
  end,

  -- She needs to feel heard and to hear the truth kindly; soothing words on their own feel like being handled.
  weights = { validate = 1.5, reflect_feeling = 1.5, information = 1.5, reassurance = 0.5 },

  model_replies = {
    { moment = "the opening",
      reply = "A cracked screen when you need it every day is really stressful, I'm sorry. Can you tell me what "
        .. "happened when it cracked? It matters for what I can do." },
    { moment = "explaining the warranty honestly",
      reply = "I'll be straight with you, because you need a plan that works. The warranty covers faults in how it "
        .. "was made, not accidental damage. But a hinge that's creaked since April is exactly what the technicians "
        .. "check. I can book a free inspection, and if they find the hinge caused it, the repair is covered." },
    { moment = "after the bursary comes out",
      reply = "That makes complete sense, and I'm glad you told me. If it isn't the hinge, the screen repair is a "
        .. "fixed £119, and you only pay if you say yes to the quote. Your home contents insurance may cover it too." },
  },

  lines = {
    furious = { "Are you actually reading what I'm typing?", "This is unbelievable. It's ELEVEN months old." },
    upset = {
      "It's not even a year old. What is a warranty for, then?",
      "I looked after this laptop. I don't see why I should pay for it breaking.",
    },
    neutral = { "Okay. So what happens now?", "Okay. What do you need from me?" },
    calm = { "Okay. That's fair, I suppose. Thank you for explaining it properly.", "Okay. That I can work with." },
    pleased = { "Thank you. Honestly, I was expecting a copy-paste of the terms and conditions." },
  },

  closing = {
    resolved = "Okay. Let's do that. I'll back everything up tonight. Thanks for being straight with me.",
    abandoned = "I'll take it to the repair shop on the high street and leave a review on the way. [leaves the chat]",
    unresolved = "I've got to get to placement. I still don't actually know if I'm paying for this or not. "
      .. "[leaves the chat]",
    escalated = "Fine. Put me through to someone who can actually decide.",
  },

  tests = {
    {
      name = "warm path: the feeling, the truth, and what is possible",
      seed = 1,
      replies = {
        "Oh no, a cracked screen when you need your laptop every day is really stressful, I'm sorry. Can you tell "
          .. "me a bit about why you need it back this week?",
        "Twelve days with everything on it, no wonder you're worried. Can you tell me what happened when it cracked?",
        "Thank you, that really helps. I'll be straight with you: the warranty covers faults in how the laptop was "
          .. "made, not accidental damage. But a hinge that's creaked for months is exactly what the technicians "
          .. "check, so I'd like to book a free inspection. If they find the hinge caused it, the repair is covered. Please back up your dissertation before it goes.",
      },
      expect = {
        outcome = "resolved",
        goals = { "acknowledge", "honest_policy", "what_is_possible", "no_false_promise", "protect_the_work" },
        reveals = { "dissertation", "hinge" },
        min_empathy = 50,
      },
    },
    {
      name = "caving path: a kind false promise does not resolve the call",
      seed = 1,
      replies = {
        "I'm so sorry, that's awful timing. Don't worry, I'll make an exception and we'll replace it for free.",
        "Yes, just post it to us and it'll come back fixed.",
        "Is there anything else I can help you with today?",
        "You're welcome.",
        "Thanks for contacting us.",
        "Have a good day.",
        "Okay.",
        "Bye for now.",
      },
      expect = { outcome = "unresolved", goals = { "acknowledge" } },
    },
    {
      name = "correction path: a false promise taken back honestly can still resolve",
      seed = 1,
      replies = {
        "I'm so sorry, that's stressful. Don't worry, it's covered, we'll fix it for free.",
        "Actually, I need to correct myself, and I'm sorry. I can't promise it's free: the warranty covers "
          .. "manufacturing faults, not accidental damage. But I can book a free inspection, and if the technician "
          .. "finds a fault, the repair is covered.",
      },
      expect = { outcome = "resolved", goals = { "honest_policy", "what_is_possible", "no_false_promise" } },
    },
    {
      name = "cold path: the policy as a wall",
      seed = 1,
      replies = {
        "Can I have your order number please?",
        "Our policy states that the warranty only covers manufacturing defects.",
        "Accidental damage is not covered. There is nothing more I can do.",
      },
      expect = { outcome = "abandoned", max_empathy = 30 },
    },
    {
      name = "hostile path: suspicion and blame",
      seed = 1,
      replies = {
        "You must have dropped it. Screens don't just crack on their own.",
        "You should have read the terms before you bought it. That's not our problem.",
        "Rules are rules. If you want it fixed you'll have to pay like everyone else.",
      },
      expect = { outcome = "abandoned", max_empathy = 20 },
    },
  },
}
