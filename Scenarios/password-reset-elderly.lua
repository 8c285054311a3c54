-- An elderly customer locked out of her online banking, lost in a password reset.
--
-- What this scenario practises: patience that sounds real, plain words instead of jargon, one step at a time, and
-- checking she is still with you before moving on. A list of five clicks, "it's easy", or "2FA" loses her.

-- Words she doesn't know (beyond the analyzer's own jargon list): each one is a small wall.
local TECH_WORDS = {
  "browser", "url", "cache", "cookies", "two-factor", "two factor", "authenticator", "credentials", "drop-down",
  "dropdown", "toggle", "refresh the page", "incognito", "sms", "passcode", "one-time", "2fa", "otp", "login page",
  "log-in page", "landing page", "hyperlink", "pop-up", "popup", "tab at the top", "username field", "input",
}
local function tech_talk(turn)
  return turn:has("jargon") or turn:mentions(TECH_WORDS)
end

-- Too many instructions in one go: three or more different actions.
local ACTIONS = { "click", "type", "enter ", "go to", "select", "press", "open ", "tap", "choose", "scroll" }
local function too_many_steps(turn)
  local count = 0
  for _, action in ipairs(ACTIONS) do
    if turn:mentions(action) then count = count + 1 end
  end
  return count >= 3
end

-- "It's easy" tells her that struggling means she's stupid.
local function belittles(turn)
  return turn:mentions("it's easy", "it's really easy", "it's very easy", "it's simple", "it's very simple",
    "it's really simple", "quick and easy", "anyone can", "just quickly", "hurry", "super easy", "dead easy")
end

-- Asking her to read out the code: exactly what the fraudster asked.
local function asks_for_code(turn)
  return turn:mentions("read me the code", "read out the code", "read the code out", "tell me the code",
    "give me the code", "what's the code", "what is the code", "read me the numbers", "tell me the numbers")
end

local STEP_WORDS = { "text message", "a text", "your mobile", "your phone", "six numbers", "six-digit",
  "six digit", "the code", "little phone", "the box" }

