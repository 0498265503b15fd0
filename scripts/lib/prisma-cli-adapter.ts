// Driver adapter for the Prisma CLI (migrate deploy/diff) on the offline "js" engine.
// Works around three upstream problems of @prisma/adapter-pg 6.19 on that path:
//  - prisma/orm#27403: catalog types `name` (oid 19) and `"char"` (oid 18) cannot be
//    deserialized, so we report them to the adapter as text before it sees the result;
//  - an idle pool keeps the CLI alive ~10 s after every command (allowExitOnIdle);
//  - executeScript splits a migration on every ";", breaking dollar-quoted function bodies;
//    we send the script whole, as one simple-protocol query (one implicit transaction).
// Only the CLI uses this; the app's runtime client uses the stock adapter.
import pg from "pg";
import { PrismaPg } from "prisma-migrate-adapter-pg";

const TEXT_OID = 25;
const TEXT_ARRAY_OID = 1009;
const REMAPPED_OIDS = new Map<number, number>([
  [19, TEXT_OID], // name
  [18, TEXT_OID], // "char"
  [1003, TEXT_ARRAY_OID], // name[]
  [1002, TEXT_ARRAY_OID], // "char"[]
]);

let catalogTypesPatched = false;

function reportCatalogTypesAsText(): void {
  if (catalogTypesPatched) return;
  catalogTypesPatched = true;
  const resultPrototype = (pg as unknown as { Result: { prototype: { addFields(fields: pg.FieldDef[]): void } } })
    .Result.prototype;
  const addFields = resultPrototype.addFields;
  resultPrototype.addFields = function (this: unknown, fields: pg.FieldDef[]) {
    for (const field of fields) {
      const replacement = REMAPPED_OIDS.get(field.dataTypeID);
      if (replacement !== undefined) field.dataTypeID = replacement;
    }
    addFields.call(this, fields);
  };
}

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

function runScriptsWhole(adapter: Adapter): Adapter {
  adapter.executeScript = async (script: string) => {
    await adapter.underlyingDriver().query(script);
  };
  return adapter;
}

class CliAdapterFactory extends PrismaPg {
  constructor(connectionString: string) {
    super({ connectionString, allowExitOnIdle: true });
  }

  override async connect() {
    return runScriptsWhole(await super.connect());
  }
}

export function createCliAdapter(connectionString: string): PrismaPg {
  reportCatalogTypesAsText();
  return new CliAdapterFactory(connectionString);
}
