-- A repeat caller who was promised a callback three times and never got one.
--
-- What this scenario practises: owning a failure that happened before you, without defending your colleagues,
-- without making the customer repeat himself, and without making a fourth promise nobody will keep.
-- It shows: `setup` and `customer.state`, a custom `react`, story parts with `unlock` and `line`, goals with
-- `after` order and `when` predicates, a goal that starts met and can be lost (`unmeet`), `respond` that reads
-- the reply, `turn:names_a_time()`, `end_call`, lines per mood band, `closing`, and golden tests.

-- Helpers are local: the sandbox refuses new globals.

-- A concrete time is what turn:names_a_time() finds ("3pm", "10:30", "at noon", "in 20 minutes", "by 3", "at 4 today").
-- "24 hours" and "48 hours" are deliberately not times here: they are what the last three agents said, so a promise
-- with them in it is empty whatever other time it names (see EMPTY and empty_promise).


-- Doing it now, while he is on the line, is as concrete as a time.
local function acts_now(turn)
  return turn:mentions("while you're on the line", "while you are on the line", "stay on the line with you",
    "keep you on the line", "right now, while", "i'm booking it now", "i'm doing it now", "i am doing it now")
end

-- A promise with no owner and no time: exactly what he has heard three times.
local EMPTY = {
  "someone will call", "someone will ring", "someone will get back", "someone from", "somebody will",
  "we'll get back to you", "we will get back to you", "get back to you as soon", "you'll hear from",
  "you will hear from", "as soon as possible", "asap", "within 24 hours", "24 to 48 hours", "24-48 hours",
  "48 hours", "in due course", "i'll pass it on", "i will pass it on", "i'll chase it", "i'll escalate it",
}
local function empty_promise(turn)
  if turn:mentions("someone", "somebody", "24 hours", "48 hours", "asap", "as soon as possible") and turn:mentions(EMPTY) then
    return true -- no time rescues "someone will call you within 24 hours"
  end
  return turn:mentions(EMPTY) and not turn:names_a_time()
end

-- Asking him to start from the beginning again.
local function makes_him_repeat(turn)
  return turn:mentions("ticket number", "reference number", "explain the problem", "explain the issue",
      "what seems to be the problem", "what's the problem", "describe the issue", "restart your router",
      "turn it off and on", "reboot", "switch it off and on")
    and not turn:mentions("already", "i know you've", "i know you have", "don't need to", "no need to")
end

-- Handing him on before anyone has taken responsibility.
local function passes_him_on(turn)
  return turn:mentions("transfer you", "put you through", "pass you to", "my supervisor", "a manager",
    "technical team will", "another department")
end

-- Said when he hangs up, whether the engine ends the call (patience gone) or the script does (a second empty promise).
local HANGS_UP = "Forget it. I'm ringing the bank to cancel the direct debit, and I'm going with someone else. [hangs up]"

