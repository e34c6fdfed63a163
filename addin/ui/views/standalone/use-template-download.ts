import { useState } from "react";
import { BUILTIN_PROFILES, DEFAULT_PROFILE_ID, profileProblemMessage, type Profile } from "union-ledger";
import { blankTemplate, profileFromFile, XLSX_MIME } from "../../../browser/blank-template.js";
import { download } from "../../../browser/download.js";
import { APP_VERSION } from "../../app/version.js";
import type { NoticeState } from "../../components/Notice.js";
import { useLocale, useStrings } from "../../i18n/locale.js";

/** The Select's value for "a profile file the upper union sent", beside the built-in profiles' ids. */
export const FROM_FILE = "file";

/** A profile file as the clerk chose it: the profile it holds, or its mistakes in the clerk's language. */
export type ProfileFile =
  | { readonly ok: true; readonly fileName: string; readonly profile: Profile }
  | { readonly ok: false; readonly fileName: string; readonly problems: readonly string[] };

export interface TemplateDownloadState {
  readonly busy: string | undefined;
  readonly notice: NoticeState | undefined;
  /** A built-in profile's id, or FROM_FILE. */
  readonly choice: string;
  readonly file: ProfileFile | undefined;
  /** The profile the template gets; undefined while FROM_FILE has no good file. */
  readonly profile: Profile | undefined;
  readonly choose: (choice: string) => void;
  readonly chooseFile: (f: File) => void;
  readonly downloadTemplate: () => void;
}

/**
 * 下载空白模板 on the standalone page (the only way in for WPS users): a built-in profile (the general one first) or
 * the upper union's profile file, stamped into the workbook as `union-ledger template --profile(-file)` does.
 */
export function useTemplateDownload(): TemplateDownloadState {
  const s = useStrings();
  const locale = useLocale();
  // Its own busy and notice, not useAction's: that one publishes the page's running job (Busy's progress and 取消),
  // which a template written meanwhile must not clear.
  const [busy, setBusy] = useState<string>();
  const [notice, setNotice] = useState<NoticeState>();
  const act = (label: string, job: () => Promise<NoticeState | undefined>): void => {
    setBusy(label);
    job()
      .then(setNotice, (e: unknown) =>
        setNotice({ intent: "error", text: s.failed(e instanceof Error ? e.message : String(e)) }),
      )
      .finally(() => setBusy(undefined));
  };
  const [choice, setChoice] = useState(DEFAULT_PROFILE_ID);
  const [file, setFile] = useState<ProfileFile>();
  const profile =
    choice === FROM_FILE ? (file?.ok ? file.profile : undefined) : BUILTIN_PROFILES.find((p) => p.id === choice);
  return {
    busy,
    notice,
    choice,
    file,
    profile,
    choose: setChoice,
    chooseFile: (f) =>
      act(s.readingProfile, async () => {
        setFile(undefined);
        const r = await profileFromFile(f);
        setFile(
          r.ok
            ? { ok: true, fileName: f.name, profile: r.value }
            : {
                ok: false,
                fileName: f.name,
                problems: r.error.map(
                  (p) => `${p.path === "$" ? "" : `[${p.path}] `}${profileProblemMessage(p, locale)}`,
                ),
              },
        );
        return undefined;
      }),
    downloadTemplate: () =>
      act(s.writingTemplate, async () => {
        if (!profile) return undefined;
        const name = s.templateFileName(profile);
        download(await blankTemplate(profile, `union-ledger ${APP_VERSION}`), name, XLSX_MIME);
        return { intent: "success", text: s.templateDownloaded(name, profile.name) };
      }),
  };
}
