import { useId } from 'react';
import type { ExportFormat } from '../../../../shared/schemas/export.schema.ts';
import { Button } from '../../ui/Button.tsx';
import { Checkbox } from '../../ui/Checkbox.tsx';
import { TextField } from '../../ui/Field.tsx';
import { Notice } from '../../ui/Notice.tsx';
import type { HowChoice } from './export-form.ts';
import { makePacketPassword } from './packet-password.ts';
import { ExportStep } from './ExportStep.tsx';

/** The four ways out, in the words people use for them. */
export const FORMAT_CHOICES: ReadonlyArray<{ id: ExportFormat; label: string; text: string }> = [
  {
    id: 'pdf',
    label: 'A PDF to print or send',
    text: 'One file: the summary first, then every document, with bookmarks. Good for printing or uploading to a patient portal.',
  },
  {
    id: 'folder',
    label: 'A folder for a USB stick',
    text: 'The summary, one folder for each kind of document, and a page that opens in any web browser. Copy it to a USB stick.',
  },
  {
    id: 'zip',
    label: 'An email attachment (ZIP)',
    text: 'The same folder packed into one file to attach to an email. You can lock it with a password.',
  },
  {
    id: 'fhir',
    label: 'For a hospital system (FHIR)',
    text: 'A file for a hospital’s computer system. Only choose this if the doctor’s office asked for FHIR.',
  },
];

export interface FormatStepProps {
  how: HowChoice;
  onChange: (patch: Partial<HowChoice>) => void;
  /** The packet is over the email limit, so splitting the ZIP is offered. */
  overEmailLimit: boolean;
  passwordError?: string;
}

/** Step 2: the format, the ZIP's password and split, and the privacy and "prepared by" options. */
export function FormatStep({ how, onChange, overEmailLimit, passwordError }: FormatStepProps) {
  const baseId = useId();
  return (
    <ExportStep number={2} headingId="step-how" title="How to send it">
      <fieldset className="choice-list export-formats">
        <legend className="visually-hidden">How to send it</legend>
        {FORMAT_CHOICES.map((choice) => (
          <label key={choice.id} className="choice export-format">
            <input
              type="radio"
              name="packet-format"
              value={choice.id}
              checked={how.format === choice.id}
              aria-describedby={`${baseId}-${choice.id}`}
              onChange={() => onChange({ format: choice.id })}
            />
            <span>
              <span className="export-format__label">{choice.label}</span>
              <span className="export-format__text" id={`${baseId}-${choice.id}`}>
                {choice.text}
              </span>
            </span>
          </label>
        ))}
      </fieldset>

      {how.format === 'zip' && (
        <div className="export-zip">
          <Checkbox
            label="Lock the ZIP with a password"
            hint="The doctor’s office needs the password to open it."
            checked={how.usePassword}
            onChange={(event) => onChange({ usePassword: event.target.checked })}
          />
          {how.usePassword && (
            <div className="export-zip__password">
              <TextField
                className="export-password-field"
                label="Password for the ZIP"
                hint="At least 8 characters."
                autoComplete="off"
                autoCapitalize="off"
                spellCheck={false}
                value={how.password}
                error={passwordError}
                onChange={(event) => onChange({ password: event.target.value })}
              />
              <Button onClick={() => onChange({ password: makePacketPassword() })}>
                Make a strong password for me
              </Button>
              <Notice tone="info" title="Share the password another way" live={false}>
                <p>
                  Write it down now. Tell it to the doctor’s office by phone or text message — never in the
                  same email as the ZIP.
                </p>
              </Notice>
            </div>
          )}
          {overEmailLimit && (
            <Checkbox
              label="Split it into parts small enough for email"
              hint="Each part is under 20 MB and opens on its own. Send each part in its own email."
              checked={how.split}
              onChange={(event) => onChange({ split: event.target.checked })}
            />
          )}
        </div>
      )}

      <fieldset className="export-options">
        <legend>Options</legend>
        <Checkbox
          label="Hide Social Security and insurance member numbers"
          hint="They are blacked out on the pages and removed from the text. Look through the packet before you send it: a number that could not be read may still show."
          checked={how.redact}
          onChange={(event) => onChange({ redact: event.target.checked })}
        />
        <TextField
          label="Prepared by"
          optional
          hint="Printed on the first page, for example “Sam Example, daughter”."
          value={how.preparedBy}
          maxLength={200}
          onChange={(event) => onChange({ preparedBy: event.target.value })}
        />
      </fieldset>
    </ExportStep>
  );
}
