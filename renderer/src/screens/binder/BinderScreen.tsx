import type { CategoryId } from '../../../../shared/categories.ts';
import { CALLS } from '../../../../shared/api/contract.ts';
import { useFileIntake } from '../../api/api-provider.ts';
import { useAppEvent } from '../../api/use-app-event.ts';
import { useCall } from '../../api/use-call.ts';
import { useNavigation } from '../../app/navigation.ts';
import type { BinderTab } from '../../app/routes.ts';
import { useCoalesced } from '../../lib/use-coalesced.ts';
import { useFocusOnMount } from '../../lib/use-focus-on-mount.ts';
import { findPerson, usePeople } from '../../lib/use-people.ts';
import { Button } from '../../ui/Button.tsx';
import { BackIcon, UploadIcon } from '../../ui/icons.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { Tabs } from '../../ui/Tabs.tsx';
import { HealthRecordTab } from '../labs/HealthRecordTab.tsx';
import { MedicationsTab } from '../meds/MedicationsTab.tsx';
import { ReviewTab } from '../review/ReviewTab.tsx';
import { CategoryChecklist } from './CategoryChecklist.tsx';
import { countByCategory, describeCount } from './document-counts.ts';
import { DocumentsTab } from './DocumentsTab.tsx';
import { TrashTab } from './TrashTab.tsx';

const RELOAD_WAIT_MS = 500;

export interface BinderScreenProps {
  personId: string;
  tab: BinderTab;
  category: CategoryId | null;
}

/**
 * One person's binder: the checklist with counts, and tabs for documents, review, medicines, the health
 * record from portal downloads, and the trash.
 */
export function BinderScreen({ personId, tab, category }: BinderScreenProps) {
  const { navigate } = useNavigation();
  const intake = useFileIntake();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const { value: people } = usePeople();
  const person = findPerson(people, personId);
  const documents = useCall(CALLS.documentsList, { personId });

  // Documents change state while an import reads them: keep the list and counts current. A binder of
  // thousands is a large answer, so a burst of finished files reloads it once per half second at most.
  const reloadSoon = useCoalesced(() => void documents.reload(), RELOAD_WAIT_MS);
  useAppEvent((event) => {
    if (event.type === 'import:file') reloadSoon();
  });

  const show = (next: { tab?: BinderTab; category?: CategoryId | null }) =>
    navigate({ screen: 'binder', personId, tab: next.tab ?? tab, category: next.category ?? null });
  const openImport = intake ? () => navigate({ screen: 'import', personId }) : null;
  const list = documents.value;
  const counts = list ? countByCategory(list) : null;
  const reviewCount = counts?.needsReview ?? 0;
  const name = person?.name ?? 'This person';

  return (
    <div className="page">
      <Button variant="quiet" className="back-link" onClick={() => navigate({ screen: 'home' })}>
        <BackIcon /> Family
      </Button>
      <div className="page__head">
        <div>
          <h1 ref={headingRef} tabIndex={-1}>
            {name}’s binder
          </h1>
          <p className="lead">
            {counts ? `${describeCount(counts.total)}.` : 'Opening the binder…'}
            {counts && counts.unfiled > 0 && ` ${describeCount(counts.unfiled)} not filed yet.`}
          </p>
        </div>
        <div className="actions-row">
          <Button variant="secondary" onClick={() => navigate({ screen: 'case', personId })}>
            Second opinion
          </Button>
          <Button variant="secondary" onClick={() => navigate({ screen: 'export', personId })}>
            Export a packet for the doctor
          </Button>
          {openImport && (
            <Button variant="primary" onClick={openImport} aria-keyshortcuts="i">
              <UploadIcon /> Import documents
            </Button>
          )}
        </div>
      </div>

      {documents.error && (
        <Notice tone="error" title="The binder could not be opened.">
          <p>{documents.error}</p>
          <Button onClick={() => void documents.reload()}>Try again</Button>
        </Notice>
      )}

      {counts && (
        <section className="binder binder--wide" aria-labelledby="checklist-title">
          <h2 id="checklist-title" className="binder__title">
            Second-opinion checklist
          </h2>
          <p className="binder__hint">Choose a category to see its documents.</p>
          <CategoryChecklist
            counts={counts}
            label="Categories"
            selected={tab === 'documents' ? category : null}
            onSelect={(id) => show({ tab: 'documents', category: id === category ? null : id })}
          />
        </section>
      )}

      {list && (
        <Tabs
          label={`Parts of ${name}’s binder`}
          selected={tab}
          onSelect={(id) => show({ tab: id, category })}
          tabs={[
            { id: 'documents', label: 'Documents' },
            { id: 'review', label: reviewCount > 0 ? `Review (${reviewCount})` : 'Review' },
            { id: 'medications', label: 'Medications' },
            { id: 'record', label: 'Health record' },
            { id: 'trash', label: 'Trash' },
          ]}
        >
          {tab === 'documents' && (
            <DocumentsTab
              documents={list}
              category={category}
              onCategory={(id) => show({ category: id })}
              onOpen={(doc) => navigate({ screen: 'document', personId, documentId: doc.id, pageNo: 1 })}
              onImport={openImport}
            />
          )}
          {tab === 'review' && <ReviewTab personId={personId} onChanged={() => void documents.reload()} />}
          {tab === 'medications' && <MedicationsTab personId={personId} />}
          {tab === 'record' && <HealthRecordTab personId={personId} />}
          {tab === 'trash' && <TrashTab personId={personId} onChanged={() => void documents.reload()} />}
        </Tabs>
      )}
    </div>
  );
}
