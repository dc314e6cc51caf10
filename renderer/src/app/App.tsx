import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { CALLS } from '../../../shared/api/contract.ts';
import type { Result } from '../../../shared/errors.ts';
import type { VaultStatus } from '../../../shared/schemas/vault.schema.ts';
import { ApiContext, IntakeContext, type Connection } from '../api/api-provider.ts';
import { lockAwareApi } from '../api/lock-aware-api.ts';
import { FirstRunScreen } from '../screens/FirstRunScreen.tsx';
import { BinderScreen } from '../screens/binder/BinderScreen.tsx';
import { DocumentScreen } from '../screens/document/DocumentScreen.tsx';
import { HomeScreen } from '../screens/home/HomeScreen.tsx';
import { ImportScreen } from '../screens/import/ImportScreen.tsx';
import { CaseScreen } from '../screens/case/CaseScreen.tsx';
import { ExportScreen } from '../screens/export/ExportScreen.tsx';
import { SearchScreen } from '../screens/search/SearchScreen.tsx';
import { RecoveryKeyScreen } from '../screens/RecoveryKeyScreen.tsx';
import { SetNewPassphraseScreen } from '../screens/SetNewPassphraseScreen.tsx';
import { SettingsScreen } from '../screens/settings/SettingsScreen.tsx';
import { StartingScreen } from '../screens/StartingScreen.tsx';
import { UnlockScreen } from '../screens/UnlockScreen.tsx';
import { ToastProvider } from '../ui/Toast.tsx';
import { AppHeader } from './AppHeader.tsx';
import { lockNote, type LockReason } from './lock-note.ts';
import { NavigationContext } from './navigation.ts';
import type { Route } from './routes.ts';
import { ShortcutsDialog } from './ShortcutsDialog.tsx';
import { useFileDrop } from './use-file-drop.ts';
import { useSavedTextSize } from './use-saved-text-size.ts';
import { useShortcuts } from './use-shortcuts.ts';

/** Where the app is in its life: each phase is one screen, and only 'unlocked' holds record data. */
type Phase =
  | { kind: 'starting' }
  | { kind: 'failed'; message: string }
  | { kind: 'first-run' }
  | { kind: 'recovery-key'; recoveryKey: string }
  | { kind: 'locked'; status: VaultStatus | null; note: string | null; autoUnlock: boolean }
  | { kind: 'new-passphrase' }
  | { kind: 'unlocked'; status: VaultStatus; route: Route };

function phaseForStatus(status: VaultStatus, autoUnlock: boolean): Phase {
  if (!status.exists) return { kind: 'first-run' };
  if (!status.unlocked) return { kind: 'locked', status, note: null, autoUnlock };
  if (status.unlockedWith === 'recovery') return { kind: 'new-passphrase' };
  return { kind: 'unlocked', status, route: { screen: 'home' } };
}

