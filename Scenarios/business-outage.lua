-- A chip-shop owner whose business broadband has been down since lunchtime on a Friday.
--
-- What this scenario practises: empathy for a busy person is speed and action. One sentence of acknowledgement,
-- then a check on the line, ownership, and a next step with a real time. Long sympathy without action, the
-- "have you tried turning it off and on" script, and "as soon as possible" all cost him money and you his patience.

-- The script he has already done twice.
local function router_script(turn)
  return turn:mentions("restart the router", "restart your router", "restarting your router", "turn it off and on",
      "switch it off and on", "turning it off and on", "reboot", "unplug the router", "unplug your router",
      "check the cables", "check your cables", "power cycle", "factory reset")
    and not turn:mentions("already", "i expect you've", "i'm sure you've", "i imagine you've", "i know you've",
      "no need to", "don't need to")
end

-- No time, no owner: what "soon" means when you run a shop. A concrete time rescues it: turn:names_a_time() finds one
-- in "5:30", "8am", "in 20 minutes", "by half past", "at 6".
local function vague(turn)
  return turn:mentions("as soon as possible", "asap", "as soon as we can", "24 to 48 hours", "24-48 hours",
    "48 hours", "72 hours", "in due course", "someone will be in touch", "we'll be in touch", "we will be in touch",
    "someone will contact", "someone will call", "working on it", "looking into it")
    and not turn:names_a_time()
end

-- A reply that only sympathises: feelings named, nothing done.
local function sympathy_only(turn)
  local warm = turn:has("reflect_feeling") or turn:has("validate") or turn:has("apology") or turn:has("reassurance")
  local acts = turn:has("next_step") or turn:has("ownership") or turn:has("information") or turn:has("closed_question")
    or turn:mentions("check", "test", "engineer", "backup", "back-up", "4g", "book", "i can see")
  return warm and not acts
end

local STOPGAP = { "4g", "backup router", "back-up router", "backup box", "hotspot", "dongle", "mobile broadband",
  "forward your calls", "divert your calls", "call forwarding", "data sim" }

