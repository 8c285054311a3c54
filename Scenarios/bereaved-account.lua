-- A son closing his late mother's gas and electricity account.
--
-- What this scenario practises: slowing down for someone who is grieving, saying something human before any
-- process, and making the paperwork feel light. Asking for "the death certificate" before a word of condolence,
-- calling his mum "the deceased", or reading him probate terms is what the last eight calls did to him.

-- Condolence, however it is put: an apology ("I'm so sorry about your mum"), a named feeling, or validation.
local function condoles(turn)
  return not turn.harmful
    and (turn:has("apology") or turn:has("reflect_feeling") or turn:has("validate")
      or turn:level("emotional_reactions") >= 2)
end

-- Words that turn his mum into a case.
local function cold_words(turn)
  return turn:mentions("the deceased", "deceased customer", "deceased account", "deceased party", "decedent",
    "the account holder has passed", "the late account holder")
end

-- Estate terms nobody explains to you until you're in the middle of it.
local function estate_terms(turn)
  return turn:mentions("probate", "grant of representation", "letters of administration", "executor",
    "executrix", "administrator of the estate", "the estate")
end

-- Handing him on to another line, before anyone has made this easy.
local function passes_him_on(turn)
  return turn:mentions("bereavement team", "bereavement department", "bereavement line", "transfer you",
    "put you through", "call another number", "ring another number", "different number", "another department")
end

-- Wrapping him up before he's finished.
local function hurries(turn)
  return turn:mentions("anything else i can help", "anything else i can do", "is there anything else", "quickly",
    "real quick", "won't take long")
end

