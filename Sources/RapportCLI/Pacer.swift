/// Waits out the seconds of a timed exercise (the breathing timer), and says whether the trainee asked to stop.
/// Injected, so tests never wait.
protocol Pacer: AnyObject {
    /// Waits `seconds`; returns true when the trainee asked to stop (pressed Enter) meanwhile.
    func wait(seconds: Double) -> Bool
}
