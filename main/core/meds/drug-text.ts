/**
 * Text rules shared by the drug-name list builder and the runtime lookup, so both sides agree on what a
 * name key is: lower case, words of letters and digits only, salts and hydrates stripped.
 */

/**
 * Salt, ester and hydrate words that do not change which drug a product is ("metoprolol succinate" and
 * "metoprolol tartrate" are both metoprolol for a medication history).
 */
export const SALT_WORDS: ReadonlySet<string> = new Set([
  'hydrochloride',
  'dihydrochloride',
  'hydrobromide',
  'hcl',
  'hbr',
  'sodium',
  'sod',
  'disodium',
  'trisodium',
  'potassium',
  'calcium',
  'magnesium',
  'acetate',
  'diacetate',
  'sulfate',
  'sulphate',
  'mesylate',
  'dimesylate',
  'phosphate',
  'diphosphate',
  'maleate',
  'dimaleate',
  'citrate',
  'bromide',
  'chloride',
  'tartrate',
  'bitartrate',
  'fumarate',
  'succinate',
  'tosylate',
  'besylate',
  'benzoate',
  'meglumine',
  'dimeglumine',
  'lactate',
  'tromethamine',
  'nitrate',
  'pamoate',
  'carbonate',
  'propionate',
  'dipropionate',
  'gluconate',
  'malate',
  'valerate',
  'pivalate',
  'palmitate',
  'methylsulfate',
  'decanoate',
  'cypionate',
  'enanthate',
  'furoate',
  'hyclate',
  'xinafoate',
  'acetonide',
  'monohydrate',
  'dihydrate',
  'trihydrate',
  'hemihydrate',
  'sesquihydrate',
  'tetrahydrate',
  'heptahydrate',
  'anhydrous',
  'aspartate',
  'saccharate',
  'proxetil',
  'axetil',
  'medoxomil',
  'mofetil',
]);

/**
 * Words that are a drug on their own only together with something else ("sodium chloride"): a name made
 * only of these keeps them rather than being stripped to nothing.
 */
const ION_WORDS: ReadonlySet<string> = new Set([
  'sodium',
  'potassium',
  'calcium',
  'magnesium',
  'zinc',
  'ferrous',
  'ferric',
  'lithium',
  'aluminum',
  'ammonium',
  'iron',
  'silver',
  'copper',
  'chloride',
  'bromide',
  'acetate',
  'citrate',
  'carbonate',
  'phosphate',
  'sulfate',
  'gluconate',
  'lactate',
]);

/** Splits text into lower-case word tokens (letters and digits; everything else separates). */
export function nameTokens(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0);
}

/** The lookup key of a name: its tokens joined by single spaces. */
export function nameKey(text: string): string {
  return nameTokens(text).join(' ');
}

/** Strips trailing salt/hydrate words from a single-ingredient name ("levothyroxine sodium" → "levothyroxine"). */
export function stripSalts(tokens: readonly string[]): string[] {
  let end = tokens.length;
  while (end > 1 && SALT_WORDS.has(tokens[end - 1] ?? '')) end--;
  const base = tokens.slice(0, end);
  // "sodium chloride", "calcium acetate": nothing but ions is the drug itself.
  if (base.every((t) => ION_WORDS.has(t) || SALT_WORDS.has(t))) return [...tokens];
  return base;
}

/** The canonical generic of one ingredient name. */
export function genericKey(ingredient: string): string {
  return stripSalts(nameTokens(ingredient)).join(' ');
}

/** Joins the generics of a combination product in a stable order ("acetaminophen / codeine"). */
export function combineGenerics(generics: readonly string[]): string {
  return [...new Set(generics)].sort().join(' / ');
}

/** "PROAIR RESPICLICK" → "Proair Respiclick": a readable label from an all-capitals trade name. */
export function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s\-/(])([a-z])/g, (_m, sep: string, ch: string) => sep + ch.toUpperCase())
    .replace(/\b(Hfa|Odt|Xl|Xr|Er|Sr|Dr|Cr|La|Ds|Hct|Ec|Cd|Xt|Pf|Ir|Ii|Iii)\b/g, (w) => w.toUpperCase());
}
