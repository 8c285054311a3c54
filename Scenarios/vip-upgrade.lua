-- A Platinum frequent flyer whose upgrade did not clear, the day before a thirteen-hour flight.
--
-- What this scenario practises: respect without servility. He leads with status ("twenty-two years", "Platinum")
-- and wants to be treated as someone who matters; grovelling ("as a valued customer...") and apologising on
-- every line lose him, and so does the wall ("the waitlist is automatic"). What works is recognising his
-- loyalty once, telling him the truth about the cabin, and giving him clear options he can choose between,
-- with no promise the gate agent will not keep. Behind the entitlement is a fused spine and a job interview.
--
-- Outcomes it trains (see `skills`): everyone has a story (the entitled caller has a reason) and why empathy
-- matters (his demands soften once someone treats him as a person rather than a tier).

-- Recognising his loyalty or his tier in words, not in grovelling.
local RESPECT = {
  "twenty-two years", "twenty two years", "22 years", "your loyalty", "loyal", "platinum", "flown with us",
  "flying with us", "all those miles", "your miles", "1.9 million", "million miles", "your status",
}

-- Grovelling: the script voice that makes him feel handled, not respected.
local GROVEL = {
  "valued customer", "valued member", "most valued", "we truly value", "we value your", "any inconvenience",
  "sincerest apologies", "deepest apologies", "whatever you need, sir", "anything you want", "of course, sir",
  "absolutely, sir", "my sincere apologies",
}

-- Promises only the gate agent (or nobody) can keep.
local OVER_PROMISE = {
  "guarantee you", "i guarantee", "i'll guarantee", "i will guarantee", "guaranteed", "get you into business",
  "get you in business", "get you upgraded", "you'll be upgraded", "you will be upgraded", "i'll upgrade you to business",
  "i will upgrade you to business", "make sure you get the upgrade", "make sure you get business",
  "make sure you're upgraded", "make sure you are upgraded", "will definitely clear", "it will clear",
  "it'll clear", "i promise", "bump someone", "move someone", "definitely get", "you'll get the seat",
  "you will get the seat", "you'll get business", "you will get business",
}

local function over_promise(turn)
  return turn:mentions(OVER_PROMISE)
    and not turn:mentions("can't guarantee", "cannot guarantee", "can not guarantee", "can't promise",
      "cannot promise", "can not promise", "won't promise", "not going to promise")
end

local function corrects_itself(turn)
  return turn:mentions("i was wrong", "i shouldn't have", "i should not have", "correct myself", "i need to correct",
    "i misspoke", "i spoke too soon", "take that back", "can't guarantee", "cannot guarantee", "can not guarantee",
    "can't promise", "cannot promise", "can not promise")
end

-- The truth about tomorrow's business cabin.
local HONEST_CABIN = {
  "business is full", "business class is full", "business cabin is full", "cabin is full", "fully booked",
  "no business seats", "no seats in business", "business is sold out", "sold out", "waitlist", "waiting list",
  "second on the list", "number two on", "can't guarantee", "cannot guarantee", "can not guarantee",
  "can't promise", "cannot promise", "can not promise",
}

-- Real options he can choose between.
local OPTIONS = {
  "tonight's flight", "tonight's 22:40", "the 22:40", "flight tonight", "earlier flight", "tonight at",
  "premium economy", "another flight", "a different flight", "the other flight", "two options", "three options",
  "your options", "one option", "another option", "the options", "alternative",
}

local function passes_him_on(turn)
  return turn:mentions("transfer you", "put you through", "my supervisor", "my manager", "a manager",
    "a supervisor", "another department", "customer relations")
end

