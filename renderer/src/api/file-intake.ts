import { CALLS, type CareBinderApi } from '../../../shared/api/contract.ts';
import type { AppErrorShape, Result } from '../../../shared/errors.ts';

/** What the vault answered for one file handed to it: a queued document, or the same bytes already in it. */
export interface StagedFile {
  file: string;
  documentId: string;
  duplicateOf?: string;
}

/** Hooks the import screen passes in to follow the files as they go into the vault. */
export interface IntakeHooks {
  /** Called once per file that was put into the vault (or refused) before reading starts. */
  onStaged?: (index: number, result: Result<StagedFile>) => void;
  /** Called as each file starts going into the vault. */
  onStaging?: (index: number) => void;
  signal?: AbortSignal;
}

/**
 * How chosen files reach the vault, whichever door the page runs in. The browser door uploads each file's
 * bytes, then asks the core to read them; the Electron door hands the core the files' paths. Either way
 * the answer is the id of the reading job (null when nothing is left to read), whose progress and
 * per-file outcomes arrive as events.
 */
export interface FileIntake {
  importFiles(
    personId: string,
    files: File[],
    hooks?: IntakeHooks,
  ): Promise<Result<{ jobId: string | null }>>;
}

/** An upload function: one file's bytes into a person's binder (the browser door's HTTP client has it). */
export type UploadFile = (personId: string, file: File) => Promise<Result<StagedFile>>;

const CANCELLED: AppErrorShape = { code: 'CANCELLED', message: 'The import was cancelled.' };

/** Intake through uploads: files go in one at a time, then the new ones are read in one job. */
export function uploadIntake(api: CareBinderApi, upload: UploadFile): FileIntake {
  return {
    async importFiles(personId, files, hooks = {}) {
      const toRead: string[] = [];
      for (const [index, file] of files.entries()) {
        if (hooks.signal?.aborted) return { ok: false, error: CANCELLED };
        hooks.onStaging?.(index);
        const result = await upload(personId, file);
        hooks.onStaged?.(index, result);
        if (result.ok && !result.value.duplicateOf) toRead.push(result.value.documentId);
      }
      if (toRead.length === 0) return { ok: true, value: { jobId: null } };
      return api.call(CALLS.importProcess, { documentIds: toRead });
    },
  };
}

const NO_PATH: AppErrorShape = {
  code: 'FILE_REFUSED',
  message:
    'This file is not saved on this computer (it may have been dragged from a web page or an app). Save it to a folder first, then import it from there.',
};

/**
 * Intake by path (Electron): the preload says where each chosen or dropped file lives on disk, and the core
 * reads the files from there in one job (`import:paths`), whose events report each one. A file without a
 * path is reported as not imported, with what to do, and the others go on.
 */
export function pathIntake(api: CareBinderApi, pathForFile: (file: File) => string): FileIntake {
  return {
    async importFiles(personId, files, hooks = {}) {
      if (hooks.signal?.aborted) return { ok: false, error: CANCELLED };
      const paths: string[] = [];
      for (const [index, file] of files.entries()) {
        const filePath = pathForFile(file);
        if (filePath) paths.push(filePath);
        else hooks.onStaged?.(index, { ok: false, error: NO_PATH });
      }
      if (paths.length === 0) return { ok: true, value: { jobId: null } };
      return api.call(CALLS.importPaths, { personId, paths });
    },
  };
}
