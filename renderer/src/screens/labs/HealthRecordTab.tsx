import { CALLS } from '../../../../shared/api/contract.ts';
import { useCall } from '../../api/use-call.ts';
import { useNavigation } from '../../app/navigation.ts';
import { Button } from '../../ui/Button.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { DocumentIcon } from '../../ui/icons.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { ClinicalItemsSection, type ClinicalKind } from './ClinicalItemsSection.tsx';
import { LabResultsSection } from './LabResultsSection.tsx';

const KINDS: ClinicalKind[] = ['problem', 'allergy', 'procedure'];

/**
 * What patient-portal downloads say about the person: conditions, allergies and procedures, then lab
 * results over time. Each group says so in words when it is empty.
 */
export function HealthRecordTab({ personId }: { personId: string }) {
  const { navigate } = useNavigation();
  const clinical = useCall(CALLS.recordsClinical, { personId });
  const labs = useCall(CALLS.recordsLabResults, { personId });
  const error = clinical.error ?? labs.error;
  const items = clinical.value;
  const results = labs.value;

  if (error)
    return (
      <Notice tone="error" title="The health record could not be opened.">
        <p>{error}</p>
        <Button onClick={() => void Promise.all([clinical.reload(), labs.reload()])}>Try again</Button>
      </Notice>
    );
  if (!items || !results) return <p role="status">Loading…</p>;
  if (items.length === 0 && results.length === 0)
    return (
      <EmptyState icon={<DocumentIcon />} title="Nothing from a patient portal yet">
        <p>
          Conditions, allergies, procedures and lab results appear here when you import a download from a
          patient portal (a C-CDA or FHIR file). Reports on paper are kept with the documents.
        </p>
      </EmptyState>
    );

  const openSource = (documentId: string) =>
    navigate({ screen: 'document', personId, documentId, pageNo: 1 });
  return (
    <div className="stack">
      <p className="muted">
        Read from the patient-portal downloads in this binder. Check anything important with the download it
        came from.
      </p>
      {KINDS.map((kind) => (
        <ClinicalItemsSection key={kind} kind={kind} items={items} onOpenSource={openSource} />
      ))}
      <LabResultsSection results={results} />
    </div>
  );
}
