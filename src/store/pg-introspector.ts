import {
  type DatabaseIntrospector,
  type DatabaseMetadata,
  type DatabaseMetadataOptions,
  type Kysely,
  type SchemaMetadata,
  type TableMetadata,
  sql,
} from 'kysely';

interface ColumnRow {
  schema: string;
  table: string;
  kind: string;
  column: string;
  type: string;
  typeSchema: string;
  notNull: boolean;
  hasDefault: boolean;
  serial: string | null;
  comment: string | null;
}

const KYSELY_TABLES = new Set(['kysely_migration', 'kysely_migration_lock']);

/**
 * Kysely's PostgreSQL introspector, limited to the schema the connection works in. Kysely's own reads
 * every schema of the database and resolves each by *name* (`has_schema_privilege(nspname)`,
 * `pg_get_serial_sequence`): a schema another process drops meanwhile (another install's teardown, a
 * tenant removed, a test suite finishing) is still in the catalog snapshot but gone from the name
 * lookup, so our migration failed with `schema "…" does not exist` (seen with two test workers,
 * 2026-11-25). The migrator only asks whether its own tables exist, so the current schema is enough,
 * and the privilege check goes by oid, which reports a dropped schema as null instead of failing.
 */
export function currentSchemaIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
  async function getTables(options?: DatabaseMetadataOptions): Promise<TableMetadata[]> {
    const { rows } = await sql<ColumnRow>`
      select ns.nspname as schema, c.relname as "table", c.relkind as kind, a.attname as "column", t.typname as type,
        tns.nspname as "typeSchema", a.attnotnull as "notNull", a.atthasdef as "hasDefault",
        pg_get_serial_sequence(quote_ident(ns.nspname) || '.' || quote_ident(c.relname), a.attname) as serial,
        col_description(a.attrelid, a.attnum) as comment
      from pg_catalog.pg_attribute a
        join pg_catalog.pg_class c on c.oid = a.attrelid
        join pg_catalog.pg_namespace ns on ns.oid = c.relnamespace
        join pg_catalog.pg_type t on t.oid = a.atttypid
        join pg_catalog.pg_namespace tns on tns.oid = t.typnamespace
      where ns.nspname = current_schema() and has_schema_privilege(ns.oid, 'USAGE')
        and c.relkind in ('r', 'v', 'p') and a.attnum >= 0 and not a.attisdropped
      order by c.relname, a.attnum`.execute(db);
    const tables = new Map<string, TableMetadata & { columns: TableMetadata['columns'][number][] }>();
    for (const row of rows) {
      if (!options?.withInternalKyselyTables && KYSELY_TABLES.has(row.table)) continue;
      let table = tables.get(row.table);
      if (!table) {
        table = { name: row.table, isView: row.kind === 'v', schema: row.schema, columns: [] };
        tables.set(row.table, table);
      }
      table.columns.push({
        name: row.column,
        dataType: row.type,
        dataTypeSchema: row.typeSchema,
        isNullable: !row.notNull,
        isAutoIncrementing: row.serial !== null,
        hasDefaultValue: row.hasDefault,
        ...(row.comment !== null && { comment: row.comment }),
      });
    }
    return [...tables.values()];
  }
  return {
    getSchemas: async (): Promise<SchemaMetadata[]> =>
      (await sql<SchemaMetadata>`select nspname as name from pg_catalog.pg_namespace`.execute(db)).rows,
    getTables,
    getMetadata: async (options?: DatabaseMetadataOptions): Promise<DatabaseMetadata> => ({
      tables: await getTables(options),
    }),
  };
}
