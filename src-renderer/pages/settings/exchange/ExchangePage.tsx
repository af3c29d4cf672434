import { onMount, Show } from 'solid-js';
import { AddOfficeForm } from './AddOfficeForm';
import { createExchangeStore } from './exchangeStore';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { OfficeIdentityPanel } from './OfficeIdentityPanel';
import { OfficesPanel } from './OfficesPanel';
import './exchange.css';

/** Cài đặt → Trao đổi dữ liệu: this office, sending and receiving packages, the offices that send them. */
export default function ExchangePage() {
  const store = createExchangeStore();
  onMount(() => void store.reload());
  return (
    <div class="exchange-page">
      <h1>Trao đổi dữ liệu</h1>
      <Show when={store.error()}>
        {(text) => (
          <p class="notice notice-error" role="alert">
            {text()}
          </p>
        )}
      </Show>
      <Show when={store.office() !== undefined}>
        <OfficeIdentityPanel office={store.office() ?? null} onSaved={() => void store.reload()} />
        <Show when={store.office()}>
          {(own) => (
            <>
              <ExportPanel office={own()} offices={(store.offices() ?? []).map((r) => r.office)} />
              <ImportPanel onImported={() => void store.reload()} />
            </>
          )}
        </Show>
        <OfficesPanel rows={store.offices() ?? []} onChanged={() => void store.reload()} />
        <AddOfficeForm onAdded={() => void store.reload()} />
      </Show>
    </div>
  );
}