---@type Scenario
return scenario {
  api_version = 1,
  id = "password-reset-elderly",
  title = "Locked out, and the branch has gone",
  summary = "Joan, 82, has been trying to reset her online banking password since nine this morning. Her local "
    .. "branch closed in March, so this is now the only way she can see her pension.",
  difficulty = 2,
  channel = "phone",
  skills = {
    "patience", "plain_words", "one_step_at_a_time", "check_understanding",
    "outcome:why-empathy", "outcome:everyone-has-a-story", "outcome:warning-signs",
  },
  max_turns = 12,

  persona = {
    name = "Joan",
    mood = -15,
    patience = 4,
    trust = 5,
    story = {
      {
        id = "branch",
        text = "Her branch on Fore Street closed in March. The nearest one is two buses away, and her knee is bad, "
          .. "so online banking is now the only way she can check her pension has gone in.",
        unlock = function(turn, customer)
          return customer.trust >= 10 and not customer:has_met("check_in")
            and (turn:has("open_question") or turn:has("reflect_feeling") or turn:has("validate"))
        end,
        line = "Oh, it's been all morning. I used to just go into the branch, you see. On Fore Street. But they "
          .. "shut it in March, and the next one's two buses away, with my knee.",
      },
      {
        id = "notebook",
        text = "Her grandson Liam set the banking up and wrote everything in a little red notebook. He is at "
          .. "university in Leeds now, and she doesn't like ringing him: she feels a nuisance.",
        unlock = function(turn, customer)
          return customer.state.knew_branch and customer.trust >= 25 and not customer:has_met("check_in")
            and (turn:has("open_question") or turn:has("validate") or turn:has("reassurance")
              or turn:has("reflect_feeling"))
        end,
        line = "My grandson Liam set it all up. He wrote it all in a little red book for me. But he's at university "
          .. "in Leeds now, and I don't like to keep ringing him. I feel such a nuisance.",
      },
      {
        id = "scam",
        text = "Last month a man rang claiming to be from the bank and asked her to read out a code from a text. She "
          .. "very nearly did; her neighbour took the phone off her. Every text with a code frightens her now.",
        unlock = function(turn, customer)
          return customer.state.knew_notebook and customer.trust >= 40 and turn.empathy >= 50
            and not customer:has_met("check_in")
        end,
        line = "And I'm frightened of these codes, if I'm honest. A man rang last month saying he was the bank and "
          .. "asked me to read one out. I very nearly did. My neighbour took the phone off me.",
      },
    },
  },

  opening = {
    "Hello? Oh good, a person. I'm trying to get into my banking on the computer and it keeps saying my password's "
      .. "wrong, and now it says I'm locked out. I've been at it since nine o'clock.",
    "Hello, dear. I'm sorry to bother you. I'm trying to change my password on the computer and I've got myself "
      .. "in a terrible muddle. It says I'm locked out.",
  },

  goals = {
    {
      id = "no_rush",
      description = "Show her you're in no hurry: there's plenty of time, and she can go at her own pace",
      required = true,
      phrases = { "take your time", "no rush", "no hurry", "plenty of time", "all the time you need",
        "in your own time", "not in any hurry", "i'm not going anywhere", "i am not going anywhere",
        "at your own pace", "as long as it takes", "there's no rush" },
    },
    {
      -- Met from the start; jargon loses it, a later plain-worded step wins it back.
      id = "plain_words",
      description = "Use plain words: 'a text with six numbers', not 'an SMS one-time passcode'",
      required = true,
      when = function(turn, customer)
        return customer.state.jargon > 0 and not tech_talk(turn) and turn:mentions(STEP_WORDS)
      end,
    },
    {
      id = "one_step",
      description = "Give one step at a time: first the text with the code on her mobile",
      required = true,
      after = "no_rush",
      when = function(turn, customer)
        return not tech_talk(turn) and not too_many_steps(turn) and turn:mentions(STEP_WORDS)
      end,
    },
    {
      id = "check_in",
      description = "Check she's with you before the next step ('Can you see it?', 'Tell me when it arrives')",
      required = true,
      after = "one_step",
      phrases = { "does that make sense", "is that okay", "are you with me", "still with me", "how are you getting on",
        "have you got that", "have you got it", "can you see", "let me know when", "tell me when", "what can you see",
        "what do you see", "did that work", "how did that go", "is that clear", "shout if", "has it arrived",
        "did it arrive", "has it come through", "did it come through" },
    },
    {
      id = "safe_code",
      description = "Once you know about the scam call, tell her the code is for the screen only, never to read out",
      weight = 0.5,
      when = function(turn, customer)
        return customer:knows("scam") and turn:mentions("never ask", "won't ask", "will never", "don't read it out",
          "don't tell anyone", "keep it to yourself", "not to anyone", "don't need to tell me", "only for the screen",
          "don't read it to", "never read it")
      end,
    },
  },

  setup = function(customer)
    customer.state.jargon = 0
    customer.state.harmed = 0
    customer:meet("plain_words")
  end,

  react = function(turn, customer, delta)
    customer:apply(delta)

    customer.state.knew_branch = customer:knows("branch")
    customer.state.knew_notebook = customer:knows("notebook")
    customer.state.this_turn = nil

    if asks_for_code(turn) then
      customer.state.this_turn = "code"
      customer:feel(-12)
      customer:gain_trust(-15)
      customer:lose_patience(1)
    elseif tech_talk(turn) then
      customer.state.jargon = customer.state.jargon + 1
      customer.state.this_turn = "jargon"
      customer:unmeet("plain_words")
      customer:feel(-8)
      if not turn.harmful then customer:lose_patience(1) end
    elseif too_many_steps(turn) then
      customer.state.this_turn = "too_many"
      customer:feel(-6)
      customer:lose_patience(1)
    elseif belittles(turn) then
      customer.state.this_turn = "belittled"
      customer:feel(-8)
      customer:gain_trust(-5)
    end
    -- Being told off is what makes her give up: she won't argue, she'll just put the phone down.
    if turn.harmful then
      customer.state.harmed = customer.state.harmed + 1
      customer:lose_patience(1)
    end
  end,

  respond = function(turn, customer)
    local what = customer.state.this_turn
    if what == "code" then
      return "Read it out? Oh, I don't know. The man last month wanted me to read one out. You are the bank, "
        .. "aren't you? I'm sorry, I just don't know who's who any more."
    end
    if turn.harmful and what ~= "jargon" then
      local told_off = {
        "There's no need to be like that. I'm doing my best.",
        "I'm not stupid, you know. I was a school secretary for thirty-one years.",
      }
      return told_off[(customer.state.harmed - 1) % #told_off + 1]
    end
    if what == "jargon" then
      return customer:pick({
        "I'm sorry, love, you've lost me. What does that mean? Is that the computer?",
        "I don't know what that is. I'm sorry. My grandson would know. I'm not very good with all this.",
      })
    end
    if what == "too_many" then
      return "Hang on, hang on. You said a lot of things there. What was the first one? I've only got one pair of "
        .. "hands."
    end
    if what == "belittled" then
      return "Well, it's not easy for me, dear. Everyone says it's easy."
    end
    if customer:has_met("check_in") then
      return "Oh! There it is, it's buzzing. Six numbers. I'm putting them in the box... it says 'choose a new "
        .. "password'. I'll write it in the red book."
    end
    if customer:has_met("one_step") and not customer.state.waiting then
      customer.state.waiting = true
      return "Right. The little phone. Hold on, it's in my handbag... Yes. I've got it in my hand now."
    end
    return nil
  end,

  weights = { reflect_feeling = 1.25, reassurance = 1.25, jargon = 0, suggestion = 1.25 },

  model_replies = {
    { moment = "the opening",
      reply = "Hello Joan. That sounds really tiring, at it since nine. There's no rush at all: we'll do it together, "
        .. "one step at a time." },
    { moment = "the first step",
      reply = "First, the bank will send a text message with six numbers to your mobile phone. Tell me when it "
        .. "arrives, and take your time." },
    { moment = "after the scam call comes out",
      reply = "You did the right thing being careful. Those numbers are only for typing into the screen: we will "
        .. "never ask you to read them out, and you don't need to tell me them either." },
  },

  lines = {
    furious = { "I think I'd better just go to the branch. Oh, I can't, can I. They've shut it." },
    upset = { "I'm sorry, I'm just not very good at all this.", "Oh dear. I've gone wrong somewhere, haven't I?" },
    neutral = { "Right. Hold on, let me find my glasses.", "Yes. Alright. What do I do now?" },
    calm = { "Oh, that's better. I'm writing it all down.", "Right. You're very patient, I'll say that." },
    pleased = { "Oh, you've been ever so kind. I'll tell Liam I did it myself." },
  },

  closing = {
    resolved = "There. It's let me in. Oh, and there's my pension. Thank you, dear. You've been ever so patient "
      .. "with me.",
    abandoned = "I'm sorry, I'll wait until my grandson's home at Christmas. Thank you anyway. [hangs up]",
    unresolved = "I'll have to leave it, dear, my tea's going cold. I'll try again tomorrow.",
  },

  tests = {
    {
      name = "warm path: no rush, one step, checking in",
      seed = 1,
      replies = {
        "Hello Joan. That sounds really tiring, being at it since nine. There's no rush at all, we'll do this "
          .. "together, one step at a time.",
        "That's a real shame about the branch, no wonder this matters so much. First, the bank will send a text "
          .. "message with six numbers to your mobile phone.",
        "Lovely. Tell me when it arrives, and take your time.",
      },
      expect = {
        outcome = "resolved",
        goals = { "no_rush", "plain_words", "one_step", "check_in" },
        reveals = { "branch" },
        min_empathy = 40,
      },
    },
    {
      name = "cold path: five clicks and an SMS passcode",
      seed = 1,
      replies = {
        "Please go to the login page and click on Forgotten Password.",
        "A one-time passcode is sent by SMS to your registered mobile. Select your account type, enter your "
          .. "customer number, then click Continue and type in the code.",
      },
      expect = { outcome = "abandoned", max_empathy = 30 },
    },
    {
      name = "hostile path: it's easy, calm down, your fault",
      seed = 1,
      replies = {
        "It's really easy, you just click Forgot Password.",
        "Calm down, madam, anyone can do this.",
        "You should have written the password down. That's not my problem.",
      },
      expect = { outcome = "abandoned", max_empathy = 20 },
    },
  },
}