---@type Scenario
return scenario {
  api_version = 1,
  id = "vip-upgrade",
  title = "Platinum, and waitlisted",
  summary = "A Platinum frequent flyer's miles upgrade on tomorrow's night flight to Singapore has not cleared. "
    .. "He wants it confirmed now. Business is full; there are real options, and none is a promise.",
  difficulty = 4,
  channel = "phone",
  skills = {
    "acknowledge", "respect_without_servility", "honesty", "options", "no_over_promising",
    "outcome:everyone-has-a-story", "outcome:why-empathy",
  },
  max_turns = 8,

  persona = {
    name = "Richard",
    mood = -45,
    patience = 3,
    trust = 0,
    story = {
      {
        id = "loyalty",
        text = "He has flown the airline for twenty-two years, 1.9 million miles, most of it in business on a "
          .. "company account. Now he is paying with his own miles, and he wants them to mean something.",
        unlock = function(turn, customer)
          return (turn:mentions(RESPECT) or turn:has("open_question")) and not turn.harmful and customer.trust >= 10
        end,
        line = "I've flown this route since it was a 747 with ashtrays in the armrests. Back then the company paid. "
          .. "This time it's my own miles, so yes, I'd like them to mean something.",
      },
      {
        id = "back",
        text = "He had two lumbar discs fused in March. His surgeon told him to lie flat on a long flight or not to "
          .. "go. Thirteen hours upright in economy is what he is actually afraid of.",
        -- Trust 20: two good replies in a row (empathy 55 or more, +10 each by the default reaction), such as
        -- recognising his loyalty with a reflection and a question, then saying his reaction makes sense and
        -- asking what worries him. A flat or procedural reply earns no trust, so a cold agent never hears it.
        unlock = function(turn, customer)
          return customer.state.had_loyalty and customer.trust >= 20
            and (turn:has("open_question") or turn:has("reflect_feeling") or turn:has("validate"))
        end,
        line = "Look. I had two discs fused in March. The surgeon said lie flat or don't go. Thirteen hours sitting "
          .. "up and I won't walk off that plane, never mind into a meeting.",
      },
      {
        id = "interview",
        text = "The trip is a job interview in Singapore on Thursday morning, his first in eight months since he was "
          .. "made redundant at fifty-eight. He cannot bear to walk in stiff and bent like an old man.",
        unlock = function(turn, customer)
          return customer.state.had_back and customer.trust >= 45 and turn.empathy >= 55 and not turn.harmful
        end,
        line = "It's an interview. Thursday morning. First one in eight months since they let me go. I'm fifty-eight. "
          .. "I am not walking in there bent over like an old man.",
      },
    },
  },

  opening = {
    "Richard Hale, Platinum, number ending 4471. I've just had an email saying my upgrade on tomorrow night's "
      .. "Singapore flight 'could not be confirmed'. I've flown with you for twenty-two years. I'd like it confirmed.",
    "Is this the Platinum line? Twenty minutes on hold doesn't feel like it. Twenty-two years I've flown with you, "
      .. "and my upgrade to Singapore tomorrow hasn't cleared. Who do I speak to to make it clear?",
  },

  goals = {
    {
      id = "respect",
      description = "Recognise his loyalty once, plainly, as a person and not a tier: no grovelling",
      required = true,
      when = function(turn, customer)
        return turn:mentions(RESPECT) and not turn.harmful and not turn:mentions(GROVEL)
      end,
    },
    {
      id = "honest_cabin",
      description = "Tell him the truth: business is full and a waitlist place is not a seat",
      required = true,
      when = function(turn, customer)
        return turn:mentions(HONEST_CABIN) and not over_promise(turn) and not turn:has("policy_shield")
      end,
    },
    {
      id = "clear_options",
      description = "Give him clear options he can choose between (tonight's flight with miles, premium economy "
        .. "confirmed now while he stays on the waitlist)",
      required = true,
      after = "honest_cabin",
      when = function(turn, customer)
        return turn:mentions(OPTIONS) and not over_promise(turn)
      end,
    },
    {
      -- Met from the start (see setup); lost with a promise nobody at the gate will keep.
      id = "no_over_promise",
      description = "Promise nothing you cannot deliver: no 'I'll make sure you get business'",
      required = true,
      when = function(turn, customer)
        return customer.state.over_promises > 0 and corrects_itself(turn) and not over_promise(turn)
      end,
    },
    {
      id = "back_care",
      description = "Once you know about his back, do something about it: special assistance, a note for the crew",
      weight = 0.5,
      when = function(turn, customer)
        return customer:knows("back") and turn:mentions("special assistance", "medical", "wheelchair", "cabin crew",
          "the crew", "on your booking", "your back", "lie flat", "lie-flat", "fast track", "fast-track")
      end,
    },
  },

  setup = function(customer)
    customer.state.over_promises = 0
    customer.state.apologies = 0
    customer:meet("no_over_promise")
  end,

  react = function(turn, customer, delta)
    customer:feel(delta.mood)
    customer:gain_trust(delta.trust)
    -- Once he believes he has been promised the seat, a flat reply no longer tries his patience: he is satisfied.
    if not (customer.state.over_promises > 0 and not turn.harmful) then
      customer.patience = customer.patience + delta.patience
    end

    customer.state.had_loyalty = customer:knows("loyalty")
    customer.state.had_back = customer:knows("back")
    customer.state.this_turn = nil
    if turn:has("apology") then customer.state.apologies = customer.state.apologies + 1 end

    if over_promise(turn) then
      customer.state.over_promises = customer.state.over_promises + 1
      customer.state.this_turn = "over_promise"
      customer:unmeet("no_over_promise")
      customer:feel(15)
    elseif customer.state.over_promises > 0 and not customer:has_met("no_over_promise") and corrects_itself(turn) then
      customer.state.this_turn = "took_it_back"
      customer:feel(-10)
      customer:gain_trust(10)
    elseif passes_him_on(turn) and not customer:has_met("clear_options") then
      customer.state.this_turn = "passed_on"
    elseif turn:mentions(GROVEL) then
      -- Grovelling reads as a script. He respects competence, not deference.
      customer.state.this_turn = "grovel"
      customer:feel(-8)
      customer:gain_trust(-5)
    elseif customer.state.apologies >= 3 and turn:has("apology") then
      customer.state.this_turn = "too_sorry"
      customer:feel(-5)
    elseif turn:mentions("automatic", "automatically", "the system decides", "nothing i can do", "at the gate")
      and not turn:mentions(OPTIONS) then
      customer.state.this_turn = "wall"
      customer:feel(-6)
    end
  end,

  respond = function(turn, customer)
    local what = customer.state.this_turn
    if what == "passed_on" then
      customer:end_call("escalated")
      return "Fine. Put me through. Let's see if your supervisor can count to twenty-two."
    end
    if what == "over_promise" then
      if customer.state.over_promises >= 2 then
        return "Good. I've written your name down. If I'm not in 1A tomorrow night, you'll be the first person I ring."
      end
      return customer:pick({
        "Good. That's all I wanted. Send me the confirmation, would you?",
        "Right. Finally. So I'll see it on the app within the hour?",
      })
    end
    if what == "took_it_back" then
      return "So you can't do it. Why say it, then? ...Alright. At least you said so before I got to the airport. "
        .. "What can you actually do?"
    end
    if what == "grovel" then
      return customer:pick({
        "Spare me the 'valued customer'. I know how valued I am: twenty minutes on hold. What can you do?",
        "I don't need the script. I need someone who can make a decision.",
      })
    end
    if what == "too_sorry" then
      return "Stop apologising. I don't need you sorry, I need you useful."
    end
    if what == "wall" then
      return customer:pick({
        "'At the gate'. So I turn up with my back and hope. That's the Platinum service, is it?",
        "Don't tell me the system decides. A person wrote the system.",
      })
    end
    if turn.harmful then
      return customer:pick({
        "I beg your pardon? Do you speak to all your customers like that?",
        "I'd like your name, please. Your full name.",
      })
    end
    if not customer:has_met("no_over_promise") then
      -- He believes he has the seat; everything now sounds like paperwork.
      return customer:pick({
        "Fine. As long as the seat's confirmed, I don't need the rest.",
        "Yes, yes. I'll check the app tonight. It had better say 1A.",
        "Good. Then we're done, as far as I'm concerned.",
      })
    end
    if customer:has_met("honest_cabin") and not customer:has_met("clear_options") then
      return "So business is full. Then what are you offering me? And don't say a blanket."
    end
    return nil
  end,

  -- He wants competence: facts, a decision, someone who takes it on. Soothing and apologies count for less.
  weights = { information = 1.5, ownership = 1.5, next_step = 1.5, apology = 0.5, reassurance = 0.5 },

  model_replies = {
    { moment = "the opening",
      reply = "Mr Hale, twenty-two years with us is a long time, and getting that email the night before is "
        .. "frustrating. Let me look at the flight with you now. What matters most to you about tomorrow?" },
    { moment = "telling him the truth and the options",
      reply = "I'll be straight with you: business tomorrow is full and you're second on the waitlist, so I can't "
        .. "promise it. I can book one of the two business seats on tonight's 22:40 with your miles, or confirm "
        .. "premium economy tomorrow and keep you on the list. Which would suit you?" },
    { moment = "after the back comes out",
      reply = "That changes things, thank you for telling me. A fused spine and thirteen hours upright is a real "
        .. "problem, not a preference. Tonight's flight has a flat bed, and I'll add special assistance so you're "
        .. "not standing in queues." },
  },

  lines = {
    furious = {
      "One point nine million miles. Do you know what that means? Do you have it on your screen?",
      "I'd like to speak to someone who can make a decision.",
    },
    upset = {
      "I'm not asking for a favour. I'm asking for what Platinum is supposed to mean.",
      "So what exactly are you offering me?",
    },
    neutral = { "Go on. I'm listening.", "Alright. What are the options, exactly?" },
    calm = { "Right. That's a straight answer, at least. Thank you.", "Okay. That's useful." },
    pleased = { "Thank you. You've been more use in five minutes than your app has been all week." },
  },

  closing = {
    resolved = "Right. I'll take it. And... thank you. You were straight with me, which is more than I expected.",
    abandoned = "I'll book with an airline that remembers who I am. [hangs up]",
    unresolved = "I've got to pack. I'll keep refreshing your app, for all the good it does. [hangs up]",
    escalated = "Fine. Put me through. And tell them it's a Platinum member who's already held for twenty minutes.",
  },

  tests = {
    {
      name = "warm path: respect, the truth, real options",
      seed = 1,
      replies = {
        "Mr Hale, twenty-two years is a long time to fly with us, and I can hear how frustrating it is to get that "
          .. "email the day before. What makes tomorrow's flight so important to you?",
        "That makes complete sense, and your miles should mean something. Can I ask what worries you most about "
          .. "the long flight?",
        "Thank you for telling me, that changes things. I'll be straight with you: business on tomorrow's flight is "
          .. "full and you're second on the waitlist, so I can't promise it will clear. But tonight's 22:40 flight "
          .. "has two business seats I can book with your miles right now, and I'll add special assistance to your "
          .. "booking for your back.",
      },
      expect = {
        outcome = "resolved",
        goals = { "respect", "honest_cabin", "clear_options", "no_over_promise", "back_care" },
        reveals = { "loyalty", "back" },
        min_empathy = 50,
      },
    },
    {
      name = "over-promising path: a grovelling promise does not resolve the call",
      seed = 1,
      replies = {
        "I'm so sorry, Mr Hale. As a valued Platinum member, I'll make sure you get business, I promise.",
        "Yes, I'll put a note on it now.",
        "You should see it on the app later.",
        "Is there anything else I can help with?",
        "Okay.",
        "Thank you for calling.",
        "Have a good flight.",
        "Goodbye.",
      },
      expect = { outcome = "unresolved" },
    },
    {
      name = "cold path: the waitlist is automatic",
      seed = 1,
      replies = {
        "Can I take your booking reference please?",
        "Your upgrade is on the waitlist. Upgrades are processed automatically at the gate.",
        "There is nothing I can do, the system decides.",
      },
      expect = { outcome = "abandoned", max_empathy = 30 },
    },
    {
      name = "hand-off path: passed on before anyone has helped",
      seed = 1,
      replies = {
        "I understand, Mr Hale. Upgrades aren't something I can do on this line.",
        "I'll transfer you to customer relations, they deal with Platinum complaints.",
      },
      expect = { outcome = "escalated" },
    },
    {
      name = "hostile path: status mocked",
      seed = 1,
      replies = {
        "Sir, everyone on the waitlist thinks they're special. Calm down.",
        "Oh great, another Platinum who thinks the plane is his.",
        "You should have booked business if it mattered that much.",
      },
      expect = { outcome = "abandoned", max_empathy = 20 },
    },
  },
}
