---@meta rapport-plugin
-- LuaLS type definitions for the Rapport plugin API, version 1.
--
-- This file is never run: it only tells the Lua language server (LuaLS) what the engine gives a plugin, so an editor
-- can complete field names and flag type mistakes in plugin files. Plugins/.luarc.json points LuaLS here, and the
-- engine skips this `types/` folder when it loads Plugins/. The reference is docs/plugin-api.md. Within API 1 this
-- file only grows (new optional fields, new capabilities, new `rapport` functions).

-- ---------------------------------------------------------------------------------------------------------------
-- Names

---A conversational technique the reply analyzer can detect. The first fourteen help rapport; the last seven harm
---it. Names outside this list are ignored by the engine.
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

---An empathy mechanism of the EPITOME framework (a lexicon a plugin may extend, like a technique's).
---@alias Mechanism
---| "emotional_reactions" # warmth, compassion, concern
---| "interpretations"     # understanding of the customer's feelings or experience
---| "explorations"        # exploring what the customer has not said yet

---What a plugin does. Each hook needs its capability, and each capability its hook (RP1005).
---@alias PluginCapability
---| "analyze"        # has an `analyze` function: adds techniques and score adjustments to every reply
---| "on_turn"        # has an `on_turn` function: adds notes and flags to a turn of a played call
---| "on_session_end" # has an `on_session_end` function: adds sections to the debrief
---| "lexicon"        # has a `lexicon` table: extra patterns for the built-in analyzer

---How a call ended ("unresolved" also while the call is still going).
---@alias PluginOutcome
---| "resolved"
---| "escalated"
---| "abandoned"
---| "unresolved"

-- ---------------------------------------------------------------------------------------------------------------
-- The plugin table

---A Rapport plugin: what `return plugin { ... }` describes. See docs/plugin-api.md §3.
---@class Plugin
---@field name string Unique among the loaded plugins; shown as the `source` of everything the plugin adds. Plugins run in the order of their names.
---@field version string The plugin's own version, e.g. "1.0.0" (shown by `rapport plugins`).
---@field api integer The plugin API version this plugin targets: 1. An engine refuses a version it does not run (RP1004).
---@field description? string One line, shown by `rapport plugins`.
---@field capabilities PluginCapability[] What the plugin does; must match its hooks and lexicon (RP1005).
---@field triggers? string[] `analyze` runs only on replies containing one of these phrases (ASCII case-insensitive). Empty or absent: every reply.
---@field lexicon? table<Technique|Mechanism, string[]> Extra pattern lines for the built-in analyzer, in its lexicon syntax (needs the "lexicon" capability).
---@field analyze? fun(text: string, context: PluginContext): AnalyzeResult? Called for each reply after the built-in analyzer (needs "analyze").
---@field on_turn? fun(turn: PluginTurn, session: PluginSession): TurnHookResult? Called after each turn of a played call (needs "on_turn").
---@field on_session_end? fun(session: PluginSessionEnd): SessionEndResult? Called when the debrief is made (needs "on_session_end").

-- ---------------------------------------------------------------------------------------------------------------
-- Hook arguments (read them; changing them changes nothing in the engine)

---What `analyze` gets besides the reply's text: the built-in analyzer's view of the reply.
---@class PluginContext
---@field customer_text? string What the customer said just before the reply, when known.
---@field customer_name? string The customer's name, when known.
---@field empathy integer The built-in analyzer's empathy score for the reply, 0–100 (with every plugin's lexicon, before any plugin's `analyze`).
---@field techniques Technique[] The techniques the built-in analyzer found (with every plugin's lexicon, before any plugin's `analyze`), sorted by name.

---One turn of a played call.
---@class PluginTurn
---@field number integer 1-based.
---@field text string The trainee's reply.
---@field empathy integer The reply's empathy score as the session scored it, 0–100.
---@field techniques Technique[] The techniques found in the reply, sorted by name.
---@field customer_line string What the customer said in answer.
---@field mood_before integer The customer's mood before the reply, -100 to 100.
---@field mood_after integer The customer's mood after the reply, -100 to 100.

---The call so far, as `on_turn` sees it.
---@class PluginSession
---@field scenario string The scenario's id.
---@field turns PluginTurn[] Every turn so far, oldest first; the current turn is the last.

---The call at its end, as `on_session_end` sees it.
---@class PluginSessionEnd: PluginSession
---@field outcome PluginOutcome How the call ended.
---@field empathy integer The session's empathy score, 0–100.
---@field resolution integer The session's resolution score, 0–100.

-- ---------------------------------------------------------------------------------------------------------------
-- Hook results (return nil, or a table; unknown fields are ignored)

---Evidence of a technique in the reply: 1-based inclusive byte positions, as `string.find` and `rapport.find_all`
---return them. The technique is added to the reply; the span is shown as evidence when it lies inside the text.
---@class Finding
---@field technique Technique
---@field first integer Position of the first byte of the evidence (1-based).
---@field last integer Position of the last byte of the evidence (inclusive).

---A change to the reply's empathy score, listed in its breakdown. Clamped to -30…+30; the score is then recomputed
---from the whole breakdown and clamped to 0–100.
---@class Adjustment
---@field points number Points to add (negative to take away), at most 30 either way.
---@field reason? string Shown in the breakdown; say what to do instead. Default: "adjusted by <plugin name>".
---@field technique? Technique The technique the adjustment is about (shown as its `basis` in JSON).

---What `analyze` returns.
---@class AnalyzeResult
---@field techniques? Finding[]
---@field adjust? Adjustment[]

---What `on_turn` returns: notes kept on the turn in the session transcript, attributed to the plugin.
---@class TurnHookResult
---@field notes? string[] Free text.
---@field flags? string[] Short machine-readable labels (kept as "flag: <label>").

---One section of the debrief, shown under its title with the plugin's name.
---@class DebriefSectionSpec
---@field title string
---@field lines? string[]

---What `on_session_end` returns.
---@class SessionEndResult
---@field sections? DebriefSectionSpec[]

-- ---------------------------------------------------------------------------------------------------------------
-- Globals the engine provides

---Declares a plugin. End the file with `return plugin { ... }`.
---@param spec Plugin
---@return Plugin
function plugin(spec) end

---A match of `rapport.find_all`: 1-based inclusive byte positions in the original text, and the text found there
---(in its original case).
---@class PhraseMatch
---@field first integer
---@field last integer
---@field text string

---Helpers for plugins (read-only: assigning to a field is an error).
---@class RapportPluginAPI
---@field api_version integer The plugin API version the engine runs: 1.
rapport = {}

---Every plain (not pattern) occurrence of any of `phrases` in `text`, ignoring ASCII case, sorted by position.
---With `words` true, only whole words (not preceded or followed by a letter, digit or apostrophe).
---Phrases must not be empty.
---@param text string
---@param phrases string[]
---@param words? boolean
---@return PhraseMatch[]
function rapport.find_all(text, phrases, words) end

---True when `text` contains any of the phrases (plain substrings, ignoring ASCII case).
---@param text string
---@param ... string
---@return boolean
function rapport.mentions(text, ...) end

---True when `text` names a concrete time of day or a short wait ("by 3", "3pm", "10:30", "at noon", "in 20
---minutes"); false for durations ("within 24 hours", "in 3 days") and vague times ("this afternoon", "asap"). The
---same function scenarios have; docs/scenario-api.md lists what counts.
---@param text string
---@return boolean
function rapport.names_a_time(text) end

