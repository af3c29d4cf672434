import { createSignal, For, Show } from 'solid-js';
import { CATALOGUE_TITLES, loadCatalogues, type CatalogueName } from '../../stores/cataloguesStore';
import CatalogueGrid from './CatalogueGrid';

const names = Object.keys(CATALOGUE_TITLES) as CatalogueName[];

/** Section "Danh mục": one tab per catalogue; entries are added, renamed, retired (in use) or deleted (unused). */
export default function CataloguesPage() {
  const [tab, setTab] = createSignal<CatalogueName>('model_type');
  void loadCatalogues();
  return (
    <section class="page grid-page">
      <h1>Danh mục</h1>
      <div class="catalogue-tabs" role="tablist" aria-label="Các danh mục">
        <For each={names}>
          {(name) => (
            <button
              type="button"
              role="tab"
              class="btn"
              classList={{ 'btn-primary': tab() === name }}
              aria-selected={tab() === name}
              onClick={() => setTab(name)}
            >
              {CATALOGUE_TITLES[name]}
            </button>
          )}
        </For>
      </div>
      <Show when={tab()} keyed>
        {(name) => <CatalogueGrid catalogue={name} />}
      </Show>
    </section>
  );
}
