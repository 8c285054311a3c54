-- An abusive caller whose mobile was cut off. The skill is to set a boundary kindly.
--
-- What this scenario practises: you can acknowledge someone's anger and still refuse to be sworn at. Name the
-- boundary calmly, offer to carry on, and mean it. Most callers settle; some don't, whatever you do. Then you warn
-- once, and end the call properly (calmly, with a way back), which the engine records as `escalated`: the call is
-- closed under the abusive-call procedure and flagged to a team leader. Hanging up without a warning, matching his
-- tone, or absorbing the abuse for turn after turn are the mistakes this scenario is built to show.
--
-- Whether Rob can settle is drawn once per call from the seed (two calls in three, he can). The golden tests pin a
-- seed for each: seed 1 settles, seed 5 does not.

-- Naming the behaviour: the swearing, the insults, the way he's speaking.
local function names_behaviour(turn)
  return turn:mentions("swearing", "sworn at", "swear at", "language", "speak to me like that", "talk to me like that",
    "spoken to like that", "insult", "name-calling", "calling me names", "call me names", "personal remarks",
    "abuse", "abusive", "shouting at me", "the way you're speaking", "the way you are speaking")
end

-- Saying you still want to help, on those terms.
local function offers_help(turn)
  return turn:has("ownership") or turn:mentions("i want to help", "i'd like to help", "i would like to help",
    "i can help", "help you", "sort this", "sort it", "get this sorted", "carry on", "keep going", "continue",
    "work this out", "get your phone back", "get you back on", "get you reconnected")
end

local function acknowledges(turn)
  return not turn.harmful and (turn:has("reflect_feeling") or turn:has("validate") or turn:has("apology")
    or turn:level("interpretations") >= 2 or turn:level("emotional_reactions") >= 2)
end

local function mentions_ending(turn)
  return turn:mentions("hang up", "end the call", "end this call", "terminate", "disconnect", "close the call",
    "put the phone down", "ending the call", "ending this call")
end

-- Ending it now, rather than "if it carries on".
local function ends_now(turn)
  return turn:mentions("going to end the call now", "going to end this call now", "i'm ending the call",
    "i am ending the call", "i'm ending this call", "i am ending this call", "ending the call now",
    "ending this call now", "going to hang up now", "going to close the call now", "end the call here",
    "end this call here")
end

-- A way back, so ending the call is not slamming the door.
local function way_back(turn)
  return turn:mentions("call back", "ring back", "call us back", "ring us back", "write to us", "when you're ready",
    "when you are ready", "another time", "note on your account", "noted on your account", "put a note", "in store")
end

local function kind_boundary(turn)
  return names_behaviour(turn) and offers_help(turn) and acknowledges(turn) and not ends_now(turn)
end

local FIX = { "new card", "take the payment", "take a payment", "take that payment", "reconnect", "restore",
  "back on", "lift the bar", "remove the bar", "unbar", "switch it back on", "switch your line back on",
  "turn it back on", "reactivate" }

-- Lines while he is still abusive. "[swears]" stands in for what he actually says.
-- Kind words with no boundary: they bounce off.
local RANT_AT_KINDNESS = {
  "Don't 'I'm sorry' me. You're not sorry, you're reading off a screen. [swears]",
  "Oh, you 'understand', do you? Then why is my phone still off, genius? [swears]",
}
local RANT = {
  "Twenty years I've paid you lot. Twenty years! Are you even listening, you muppet?",
  "I want it back on. Now. Not tomorrow, now. Have you got that, or do I need to spell it out for you? [swears]",
  "Are you thick, or what? It's not complicated. Turn. My phone. Back on.",
}

