import { Checkbox } from '../../ui/Checkbox.tsx';
import { PathField } from '../../ui/PathField.tsx';
import { outPath, type HowChoice } from './export-form.ts';
import { isFullPath } from './save-location.ts';
import { ExportStep } from './ExportStep.tsx';

export interface SaveStepProps {
  how: HowChoice;
  onChange: (patch: Partial<HowChoice>) => void;
  /** True when the folder was filled in from the person's home folder (else they type it). */
  folderSuggested: boolean;
  errors: Partial<Record<'folder' | 'name', string>>;
}

/**
 * Step 3: where the packet goes. The window cannot open the computer's own "Save as" box, so the folder
 * and the name are typed (with a sensible folder and name filled in), and the whole path is shown.
 */
export function SaveStep({ how, onChange, folderSuggested, errors }: SaveStepProps) {
  const folderFormat = how.format === 'folder';
  const ready = how.name.trim() !== '' && isFullPath(how.folder);
  return (
    <ExportStep number={3} headingId="step-where" title="Where to save it">
      <PathField
        className="export-path"
        label="Folder to save in"
        hint={
          folderSuggested
            ? 'Your Documents folder, in “CareBinder packets”. It is made if it is not there. You can type another folder, such as a USB stick.'
            : 'Type the whole path of a folder on this computer or a USB stick, for example /home/yourname/Documents. It is made if it is not there.'
        }
        value={how.folder}
        error={errors.folder}
        onChange={(event) => onChange({ folder: event.target.value })}
      />
      <PathField
        className="export-path"
        label={folderFormat ? 'Name of the new packet folder' : 'File name'}
        hint={folderFormat ? 'A new folder with this name is made inside the folder above.' : undefined}
        value={how.name}
        error={errors.name}
        onChange={(event) => onChange({ name: event.target.value })}
      />
      {ready && (
        <p className="export-destination">
          {folderFormat ? 'The packet will be saved in this new folder:' : 'The packet will be saved as:'}
          <code className="path path--block" data-testid="packet-destination">
            {outPath(how)}
          </code>
        </p>
      )}
      {!folderFormat && (
        <Checkbox
          label="If a file with this name is already there, replace it"
          checked={how.overwrite}
          onChange={(event) => onChange({ overwrite: event.target.checked })}
        />
      )}
    </ExportStep>
  );
}
