import Foundation
import GRDB
import RapportCore

extension ProgressStore {
    /// The trainee's resilience plan (an empty plan when none was saved).
    public func plan() throws(ProgressError) -> ResiliencePlan {
        try read { db in
            guard let row = try PlanRow.fetchOne(db, key: 1) else { return ResiliencePlan() }
            return ResiliencePlan(tools: row.tools, signs: row.signs, note: row.note)
        }
    }

    /// Replaces the stored plan with `plan`.
    public func save(_ plan: ResiliencePlan, at date: Date = Date()) throws(ProgressError) {
        try write { db in
            try PlanRow(tools: plan.tools, signs: plan.signs, note: plan.note, updatedAt: date).save(db)
        }
    }
}
