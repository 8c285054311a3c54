-- A night-shift worker writes to his energy supplier in his second language, frightened by a red "final notice".
--
-- What this scenario practises: plain words and short sentences, checking understanding, and patience with
-- mistakes. He reads every reply through a translator app. Jargon ("arrears", "mandate", "outstanding balance"),
-- idioms ("bear with me", "sort it out", "leave it with me") and long sentences lose him: he asks what they mean,
-- and he gets more frightened. The fix is simple once someone asks how he pays; the skill is in how it is said.
--
-- Outcomes it trains (see `skills`): why empathy matters (patience is what lets him explain) and everyone has a
-- story (a new bank, a five-month-old daughter, and a wife who usually reads the letters).

local function lower(text) return string.lower(text) end

-- Words an energy company uses and he does not. Short ones are matched as whole words.
local JARGON = {
  "arrears", "outstanding balance", "mandate", "remittance", "reconcile", "collections team", "collections activity",
  "debt recovery", "payment arrangement", "account holder", "be advised", "as per", "aforementioned",
  "debit instruction", "billing cycle", "pro rata", "pro-rata", "in credit", "estimated reading",
}
local SHORT_JARGON = { "dd", "bacs", "acc", "asap", "t&cs" }

-- Idioms a translator app turns into nonsense.
local IDIOMS = {
  "bear with me", "no worries", "sort it out", "sort this out", "get it sorted", "get this sorted", "sorted out",
  "get to the bottom", "touch base", "in the loop", "on the same page", "hang tight", "sit tight", "piece of cake",
  "ballpark", "up in the air", "over the moon", "hold your horses", "get the ball rolling", "at the end of the day",
  "not the end of the world", "rest assured", "leave it with me", "bear in mind", "on top of it", "pop over",
  "heads up", "fingers crossed", "give me a sec", "in a jiffy", "hang on a sec",
}

-- The first hard term in a reply, for him to ask about; nil when the reply is plain.
local function hard_term(text)
  local t = lower(text)
  for _, term in ipairs(IDIOMS) do
    if string.find(t, term, 1, true) then return term end
  end
  for _, term in ipairs(JARGON) do
    if string.find(t, term, 1, true) then return term end
  end
  for _, term in ipairs(SHORT_JARGON) do
    if string.find(t, "%f[%w]" .. string.gsub(term, "%p", "%%%0") .. "%f[%W]") then return term end
  end
  return nil
end

-- Too much to put through a translator: a sentence over 20 words, or more than 60 words in all.
local function too_long(text)
  local total = 0
  for sentence in string.gmatch(text .. ".", "[^%.!%?]+[%.!%?]") do
    local words = 0
    for _ in string.gmatch(sentence, "%S+") do words = words + 1 end
    if words > 20 then return true end
    total = total + words
  end
  return total > 60
end

local function plain(turn)
  return hard_term(turn.text) == nil and not too_long(turn.text) and not turn:has("jargon")
end

-- Impatience with his English.
local MOCKS = {
  "proper english", "learn english", "learn the language", "speak english", "write in english", "write properly",
  "can't understand you", "cannot understand you", "can not understand you", "makes no sense", "your english is bad",
  "your english is poor", "your english is terrible", "broken english", "what are you trying to say",
  "what you're trying to say", "what you are trying to say",
}

-- Patience with his English.
local PATIENT = {
  "take your time", "no rush", "no hurry", "your english is fine", "your english is good", "your english is very good",
  "your english is great", "you write very well", "you are writing very well", "i understand you",
  "don't be sorry", "do not be sorry", "no need to be sorry", "no need to say sorry",
}

local PAYMENT = { "bank", "direct debit", "pay ", "pay?", "paid", "payment", "pays" }

local CHECKS = {
  "make sense", "is that clear", "is this clear", "clear for you", "did i explain", "is everything clear",
  "anything not clear", "any questions", "do you understand", "ok for you", "okay for you", "tell me if",
  "say it again", "explain again", "write it again", "did you understand", "is that ok", "is that okay",
}

local REPHRASE = {
  "simple words", "more simply", "in other words", "i mean", "say it simply", "say it more simply", "simpler",
}

local SAFE = {
  "not switch off", "not be switched off", "won't switch off", "not cut", "not be cut", "won't cut",
  "not turn off", "not be turned off", "won't turn off", "not going to switch", "not going to cut",
  "not going to turn", "stays on", "stay on", "no one will come", "nobody will come", "not come to your house",
  "won't come to your house", "will not come", "keep your electricity", "your electricity is safe",
  "not lose your electricity", "will not lose", "won't lose",
}

