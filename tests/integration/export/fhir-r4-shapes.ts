import { z } from 'zod';

/**
 * The FHIR R4 shapes the packet export emits, written from the R4 specification (hl7.org/fhir/R4) for
 * the elements used: required elements, value sets of the codes, and the primitive formats. Strict
 * objects, so a misspelt element fails the test. No network: the official schema is not fetched.
 */
const id = z.string().regex(/^[A-Za-z0-9\-.]{1,64}$/);
const uri = z.string().regex(/^\S+$/);
const date = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);
const dateTime = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/);
const instant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const coding = z
  .object({ system: uri.optional(), code: z.string().min(1).optional(), display: z.string().optional() })
  .strict();
const concept = z.object({ coding: z.array(coding).min(1).optional(), text: z.string().optional() }).strict();
const reference = z
  .object({ reference: z.string().min(1).optional(), display: z.string().optional() })
  .strict();
const period = z.object({ start: dateTime.optional(), end: dateTime.optional() }).strict();
const narrative = z
  .object({
    status: z.enum(['generated', 'extensions', 'additional', 'empty']),
    div: z.string().startsWith('<div xmlns="http://www.w3.org/1999/xhtml">'),
  })
  .strict();

const patient = z
  .object({
    resourceType: z.literal('Patient'),
    id,
    name: z
      .array(
        z
          .object({
            use: z.enum(['usual', 'official', 'temp', 'nickname', 'anonymous', 'old', 'maiden']).optional(),
            text: z.string().optional(),
            family: z.string().optional(),
            given: z.array(z.string()).optional(),
          })
          .strict(),
      )
      .optional(),
    birthDate: date.optional(),
  })
  .strict();

const documentReference = z
  .object({
    resourceType: z.literal('DocumentReference'),
    id,
    status: z.enum(['current', 'superseded', 'entered-in-error']),
    type: concept.optional(),
    category: z.array(concept).optional(),
    subject: reference.optional(),
    date: instant.optional(),
    description: z.string().optional(),
    context: z.object({ period: period.optional() }).strict().optional(),
    content: z
      .array(
        z
          .object({
            attachment: z
              .object({
                contentType: z.string().regex(/^[\w.+-]+\/[\w.+-]+$/),
                data: base64,
                title: z.string().optional(),
                size: z.number().int().nonnegative().optional(),
                hash: base64.optional(),
              })
              .strict(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

const quantity = z.object({ value: z.number(), unit: z.string().optional() }).strict();
const medicationStatement = z
  .object({
    resourceType: z.literal('MedicationStatement'),
    id,
    status: z.enum([
      'active',
      'completed',
      'entered-in-error',
      'intended',
      'stopped',
      'on-hold',
      'unknown',
      'not-taken',
    ]),
    medicationCodeableConcept: concept,
    subject: reference,
    effectivePeriod: period.optional(),
    reasonCode: z.array(concept).optional(),
    dosage: z
      .array(
        z
          .object({
            sequence: z.number().int().optional(),
            text: z.string().optional(),
            timing: z.object({ code: concept }).strict().optional(),
            route: concept.optional(),
            doseAndRate: z.array(z.object({ doseQuantity: quantity }).strict()).optional(),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();

const condition = z
  .object({ resourceType: z.literal('Condition'), id, code: concept, subject: reference })
  .strict();
const allergy = z
  .object({ resourceType: z.literal('AllergyIntolerance'), id, code: concept, patient: reference })
  .strict();

const composition = z
  .object({
    resourceType: z.literal('Composition'),
    id,
    status: z.enum(['preliminary', 'final', 'amended', 'entered-in-error']),
    type: concept,
    subject: reference,
    date: dateTime,
    author: z.array(reference).min(1),
    title: z.string().min(1),
    section: z.array(
      z
        .object({
          title: z.string(),
          code: concept,
          text: narrative,
          entry: z.array(reference).optional(),
        })
        .strict(),
    ),
  })
  .strict();

const resource = z.discriminatedUnion('resourceType', [
  composition,
  patient,
  documentReference,
  medicationStatement,
  condition,
  allergy,
]);

/** A FHIR R4 document Bundle: identifier, timestamp, a Composition first, every entry with a fullUrl. */
export const fhirDocumentBundle = z
  .object({
    resourceType: z.literal('Bundle'),
    identifier: z.object({ system: uri, value: uri }).strict(),
    type: z.literal('document'),
    timestamp: instant,
    entry: z
      .array(z.object({ fullUrl: z.string().regex(/^urn:uuid:[0-9a-f-]{36}$/), resource }).strict())
      .min(2)
      .refine((entries) => entries[0]?.resource.resourceType === 'Composition', 'Composition comes first'),
  })
  .strict()
  .superRefine((bundle, ctx) => {
    // Every reference must resolve inside the bundle (a document bundle is self-contained).
    const urls = new Set(bundle.entry.map((e) => e.fullUrl));
    const refs = JSON.stringify(bundle).match(/"reference":"([^"]+)"/g) ?? [];
    for (const ref of refs) {
      const target = ref.slice(13, -1);
      if (!urls.has(target)) ctx.addIssue({ code: 'custom', message: `unresolved reference ${target}` });
    }
  });
