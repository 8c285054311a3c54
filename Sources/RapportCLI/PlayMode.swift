import ArgumentParser

/// How much feedback the trainee gets during the call.
enum PlayMode: String, CaseIterable, ExpressibleByArgument {
    /// Feedback under every reply (score, techniques with evidence, one tip); `:hint` works.
    case coach
    /// No feedback until the debrief; `:hint` is off.
    case exam
}
