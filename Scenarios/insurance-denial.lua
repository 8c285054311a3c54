-- A frightened patient whose MRI claim was denied, on the insurer's chat.
--
-- What this scenario practises: hearing the fear under the anger, explaining a denial in plain words, and laying
-- out real options without promising an outcome nobody can promise. "Don't worry, it'll definitely be approved" is
-- kind-sounding and empty; it meets no goal here, and saying it twice ends the chat.

-- Words from the insurer's side of the desk, unexplained.
local INSURANCE_WORDS = {
  "eob", "explanation of benefits", "cpt", "adjudicat", "prior auth", "pre-auth", "preauth", "utilization review",
  "utilisation review", "out-of-network", "out of network", "coinsurance", "deductible", "medical necessity criteria",
  "deemed", "remittance", "claim code", "denial code",
}
local function insurer_talk(turn)
  return turn:has("jargon") or turn:mentions(INSURANCE_WORDS)
end

-- Promises about an outcome nobody on this chat controls.
local FALSE_PROMISES = {
  "definitely be approved", "will be approved", "it'll be approved", "it will be approved", "they'll approve",
  "they will approve", "guarantee", "i promise", "100%", "nothing to worry about", "don't worry", "do not worry",
  "it will be fine", "it'll be fine", "it'll all be fine", "everything will be", "i'm sure it", "i am sure it",
  "sure they'll", "should be fine", "it'll all work out", "will be covered", "it's covered", "no problem at all",
}
local function false_promise(turn)
  return turn:mentions(FALSE_PROMISES) and not turn:mentions("can't promise", "cannot promise", "can't guarantee",
    "cannot guarantee", "won't promise", "not going to promise", "no guarantee")
end

-- Honest about what isn't known yet.
local function honest(turn)
  return turn:mentions("can't promise", "cannot promise", "can't guarantee", "cannot guarantee", "won't promise",
    "not going to promise", "no guarantee", "i don't know yet", "i can't say for sure", "i won't pretend",
    "i'm not going to pretend", "honestly")
end

-- The template a chat bot would send.
local function canned(turn)
  return turn:mentions("thank you for contacting", "we apologize for any inconvenience",
    "we apologise for any inconvenience", "sorry for any inconvenience", "is there anything else i can help",
    "your satisfaction is", "please be advised")
end

local FEAR = { "scary", "scared", "frightening", "frightened", "terrifying", "worried", "worrying", "afraid",
  "anxious", "fear", "frighten", "panic", "worry" }

