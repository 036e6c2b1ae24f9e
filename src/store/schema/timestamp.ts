// The column type every table's instants share.

/** Written as an ISO-8601 string: SQLite keeps it as text, PostgreSQL as timestamptz (read back as a Date). */
export type Timestamp = string | Date;
