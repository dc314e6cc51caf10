import {
  findStrengths,
  formatNumber,
  parseDoseAmount,
  parseDoseCell,
  type Amount,
} from '../../../main/core/meds/dose-parse.ts';
import { numberValue, parseRoute, parseSig } from '../../../main/core/meds/sig-parse.ts';
import { check, type FuzzTarget } from '../engine/fuzz-target.ts';

function checkAmount(amount: Amount | null, text: string): void {
  if (!amount) return;
  check(
    Number.isFinite(amount.value) && amount.value >= 0,
    `an amount is a finite number (got ${amount.value})`,
  );
  check(
    amount.start >= 0 && amount.start <= amount.end && amount.end <= text.length,
    'an amount lies inside its text',
  );
  check(!/NaN|Infinity|undefined/.test(amount.text), `an amount reads well (got "${amount.text}")`);
}

/**
 * Directions ("1 tab by mouth twice a day as needed") and amounts ("500 MG", "100 MG/ML", "take 2
 * tablets"). Nothing may throw; doses a day and amounts are finite, offsets point into the text.
 */
export const target: FuzzTarget = {
  name: 'meds-text',
  covers: ['main/core/meds/sig-parse.ts', 'main/core/meds/dose-parse.ts'],
  maxLength: 4096,
  dictionary: [
    'take ',
    '1 tab ',
    '2 tablets ',
    '1/2 ',
    'half ',
    'by mouth ',
    'PO ',
    'IV ',
    'SC ',
    'subcutaneously ',
    'q6h ',
    'q 8 hours ',
    'every 3 weeks ',
    'twice a day ',
    'BID ',
    'TID ',
    'QID ',
    'QHS ',
    'at bedtime ',
    'as needed ',
    'PRN ',
    'daily ',
    'once weekly ',
    'every other day ',
    'x 5 days',
    '500 MG',
    '100 MG/ML',
    '0.09 MG/ACTUAT',
    '5.0 mg',
    '1,000 units',
    '= 1 tab',
    'mcg',
    'mL',
    'puffs',
    '%',
    '|',
    '.',
    '1e308',
    '0.0000001',
  ],
  run(data) {
    const text = data.toString('utf8');
    const sig = parseSig(text);
    // An absurd interval ("q4294967296h") rounds to 0 doses a day: odd, but harmless, so only finiteness is required.
    check(
      sig.perDay === null || (Number.isFinite(sig.perDay) && sig.perDay >= 0),
      `doses a day are a number (got ${sig.perDay})`,
    );
    check(typeof sig.text === 'string' && typeof sig.prn === 'boolean', 'a parsed sig has text and prn');
    parseRoute(text);
    for (const word of text.split(/\s+/).slice(0, 100)) {
      const value = numberValue(word);
      check(value === null || Number.isFinite(value), `a number word is finite (got ${value})`);
    }
    for (const strength of findStrengths(text)) checkAmount(strength, text);
    checkAmount(parseDoseAmount(text), text);
    const [dose = '', units = ''] = text.split('|');
    checkAmount(parseDoseCell(dose, units), dose);
    check(!/NaN|Infinity/.test(formatNumber(text.length / 7)), 'numbers format plainly');
  },
};
