import pg from 'pg';

/** Runs one statement on the server TEST_DATABASE_URL names (create or drop a test's own database). */
export async function pgAdmin(statement: string, url = process.env.TEST_DATABASE_URL): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
