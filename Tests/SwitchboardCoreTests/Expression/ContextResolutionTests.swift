import SwitchboardCore
import Testing

/// Spec §1.1 (contexts and the prefix rule) and §1.6 (worker fields, channels, skip variables).
struct ContextResolutionTests {
    let now = ExpressionFixtures.monday0905
    let fields = ExpressionFixtures.workerFields

    @Test(arguments: [ExpressionContextKind.targetWorkers, .workerFilter])
    func workerContextsStripWorkerPrefixOnlyWhenAbsent(_ context: ExpressionContextKind) throws {
        let plain: JSONValue = ["skills": ["support"]]
        let expression = try Expression.parse("worker.skills HAS 'support'", context: context)
        #expect(expression.evaluate(.worker(attributes: plain, fields: fields, now: now)))
        let literal: JSONValue = ["skills": ["sales"], "worker": ["skills": ["support"]]]
        #expect(expression.evaluate(.worker(attributes: literal, fields: fields, now: now)))
        let shadowed: JSONValue = ["skills": ["support"], "worker": ["other": 1]]
        #expect(!expression.evaluate(.worker(attributes: shadowed, fields: fields, now: now)))
        let nullWorker: JSONValue = ["skills": ["support"], "worker": nil]
        #expect(expression.evaluate(.worker(attributes: nullWorker, fields: fields, now: now)))
    }

    @Test(arguments: [ExpressionContextKind.workflowFilter, .taskFilter])
    func taskContextsStripTaskPrefixOnlyWhenAbsent(_ context: ExpressionContextKind) throws {
        let expression = try Expression.parse("task.type == 'support'", context: context)
        #expect(expression.evaluate(.task(attributes: ["type": "support"], now: now)))
        #expect(expression.evaluate(.task(attributes: ["type": "x", "task": ["type": "support"]], now: now)))
        #expect(!expression.evaluate(.task(attributes: ["type": "support", "task": ["id": 1]], now: now)))
        #expect(try Expression.parse("task == null", context: context).evaluate(.task(attributes: ["type": "x"], now: now)))
    }

    @Test func workerFieldsResolveAndAttributesWin() throws {
        let scope = ExpressionScope.worker(attributes: ["level": 3], fields: fields, now: now)
        for text in ["sid == 'WK01'", "friendly_name == 'Alice'", "activity_sid == 'WA01'", "activity_name == 'Available'",
                     "worker.sid == 'WK01'", "worker.friendly_name IN ['Alice']"] {
            #expect(try Expression.parse(text, context: .targetWorkers).evaluate(scope), "\(text)")
        }
        let overriding = ExpressionScope.worker(attributes: ["sid": "custom", "friendly_name": nil], fields: fields, now: now)
        #expect(try Expression.parse("sid == 'custom'", context: .targetWorkers).evaluate(overriding))
        #expect(try Expression.parse("friendly_name == 'Alice'", context: .targetWorkers).evaluate(overriding))
    }

    @Test(arguments: [ExpressionContextKind.targetWorkers, .workerFilter, .workflowTarget])
    func channelCapacityVariables(_ context: ExpressionContextKind) throws {
        let scope = ExpressionScope.pair(task: [:], worker: [:], workerFields: fields, now: now)
        for text in ["worker.channel.voice.configured_capacity == 2", "worker.channel.voice.assigned_tasks == 1",
                     "worker.channel.voice.available_capacity_percentage >= 50", "worker.channel.sms.assigned_tasks == null",
                     "worker.channel.voice.unknown == null"] {
            #expect(try Expression.parse(text, context: context).evaluate(scope), "\(text)")
        }
    }

    @Test func evaluateWorkerAttributesHasNoWorkerFields() throws {
        let document: JSONValue = ["tech_support_skill": "6"]
        let scope = ExpressionScope.workerDocument(document, now: now)
        #expect(try Expression.parse("tech_support_skill > 5", context: .evaluateWorkerAttributes).evaluate(scope))
        #expect(try Expression.parse("worker.tech_support_skill > 5", context: .evaluateWorkerAttributes).evaluate(scope))
        #expect(try Expression.parse("sid == null AND friendly_name == null", context: .evaluateWorkerAttributes).evaluate(scope))
    }

    @Test func targetExpressionsNeedPrefixesAndDefaultToWorker() throws {
        let task: JSONValue = ["type": "support", "level": 1]
        let worker: JSONValue = ["type": "sales", "level": 5, "task": ["type": "sales"]]
        let scope = ExpressionScope.pair(task: task, worker: worker, workerFields: fields, now: now)
        for (text, expected) in [("task.type == 'support'", true), ("worker.type == 'sales'", true), ("type == 'sales'", true),
                                 ("level == 5", true), ("task.level == 1", true), ("sid == 'WK01'", true),
                                 ("worker == null", true), ("task == null", false)] {
            #expect(try Expression.parse(text, context: .workflowTarget).evaluate(scope) == expected, "\(text)")
        }
    }

    @Test func skipIfKnowsOnlyWorkersTaskAndTime() throws {
        let counts = WorkerCounts(available: 0, unavailable: 3, byActivitySid: ["WA00": 3])
        let scope = ExpressionScope.step(task: ["type": "support"], workers: counts, now: now)
        for (text, expected) in [("workers.available == 0", true), ("workers.unavailable > 2", true), ("workers.WA00 == 3", true),
                                 ("workers.WAunknown == 0", true), ("workers.available.x == null", true),
                                 ("workers == null", true), ("task.type == 'support'", true), ("type == null", true),
                                 ("taskrouter.currentHour == '09'", true)] {
            #expect(try Expression.parse(text, context: .skipIf).evaluate(scope) == expected, "\(text)")
        }
    }

    @Test func missingScopePartsAreNull() throws {
        let scope = ExpressionScope.task(attributes: ["type": "x"], now: now)
        #expect(try Expression.parse("sid == null", context: .targetWorkers).evaluate(scope))
        #expect(try Expression.parse("workers.available == 0", context: .skipIf).evaluate(scope))
    }

    @Test func parsedExpressionsAreValues() throws {
        let a = try Expression.parse("x == 1", context: .targetWorkers)
        #expect(a == (try Expression.parse("x == 1", context: .targetWorkers)))
        #expect(a != (try Expression.parse("x == 1", context: .workflowFilter)))
        #expect(a.source == "x == 1")
        #expect(a.context == .targetWorkers)
        #expect(a.description == "x == 1")
    }
}