---@type Scenario
return scenario {
  api_version = 1,
  id = "abusive-boundary",
  title = "Sworn at: a boundary, kindly",
  summary = "Rob's mobile was cut off yesterday for a missed payment, and he is swearing at whoever picks up. "
    .. "Acknowledge the anger, name the boundary calmly, offer to carry on, and end the call properly if it goes on.",
  difficulty = 5,
  channel = "phone",
  skills = {
    "boundaries", "acknowledge_anger", "stay_calm", "end_call_properly", "self_protection",
    "outcome:everyone-has-a-story", "outcome:warning-signs", "outcome:self-care", "outcome:resilience",
  },
  max_turns = 10,

  persona = {
    name = "Rob",
    mood = -85,
    patience = 3,
    trust = 0,
    story = {
      {
        id = "card",
        text = "The direct debit failed because his bank cancelled his card after it was cloned; he had no idea the "
          .. "payment had bounced until the phone stopped working.",
        unlock = function(turn, customer)
          return customer.state.was_settled and customer.trust >= 15 and not customer:has_met("restore")
            and (turn:has("open_question") or turn:has("reflect_feeling") or turn:has("validate"))
        end,
        line = "The bank cancelled my card last week. Someone cloned it. I didn't even know the payment hadn't gone "
          .. "out. No text, no letter, nothing. Just cut off.",
      },
      {
        id = "dad",
        text = "His dad had a fall on Tuesday and is on a ward at the county hospital. The ward has been ringing his "
          .. "mobile; yesterday they couldn't get through, and he heard from his sister that his dad had been moved.",
        unlock = function(turn, customer)
          return customer.state.knew_card and customer.trust >= 30 and turn.empathy >= 50
            and not customer:has_met("restore")
        end,
        line = "My dad's in hospital. He had a fall on Tuesday. The ward's been ringing my mobile, and yesterday they "
          .. "couldn't get through. I found out from my sister he'd been moved. That's why I'm like this.",
      },
    },
  },

  opening = {
    "Are you the lot who cut my phone off? Twenty years I've been with you and you cut me off without a word. Are "
      .. "you thick, the lot of you? [swears]",
    "You've cut my mobile off, you useless lot. No warning, nothing. Put it back on. Now. [swears]",
  },

  goals = {
    {
      id = "acknowledge_anger",
      description = "Acknowledge his anger and what happened, without matching it",
      required = true,
      mood = 2,
      when = function(turn, customer) return acknowledges(turn) end,
    },
    {
      id = "kind_boundary",
      description = "Name the boundary calmly: you want to help, and you won't be sworn at or insulted",
      required = true,
      mood = 0,
      when = function(turn, customer) return kind_boundary(turn) end,
    },
    {
      id = "offer_continue",
      description = "Offer to carry on helping, on those terms",
      required = true,
      after = "kind_boundary",
      mood = 0,
      when = function(turn, customer) return not turn.harmful and offers_help(turn) end,
    },
    {
      id = "restore",
      description = "Once he has settled, fix it: take the payment on his new card and switch the line back on",
      required = true,
      after = "offer_continue",
      when = function(turn, customer)
        return customer.state.was_settled and not turn.harmful and turn:mentions(FIX)
      end,
    },
    {
      -- Met from the start; matching his tone loses it for good.
      id = "no_retaliation",
      description = "Don't match his tone: no sarcasm, no 'calm down', no blame, no threats thrown back",
      required = true,
    },
    {
      id = "end_properly",
      description = "If the abuse goes on after your boundary: warn once, then end the call calmly, with a way back",
      weight = 1,
    },
    {
      id = "hospital",
      description = "Once you know about his dad, make sure the ward can reach him today",
      weight = 0.5,
      when = function(turn, customer)
        return customer:knows("dad") and turn:mentions("hospital", "the ward", "your dad")
          and turn:mentions(FIX)
      end,
    },
  },

  setup = function(customer)
    customer.state.can_settle = customer:pick({ true, true, false })
    customer.state.absorbed = 0
    customer.state.rants = 0
    customer:meet("no_retaliation")
  end,

  first_stage = "abusive",
  stages = {
    abusive = {
      respond = function(turn, customer)
        local what = customer.state.this_turn
        if what == "settle" then
          return "...Yeah. Alright. Sorry. It's not you. It's been a week, that's all."
        end
        if what == "end_proper" then
          customer:end_call("escalated")
          return "Yeah, go on, hang up, that's all you lot are good for- [the line closes]"
        end
        if what == "end_abrupt" then
          customer:end_call("abandoned")
          return "Did you just- [the line goes dead]"
        end
        if what == "retaliated" then
          if turn:mentions("calm down") then return "Calm down? CALM DOWN? Don't you dare tell me to calm down!" end
          return "Oh, that's lovely, that is. Get me someone else. Anyone else."
        end
        if what == "threat" then
          return "Go on then! Hang up! That's what you lot do, isn't it? [swears]"
        end
        if what == "unheeded" then
          return "Don't you lecture me about language! You cut my phone off! [swears]"
        end
        if what == "warned" then
          return "Do what you like. You will anyway. [swears]"
        end
        customer.state.rants = customer.state.rants + 1
        if acknowledges(turn) then
          return RANT_AT_KINDNESS[(customer.state.rants - 1) % #RANT_AT_KINDNESS + 1]
        end
        return RANT[(customer.state.rants - 1) % #RANT + 1]
      end,
      advance = function(turn, customer)
        if customer.state.settled then return "settled" end
      end,
    },
    settled = {
      lines = {
        furious = "Oh, here we go. You're as bad as the rest of them.",
        upset = { "I just need the phone back on. That's all I need.", "Okay. So what do you need from me?" },
        neutral = { "Okay. Go on.", "Right. What do I do?" },
        calm = { "Right. Cheers. Sorry about before.", "Okay. Thanks. That's more like it." },
        pleased = { "You've been decent about this. More than I was." },
      },
      respond = function(turn, customer)
        if turn.harmful then
          return "Oh, here we go. And I was being nice."
        end
        if customer:has_met("restore") then
          return "Right. Okay. Go on then, take it. It's the new card, ends 4471."
        end
        return nil
      end,
    },
  },

  react = function(turn, customer, delta)
    -- What was true before this reply: he settles on one turn, and only talks or gets fixed from the next.
    customer.state.was_settled = customer.state.settled
    customer.state.knew_card = customer:knows("card")
    customer.state.this_turn = nil

    if turn.harmful then
      customer:apply(delta)
      customer:lose_patience(1)
      customer:unmeet("no_retaliation")
      if not customer.state.settled then customer.state.this_turn = "retaliated" end
      return
    end

    if customer.state.settled then
      customer:apply(delta)
      return
    end

    -- Still abusive: kind words on their own don't reach him; what he does next depends on the boundary.
    if ends_now(turn) then
      if customer.state.kind_boundary and customer.state.warned then
        customer.state.this_turn = "end_proper"
        if way_back(turn) then customer:meet("end_properly") end
      else
        customer.state.this_turn = "end_abrupt"
      end
      return
    end

    if kind_boundary(turn) then
      customer.state.kind_boundary = true
      if mentions_ending(turn) then customer.state.warned = true end
      if customer.state.can_settle and customer.state.absorbed < 2 then
        customer.state.settled = true
        customer.state.this_turn = "settle"
        customer:set_mood(math.max(customer.mood + delta.mood, -40))
        customer:gain_trust(15 + math.max(delta.trust, 0))
      else
        customer.state.this_turn = "unheeded"
        customer:feel(-3)
      end
      return
    end

    if mentions_ending(turn) then
      customer.state.warned = true
      if customer.state.kind_boundary then
        customer.state.this_turn = "warned"
      else
        -- A threat before any kindness or any boundary: it sounds like a door being slammed.
        customer.state.this_turn = "threat"
        customer:feel(-10)
        customer:lose_patience(1)
      end
      return
    end

    -- No boundary: the abuse is absorbed, and it winds him up further.
    customer.state.absorbed = customer.state.absorbed + 1
    if delta.mood > 0 then customer:feel(math.floor(delta.mood / 3)) else customer:feel(delta.mood) end
    customer:gain_trust(math.floor(math.max(delta.trust, 0) / 3))
    customer.patience = customer.patience + delta.patience
    if not acknowledges(turn) and delta.patience == 0 then customer:lose_patience(1) end
    if names_behaviour(turn) then
      customer.state.this_turn = "unheeded" -- a cold telling-off, without kindness or an offer to help
    end
  end,

  -- Staying steady matters most here: acknowledgement and a clear offer, not soothing or apologising for everything.
  weights = { validate = 1.5, reflect_feeling = 1.5, ownership = 1.25, reassurance = 0.5 },

  model_replies = {
    { moment = "the opening",
      reply = "I can hear how angry you are, Rob, and being cut off without warning would make anyone furious. I want "
        .. "to help you get your phone back on, but I can't carry on while I'm being sworn at. Shall we sort it out?" },
    { moment = "if the abuse continues after the boundary",
      reply = "I do want to help you, Rob. If the swearing carries on, I'll end the call, and you're welcome to ring "
        .. "back when you're ready." },
    { moment = "ending the call",
      reply = "I'm going to end the call now. I've put a note on your account so whoever you speak to next knows what "
        .. "has happened, and you can call back when you're ready." },
  },

  lines = {
    default = "Well? Go on.",
  },

  closing = {
    resolved = "It's back on? ...Yeah, it's working. Look. Sorry for what I said. It's been a rubbish week. Cheers.",
    abandoned = "You know what, forget it. I'll go to the shop in town and do it there. [slams the phone down]",
    unresolved = "I've got to go. This isn't finished. [hangs up]",
    escalated = "[the line closes]",
  },

  tests = {
    {
      name = "warm path: acknowledge, a kind boundary, he settles, fixed",
      seed = 1,
      replies = {
        "I can hear how angry you are, Rob, and being cut off without any warning would make anyone furious. I do "
          .. "want to help you get your phone back on, but I can't carry on while I'm being sworn at. Can we keep "
          .. "going and sort it out together?",
        "Thank you, I appreciate that. What happened with the payment?",
        "That's rotten luck, having your card cloned and then being cut off on top of it. It makes sense you were "
          .. "so angry. How have things been this week?",
        "I'm so sorry about your dad. If you give me the new card details, I'll take the payment now and switch "
          .. "your line back on straight away, so the hospital can reach you today.",
      },
      expect = {
        outcome = "resolved",
        goals = { "acknowledge_anger", "kind_boundary", "offer_continue", "restore", "no_retaliation", "hospital" },
        reveals = { "card", "dad" },
        min_empathy = 50,
      },
    },
    {
      name = "warm path, but he won't settle: a kind boundary, one warning, the call ended properly",
      seed = 5,
      replies = {
        "I can hear how angry you are, Rob, and being cut off without any warning would make anyone furious. I do "
          .. "want to help you get your phone back on, but I can't carry on while I'm being sworn at. Can we keep "
          .. "going and sort it out together?",
        "I do want to help you, Rob. If the swearing carries on, I'll have to end the call, and you're welcome to "
          .. "ring back when you're ready.",
        "I'm going to end the call now. I've put a note on your account so whoever you speak to next knows what's "
          .. "happened, and you can call back when you're ready.",
      },
      expect = {
        outcome = "escalated",
        goals = { "acknowledge_anger", "kind_boundary", "offer_continue", "no_retaliation", "end_properly" },
      },
    },
    {
      name = "cold path: the abuse absorbed, the balance read out",
      seed = 1,
      replies = {
        "I can see the account was suspended for non-payment.",
        "The outstanding balance is £42.50, which needs to be paid before the service can be restored.",
        "Is there anything else I can help you with today?",
      },
      expect = { outcome = "abandoned", max_empathy = 30 },
    },
    {
      name = "hostile path: calm down, and whose fault it is",
      seed = 1,
      replies = {
        "Calm down, sir. There's no need for that language.",
        "Well, that's your own fault. If you'd paid your bill on time you wouldn't have been cut off.",
      },
      expect = { outcome = "abandoned", max_empathy = 15 },
    },
    {
      name = "a threat, then hanging up on him without a warning",
      seed = 1,
      replies = {
        "If you swear at me again I'm going to hang up.",
        "Right, I'm ending the call.",
      },
      expect = { outcome = "abandoned" },
    },
  },
}
