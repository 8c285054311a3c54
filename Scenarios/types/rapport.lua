---@meta rapport
-- LuaLS type definitions for the Rapport scenario API, version 1.
--
-- This file is never run: it only tells the Lua language server (LuaLS) what the engine provides, so an editor can
-- complete field names and flag type mistakes in scenario files. Scenarios/.luarc.json points LuaLS here.
-- The reference is docs/scenario-api.md. Within API v1 this file only grows (new optional fields, new names).

-- ---------------------------------------------------------------------------------------------------------------
-- Names

---A conversational technique the reply analyzer can detect. The first fourteen help rapport; the last seven harm
---it (a reply with any harmful technique sets `turn.harmful`).
---@alias Technique
---| "open_question"   # asks something the customer answers in their own words ("What happened?")
---| "closed_question" # asks for a yes/no or a fact ("Is that the right order?")
---| "paraphrase"      # says back what the customer said, in other words
---| "reflect_feeling" # names the feeling ("that sounds exhausting")
---| "validate"        # says the feeling makes sense ("anyone would be upset")
---| "apology"         # says sorry
---| "reassurance"     # reduces worry ("we'll get this sorted")
---| "self_disclosure" # shares a little of oneself
---| "suggestion"      # proposes an option
---| "information"     # explains facts
---| "ownership"       # takes personal responsibility ("I'll make sure...")
---| "next_step"       # says what happens next
---| "personalization" # uses the customer's name or details
---| "gratitude"       # thanks the customer
---| "blame"           # harmful: blames the customer
---| "dismissive"      # harmful: brushes the feeling aside ("calm down")
---| "policy_shield"   # harmful: hides behind policy
---| "jargon"          # harmful: internal or technical terms
---| "sarcasm"         # harmful
---| "profanity"       # harmful
---| "shouting"        # harmful: capitals, many exclamation marks

---How a call ended.
---@alias Outcome
---| "resolved"   # the problem was solved
---| "escalated"  # the call was handed on (a supervisor, another team)
---| "abandoned"  # the customer hung up
---| "unresolved" # the turn limit was reached, or the trainee ended the call

---An outcome a script may set with `customer:end_call` ("unresolved" is only ever decided by the engine).
---@alias EndOutcome
---| "resolved"
---| "escalated"
---| "abandoned"

---The customer's mood in five bands: furious (< -60), upset (-60 to -21), neutral (-20 to 19), calm (20 to 59),
---pleased (60 and above).
---@alias MoodBand
---| "furious"
---| "upset"
---| "neutral"
---| "calm"
---| "pleased"

---An empathy mechanism of the EPITOME framework.
---@alias Mechanism
---| "emotional_reactions" # warmth, compassion, concern
---| "interpretations"     # understanding of the customer's feelings or experience
---| "explorations"        # exploring what the customer has not said yet

---A line, or a list of variants of which one is chosen at random (seeded: the same seed picks the same one).
---@alias LineVariants string|string[]

-- ---------------------------------------------------------------------------------------------------------------
-- The scenario table

---A scenario file returns `scenario { ... }` with this table.
---@class Scenario
---@field api_version 1 Required. The API version the file is written for; this engine runs version 1.
---@field id string Required. Unique in the pack; lowercase letters, digits and '-' (used by `rapport play <id>`).
---@field title string Required. Shown in `rapport list` and at the top of the call.
---@field summary? string One or two sentences for course authors and trainees. Default "".
---@field difficulty? integer 1 (easy) to 5 (hard). Default 3.
---@field channel? string "phone", "chat", "email", ... Default "phone".
---@field skills? string[] Skill tags, for catalogues and reports. Default {}.
---@field max_turns? integer Trainee replies before the call ends as "unresolved"; 1 to 100. Default 12.
---@field persona Persona Required. Who the customer is at the start of the call.
---@field opening string|string[] Required. The customer's first line, or variants.
---@field goals Goal[] Required. What resolution means; the call resolves when the required goals are met.
---@field lines? Lines The customer's reply for each mood band, when nothing more specific applies.
---@field closing? Closing The customer's last line for each outcome.
---@field setup? fun(customer: Customer) Runs once before the opening line.
---@field react? fun(turn: Turn, customer: Customer, delta: ReactionDelta) Replaces the default reaction to a reply.
---@field respond? fun(turn: Turn, customer: Customer): string? The customer's reply; nil to fall back to story lines or `lines`.
---@field tests? ScenarioTest[] Golden conversations that pin the scenario's behaviour.
---@field weights? table<Technique, number> How much this customer values each technique in the empathy score, 0 to 5 (default 1).
---@field model_replies? ModelReply[] Example replies for key moments, shown in the debrief.
---@field stages? table<string, Stage> Named stages of the call (e.g. venting, solving), each with its own lines and respond.
---@field first_stage? string The stage the call starts in. Default "opening" when there is a stage of that name.

