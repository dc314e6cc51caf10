/**
 * Reads amounts from medication text: the product strength ("500 MG", "100 MG/ML", "0.09 MG/ACTUAT") and
 * the amount given per dose ("take 2 tablets", "1 unit(s)", "75 mg = 1 tab", a Dose column's "5.0 mg").
 */
import { numberValue } from './sig-parse.ts';

/** An amount with its unit, as found ("500 mg") and parsed. */
export interface Amount {
  text: string;
  value: number;
  /** normalised unit ('mg', 'mcg', 'g', 'mL', 'unit', 'tablet', 'puff', ...) or null when none is written */
  unit: string | null;
  /** character offsets in the text it was read from */
  start: number;
  end: number;
}

const UNIT_ALIASES: [RegExp, string][] = [
  [/^(?:mg|mgs|milligrams?)$/i, 'mg'],
  [/^(?:mcg|µg|ug|micrograms?)$/i, 'mcg'],
  [/^(?:g|gm|gms|grams?)$/i, 'g'],
  [/^(?:meq)$/i, 'mEq'],
  [/^(?:ml|mls|milliliters?|millilitres?|cc)$/i, 'mL'],
  [/^(?:l|liters?|litres?)$/i, 'L'],
  [/^(?:units?|u|iu|international units?)$/i, 'unit'],
  [/^(?:tablets?|tabs?)$/i, 'tablet'],
  [/^(?:capsules?|caps?)$/i, 'capsule'],
  [/^(?:puffs?|inhalations?|actuations?)$/i, 'puff'],
  [/^(?:drops?|gtts?)$/i, 'drop'],
  [/^(?:sprays?)$/i, 'spray'],
  [/^(?:patch|patches)$/i, 'patch'],
  [/^(?:injections?)$/i, 'injection'],
  [/^(?:applications?|applicatorful)$/i, 'application'],
  [/^(?:suppositor(?:y|ies))$/i, 'suppository'],
  [/^(?:vials?)$/i, 'vial'],
  [/^(?:packets?|sachets?)$/i, 'packet'],
  [/^(?:teaspoons?|tsp)$/i, 'teaspoon'],
  [/^(?:tablespoons?|tbsp)$/i, 'tablespoon'],
  [/^(?:%)$/i, '%'],
];

/** "MG" → "mg", "tab(s)" → "tablet", "Units" → "unit"; unknown units are kept in lower case. */
export function normalizeUnit(raw: string): string {
  const u = raw.replace(/\(s\)$/i, '').trim();
  for (const [re, unit] of UNIT_ALIASES) if (re.test(u)) return unit;
  const compound = /^([a-zµ]+)\s*\/\s*(.+)$/i.exec(u);
  if (compound)
    return `${normalizeUnit(compound[1] ?? '')}/${compound[2]?.toLowerCase().replace(/\s+/g, '')}`;
  return u.toLowerCase();
}

const NUMBER = String.raw`(\d+(?:,\d{3})*(?:\.\d+)?|\.\d+)`;
const MASS = String.raw`mg|mcg|µg|ug|gm?|grams?|milligrams?|micrograms?|meq|units?|iu|%`;

/** "500 MG", "100MG/ML", "10 GM per 100 ML", "0.09 MG/ACTUAT", "25 MCG/0.42 ML", "2.5 mg/5 mL". */
const STRENGTH = new RegExp(
  String.raw`(?<![\w.])${NUMBER}\s*(${MASS})(?:\s*(?:\/|per)\s*((?:\d+(?:\.\d+)?|\.\d+)?\s*(?:ml|l|actuat(?:ion)?s?|inh|spray|dose|hr|h|24\s*hr?|kg|m2|vial|tab(?:let)?|cap(?:sule)?)))?(?![a-z])`,
  'gi',
);

/** Laboratory values look like strengths ("12.5 g/dL"); these units after a slash never are. */
const LAB_PER = /^\s*\/\s*(?:dl|l\b|ul|hpf|min|kg\/d)/i;

// Larger than any dose or strength (penicillin G, dosed in millions of units, is the largest).
const MAX_AMOUNT = 1e9;

/**
 * The number written, or null when no amount is that large: a long digit run (a barcode, OCR noise) would
 * otherwise become a dose of 5.5e79, or Infinity with hundreds of digits, and print as "Infinity mg".
 */
function toNumber(raw: string): number | null {
  const value = Number(raw.replace(/,/g, ''));
  return Number.isFinite(value) && value < MAX_AMOUNT ? value : null;
}