---@type Scenario
return scenario {
  api_version = 1,
  id = "insurance-denial",
  title = "'Not medically necessary'",
  summary = "Lena's doctor found a lump and sent her for an MRI. The claim came back denied: 'not medically "
    .. "necessary'. She is on the chat, angry, and underneath it very frightened.",
  difficulty = 4,
  channel = "chat",
  skills = {
    "fear_under_anger", "plain_explanation", "options", "honesty", "no_false_promises", "ownership",
    "outcome:why-empathy", "outcome:everyone-has-a-story", "outcome:warning-signs",
  },
  max_turns = 10,

  persona = {
    name = "Lena",
    mood = -55,
    patience = 3,
    trust = 0,
    story = {
      {
        id = "read_it_wrong",
        text = "She read 'not medically necessary' as the insurer saying the lump doesn't matter, and at 2am as "
          .. "'they think it's nothing' and 'they won't pay for whatever comes next'. She hasn't slept properly since.",
        unlock = function(turn, customer)
          return customer.trust >= 10 and not customer:has_met("own_next_step")
            and (turn:has("reflect_feeling") or turn:has("validate") or turn:has("open_question"))
        end,
        line = "i read that letter about ten times at 2am. 'not medically necessary'. like someone in an office "
          .. "looked at my lump and decided it doesn't matter. i haven't slept properly since.",
      },
      {
        id = "biopsy",
        text = "A biopsy is booked for next Thursday. She is terrified that will be denied too, and that she'll have "
          .. "to cancel it because she can't pay for it herself.",
        unlock = function(turn, customer)
          return customer.state.knew_read_it_wrong and customer.trust >= 25 and not customer:has_met("own_next_step")
            and (turn:has("open_question") or turn:has("reflect_feeling") or turn:has("validate")
              or turn:has("information"))
        end,
        line = "and there's a biopsy booked for next thursday. if that gets denied too i'll have to cancel it. i "
          .. "can't pay for that myself. i really can't.",
      },
      {
        id = "kids",
        text = "She is a single mum of two (Ruby, 9, and Theo, 6). She hasn't told them anything, and has been doing "
          .. "the sums on the back of school letters at night.",
        unlock = function(turn, customer)
          return customer.state.knew_biopsy and customer.trust >= 40 and turn.empathy >= 55
            and not customer.state.promised and not customer:has_met("own_next_step")
        end,
        line = "sorry. it's just me and the kids. maya's nine, theo's six. i haven't told them anything. i've been "
          .. "doing sums on the back of their school letters at midnight.",
      },
    },
  },

  opening = {
    "your letter says my MRI claim is DENIED. 'not medically necessary'. my doctor found a lump. how is that not "
      .. "necessary?? who decides that, someone who's never even met me?",
    "hi. i need someone to explain this letter. MRI claim denied, 'not medically necessary'. my doctor SENT me for "
      .. "it. she found a lump. what am i supposed to do with this",
  },

  goals = {
    {
      id = "name_the_fear",
      description = "Name the fear under the anger, not just the anger ('this must be frightening')",
      required = true,
      mood = 8,
      when = function(turn, customer)
        return not turn.harmful and not false_promise(turn) and turn:mentions(FEAR)
          and (turn:has("reflect_feeling") or turn:has("validate") or turn:level("interpretations") >= 2)
      end,
    },
    {
      id = "explain_denial",
      description = "Explain the denial in plain words: the scan wasn't approved in advance; it's about paperwork, "
        .. "not a judgement on her health",
      required = true,
      when = function(turn, customer)
        return not insurer_talk(turn) and turn:mentions("approved in advance", "approval before", "approved before",
          "approval in advance", "pre-approved", "preapproved", "permission before", "sign-off before",
          "wasn't approved", "was not approved", "paperwork", "not about your health", "nothing to do with your health",
          "doesn't mean your doctor", "does not mean your doctor", "doesn't mean you don't need",
          "not a judgement", "not a judgment")
      end,
    },
    {
      id = "options",
      description = "Lay out her real options clearly: an appeal with a letter from her doctor, and how long it takes",
      required = true,
      after = "explain_denial",
      when = function(turn, customer)
        return not insurer_talk(turn) and turn:mentions("appeal", "review", "reconsider", "second look", "resubmit")
          and turn:mentions("doctor", "letter", "days", "weeks", "form")
      end,
    },
    {
      -- Met from the start; a promise of an outcome loses it, an honest correction wins it back.
      id = "no_false_promises",
      description = "Promise nothing you can't: no 'it'll definitely be approved', no 'don't worry, it'll be fine'",
      required = true,
      when = function(turn, customer)
        return customer.state.promises > 0 and honest(turn) and not false_promise(turn)
      end,
    },
    {
      id = "own_next_step",
      description = "Say what you will do now, and when she'll hear from you",
      required = true,
      after = "options",
      when = function(turn, customer)
        return not false_promise(turn) and (turn:has("next_step") or turn:has("ownership"))
          and turn:mentions("i'll", "i will", "i am", "i'm", "i've", "i have")
      end,
    },
    {
      id = "biopsy_check",
      description = "Once you know about the biopsy, check now whether it's approved, so next week isn't a repeat",
      weight = 0.75,
      when = function(turn, customer)
        return customer:knows("biopsy") and turn:mentions("biopsy") and not false_promise(turn)
          and turn:mentions("check", "approv", "authoris", "authoriz", "look", "confirm")
      end,
    },
  },

  setup = function(customer)
    customer.state.promises = 0
    customer.state.jargon = 0
    customer:meet("no_false_promises")
  end,

  react = function(turn, customer, delta)
    customer.state.knew_read_it_wrong = customer:knows("read_it_wrong")
    customer.state.knew_biopsy = customer:knows("biopsy")
    customer.state.this_turn = nil

    if false_promise(turn) then
      -- Soothing she can't trust: no warmth gained, trust lost.
      customer.state.promises = customer.state.promises + 1
      customer.state.promised = true
      customer.state.this_turn = "promise"
      customer:unmeet("no_false_promises")
      customer:feel(-8)
      customer:gain_trust(-10)
      customer:lose_patience(1)
      return
    end

    customer:feel(delta.mood)
    customer:gain_trust(delta.trust)
    -- A plain, factual answer about her claim is not cold to her, even without warm words: it is what she came for.
    local substantive = not turn.harmful and not insurer_talk(turn) and not canned(turn)
      and turn:mentions("appeal", "approv", "doctor", "letter", "biopsy", "claim", "form", "scan")
    if not substantive then customer.patience = customer.patience + delta.patience end

    -- Being brushed off or lectured while frightened: she won't stay long for that.
    if turn.harmful and not (turn:has("jargon") and not turn:has("dismissive") and not turn:has("blame")
        and not turn:has("policy_shield") and not turn:has("sarcasm")) then
      customer:lose_patience(1)
    end

    if insurer_talk(turn) then
      customer.state.jargon = customer.state.jargon + 1
      customer.state.this_turn = "jargon"
      customer:feel(-8)
      if not turn.harmful then customer:lose_patience(1) end
    elseif canned(turn) then
      customer.state.this_turn = "canned"
      customer:feel(-6)
      customer:lose_patience(1)
    elseif honest(turn) then
      -- Being straight with her earns more than soothing would.
      customer:gain_trust(5)
    end
  end,

  respond = function(turn, customer)
    local what = customer.state.this_turn
    if what == "promise" then
      if customer.state.promises >= 2 then
        customer:end_call("abandoned")
        return "you keep saying it'll be fine. you can't know that. you haven't even looked. i'll ring my doctor's "
          .. "office instead. [Lena has left the chat]"
      end
      return "how can you say that? you don't know that. the last letter said it was fine to go ahead too."
    end
    if what == "jargon" then
      local lost = {
        "i don't know what that means. i'm not an insurance person, i'm a scared person. normal words please?",
        "i don't know what that is either. can you just tell me what happens to ME?",
      }
      return lost[(customer.state.jargon - 1) % #lost + 1]
    end
    if turn.harmful then
      if turn:mentions("overreact", "only one claim", "calm down") then
        return "i'm not overreacting. i have a LUMP. do you understand that?"
      end
      return "wow. ok. i'm scared out of my mind and that's what i get."
    end
    if what == "canned" then
      return "are you a bot? please tell me there's a real person there."
    end
    if customer:has_met("own_next_step") and not customer:has_met("name_the_fear") and not customer.state.said_it then
      -- Everything practical is done, and nobody has named what this is really about. She says it herself.
      customer.state.said_it = true
      return "ok. thank you. sorry if i've been short with you. i'm just really scared. that's what all of this is."
    end
    if customer:has_met("options") and not customer:has_met("own_next_step") and not customer.state.asked_who then
      customer.state.asked_who = true
      return "ok. an appeal. but who actually does what? do i do it? do you? when?"
    end
    return nil
  end,

  -- She needs to be understood and told the truth: naming the feeling and clear facts matter; empty soothing costs.
  weights = { reflect_feeling = 1.5, information = 1.5, next_step = 1.25, reassurance = 0.25 },

  model_replies = {
    { moment = "the opening",
      reply = "Lena, I'm so sorry. Finding a lump and then getting a letter like that must be really frightening. "
        .. "I'm going to explain exactly what it means." },
    { moment = "explaining the denial",
      reply = "In plain words: the scan was turned down because it wasn't approved by us before it was done. It's "
        .. "about paperwork, not about your health, and it doesn't mean your doctor was wrong to send you." },
    { moment = "the options",
      reply = "You can appeal, with a short letter from your doctor saying why the scan was needed. Appeals take "
        .. "about 30 days. I can't promise the result, but a doctor's letter makes a real difference." },
  },

  lines = {
    furious = { "are you going to answer me or just paste things at me", "i need a real answer. not a script." },
    upset = { "ok. so what do i do. what do i actually DO", "sorry. i'm not angry at you. i'm just. i don't know." },
    neutral = { "ok. i'm listening.", "ok. and then what?" },
    calm = { "ok. that's clearer than the letter was.", "ok. thank you. i'm writing this down." },
    pleased = { "thank you. really. i feel like i can breathe again." },
  },

  closing = {
    resolved = "ok. an appeal, a letter from my doctor, and i know what happens next. i can do that. thank you for "
      .. "being straight with me. i really needed someone to be straight with me.",
    abandoned = "forget it. i'll find the money somehow. [Lena has left the chat]",
    unresolved = "i have to go and get the kids. i still don't know what's happening. [Lena has left the chat]",
    escalated = "fine. transfer me. please let them be a human.",
  },

  tests = {
    {
      name = "warm path: the fear named, the denial explained, honest options, a next step",
      seed = 1,
      replies = {
        "Lena, I'm so sorry. Finding a lump and then getting a letter like that must be really frightening. What "
          .. "did you think when you read it?",
        "That sounds awful, reading it alone at 2am. I've got your claim open now. In plain words: the scan was "
          .. "turned down because it wasn't approved by us before it was done. It's about paperwork, not about your "
          .. "health, and "
          .. "it doesn't mean your doctor was wrong to send you.",
        "You can appeal, with a short letter from your doctor saying why the scan was needed. Appeals usually take "
          .. "about 30 days. I can't promise the result, but a doctor's letter makes a real difference.",
        "I'll email you the appeal form and a list of what your doctor's letter needs within the next 15 minutes, "
          .. "and I'll check right now whether your biopsy on Thursday has been approved.",
      },
      expect = {
        outcome = "resolved",
        goals = { "name_the_fear", "explain_denial", "options", "no_false_promises", "own_next_step", "biopsy_check" },
        reveals = { "read_it_wrong", "biopsy" },
        min_empathy = 45,
      },
    },
    {
      name = "cold path: a template, a code and a deadline",
      seed = 1,
      replies = {
        "Thank you for contacting us. The claim was denied as the service was deemed not medically necessary.",
        "You may submit an appeal within 180 days of the date on your EOB.",
        "Is there anything else I can help you with today?",
      },
      expect = { outcome = "abandoned", max_empathy = 30 },
    },
    {
      name = "kind but empty: reassurance that promises what nobody can",
      seed = 1,
      replies = {
        "Oh no, I'm so sorry, don't worry! I'm sure it'll be fine and they'll approve it on appeal.",
        "Honestly, try not to stress. It will definitely be approved, I promise.",
      },
      expect = { outcome = "abandoned" },
    },
    {
      name = "hostile path: overreacting, and the decision is final",
      seed = 1,
      replies = {
        "You're overreacting, it's only one claim.",
        "The decision is final, that's our policy.",
      },
      expect = { outcome = "abandoned", max_empathy = 15 },
    },
  },
}
