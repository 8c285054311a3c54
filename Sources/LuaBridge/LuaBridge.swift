/// Placeholder so the target builds; replaced by the bridge.
enum LuaBridgePlaceholder {}