---@type Scenario
return scenario {
  api_version = 1,
  id = "bereaved-account",
  title = "Closing Mum's account",
  summary = "Gareth is ringing to close his late mother's gas and electricity account, three weeks after she died. "
    .. "It is his ninth call like this this week.",
  difficulty = 3,
  channel = "phone",
  skills = {
    "acknowledge_grief", "pace", "plain_words", "make_it_light", "ownership",
    "outcome:why-empathy", "outcome:everyone-has-a-story", "outcome:resilience",
  },
  max_turns = 10,

  persona = {
    name = "Gareth",
    mood = -25,
    patience = 4,
    trust = 5,
    story = {
      {
        id = "letters",
        text = "Letters addressed to his mum keep arriving from the supplier, including a cheerful 'Eileen, you've "
          .. "missed your meter reading!' reminder with a smiley face on the envelope.",
        unlock = function(turn, customer)
          return customer.trust >= 10 and not customer:has_met("light_paperwork")
            and (turn:has("reflect_feeling") or turn:has("validate") or turn:has("open_question"))
        end,
        line = "Thanks. Sorry. It's the letters that get me. Yesterday one came saying 'Eileen, you've missed your "
          .. "meter reading!' With a smiley face on the envelope. I just stood in her hall holding it.",
      },
      {
        id = "kitchen",
        text = "He is ringing from her kitchen, where he is clearing the house at weekends. Her meter readings are "
          .. "written on the calendar on the fridge; the last one, the 28th, is in her handwriting.",
        unlock = function(turn, customer)
          return customer.state.knew_letters and customer.trust >= 25 and not customer:has_met("light_paperwork")
            and (turn:has("open_question") or turn:has("reflect_feeling") or turn:has("validate")
              or turn:mentions("meter reading", "reading"))
        end,
        line = "I'm sat in her kitchen now, actually. She wrote the readings on the calendar on the fridge, every "
          .. "month. The last one's in her handwriting. The 28th. I haven't been able to take it down.",
      },
      {
        id = "alone",
        text = "His sister lives in Perth, Australia, so he is doing every call himself, in his lunch breaks. This "
          .. "is his ninth call this week; most asked for the death certificate before they said sorry.",
        unlock = function(turn, customer)
          return customer.state.knew_kitchen and customer.trust >= 40 and turn.empathy >= 50
            and not customer.state.cert_first and not customer:has_met("light_paperwork")
        end,
        line = "Sorry. It's just... my sister's in Perth, so it's all me. This is my ninth call this week. You're "
          .. "the first one who hasn't asked for the death certificate before anything else.",
      },
    },
  },

  opening = {
    "Hi. Sorry. I need to close my mum's account. She, er... she died. Three weeks ago. I've got her customer "
      .. "number here somewhere, hang on.",
    "Hello. I'm ringing about my mother's gas and electric. She passed away on the 3rd. I don't really know what "
      .. "I'm supposed to do. I've never done this before.",
  },

  goals = {
    {
      id = "acknowledge_loss",
      description = "Say something human about his mum's death before any process, in your own words",
      required = true,
      mood = 8,
      when = function(turn, customer) return condoles(turn) end,
    },
    {
      id = "his_pace",
      description = "Slow down: let him know there's no rush and he can take his time",
      weight = 0.5,
      phrases = { "take your time", "no rush", "no hurry", "in your own time", "whenever you're ready",
        "when you're ready", "no need to rush", "all the time you need", "not in any hurry" },
    },
    {
      id = "explain_simply",
      description = "Explain in plain words what happens: one last meter reading, a final bill, the account closed",
      required = true,
      after = "acknowledge_loss",
      when = function(turn, customer)
        return not turn.harmful and not estate_terms(turn)
          and turn:mentions("final bill", "last bill", "final reading", "last reading", "meter reading",
            "close the account", "close her account", "closing the account", "closing her account",
            "account closed", "close it down", "closed down")
      end,
    },
    {
      id = "light_paperwork",
      description = "Make the paperwork light: the certificate can wait or be a photo, and you'll do the rest",
      required = true,
      after = "explain_simply",
      when = function(turn, customer)
        return not turn.harmful and turn:mentions("a photo", "a photograph", "a picture of", "a copy", "scan",
          "whenever you're ready", "when you're ready", "no rush", "no hurry", "in your own time",
          "i'll take care of", "i will take care of", "i'll do the rest", "i will do the rest",
          "leave the rest with me", "leave it with me", "i'll handle", "i will handle", "nothing else you need",
          "you don't need to do anything", "you won't need to", "no need to send", "you don't need to send")
      end,
    },
    {
      id = "stop_letters",
      description = "Once you know about the letters, stop any more post going out in her name",
      weight = 0.5,
      when = function(turn, customer)
        return customer:knows("letters") and turn:mentions("letters", "post", "mail", "marketing", "writing to her")
          and turn:mentions("stop", "no more", "won't get", "won't receive", "take her off", "won't be any")
      end,
    },
  },

  setup = function(customer)
    customer.state.cert_first = false
  end,

  react = function(turn, customer, delta)
    customer:apply(delta)

    -- One revelation at a time: parts that need an earlier one look at what was known before this reply.
    customer.state.knew_letters = customer:knows("letters")
    customer.state.knew_kitchen = customer:knows("kitchen")
    customer.state.this_turn = nil

    if turn:mentions("certificate") and not customer:has_met("acknowledge_loss") and not condoles(turn) then
      -- The certificate before a single kind word: the thing that has hurt most this week.
      customer.state.cert_first = true
      customer.state.this_turn = "cert_first"
      customer:feel(-15)
      customer:gain_trust(-10)
      customer:lose_patience(1)
    elseif cold_words(turn) then
      customer.state.this_turn = "deceased"
      customer:feel(-10)
      customer:gain_trust(-5)
    elseif estate_terms(turn) then
      customer.state.this_turn = "estate"
      customer:feel(-8)
    elseif passes_him_on(turn) and not customer:has_met("light_paperwork") then
      customer.state.this_turn = "passed_on"
      customer:feel(-8)
      customer:lose_patience(1)
    elseif hurries(turn) and not customer:has_met("light_paperwork") then
      customer.state.this_turn = "hurried"
      customer:feel(-6)
    end

    -- Talked down to or stonewalled, he won't argue: he'll give up and try another day.
    if turn.harmful then customer:lose_patience(1) end

    -- Saying "your mum" (not "the account holder") with a kind word lands.
    if condoles(turn) and turn:mentions("your mum", "your mother", "eileen") then
      customer:feel(4)
      customer:gain_trust(5)
    end
  end,

  respond = function(turn, customer)
    local what = customer.state.this_turn
    if turn.harmful then
      return customer:pick({
        "...Right. I didn't ring up to be spoken to like that. Not this week.",
        "Okay. I'm sorry I'm not doing this the right way. I've never had to do it before.",
      })
    end
    if what == "cert_first" then
      return customer:pick({
        "Oh. Right. The death certificate. Yes, I've got it somewhere. That's always the first thing, isn't it.",
        "The certificate. Yes. Everyone wants the certificate. Give me a minute, I've got a folder.",
      })
    end
    if what == "deceased" then
      return "Eileen. Her name was Eileen."
    end
    if what == "estate" then
      return "Probate? Executor? I... don't know if I've got that yet. Is that something I should have? Nobody's "
        .. "told me what any of it means."
    end
    if what == "passed_on" then
      return "Another number. Do I have to tell them all of it again? I've had to say it out loud nine times this week."
    end
    if what == "hurried" then
      return "Er... no. I suppose not. Sorry, I'll let you get on."
    end
    if customer:has_met("light_paperwork") then
      return "Oh. Is that it? I thought there'd be forms."
    end
    return nil -- the story line if a part came out, else the line for his mood
  end,

  -- He needs to be heard before he's processed: naming what this is like for him matters most.
  weights = { reflect_feeling = 2, validate = 1.5, reassurance = 0.75, jargon = 0 },

  model_replies = {
    { moment = "the opening",
      reply = "I'm so sorry about your mum, Gareth. There's no rush at all on this call, take whatever time you "
        .. "need." },
    { moment = "when he mentions the letters",
      reply = "That must have been awful, seeing her name with a smiley face on it. I'm stopping any more letters "
        .. "going to her today." },
    { moment = "explaining what happens",
      reply = "All that's left is one last meter reading, and I'll close the account and send you a final bill. For "
        .. "the death certificate, a photo on your phone is fine, whenever you're ready. I'll do the rest." },
  },

  lines = {
    furious = { "Do you know how many times I've had to say she's dead this week? Do you?" },
    upset = { "Sorry. What do you need from me?", "I just want to get this one done. I've got a list." },
    neutral = { "Okay. What happens now?", "Right. Sorry, I'm writing this down." },
    calm = { "Okay. That's... easier than I thought it'd be.", "Thank you. Sorry, I'm a bit all over the place." },
    pleased = { "Thank you. Honestly. Mum would've liked you." },
  },

  closing = {
    resolved = "Okay. Thank you for being kind about it. I'll cross you off the list. ...That sounded awful. You "
      .. "know what I mean.",
    abandoned = "I can't do this today. I'll ring back another time. [hangs up]",
    unresolved = "I'm on my lunch break, I've got to go back in. I'll have to ring again.",
    escalated = "Okay. Put me through. Do I have to say it all again?",
  },

  tests = {
    {
      name = "warm path: condolence, his pace, a light process",
      seed = 1,
      replies = {
        "I'm so sorry about your mum, Gareth. That must be so hard, having to make all these calls. Take your "
          .. "time, there's no rush at all.",
        "That sounds awful, seeing her name on an envelope like that. I'm stopping any more letters going to her "
          .. "today. What else is still on your list?",
        "Thank you for telling me that. All that's left is her last meter reading, and you've already got it, on "
          .. "the calendar. I'll close the account from that reading and send you one final bill. For the death "
          .. "certificate, a photo on your phone is fine, whenever you're ready, and I'll take care of the rest.",
      },
      expect = {
        outcome = "resolved",
        goals = { "acknowledge_loss", "his_pace", "explain_simply", "light_paperwork", "stop_letters" },
        reveals = { "letters", "kitchen" },
        min_empathy = 50,
      },
    },
    {
      name = "cold path: the account number, the certificate, a hand-off",
      seed = 1,
      replies = {
        "Can I take the account number please?",
        "I'll need a copy of the death certificate and the date of death.",
        "Once we have those, our bereavement team will close the account. I'll transfer you to them now.",
      },
      expect = { outcome = "abandoned", max_empathy = 35 },
    },
    {
      name = "hostile path: the deceased, policy and probate",
      seed = 1,
      replies = {
        "As per our policy the account can only be closed by the executor once we have the death certificate.",
        "I can't do anything for the deceased's account without probate, there's nothing more I can do.",
      },
      expect = { outcome = "abandoned", max_empathy = 20 },
    },
  },
}
