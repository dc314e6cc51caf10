import crypto from 'node:crypto';
import type { Regimen } from '../../../shared/schemas/meds.schema.ts';
import { AppError } from '../errors.ts';
import type { VaultSession } from '../vault/vault-session.ts';

interface RegimenRow {
  id: string;
  personId: string;
  name: string;
  totalCycles: number | null;
  cycleDays: number | null;
  notes: string | null;
}

/** Chemotherapy regimens ("AC-T") group the drugs given together and record each cycle's date. */
export function listRegimens(session: VaultSession, personId: string): Regimen[] {
  const rows = session.db
    .prepare(
      `SELECT id, person_id AS personId, name, total_cycles AS totalCycles, cycle_days AS cycleDays, notes
       FROM regimens WHERE person_id = ? ORDER BY created_at`,
    )
    .all(personId) as RegimenRow[];
  return rows.map((row) => ({
    ...row,
    cycles: session.db
      .prepare('SELECT id, number, date, notes FROM regimen_cycles WHERE regimen_id = ? ORDER BY number')
      .all(row.id) as Regimen['cycles'],
  }));
}

export function addRegimen(
  session: VaultSession,
  input: {
    personId: string;
    name: string;
    totalCycles?: number | null;
    cycleDays?: number | null;
    notes?: string | null;
  },
): Regimen {
  const id = crypto.randomUUID();
  session.db
    .prepare(
      `INSERT INTO regimens (id, person_id, name, total_cycles, cycle_days, notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      input.personId,
      input.name.trim(),
      input.totalCycles ?? null,
      input.cycleDays ?? null,
      input.notes ?? null,
      new Date().toISOString(),
    );
  return listRegimens(session, input.personId).find((r) => r.id === id)!;
}

/** Records that cycle N was given on a date ("AC-T, cycle 3 of 4, 2026-03-10"). */
export function recordCycle(
  session: VaultSession,
  input: { regimenId: string; number: number; date: string; notes?: string | null },
): Regimen {
  const regimen = session.db
    .prepare('SELECT person_id AS personId, total_cycles AS total FROM regimens WHERE id = ?')
    .get(input.regimenId) as { personId: string; total: number | null } | undefined;
  if (!regimen) throw new AppError('NOT_FOUND', 'That treatment plan is not in the log any more.');
  if (regimen.total !== null && input.number > regimen.total) {
    throw new AppError(
      'INVALID_INPUT',
      `This regimen has ${regimen.total} cycles; cycle ${input.number} is past the end.`,
    );
  }
  session.db
    .prepare(
      `INSERT INTO regimen_cycles (id, regimen_id, number, date, notes) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(regimen_id, number) DO UPDATE SET date = excluded.date, notes = excluded.notes`,
    )
    .run(crypto.randomUUID(), input.regimenId, input.number, input.date, input.notes ?? null);
  return listRegimens(session, regimen.personId).find((r) => r.id === input.regimenId)!;
}