---@type Scenario
return scenario {
  api_version = 1,
  id = "business-outage",
  title = "Friday night, no internet",
  summary = "Dev runs a fish-and-chip shop. His business broadband has been down since lunchtime, and with it the "
    .. "card machine and the delivery-app tablets. It's half four on a Friday.",
  difficulty = 4,
  channel = "phone",
  skills = {
    "brief_acknowledgement", "ownership", "next_step", "concrete_times", "no_empty_promises",
    "outcome:why-empathy", "outcome:everyone-has-a-story", "outcome:resilience",
  },
  max_turns = 8,

  persona = {
    name = "Dev",
    mood = -50,
    patience = 3,
    trust = 0,
    story = {
      {
        id = "friday",
        text = "Friday tea-time is his busiest window: five till nine takes about £400 an hour, nearly half the "
          .. "week, mostly by card and through delivery apps that run on tablets on the shop's wifi.",
        unlock = function(turn, customer)
          return customer.trust >= 5 and not customer:has_met("timed_next_step")
            and (turn:has("open_question") or turn:has("paraphrase")
              or turn:mentions("how much", "costing you", "your business", "busiest", "friday"))
        end,
        line = "It's Friday. Five till nine is half my week. The delivery apps are on tablets on the wifi, the card "
          .. "machine's on the wifi. No internet, no orders. That's four hundred quid an hour, easy.",
      },
      {
        id = "done_it",
        text = "He has already restarted the router twice (the lights are red), checked the status page (it says no "
          .. "known issues), and Shaz at the hairdresser's two doors down is offline too: a street fault, not his kit.",
        unlock = function(turn, customer)
          return router_script(turn) or (customer.trust >= 20 and not customer:has_met("timed_next_step")
            and (turn:has("closed_question") or turn:has("open_question")))
        end,
        line = "I've turned the router off and on twice. The lights are red. Your website says 'no known issues'. And "
          .. "Shaz at the hairdresser's two doors down is off as well, so don't tell me it's my kit.",
      },
      {
        id = "loan",
        text = "He refitted the shop last year on a loan; the repayment goes out on Monday. One dead Friday is the "
          .. "difference between paying it comfortably and scrambling.",
        unlock = function(turn, customer)
          return customer.state.knew_friday and customer.trust >= 40 and turn.empathy >= 50
            and not customer:has_met("timed_next_step")
        end,
        line = "I refitted the place last year. The loan comes out Monday. One dead Friday and I'm scrambling. Sorry. "
          .. "Not your problem. I just need it working.",
      },
    },
  },

  opening = {
    "Right, my internet's been down since about one o'clock. I run a chip shop. It's half four on a Friday. I need "
      .. "it back, and I need to know when.",
    "Business line, Mistry's Fish Bar. We've had no internet since lunchtime: no card machine, no delivery orders. "
      .. "Friday. Tell me you can fix this.",
  },

  goals = {
    {
      id = "acknowledge_cost",
      description = "Acknowledge what this costs him, in a sentence, not a speech",
      weight = 0.5,
      techniques = { "reflect_feeling", "validate", "apology", "paraphrase" },
    },
    {
      id = "check_line",
      description = "Check his line and the area for a fault now, while he's on the call",
      required = true,
      phrases = { "check the line", "checking the line", "check your line", "checking your line", "test the line",
        "testing the line", "test your line", "testing your line", "line test", "run a test", "running a test",
        "area fault", "fault in your area", "fault in the area", "fault on the line", "fault on your line",
        "fault in your street", "outage in your area", "i can see a fault", "i can see an outage", "checking now",
        "let me check" },
    },
    {
      id = "ownership",
      description = "Take it on yourself: say what you will do, not what 'they' will",
      required = true,
      after = "check_line",
      techniques = { "ownership" },
      phrases = { "i'll take this", "i'm taking this", "i am taking this", "leave it with me", "i'll stay with this",
        "i'm booking", "i am booking", "i'm sending", "i am sending", "i'll personally", "i will personally" },
    },
    {
      id = "timed_next_step",
      description = "Give a concrete next step with a time: an engineer slot, a backup by a time, a call at a time",
      required = true,
      after = "ownership",
      weight = 1.5,
      when = function(turn, customer)
        return not vague(turn) and turn:names_a_time()
          and (turn:has("next_step") or turn:mentions("engineer", "backup", "back-up", "4g", "courier", "call you",
            "ring you", "booked", "booking"))
      end,
    },
    {
      id = "tonight",
      description = "Offer a stopgap for tonight's rush: a 4G backup router, or diverting his phone orders",
      weight = 1,
      phrases = STOPGAP,
    },
    {
      id = "credit",
      description = "Mention that he'll be credited for the lost service, without making it the headline",
      weight = 0.5,
      phrases = { "credit", "compensation", "compensate", "money off", "refund for", "won't be charged", "claim for" },
    },
  },

  setup = function(customer)
    customer.state.sympathy = 0
    customer.state.harmed = 0
  end,

  react = function(turn, customer, delta)
    customer.state.knew_friday = customer:knows("friday")
    customer.state.this_turn = nil

    if sympathy_only(turn) then
      -- He has no time for feelings without action: the first one gets nothing, the next ones cost.
      customer.state.sympathy = customer.state.sympathy + 1
      customer.state.this_turn = "sympathy"
      customer:gain_trust(math.min(delta.trust, 3))
      if customer.state.sympathy >= 2 then
        customer:feel(-10)
        customer:lose_patience(1)
      end
    else
      customer:apply(delta)
    end

    if router_script(turn) then
      customer.state.this_turn = "router"
      customer:feel(-10)
      customer:lose_patience(1)
    elseif vague(turn) then
      customer.state.this_turn = "vague"
      customer:feel(-12)
      customer:gain_trust(-10)
      customer:lose_patience(1)
    elseif #turn.text > 420 and not turn:names_a_time() then
      customer.state.this_turn = "long"
      customer:feel(-5)
    elseif turn:mentions("put you on hold", "place you on hold", "pop you on hold") then
      customer.state.this_turn = "hold"
      customer:feel(-4)
    end
    -- He has a shop to run: being told off or fobbed off, he'll hang up sooner than argue.
    if turn.harmful then
      customer.state.harmed = customer.state.harmed + 1
      customer:lose_patience(1)
    end
  end,

  respond = function(turn, customer)
    local what = customer.state.this_turn
    if turn.harmful then
      local lines = {
        "Don't you tell me how to feel. I've got staff stood around and fryers heating for nobody.",
        "Right. That's the attitude, is it? I'm paying for a business line, mate.",
      }
      return lines[(customer.state.harmed - 1) % #lines + 1]
    end
    if what == "router" then
      return "Yes. Obviously."
    end
    if what == "vague" then
      return "'As soon as possible' isn't a time. I need a time. I've got a queue at six."
    end
    if what == "sympathy" then
      if customer.state.sympathy >= 2 then
        return "Yeah, I know it's frustrating. I'm the one living it. What are you going to DO?"
      end
      return "Yeah. Thanks. So what happens now?"
    end
    if what == "long" then
      return "I've got fryers heating. Short version?"
    end
    if what == "hold" then
      return "Don't put me on hold. I've got a queue forming."
    end
    if customer:has_met("timed_next_step") and not customer:has_met("tonight") then
      return "Okay. That's a time, at least. Tonight's still cash only, mind, so I'll be telling people to bring notes."
    end
    if customer:has_met("ownership") and not customer:has_met("timed_next_step") then
      return customer:pick({ "Okay. When, though? Give me a time.", "Right. And when's that happening? A time." })
    end
    return nil
  end,

  -- What this customer values is action: someone owning it, and a time. Soothing words on their own grate.
  weights = { next_step = 2, ownership = 2, reassurance = 0.5, reflect_feeling = 0.75 },

  model_replies = {
    { moment = "the opening",
      reply = "No internet on a Friday tea-time, that's a nightmare for you. I'm running a test on your line right "
        .. "now, stay with me." },
    { moment = "once the fault is found",
      reply = "There's a fault on the cable in your street, so it's not your kit. I'm sending you a 4G backup router "
        .. "by courier, with you by 5:30pm, and I've booked an engineer for 8am tomorrow. I'm Priya, and I'll ring "
        .. "you at 6 to check the backup's working." },
  },

  lines = {
    furious = { "I haven't got time for this. Give me a time or give me someone who can.",
      "Every minute I'm on this phone I'm not serving." },
    upset = { "Okay, and? What happens now?", "I need a time. Not a 'soon'. A time." },
    neutral = { "Go on, I'm listening. Quickly, though.", "Right. And then?" },
    calm = { "Okay. That I can work with.", "Right. Good. Keep going." },
    pleased = { "Brilliant. Cheers. You've actually helped." },
  },

  closing = {
    resolved = "Right. I'm writing that down. If it's not here by then I'm ringing back and asking for you. ...Cheers.",
    abandoned = "Forget it. I'll put a cash-only sign up and ring round other providers on Monday. [hangs up]",
    unresolved = "I've got to go, the fryers are up and there's a queue. I'm still offline. [hangs up]",
    escalated = "Fine, put me through. But if I hear hold music for more than two minutes I'm hanging up.",
  },

  tests = {
    {
      name = "warm path: one line of empathy, a test, a 4G backup by a time",
      seed = 1,
      replies = {
        "That's a nightmare on a Friday, I'm sorry. I'm running a test on your line right now. How long has the "
          .. "shop been taking cash only?",
        "I can see a fault on the cable in your street, so it's not your kit. I'll take this on myself: I'm sending "
          .. "you a 4G backup router by courier, with you by 5:30pm, and I've booked an engineer for 8am tomorrow.",
      },
      expect = {
        outcome = "resolved",
        goals = { "acknowledge_cost", "check_line", "ownership", "timed_next_step", "tonight" },
        reveals = { "friday" },
      },
    },
    {
      name = "cold path: sympathy, the router script, 'as soon as possible'",
      seed = 1,
      replies = {
        "I'm so sorry to hear that, that must be really frustrating for you.",
        "I completely understand. Have you tried restarting your router?",
        "Our engineers will be in touch as soon as possible.",
      },
      expect = { outcome = "abandoned", reveals = { "done_it" } },
    },
    {
      name = "hostile path: calm down, it's in the SLA",
      seed = 1,
      replies = {
        "Calm down, sir, it's only been a few hours.",
        "Outages happen, it's in the SLA. There's nothing I can do, you'll have to wait.",
      },
      expect = { outcome = "abandoned", max_empathy = 20 },
    },
    {
      -- "by 6" is a clock hour, as good as "6pm": the call resolves on it.
      name = "a time as people say it: 'by 6'",
      seed = 1,
      replies = {
        "I'm running a test on your line right now.",
        "It's a fault in your street, not your kit. Leave it with me: I've booked an engineer and I'm sending a 4G "
          .. "backup router by courier, with you by 6.",
      },
      expect = { outcome = "resolved", goals = { "check_line", "ownership", "timed_next_step" } },
    },
    {
      -- A duration is not a time. Had "within 3 working days" or "in 48 hours" counted, the call would have
      -- resolved on that reply and the later replies would never be played (which fails the test).
      name = "durations are not times: 'within 3 working days', 'in 48 hours'",
      seed = 1,
      replies = {
        "I'm running a test on your line right now.",
        "It's a fault in your street, not your kit. Leave it with me: I'm booking an engineer for you, he'll be "
          .. "with you within 3 working days.",
        "The engineer will be with you in 48 hours.",
        "Our engineers will be in touch as soon as possible.",
      },
      expect = { outcome = "abandoned" },
    },
  },
}
