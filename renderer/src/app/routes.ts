import type { CategoryId } from '../../../shared/categories.ts';

/** The parts of a second-opinion case, as its tabs. */
export type CaseSection = 'checklist' | 'details' | 'requests' | 'questions' | 'visit' | 'find';

/** The parts of a person's binder. */
export type BinderTab = 'documents' | 'review' | 'medications' | 'record' | 'trash';

/** Where the unlocked app is: one screen, and for a person's screens, whose binder. */
export type Route =
  | { screen: 'home' }
  | { screen: 'settings' }
  | { screen: 'binder'; personId: string; tab: BinderTab; category?: CategoryId | null }
  /** `back`: the screen it was opened from, which the back link returns to (the binder when absent). */
  | { screen: 'document'; personId: string; documentId: string; pageNo: number; back?: Route }
  /** `files` are files dropped on the window, to import straight away. */
  | { screen: 'import'; personId: string; files?: File[] }
  | { screen: 'search'; personId: string; query: string }
  /**
   * The person's second-opinion case: the active one, or `caseId` (an earlier, closed one, read-only),
   * opened on `section`.
   */
  | { screen: 'case'; personId: string; caseId?: string; section?: CaseSection }
  /** Export a packet for the second-opinion doctor. */
  | { screen: 'export'; personId: string };

/** The person whose binder a route shows, if any. */
export function personOfRoute(route: Route): string | null {
  return 'personId' in route ? route.personId : null;
}
