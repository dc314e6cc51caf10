import crypto from 'node:crypto';
import type { RequestableItemId, RecordRequest } from '../../../shared/schemas/case.schema.ts';
import type { Db } from '../db/database.ts';

/** A record request as stored; `items` is the JSON list of checklist item ids it asks for. */
export type RequestRow = Omit<RecordRequest, 'state' | 'documents' | 'items'> & {
  items: RequestableItemId[];
};

/** Stored columns of the request fields a person edits. */
const FIELD_COLUMNS = {
  provider: 'provider',
  department: 'department',
  providerContact: 'provider_contact',
  items: 'items',
  details: 'details',
  method: 'method',
  fromDate: 'from_date',
  toDate: 'to_date',
  sendTo: 'send_to',
  sentOn: 'sent_on',
  followUpOn: 'follow_up_on',
  receivedOn: 'received_on',
  letterDocumentId: 'letter_document_id',
  notes: 'notes',
} as const;

export type RequestEditable = { -readonly [K in keyof typeof FIELD_COLUMNS]: RequestRow[K] };

const FIELDS = Object.keys(FIELD_COLUMNS) as (keyof RequestEditable)[];

const COLUMNS = [
  'id',
  'case_id AS caseId',
  ...FIELDS.map((f) => `${FIELD_COLUMNS[f]} AS ${f}`),
  'created_at AS createdAt',
].join(', ');

function fromRow(row: Omit<RequestRow, 'items'> & { items: string }): RequestRow {
  return { ...row, items: JSON.parse(row.items) as RequestableItemId[] };
}

function toParams(fields: Partial<RequestEditable>): Record<string, unknown> {
  const given = FIELDS.filter((f) => fields[f] !== undefined);
  return Object.fromEntries(
    given.map((f) => [f, f === 'items' ? JSON.stringify(fields.items) : (fields[f] ?? null)]),
  );
}

export function getRequest(db: Db, id: string): RequestRow | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM record_requests WHERE id = ?`).get(id) as
    (Omit<RequestRow, 'items'> & { items: string }) | undefined;
  return row ? fromRow(row) : null;
}

export function listRequests(db: Db, caseId: string): RequestRow[] {
  return (
    db
      .prepare(`SELECT ${COLUMNS} FROM record_requests WHERE case_id = ? ORDER BY created_at, id`)
      .all(caseId) as (Omit<RequestRow, 'items'> & { items: string })[]
  ).map(fromRow);
}

export function insertRequest(db: Db, caseId: string, fields: RequestEditable, now: string): string {
  const id = crypto.randomUUID();
  db.prepare(
    `INSERT INTO record_requests (id, case_id, ${FIELDS.map((f) => FIELD_COLUMNS[f]).join(', ')}, created_at,
       updated_at)
     VALUES (@id, @caseId, ${FIELDS.map((f) => `@${f}`).join(', ')}, @now, @now)`,
  ).run({ id, caseId, now, ...toParams(fields) });
  return id;
}

/** Updates only the fields given (undefined leaves a field as it is; null clears it). */
export function updateRequest(db: Db, id: string, fields: Partial<RequestEditable>, now: string): void {
  const params = toParams(fields);
  const sets = Object.keys(params).map((f) => `${FIELD_COLUMNS[f as keyof RequestEditable]} = @${f}`);
  db.prepare(`UPDATE record_requests SET ${[...sets, 'updated_at = @now'].join(', ')} WHERE id = @id`).run({
    ...params,
    now,
    id,
  });
}

export function deleteRequest(db: Db, id: string): boolean {
  return db.prepare('DELETE FROM record_requests WHERE id = ?').run(id).changes === 1;
}

/** Ids of the documents that answered a request (trashed ones are left out, as everywhere). */
export function linkedDocumentIds(db: Db, requestId: string): string[] {
  return (
    db
      .prepare(
        `SELECT l.document_id AS id FROM record_request_documents l JOIN documents d ON d.id = l.document_id
         WHERE l.request_id = ? AND d.deleted_at IS NULL ORDER BY d.doc_date, d.created_at`,
      )
      .all(requestId) as { id: string }[]
  ).map((r) => r.id);
}

export function setLinkedDocuments(db: Db, requestId: string, documentIds: string[]): void {
  db.prepare('DELETE FROM record_request_documents WHERE request_id = ?').run(requestId);
  const insert = db.prepare(
    'INSERT OR IGNORE INTO record_request_documents (request_id, document_id) VALUES (?, ?)',
  );
  for (const documentId of documentIds) insert.run(requestId, documentId);
}
