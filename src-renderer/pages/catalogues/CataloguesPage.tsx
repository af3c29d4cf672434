/** Section "Danh mục": not built yet, so it shows only its title (no invented data). */
export default function CataloguesPage() {
  return (
    <section class="page">
      <h1>Danh mục</h1>
    </section>
  );
}