---@type Scenario
return scenario {
  api_version = 1,
  id = "second-language",
  title = "A red letter, read through a translator",
  summary = "A warehouse night-shift worker writes in his second language about a 'final notice'. He thinks his "
    .. "electricity will be cut off. A bank change broke his direct debit; plain words fix it.",
  difficulty = 2,
  channel = "chat",
  skills = {
    "plain_language", "check_understanding", "patience", "reassurance", "no_jargon",
    "outcome:why-empathy", "outcome:everyone-has-a-story",
  },
  max_turns = 8,

  persona = {
    name = "Tomasz",
    mood = -40,
    patience = 4,
    trust = 0,
    story = {
      {
        id = "new_bank",
        text = "He changed banks in August when his old bank closed its branch in town. He gave the new details "
          .. "to his employer and his landlord, and forgot the energy company. Two payments failed.",
        unlock = function(turn, customer)
          return turn:mentions(PAYMENT) and string.find(turn.text, "?", 1, true) ~= nil and customer.trust >= 5
        end,
        line = "Ah. Wait. In August I change my bank. The old bank close the branch in our town. I give new number "
          .. "to my work and to landlord... but to you, I think I forget. This is the problem?",
      },
      {
        id = "baby",
        text = "His daughter Zosia is five months old. It is November. No electricity means no heating, and that is "
          .. "the fear behind every message.",
        unlock = function(turn, customer)
          return customer.state.had_new_bank and customer.trust >= 20
            and (turn:has("reflect_feeling") or turn:has("validate") or turn:has("reassurance") or turn:mentions(PATIENT))
        end,
        line = "Sorry I am so worried. My daughter is five months. It is November. Without electricity we have "
          .. "no heating, nothing.",
      },
      {
        id = "wife",
        text = "His wife usually reads the official letters; her English is better. She is in Poland for two weeks "
          .. "because her father had a stroke. He is reading this with a translator app after a night shift.",
        unlock = function(turn, customer)
          return customer.state.had_baby and customer.trust >= 30 and (turn:mentions(PATIENT) or turn.empathy >= 60)
        end,
        line = "Normally my wife read these letters, her English is much better. She is in Poland two weeks, her "
          .. "father had a stroke. I read this with translator after night shift. Sorry for my English.",
      },
    },
  },

  opening = {
    "Hello. I get letter from you today. It say FINAL NOTICE and 'we may apply for a warrant to fit a prepayment "
      .. "meter'. I pay every month. Why you want to come in my house?",
    "Good morning. Please help. I have letter from you, red colour, 'final notice'. I not understand everything. "
      .. "I think you will switch off my electricity? I always pay.",
  },

  goals = {
    {
      id = "safe_now",
      description = "Tell him plainly, early, that his electricity stays on and nobody is coming to his house",
      required = true,
      when = function(turn, customer)
        return turn:mentions(SAFE) and not turn.harmful
      end,
    },
    {
      id = "find_cause",
      description = "Ask how he pays, to find out why the payments stopped",
      required = true,
      when = function(turn, customer)
        return turn:mentions(PAYMENT) and string.find(turn.text, "?", 1, true) ~= nil
      end,
    },
    {
      id = "fix_it",
      description = "Offer the fix in plain words: a new direct debit from his new bank, the missed money in "
        .. "small parts",
      required = true,
      after = "find_cause",
      phrases = { "new bank details", "new details", "new direct debit", "new bank", "set up", "three parts",
        "small parts", "3 parts", "three months", "3 months", "smaller payments", "small payments", "in parts",
        "payment plan" },
    },
    {
      id = "check_understanding",
      description = "Check that he has understood, and offer to say it again",
      required = true,
      phrases = CHECKS,
    },
    {
      -- Met from the start (see setup); lost with jargon, an idiom or a wall of text; won back by saying it again
      -- simply, or simply and then checking he understood.
      id = "plain_words",
      description = "Use plain words and short sentences: no jargon, no idioms",
      required = true,
      when = function(turn, customer)
        return customer.state.unclear > 0 and plain(turn) and turn:mentions(CHECKS, REPHRASE)
      end,
    },
  },

  setup = function(customer)
    customer.state.unclear = 0
    customer.state.asked = {}
    customer:meet("plain_words")
  end,

  react = function(turn, customer, delta)
    customer:apply(delta)

    customer.state.had_new_bank = customer:knows("new_bank")
    customer.state.had_baby = customer:knows("baby")
    customer.state.this_turn = nil
    customer.state.term = nil

    if turn:mentions(MOCKS) then
      customer.state.this_turn = "mocked"
      customer:feel(-20)
      customer:gain_trust(-15)
      customer:lose_patience(2) -- being made to feel stupid is worse than any wait
      return
    end
    local term = hard_term(turn.text)
    if term or too_long(turn.text) then
      customer.state.unclear = customer.state.unclear + 1
      customer:unmeet("plain_words")
      customer.state.this_turn = term and "term" or "long"
      customer.state.term = term
      customer:feel(-6) -- not anger: fear, because he is not sure what he is being told
      customer:gain_trust(-3)
    elseif turn:mentions(PATIENT) then
      customer:feel(5)
      customer:gain_trust(5)
    end
  end,

  respond = function(turn, customer)
    local what = customer.state.this_turn
    if what == "mocked" then
      return customer:pick({
        "OK. Sorry. I try my best. English is my second language.",
        "I understand more than I can write. Please, only tell me about the electricity.",
      })
    end
    if what == "term" then
      local term = customer.state.term
      if customer.state.asked[term] then
        return "Again '" .. term .. "'. I still don't know this word. Please, other words."
      end
      customer.state.asked[term] = true
      return "Sorry, I don't know '" .. term .. "'. The translator give me something strange. "
        .. "What it means?"
    end
    if what == "long" then
      return "Sorry, this is very long. I put it in translator and it is confusing. Can you write more short?"
    end
    if turn.harmful then
      return customer:pick({ "I don't understand why you say this.", "Please. I only want to know about my electricity." })
    end
    if customer:has_met("safe_now") and not customer.state.thanked_safe then
      customer.state.thanked_safe = true
      if not customer:has_met("find_cause") then
        return "OK. Thank you. This is very important for me. But why I have this letter?"
      end
    end
    if customer:has_met("fix_it") and not customer:has_met("check_understanding") then
      return customer:pick({
        "OK... I think I understand. New direct debit, and the money in parts?",
        "Yes. Maybe. How I give you the new bank number?",
      })
    end
    return nil
  end,

  -- He needs to be sure, and to be given the time to be sure: reassurance and patience count for more here.
  weights = { reassurance = 1.5, paraphrase = 1.5, gratitude = 1.5 },

  model_replies = {
    { moment = "the opening",
      reply = "Hello Tomasz. Thank you for writing. Your electricity will not be switched off. Nobody will come to "
        .. "your house. How do you pay us each month?" },
    { moment = "when he says he changed bank",
      reply = "Yes, that is the problem. The money went to your old bank. We can make a new direct debit with your "
        .. "new bank. You can pay the missed money in three small parts. Is that clear?" },
    { moment = "after you used a word he did not know",
      reply = "Sorry, that was not a clear word. I will say it more simply: you did not pay in September and "
        .. "October. You owe us £186.40. Is that clear?" },
  },

  lines = {
    furious = { "Please. I have a baby. Tell me yes or no: you switch off my electricity?",
      "I don't understand. Please write simple." },
    upset = { "So what I must do? I don't want problem.", "I still don't understand why I have this letter." },
    neutral = { "OK. And what I do now?", "OK. I read it two times. Next step?" },
    calm = { "OK. Thank you. Now I understand better.", "Good. Thank you for writing slowly." },
    pleased = { "Thank you very much. You explain very good. I was very scared this morning." },
  },

  closing = {
    resolved = "OK. I understand everything now. Thank you for your patience with me. Now I can sleep.",
    abandoned = "Sorry. I don't understand. I will ask my neighbour to call you. [leaves the chat]",
    unresolved = "I must sleep now, I work tonight. I still don't know what to do with this letter. [leaves the chat]",
  },

  tests = {
    {
      name = "warm path: plain, patient, checked",
      seed = 1,
      replies = {
        "Hello Tomasz, thank you for writing. I can see you are worried. Your electricity will not be switched off. "
          .. "Nobody will come to your house. How do you pay us each month?",
        "Thank you, Tomasz. Yes, that is the problem. The money went to your old bank, so it did not arrive. You owe "
          .. "£186.40. We can make a new direct debit with your new bank.",
        "You can pay the £186.40 in three small parts, one each month. Is that clear? I can explain again if you want.",
      },
      expect = {
        outcome = "resolved",
        goals = { "safe_now", "find_cause", "fix_it", "check_understanding", "plain_words" },
        reveals = { "new_bank" },
        min_empathy = 40,
      },
    },
    {
      name = "repair path: an idiom, then said again simply",
      seed = 1,
      replies = {
        "Hi Tomasz, no worries, bear with me and we'll get this sorted. Your electricity will not be switched off.",
        "Sorry, that was not clear. In simple words: we will not switch off your electricity. How do you pay us "
          .. "each month? Is that clear?",
        "Thank you. That is the problem. We can make a new direct debit with your new bank. You can pay the missed "
          .. "money in three small parts.",
      },
      expect = {
        outcome = "resolved",
        goals = { "safe_now", "find_cause", "fix_it", "check_understanding", "plain_words" },
      },
    },
    {
      name = "cold path: correct, but in the company's words",
      seed = 1,
      replies = {
        "Please be advised that your account is in arrears due to two failed DD payments.",
        "The outstanding balance of £186.40 must be paid to avoid further collections activity.",
        "You will need to set up a new mandate with your bank and clear the arrears.",
        "Is there anything else I can help you with today?",
      },
      expect = { outcome = "abandoned", max_empathy = 30 },
    },
    {
      name = "hostile path: impatience with his English",
      seed = 1,
      replies = {
        "I can't understand what you're trying to say. Can you write in proper English?",
        "You didn't pay your bill, that's why you got the letter.",
        "It's not that hard. Just pay it.",
      },
      expect = { outcome = "abandoned", max_empathy = 20 },
    },
  },
}
