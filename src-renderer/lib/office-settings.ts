import { createRoot, createSignal, type Accessor } from 'solid-js';
import type { ApiInput, ApiOutput, ApiResult } from '../../src-main/contract';
import { call } from './api';

/** The office's names and place (cấu hình đơn vị), as `system.settings.get` returns them. */
export type OfficeSettings = ApiOutput<'system.settings.get'>;

export interface OfficeSettingsSource {
  settings: Accessor<OfficeSettings | null>;
  error: Accessor<string | null>;
  reload(): Promise<void>;
  /** Saves through `system.settings.update`; on success every reader (the sidebar too) sees the new names. */
  save(input: ApiInput<'system.settings.update'>): Promise<ApiResult<'system.settings.update'>>;
}

let shared: OfficeSettingsSource | null = null;

/** The settings, loaded once and shared by the sidebar and the settings page. */
export function useOfficeSettings(): OfficeSettingsSource {
  shared ??= createRoot(() => start());
  return shared;
}

function start(): OfficeSettingsSource {
  const [settings, setSettings] = createSignal<OfficeSettings | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  async function reload(): Promise<void> {
    const r = await call('system.settings.get', {});
    if (r.ok) {
      setSettings(r.data);
      setError(null);
    } else setError(r.error.message);
  }
  async function save(input: ApiInput<'system.settings.update'>) {
    const r = await call('system.settings.update', input);
    if (r.ok) setSettings(r.data);
    return r;
  }
  void reload();
  return { settings, error, reload, save };
}
