/**
 * Shapes of the two files under resources/drug-names/: the generated Orange Book list (drug-names.json,
 * written by main/scripts/build-drug-names.ts) and the hand-written supplement (supplement.json).
 * Field names are short because the generated file is shipped with the app.
 */

/** One generic (active ingredient, salts stripped; combinations joined by " / "). */
export interface GenericEntry {
  /** brand keys sold as this generic */
  b: string[];
  /** routes ("oral", "intravenous", ...) */
  r: string[];
  /** dosage forms ("tablet", "injectable", ...) */
  f: string[];
  /** strengths as labelled ("5mg", "100mg/5ml") */
  s: string[];
  /** number of products: a rough measure of how common the drug is, used to rank suggestions */
  n: number;
}

/** One brand (trade name), keyed by its lower-case words. */
export interface BrandEntry {
  /** display form ("Zofran") */
  d: string;
  /** generics it contains */
  g: string[];
  /** number of products */
  n: number;
}

/** resources/drug-names/drug-names.json */
export interface DrugNamesFile {
  source: string;
  generics: Record<string, GenericEntry>;
  brands: Record<string, BrandEntry>;
}

/** resources/drug-names/supplement.json: common drugs the Orange Book lacks (biologics, vaccines, OTC). */
export interface DrugSupplementFile {
  note: string;
  /** generic → brands (display form) */
  drugs: { generic: string; brands: string[]; routes?: string[] }[];
  /**
   * brand → generic, for brands the Orange Book lacks or files under another product (Tylenol is also
   * "Tylenol w/ Codeine" there; here it means acetaminophen alone)
   */
  brands: Record<string, string>;
  /** other names for a generic (abbreviations, international names): name → generic */
  synonyms: Record<string, string>;
  /**
   * Names that are also everyday or laboratory words ("potassium", "oxygen"): in running text they count
   * as a drug only with a strength or inside a medication list.
   */
  ambiguous: string[];
  /** Trade-name words that must never be read as a drug in running text (English words, abbreviations). */
  notDrugs: string[];
}