/** Every product strength in text, in order. */
export function findStrengths(text: string): Amount[] {
  const out: Amount[] = [];
  for (const m of text.matchAll(STRENGTH)) {
    const end = m.index + m[0].length;
    if (LAB_PER.test(text.slice(end))) continue;
    const value = toNumber(m[1] ?? '');
    if (value === null) continue;
    const unitRaw = m[3] ? `${m[2]}/${m[3]}` : (m[2] ?? '');
    const unit = normalizeUnit(unitRaw);
    // "1 unit(s)", "2 units": a count of doses, not a product strength (unlike "400 units", "100 units/mL").
    if (unit === 'unit' && (text.slice(end, end + 3) === '(s)' || value <= 10)) continue;
    out.push({ text: `${m[1]} ${unit}`, value, unit, start: m.index, end });
  }
  return out;
}

const WORD_NUMBER = String.raw`one|two|three|four|five|six|seven|eight|nine|ten|half|one-half`;
const DOSE_UNIT = String.raw`tablets?|tabs?|capsules?|caps?|puffs?|inhalations?|actuations?|units?|u|iu|ml|milliliters?|cc|drops?|gtts?|sprays?|patch(?:es)?|injections?|applications?|applicatorful|suppositor(?:y|ies)|vials?|packets?|sachets?|teaspoons?|tsp|tablespoons?|tbsp|mg\/kg|mg\/m2|units\/kg|mg|mcg|µg|ug|milligrams?|micrograms?|g|gm|grams?|meq`;

/** "2 tablets", "1 (one) Unit", "ten (10) grams", "1/2 tab", "0.5 mL", "75 mg" (not "100 mg/mL": a concentration). */
const DOSE = new RegExp(
  String.raw`(?<![\w.\/])(${NUMBER.slice(1, -1)}|1\/2|${WORD_NUMBER})\s*(?:\((?:\d+(?:\.\d+)?|${WORD_NUMBER})\)\s*)?(${DOSE_UNIT})(\(s\))?(?![a-z]|\s*\/\s*(?:ml|l|actuat|inh|dose|spray|hr|h)\b)`,
  'gi',
);

/**
 * A number alone before a frequency or route ("1 every 12 hours", "1 As Needed", "Take 1 ORAL qd"), or as
 * the whole directions ("2").
 */
const BARE_DOSE = new RegExp(
  String.raw`(?:^|[\s,;=(])(${NUMBER.slice(1, -1)})\s+(?=(?:every|each|as needed|as directed|once|twice|daily|q\d|qd|bid|tid|qid|qhs|prn|at bedtime|orally|oral|by mouth|po|iv|intravenous(?:ly)?|subcutaneous(?:ly)?|im|intramuscular(?:ly)?|respiratory|inhal\w*|topical(?:ly)?|not specified)\b)`,
  'i',
);
const ONLY_NUMBER = new RegExp(String.raw`^\s*(${NUMBER.slice(1, -1)})\s*$`);

function amountValue(raw: string): number | null {
  const w = raw.toLowerCase();
  if (w === '1/2' || w === 'half' || w === 'one-half') return 0.5;
  if (/^[\d.,]+$/.test(w)) return toNumber(w);
  return numberValue(w);
}

/**
 * The amount given per dose in directions, or null. The first amount wins ("75 mg = 1 tab" → 75 mg);
 * a concentration is never a dose.
 */
export function parseDoseAmount(text: string): Amount | null {
  DOSE.lastIndex = 0;
  const m = DOSE.exec(text);
  if (m) {
    const value = amountValue(m[1] ?? '');
    if (value !== null) {
      const unit = normalizeUnit(m[2] ?? '');
      return {
        text: `${formatNumber(value)} ${unit}`,
        value,
        unit,
        start: m.index,
        end: m.index + m[0].length,
      };
    }
  }
  const bare = BARE_DOSE.exec(text) ?? ONLY_NUMBER.exec(text);
  const value = bare ? toNumber(bare[1] ?? '') : null;
  if (bare && value !== null) {
    const start = bare.index + bare[0].indexOf(bare[1] ?? '');
    return { text: formatNumber(value), value, unit: null, start, end: start + (bare[1] ?? '').length };
  }
  return null;
}

/** A Dose column's value with an optional separate Units column: "5.0 mg", "1" + "mg", "500 MCG". */
export function parseDoseCell(dose: string, units = ''): Amount | null {
  const m = new RegExp(String.raw`^\s*${NUMBER}\s*([a-zµ%][a-zµ%/0-9.]*(?:\(s\))?)?\s*$`, 'i').exec(dose);
  if (!m) return parseDoseAmount(dose);
  const value = toNumber(m[1] ?? '');
  if (value === null) return null;
  const unitRaw = m[2] ?? units.trim();
  const unit = unitRaw ? normalizeUnit(unitRaw) : null;
  return {
    text: unit ? `${formatNumber(value)} ${unit}` : formatNumber(value),
    value,
    unit,
    start: m.index,
    end: m.index + m[0].length,
  };
}

/** 0.5 → "0.5", 5.0 → "5". */
export function formatNumber(n: number): string {
  return String(Math.round(n * 10000) / 10000);
}
