import SwitchboardCore
import Testing

/// Spec §1.7: what an empty (or blank) expression means in each place.
struct DegenerateCaseTests {
    @Test(arguments: [
        (ExpressionContextKind.targetWorkers, false),  // explicit empty target_workers: matches no worker
        (.evaluateWorkerAttributes, false),  // a queue's empty target_workers tested against a document
        (.workflowTarget, true),  // no extra constraint
        (.skipIf, false),  // never skip
        (.taskFilter, true),  // list parameter ignored
        (.workerFilter, true),  // list parameter ignored
    ])
    func emptyTextHasFixedAnswer(_ context: ExpressionContextKind, _ answer: Bool) throws {
        for text in ["", "  ", "\t\r\n"] {
            let expression = try Expression.parse(text, context: context)
            #expect(expression.isEmpty)
            #expect(expression.source == text)
            let scope = ExpressionScope(taskAttributes: ExpressionFixtures.task, workerAttributes: ExpressionFixtures.worker,
                                        workerFields: ExpressionFixtures.workerFields, now: ExpressionFixtures.monday0905)
            #expect(expression.evaluate(scope) == answer)
        }
    }

    @Test func emptyFilterExpressionIsRejected() {
        #expect(throws: ExpressionError(message: #"Invalid expression "": expression is empty"#, position: nil)) {
            try Expression.parse("", context: .workflowFilter)
        }
        #expect(throws: ExpressionError.self) { try Expression.parse("   ", context: .workflowFilter) }
    }

    @Test func defaultTargetWorkersMatchesEveryone() throws {
        let expression = try Expression.parse("1==1", context: .targetWorkers)
        #expect(!expression.isEmpty)
        #expect(expression.evaluate(.workerDocument(.object([:]), now: ExpressionFixtures.monday0905)))
        #expect(expression.evaluate(.workerDocument(.null, now: ExpressionFixtures.monday0905)))
    }
}
