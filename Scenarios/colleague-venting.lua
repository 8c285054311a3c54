-- A teammate, six years on the billing desk, venting in the break room after the outage shift.
--
-- What this scenario practises: empathy for a coworker, which the course asks for as much as empathy for
-- customers. Jo is showing the warning signs of compassion fatigue: irritability, cynicism about callers,
-- going numb, exhaustion, mistakes she never makes. The skill is to listen and reflect first, not to fix too
-- fast ("have you tried the wellbeing app?"), to name what you notice gently and without diagnosing, and only
-- once she feels heard to point to something that helps: a proper break, her team lead, the support line.
-- The call ends resolved when she feels heard and has somewhere to go with it.
--
-- Outcomes it trains (see `skills`): recognise the warning signs of compassion fatigue, use tools to recover,
-- self-care, resilience as a professional skill, and why empathy matters (including between colleagues).

-- Fixing before listening: advice, silver linings, "it's part of the job".
local FIXES = {
  "you should", "have you tried", "why don't you", "why not just", "just ignore", "don't take it personally",
  "do not take it personally", "look on the bright side", "at least", "part of the job", "comes with the job",
  "you need to", "you just need", "try not to", "you could try", "wellbeing app", "have you thought about",
}

local function fixes(turn)
  return turn:has("suggestion") or turn:mentions(FIXES)
end

-- Going back to listening after jumping in with a fix.
local BACK_OFF = {
  "sorry", "you don't need advice", "you do not need advice", "i'll stop", "i will stop", "i jumped in",
  "ignore me", "i'm listening", "i am listening", "go on", "tell me", "i didn't mean to lecture",
}

local function listens(turn)
  return turn:has("reflect_feeling") or turn:has("validate") or turn:has("paraphrase")
end

-- Telling her she is the problem.
local CONTEMPT = {
  "not the job for you", "wrong job", "find another job", "get another job", "can't handle it", "cannot handle it",
  "can not handle it", "toughen up", "snowflake", "grow a thicker skin", "thicker skin", "we all have bad days",
  "we've all got", "everyone has bad days", "stop moaning",
}

-- What she is showing, said back gently.
local SIGNS = {
  "running on empty", "running on fumes", "burnt out", "burned out", "burnout", "burn-out", "exhausted", "worn out",
  "drained", "compassion fatigue", "not like you", "that's not you", "that is not you", "numb", "snapping",
  "snapped", "warning sign", "too much for too long", "running yourself into the ground", "empty", "on edge",
  "not yourself", "frazzled",
}

-- Plain words for the day she has had.
local ROUGH = {
  "awful shift", "awful day", "horrible day", "horrible shift", "rough day", "rough shift", "brutal", "nightmare",
  "hell of a day", "shift from hell", "day from hell", "nobody should be spoken to", "no one should be spoken to",
  "nobody deserves", "no one deserves",
}

-- Somewhere to go with it: recovery tools and support.
local SUPPORT = {
  "employee assistance", "eap", "support line", "counsellor", "counselor", "counselling", "counseling",
  "talk to someone", "talk to priya", "speak to priya", "tell priya", "team lead", "your manager", "wellbeing",
  "well-being", "time off", "a day off", "day off the phones", "off the phones", "proper break", "take a break",
  "a break", "a walk", "breathing", "decompress", "occupational health", "your gp", "a doctor", "come with you",
  "go with you",
}