/** The composition of the renderer: picks the screen for the vault's state and reacts to locking. */
export function App({ connection }: { connection: Connection }) {
  const rawApi = connection.api;
  const [phase, setPhase] = useState<Phase>({ kind: 'starting' });
  const [locking, setLocking] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  // Not record data: only used to explain an automatic lock.
  const autoLockMinutes = useRef<number | null>(null);
  useSavedTextSize(rawApi);

  const showLocked = useCallback(
    (reason: LockReason) => {
      setPhase((current) => {
        if (current.kind === 'locked' || current.kind === 'first-run' || current.kind === 'starting')
          return current;
        // The status just before locking still says where the vault is and whether it can be remembered.
        const status =
          current.kind === 'unlocked' ? { ...current.status, unlocked: false, unlockedWith: null } : null;
        return { kind: 'locked', status, note: lockNote(reason, autoLockMinutes.current), autoUnlock: false };
      });
      void rawApi.call(CALLS.vaultStatus, {}).then((result) => {
        if (result.ok) setPhase((p) => (p.kind === 'locked' ? { ...p, status: result.value } : p));
      });
    },
    [rawApi],
  );

  const api = useMemo(() => lockAwareApi(rawApi, () => showLocked('unknown')), [rawApi, showLocked]);
  const intake = useMemo(() => connection.intakeFor(api), [connection, api]);

  const applyStatus = useCallback((result: Result<VaultStatus>, autoUnlock: boolean) => {
    setPhase(
      result.ok
        ? phaseForStatus(result.value, autoUnlock)
        : { kind: 'failed', message: result.error.message },
    );
  }, []);

  const refreshStatus = (autoUnlock: boolean) =>
    rawApi.call(CALLS.vaultStatus, {}).then((result) => applyStatus(result, autoUnlock));

  // On start, the remembered device key may open the vault without a passphrase.
  useEffect(() => {
    void rawApi.call(CALLS.vaultStatus, {}).then((result) => applyStatus(result, true));
  }, [rawApi, applyStatus]);

  useEffect(
    () =>
      rawApi.onEvent((event) => {
        if (event.type === 'vault:locked') showLocked(event.reason);
      }),
    [rawApi, showLocked],
  );

  // The auto-lock note needs the minutes; read them once per unlock (settings are inside the vault).
  const unlocked = phase.kind === 'unlocked';
  useEffect(() => {
    if (!unlocked) return;
    void rawApi.call(CALLS.settingsGet, {}).then((result) => {
      if (result.ok) autoLockMinutes.current = result.value.autoLockMinutes;
    });
  }, [rawApi, unlocked]);

  async function lock() {
    setLocking(true);
    await rawApi.call(CALLS.vaultLock, {});
    setLocking(false);
    showLocked('user');
  }

  const onUnlocked = (status: VaultStatus) => setPhase(phaseForStatus(status, false));

  /** After a recovery-key unlock and a new passphrase, the session carries on as a normal one. */
  async function refreshStatusAfterReset() {
    const result = await rawApi.call(CALLS.vaultStatus, {});
    if (result.ok) setPhase({ kind: 'unlocked', status: result.value, route: { screen: 'home' } });
    else setPhase({ kind: 'failed', message: result.error.message });
  }

  const navigate = useCallback((route: Route) => {
    setPhase((current) => (current.kind === 'unlocked' ? { ...current, route } : current));
  }, []);
  const route = phase.kind === 'unlocked' ? phase.route : null;
  const personId = route && 'personId' in route ? route.personId : null;
  const navigation = useMemo(() => (route ? { route, navigate } : null), [route, navigate]);

  useShortcuts({
    importFiles: personId && intake ? () => navigate({ screen: 'import', personId }) : undefined,
    focusSearch: route ? () => searchRef.current?.focus() : undefined,
    showHelp: route ? () => setHelpOpen(true) : undefined,
  });
  const dragging = useFileDrop(
    personId && intake ? (files) => navigate({ screen: 'import', personId, files }) : null,
  );

  return (
    <ApiContext.Provider value={api}>
      <IntakeContext.Provider value={intake}>
        <a
          className="skip-link"
          href="#main"
          onClick={(event) => {
            event.preventDefault();
            document.getElementById('main')?.focus();
          }}
        >
          Skip to main content
        </a>
        <AppHeader
          unlocked={route ? { route, navigate, onLock: () => void lock(), locking, searchRef } : null}
        />
        <main id="main" className="main" tabIndex={-1}>
          {/* A fresh provider per phase: toasts that name people disappear when the vault locks. */}
          <ToastProvider key={phase.kind}>
            {phase.kind === 'starting' && <StartingScreen />}
            {phase.kind === 'failed' && (
              <StartingScreen failure={phase.message} onRetry={() => void refreshStatus(true)} />
            )}
            {phase.kind === 'first-run' && (
              <FirstRunScreen onCreated={(recoveryKey) => setPhase({ kind: 'recovery-key', recoveryKey })} />
            )}
            {phase.kind === 'recovery-key' && (
              <RecoveryKeyScreen recoveryKey={phase.recoveryKey} onDone={() => void refreshStatus(false)} />
            )}
            {phase.kind === 'locked' && !phase.status && <StartingScreen />}
            {phase.kind === 'locked' && phase.status && (
              <UnlockScreen
                status={phase.status}
                note={phase.note}
                autoUnlock={phase.autoUnlock}
                onUnlocked={onUnlocked}
              />
            )}
            {phase.kind === 'new-passphrase' && (
              <SetNewPassphraseScreen onDone={() => void refreshStatusAfterReset()} />
            )}
            {navigation && (
              <NavigationContext.Provider value={navigation}>
                <UnlockedScreen route={navigation.route} />
              </NavigationContext.Provider>
            )}
            {phase.kind === 'unlocked' && phase.route.screen === 'settings' && (
              <SettingsScreen
                status={phase.status}
                onStatus={(status) => setPhase({ ...phase, status })}
                onAutoLockChanged={(minutes) => {
                  autoLockMinutes.current = minutes;
                }}
              />
            )}
          </ToastProvider>
        </main>
        {dragging && (
          <div className="drop-overlay" aria-hidden="true">
            <p>Drop the files to add them to this binder</p>
          </div>
        )}
        {helpOpen && <ShortcutsDialog onClose={() => setHelpOpen(false)} />}
      </IntakeContext.Provider>
    </ApiContext.Provider>
  );
}

/** The screen for a route inside the unlocked app (settings is placed by App, which owns the status). */
function UnlockedScreen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'home':
      return <HomeScreen />;
    case 'binder':
      return (
        <BinderScreen
          key={route.personId}
          personId={route.personId}
          tab={route.tab}
          category={route.category ?? null}
        />
      );
    case 'document':
      return (
        <DocumentScreen
          key={route.documentId}
          personId={route.personId}
          documentId={route.documentId}
          pageNo={route.pageNo}
          back={route.back ?? null}
        />
      );
    case 'import':
      return <ImportScreen key={route.personId} personId={route.personId} dropped={route.files ?? null} />;
    case 'search':
      return <SearchScreen key={route.personId} personId={route.personId} query={route.query} />;
    case 'case':
      return (
        <CaseScreen
          key={`${route.personId}:${route.caseId ?? 'active'}`}
          personId={route.personId}
          caseId={route.caseId ?? null}
          section={route.section ?? 'checklist'}
        />
      );
    case 'export':
      return <ExportScreen key={route.personId} personId={route.personId} />;
    default:
      return null;
  }
}
