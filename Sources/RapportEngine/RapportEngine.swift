/// Placeholder so the target builds; replaced by the engine.
enum RapportEnginePlaceholder {}
