-- A long-time subscriber whose "Premium 4K" picture turns to mush every evening, and who says so sarcastically.
--
-- What this scenario practises: not mirroring sarcasm, and not taking it personally or literally; hearing the
-- real complaint under it (paying for 4K, getting a spinning wheel every evening, having already done the help
-- page's checklist twice) and doing something concrete about it. His lines get plainer as he feels heard: the
-- sarcasm is armour, and it comes off when someone stops reading him a script.
--
-- Outcomes it trains (see `skills`): everyone has a story (Thursday night is the one evening he still shares
-- with his teenage son) and why empathy matters (the sarcasm fades only when he is taken seriously).

-- Troubleshooting he has done twice already.
local CHECKLIST = {
  "restart your router", "restarting your router", "restart the router", "reboot", "turn it off and on",
  "switch it off and on", "turning it off", "clear the cache", "clear the app cache", "clearing the cache",
  "reinstall", "speed test", "check your internet", "check your connection", "unplug",
}

-- Putting it on his broadband, when his phone streams fine on the same wifi.
local BLAMES_BROADBAND = {
  "your internet", "your broadband", "your wifi", "your wi-fi", "your connection", "your network",
  "internet provider", "broadband provider", "on your end", "on your side",
}

-- Sarcasm handed back: the analyzer's `sarcasm`, plus the mirrors it may not know.
local MIRRORS = {
  "oh brilliant", "oh great", "oh wonderful", "welcome to the club", "join the club", "lucky you",
  "how tragic", "first world problem", "what a tragedy", "sorry for your loss",
}

-- Taking a sarcastic line at face value.
local LITERAL = { "glad to hear", "great to hear", "happy to hear", "glad you're enjoying", "glad you enjoy" }

-- The real complaint, in his words or close to them.
local THE_PROBLEM = {
  "buffer", "spinning", "loading", "blurry", "picture quality", "quality drop", "4k", "every evening",
  "evenings", "in the evening", "the tv app", "on your tv", "on the tv", "paying for", "premium", "mush",
}

local REMEDY = {
  "credit", "refund", "money back", "month free", "free month", "workaround", "cast from your phone",
  "casting from your phone", "cast it from", "cast to the tv", "in the browser", "streaming stick",
  "through your phone", "from your phone to",
}

local function blames_broadband(turn)
  return turn:mentions(BLAMES_BROADBAND)
    and not turn:mentions("not your", "isn't your", "is not your", "nothing to do with your")
end

local function mirrors(turn)
  return turn:has("sarcasm") or turn:mentions(MIRRORS)
end

local function owns_tone(turn)
  return turn:has("apology") and turn:mentions("tone", "came out wrong", "that was rude", "shouldn't have said",
    "should not have said", "uncalled for", "unprofessional", "out of line", "that was sarcastic")
end

---@type Scenario
return scenario {
  api_version = 1,
  id = "sarcastic-streaming",
  title = "'Premium 4K', allegedly",
  summary = "A nine-year subscriber pays for 4K and gets a spinning wheel every evening on his TV. He has done "
    .. "the checklist twice, and he is being sarcastic about it. Under the sarcasm: one evening a week.",
  difficulty = 3,
  channel = "chat",
  skills = {
    "no_mirroring", "find_the_real_complaint", "acknowledge", "ownership", "next_step",
    "outcome:everyone-has-a-story", "outcome:why-empathy",
  },
  max_turns = 8,

  persona = {
    name = "Neil",
    mood = -45,
    patience = 3,
    trust = 0,
    story = {
      {
        id = "checklist",
        text = "He has restarted the router, reinstalled the app, cleared the cache and run a speed test (200 Mbps), "
          .. "twice. His phone plays the same episode perfectly, sitting next to the TV on the same wifi.",
        unlock = function(turn, customer)
          return (turn:has("open_question") or turn:has("closed_question") or turn:mentions(CHECKLIST))
            and not turn.harmful
        end,
        line = "Before you send me the checklist: router restarted, app reinstalled, cache cleared, speed test says "
          .. "200 meg. Twice. And my phone plays the same episode fine, sitting right next to the telly.",
      },
      {
        id = "thursdays",
        text = "Since the divorce his son Callum, fifteen, stays with him on Thursdays. Watching their show together "
          .. "is the one thing they still do. Last Thursday it buffered into mush and Callum went up to his room "
          .. "halfway through.",
        unlock = function(turn, customer)
          return customer.state.had_checklist and customer.trust >= 25
            and (turn:has("open_question") or turn:has("reflect_feeling") or turn:has("validate"))
        end,
        line = "Look, it's Thursdays, mostly. My lad stays with me Thursdays. Fifteen. It's the one thing we still "
          .. "watch together. Last week it went to mush and he just took his phone upstairs.",
      },
      {
        id = "cancel_tab",
        text = "He has had the cancellation page open in another tab all week and has not pressed it: the final "
          .. "season starts in three weeks and Callum would never forgive him.",
        unlock = function(turn, customer)
          return customer.state.had_thursdays and customer.trust >= 45 and turn.empathy >= 55
        end,
        line = "I've had your cancel page open in another tab all week, you know. Haven't pressed it. Final season's "
          .. "in three weeks. He'd never forgive me.",
      },
    },
  },

  opening = {
    "Oh brilliant, the spinning wheel is back. Truly worth £17.99 a month. I'm paying for 4K so I can watch a "
      .. "loading circle in stunning detail. Can someone explain what exactly I'm paying for?",
    "Quick question: is 'Premium 4K' an in-joke over there? Because from my sofa it looks like a watercolour of a "
      .. "TV show. Every evening. Like clockwork. Love that for me.",
  },

  goals = {
    {
      -- Met from the start (see setup); lost by handing the sarcasm back, won back by owning the tone.
      id = "no_mirror",
      description = "Don't hand the sarcasm back; if you slip, own it",
      required = true,
      when = function(turn, customer)
        return customer.state.mirrored > 0 and owns_tone(turn) and not mirrors(turn)
      end,
    },
    {
      id = "real_complaint",
      description = "Name the real complaint under the sarcasm: he pays for 4K and gets buffering every evening",
      required = true,
      when = function(turn, customer)
        return turn:mentions(THE_PROBLEM) and not turn.harmful
          and (turn:has("paraphrase") or turn:has("reflect_feeling") or turn:has("validate") or turn:has("apology"))
      end,
    },
    {
      id = "remedy",
      description = "Do something concrete: a way to watch properly now (cast from his phone) and a credit for the "
        .. "evenings he's lost",
      required = true,
      after = "real_complaint",
      when = function(turn, customer)
        return turn:mentions(REMEDY) and not turn.harmful
      end,
    },
    {
      id = "not_his_fault",
      description = "Once he's told you what he's tried, say plainly it isn't his broadband (it's a known fault in "
        .. "the TV app)",
      weight = 0.5,
      when = function(turn, customer)
        return customer:knows("checklist") and not blames_broadband(turn)
          and turn:mentions("known issue", "known fault", "known problem", "not your broadband", "not your wifi",
            "not your internet", "not your fault", "our app", "on our side", "on our end", "our fault", "our end")
      end,
    },
    {
      id = "thursday",
      description = "Once you know about Thursdays, make sure Thursday works",
      weight = 0.5,
      when = function(turn, customer)
        return customer:knows("thursdays") and turn:mentions("thursday", "callum", "your son", "your lad", "finale",
          "final season")
      end,
    },
  },

  setup = function(customer)
    customer.state.mirrored = 0
    customer:meet("no_mirror")
  end,

  react = function(turn, customer, delta)
    customer:apply(delta)

    customer.state.had_checklist = customer:knows("checklist")
    customer.state.had_thursdays = customer:knows("thursdays")
    customer.state.this_turn = nil

    if mirrors(turn) then
      customer.state.mirrored = customer.state.mirrored + 1
      customer.state.this_turn = "mirrored"
      customer:unmeet("no_mirror")
      customer:feel(-10)
    elseif customer.state.mirrored > 0 and not customer:has_met("no_mirror") and owns_tone(turn) then
      customer.state.this_turn = "owned_tone"
      customer:feel(8)
      customer:gain_trust(8)
    elseif turn:mentions(CHECKLIST) then
      -- The script he has already followed twice tries his patience, even said nicely (but it is one strike,
      -- not two, when the reply was cold anyway).
      customer.state.this_turn = "checklist"
      customer:feel(-8)
      if delta.patience == 0 then customer:lose_patience(1) end
    elseif blames_broadband(turn) then
      customer.state.this_turn = "broadband"
      customer:feel(-10)
      if delta.patience == 0 then customer:lose_patience(1) end
    elseif turn.number == 1 and turn:mentions(LITERAL) then
      customer.state.this_turn = "literal"
      customer:feel(-5)
    end
  end,

  respond = function(turn, customer)
    local what = customer.state.this_turn
    if what == "mirrored" then
      if customer.state.mirrored >= 2 then
        return "Right, we're both being sarcastic now. Great. Very productive. Is anyone there actually going to "
          .. "fix it?"
      end
      return customer:pick({
        "Oh good, sarcasm from the help desk as well. Five stars.",
        "Ha. Okay. I've earned that, maybe. Still doesn't fix my telly.",
      })
    end
    if what == "owned_tone" then
      return "Fair enough. I haven't exactly been a ray of sunshine either. So. The picture."
    end
    if what == "checklist" then
      return customer:pick({
        "Ooh, turn it off and on again. Why didn't I think of that? Oh wait. I did. Twice.",
        "Reinstall the app. Genius. I've reinstalled it so often it should pay rent.",
      })
    end
    if what == "broadband" then
      return "My phone is on the same wifi, in the same room, playing the same episode perfectly. Try again."
    end
    if what == "literal" then
      return "That was sarcasm. Just so we're clear. It's rubbish."
    end
    if turn.harmful then
      return customer:pick({ "Wow. Okay. Cancel page it is, then.", "Lovely. Really selling the premium experience." })
    end
    if customer:has_met("remedy") and not customer:knows("thursdays") and not customer.state.asked_when then
      customer.state.asked_when = true
      if customer:has_met("no_mirror") and customer:has_met("real_complaint") then
        return "Okay. If that works by Thursday, you've saved my week. Thursday's the one that matters."
      end
      return "Okay. And will that actually work by Thursday? Because Thursday is the one that matters."
    end
    return nil
  end,

  -- He wants to be taken seriously and to see action; paraphrase shows you heard the complaint, not the tone.
  weights = { paraphrase = 1.5, ownership = 1.5, next_step = 1.5, reassurance = 0.5 },

  model_replies = {
    { moment = "the opening",
      reply = "Paying for 4K and getting a blurry picture every evening is genuinely annoying, I'm sorry. What have "
        .. "you already tried, so I don't send you the same checklist?" },
    { moment = "after the checklist",
      reply = "You've done everything right, and if your phone plays it fine, it isn't your broadband. It's a "
        .. "known fault in our TV app on some 2019 TVs since the October update." },
    { moment = "after Thursdays come out",
      reply = "Thursdays with Callum matter, no wonder this has got to you. Until the fix lands, casting from your "
        .. "phone avoids the bug, so Thursday will work. I'm also crediting this month's £17.99 today." },
  },

  lines = {
    furious = { "Wow. Five stars. Would be ignored again.", "Take your time. I've only been paying you for nine years." },
    upset = {
      "So is this the bit where you tell me to restart the router?",
      "Honestly, I'd settle for 'HD that works'. Dream big, eh.",
    },
    neutral = { "Okay. Go on.", "Right. So what actually happens now?" },
    calm = { "Okay. That's... actually helpful. Thanks.", "Fair enough. That's the first straight answer I've had." },
    pleased = { "Right, I take back about half of what I said. Cheers." },
  },

  closing = {
    resolved = "Right. I'll try it tonight. And, genuinely, thanks. You're the first one who didn't send me a link.",
    abandoned = "Forget it. Cancel page, here I come. [leaves the chat]",
    unresolved = "I've got to go and pick my lad up. Spinning wheel tonight, then. Can't wait. [leaves the chat]",
  },

  tests = {
    {
      name = "warm path: the complaint under the sarcasm",
      seed = 1,
      replies = {
        "That sounds really frustrating, paying for 4K and getting a blurry picture every evening. I'm sorry. What "
          .. "have you already tried, so I don't send you the same checklist?",
        "You've done everything right, and if your phone plays it fine, it's not your broadband. It's a known fault "
          .. "in our TV app on some 2019 TVs. What do you usually watch in the evenings?",
        "Thursdays with your son matter, no wonder this has got to you. Until the fix lands, casting from your phone "
          .. "to the TV avoids the bug, so Thursday will work. I'll also credit this month's £17.99 today.",
      },
      expect = {
        outcome = "resolved",
        goals = { "no_mirror", "real_complaint", "remedy", "not_his_fault", "thursday" },
        reveals = { "checklist", "thursdays" },
        min_empathy = 50,
      },
    },
    {
      name = "slip and repair: sarcasm handed back, then owned",
      seed = 1,
      replies = {
        "Oh great, another one who thinks 4K is a human right.",
        "Sorry, that was rude of me and out of line. Buffering every evening when you pay for premium is really "
          .. "annoying. What have you tried so far?",
        "That's a known fault in our TV app, not your broadband. Casting from your phone to the TV works around it, "
          .. "and I'll credit this month's fee today.",
      },
      expect = { outcome = "resolved", goals = { "no_mirror", "real_complaint", "remedy" }, reveals = { "checklist" } },
    },
    {
      name = "cold path: the checklist again",
      seed = 1,
      replies = {
        "Have you tried restarting your router?",
        "Please clear the app cache and reinstall the app.",
        "The problem may be your internet connection.",
      },
      expect = { outcome = "abandoned", max_empathy = 30 },
    },
    {
      name = "hostile path: sarcasm for sarcasm",
      seed = 1,
      replies = {
        "Oh wow, what a tragedy. First world problem, mate.",
        "Yeah right, like you've done the checklist.",
        "If your internet is rubbish that's not our fault.",
      },
      expect = { outcome = "abandoned", max_empathy = 20 },
    },
  },
}
