import { useState } from 'react';
import { CALLS } from '../../../../shared/api/contract.ts';
import {
  CATEGORY_IDS,
  CATEGORY_LABELS,
  isCategoryId,
  type CategoryId,
} from '../../../../shared/categories.ts';
import { useCall } from '../../api/use-call.ts';
import { useNavigation } from '../../app/navigation.ts';
import { formatLongDate } from '../../lib/dates.ts';
import { useFocusOnMount } from '../../lib/use-focus-on-mount.ts';
import { findPerson, usePeople } from '../../lib/use-people.ts';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/Field.tsx';
import { BackIcon } from '../../ui/icons.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { SelectField } from '../../ui/SelectField.tsx';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface SearchScreenProps {
  personId: string;
  query: string;
}

/**
 * Results of a search of one person's binder (the query is typed in the header), with category and date
 * filters. Each hit names its document and page and shows the words found highlighted.
 */
export function SearchScreen({ personId, query }: SearchScreenProps) {
  const { navigate } = useNavigation();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const { value: people } = usePeople();
  const person = findPerson(people, personId);
  const [category, setCategory] = useState<CategoryId | ''>('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const validFrom = ISO_DATE.test(from) ? from : null;
  const validTo = ISO_DATE.test(to) ? to : null;
  const hits = useCall(CALLS.searchPages, {
    personId,
    query,
    category: category || null,
    from: validFrom,
    to: validTo,
  });
  const list = hits.value;

  return (
    <div className="page page--medium">
      <Button
        variant="quiet"
        className="back-link"
        onClick={() => navigate({ screen: 'binder', personId, tab: 'documents' })}
      >
        <BackIcon /> Back to the binder
      </Button>
      <h1 ref={headingRef} tabIndex={-1}>
        Search results for “{query}”
      </h1>
      <p className="lead">
        In {person ? `${person.name}’s` : 'this'} binder. Change the words in the search box at the top.
      </p>

      <div className="filters" role="group" aria-label="Narrow the results">
        <SelectField
          label="Category"
          value={category}
          onChange={(event) => setCategory(isCategoryId(event.target.value) ? event.target.value : '')}
          options={[
            { value: '', label: 'All categories' },
            ...CATEGORY_IDS.map((id) => ({ value: id, label: CATEGORY_LABELS[id] })),
          ]}
        />
        <TextField
          label="From"
          type="date"
          optional
          value={from}
          onChange={(event) => setFrom(event.target.value)}
          className="field--date"
        />
        <TextField
          label="To"
          type="date"
          optional
          value={to}
          onChange={(event) => setTo(event.target.value)}
          className="field--date"
        />
      </div>

      {hits.error && (
        <Notice tone="error" title="The search did not work.">
          <p>{hits.error}</p>
        </Notice>
      )}
      <p role="status" className="muted">
        {list === null
          ? hits.error
            ? ''
            : 'Searching…'
          : list.length === 0
            ? 'Nothing found. Try fewer or different words, or remove the filters.'
            : `${list.length} ${list.length === 1 ? 'page matches' : 'pages match'}.`}
      </p>
      {list && list.length > 0 && (
        <ol className="hits" aria-label="Results">
          {list.map((hit) => (
            <li key={`${hit.documentId}-${hit.page}`} className="hit">
              <button
                type="button"
                className="link-button hit__open"
                data-nav-item
                onClick={() =>
                  navigate({ screen: 'document', personId, documentId: hit.documentId, pageNo: hit.page })
                }
              >
                {hit.title}, page {hit.page}
              </button>
              <p className="hit__meta">
                {hit.category && isCategoryId(hit.category) ? CATEGORY_LABELS[hit.category] : 'Not filed yet'}
                {' · '}
                {hit.docDate ? formatLongDate(hit.docDate) : 'No date found'}
              </p>
              <p className="hit__snippet">
                {hit.snippet.map((part, i) =>
                  part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