---An example of a good reply, for the debrief.
---@class Stage
---@field lines? Lines Lines for this stage, tried before the scenario's own `lines`.
---@field respond? fun(turn: Turn, customer: Customer): string? Runs before the scenario's `respond` while in this stage.
---@field advance? fun(turn: Turn, customer: Customer): string? Returns the next stage's name, or nil to stay.

---@class ModelReply
---@field moment string When it applies, in the author's words ("the opening", "after the router comes out").
---@field reply string The example reply.

---@class Persona
---@field name string Required. The customer's name, as shown on screen.
---@field mood? integer Starting mood, -100 (furious) to 100 (delighted). Default -30.
---@field patience? integer Poor replies tolerated before hanging up, 1 to 50. Default 3.
---@field trust? integer Starting trust, 0 to 100. Default 0.
---@field story? StoryPart[]|table<string, string> Hidden backstory, uncovered during the call: a list of parts, or
---`{ id = "text", ... }` for parts that only `customer:reveal` brings out.

---One part of the customer's backstory. The customer says `line` the turn `unlock` first returns true.
---@class StoryPart
---@field id string Required. Unique among the story parts; used by `customer:reveal` and `customer:knows`.
---@field text string Required. What the part is, for the author and the debrief (the customer never says it).
---@field unlock? fun(turn: Turn, customer: Customer): boolean? Checked every turn until it returns true.
---@field line? LineVariants What the customer says when the part comes out through `unlock`.

---One thing the trainee must achieve. A goal is met when any of `techniques`, `phrases` or `when` matches a reply
---(and, with `after`, only once that other goal is met).
---@class Goal
---@field id string Required. Unique among the goals.
---@field description? string What the trainee should do, in words a trainee understands. Default: the id.
---@field required? boolean Must be met for the call to resolve. When no goal is required, all of them are. Default false.
---@field weight? number Relative importance in the resolution score. Default 1.
---@field techniques? Technique|Technique[] Met when the reply shows any of these techniques.
---@field phrases? string|string[] Met when the reply contains any of these (case-insensitive, plain text).
---@field when? fun(turn: Turn, customer: Customer): boolean? Met when this returns true.
---@field after? string The id of a goal that must be met first.
---@field mood? integer How much meeting the goal lifts the customer's mood. Default 6.

---What the customer says at each mood band. `default` is used for a band without its own entry.
---@class Lines
---@field furious? LineVariants
---@field upset? LineVariants
---@field neutral? LineVariants
---@field calm? LineVariants
---@field pleased? LineVariants
---@field default? LineVariants

---The customer's last line for each way the call can end.
---@class Closing
---@field resolved? LineVariants
---@field abandoned? LineVariants
---@field unresolved? LineVariants
---@field escalated? LineVariants

---A golden test: these replies, in order, must lead to what `expect` says.
---@class ScenarioTest
---@field name? string Shown when the test fails. Default "test N".
---@field replies string|string[] The trainee's replies, in order.
---@field seed? integer The session seed (picks the variants and `math.random` numbers).
---@field expect? ScenarioExpectation

---@class ScenarioExpectation
---@field outcome? Outcome How the call must end.
---@field goals? string|string[] Goals that must be met when the call ends.
---@field reveals? string|string[] Story parts that must have come out.
---@field min_empathy? integer The lowest acceptable mean empathy score of the replies (0 to 100).
---@field max_empathy? integer The highest acceptable mean empathy score of the replies (0 to 100).

-- ---------------------------------------------------------------------------------------------------------------
-- What scripts receive

---The engine's default change for a reply, passed to `react`.
---@class ReactionDelta
---@field mood integer
---@field trust integer
---@field patience integer

---The analyzer's judgement of a reply (read-only).
---@class Analysis
---@field empathy integer 0 to 100.
---@field mechanisms table<Mechanism, integer> Level of each mechanism: 0 none, 1 weak, 2 strong.
---@field techniques table<Technique, true> The techniques found, as a set.

---The trainee's reply on this turn.
---@class Turn
---@field number integer 1 for the first reply.
---@field text string The reply as typed.
---@field empathy integer The reply's empathy score, 0 to 100 (same as `analysis.empathy`).
---@field harmful boolean True when the reply shows any harmful technique.
---@field analysis Analysis
local Turn = {}

---True when the analyzer found `technique` in the reply.
---@param technique Technique
---@return boolean
function Turn:has(technique) end

---True when the reply contains any of the phrases (case-insensitive, plain text, not patterns). Lists are allowed.
---@param ... string|string[]
---@return boolean
function Turn:mentions(...) end

---True when the reply names a concrete time of day or a short wait: "3pm", "3 p.m.", "10:30", "by 3", "at 4 today",
---"around 3.30", "at noon", "four o'clock", "half past", "in 20 minutes", "half an hour", "within the hour". Not
---durations ("within 24 hours", "in 3 days", "by 3 working days"), dates ("by the 3rd"), "this afternoon" or "as soon
---as possible". See docs/scenario-api.md, "Times".
---@return boolean
function Turn:names_a_time() end