---@type Scenario
return scenario {
  api_version = 1,
  id = "colleague-venting",
  title = "After the outage shift",
  summary = "A teammate drops into the chair next to you after seventy-one outage calls, the last one abusive. "
    .. "She is venting, and under it are the warning signs of compassion fatigue. Listen first.",
  difficulty = 2,
  channel = "in person",
  skills = {
    "listen", "reflect", "peer_support", "no_quick_fix", "warning_signs", "signpost_support",
    "outcome:warning-signs", "outcome:recovery-tools", "outcome:self-care", "outcome:resilience",
    "outcome:why-empathy",
  },
  max_turns = 8,

  persona = {
    name = "Jo",
    mood = -40,
    patience = 3,
    trust = 10, -- a colleague, not a stranger
    story = {
      {
        id = "cynicism",
        text = "Cynicism and detachment: she used to care about callers. Now when someone cries about a bill she "
          .. "catches herself thinking 'join the queue', and it frightens her.",
        unlock = function(turn, customer)
          return (listens(turn) or turn:has("open_question")) and not turn.harmful and customer.trust >= 10
        end,
        line = "I used to actually care, you know. Now someone cries on the phone about their bill and I think, "
          .. "yeah, join the queue. That's not me. That's not who I was.",
      },
      {
        id = "exhaustion",
        text = "Exhaustion and trouble concentrating: she sits in the car for ten minutes before she can go into "
          .. "the house, and today she keyed the wrong account number twice, which she never does.",
        unlock = function(turn, customer)
          return customer.state.had_cynicism and customer.trust >= 25 and not turn.harmful
            and (turn:has("open_question") or listens(turn))
        end,
        line = "I sit in the car for ten minutes before I can go in the house. Just sit there. And I put the wrong "
          .. "account number in twice today. Twice. I never do that.",
      },
      {
        id = "home",
        text = "Irritability: this morning she snapped at her seven-year-old, Maya, for not finding her other shoe, "
          .. "and saw her daughter flinch.",
        unlock = function(turn, customer)
          return customer.state.had_exhaustion and customer.trust >= 40 and turn.empathy >= 55 and not fixes(turn)
        end,
        line = "I shouted at Maya this morning because she couldn't find her other shoe. She's seven. She looked "
          .. "at me like... I don't know who that was.",
      },
    },
  },

  opening = {
    "Don't. Don't ask me how my day was. Seventy-one calls. And the last one spent twenty minutes calling me a "
      .. "useless cow while I said 'I understand your frustration' like a parrot.",
    "[drops her headset on the desk] Seventy-one calls. I'm done. If one more person tells me they've been a loyal "
      .. "customer for fifteen years, I'm walking out into the car park and I'm not stopping.",
  },

  goals = {
    {
      id = "listen",
      description = "Listen and reflect: name what she's feeling, or say back what she's been through",
      required = true,
      when = function(turn, customer)
        return listens(turn) and not turn.harmful
      end,
    },
    {
      id = "explore",
      description = "Ask an open question and let her talk, rather than guessing",
      techniques = { "open_question" },
    },
    {
      -- Met from the start (see setup); lost by fixing before she feels heard, won back by going back to listening.
      id = "not_too_fast",
      description = "Don't fix it too fast: no advice or silver linings before she feels heard",
      required = true,
      when = function(turn, customer)
        return customer.state.rushed > 0 and not fixes(turn) and listens(turn)
          and (turn:has("apology") or turn:mentions(BACK_OFF))
      end,
    },
    {
      id = "name_signs",
      description = "Gently say what you notice (running on empty, going numb, not like her) without diagnosing",
      required = true,
      after = "listen",
      when = function(turn, customer)
        return (customer:knows("cynicism") or customer:knows("exhaustion")) and turn:mentions(SIGNS)
          and not turn.harmful
      end,
    },
    {
      id = "point_to_support",
      description = "Once she feels heard, point gently to something that helps: a proper break, Priya (her team "
        .. "lead), the employee assistance line, and offer to go with her",
      required = true,
      after = "name_signs",
      when = function(turn, customer)
        return customer.state.heard and turn:mentions(SUPPORT) and not turn.harmful
      end,
    },
  },

  setup = function(customer)
    customer.state.rushed = 0
    customer.state.heard = false
    customer:meet("not_too_fast")
  end,

  react = function(turn, customer, delta)
    customer:apply(delta)

    -- Naming what she is going through lands, even in plain words the analyzer may not score highly.
    if not turn.harmful and not fixes(turn) and turn:mentions(SIGNS, ROUGH) then
      customer:feel(6)
      customer:gain_trust(6)
    end

    customer.state.had_cynicism = customer:knows("cynicism")
    customer.state.had_exhaustion = customer:knows("exhaustion")
    -- She feels heard once she has told you the heavy part and you have kept listening.
    customer.state.heard = customer.state.had_exhaustion or customer.trust >= 45
    customer.state.this_turn = nil

    if turn:mentions(CONTEMPT) then
      customer.state.this_turn = "contempt"
      customer:feel(-20)
      customer:gain_trust(-15)
      customer:lose_patience(1)
    elseif fixes(turn) and not customer.state.heard then
      customer.state.rushed = customer.state.rushed + 1
      customer.state.this_turn = "rushed"
      customer:unmeet("not_too_fast")
      customer:feel(-8)
      customer:gain_trust(-5)
    elseif customer.state.rushed > 0 and not customer:has_met("not_too_fast") and listens(turn)
      and (turn:has("apology") or turn:mentions(BACK_OFF)) then
      customer.state.this_turn = "backed_off"
      customer:feel(5)
    end
  end,

  respond = function(turn, customer)
    local what = customer.state.this_turn
    if what == "contempt" then
      return customer:pick({
        "Wow. Right. Thanks. Good to know.",
        "Six years I've done this. Six. But sure, I'm the problem.",
      })
    end
    if what == "rushed" then
      if customer.state.rushed >= 2 then
        return "You sound like the poster in the kitchen. I know where the poster is."
      end
      return customer:pick({
        "I didn't ask for a fix. I just... I don't know what I asked for.",
        "Yeah, I know. I know all the tips. I've done the training, same as you.",
      })
    end
    if what == "backed_off" then
      return "No, it's fine. It's just nice when someone doesn't go straight to the leaflet."
    end
    if turn.harmful then
      return customer:pick({ "Forget I said anything.", "Right. Okay. I'll just get my coat." })
    end
    if customer:has_met("name_signs") and not customer:has_met("point_to_support") and not customer.state.admitted then
      customer.state.admitted = true
      return "Yeah. I think I've been like this since about September, if I'm honest. I just kept going."
    end
    return nil
  end,

  -- A colleague needs to be heard far more than advised: reflections count for more, tips and facts for less.
  weights = { reflect_feeling = 1.5, paraphrase = 1.5, validate = 1.5, suggestion = 0.5, information = 0.5 },

  model_replies = {
    { moment = "the opening",
      reply = "Seventy-one calls on an outage day. That sounds exhausting, Jo. Sit down. What was the worst bit?" },
    { moment = "when the cynicism comes out",
      reply = "That sounds really hard, and it scares you because it isn't who you are. Going numb after a day like "
        .. "this makes sense. How have you been getting on outside work?" },
    { moment = "once she feels heard",
      reply = "Sitting in the car, mistakes you never make, feeling nothing on calls: you sound worn out, Jo, and "
        .. "that's you running on empty, not you being weak. Would it help to talk to Priya about some time off the "
        .. "phones? I'll come with you." },
  },

  lines = {
    furious = { "I'm not being dramatic. I'm tired. There's a difference.", "Forget it. You sound like the script." },
    upset = { "It's just... every single call today. Every one.", "I don't even know why I'm telling you this." },
    neutral = { "Yeah. Sorry. It's been a day.", "Mm. Go on, then." },
    calm = {
      "Thanks. I didn't realise how much I needed to say that out loud.",
      "Yeah. It helps, talking. Weirdly.",
    },
    pleased = { "Honestly, thank you. You're a good one, you know that?" },
  },

  closing = {
    resolved = "Okay. I'll do something about it tomorrow. Actually do it. ...Thanks for not handing me the leaflet "
      .. "first. Same time tomorrow?",
    abandoned = "Forget it. I'm going home. [grabs her coat]",
    unresolved = "I'd better go, the car park shuts at half six. See you tomorrow. Probably.",
  },

  tests = {
    {
      name = "warm path: listened to, then pointed somewhere",
      seed = 1,
      replies = {
        "Seventy-one calls on an outage day. That sounds exhausting, Jo. What was the worst bit?",
        "That sounds really hard, and it makes sense you'd go numb after a day like this. It's not who you are. How "
          .. "have you been getting on outside work?",
        "Sitting in the car, mistakes you never make, feeling nothing on calls: you sound worn out, Jo, and that's "
          .. "you running on empty, not you being weak. Would it help to talk to Priya about some time off the "
          .. "phones? I'll come with you if you want.",
      },
      expect = {
        outcome = "resolved",
        goals = { "listen", "explore", "not_too_fast", "name_signs", "point_to_support" },
        reveals = { "cynicism", "exhaustion" },
        min_empathy = 55,
      },
    },
    {
      name = "cold path: straight to the leaflet",
      seed = 1,
      replies = {
        "Have you tried the wellbeing app? It has breathing exercises.",
        "You should take your breaks on time, that's what they're for.",
        "The EAP number is on the intranet if you need it.",
      },
      expect = { outcome = "abandoned", max_empathy = 35 },
    },
    {
      name = "hostile path: toughen up",
      seed = 1,
      replies = {
        "Everyone has bad days, Jo. It's part of the job, get over it.",
        "Honestly, if you can't handle it, maybe this isn't the job for you.",
      },
      expect = { outcome = "abandoned", max_empathy = 20 },
    },
  },
}
