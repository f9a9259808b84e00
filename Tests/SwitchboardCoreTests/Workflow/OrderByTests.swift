import SwitchboardCore
import Testing

/// Spec §2.4 syntax.
struct OrderByTests {
    @Test func parsesClauses() throws {
        let orderBy = try OrderBy.parse("worker.finance ASC, worker.support desc")
        #expect(orderBy.source == "worker.finance ASC, worker.support desc")
        #expect(orderBy.description == orderBy.source)
        #expect(orderBy.clauses == [
            .init(path: AttributePath(segments: [.member("finance")]), direction: .ascending),
            .init(path: AttributePath(segments: [.member("support")]), direction: .descending),
        ])
    }

    @Test func allowsFreeWhitespaceNestedPathsAndKeywordNames() throws {
        let orderBy = try OrderBy.parse("  worker.skills.level\tDesc ,worker.scores[2]   asc,worker.in DESC ")
        #expect(orderBy.clauses.map(\.path.description) == ["skills.level", "scores[2]", "in"])
        #expect(orderBy.clauses.map(\.direction) == [.descending, .ascending, .descending])
    }

    @Test(arguments: [
        ("", "unexpected end of order_by at position 0, expected a path starting with 'worker.'", 0),
        ("level DESC", "unexpected 'level' at position 0, expected a path starting with 'worker.'", 0),
        ("task.level DESC", "unexpected 'task' at position 0, expected a path starting with 'worker.'", 0),
        ("worker DESC", "unexpected 'DESC' at position 7, expected '.' and a name after 'worker'", 7),
        ("worker.level", "unexpected end of order_by at position 12, expected ASC or DESC", 12),
        ("worker.level UP", "unexpected 'UP' at position 13, expected ASC or DESC", 13),
        ("worker.level ASC,", "unexpected end of order_by at position 17, expected a path starting with 'worker.'", 17),
        ("worker.level ASC worker.x DESC", "unexpected 'worker' at position 17, expected ',' or end of order_by", 17),
        ("worker.skill-level ASC", "unexpected '-' at position 12, expected ASC or DESC", 12),
    ])
    func rejectsMalformedText(_ text: String, _ detail: String, _ position: Int) {
        #expect(throws: ExpressionError(message: "Invalid order_by \"\(text)\": \(detail)", position: position)) {
            try OrderBy.parse(text)
        }
    }

    @Test func clauseValuesComeFromAttributesThenFields() throws {
        let orderBy = try OrderBy.parse("worker.english_level DESC, worker.channel.voice.available_capacity_percentage ASC")
        let fields = ExpressionFixtures.workerFields
        #expect(orderBy.clauses[0].value(workerAttributes: ExpressionFixtures.worker, fields: fields) == 7)
        #expect(orderBy.clauses[1].value(workerAttributes: ExpressionFixtures.worker, fields: fields) == 50)
        #expect(orderBy.clauses[0].value(workerAttributes: [:]) == nil)
    }
}