---@type Scenario
return scenario {
  api_version = 1,
  id = "late-callback",
  title = "Three callbacks, no calls",
  summary = "A baker whose card machine keeps dropping off was promised a callback three times. Nobody called.",
  difficulty = 3,
  channel = "phone",
  skills = { "acknowledge", "ownership", "next_step", "no_empty_promises", "outcome:everyone-has-a-story", "outcome:warning-signs" },
  max_turns = 12,

  persona = {
    name = "Terry",
    mood = -55,
    patience = 3,
    trust = 0,
    story = {
      {
        id = "notebook",
        text = "Terry keeps a notebook by the till with every call: Monday, Kieran, 'by end of day'; Wednesday, "
          .. "Priya, 'before noon tomorrow'; Friday, no name given, 'I've put an urgent flag on it'.",
        unlock = function(turn, customer)
          return customer:has_met("acknowledge_history") and customer.trust >= 10
        end,
        line = "I've written every one of them down, you know. Monday, Kieran, 'by end of day'. Wednesday, Priya, "
          .. "'before noon tomorrow'. Friday, nobody gave me a name. 'I've put an urgent flag on it.'",
      },
      {
        id = "mornings",
        text = "The line drops every morning between about six and eight: the commuter rush, when most of his card "
          .. "sales happen. He has been putting up a 'cash only' sign and watching regulars walk to the chain "
          .. "coffee place across the road.",
        unlock = function(turn, customer)
          return (turn:has("open_question") or turn:level("explorations") >= 1) and customer.trust >= 15
        end,
        line = "It's always the mornings. Six till eight, the card machine just says 'no connection'. That's my rush. "
          .. "I've had a cash-only sign up all week and I've watched regulars walk across the road to the chain place.",
      },
      {
        id = "router",
        text = "On the second call he was told the fault was his router. He bought a new one for £89 the same "
          .. "afternoon. The line dropped the next morning anyway.",
        unlock = function(turn, customer)
          -- knew_mornings: he told you about the mornings on an earlier turn (one revelation at a time; see react).
          return customer.state.knew_mornings and customer.trust >= 30 and not customer:has_met("concrete_next_step")
            and (turn:has("validate") or turn:has("apology") or turn:has("ownership") or turn:has("reflect_feeling"))
        end,
        line = "And the second time, your colleague told me it was my router. So I went out and bought a new one. "
          .. "Eighty-nine pounds. Dropped again at ten past six the next morning.",
      },
      {
        id = "daughter",
        text = "His daughter set up the account before she moved to Rotterdam for work. He hates ringing her every "
          .. "time something technical goes wrong, and hates sounding stupid on the phone to people like you even more.",
        unlock = function(turn, customer)
          return customer:knows("router") and customer.trust >= 50 and turn.empathy >= 60
        end,
        line = "My daughter set all this up before she moved to Rotterdam. I don't want to ring her every time it "
          .. "plays up. I'm not daft. I just don't speak router.",
      },
    },
  },

  opening = {
    "Right. This is the fourth time I'm ringing about the same thing. I've been promised a callback three times. "
      .. "Nobody has called. Not once.",
    "Before you ask: yes, I've got a ticket number, I've read it out three times already. Three callbacks promised. "
      .. "Zero calls. So what's it going to be this time?",
  },

  goals = {
    {
      id = "acknowledge_history",
      description = "Acknowledge the three broken callback promises specifically, not just 'sorry for the inconvenience'",
      required = true,
      phrases = { "three times", "three calls", "promised a call", "promised you a call", "promised a callback",
        "promised you a callback", "nobody called", "no one called", "nobody rang", "didn't call you back",
        "never called you back", "let you down", "kept you waiting" },
      when = function(turn, customer)
        return (turn:has("apology") or turn:has("validate") or turn:has("reflect_feeling"))
          and turn:mentions("call back", "callback", "called back", "promise", "waiting")
      end,
    },
    {
      id = "ownership",
      description = "Take ownership personally instead of pointing at another team or at the colleagues before",
      required = true,
      after = "acknowledge_history",
      techniques = { "ownership" },
      phrases = { "i'll make sure", "i will make sure", "i'm taking this", "i am taking this", "i'll take this",
        "i'll own", "i will personally", "i'll personally", "my responsibility", "i'll stay with this",
        "i'm not going to pass", "i won't pass" },
    },
    {
      id = "concrete_next_step",
      description = "Give a concrete next step with a time (or do it now, on this call), and who will do it",
      required = true,
      after = "ownership",
      weight = 1.5,
      when = function(turn, customer)
        if empty_promise(turn) then return false end
        return acts_now(turn) or (turn:names_a_time()
          and (turn:has("next_step") or turn:mentions("i'll call", "i will call", "i'll ring", "i will ring",
            "engineer", "booked", "book", "i'll check", "i will check")))
      end,
    },
    {
      -- Met from the start (see setup); a promise with no owner and no time loses it, a timed correction wins it back.
      id = "no_empty_promises",
      description = "Make no new promise without a time and a name: no 'someone will call you within 24 hours'",
      required = true,
      when = function(turn, customer)
        return customer.state.empty_promises > 0 and not empty_promise(turn)
          and (turn:names_a_time() or acts_now(turn)) and turn:mentions("i'll", "i will", "i am", "i'm")
      end,
    },
    {
      id = "router_refund",
      description = "Once you know about the router he bought on bad advice, offer to refund or credit it",
      weight = 0.5,
      when = function(turn, customer)
        return customer:knows("router") and turn:mentions("refund", "credit", "reimburse", "pay you back", "cover the cost")
      end,
    },
  },

  setup = function(customer)
    customer.state.empty_promises = 0
    customer.state.repeats = 0
    customer:meet("no_empty_promises")
  end,

  -- Default reactions, plus what matters to this particular caller.
  react = function(turn, customer, delta)
    customer:apply(delta)

    customer.state.this_turn = nil
    customer.state.knew_mornings = customer:knows("mornings") -- before this reply's unlocks run
    if empty_promise(turn) then
      customer.state.empty_promises = customer.state.empty_promises + 1
      customer.state.this_turn = "empty_promise"
      customer:unmeet("no_empty_promises")
      customer:feel(-15)
      customer:gain_trust(-10)
      customer:lose_patience(1)
    elseif makes_him_repeat(turn) then
      customer.state.repeats = customer.state.repeats + 1
      customer.state.this_turn = "repeat"
      customer:feel(-10)
      customer:lose_patience(1)
    elseif passes_him_on(turn) and not customer:has_met("ownership") then
      customer.state.this_turn = "passed_on"
    end
    -- Naming what happened (rather than a generic sorry) lands harder with someone who has heard the generic one.
    if not turn.harmful and turn:mentions("three times", "three calls", "nobody called", "no one called", "let you down") then
      customer:feel(6)
      customer:gain_trust(5)
    end
  end,

  respond = function(turn, customer)
    local what = customer.state.this_turn
    if what == "passed_on" then
      customer:end_call("escalated")
      return "Oh, here we go. Go on then, put me through. If I end up listening to hold music for forty minutes, "
        .. "that's it, I'm done with you lot."
    end
    if what == "empty_promise" then
      if customer.state.empty_promises >= 2 then
        customer:end_call("abandoned")
        -- When the script ends the call and returns a line, that line is the last word (no closing is added);
        -- returning nil here would give the line for his mood, so say goodbye explicitly.
        return HANGS_UP
      end
      return customer:pick({
        "There it is. 'Someone will call you.' That's what the last three said, word for word.",
        "No. I'm not doing 'we'll get back to you' again. When? And who?",
      })
    end
    if what == "repeat" then
      return customer:pick({
        "I have explained this. Three times. It's on your system, isn't it? Or isn't it?",
        "Read the ticket. Please. I'm not going through it all again from the start.",
      })
    end
    if turn.harmful then
      return customer:pick({
        "Don't you take that tone with me. I'm the one who's been waiting all week.",
        "Right. That's exactly the attitude I expected, to be honest.",
      })
    end
    if customer:has_met("concrete_next_step") and not customer.state.confirmed then
      customer.state.confirmed = true
      if customer:knows("notebook") then
        return "Okay. I'm writing that in the book, with your name next to it. Don't make me cross it out."
      end
      return "Okay. I'm holding you to that."
    end
    return nil -- the story line (if a part unlocked) or the line for his mood
  end,

  -- He has had apologies and soothing words three times; what he values now is someone owning it and a time.
  weights = { ownership = 1.5, next_step = 1.5, reassurance = 0.5 },

  model_replies = {
    { moment = "the opening",
      reply = "Three promises of a call back and not one call. I'm sorry, Terry. That's not okay, and I'm not going "
        .. "to make you explain it all again." },
    { moment = "once he tells you about the mornings",
      reply = "So every morning you're losing your busiest two hours. Right now, while you're on the line, I'm "
        .. "booking an engineer for 7:30 tomorrow, and I'll ring you myself at 3 today to confirm. I'm Sam." },
    { moment = "after the router comes out",
      reply = "You bought that router because we told you to, and it wasn't the problem. I'll refund the £89 to "
        .. "your account today." },
  },

  lines = {
    furious = {
      "I'm not interested in sorry. I'm interested in a time and a name.",
      "Do you know how many mornings I've stood by this phone waiting for you lot?",
    },
    upset = {
      "So what actually happens now? Not 'someone will look into it'. What happens?",
      "I've had nice words three times already. What's different this time?",
    },
    neutral = { "Okay. Go on.", "Right. And then what?" },
    calm = { "Alright. That's more than I got last week.", "Okay. Thank you for not reading me a script." },
    pleased = { "Thank you. Honestly, you're the first one who's talked to me like a person about this." },
  },

  closing = {
    resolved = "Right. I'll be by the phone. Don't be number four. ...Thank you, though. Genuinely.",
    abandoned = HANGS_UP,
    unresolved = "I've got a queue out the door. I'll wait for the call. Again. [hangs up]",
    escalated = "Fine. Put me through. But write down that I've now rung four times.",
  },

  tests = {
    {
      name = "warm path",
      seed = 1,
      replies = {
        "Three promises of a call back and not one call. I'd be furious too, Terry, and I'm sorry we've let you "
          .. "down like that.",
        "That sounds exhausting, and it makes complete sense you're angry. I'm taking this on myself from here, so "
          .. "you won't be passed around again. What happens at the shop when the connection drops?",
        "I know you've heard promises before, so I understand if you don't believe me yet. While you're on the line "
          .. "I'm booking an engineer for tomorrow at 7:30am, and I'll call you myself at 3pm today to confirm. "
          .. "My name is Sam.",
      },
      expect = {
        outcome = "resolved",
        goals = { "acknowledge_history", "ownership", "concrete_next_step", "no_empty_promises" },
        reveals = { "notebook", "mornings" },
        min_empathy = 50,
      },
    },
    {
      name = "cold path: procedure, then a hand-off",
      seed = 1,
      replies = {
        "Can I take your ticket number please?",
        "Thanks, I've found the ticket. It's with the technical team.",
        "I'll transfer you to the technical team.",
      },
      expect = { outcome = "escalated", max_empathy = 50 },
    },
    {
      name = "hostile path: blame and a fourth empty promise",
      seed = 1,
      replies = {
        "Calm down, sir. There's no need to shout.",
        "If your router was the problem that's not really our fault.",
        "Someone will call you back within 24 hours.",
      },
      expect = { outcome = "abandoned", max_empathy = 30 },
    },
    {
      -- "by 3" is a clock hour, as good as "3pm": the call resolves on it.
      name = "a time as people say it: 'by 3'",
      seed = 1,
      replies = {
        "Three promises of a call back and not one call. I'm sorry, Terry, we've let you down.",
        "I'm taking this on myself from here, so you won't be passed around again.",
        "I'll ring you back myself by 3 with an engineer booked, and my name is Sam.",
      },
      expect = { outcome = "resolved", goals = { "concrete_next_step" } },
    },
    {
      -- A duration is not a time. Had "within 3 working days" or "in 48 hours" counted, the call would have
      -- resolved on that reply and the later replies would never be played (which fails the test).
      name = "durations are not times: 'within 3 working days', 'in 48 hours'",
      seed = 1,
      replies = {
        "Three promises of a call back and not one call. I'm sorry, Terry, we've let you down.",
        "I'm taking this on myself from here, so you won't be passed around again.",
        "I'll ring you back myself within 3 working days with an engineer booked, and my name is Sam.",
        "I'll call you back myself in 48 hours.",
        "Someone will call you back within 24 hours.",
      },
      expect = { outcome = "abandoned" },
    },
  },
}
