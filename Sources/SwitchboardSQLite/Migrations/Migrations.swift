/// The numbered migrations, in order. PostgreSQL carries the same names.
enum Migrations {
    static let all: [(name: String, sql: String)] = [
        (Migration0001Initial.name, Migration0001Initial.sql),
        (Migration0002Outbox.name, Migration0002Outbox.sql),
        (Migration0003Statistics.name, Migration0003Statistics.sql),
        (Migration0004StatisticsDatabase.name, Migration0004StatisticsDatabase.sql),
    ]
}