---The level of an empathy mechanism: 0 none, 1 weak, 2 strong.
---@param mechanism Mechanism
---@return integer
function Turn:level(mechanism) end

---The customer, for the whole call. Change the numbers through the methods (they clamp to the ranges).
---@class Customer
---@field name string The persona's name.
---@field mood integer -100 to 100.
---@field trust integer 0 to 100.
---@field patience integer The call is abandoned when it reaches 0 at the end of a turn.
---@field turn integer The number of the current turn (0 during `setup`).
---@field state table Free space for the script's own memory between turns.
---@field stage? string The current stage's name, when the scenario has `stages`.
---@field revealed table<string, true> Story parts out so far. Read it through `knows`; do not change it.
---@field revealed_order string[] Story parts in the order they came out. Do not change it.
---@field met table<string, true> Goals met now. Read it through `has_met`; change it only through `meet`/`unmeet`.
local Customer = {}

---Changes mood by `delta` (clamped to -100..100); returns the new mood.
---@param delta integer
---@return integer
function Customer:feel(delta) end

---Sets mood (clamped to -100..100); returns it.
---@param value integer
---@return integer
function Customer:set_mood(value) end

---Changes trust by `delta` (negative to lose trust; clamped to 0..100); returns the new trust.
---@param delta integer
---@return integer
function Customer:gain_trust(delta) end

---Takes `n` (default 1) from patience; returns what is left.
---@param n? integer
---@return integer
function Customer:lose_patience(n) end

---The band of the current mood.
---@return MoodBand
function Customer:mood_band() end

---True when the story part `id` has come out.
---@param id string
---@return boolean
function Customer:knows(id) end

---True when the goal `id` is met now.
---@param id string
---@return boolean
function Customer:has_met(id) end

---Brings out story part `id` (an error if there is none) and returns its `text`. Its `line` is not said.
---@param id string
---@return string
function Customer:reveal(id) end

---Marks goal `id` met (an error if there is none). Returns false, without meeting it, when its `after` goal is not met.
---@param id string
---@return boolean
function Customer:meet(id) end

---Marks goal `id` as not met again (an error if there is none).
---@param id string
function Customer:unmeet(id) end

---Ends the call after this turn with `outcome`. If `respond` returns a line that turn, it is the last line;
---otherwise the `closing` line for the outcome is used.
---@param outcome EndOutcome
function Customer:end_call(outcome) end

--- Applies a reaction (missing fields count as 0): the default one passed to `react`, or your own.
---@param delta ReactionDelta
function Customer:apply(delta) end

--- Moves the call to another stage; an unknown stage is an error.
---@param stage string
function Customer:go(stage) end

---One element of a non-empty list, chosen by the seeded random generator.
---@generic T
---@param list T[]
---@return T
function Customer:pick(list) end

-- ---------------------------------------------------------------------------------------------------------------
-- Globals the engine defines

---Marks a table as a scenario. A scenario file ends with `return scenario { ... }`.
---@param spec Scenario
---@return Scenario
function scenario(spec) end

---The engine's read-only helpers.
---@class RapportAPI
---@field api_version integer The API version this engine runs (1).
---@field outcomes Outcome[] All outcomes: resolved, escalated, abandoned, unresolved.
rapport = {}

---True when `text` contains any of the phrases (case-insensitive, plain text). Lists are allowed.
---@param text string
---@param ... string|string[]
---@return boolean
function rapport.mentions(text, ...) end

---True when `text` names a concrete time of day or a short wait, as `turn:names_a_time()` says for the reply. `nil`
---and numbers name none; another value that is not a string is an error.
---@param text string|number|nil
---@return boolean
function rapport.names_a_time(text) end

---`x` limited to `lo`..`hi`.
---@param x number
---@param lo number
---@param hi number
---@return number
function rapport.clamp(x, lo, hi) end

-- ---------------------------------------------------------------------------------------------------------------
-- The sandbox's `os`: only the virtual clock (.luarc.json turns off LuaLS's own `os`).

---A date as a table, for `os.time` and `os.date("*t")`.
---@class DateTable
---@field year integer
---@field month integer 1 to 12
---@field day integer 1 to 31
---@field hour? integer 0 to 23
---@field min? integer 0 to 59
---@field sec? integer 0 to 60
---@field wday? integer weekday, 1 is Sunday
---@field yday? integer day of the year, 1 is 1 January
---@field isdst? boolean

---@class RapportOS
os = {}

---Seconds since 1970 on the session's virtual clock: 2026-01-01 09:00:00 UTC at the start, +30 per turn.
---With a table argument it converts that date as standard Lua does, in the machine's local time zone, so the
---result differs between machines: avoid it in scenarios.
---@param date? DateTable
---@return integer
function os.time(date) end

---Seconds of virtual call time: 30 per turn.
---@return number
function os.clock() end

---Formats a time in UTC (always; a leading '!' is implied). Pass `os.time()` for the current virtual time.
---@param format? string
---@param time? integer
---@return string|DateTable
function os.date(format, time) end
